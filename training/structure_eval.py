"""Structure and metadata scores of the rule pipeline against gold notices.

Entity scores live in :mod:`training.evaluate`; this module scores what an
analyst builds on the headings: were the headings found (start + level), were
the problem headings found (the problem list is only as good as they are), was
each found heading given the right kind, and how many metadata values
(kind, team, inspected organisation, period, feedback date, issuer, stated
totals) came out right. Metadata are scored field by field as *right* (equal
to gold), *wrong* (given, gold has another value), *missed* (gold has a value,
none given) and *spurious* (a value where gold has none), because a spurious
value in a table is worse than a blank one.

>>> scores = score_structure(docs, metadata)      # docs: gold AnnotatedDocuments
>>> print(scores.to_text())
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from training.corpus import AnnotatedDocument, read_jsonl

#: gold metadata fields scored, in report order
METADATA_FIELDS = (
    "is_notice",
    "inspection_kind",
    "team",
    "inspected",
    "period_start",
    "period_end",
    "feedback_date",
    "issuer",
    "problems_stated",
    "measures_stated",
    "completed_stated",
)


@dataclass
class PRF:
    """Precision/recall/F1 over matched items."""

    tp: int = 0
    gold: int = 0
    predicted: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "gold": self.gold,
            "predicted": self.predicted,
        }


@dataclass
class FieldScore:
    """One metadata field over all documents."""

    right: int = 0
    wrong: int = 0
    missed: int = 0
    spurious: int = 0

    @property
    def given(self) -> int:
        """Gold values (documents where the text states the field)."""
        return self.right + self.wrong + self.missed


@dataclass
class StructureScores:
    headings: PRF = field(default_factory=PRF)
    problems: PRF = field(default_factory=PRF)
    kind_right: int = 0
    kind_total: int = 0
    metadata: dict[str, FieldScore] = field(default_factory=dict)
    documents: int = 0
    #: per-document misses, filled only when asked for (never for held-out data)
    misses: dict[str, list[str]] = field(default_factory=dict)

    @property
    def kind_accuracy(self) -> float:
        return self.kind_right / self.kind_total if self.kind_total else 0.0

    @property
    def metadata_right(self) -> float:
        """Share of gold metadata values that came out right."""
        given = sum(f.given for f in self.metadata.values())
        return sum(f.right for f in self.metadata.values()) / given if given else 0.0

    @property
    def metadata_spurious(self) -> int:
        return sum(f.spurious for f in self.metadata.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "headings": self.headings.to_dict(),
            "problem_headings": self.problems.to_dict(),
            "kind_accuracy": self.kind_accuracy,
            "kind_matched": self.kind_total,
            "metadata_right": self.metadata_right,
            "metadata_spurious": self.metadata_spurious,
            "metadata": {
                name: {**asdict(score), "given": score.given}
                for name, score in self.metadata.items()
            },
            "misses": self.misses,
        }

    def to_text(self) -> str:
        h, p = self.headings, self.problems
        lines = [
            f"structure on {self.documents} documents",
            f"headings (start+level)  P {h.precision:.3f}  R {h.recall:.3f}  "
            f"F1 {h.f1:.3f}  (gold {h.gold}, predicted {h.predicted})",
            f"problem headings        P {p.precision:.3f}  R {p.recall:.3f}  "
            f"F1 {p.f1:.3f}  (gold {p.gold}, predicted {p.predicted})",
            f"heading kind accuracy   {self.kind_accuracy:.3f}  "
            f"({self.kind_right}/{self.kind_total} matched headings)",
            f"metadata right          {self.metadata_right:.3f}  spurious {self.metadata_spurious}",
            f"  {'field':<18}{'right':>6}{'given':>6}{'wrong':>6}{'missed':>7}{'spurious':>9}",
        ]
        for name, s in self.metadata.items():
            lines.append(
                f"  {name:<18}{s.right:>6}{s.given:>6}{s.wrong:>6}{s.missed:>7}{s.spurious:>9}"
            )
        for doc_id, items in self.misses.items():
            for item in items:
                lines.append(f"  {doc_id}: {item}")
        return "\n".join(lines)


def predicted_metadata(notice: Any) -> dict[str, Any]:
    """The notice's metadata in the gold file's field names and value forms."""
    meta = notice.metadata
    totals = meta.stated_totals or {}
    return {
        "is_notice": meta.is_notice,
        "inspection_kind": meta.inspection_kind,
        "team": meta.team,
        "inspected": meta.inspected_organisation,
        "period_start": _date_value(meta.period, "start"),
        "period_end": _date_value(meta.period, "end"),
        "feedback_date": _date_value(meta.feedback_date, "start"),
        "issuer": meta.issuer,
        "problems_stated": totals.get("problems"),
        "measures_stated": totals.get("measures"),
        "completed_stated": totals.get("completed"),
    }


def _date_value(value: dict[str, Any] | None, key: str) -> str | None:
    """ISO date at the precision the text gives (month dates as YYYY-MM)."""
    if not value or not value.get(key):
        return None
    iso = str(value[key])
    granularity = (key == "end" and value.get("end_granularity")) or value.get("granularity")
    if granularity == "month":
        return iso[:7]
    if granularity == "year":
        return iso[:4]
    return iso


def score_metadata(
    gold: Sequence[dict[str, Any]], predicted: Sequence[dict[str, Any]]
) -> dict[str, FieldScore]:
    """Field-by-field right / wrong / missed / spurious."""
    scores = {name: FieldScore() for name in METADATA_FIELDS}
    for g, p in zip(gold, predicted, strict=True):
        for name in METADATA_FIELDS:
            want, got = g.get(name), p.get(name)
            score = scores[name]
            if want is None:
                score.spurious += got is not None and got is not False
            elif got is None:
                score.missed += 1
            elif got == want:
                score.right += 1
            else:
                score.wrong += 1
    return scores


def score_structure(
    docs: Sequence[AnnotatedDocument],
    metadata: Sequence[dict[str, Any]] | dict[str, dict[str, Any]] | None = None,
    *,
    extract: Callable[[str], Any] | None = None,
    with_misses: bool = False,
) -> StructureScores:
    """Score the rule pipeline's headings, kinds and metadata on gold ``docs``.

    ``metadata`` is the gold metadata, either in ``docs`` order or keyed by
    document id (as read from ``metadata.jsonl``); documents without a record
    are left out of the metadata scores. ``extract`` defaults to
    ``extractor.extract(text, backend="rules")``.
    """
    if extract is None:
        import extractor

        def extract(text: str) -> Any:
            return extractor.extract(text, backend="rules")

    if metadata is None:
        by_id: dict[str, dict[str, Any]] = {}
    elif isinstance(metadata, dict):
        by_id = metadata
    else:
        by_id = {doc.id: record for doc, record in zip(docs, metadata, strict=True)}
    scores = StructureScores(documents=len(docs))
    gold_meta: list[dict[str, Any]] = []
    pred_meta: list[dict[str, Any]] = []
    for doc in docs:
        notice = extract(doc.text)
        misses = _score_headings(doc, notice, scores)
        if doc.id in by_id:
            gold_meta.append(by_id[doc.id])
            pred_meta.append(predicted_metadata(notice))
            misses += _metadata_misses(by_id[doc.id], pred_meta[-1])
        if with_misses and misses:
            scores.misses[doc.id] = misses
    scores.metadata = score_metadata(gold_meta, pred_meta)
    return scores


def _score_headings(doc: AnnotatedDocument, notice: Any, scores: StructureScores) -> list[str]:
    gold = {(h.start, h.level): h for h in doc.headings}
    pred = {(h.start, h.level): h for h in notice.headings}
    misses: list[str] = []
    scores.headings.gold += len(gold)
    scores.headings.predicted += len(pred)
    scores.headings.tp += len(gold.keys() & pred.keys())
    gold_problems = {k for k, h in gold.items() if h.kind == "problem"}
    pred_problems = {k for k, h in pred.items() if h.kind == "problem"}
    scores.problems.gold += len(gold_problems)
    scores.problems.predicted += len(pred_problems)
    scores.problems.tp += len(gold_problems & pred_problems)
    for key in sorted(gold.keys() & pred.keys()):
        scores.kind_total += 1
        if gold[key].kind == pred[key].kind:
            scores.kind_right += 1
        else:
            misses.append(
                f"kind {gold[key].kind} as {pred[key].kind}: {_line(doc.text, gold[key].start)}"
            )
    for key in sorted(gold.keys() - pred.keys()):
        misses.append(f"heading missed L{key[1]} {gold[key].kind}: {_line(doc.text, key[0])}")
    for key in sorted(pred.keys() - gold.keys()):
        misses.append(f"heading spurious L{key[1]} {pred[key].kind}: {_line(doc.text, key[0])}")
    return misses


def _metadata_misses(gold: dict[str, Any], pred: dict[str, Any]) -> list[str]:
    return [
        f"metadata {name}: gold {gold.get(name)!r}, got {pred.get(name)!r}"
        for name in METADATA_FIELDS
        if gold.get(name) != pred.get(name) and not (gold.get(name) is None and not pred.get(name))
    ]


def _line(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start : end if end >= 0 else len(text)][:40]


def load_notices(
    notices_dir: str | Path, split: str | Path | None = None, part: str | None = None
) -> tuple[list[AnnotatedDocument], dict[str, dict[str, Any]]]:
    """Gold notices (``notices.jsonl``) and metadata (``metadata.jsonl``) of a
    notices folder, restricted to one part of a committed split when given."""
    folder = Path(notices_dir)
    docs = read_jsonl(folder / "notices.jsonl")
    metadata: dict[str, dict[str, Any]] = {}
    meta_path = folder / "metadata.jsonl"
    if meta_path.exists():
        for line in meta_path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                metadata[record["id"]] = record
    if split is not None and part is not None:
        from training.yardstick import NoticeSplit

        if part not in ("train", "test"):
            raise ValueError(f"split {split} has no part {part!r} (has 'train', 'test')")
        docs = NoticeSplit.read(split).part(docs, part)
    return docs, {k: v for k, v in metadata.items() if k in {d.id for d in docs}}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="heading, problem, kind and metadata scores of the rule pipeline"
    )
    parser.add_argument(
        "--notices", required=True, help="folder with notices.jsonl, metadata.jsonl"
    )
    parser.add_argument("--split", help="split JSON (e.g. corpus/splits/notices.json)")
    parser.add_argument("--part", help="part of the split to score (train / test)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument(
        "--misses", action="store_true", help="list misses per document (development data only)"
    )
    args = parser.parse_args(argv)
    if (args.split is None) != (args.part is None):
        parser.error("--split and --part go together")
    docs, metadata = load_notices(args.notices, args.split, args.part)
    if not docs:
        parser.error("no documents to score")
    scores = score_structure(docs, metadata, with_misses=args.misses)
    print(
        json.dumps(scores.to_dict(), ensure_ascii=False, indent=2)
        if args.json
        else scores.to_text()
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
