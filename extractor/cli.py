"""Command line: ``extractor extract FILE…`` and the analyst's workflow commands.

Start-up imports only the standard library, so ``extractor --help`` and
``--version`` answer at once; each command imports torch, spaCy or pandas when
it runs. Every command follows the same conventions, set up by the helpers
here: inputs are files, folders (their ``*.txt``) or glob patterns; the one
output flag is ``-o/--output``, checked (its folder created, an existing file
refused without ``--force``) before any work; a per-document progress bar on
standard error when it is a terminal; one line per failed document, the other
documents' results still written, and a non-zero exit status at the end.

Each subcommand is one ``add_*_command`` function that registers its parser
and one ``cmd_*`` function that runs it.
"""

from __future__ import annotations

import argparse
import glob
import os
import sys
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from extractor.result import Notice

#: the output formats of ``extractor extract`` (see :mod:`extractor.exports`)
FORMATS = ("json", "jsonl", "csv", "xlsx")
#: the files a folder given as input contributes
TEXT_SUFFIXES = (".txt", ".text")
#: exit status: some documents failed (the others' results were written)
EXIT_PARTIAL = 1
#: exit status: nothing was done (bad arguments, no model, output refused)
EXIT_USAGE = 2


class CliError(Exception):
    """A user-facing error: printed as one line, exit status 2."""


# ---------------------------------------------------------------- inputs


@dataclass
class InputItem:
    """One document to read: a file, or standard input (``path is None``)."""

    name: str
    path: Path | None
    #: why it cannot be read, found while expanding the arguments
    problem: str | None = None


def _shown(text: str) -> str:
    """A path as it can be printed (bytes of a non-UTF-8 name as ``\\xNN``)."""
    from extractor.exports import printable

    return printable(text)


def expand_inputs(items: Sequence[str]) -> list[InputItem]:
    """Files as given, folders as their text files, glob patterns as their matches.

    ``-`` (or no item) is standard input. A folder contributes the files ending
    in one of :data:`TEXT_SUFFIXES`, sorted by name, not its subfolders. An
    item that names nothing comes back with its ``problem`` set, so that it is
    reported in its place without stopping the others."""
    if not items:
        return [InputItem("<stdin>", None)]
    out: list[InputItem] = []
    for raw in items:
        if raw == "-":
            out.append(InputItem("<stdin>", None))
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(
                p for p in path.iterdir() if p.suffix.lower() in TEXT_SUFFIXES and p.is_file()
            )
            if not files:
                suffixes = "/".join(f"*{s}" for s in TEXT_SUFFIXES)
                out.append(InputItem(raw, None, f"no {suffixes} files in folder {_shown(raw)}"))
            out.extend(InputItem(str(p), p) for p in files)
        elif path.exists():
            out.append(InputItem(raw, path))
        elif glob.has_magic(raw):
            matches = sorted(Path(m) for m in glob.glob(raw, recursive=True))
            matches = [m for m in matches if m.is_file()]
            if not matches:
                out.append(InputItem(raw, None, f"no file matches {_shown(raw)}"))
            out.extend(InputItem(str(m), m) for m in matches)
        else:
            out.append(InputItem(raw, None, f"file not found: {_shown(raw)}"))
    seen: set[str] = set()
    unique = []
    for item in out:  # a file named twice (folder and file) is read once
        key = str(item.path.resolve()) if item.path is not None else f"{item.name}\0{id(item)}"
        if key not in seen:
            seen.add(key)
            unique.append(item)
    return unique


def read_item(item: InputItem, encoding: str | None) -> str:
    """The text of one input; :class:`CliError` naming it if it cannot be read."""
    from extractor.pipeline import decode_bytes

    if item.problem is not None:
        raise CliError(item.problem)
    name = _shown(item.name)
    try:
        data = sys.stdin.buffer.read() if item.path is None else item.path.read_bytes()
    except OSError as err:
        raise CliError(f"cannot read {name}: {err.strerror or err}") from err
    try:
        return decode_bytes(data, encoding)
    except (UnicodeDecodeError, LookupError, ValueError) as err:
        hint = "" if encoding else " (try --encoding gbk or --encoding utf-8)"
        raise CliError(f"cannot read {name}: {err}{hint}") from err


# ---------------------------------------------------------------- running


def say(message: str) -> None:
    """One line on standard error, printed above the progress bar if there is one."""
    from tqdm import tqdm

    tqdm.write(_shown(message), file=sys.stderr)


def progress_bar(total: int | None, desc: str, enabled: bool | None) -> Any:
    """A per-document tqdm bar on standard error; ``enabled=None``: only on a terminal."""
    from tqdm import tqdm

    if enabled is None:
        enabled = sys.stderr.isatty()
    # redrawn after every document: one notice can take seconds, so no tick is skipped
    return tqdm(
        total=total,
        desc=desc,
        unit="doc",
        file=sys.stderr,
        disable=not enabled,
        mininterval=0,
        miniters=1,
    )


