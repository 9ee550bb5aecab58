"""extract_many on many cores, and what happens to a bad document in a batch.

The failure tests use the rule backend (workers start in a second); one test
runs the shipped BERT pipeline on two worker processes and checks it gives
exactly the single-process results.
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest

import extractor
from extractor.failures import (
    DocumentError,
    FailedDocument,
    SkippedDocumentWarning,
    SourcesMismatchError,
)

VARIANTS = Path(__file__).resolve().parent.parent / "corpus" / "variants"


def _variants() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(VARIANTS.glob("v*.txt"))]


def _nineteen_good() -> list[str]:
    texts = _variants()
    return (texts * 2)[:19]


class Bomb(str):
    """A text whose unpickling kills the worker process that receives it."""

    def __reduce__(self):
        return (os._exit, (3,))


def _with_bad(bad: object, at: int = 7) -> tuple[list[object], list[str]]:
    texts: list[object] = list(_nineteen_good())
    texts.insert(at, bad)
    return texts, [f"file{i:02d}.txt" for i in range(len(texts))]


def _dicts(results) -> list[dict]:
    return [r.to_dict() for r in results]


@pytest.fixture(scope="module")
def reference() -> list[dict]:
    """The 19 good documents read one by one, in-process."""
    return _dicts(extractor.extract_many(_nineteen_good(), backend="rules"))


def test_record_keeps_every_good_result_on_two_processes(reference):
    texts, sources = _with_bad(42, at=7)
    texts.insert(13, Bomb("x"))  # kills its worker: found by rerunning, nobody else lost
    sources.insert(13, "bomb.txt")
    out = list(
        extractor.extract_many(
            texts, backend="rules", sources=sources, n_process=2, on_error="record"
        )
    )
    assert len(out) == 21
    failed = {r.index: r for r in out if isinstance(r, FailedDocument)}
    assert set(failed) == {7, 13}
    assert failed[7].source == "file07.txt" and failed[7].error_type == "TypeError"
    assert "got int" in failed[7].message
    assert failed[13].source == "bomb.txt" and failed[13].error_type == "WorkerCrash"
    good = [r for r in out if not isinstance(r, FailedDocument)]
    assert len(good) == 19
    assert [r.source for r in good] == [s for i, s in enumerate(sources) if i not in (7, 13)]
    assert [{**d, "source": None} for d in _dicts(good)] == reference


def test_raise_yields_the_good_ones_before_then_names_the_document():
    texts, sources = _with_bad(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50, at=7)
    results = extractor.extract_many(texts, backend="rules", sources=sources, n_process=2)
    got = []
    with pytest.raises(DocumentError) as err:
        for notice in results:
            got.append(notice.source)
    assert got == sources[:7], err.value
    assert err.value.index == 7 and err.value.source == "file07.txt"
    assert "document 7 (file07.txt)" in str(err.value) and "binary" in str(err.value)


def test_raise_in_process_chains_the_original_exception():
    texts, sources = _with_bad(42, at=3)
    got = []
    with pytest.raises(DocumentError, match=r"document 3 \(file03.txt\).*TypeError") as err:
        for notice in extractor.extract_many(texts, backend="rules", sources=sources):
            got.append(notice.source)
    assert got == sources[:3]
    assert isinstance(err.value.__cause__, TypeError)


def test_skip_drops_the_bad_one_with_a_warning(reference):
    texts, sources = _with_bad(42, at=0)
    with pytest.warns(SkippedDocumentWarning, match=r"document 0 \(file00.txt\)"):
        out = list(extractor.extract_many(texts, backend="rules", sources=sources, on_error="skip"))
    assert [{**d, "source": None} for d in _dicts(out)] == reference


def test_a_pipeline_error_inside_a_batch_costs_only_its_document(monkeypatch, reference):
    """The NER batch raises: the batch is rerun one by one, the culprit named."""
    from extractor.pipeline import Extractor

    run_batch = Extractor._run_batch

    def fragile(self, batch):  # the whole NER batch fails when one text is poisoned
        if any("POISON" in text for text, _ in batch):
            raise RuntimeError("injected failure")
        return run_batch(self, batch)

    monkeypatch.setattr(Extractor, "_run_batch", fragile)
    texts, sources = _with_bad("关于整改情况的通报 POISON", at=10)
    out = list(
        extractor.extract_many(
            texts, backend="rules", sources=sources, batch_size=8, on_error="record"
        )
    )
    (failed,) = [r for r in out if isinstance(r, FailedDocument)]
    assert (failed.index, failed.source, failed.error_type) == (10, "file10.txt", "RuntimeError")
    assert "injected failure" in failed.traceback
    good = [r for r in out if not isinstance(r, FailedDocument)]
    assert [{**d, "source": None} for d in _dicts(good)] == reference


@pytest.mark.parametrize("n_process", [1, 2])
def test_sources_of_another_length_are_an_error(n_process):
    texts = _variants()[:3]
    with pytest.raises(SourcesMismatchError, match="3 texts but 2 sources"):
        list(extractor.extract_many(texts, backend="rules", sources=["a", "b"]))
    with pytest.raises(SourcesMismatchError, match="fewer sources"):
        list(
            extractor.extract_many(
                iter(texts), backend="rules", sources=iter(["a", "b"]), n_process=n_process
            )
        )
    with pytest.raises(SourcesMismatchError, match="more sources"):
        list(extractor.extract_many(iter(texts[:1]), backend="rules", sources=iter(["a", "b"])))


def test_bad_arguments_are_clear_errors():
    with pytest.raises(ValueError, match="on_error"):
        extractor.extract_many(["x"], backend="rules", on_error="ignore")
    with pytest.raises(ValueError, match="n_process"):
        extractor.extract_many(["x"], backend="rules", n_process=0)
    with pytest.raises(ValueError, match="unknown backend"):
        list(extractor.extract_many(["x"], backend="nope", n_process=2))
    assert list(extractor.extract_many([], backend="rules", n_process=2)) == []


def test_input_is_read_lazily_with_bounded_read_ahead():
    """An endless generator: the first results come back, only a few texts are read."""
    from extractor.parallel import parallel_outcomes

    texts = _variants()
    consumed = 0

    def endless():
        nonlocal consumed
        for i in itertools.count():
            consumed += 1
            yield i, texts[i % len(texts)], f"doc{i}"

    outcomes = parallel_outcomes(
        endless(), backend="rules", n_process=2, chunk_size=2, max_in_flight=3
    )
    first = [result.source for result, _ in itertools.islice(outcomes, 5)]
    outcomes.close()
    assert first == [f"doc{i}" for i in range(5)]
    assert consumed <= 5 + 2 * 3 + 2  # what was yielded, plus the chunks in flight


def test_one_progress_bar_moves_per_document(capsys):
    texts = _variants()[:4] + [42]
    out = list(extractor.extract_many(texts, backend="rules", progress=True, on_error="record"))
    assert len(out) == 5
    err = capsys.readouterr().err
    assert "5/5" in err and err.count("notices:") >= 1


def test_bert_on_two_processes_equals_one(seeds):
    """The shipped pipeline in two workers (one torch thread each) reads exactly as one."""
    import torch

    texts = [seeds["004"], *_variants()[:5]]
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        single = _dicts(extractor.extract_many(texts))
    finally:
        torch.set_num_threads(threads)
    double = _dicts(extractor.extract_many(texts, n_process=2))
    assert double == single


def test_cli_jobs_gives_the_same_output(tmp_path):
    import json

    from extractor.cli import main

    files = [str(p) for p in sorted(VARIANTS.glob("v0[1-4].txt"))]
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"jobs{jobs}.json"
        assert main(["extract", *files, "--backend", "rules", "--jobs", jobs, "-o", str(out)]) == 0
        outputs.append(json.loads(out.read_text(encoding="utf-8")))
    assert outputs[0] == outputs[1]
    assert [n["source"] for n in outputs[1]] == files


def test_spawn_workers_give_the_same_results(reference):
    """``spawn`` (the start method where there is no fork server) works the same."""
    from extractor.parallel import parallel_outcomes

    items = [(i, text, None) for i, text in enumerate(_nineteen_good()[:4])]
    results = [
        r for r, _ in parallel_outcomes(items, backend="rules", n_process=1, start_method="spawn")
    ]
    assert _dicts(results) == reference[:4]
