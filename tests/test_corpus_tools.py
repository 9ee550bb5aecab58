"""Corpus tools: JSONL I/O, validator, IOB2/datasets conversion, splits, tool formats.

Round trips run on every gold document that exists and always on a small
hand-made document cut from real seed text (seed 000, whose hard line breaks
inside mentions are the hard case for offsets).
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from extractor.spans import LABELS, Span
from training.convert import (
    IOB2_LABELS,
    dataset_to_documents,
    spans_to_tags,
    tags_to_spans,
    to_dataset_dict,
    window_bounds,
    windows,
)
from training.corpus import (
    AnnotatedDocument,
    CorpusFormatError,
    HeadingAnnotation,
    load_corpus,
    read_jsonl,
    write_jsonl,
)
from training.formats import (
    from_doccano,
    from_labelstudio,
    to_doccano,
    to_labelstudio,
)
from training.splits import is_notice, leave_one_out, paragraph_cuts, train_dev_split
from training.validate import validate

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpus" / "seeds"
GOLD = ROOT / "corpus" / "gold"


def seed_text(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def locate(text: str, surface: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of ``surface``, line breaks allowed between characters."""
    pattern = r"\s*".join(map(re.escape, surface))
    matches = list(re.finditer(pattern, text))
    return matches[nth].start(), matches[nth].end()


def hand_made() -> AnnotatedDocument:
    """Excerpts of seed 000 (newspaper columns), annotated by hand per ANNOTATION.md."""
    seed = seed_text("000")
    intro = seed[: seed.index("\n\n一、整改工作组织情况")]
    heading_line = seed[seed.index("1、关于“学懂") : seed.index("题的整改。") + len("题的整改。")]
    text = (
        intro
        + "\n\n一、整改工作组织情况\n\n截至目前，共计8个问题已整改\n完成。\n\n"
        + heading_line
        + "\n\n整改结果及成效：\n一是深化理论武装。完善党工委理论学习\n\n中心组学习制度。"
    )
    marks = [
        ("无锡市委", 0, "ORG"),
        ("2021年6月23日至7月30日", 0, "DATE"),
        ("市委第五巡察组", 0, "ORG"),
        ("中共锡山经济技术开发区工作委员会", 0, "ORG"),
        ("锡山经济技术开发区党工委", 0, "ORG"),
        ("2021年9月15日", 0, "DATE"),
        ("市委第五巡察组", 1, "ORG"),
        ("锡山经济技术开发区党工委", 1, "ORG"),
        ("8个", 0, "COUNT"),
        ("党工委理论学习中心组", 0, "ORG"),
    ]
    spans = sorted(Span(*locate(text, s, n), label) for s, n, label in marks)
    h1 = locate(text, "一、整改工作组织情况")
    h2 = locate(text, "1、关于“学懂弄通做实新思想有差距”问题的整改")
    headings = [
        HeadingAnnotation(h1[0], h1[1], 1, "section"),
        HeadingAnnotation(h2[0], h2[1], 3, "problem", "学懂弄通做实新思想有差距"),
    ]
    return AnnotatedDocument("hand", "corpus/seeds/000 (excerpts)", text, spans, headings)


def gold_documents() -> list[AnnotatedDocument]:
    return load_corpus(sorted(GOLD.glob("*.jsonl"))) if GOLD.is_dir() else []


ALL_DOCS = [hand_made(), *gold_documents()]
DOC_IDS = [d.id for d in ALL_DOCS]


def codes(issues) -> set[str]:
    return {i.code for i in issues}


# ---------------------------------------------------------------- corpus I/O


def test_hand_made_document_is_clean_and_has_line_breaks_inside_spans():
    doc = hand_made()
    report = validate([doc])
    assert report.errors == []
    assert report.warnings == []
    assert any("\n" in s.text_in(doc.text) for s in doc.spans)