@dataclass
class RunResult:
    """What a batch command extracted: the notices in input order and the failures."""

    notices: list[Notice]
    failed: int = 0

    @property
    def exit_status(self) -> int:
        return EXIT_PARTIAL if self.failed else 0


def run_extraction(inputs: list[InputItem], args: argparse.Namespace, desc: str) -> RunResult:
    """Read and extract each input, one progress tick per document.

    A document that cannot be read or extracted is reported on one line naming
    it and counted; the others go on. Warnings on a result (no Chinese text,
    printed twice) are printed too, not only stored in the result."""
    import itertools

    from extractor.failures import FailedDocument
    from extractor.pipeline import extract_many, load

    load(args.backend, args.model)  # a missing model stops everything before any reading
    result = RunResult([])
    bar = progress_bar(len(inputs), desc, getattr(args, "progress", None))

    def readable() -> Iterator[tuple[str, str]]:
        for item in inputs:
            try:
                text = read_item(item, getattr(args, "encoding", None))
            except CliError as err:
                say(f"extractor: error: {err}")
                result.failed += 1
                bar.update(1)
                continue
            yield text, item.name

    texts, sources = itertools.tee(readable())
    outcomes = extract_many(
        (t for t, _ in texts),
        sources=(s for _, s in sources),
        backend=args.backend,
        model=args.model,
        batch_size=1,  # one document at a time: the bar moves per document
        n_process=getattr(args, "jobs", 1) or 1,
        on_error="record",
    )
    try:
        for outcome in outcomes:
            bar.set_postfix_str(Path(_shown(outcome.source or "")).name, refresh=False)
            bar.update(1)
            if isinstance(outcome, FailedDocument):
                message = (outcome.message.splitlines() or [""])[0]
                say(f"extractor: error: {outcome.source}: {outcome.error_type}: {message}")
                result.failed += 1
                continue
            for warning in outcome.warnings:
                say(f"extractor: warning: {outcome.source}: {warning}")
            result.notices.append(outcome)
    finally:
        bar.close()
    return result


def prepare_output(args: argparse.Namespace, *, directory: bool = False) -> Path | None:
    """``args.output`` checked before any work (see :func:`extractor.exports.prepare_output`)."""
    from extractor.exports import OutputError
    from extractor.exports import prepare_output as check

    if not getattr(args, "output", None):
        return None
    try:
        return check(args.output, force=getattr(args, "force", False), directory=directory)
    except OutputError as err:
        raise CliError(str(err)) from err


def quiet_third_party() -> None:
    """No progress bars, load reports or warnings from the libraries under the model.

    transformers draws a "Loading weights" bar and prints a coloured LOAD
    REPORT when it builds the model; neither says anything to the user of a
    shipped pipeline. The environment settings take effect when transformers
    is first imported; if it already is, its switches are set directly."""
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    for module in ("torch", "transformers", "huggingface_hub", "spacy", "thinc", "tqdm"):
        warnings.filterwarnings("ignore", module=rf"{module}(\.|$)")
    if "transformers" in sys.modules:
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()


# ---------------------------------------------------------------- shared options


def add_model_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--backend",
        choices=("bert", "rules"),
        default="bert",
        help="NER backend: the shipped BERT pipeline (default) or the rule baseline",
    )
    parser.add_argument(
        "--model",
        metavar="DIR",
        help="local pipeline directory (default: $EXTRACTOR_MODEL or the shipped model)",
    )


def add_input_args(parser: argparse.ArgumentParser, *, nargs: str = "*") -> None:
    parser.add_argument(
        "files",
        nargs=nargs,
        metavar="INPUT",
        help="notice text files, folders (their *.txt files) or glob patterns; "
        "'-' reads standard input",
    )
    parser.add_argument(
        "--encoding", help="input encoding, e.g. gbk (default: detect UTF-8, GBK/GB18030, UTF-16)"
    )


def add_output_args(
    parser: argparse.ArgumentParser,
    *,
    required: bool,
    help: str,
    aliases: Sequence[str] = (),
) -> None:
    """``-o/--output`` and ``--force``; ``aliases``: old spellings, accepted but not shown."""
    group = parser.add_mutually_exclusive_group(required=required)
    group.add_argument("-o", "--output", metavar="PATH", help=help)
    for alias in aliases:
        group.add_argument(alias, dest="output", help=argparse.SUPPRESS)
    parser.add_argument("--force", action="store_true", help="overwrite an existing output")


def add_progress_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="per-document progress bar on standard error (default: when it is a terminal)",
    )


# ---------------------------------------------------------------- extract


