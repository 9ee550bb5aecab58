"""Genre variants: notices written in styles the user's seeds do not show.

Each ``corpus/variants/vNN.txt`` comes with ``vNN.json``, the structure and
metadata its author intended (see ``corpus/variants/README.md``). They guard
the rule layer against fitting the seeds: 问题N： lists, status-first
notices, half-width markers, central-inspection notices without problem
headings, headings broken over two lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import extractor

VARIANTS = Path(__file__).resolve().parents[1] / "corpus" / "variants"
CASES = sorted(p.stem for p in VARIANTS.glob("v*.json"))


def _load(name: str) -> tuple[str, dict, extractor.Notice]:
    text = (VARIANTS / f"{name}.txt").read_text(encoding="utf-8")
    expected = json.loads((VARIANTS / f"{name}.json").read_text(encoding="utf-8"))
    return text, expected, extractor.extract(text, backend="rules")


def _heading_key(level: int, kind: str, text: str) -> tuple[int, str, str]:
    return level, kind, "".join(text.split()).rstrip("。：:")


def test_there_are_variants() -> None:
    assert len(CASES) >= 5


@pytest.mark.parametrize("name", CASES)
def test_headings(name: str) -> None:
    _, expected, notice = _load(name)
    want = [_heading_key(h["level"], h["kind"], h["text"]) for h in expected["headings"]]
    got = [_heading_key(h.level, h.kind, h.text) for h in notice.headings]
    assert got == want


@pytest.mark.parametrize("name", CASES)
def test_problems(name: str) -> None:
    _, expected, notice = _load(name)
    want = [(p["statement"], p["status"], p["category"]) for p in expected["problems"]]
    got = [("".join(p.statement.split()), p.status, p.category) for p in notice.problems]
    assert got == [("".join(s.split()), st, c) for s, st, c in want]


@pytest.mark.parametrize("name", CASES)
def test_metadata(name: str) -> None:
    _, expected, notice = _load(name)
    meta = notice.metadata
    got = {
        "inspection_kind": meta.inspection_kind,
        "team": meta.team,
        "inspected_organisation": meta.inspected_organisation,
        "period": [meta.period["start"], meta.period["end"]] if meta.period else None,
        "feedback_date": meta.feedback_date["start"] if meta.feedback_date else None,
        "issuer": meta.issuer,
        "signature_date": meta.signature_date["start"] if meta.signature_date else None,
        # the totals a variant states are compared for the keys it lists
        "stated_totals": {
            k: meta.stated_totals.get(k) for k in expected["metadata"].get("stated_totals", {})
        },
    }
    want = dict(expected["metadata"])
    if want.get("period") and got["period"]:
        # a month-granular period ("2023-03") is reported as its first and last day
        got["period"] = [g[: len(w)] for g, w in zip(got["period"], want["period"], strict=True)]
    assert {k: got[k] for k in want} == want


@pytest.mark.parametrize("name", CASES)
def test_offsets_index_the_input(name: str) -> None:
    text, _, notice = _load(name)
    for entity in notice.entities:
        assert text[entity.start : entity.end] == entity.text
    for heading in notice.headings:
        assert text[heading.start : heading.end] == heading.text


def test_stated_totals_written_after_the_noun() -> None:
    """细化整改措施218条: the count may follow 措施 as well as precede it."""
    _, _, notice = _load("v02")
    assert notice.metadata.stated_totals["measures"] == 218