@pytest.mark.parametrize("doc", ALL_DOCS, ids=DOC_IDS)
def test_jsonl_round_trip(doc, tmp_path):
    path = tmp_path / "one.jsonl"
    write_jsonl([doc, doc], path)
    raw = path.read_text(encoding="utf-8")
    assert raw.count("\n") == 2  # one line per document, line breaks escaped
    assert doc.text[:20].strip()[:3] in raw  # Chinese kept readable, not \u-escaped
    assert read_jsonl(path) == [doc, doc]


def test_load_corpus_reads_directories_in_name_order(tmp_path):
    a, b = hand_made(), replace(hand_made(), id="second")
    write_jsonl([b], tmp_path / "b.jsonl")
    write_jsonl([a], tmp_path / "a.jsonl")
    (tmp_path / "notes.md").write_text("not a corpus file", encoding="utf-8")
    assert [d.id for d in load_corpus(tmp_path)] == ["hand", "second"]
    assert [d.id for d in load_corpus([tmp_path / "b.jsonl", tmp_path])] == [
        "second",
        "hand",
        "second",
    ]


def test_read_jsonl_names_the_broken_line(tmp_path):
    good = json.dumps(hand_made().to_dict(), ensure_ascii=False)
    path = tmp_path / "x.jsonl"
    path.write_text(good + "\n{not json\n", encoding="utf-8")
    with pytest.raises(CorpusFormatError, match=r"x\.jsonl:2"):
        read_jsonl(path)
    record = hand_made().to_dict()
    record["spans"] = [{"start": "3", "end": 5, "label": "ORG"}]
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(CorpusFormatError, match="'start' must be an integer"):
        read_jsonl(path)
    del record["text"]
    path.write_text(json.dumps(record), encoding="utf-8")
    with pytest.raises(CorpusFormatError, match="missing 'text'"):
        read_jsonl(path)


# ---------------------------------------------------------------- validator: errors


def _broken(**changes) -> AnnotatedDocument:
    return replace(hand_made(), **changes)


def _with_span(span: Span) -> AnnotatedDocument:
    doc = hand_made()
    return replace(doc, spans=sorted([*doc.spans, span]))


def _heading(i: int, **changes) -> AnnotatedDocument:
    doc = hand_made()
    headings = list(doc.headings)
    headings[i] = replace(headings[i], **changes)
    return replace(doc, headings=headings)


def _broken_cases():
    doc = hand_made()
    n = len(doc.text)
    date = next(s for s in doc.spans if s.label == "DATE")
    count = next(s for s in doc.spans if s.label == "COUNT")
    org = Span(*locate(doc.text, "锡山经济技术开发区党工委"), "ORG")
    problem_h = doc.headings[1]
    return [
        ("span-bounds", _with_span(Span(n - 2, n + 3, "ORG"))),
        ("span-bounds", _with_span(Span(-1, 2, "ORG"))),
        ("span-empty", _with_span(Span(count.end + 1, count.end + 1, "COUNT"))),
        ("span-label", replace(doc, spans=[replace(count, label="NUMBER")])),
        ("span-edge", replace(doc, spans=[Span(date.start, date.end + 1, "DATE")])),  # "，"
        ("span-edge", replace(doc, spans=[Span(org.start, org.end + 1, "ORG")])),  # "）"
        ("span-edge", replace(doc, spans=[Span(0, 3, "ORG")])),  # leading space of seed 000
        ("span-overlap", _with_span(Span(date.start + 2, date.end, "DATE"))),
        ("span-overlap", _with_span(date)),
        ("heading-kind", _heading(0, kind="title")),
        ("heading-level", _heading(0, level=0)),
        ("heading-level", _heading(0, level=5)),
        ("heading-problem", _heading(1, problem=None)),
        ("heading-problem", _heading(1, problem="  ")),
        ("heading-problem", _heading(0, problem="整改工作组织情况")),
        ("heading-line-start", _heading(1, start=problem_h.start + 2)),
        ("heading-edge", _heading(0, end=doc.headings[0].end + 1)),
        ("heading-bounds", _heading(1, end=n + 10)),
        ("heading-empty", _heading(1, end=problem_h.start)),
        ("heading-overlap", replace(doc, headings=[*doc.headings, doc.headings[1]])),
        ("empty-text", AnnotatedDocument("e", "-", "   ")),
    ]


