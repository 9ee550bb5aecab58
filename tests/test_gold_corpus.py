"""The gold corpus is complete, valid and annotates the seed texts themselves.

These tests fail until the annotators have delivered all five documents
000-004 and the validator finds no error in them; that is intended.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from training.corpus import read_jsonl
from training.validate import validate

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "corpus" / "gold"
SEEDS = ROOT / "corpus" / "seeds"
EXPECTED = ("000", "001", "002", "003", "004")
# Seed 002 is printed twice; its gold text is the first copy only.
DOUBLE_PRINTED_TITLE = "常熟经济技术开发区党工委关于苏州市委巡察反馈意见集中整改情况的通报"


def gold_files() -> list[Path]:
    return sorted(GOLD.glob("*.jsonl"))


def expected_text(doc_id: str) -> str:
    """The seed file's content, exactly as the pipeline is fed it."""
    (path,) = SEEDS.glob(f"{doc_id}_*.txt")
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    if doc_id == "002":
        second = text.find(DOUBLE_PRINTED_TITLE, text.find(DOUBLE_PRINTED_TITLE) + 1)
        assert second > 0, "seed 002 should contain the notice twice"
        text = text[:second].rstrip()
    return text


def test_all_five_gold_documents_are_present():
    present = {path.stem for path in gold_files()}
    missing = [doc_id for doc_id in EXPECTED if doc_id not in present]
    assert not missing, f"gold files missing in {GOLD}: {missing}"


def test_each_gold_file_holds_its_one_document():
    files = gold_files()
    assert files, f"no gold files in {GOLD}"
    for path in files:
        docs = read_jsonl(path)
        assert [d.id for d in docs] == [path.stem], f"{path.name}: ids {[d.id for d in docs]}"


def test_gold_corpus_has_no_validation_errors():
    docs = [doc for path in gold_files() for doc in read_jsonl(path)]
    assert docs, f"no gold documents in {GOLD}"
    report = validate(docs)
    assert report.errors == [], report.format_text(max_examples=5)


@pytest.mark.parametrize("doc_id", EXPECTED)
def test_gold_text_is_the_seed_text(doc_id):
    path = GOLD / f"{doc_id}.jsonl"
    assert path.exists(), f"{path} not written yet"
    (doc,) = read_jsonl(path)
    text = expected_text(doc_id)
    assert len(doc.text) == len(text)
    assert doc.text == text
