"""The honest yardstick: rules vs model on notices the rules were not written from.

The 40 gold notices of ``../shared/data/notices`` are split once, by document and
stratified by issuer kind (``corpus/splits/notices.json``). Two figures per system:

- **cv**: cross-validation over the *training* documents (the seeds plus the train part of
  the notices). The rules do not learn, so their "cv" score is their score on those
  documents (in-sample: they were written while reading them); the model is retrained
  per fold by ``python -m training.train --cv`` and its held-out predictions are read from
  the report that command writes.
- **test**: the test part, never read to write rules or choose a model, scored once.

Each row has seqeval strict IOB2 F1 per label and micro, plus a lenient ORG score (a
predicted ORG overlapping a gold ORG counts, one-to-one, so boundary conventions do not
hide whether the organisation was found) and a per-issuer-kind breakdown.

Texts are read from the shared data folder given as an argument; only ids, offsets and
scores are written into the repository.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from extractor.spans import LABELS, Span
from training.corpus import AnnotatedDocument, load_corpus
from training.evaluate import Predictor, score_spans

#: the committed split (ids only)
DEFAULT_SPLIT = Path("corpus/splits/notices.json")
#: issuer kind of a seed (they are the project's own development documents)
SEED_KIND = "seed"


@dataclass(frozen=True)
class NoticeSplit:
    """Which notice is train and which is test, and each notice's issuer kind."""

    train: tuple[str, ...]
    test: tuple[str, ...]
    kind_of: dict[str, str]

    @classmethod
    def read(cls, path: str | Path = DEFAULT_SPLIT) -> NoticeSplit:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        kind_of = {
            doc_id: kind
            for kind, parts in data["strata"].items()
            for part in ("train", "test")
            for doc_id in parts[part]
        }
        return cls(tuple(data["train"]), tuple(data["test"]), kind_of)

    def part(self, docs: Sequence[AnnotatedDocument], name: str) -> list[AnnotatedDocument]:
        """The documents of one part (``train`` or ``test``), in the split's order."""
        wanted = self.train if name == "train" else self.test
        by_id = {d.id: d for d in docs}
        missing = [i for i in wanted if i not in by_id]
        if missing:
            raise ValueError(f"notices missing from the gold file: {', '.join(missing)}")
        return [by_id[i] for i in wanted]

    def kind(self, doc_id: str) -> str:
        return self.kind_of.get(doc_id, SEED_KIND)


def notices_file(notices: str | Path) -> Path:
    """``notices.jsonl`` inside a folder, or the file itself."""
    path = Path(notices)
    return path / "notices.jsonl" if path.is_dir() else path


# --------------------------------------------------------------------------- scores
@dataclass
class Row:
    """One system on one set of documents."""

    system: str
    part: str
    documents: int
    f1: dict[str, float]
    precision: dict[str, float]
    recall: dict[str, float]
    support: dict[str, int]
    org_lenient: dict[str, float]
    by_kind: dict[str, dict[str, float]] = field(default_factory=dict)