@pytest.mark.parametrize(("code", "doc"), _broken_cases(), ids=lambda x: getattr(x, "id", x))
def test_validator_catches_each_error_kind(code, doc):
    report = validate([doc], consistency=False)
    assert code in codes(report.errors), report.format_text()
    assert not report.ok


def test_validator_catches_duplicate_ids():
    report = validate([hand_made(), hand_made()])
    assert "duplicate-id" in codes(report.errors)


def test_percent_sign_and_closing_bracket_are_allowed_span_edges():
    text = "回收率达96.4%，中国铁建（集团）牵头。"
    a, b = locate(text, "96.4%")
    c, d = locate(text, "中国铁建（集团）")
    doc = AnnotatedDocument("p", "-", text, [Span(a, b, "PERCENT"), Span(c, d, "ORG")])
    assert validate([doc]).errors == []


# ---------------------------------------------------------------- validator: warnings


def test_inconsistent_label_is_reported_with_both_places():
    doc = hand_made()
    other = replace(
        doc,
        id="other",
        spans=[replace(s, label="DATE") if s.label == "COUNT" else s for s in doc.spans],
    )
    report = validate([doc, other])
    (issue,) = [w for w in report.warnings if w.code == "inconsistent-label"]
    assert "'8个'" in issue.message and "COUNT ×1" in issue.message and "DATE ×1" in issue.message
    assert len(issue.details) == 2


def test_unlabelled_number_is_reported_with_context():
    doc = hand_made()
    doc = replace(doc, spans=[s for s in doc.spans if s.label != "COUNT"])
    report = validate([doc])
    (issue,) = [w for w in report.warnings if w.code == "unlabelled-number"]
    assert doc.text[issue.start : issue.end] == "8"
    assert "【8】个问题" in issue.context


def test_obvious_number_exclusions_are_filtered():
    text = (
        "经过3个月集中整改，在考核中排名第21位，每月督查1次，落实“四个意识”、“3+1”主导产业，"
        "印发《2023年工作要点》，联系电话0510-81178051，提拔35周岁以下干部，"
        "共计8个问题，新增三项机制。\n1.关于“两个责任”问题\n（2）推进一期工程，开展三年行动计划"
    )
    doc = AnnotatedDocument("x", "-", text)
    report = validate([doc])
    reported = [text[w.start : w.end] for w in report.warnings if w.code == "unlabelled-number"]
    # "1次" after 每月 is a frequency; the rest are durations, ordinals, slogans, a title,
    # a phone number, an age and list markers. Only the two real counts stay.
    assert reported == ["8", "三"]


def test_org_labelled_once_and_unlabelled_elsewhere_is_reported():
    doc = hand_made()
    first_org = locate(doc.text, "市委第五巡察组", 1)
    doc = replace(doc, spans=[s for s in doc.spans if (s.start, s.end) != first_org])
    report = validate([doc])
    (issue,) = [w for w in report.warnings if w.code == "unlabelled-org"]
    assert "'市委第五巡察组'" in issue.message
    assert (issue.start, issue.end) == first_org


def test_span_ending_inside_a_number_is_warned():
    doc = hand_made()
    date = next(s for s in doc.spans if s.label == "DATE")
    cut = replace(date, start=date.start + 2)  # "21年6月…" cut out of "2021"
    doc = replace(doc, spans=sorted([cut, *[s for s in doc.spans if s != date]]))
    report = validate([doc])
    assert "span-splits-number" in codes(report.warnings)
    assert report.errors == []


