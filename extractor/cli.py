"""Command line: ``extractor extract FILE…`` and the analyst's workflow commands."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from extractor.model_path import ModelNotFoundError

FORMATS = ("json", "jsonl", "csv", "xlsx")


class CliError(Exception):
    """A user-facing error: printed as one line, exit status 2."""


def _read_input(path: str, encoding: str | None) -> tuple[str, str]:
    from extractor.pipeline import decode_bytes

    if path == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        file = Path(path)
        if not file.exists():
            raise CliError(f"file not found: {path}")
        if file.is_dir():
            raise CliError(f"is a directory, not a notice file: {path}")
        data = file.read_bytes()
        name = path
    try:
        return name, decode_bytes(data, encoding)
    except (UnicodeDecodeError, LookupError, ValueError) as err:
        hint = "" if encoding else " (try --encoding gbk or --encoding utf-8)"
        raise CliError(f"cannot read {name}: {err}{hint}") from err


def write_tables(notices: list, output: Path, fmt: str, table: str = "entities") -> None:
    """CSV of one table, or an Excel workbook with problems, entities, metadata."""
    import pandas as pd

    problems = pd.concat([n.problems_frame() for n in notices], ignore_index=True)
    entities = pd.concat([n.entities_frame() for n in notices], ignore_index=True)
    if fmt == "csv":
        frame = entities if table == "entities" else problems
        frame.to_csv(output, index=False, encoding="utf-8-sig")
        return
    meta = pd.DataFrame(
        [
            {"source": n.source, **{k: v for k, v in n.to_dict()["metadata"].items()}}
            for n in notices
        ]
    )
    for column in meta.columns:
        meta[column] = meta[column].map(
            lambda v: json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else v
        )
    with pd.ExcelWriter(output, engine="openpyxl") as writer:
        problems.to_excel(writer, sheet_name="problems", index=False)
        entities.to_excel(writer, sheet_name="entities", index=False)
        meta.to_excel(writer, sheet_name="metadata", index=False)


def cmd_extract(args: argparse.Namespace) -> int:
    from extractor.pipeline import extract_many

    inputs = [_read_input(p, args.encoding) for p in (args.files or ["-"])]
    notices = list(
        extract_many(
            [text for _, text in inputs],
            backend=args.backend,
            model=args.model,
            sources=[name for name, _ in inputs],
            progress=args.progress,
            total=len(inputs),
        )
    )
    fmt = args.format
    if fmt in ("csv", "xlsx"):
        if fmt == "xlsx" and not args.output:
            raise CliError("--format xlsx needs --output FILE.xlsx")
        output = Path(args.output) if args.output else None
        if output is None:
            import io

            buffer = io.StringIO()
            _write_csv_stdout(notices, buffer, args.table)
            sys.stdout.write(buffer.getvalue())
        else:
            write_tables(notices, output, fmt, args.table)
        return 0
    if fmt == "jsonl":
        payload = "\n".join(n.to_json(indent=None, include_text=args.include_text) for n in notices)
    else:
        dicts = [n.to_dict(include_text=args.include_text) for n in notices]
        payload = json.dumps(dicts[0] if len(dicts) == 1 else dicts, ensure_ascii=False, indent=2)
    if args.output:
        Path(args.output).write_text(payload + "\n", encoding="utf-8")
    else:
        sys.stdout.write(payload + "\n")
    return 0


def _write_csv_stdout(notices: list, buffer, table: str) -> None:
    import pandas as pd

    frames = [n.entities_frame() if table == "entities" else n.problems_frame() for n in notices]
    pd.concat(frames, ignore_index=True).to_csv(buffer, index=False)


def _add_model_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--backend",
        choices=("bert", "rules"),
        default="bert",
        help="NER backend: the shipped BERT pipeline (default) or the rule baseline",
    )
    parser.add_argument(
        "--model",
        help="local pipeline directory (default: $EXTRACTOR_MODEL or models/extractor-zh)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="extractor",
        description="Structured data from Chinese inspection-rectification notices.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract problems, entities and metadata from notices")
    p.add_argument("files", nargs="*", help="notice text files ('-' or none: standard input)")
    p.add_argument("--format", choices=FORMATS, default="json")
    p.add_argument("--output", "-o", help="output file (default: standard output)")
    p.add_argument(
        "--table",
        choices=("entities", "problems"),
        default="entities",
        help="which table --format csv writes",
    )
    p.add_argument("--encoding", help="input encoding (default: detect UTF-8 / GBK)")
    p.add_argument("--include-text", action="store_true", help="include the input text in JSON")
    p.add_argument("--progress", action="store_true", help="show a progress bar")
    _add_model_args(p)
    p.set_defaults(func=cmd_extract)

    for register in _EXTRA_COMMANDS:
        register(sub)
    return parser


#: further subcommands (train, evaluate, annotate, report) register themselves here
_EXTRA_COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = []


def main(argv: Sequence[str] | None = None) -> int:
    _load_extra_commands()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except (CliError, ModelNotFoundError) as err:
        print(f"extractor: error: {err}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


def _load_extra_commands() -> None:
    """Import the workflow command modules that exist (each registers itself)."""
    import importlib

    for name in ("extractor.workflow_cli",):
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as err:
            if err.name != name:
                raise
            continue
        register = getattr(module, "register", None)
        if register is not None and register not in _EXTRA_COMMANDS:
            _EXTRA_COMMANDS.append(register)