def add_extract_command(sub: argparse._SubParsersAction) -> None:
    from extractor.exports import TABLES

    p = sub.add_parser(
        "extract",
        help="extract problems, entities and metadata from notices",
        description="Extract problems, entities and metadata. JSON output is always a list "
        "(one object per notice, in input order); JSON Lines is one object per line.",
    )
    add_input_args(p)
    p.add_argument(
        "--format",
        "-f",
        choices=FORMATS,
        help="output format (default: from the -o suffix .json/.jsonl/.csv/.xlsx, else json)",
    )
    add_output_args(p, required=False, help="output file (default: standard output)")
    p.add_argument(
        "--table",
        choices=TABLES,
        default="entities",
        help="the table --format csv writes (xlsx has them all as sheets)",
    )
    p.add_argument("--include-text", action="store_true", help="include each input text in JSON")
    add_progress_args(p)
    p.add_argument(
        "--jobs",
        "-j",
        type=_positive_int,
        default=1,
        metavar="N",
        help="worker processes, each loading the pipeline once (default 1)",
    )
    add_model_args(p)
    p.set_defaults(func=cmd_extract)


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


def cmd_extract(args: argparse.Namespace) -> int:
    from extractor.exports import format_for, write_output

    fmt = format_for(args.output, args.format)
    if fmt == "xlsx" and not args.output:
        raise CliError("--format xlsx needs an output file: -o FILE.xlsx")
    output = prepare_output(args)
    inputs = expand_inputs(args.files)
    if any(i.path is None and i.problem is None for i in inputs) and sys.stdin.isatty():
        raise CliError("no input: name notice files or folders, or pipe text into standard input")
    run = run_extraction(inputs, args, desc="extract")
    stream = None if output is not None else _stdout_bytes()
    write_output(
        run.notices,
        fmt,
        output,
        table=args.table,
        include_text=args.include_text,
        stream=stream,
    )
    if output is not None:
        say(f"wrote {len(run.notices)} notice(s) to {output} ({fmt})")
    return run.exit_status


def _stdout_bytes() -> Any:
    """Standard output as bytes (UTF-8 whatever the locale; surrogates already escaped)."""
    sys.stdout.flush()
    return getattr(sys.stdout, "buffer", None) or _TextSink(sys.stdout)


class _TextSink:
    """Bytes into a text stream that has no ``buffer`` (an ``io.StringIO``)."""

    def __init__(self, stream: Any):
        self.stream = stream

    def write(self, data: bytes) -> None:
        self.stream.write(data.decode("utf-8"))

    def flush(self) -> None:
        self.stream.flush()


# ---------------------------------------------------------------- serve


def add_serve_command(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "serve",
        help="HTTP service: POST /extract, POST /batch, GET /health, /version",
        description="Serve the extractor over HTTP (needs the [serve] extra: "
        "pip install 'extractor[serve]'). OpenAPI schema at /openapi.json, docs at /docs.",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument(
        "--workers", type=_positive_int, default=1, help="server processes, one pipeline each"
    )
    p.add_argument(
        "--max-mb", type=float, default=5.0, help="largest request body in MB (default 5)"
    )
    p.add_argument("--timeout", type=float, default=120.0, help="seconds per request (default 120)")
    p.add_argument(
        "--max-batch", type=_positive_int, default=64, help="documents per /batch (default 64)"
    )
    add_model_args(p)
    p.set_defaults(func=cmd_serve)


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        from extractor.service import ServiceSettings, serve
    except ImportError as err:
        raise CliError(f"{err}; install the service extra: pip install 'extractor[serve]'") from err
    from extractor.model_path import resolve_model_path

    if args.backend == "bert":
        resolve_model_path(args.model)  # no model: a clear error before the server starts
    settings = ServiceSettings(
        backend=args.backend,
        model=args.model,
        max_bytes=int(args.max_mb * 1024 * 1024),
        timeout=args.timeout,
        max_batch=args.max_batch,
    )
    serve(args.host, args.port, settings=settings, workers=args.workers)
    return 0


# ---------------------------------------------------------------- parser and main


def build_parser() -> argparse.ArgumentParser:
    from extractor import __version__

    parser = argparse.ArgumentParser(
        prog="extractor",
        description="Structured data from Chinese inspection-rectification notices.",
        epilog="Run 'extractor COMMAND --help' for the options of a command.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add_extract_command(sub)
    add_serve_command(sub)
    for register in _EXTRA_COMMANDS:
        register(sub)
    return parser


#: further subcommands (train, evaluate, annotate, report) register themselves here
_EXTRA_COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = []


def main(argv: Sequence[str] | None = None) -> int:
    _load_extra_commands()
    parser = build_parser()
    args = parser.parse_args(argv)
    quiet_third_party()
    try:
        if getattr(args, "check_output", False):  # commands that write their own output
            prepare_output(args)
        return int(args.func(args) or 0)
    except CliError as err:
        print(f"extractor: error: {_shown(str(err))}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("extractor: interrupted", file=sys.stderr)
        return 130
    except Exception as err:
        from extractor.model_path import ModelNotFoundError

        if isinstance(err, ModelNotFoundError):
            print(f"extractor: error: {_shown(str(err))}", file=sys.stderr)
            return EXIT_USAGE
        raise


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