def _run(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", module, *args], cwd=ROOT, capture_output=True, text=True
    )


def test_validate_cli_exit_codes_and_json(tmp_path):
    good, broken, warned = tmp_path / "good.jsonl", tmp_path / "bad.jsonl", tmp_path / "w.jsonl"
    write_jsonl([hand_made()], good)
    write_jsonl([_heading(0, level=7)], broken)
    doc = hand_made()
    write_jsonl([replace(doc, spans=[s for s in doc.spans if s.label != "COUNT"])], warned)

    ok = _run("training.validate", str(good))
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "OK: 0 error(s), 0 warning(s)" in ok.stdout
    bad = _run("training.validate", str(good), str(broken))
    assert bad.returncode == 1
    assert "heading-level" in bad.stdout and "duplicate-id" in bad.stdout
    assert _run("training.validate", str(warned)).returncode == 0
    assert _run("training.validate", "--strict", str(warned)).returncode == 1
    as_json = _run("training.validate", "--json", str(warned))
    payload = json.loads(as_json.stdout)
    assert payload["ok"] is True
    assert payload["stats"]["documents"] == 1
    assert [w["code"] for w in payload["warnings"]] == ["unlabelled-number"]
    missing = _run("training.validate", str(tmp_path / "nope.jsonl"))
    assert missing.returncode == 1 and "read-error" in missing.stdout


# ---------------------------------------------------------------- IOB2


def test_iob2_label_list_is_fixed():
    assert IOB2_LABELS[0] == "O"
    assert list(IOB2_LABELS[1:]) == [f"{p}-{lab}" for lab in LABELS for p in ("B", "I")]


@pytest.mark.parametrize("doc", ALL_DOCS, ids=DOC_IDS)
def test_iob2_round_trip_every_document(doc):
    tags = spans_to_tags(doc.text, doc.spans)
    assert len(tags) == len(doc.text)
    assert tags_to_spans(tags) == sorted(doc.spans)
    for span in doc.spans:  # whitespace inside a span is tagged I-
        for i in range(span.start + 1, span.end):
            assert tags[i] == f"I-{span.label}"
    outside = {i for i in range(len(tags))} - {i for s in doc.spans for i in range(s.start, s.end)}
    assert all(tags[i] == "O" for i in outside)


def test_iob2_round_trip_random_spans():
    rng = random.Random(20240511)
    corpus = seed_text("000") + seed_text("004")
    for _ in range(300):
        start = rng.randrange(len(corpus) - 200)
        text = corpus[start : start + rng.randrange(1, 200)]
        spans, pos = [], 0
        while pos < len(text):
            pos += rng.choice([0, 0, 1, 3, 10])  # 0: spans touching each other
            length = rng.randrange(1, 12)
            if pos + length > len(text):
                break
            spans.append(Span(pos, pos + length, rng.choice(LABELS)))
            pos += length
        tags = spans_to_tags(text, spans)
        assert tags_to_spans(tags) == spans
        assert spans_to_tags(text, tags_to_spans(tags)) == tags


def test_tags_to_spans_reads_ill_formed_model_output():
    tags = ["I-ORG", "I-ORG", "O", "B-DATE", "I-ORG", "B-COUNT", "B-COUNT"]
    assert tags_to_spans(tags) == [
        Span(0, 2, "ORG"),
        Span(3, 4, "DATE"),
        Span(4, 5, "ORG"),
        Span(5, 6, "COUNT"),
        Span(6, 7, "COUNT"),
    ]
    with pytest.raises(ValueError, match="invalid IOB2 tag"):
        tags_to_spans(["O", "B-PERSON"])


def test_spans_to_tags_refuses_what_it_cannot_encode():
    with pytest.raises(ValueError, match="overlaps"):
        spans_to_tags("无锡市委第五巡察组", [Span(0, 4, "ORG"), Span(2, 9, "ORG")])
    with pytest.raises(ValueError, match="out of bounds"):
        spans_to_tags("市委", [Span(0, 3, "ORG")])
    with pytest.raises(ValueError, match="unknown label"):
        spans_to_tags("市委", [Span(0, 2, "GPE")])


