"""The analyst's workflow commands: train, evaluate, annotate, report.

They live apart from ``extractor extract`` because they pull in the training
package; each is a thin shell over a library function, so the same code runs
from Python, from notebooks and from the command line.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from extractor.cli import CliError, _add_model_args, _read_input


def cmd_train(args: argparse.Namespace) -> int:
    from training.train import config_from_args, train_command

    config = config_from_args(args, corpus=_collect_corpus(args.corpus))
    return train_command(config, refit=not args.no_refit)


def _collect_corpus(paths: list[str]) -> list[str]:
    """Guideline JSONL as is; doccano / Label Studio exports converted first."""
    from training.corpus import write_jsonl

    out: list[str] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise CliError(f"corpus file not found: {raw}")
        if path.is_dir() or _is_guideline_jsonl(path):
            out.append(str(path))
            continue
        docs = _read_export(path)
        converted = Path("runs") / "converted" / (path.stem + ".jsonl")
        converted.parent.mkdir(parents=True, exist_ok=True)
        write_jsonl(docs, converted)
        out.append(str(converted))
    return out


def _read_export(path: Path):
    """A doccano JSONL or Label Studio JSON export, told apart by its shape."""
    from training.formats import read_doccano, read_labelstudio

    head = path.read_text(encoding="utf-8").lstrip()[:1]
    if head == "[":
        return read_labelstudio(path)
    if head == "{":
        return read_doccano(path)
    raise CliError(f"not a guideline JSONL, doccano or Label Studio export: {path}")


def _is_guideline_jsonl(path: Path) -> bool:
    if path.suffix != ".jsonl":
        return False
    with path.open(encoding="utf-8") as handle:
        first = handle.readline()
    try:
        record = json.loads(first)
    except json.JSONDecodeError:
        return False
    return isinstance(record, dict) and "spans" in record and "text" in record


def cmd_evaluate(args: argparse.Namespace) -> int:
    from training.corpus import load_corpus
    from training.evaluate import evaluate_pipeline

    docs = load_corpus(_collect_corpus(args.corpus))
    report = evaluate_pipeline(docs, backend=args.backend, model=args.model)
    if args.json:
        payload = json.dumps(report.to_dict(), ensure_ascii=False, indent=2)
    else:
        payload = report.to_text(f"{args.backend} on {len(docs)} documents")
    if args.output:
        Path(args.output).write_text(payload + "\n", encoding="utf-8")
    print(payload)
    return 0


def cmd_annotate(args: argparse.Namespace) -> int:
    from extractor.annotate import write_pre_annotations
    from extractor.pipeline import extract_many

    inputs = [_read_input(p, args.encoding) for p in args.files]
    notices = list(
        extract_many(
            [t for _, t in inputs],
            backend=args.backend,
            model=args.model,
            sources=[n for n, _ in inputs],
        )
    )
    write_pre_annotations(notices, Path(args.out), fmt=args.format)
    print(f"wrote {len(notices)} pre-annotated document(s) to {args.out} ({args.format})")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from extractor.pipeline import extract
    from extractor.report import write_html

    name, text = _read_input(args.file, args.encoding)
    notice = extract(text, backend=args.backend, model=args.model, source=name)
    write_html(notice, Path(args.html))
    print(f"wrote {args.html}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    from training.train import add_train_arguments

    p = sub.add_parser("train", help="retrain the NER on annotated notices")
    add_train_arguments(p)
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("evaluate", help="seqeval strict IOB2 scores against gold JSONL")
    p.add_argument("--corpus", nargs="+", required=True)
    p.add_argument("--json", action="store_true")
    p.add_argument("--output", "-o")
    _add_model_args(p)
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("annotate", help="model output as pre-annotations to correct")
    p.add_argument("files", nargs="+")
    p.add_argument("--out", required=True)
    p.add_argument("--format", choices=("jsonl", "doccano", "labelstudio"), default="jsonl")
    p.add_argument("--encoding")
    _add_model_args(p)
    p.set_defaults(func=cmd_annotate)

    p = sub.add_parser("report", help="a self-contained HTML page of one notice")
    p.add_argument("file")
    p.add_argument("--html", required=True)
    p.add_argument("--encoding")
    _add_model_args(p)
    p.set_defaults(func=cmd_report)
