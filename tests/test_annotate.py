"""Pre-annotations: extraction results as guideline records, through doccano and Label Studio."""

from __future__ import annotations

from pathlib import Path

import pytest

import extractor
from extractor.annotate import to_annotated_documents, write_pre_annotations
from extractor.result import Notice
from tests.conftest import SEEDS
from training import formats
from training.corpus import read_jsonl
from training.validate import validate

#: validator errors that a faithful conversion of a Notice can never produce
RECORD_RULES = {
    "span-bounds",
    "span-empty",
    "span-label",
    "span-overlap",
    "spans-unsorted",
    "heading-bounds",
    "heading-empty",
    "heading-kind",
    "heading-level",
    "heading-problem",
    "heading-overlap",
    "headings-unsorted",
}


@pytest.fixture(scope="module")
def notices() -> list[Notice]:
    out = []
    for prefix in ("000", "002"):
        (path,) = SEEDS.glob(f"{prefix}_*.txt")
        out.append(
            extractor.extract(path.read_text(encoding="utf-8"), backend="rules", source=str(path))
        )
    return out


def test_records_carry_the_extraction(notices: list[Notice]) -> None:
    docs = to_annotated_documents(notices)
    assert [d.id for d in docs] == [Path(n.source or "").stem for n in notices]
    for doc, notice in zip(docs, notices, strict=True):
        assert notice.entities and notice.headings
        assert doc.source == notice.source
        assert [(s.start, s.end, s.label) for s in doc.spans] == [
            (e.start, e.end, e.label) for e in notice.entities
        ]
        for span, entity in zip(doc.spans, notice.entities, strict=True):
            assert doc.text[span.start : span.end] == entity.text
        assert [(h.start, h.end, h.level, h.kind) for h in doc.headings] == [
            (h.start, h.end, h.level, h.kind) for h in notice.headings
        ]
        for h, nh in zip(doc.headings, notice.headings, strict=True):
            assert (h.problem is not None) == (h.kind == "problem")
            if nh.problem:
                assert h.problem == nh.problem
            assert doc.text[h.start : h.end] == nh.text
    # the record-level rules hold (what the recogniser got wrong is not this module's business)
    report = validate(docs, consistency=False)
    format_errors = [i for i in report.errors if i.code in RECORD_RULES]
    assert not format_errors, [(i.code, i.message) for i in format_errors[:5]]


def test_a_document_printed_twice_is_cut_to_its_first_copy(notices: list[Notice]) -> None:
    twice = notices[1]
    assert twice.duplicate_from is not None, "seed 002 is printed twice"
    (doc,) = to_annotated_documents([twice])
    assert doc.text == twice.text[: twice.duplicate_from]
    assert all(s.end <= len(doc.text) for s in doc.spans)
    (full,) = to_annotated_documents([twice], trim_duplicate=False)
    assert full.text == twice.text


@pytest.mark.parametrize("fmt", ["jsonl", "doccano", "labelstudio"])
def test_round_trip_through_each_format(notices: list[Notice], fmt: str, tmp_path: Path) -> None:
    expected = to_annotated_documents(notices)
    out = write_pre_annotations(notices, tmp_path / f"pre.{fmt}", fmt=fmt)
    if fmt == "jsonl":
        back = read_jsonl(out)
    elif fmt == "doccano":
        back = formats.read_doccano(out)
    else:
        back = formats.read_labelstudio(out)
    assert len(back) == len(expected)
    for got, want in zip(back, expected, strict=True):
        assert got.id == want.id
        assert got.text == want.text
        assert got.spans == want.spans
        assert got.headings == want.headings
        assert len(got.spans) > 50


def test_labelstudio_offers_them_as_predictions(notices: list[Notice], tmp_path: Path) -> None:
    import json

    out = write_pre_annotations(notices[:1], tmp_path / "ls.json", fmt="labelstudio")
    (task,) = json.loads(out.read_text(encoding="utf-8"))
    assert "annotations" not in task
    (prediction,) = task["predictions"]
    assert len(prediction["result"]) == len(notices[0].entities)
    # annotators who have not touched a task yet still get the spans back
    assert formats.read_labelstudio(out, use="annotations")[0].spans == []


def test_ids_and_formats_are_checked(notices: list[Notice], tmp_path: Path) -> None:
    docs = to_annotated_documents(notices, ids=["a", "b"])
    assert [d.id for d in docs] == ["a", "b"]
    with pytest.raises(ValueError, match="ids"):
        to_annotated_documents(notices, ids=["a"])
    with pytest.raises(ValueError, match="duplicate"):
        to_annotated_documents(notices, ids=["a", "a"])
    with pytest.raises(ValueError, match="format"):
        write_pre_annotations(notices, tmp_path / "x", fmt="conll")