# ---------------------------------------------------------------- windows


@pytest.mark.parametrize("length", [0, 1, 255, 256, 257, 448, 449, 1000, 11351])
def test_windows_cover_every_character(length):
    bounds = window_bounds(length, 256, 192)
    covered = set()
    for a, b in bounds:
        assert 0 <= a < b <= length or (length == 0 and (a, b) == (0, 0))
        assert b - a == min(256, length)
        covered.update(range(a, b))
    assert covered == set(range(length))
    starts = [a for a, _ in bounds]
    assert starts == sorted(set(starts))
    assert all(b - a <= 192 for a, b in zip(starts, starts[1:], strict=False))


@pytest.mark.parametrize("doc", ALL_DOCS, ids=DOC_IDS)
def test_windows_keep_short_spans_whole(doc):
    tags = spans_to_tags(doc.text, doc.spans)
    ws = windows(doc.text, tags, size=256, stride=192)
    for w in ws:
        assert w.text == doc.text[w.start : w.end]
        assert w.tags == tags[w.start : w.end]
    for span in doc.spans:
        if span.end - span.start <= 256 - 192:
            assert any(w.start <= span.start and span.end <= w.end for w in ws)


def test_windows_reject_bad_arguments():
    with pytest.raises(ValueError):
        windows("市委", ["O"], 256, 192)
    with pytest.raises(ValueError):
        window_bounds(10, 256, 300)
    with pytest.raises(ValueError):
        window_bounds(10, 0, 0)


# ---------------------------------------------------------------- datasets


def test_dataset_dict_round_trip():
    docs = ALL_DOCS
    dev = train_dev_split(docs, 0.2, seed=0).dev  # chunk documents are accepted too
    dd = to_dataset_dict(docs, {"train": [d.id for d in docs], "dev": dev})
    assert set(dd) == {"train", "dev"}
    train = dd["train"]
    assert train.column_names == ["id", "chars", "tags", "ner_tags"]
    assert train.features["ner_tags"].feature.names == list(IOB2_LABELS)
    back = dataset_to_documents(train)
    assert [(b.id, b.text, b.spans) for b in back] == [
        (d.id, d.text, sorted(d.spans)) for d in docs
    ]
    back_from_ids = dataset_to_documents(train.remove_columns("tags"))
    assert [b.spans for b in back_from_ids] == [b.spans for b in back]
    assert [len(row) for row in train["chars"]] == [len(d.text) for d in docs]
    assert [b.text for b in dataset_to_documents(dd["dev"])] == [d.text for d in dev]


def test_dataset_dict_windows_and_no_ner_tags():
    doc = ALL_DOCS[-1]
    dd = to_dataset_dict([doc], {"train": [doc.id]}, ner_tags=False, window_size=64, stride=48)
    rows = dd["train"]
    assert "ner_tags" not in rows.column_names
    for row in rows:
        assert row["id"] == f"{doc.id}@{row['offset']}"
        assert "".join(row["chars"]) == doc.text[row["offset"] : row["offset"] + len(row["chars"])]
    covered = {row["offset"] + i for row in rows for i in range(len(row["chars"]))}
    assert covered == set(range(len(doc.text)))


# ---------------------------------------------------------------- splits


def _pseudo_notice(prefix: str) -> AnnotatedDocument:
    """A seed with machine-made spans and headings: enough to exercise the splitters."""
    text = seed_text(prefix)
    spans = [Span(m.start(), m.end(), "COUNT") for m in re.finditer(r"\d+[个家名项]", text)]
    spans += [Span(m.start(), m.end(), "DATE") for m in re.finditer(r"\d{4}年\s*\d+\s*月", text)]
    spans = sorted(spans)
    spans = [s for i, s in enumerate(spans) if i == 0 or s.start >= spans[i - 1].end]
    headings = [
        HeadingAnnotation(m.start(), m.end(), 1, "section")
        for m in re.finditer(r"(?m)^[一二三四五六七八九十]+、[^\n]+", text)
    ]
    return AnnotatedDocument(prefix, f"corpus/seeds/{prefix}", text, spans, headings)


