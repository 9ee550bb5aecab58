"""Rules vs model on the blind constructed sets: what the model adds where nobody looked.

The sets ``corpus/constructed/heldout-2`` … were written and annotated by team members
who never ran the extractor, and nobody reads them to write rules or to train: they are
scored only. They stand in for notices from other regions and styles, and they are where
the question of issue #8 ("does the model learn what the rules cannot?") gets an answer
that the 13 test notices, on which the rules and the model now agree, cannot give.

This prints and stores aggregates only (scores and counts, no text)::

    python -m training.blind_sets --json reports/blind.json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from training.corpus import load_corpus
from training.evaluate import score_spans
from training.yardstick import Departures, departures, pipeline_predictor

CONSTRUCTED = Path(__file__).resolve().parents[1] / "corpus" / "constructed"
#: The blind sets, in the order they were written.
BLIND_SETS: tuple[str, ...] = (
    "heldout-2",
    "heldout-3",
    "heldout-4",
    "heldout-5",
    "heldout-6",
    "heldout-7",
    "heldout-8",
    "heldout-9",
    "heldout-10",
    "heldout-11",
    "heldout-12",
    "heldout-13",
    "heldout-14",
    "heldout-15",
    "heldout-16",
    "heldout-17",
    "heldout-18",
    "heldout-19",
    "heldout-20",
    "heldout-21",
    "heldout-22",
    "heldout-23",
    "heldout-24",
    "heldout-25",
    "heldout-26",
    "heldout-27",
    "heldout-28",
    "heldout-29",
    "heldout-30",
    "heldout-31",
    "heldout-32",
    "heldout-33",
    "heldout-34",
    "heldout-35",
    "heldout-36",
    "heldout-37",
    "heldout-38",
    "heldout-39",
    "heldout-40",
    "heldout-41",
    "heldout-42",
    "heldout-43",
    "heldout-44",
    "heldout-45",
    "heldout-46",
    "heldout-47",
    "heldout-48",
    "heldout-49",
    "heldout-50",
    "heldout-51",
    "heldout-52",
    "heldout-53",
    "heldout-54",
    "heldout-55",
    "heldout-56",
    "heldout-57",
    "heldout-58",
    "heldout-59",
    "heldout-60",
    "heldout-61",
    "heldout-62",
)


@dataclass
class BlindRow:
    """One blind set: ORG and micro F1 of each system, and their ORG departures."""

    name: str
    documents: int
    org_gold: int
    rules_org_f1: float
    model_org_f1: float
    rules_micro_f1: float
    model_micro_f1: float
    departures: Departures


def score_blind_sets(
    names: Sequence[str] = BLIND_SETS, model: str | None = None, folder: Path = CONSTRUCTED
) -> list[BlindRow]:
    """Score the rules and the shipped (or given) model on each blind set."""
    rules, bert = pipeline_predictor("rules"), pipeline_predictor("bert", model)
    rows = []
    for name in names:
        docs = load_corpus([folder / name / "notices.jsonl"])
        texts = [d.text for d in docs]
        by_rules, by_model = rules(texts), bert(texts)
        rules_report, model_report = score_spans(docs, by_rules), score_spans(docs, by_model)
        rows.append(
            BlindRow(
                name=name,
                documents=len(docs),
                org_gold=rules_report.labels["ORG"].support,
                rules_org_f1=rules_report.labels["ORG"].f1,
                model_org_f1=model_report.labels["ORG"].f1,
                rules_micro_f1=rules_report.micro.f1,
                model_micro_f1=model_report.micro.f1,
                departures=departures(docs, by_model, by_rules),
            )
        )
    return rows


def to_text(rows: Sequence[BlindRow]) -> str:
    """The table the model card shows."""
    lines = [
        "set          docs  ORG gold  rules ORG  model ORG  rules micro  model micro  "
        "differ  model right  rules right"
    ]
    for r in rows:
        d = r.departures
        lines.append(
            f"{r.name:<12} {r.documents:>4} {r.org_gold:>9} {r.rules_org_f1:>10.3f} "
            f"{r.model_org_f1:>10.3f} {r.rules_micro_f1:>12.3f} {r.model_micro_f1:>12.3f} "
            f"{d.differing:>7} {d.model_right:>12} {d.rules_right:>12}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default=None, help="model directory (default: the shipped one)")
    parser.add_argument("--sets", nargs="+", default=list(BLIND_SETS), help="blind set folders")
    parser.add_argument("--json", type=Path, default=None, help="also write the rows as JSON")
    args = parser.parse_args(argv)
    rows = score_blind_sets(args.sets, args.model)
    text = to_text(rows)
    print(text)
    if args.json is not None:
        payload = {"rows": [asdict(r) for r in rows], "text": text}
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