def lenient_matches(gold: Sequence[Span], predicted: Sequence[Span], label: str) -> int:
    """Predicted spans of ``label`` that overlap a distinct gold span of ``label``.

    Pairs are taken greedily by overlap length, so one long prediction covering two gold
    names counts once (it found one organisation, not two)."""
    g = [s for s in gold if s.label == label]
    p = [s for s in predicted if s.label == label]
    pairs = sorted(
        (
            (min(a.end, b.end) - max(a.start, b.start), i, j)
            for i, a in enumerate(g)
            for j, b in enumerate(p)
            if a.start < b.end and b.start < a.end
        ),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
    return len(used_g)


def lenient_score(
    docs: Sequence[AnnotatedDocument], predicted: Sequence[Sequence[Span]], label: str = "ORG"
) -> dict[str, float]:
    tp = n_gold = n_pred = 0
    for doc, spans in zip(docs, predicted, strict=True):
        tp += lenient_matches(doc.spans, spans, label)
        n_gold += sum(s.label == label for s in doc.spans)
        n_pred += sum(s.label == label for s in spans)
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def score_row(
    system: str,
    part: str,
    docs: Sequence[AnnotatedDocument],
    predicted: Sequence[Sequence[Span]],
    kind_of: Callable[[str], str],
) -> Row:
    report = score_spans(docs, predicted)
    scores = {**report.labels, "micro": report.micro}
    row = Row(
        system=system,
        part=part,
        documents=len(docs),
        f1={k: round(v.f1, 4) for k, v in scores.items()},
        precision={k: round(v.precision, 4) for k, v in scores.items()},
        recall={k: round(v.recall, 4) for k, v in scores.items()},
        support={k: v.support for k, v in scores.items()},
        org_lenient={k: round(v, 4) for k, v in lenient_score(docs, predicted).items()},
    )
    kinds = sorted({kind_of(d.id) for d in docs})
    for kind in kinds:
        index = [i for i, d in enumerate(docs) if kind_of(d.id) == kind]
        sub_docs = [docs[i] for i in index]
        sub_pred = [predicted[i] for i in index]
        sub = score_spans(sub_docs, sub_pred)
        row.by_kind[kind] = {
            "documents": len(index),
            "micro": round(sub.micro.f1, 4),
            "ORG": round(sub.labels["ORG"].f1, 4) if "ORG" in sub.labels else float("nan"),
            "ORG_lenient": round(lenient_score(sub_docs, sub_pred)["f1"], 4),
        }
    return row


def pipeline_predictor(backend: str, model: str | None = None) -> Predictor:
    """Entity spans of the full pipeline (cleaning, NER, offsets back to the input)."""
    from extractor.pipeline import Extractor

    extractor = Extractor(backend=backend, model=model)

    def predict(texts: list[str]) -> list[list[Span]]:
        from tqdm.auto import tqdm

        notices = tqdm(extractor.pipe(texts), total=len(texts), desc=backend, disable=None)
        return [[Span(e.start, e.end, e.label) for e in notice.entities] for notice in notices]

    return predict


def cv_predictions(report: str | Path, docs: Sequence[AnnotatedDocument]) -> list[list[Span]]:
    """The held-out predictions a ``training.train --cv`` run stored, in ``docs`` order."""
    data = json.loads(Path(report).read_text(encoding="utf-8"))
    stored = data.get("predictions")
    if not stored:
        raise ValueError(f"{report} holds no per-document predictions (rerun training --cv)")
    missing = [d.id for d in docs if d.id not in stored]
    if missing:
        raise ValueError(f"{report} has no held-out predictions for {', '.join(missing)}")
    return [[Span(*s) for s in stored[d.id]] for d in docs]


@dataclass
class Departures:
    """Where the model's spans differ from the rules' and who the gold agrees with."""

    label: str
    differing: int = 0
    model_right: int = 0
    rules_right: int = 0
    neither: int = 0

    def add(self, gold: set[Span], model: set[Span], rules: set[Span]) -> None:
        for span in model ^ rules:
            if span.label != self.label:
                continue
            self.differing += 1
            if span in gold:
                if span in model:
                    self.model_right += 1
                else:
                    self.rules_right += 1
            else:
                # a span only one system predicts and the gold lacks: the other was right
                if span in model:
                    self.rules_right += 1
                else:
                    self.model_right += 1

    def to_text(self) -> str:
        return (
            f"{self.label}: {self.differing} spans differ between model and rules; "
            f"gold sides with the model {self.model_right}, with the rules {self.rules_right}"
        )


def departures(
    docs: Sequence[AnnotatedDocument],
    model: Sequence[Sequence[Span]],
    rules: Sequence[Sequence[Span]],
    label: str = "ORG",
) -> Departures:
    """Count the ``label`` spans one system predicts and the other does not.

    Each differing span is a decision: a span in the gold is a point for the system that
    predicted it, a span not in the gold is a point for the system that left it out."""
    out = Departures(label)
    for doc, m, r in zip(docs, model, rules, strict=True):
        out.add(set(doc.spans), set(m), set(r))
    return out


@dataclass
class Table:
    rows: list[Row]
    departures: dict[str, Departures] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "rows": [asdict(r) for r in self.rows],
            "departures": {k: asdict(v) for k, v in self.departures.items()},
        }

    def to_text(self) -> str:
        labels = [lab for lab in LABELS if any(lab in r.support for r in self.rows)]
        head = f"{'system':<8}{'part':<6}{'docs':>5}" + "".join(f"{lab:>9}" for lab in labels)
        head += f"{'micro':>8}{'ORG~':>7}"
        lines = ["seqeval strict IOB2 F1 (ORG~ = lenient ORG: overlap, one-to-one)", head]
        for r in self.rows:
            cells = "".join(f"{r.f1[lab]:>9.3f}" if lab in r.f1 else f"{'-':>9}" for lab in labels)
            lines.append(
                f"{r.system:<8}{r.part:<6}{r.documents:>5}{cells}"
                f"{r.f1['micro']:>8.3f}{r.org_lenient['f1']:>7.3f}"
            )
        lines.append("")
        lines.append("by issuer kind (micro / ORG / ORG~)")
        for r in self.rows:
            for kind, s in r.by_kind.items():
                lines.append(
                    f"  {r.system:<8}{r.part:<6}{kind:<24}{s['documents']:>3} docs "
                    f"{s['micro']:.3f} / {s['ORG']:.3f} / {s['ORG_lenient']:.3f}"
                )
        if self.departures:
            lines.append("")
            lines.append("model vs rules (exact spans)")
            for part, dep in self.departures.items():
                lines.append(f"  {part}: {dep.to_text()}")
        return "\n".join(lines)