PSEUDO = [_pseudo_notice(p) for p in ("000", "001", "003")] + [
    replace(_pseudo_notice("004"), headings=[])  # the news page: not a notice
]


def test_leave_one_out_holds_out_each_notice_once():
    folds = leave_one_out(PSEUDO)
    assert [f.name for f in folds] == ["000", "001", "003"]
    for fold in folds:
        train_ids = {d.id for d in fold.train}
        assert [d.id for d in fold.test] == [fold.name]
        assert fold.name not in train_ids
        assert train_ids | {fold.name} == {d.id for d in PSEUDO}
        assert "004" in train_ids  # the non-notice is train-only
    assert [f.name for f in leave_one_out(PSEUDO, test_non_notices=True)] == [
        "000",
        "001",
        "003",
        "004",
    ]
    assert not is_notice(PSEUDO[-1])


def _reassemble(pieces: list[AnnotatedDocument], original: AnnotatedDocument) -> None:
    parts = []
    for piece in pieces:
        a, b = map(int, re.fullmatch(rf"{original.id}\[(\d+):(\d+)\]", piece.id).groups())
        assert piece.text == original.text[a:b]
        parts.append((a, b, piece))
    parts.sort(key=lambda p: p[0])
    assert [p[0] for p in parts] == [0] + [p[1] for p in parts[:-1]]  # contiguous, no overlap
    assert parts[-1][1] == len(original.text)
    spans = [Span(s.start + a, s.end + a, s.label) for a, _, p in parts for s in p.spans]
    assert spans == sorted(original.spans)


def test_train_dev_split_few_documents_uses_paragraph_chunks():
    split = train_dev_split(PSEUDO, 0.2, seed=0)
    assert split.chunked and "contiguous block of paragraphs" in split.note
    assert split == train_dev_split(PSEUDO, 0.2, seed=0)  # deterministic
    assert all(not d.id.startswith("004") for d in split.dev)
    for doc in PSEUDO[:-1]:
        pieces = [d for d in split.train + split.dev if d.id.startswith(f"{doc.id}[")]
        dev_pieces = [d for d in split.dev if d.id.startswith(f"{doc.id}[")]
        assert len(dev_pieces) == 1
        assert 0.1 <= len(dev_pieces[0].text) / len(doc.text) <= 0.45
        cuts = paragraph_cuts(doc)
        a, b = map(int, re.search(r"\[(\d+):(\d+)\]", dev_pieces[0].id).groups())
        assert a in cuts and b in cuts
        _reassemble(pieces, doc)
    other = train_dev_split(PSEUDO, 0.2, seed=1)
    assert [d.id for d in other.dev] != [d.id for d in split.dev]


def test_train_dev_split_many_documents_is_whole_documents():
    docs = [replace(PSEUDO[i % 3], id=f"d{i:02d}") for i in range(12)]
    split = train_dev_split(docs, 0.25, seed=3)
    assert not split.chunked
    dev_ids, train_ids = {d.id for d in split.dev}, {d.id for d in split.train}
    assert dev_ids and train_ids and not dev_ids & train_ids
    assert dev_ids | train_ids == {d.id for d in docs}
    share = sum(len(d.text) for d in split.dev) / sum(len(d.text) for d in docs)
    assert 0.25 <= share < 0.5
    assert split == train_dev_split(docs, 0.25, seed=3)


# ---------------------------------------------------------------- doccano / Label Studio


