"""The analyst's workflow commands: train, evaluate, annotate, report.

They live apart from ``extractor extract`` because they pull in the training
package; each is a thin shell over a library function, so the same code runs
from Python, from notebooks and from the command line. They share the
conventions of :mod:`extractor.cli` (inputs, ``-o/--output``, ``--force``,
progress, per-document errors).
"""

from __future__ import annotations

import argparse
import atexit
import json
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

from extractor.cli import (
    CliError,
    add_input_args,
    add_model_args,
    add_output_args,
    add_progress_args,
    expand_inputs,
    prepare_output,
    run_extraction,
    say,
)

#: where ``extractor train`` keeps the converted annotation-tool exports it trained on
TRAINING_DATA_DIR = "training-data"


def cmd_train(args: argparse.Namespace) -> int:
    from training.options import TrainingSetupError, config_from_args, resolve_training_paths

    try:  # every input is checked before anything is written
        config = resolve_training_paths(config_from_args(args))
    except TrainingSetupError as err:
        raise CliError(str(err)) from err
    output = prepare_output(args, directory=True)
    assert output is not None  # --output has a default
    corpus = _collect_corpus(
        config.corpus,
        output / TRAINING_DATA_DIR,
        accept_predictions=args.accept_predictions,
    )
    from training.train import train_command

    return train_command(replace(config, corpus=corpus), refit=not args.no_refit)


def _collect_corpus(
    paths: list[str], out_dir: Path | None = None, *, accept_predictions: bool = False
) -> list[str]:
    """Guideline JSONL as is; doccano / Label Studio exports converted first.

    Converted files go to ``out_dir`` (``extractor train``: beside the model,
    so the model card's data hashes name files that stay), else to a temporary
    folder removed at exit; never into the working directory."""
    from training.corpus import write_jsonl

    out: list[str] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise CliError(f"corpus file not found: {raw}")
        if path.is_dir() or _is_guideline_jsonl(path):
            out.append(str(path))
            continue
        docs = _read_export(path, accept_predictions=accept_predictions)
        folder = out_dir if out_dir is not None else _scratch_dir()
        converted = folder / (path.stem + ".jsonl")
        converted.parent.mkdir(parents=True, exist_ok=True)
        write_jsonl(docs, converted)
        out.append(str(converted))
    return out


def _scratch_dir() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="extractor-corpus-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def _read_export(path: Path, *, accept_predictions: bool = False):
    """A doccano JSONL or Label Studio JSON export, told apart by its shape.

    A Label Studio task that no one annotated carries only the model's
    predictions (what ``extractor annotate`` sent); training on it would teach
    the model its own output, so such tasks are refused unless
    ``accept_predictions``."""
    from training.formats import read_doccano, read_labelstudio

    content = path.read_text(encoding="utf-8")
    head = content.lstrip()[:1]
    if head == "[":
        try:
            tasks = json.loads(content)
        except json.JSONDecodeError as err:
            raise CliError(f"{path}: not valid JSON ({err})") from err
        unannotated = [i for i, task in enumerate(tasks) if not _has_human_annotation(task)]
        if unannotated and not accept_predictions:
            raise CliError(
                f"{path}: {len(unannotated)} of {len(tasks)} Label Studio task(s) have no "
                "human annotation, only model predictions (first: task "
                f"#{unannotated[0]}); annotate them in Label Studio and export again, or pass "
                "--accept-predictions to use the predictions as they are"
            )
        return read_labelstudio(path, use="auto" if accept_predictions else "annotations")
    if head == "{":
        return read_doccano(path)
    raise CliError(f"not a guideline JSONL, doccano or Label Studio export: {path}")


def _has_human_annotation(task: object) -> bool:
    """A submitted (not cancelled) annotation, in new (annotations) or old (completions) exports."""
    if not isinstance(task, dict):
        return False
    annotations = task.get("annotations") or task.get("completions") or []
    return any(isinstance(a, dict) and not a.get("was_cancelled") for a in annotations)


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
    """``--corpus``: one system on gold files; ``--notices``: the yardstick (rules vs model
    on the training documents and on the held-out test notices, plus structure)."""
    if args.notices:
        payload = _yardstick_payload(args)
    else:
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


def _yardstick_payload(args: argparse.Namespace) -> str:
    from training.yardstick import evaluate_notices

    result = evaluate_notices(args.notices, args.split, model=args.model, cv_report=args.cv_report)
    if args.json:
        data = {k: v for k, v in result.items() if not k.endswith("_text")}
        data["ner_text"] = result["ner_text"]
        return json.dumps(data, ensure_ascii=False, indent=2)
    return result["ner_text"] + "\n\n" + result.get("structure_text", "")


