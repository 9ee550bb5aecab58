"""The honest yardstick: the committed split, lenient matching, departures, augmentation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.spans import Span
from training.augment import Substituter, augment, organ_ending, place_prefix, substitute
from training.corpus import AnnotatedDocument, load_corpus
from training.ner_data import TaggedText, gold_to_clean
from training.train import document_folds, drop_test_documents
from training.yardstick import (
    DEFAULT_SPLIT,
    NoticeSplit,
    build_table,
    cv_predictions,
    departures,
    lenient_matches,
    lenient_score,
    score_row,
)

ROOT = Path(__file__).resolve().parents[1]
SPLIT = ROOT / DEFAULT_SPLIT
SEED_GOLD = ROOT / "corpus" / "gold"


def _doc(doc_id: str, text: str, spans: list[Span]) -> AnnotatedDocument:
    return AnnotatedDocument(id=doc_id, source="test", text=text, spans=tuple(spans))


def test_committed_split_is_disjoint_and_stratified() -> None:
    split = NoticeSplit.read(SPLIT)
    assert len(split.train) == 27 and len(split.test) == 13
    assert not set(split.train) & set(split.test)
    assert sorted(split.train + split.test) == [f"d{i:02d}" for i in range(1, 41)]
    data = json.loads(SPLIT.read_text(encoding="utf-8"))
    for kind, parts in data["strata"].items():
        assert parts["test"], f"{kind} has no test notice"
        assert len(parts["train"]) >= len(parts["test"]), kind
    assert split.kind("d01") == "county_township"
    assert split.kind("000") == "seed"


def test_training_never_sees_test_notices() -> None:
    split = NoticeSplit.read(SPLIT)
    docs = [_doc(i, "省委", [Span(0, 2, "ORG")]) for i in ("d01", "d02", "000")]
    kept = [d.id for d in drop_test_documents(docs, SPLIT)]
    assert "d01" in split.test and "d01" not in kept
    assert kept == ["d02", "000"]


@pytest.mark.parametrize(
    ("gold", "predicted", "matches"),
    [
        ([Span(0, 4, "ORG")], [Span(0, 4, "ORG")], 1),  # exact
        ([Span(0, 4, "ORG")], [Span(2, 4, "ORG")], 1),  # boundary differs: still found
        ([Span(0, 4, "ORG")], [Span(4, 6, "ORG")], 0),  # adjacent, no overlap
        ([Span(0, 2, "ORG"), Span(2, 4, "ORG")], [Span(0, 4, "ORG")], 1),  # one-to-one
        ([Span(0, 4, "ORG")], [Span(0, 4, "DATE")], 0),  # other label
    ],
)
def test_lenient_matches(gold: list[Span], predicted: list[Span], matches: int) -> None:
    assert lenient_matches(gold, predicted, "ORG") == matches


def test_lenient_and_strict_scores_on_real_gold() -> None:
    doc = load_corpus([SEED_GOLD])[0]
    orgs = [s for s in doc.spans if s.label == "ORG"]
    # every ORG shortened by one character: strict ORG F1 0, lenient F1 1
    shifted = [
        Span(s.start + 1, s.end, s.label) if s.label == "ORG" and s.end - s.start > 1 else s
        for s in doc.spans
    ]
    assert lenient_score([doc], [shifted])["f1"] == pytest.approx(1.0)
    row = score_row("model", "test", [doc], [shifted], lambda _: "seed")
    long_orgs = sum(s.end - s.start > 1 for s in orgs)
    assert row.recall["ORG"] == pytest.approx(1 - long_orgs / len(orgs))
    assert row.org_lenient["f1"] == pytest.approx(1.0)
    assert row.by_kind["seed"]["documents"] == 1


def test_departures_credit_the_side_the_gold_takes() -> None:
    gold = _doc("x", "县委县政府", [Span(0, 2, "ORG"), Span(2, 5, "ORG")])
    model = [Span(0, 2, "ORG"), Span(2, 5, "ORG")]  # split, as the guideline wants
    rules = [Span(0, 5, "ORG")]  # glued
    dep = departures([gold], [model], [rules])
    assert dep.differing == 3
    assert dep.model_right == 3 and dep.rules_right == 0


def test_document_folds_cover_every_document_once() -> None:
    docs = [_doc(str(i), "省委", []) for i in range(10)]
    folds = document_folds(docs, 4, seed=1)
    assert len(folds) == 4
    assert sorted(i for f in folds for i in f) == list(range(10))
    assert document_folds(docs, 0, seed=1) == [[i] for i in range(10)]


def test_organ_endings_and_place_prefixes() -> None:
    assert organ_ending("新昌县委") == "县委"
    assert organ_ending("复旦大学") == "大学"
    assert organ_ending("大学") is None  # the ending alone is not a name with an ending
    assert place_prefix("无锡市委") in {"无锡市", "无锡"}


def test_substitution_keeps_offsets_exact_on_seed_gold() -> None:
    items = [gold_to_clean(d) for d in load_corpus([SEED_GOLD])]
    copies = augment(items, 2, seed=3)
    assert len(copies) == 2 * len(items)
    changed = 0
    for original, copy in zip(items * 2, copies, strict=True):
        assert len(copy.spans) == len(original.spans)
        for old, new in zip(original.spans, copy.spans, strict=True):
            assert old.label == new.label
            assert 0 <= new.start < new.end <= len(copy.text)
            changed += original.text[old.start : old.end] != copy.text[new.start : new.end]
        # text between the entities is untouched
        assert copy.text[: copy.spans[0].start] == original.text[: original.spans[0].start]
    assert changed > 0.5 * sum(len(i.spans) for i in items)


def test_one_replacement_per_distinct_mention() -> None:
    text = "新昌县委召开会议。新昌县委强调，2021年3月完成。"
    item = TaggedText("t", text, (Span(0, 4, "ORG"), Span(9, 13, "ORG"), Span(16, 23, "DATE")))
    sub = Substituter.from_texts([item], seed=5)
    copy = substitute(item, sub, "#a")
    first, second, date = (copy.text[s.start : s.end] for s in copy.spans)
    assert first == second
    assert date.endswith("月") and "年" in date
    year = int(date.split("年")[0])
    month = int(date.split("年")[1].rstrip("月"))
    assert 2012 <= year <= 2026 and 1 <= month <= 12


NOTICES = ROOT.parent / "shared" / "data" / "notices"
needs_notices = pytest.mark.skipif(
    not (NOTICES / "notices.jsonl").is_file(), reason="../shared/data/notices not beside the clone"
)


@needs_notices
def test_rules_table_on_training_documents_and_test_notices() -> None:
    """The yardstick scores both parts, per issuer kind, with the rules backend (fast)."""
    table = build_table(notices=NOTICES, split=NoticeSplit.read(SPLIT), systems=("rules",))
    parts = {row.part: row for row in table.rows}
    assert parts["cv"].documents == 32 and parts["test"].documents == 13
    assert set(parts["test"].by_kind) == {
        "county_township",
        "department_court",
        "institution_enterprise",
        "central_inspection",
        "audit_report",
    }
    assert "seed" in parts["cv"].by_kind and "seed" not in parts["test"].by_kind
    for row in table.rows:
        assert 0.5 < row.f1["ORG"] <= row.org_lenient["f1"] + 0.05
    text = table.to_text()
    assert "rules   test" in text and "by issuer kind" in text


def test_cv_predictions_come_back_in_document_order(tmp_path: Path) -> None:
    docs = [_doc("b", "省委", []), _doc("a", "县委", [])]
    report = tmp_path / "cv.json"
    report.write_text(json.dumps({"predictions": {"a": [[0, 2, "ORG"]], "b": []}}))
    assert cv_predictions(report, docs) == [[], [Span(0, 2, "ORG")]]
    with pytest.raises(ValueError, match="c"):
        cv_predictions(report, [*docs, _doc("c", "市委", [])])


def test_evaluate_takes_either_a_corpus_or_the_notices() -> None:
    from extractor.cli import _load_extra_commands, build_parser

    _load_extra_commands()
    parser = build_parser()
    args = parser.parse_args(["evaluate", "--notices", str(NOTICES)])
    assert args.notices and args.split == "corpus/splits/notices.json"
    with pytest.raises(SystemExit):
        parser.parse_args(["evaluate", "--notices", "x", "--corpus", "corpus/gold"])


def test_blind_sets_report_rules_and_model_side_by_side() -> None:
    """training.blind_sets scores a blind set with both systems and counts departures
    (aggregates only: the table holds no text of the notices)."""
    from training.blind_sets import score_blind_sets, to_text

    (row,) = score_blind_sets(["heldout-5"])
    assert row.documents == 12 and row.org_gold > 100
    assert 0.5 < row.rules_org_f1 <= 1.0 and 0.5 < row.model_org_f1 <= 1.0
    d = row.departures
    assert d.model_right + d.rules_right == d.differing
    table = to_text([row])
    assert table.splitlines()[1].startswith("heldout-5")
    assert len(table.splitlines()) == 2