@pytest.mark.parametrize("doc", ALL_DOCS, ids=DOC_IDS)
@pytest.mark.parametrize("style", ["label", "entities"])
def test_doccano_round_trip(doc, style):
    record = json.loads(json.dumps(to_doccano(doc, style), ensure_ascii=False))
    assert record["text"] == doc.text
    assert from_doccano(record) == doc


def test_doccano_import_of_a_tool_export():
    """doccano writes import metadata back as top-level keys next to its own id."""
    doc = hand_made()
    exported = {
        "id": 17,
        "text": doc.text,
        "label": [[s.start, s.end, s.label] for s in reversed(doc.spans)],
        "Comments": [],
        "doc_id": doc.id,
        "source": doc.source,
        "headings": [h.to_dict() for h in doc.headings],
    }
    assert from_doccano(exported) == doc
    bare = from_doccano({"id": 17, "text": doc.text, "label": []})
    assert (bare.id, bare.spans, bare.headings) == ("17", [], [])


@pytest.mark.parametrize("doc", ALL_DOCS, ids=DOC_IDS)
@pytest.mark.parametrize("predictions", [False, True])
def test_labelstudio_round_trip(doc, predictions):
    task = json.loads(json.dumps(to_labelstudio(doc, predictions=predictions)))
    key = "predictions" if predictions else "annotations"
    for item in task[key][0]["result"]:
        value = item["value"]
        assert value["text"] == doc.text[value["start"] : value["end"]]
    assert from_labelstudio(task) == doc
    assert from_labelstudio(task, use=key) == doc


def test_labelstudio_import_choices_and_utf16_offsets():
    doc = hand_made()
    task = to_labelstudio(doc)
    task["predictions"] = to_labelstudio(replace(doc, spans=doc.spans[:1]), predictions=True)[
        "predictions"
    ]
    assert from_labelstudio(task, use="predictions").spans == doc.spans[:1]
    task["annotations"][0]["was_cancelled"] = True
    assert from_labelstudio(task).spans == doc.spans[:1]  # auto falls back to predictions

    text = "𠮷据无锡市委统一部署"  # U+20BB7 is two UTF-16 code units
    utf16_task = {
        "data": {"text": text},
        "annotations": [
            {
                "result": [
                    {
                        "type": "labels",
                        "value": {"start": 3, "end": 7, "text": "无锡市委", "labels": ["ORG"]},
                    }
                ]
            }
        ],
    }
    assert from_labelstudio(utf16_task).spans == [Span(2, 6, "ORG")]
    utf16_task["annotations"][0]["result"][0]["value"]["text"] = "统一部署"
    with pytest.raises(CorpusFormatError, match="offsets"):
        from_labelstudio(utf16_task)


@pytest.mark.parametrize("fmt", ["doccano", "labelstudio"])
def test_formats_cli_round_trip(fmt, tmp_path):
    source = tmp_path / "in.jsonl"
    write_jsonl(ALL_DOCS, source)
    exported, back = tmp_path / "tool.out", tmp_path / "back.jsonl"
    run = _run("training.formats", "export", "--format", fmt, str(source), str(exported))
    assert run.returncode == 0, run.stderr
    run = _run("training.formats", "import", "--format", fmt, str(exported), str(back))
    assert run.returncode == 0, run.stderr
    assert read_jsonl(back) == ALL_DOCS


def test_validate_accepts_headings_at_paragraph_breaks_a_page_flattened() -> None:
    """A heading after a flattened paragraph's indent (…通报如下。　　一、…) starts a line as
    the extractor reads the text; one glued to a heading's title does not."""
    from training.validate import _starts_a_line

    text = "现将整改情况通报如下。　　一、整改工作组织情况　　局党组召开会议。"
    assert _starts_a_line(text, text.index("一、"))
    glued = "根据县委统一部署开展巡察，现将情况通报如下。二、反馈问题整改情况（一）关于学习的问题"
    assert _starts_a_line(glued, glued.index("二、"))
    assert not _starts_a_line(glued, glued.index("（一）"))