def build_table(
    *,
    notices: str | Path,
    split: NoticeSplit,
    seeds: Sequence[str | Path] = ("corpus/gold",),
    model: str | None = None,
    cv_report: str | Path | None = None,
    parts: Sequence[str] = ("cv", "test"),
    systems: Sequence[str] = ("rules", "model"),
) -> Table:
    """Rules and model on the training documents (cv) and on the test notices."""
    all_notices = load_corpus([notices_file(notices)])
    train_docs = list(load_corpus(list(seeds))) + split.part(all_notices, "train")
    test_docs = split.part(all_notices, "test")
    table = Table([])
    for part in parts:
        docs = train_docs if part == "cv" else test_docs
        predictions: dict[str, list[list[Span]]] = {}
        for system in systems:
            if system == "model" and part == "cv":
                if cv_report is None:
                    continue
                predicted = cv_predictions(cv_report, docs)
            else:
                backend = "rules" if system == "rules" else "bert"
                predicted = pipeline_predictor(backend, model)([d.text for d in docs])
            predictions[system] = predicted
            table.rows.append(score_row(system, part, docs, predicted, split.kind))
        if "model" in predictions and "rules" in predictions:
            table.departures[part] = departures(docs, predictions["model"], predictions["rules"])
    return table


# --------------------------------------------------------------------------- command
def evaluate_notices(
    notices: str | Path,
    split_path: str | Path = DEFAULT_SPLIT,
    *,
    model: str | None = None,
    cv_report: str | Path | None = None,
    seeds: Sequence[str | Path] = ("corpus/gold",),
    structure: bool = True,
) -> dict:
    """Everything ``extractor evaluate --notices`` prints: the NER table (rules vs model,
    cv and test) and the structure/metadata scores of each part."""
    split = NoticeSplit.read(split_path)
    table = build_table(notices=notices, split=split, seeds=seeds, model=model, cv_report=cv_report)
    out: dict = {"ner": table.to_dict(), "ner_text": table.to_text()}
    if structure:
        from training.structure_eval import load_notices, score_structure

        folder = Path(notices) if Path(notices).is_dir() else Path(notices).parent
        out["structure"] = {}
        texts = []
        for part in ("train", "test"):
            docs, metadata = load_notices(folder, split_path, part)
            scores = score_structure(docs, metadata)
            out["structure"][part] = scores.to_dict()
            texts.append(f"[{part} part] " + scores.to_text())
        out["structure_text"] = "\n\n".join(texts)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    import argparse
    import sys

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--notices", required=True, help="../shared/data/notices (or its jsonl)")
    parser.add_argument("--split", default=str(DEFAULT_SPLIT), help="committed split JSON")
    parser.add_argument("--model", help="pipeline directory (default: the shipped model)")
    parser.add_argument("--cv-report", help="reports/crossval.json of `training.train --cv`")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    args = parser.parse_args(argv)
    result = evaluate_notices(args.notices, args.split, model=args.model, cv_report=args.cv_report)
    if args.json:
        print(json.dumps({k: v for k, v in result.items() if not k.endswith("_text")}, indent=2))
    else:
        print(result["ner_text"])
        print()
        print(result.get("structure_text", ""))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
