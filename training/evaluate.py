"""Evaluation against gold documents: the one function behind every score.

Entity scores are seqeval's strict IOB2 mode over character tags of the
original text (gold and predictions share offsets), per label with micro and
macro averages. An error table says what kind each mistake is (wrong type,
wrong boundary, missed, spurious), and the structure is scored too: heading
detection (same start, level and kind) and entity→heading linking.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field

from extractor.spans import LABELS, Span
from training.convert import spans_to_tags
from training.corpus import AnnotatedDocument, load_corpus

#: predicts spans (original offsets) for a batch of texts
Predictor = Callable[[list[str]], list[list[Span]]]


@dataclass
class LabelScore:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass
class EvalReport:
    labels: dict[str, LabelScore]
    micro: LabelScore
    macro: LabelScore
    errors: dict[str, dict[str, int]] = field(default_factory=dict)
    headings: dict[str, float] = field(default_factory=dict)
    linking: dict[str, float] = field(default_factory=dict)
    documents: int = 0

    def to_dict(self) -> dict:
        return asdict(self)

    def to_text(self, title: str = "") -> str:
        lines = [title] if title else []
        lines.append(f"{'label':<10}{'P':>8}{'R':>8}{'F1':>8}{'support':>9}")
        for name, score in [*self.labels.items(), ("micro", self.micro), ("macro", self.macro)]:
            lines.append(
                f"{name:<10}{score.precision:>8.3f}{score.recall:>8.3f}{score.f1:>8.3f}{score.support:>9}"
            )
        if self.errors:
            kinds = ["wrong_type", "wrong_boundary", "missed", "spurious"]
            lines.append("")
            lines.append(f"{'errors':<10}" + "".join(f"{k:>15}" for k in kinds))
            for label, row in self.errors.items():
                lines.append(f"{label:<10}" + "".join(f"{row.get(k, 0):>15}" for k in kinds))
        if self.headings:
            lines.append("")
            lines.append(
                "headings: "
                + ", ".join(
                    f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}"
                    for k, v in self.headings.items()
                )
            )
        if self.linking:
            lines.append(
                "linking:  "
                + ", ".join(
                    f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}"
                    for k, v in self.linking.items()
                )
            )
        return "\n".join(lines)


def score_spans(
    gold: Sequence[AnnotatedDocument], predicted: Sequence[Sequence[Span]]
) -> EvalReport:
    """seqeval strict IOB2 scores plus the error table."""
    from seqeval.metrics import classification_report
    from seqeval.scheme import IOB2

    y_true = [spans_to_tags(doc.text, doc.spans) for doc in gold]
    y_pred = [spans_to_tags(doc.text, spans) for doc, spans in zip(gold, predicted, strict=True)]
    raw = classification_report(
        y_true, y_pred, mode="strict", scheme=IOB2, output_dict=True, zero_division=0
    )
    labels = {
        label: LabelScore(
            raw[label]["precision"],
            raw[label]["recall"],
            raw[label]["f1-score"],
            int(raw[label]["support"]),
        )
        for label in LABELS
        if label in raw
    }

    def _avg(key: str) -> LabelScore:
        row = raw[key]
        return LabelScore(row["precision"], row["recall"], row["f1-score"], int(row["support"]))

    return EvalReport(
        labels=labels,
        micro=_avg("micro avg"),
        macro=_avg("macro avg"),
        errors=error_table(gold, predicted),
        documents=len(gold),
    )


def error_table(
    gold: Sequence[AnnotatedDocument], predicted: Sequence[Sequence[Span]]
) -> dict[str, dict[str, int]]:
    """Per gold label: wrong type / wrong boundary / missed; per predicted label: spurious."""
    table: dict[str, Counter] = {label: Counter() for label in LABELS}
    for doc, spans in zip(gold, predicted, strict=True):
        pred = set(spans)
        gold_set = set(doc.spans)
        for g in gold_set - pred:
            overlapping = [p for p in pred if p.start < g.end and g.start < p.end]
            if any(p.start == g.start and p.end == g.end for p in overlapping):
                table[g.label]["wrong_type"] += 1
            elif any(p.label == g.label for p in overlapping):
                table[g.label]["wrong_boundary"] += 1
            elif overlapping:
                table[g.label]["wrong_type"] += 1
            else:
                table[g.label]["missed"] += 1
        for p in pred - gold_set:
            if not any(g.start < p.end and p.start < g.end for g in gold_set):
                table[p.label]["spurious"] += 1
    return {label: dict(counter) for label, counter in table.items()}


def score_structure(gold: Sequence[AnnotatedDocument], notices: Sequence) -> tuple[dict, dict]:
    """Heading detection (start, level, kind) and entity→innermost-heading linking."""
    tp = n_gold = n_pred = 0
    linked = link_total = 0
    for doc, notice in zip(gold, notices, strict=True):
        gold_h = {(h.start, h.level, h.kind) for h in doc.headings}
        pred_h = {(h.start, h.level, h.kind) for h in notice.headings}
        tp += len(gold_h & pred_h)
        n_gold += len(gold_h)
        n_pred += len(pred_h)
        for entity in notice.entities:
            g = _innermost_gold(doc, entity.start)
            if g is None and entity.heading is None:
                linked += 1
            elif g is not None and entity.heading is not None:
                linked += notice.headings[entity.heading].start == doc.headings[g].start
            link_total += 1
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    headings = {"precision": precision, "recall": recall, "f1": f1, "gold": n_gold}
    linking = {"accuracy": linked / link_total if link_total else 0.0, "entities": link_total}
    return headings, linking


def _innermost_gold(doc: AnnotatedDocument, position: int) -> int | None:
    """Innermost gold heading governing ``position`` (same rule as the pipeline)."""
    stack: list[int] = []
    for i, h in enumerate(doc.headings):
        if h.start > position:
            break
        while stack and doc.headings[stack[-1]].level >= h.level:
            stack.pop()
        stack.append(i)
    return stack[-1] if stack else None


def evaluate_pipeline(
    docs: Sequence[AnnotatedDocument], backend: str = "bert", model=None
) -> EvalReport:
    """Run the full pipeline on each gold text and score entities and structure."""
    from extractor.pipeline import Extractor

    extractor = Extractor(backend=backend, model=model)
    notices = list(extractor.pipe([d.text for d in docs]))
    predicted = [[Span(e.start, e.end, e.label) for e in n.entities] for n in notices]
    report = score_spans(docs, predicted)
    report.headings, report.linking = score_structure(docs, notices)
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="seqeval strict IOB2 evaluation on gold JSONL")
    parser.add_argument("corpus", nargs="+", help="gold JSONL files or directories")
    parser.add_argument("--backend", choices=("bert", "rules"), default="bert")
    parser.add_argument("--model", help="pipeline directory (default: models/extractor-zh)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    docs = load_corpus(args.corpus)
    report = evaluate_pipeline(docs, backend=args.backend, model=args.model)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(report.to_text(f"{args.backend} on {len(docs)} documents"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