def cmd_annotate(args: argparse.Namespace) -> int:
    from extractor.annotate import write_pre_annotations
    from extractor.exports import atomic_path

    output = prepare_output(args)
    assert output is not None  # required
    run = run_extraction(expand_inputs(args.files), args, desc="annotate")
    with atomic_path(output) as tmp:
        write_pre_annotations(run.notices, tmp, fmt=args.format)
    say(f"wrote {len(run.notices)} pre-annotated document(s) to {output} ({args.format})")
    return run.exit_status


def cmd_report(args: argparse.Namespace) -> int:
    """One file: the page of that notice; a folder, a glob or several files: one
    corpus page over all of them (see :mod:`extractor.report_corpus`)."""
    from extractor.exports import atomic_path
    from extractor.report import write_html
    from extractor.report_corpus import write_corpus_html

    output = prepare_output(args)
    assert output is not None  # required
    single = len(args.files) == 1 and (args.files[0] == "-" or Path(args.files[0]).is_file())
    inputs = expand_inputs(args.files)
    run = run_extraction(inputs, args, desc="report")
    if not run.notices:
        return run.exit_status
    with atomic_path(output) as tmp:
        if single:
            write_html(run.notices[0], tmp, lang=args.lang)
        else:
            write_corpus_html(run.notices, tmp, lang=args.lang)
    say(f"wrote {output}")
    return run.exit_status


def register(sub: argparse._SubParsersAction) -> None:
    """Add train, evaluate, annotate and report to ``extractor``'s subcommands."""
    _add_train_command(sub)
    _add_evaluate_command(sub)
    _add_annotate_command(sub)
    _add_report_command(sub)


def _add_train_command(sub: argparse._SubParsersAction) -> None:
    from training.options import add_train_arguments

    p = sub.add_parser(
        "train",
        help="retrain the NER on annotated notices",
        description="Retrain the NER on guideline JSONL, doccano JSONL or Label Studio JSON. "
        "Converted exports are kept in OUTPUT/training-data/.",
    )
    add_train_arguments(p)
    p.add_argument(
        "--accept-predictions",
        action="store_true",
        help="train on Label Studio tasks no one annotated (the model's own predictions)",
    )
    p.add_argument(
        "--force", action="store_true", help="write into an output directory that is not empty"
    )
    p.set_defaults(func=cmd_train)


def _add_evaluate_command(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("evaluate", help="seqeval strict IOB2 scores against gold JSONL")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--corpus",
        nargs="+",
        help="gold guideline JSONL files/folders, doccano or Label Studio exports",
    )
    source.add_argument(
        "--notices",
        help="the gold notices folder (../shared/data/notices): rules vs model on the "
        "training documents (cv) and the held-out test split, with structure scores",
    )
    p.add_argument(
        "--split",
        default="corpus/splits/notices.json",
        help="with --notices: the committed train/test split",
    )
    p.add_argument(
        "--cv-report",
        help="with --notices: held-out model predictions of `extractor train --cv`",
    )
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    add_output_args(p, required=False, help="also write the scores to this file")
    add_model_args(p)
    p.set_defaults(func=cmd_evaluate, check_output=True)


def _add_annotate_command(sub: argparse._SubParsersAction) -> None:
    from extractor.annotate import FORMATS as ANNOTATION_FORMATS

    p = sub.add_parser("annotate", help="model output as pre-annotations to correct")
    add_input_args(p, nargs="+")
    add_output_args(p, required=True, help="pre-annotation file to write", aliases=["--out"])
    p.add_argument(
        "--format",
        choices=ANNOTATION_FORMATS,
        default="jsonl",
        help="guideline JSONL, doccano JSONL, or Label Studio JSON (spans as predictions)",
    )
    add_progress_args(p)
    add_model_args(p)
    p.set_defaults(func=cmd_annotate)


def _add_report_command(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report",
        help="a self-contained HTML page with charts: of one notice, or of a folder of them",
        description="One file: the notice's page (metadata, charts, problems, highlighted "
        "text). A folder, a glob or several files: one page over all of them (completion "
        "per issuer, sums per notice, every problem, the same charts).",
    )
    add_input_args(p, nargs="+")
    add_output_args(p, required=True, help="HTML file to write", aliases=["--html"])
    p.add_argument(
        "--lang",
        choices=("zh", "en"),
        default="zh",
        help="language of the page's labels: Chinese (default) or English",
    )
    add_progress_args(p)
    add_model_args(p)
    p.set_defaults(func=cmd_report)
