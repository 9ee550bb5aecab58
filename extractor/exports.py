"""Writing results to files: JSON, JSON Lines, CSV and Excel workbooks.

Analysts open these files in Excel, so every table cell is made safe and
readable there:

- a text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
  return gets a leading ``'`` so that a spreadsheet shows it as text instead of
  running it as a formula (a notice may quote ``=HYPERLINK(…)``);
- line breaks inside a cell are removed (a PDF line break inside an entity is
  not part of the name), and control characters that Excel refuses in a
  workbook (a form feed from ``pdftotext``) are dropped;
- text that cannot be encoded (a file name that was not UTF-8, kept by Python as
  surrogate escapes) is written as ``\\xNN`` instead of failing.

JSON keeps every string as the result has it (JSON cannot run formulas); its
shape is fixed: ``json`` is always a list with one object per notice, in input
order, even for one notice, and ``jsonl`` is one object per line.

Every file is written atomically: to a temporary file in the target directory,
renamed over the target only once complete, so a failure never leaves a
truncated workbook behind.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, fields, is_dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from extractor.result import Notice

FORMATS: tuple[str, ...] = ("json", "jsonl", "csv", "xlsx")
#: the tables of a workbook (its sheets, in order) and the choices of ``csv``
TABLES: tuple[str, ...] = ("problems", "entities", "headings", "metadata")
#: file suffixes that name a format when ``--format`` is not given
SUFFIX_FORMATS: dict[str, str] = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".csv": "csv",
    ".xlsx": "xlsx",
}
#: what a spreadsheet reads as the start of a formula (OWASP "CSV injection")
FORMULA_PREFIXES: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")

_LINE_BREAK = re.compile(r"[ \t]*(?:\r\n|[\n\r\x0b\x0c\x85\u2028\u2029])[ \t]*")
#: C0 controls Excel refuses in a workbook (tab, LF and CR are allowed, and handled above)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_ASCII_WORD = re.compile(r"[0-9A-Za-z]")
#: widest column of a workbook, in Excel character units
MAX_WIDTH = 60


class OutputError(ValueError):
    """An output path that cannot or must not be written (says why)."""


# ---------------------------------------------------------------- cell text


def printable(text: str) -> str:
    """``text`` with surrogate escapes as ``\\xNN`` (any other lone surrogate as U+FFFD).

    Python keeps the bytes of a non-UTF-8 file name as lone surrogates, which
    no UTF-8 file can hold."""

    def escape(match: re.Match[str]) -> str:
        code = ord(match.group())
        return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else "\ufffd"

    return _SURROGATE.sub(escape, text)


def printable_copy(obj: Any) -> Any:
    """A copy of a result with every string passed through :func:`printable`.

    pandas' string columns refuse lone surrogates, and a notice can carry them
    in its file name or, from a hostile input, in any text."""
    if isinstance(obj, str):
        return printable(obj)
    if is_dataclass(obj) and not isinstance(obj, type):
        changes = {f.name: printable_copy(getattr(obj, f.name)) for f in fields(obj) if f.init}
        return replace(obj, **changes)
    if isinstance(obj, list):
        return [printable_copy(v) for v in obj]
    if isinstance(obj, dict):
        return {k: printable_copy(v) for k, v in obj.items()}
    return obj


def _join_lines(match: re.Match[str]) -> str:
    """A line break between two Latin letters/digits becomes a space; elsewhere nothing."""
    text = match.string
    before = text[match.start() - 1] if match.start() > 0 else ""
    after = text[match.end()] if match.end() < len(text) else ""
    return " " if _ASCII_WORD.match(before) and _ASCII_WORD.match(after) else ""


def neutralise(text: str) -> str:
    """A leading ``'`` on text a spreadsheet would read as a formula."""
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def cell_text(text: str) -> str:
    """A string as a table cell: one line, no control characters, no formula."""
    text = _LINE_BREAK.sub(_join_lines, printable(text))
    return neutralise(_CONTROL.sub("", text))


def cell_value(value: Any) -> Any:
    """A value as a table cell: numbers and booleans kept, text cleaned, nested data as JSON."""
    if value is None:
        return None
    if hasattr(value, "item") and not isinstance(value, str | bytes):  # numpy scalars
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        return cell_text(value)
    if isinstance(value, dict | list | tuple):
        return cell_text(json.dumps(value, ensure_ascii=False))
    try:
        import pandas as pd

        if value is pd.NA or value is pd.NaT:
            return None
    except ImportError:  # pragma: no cover - pandas is a dependency
        pass
    return cell_text(str(value))


# ---------------------------------------------------------------- tables


def _with_source(frame: pd.DataFrame, source: str | None) -> pd.DataFrame:
    if "source" not in frame.columns:
        frame.insert(0, "source", source)
    return frame


def _flatten(prefix: str, value: Any, out: dict[str, Any]) -> None:
    """Nested dicts as ``a.b`` columns, lists as ``; ``-joined text."""
    if isinstance(value, dict):
        for key, inner in value.items():
            _flatten(f"{prefix}.{key}" if prefix else str(key), inner, out)
    elif isinstance(value, list | tuple):
        out[prefix] = "; ".join(
            json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else str(v)
            for v in value
        )
    else:
        out[prefix] = value


def metadata_row(notice: Notice) -> dict[str, Any]:
    """One notice's metadata as flat columns (``period.start``, ``stated_totals.problems``…)."""
    row: dict[str, Any] = {"source": notice.source}
    metadata = notice.metadata
    _flatten("", asdict(metadata) if is_dataclass(metadata) else dict(metadata), row)
    row["problems_found"] = len(notice.problems)
    row["entities_found"] = len(notice.entities)
    row["duplicate_from"] = notice.duplicate_from
    row["backend"] = notice.backend
    row["warnings"] = "; ".join(notice.warnings)
    return row


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    import pandas as pd

    frames = [f for f in frames if len(f.columns)]
    if not frames:
        return pd.DataFrame()
    non_empty = [f for f in frames if len(f)] or frames[:1]
    return pd.concat(non_empty, ignore_index=True)


def table_frames(notices: Sequence[Notice]) -> dict[str, pd.DataFrame]:
    """The four tables of a set of notices, one row per problem, entity, heading, notice.

    Columns come from :class:`~extractor.result.Notice`'s own frames, so a new
    field there appears here without a change."""
    import pandas as pd

    from extractor.result import Heading

    notices = [printable_copy(n) for n in notices]
    headings = []
    for n in notices:
        frame = n.headings_frame()
        if not len(frame.columns):
            frame = pd.DataFrame(columns=list(Heading.__dataclass_fields__))
        headings.append(_with_source(frame, n.source))
    frames = {
        "problems": _concat([n.problems_frame() for n in notices]),
        "entities": _concat([n.entities_frame() for n in notices]),
        "headings": _concat(headings),
        "metadata": _drop_empty_parents(pd.DataFrame([metadata_row(n) for n in notices])),
    }
    if not notices:  # empty tables still name their columns
        from extractor.result import Metadata, Notice

        empty = Notice(
            text="", metadata=Metadata(), headings=[], problems=[], entities=[], backend=""
        )
        frames["problems"] = empty.problems_frame()
        frames["entities"] = empty.entities_frame()
        frames["headings"] = pd.DataFrame(columns=["source", *Heading.__dataclass_fields__])
        frames["metadata"] = pd.DataFrame(columns=list(metadata_row(empty)))
    return {name: _tidy(frame) for name, frame in frames.items()}


def _drop_empty_parents(frame: pd.DataFrame) -> pd.DataFrame:
    """Drop ``date`` when every notice that has one has ``date.start`` etc. instead."""
    empty = [
        c
        for c in frame.columns
        if any(str(o).startswith(f"{c}.") for o in frame.columns) and frame[c].isna().all()
    ]
    return frame.drop(columns=empty)


def _tidy(frame: pd.DataFrame) -> pd.DataFrame:
    """Whole-number float columns (a number with gaps) as integers, so CSV says 3, not 3.0."""
    for column in frame.columns:
        series = frame[column]
        if series.dtype.kind == "f":
            values = series.dropna()
            if len(values) and (values == values.round()).all() and values.abs().max() < 2**53:
                frame[column] = series.astype("Int64")
    return frame


# ---------------------------------------------------------------- writers


def csv_text(notices: Sequence[Notice], table: str = "entities") -> str:
    """One table as CSV text, every cell passed through :func:`cell_value`."""
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; choose one of {TABLES}")
    frame = table_frames(notices)[table]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([cell_text(str(c)) for c in frame.columns])
    for row in frame.itertuples(index=False, name=None):
        writer.writerow(["" if (v := cell_value(x)) is None else v for x in row])
    return buffer.getvalue()


def json_text(notices: Iterable[Notice], *, include_text: bool = False) -> str:
    """A JSON list, one object per notice in input order (also for one notice)."""
    dicts = [n.to_dict(include_text=include_text) for n in notices]
    return json.dumps(dicts, ensure_ascii=False, indent=2) + "\n"


def jsonl_lines(notices: Iterable[Notice], *, include_text: bool = False) -> Iterator[str]:
    """One compact JSON object per notice, each line ending in a newline."""
    for n in notices:
        yield json.dumps(n.to_dict(include_text=include_text), ensure_ascii=False) + "\n"


def encode_text(text: str) -> bytes:
    """UTF-8, with surrogate escapes as ``\\udcNN`` (a valid JSON escape, never an error)."""
    return text.encode("utf-8", "backslashreplace")


def _display_width(value: Any) -> int:
    text = "" if value is None else str(value)
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text[:200])


def write_xlsx(notices: Sequence[Notice], path: str | os.PathLike[str]) -> Path:
    """A workbook with sheets problems, entities, headings and metadata (atomically).

    Each sheet has a bold header row frozen in place, an autofilter, and column
    widths fitted to the content (capped at :data:`MAX_WIDTH`)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    workbook.remove(workbook.active)
    bold = Font(bold=True)
    for name, frame in table_frames(notices).items():
        sheet = workbook.create_sheet(name)
        header = [cell_text(str(c)) for c in frame.columns]
        sheet.append(header)
        widths = [_display_width(h) for h in header]
        for row in frame.itertuples(index=False, name=None):
            cells = [cell_value(v) for v in row]
            sheet.append(cells)
            for i, value in enumerate(cells):
                widths[i] = max(widths[i], _display_width(value))
        for cell in sheet[1]:
            cell.font = bold
            cell.alignment = Alignment(vertical="top")
        _format_money(sheet, header)
        for i, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(i)].width = min(MAX_WIDTH, max(6, width + 2))
        sheet.freeze_panes = "A2"
        if header:
            sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{max(1, sheet.max_row)}"
    with atomic_path(path) as tmp:
        workbook.save(tmp)
    return Path(path)


def _format_money(sheet: Any, header: list[str]) -> None:
    """Sums of money with thousands separators (2,083,000), as Excel users read them."""
    for i, name in enumerate(header, start=1):
        if "amount" not in name and "yuan" not in name:
            continue
        for (cell,) in sheet.iter_rows(min_row=2, min_col=i, max_col=i):
            if isinstance(cell.value, int | float) and not isinstance(cell.value, bool):
                cell.number_format = "#,##0" if float(cell.value).is_integer() else "#,##0.00"


def write_output(
    notices: Sequence[Notice],
    fmt: str,
    path: str | os.PathLike[str] | None = None,
    *,
    table: str = "entities",
    include_text: bool = False,
    stream: Any = None,
) -> None:
    """Write ``notices`` in ``fmt`` to ``path`` (atomically), or to ``stream``'s bytes.

    ``stream`` is a binary file object (``sys.stdout.buffer``); ``xlsx`` needs a path."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {FORMATS}")
    if fmt == "xlsx":
        if path is None:
            raise OutputError("--format xlsx needs an output file (-o FILE.xlsx)")
        write_xlsx(notices, path)
        return
    if fmt == "csv":
        # a file gets a BOM so that Excel reads it as UTF-8; a pipe gets plain UTF-8
        data = encode_text(csv_text(notices, table))
        prefix = b"\xef\xbb\xbf" if path is not None else b""
        _emit(prefix + data, path, stream)
    elif fmt == "jsonl":
        _emit(encode_text("".join(jsonl_lines(notices, include_text=include_text))), path, stream)
    else:
        _emit(encode_text(json_text(notices, include_text=include_text)), path, stream)


def _emit(data: bytes, path: str | os.PathLike[str] | None, stream: Any) -> None:
    if path is None:
        stream.write(data)
        stream.flush()
    else:
        write_bytes_atomic(path, data)


# ---------------------------------------------------------------- files


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)
    return Path(path)


@contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary path beside ``path``, renamed onto it when the block succeeds.

    The temporary file lives in the same directory, so ``os.replace`` is an
    atomic rename: readers see the old file or the complete new one, never a
    partial one. On an exception the temporary file is removed."""
    target = Path(path)
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(handle)
    tmp = Path(name)
    try:
        yield tmp
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; a normal file is 0666 - umask
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


def prepare_output(
    path: str | os.PathLike[str], *, force: bool = False, directory: bool = False
) -> Path:
    """Check an output path before any work: its folder is created, an existing file refused.

    ``directory``: the output is a folder (a model), refused when it exists and
    is not empty. ``force`` allows overwriting. Raises :class:`OutputError`."""
    target = Path(path)
    shown = printable(str(target))
    if directory:
        if target.exists() and not target.is_dir():
            raise OutputError(f"output {shown} exists and is not a directory")
        if target.is_dir() and any(target.iterdir()) and not force:
            raise OutputError(f"output directory {shown} is not empty; pass --force to overwrite")
        parent = target
    else:
        if target.is_dir():
            raise OutputError(f"output {shown} is a directory; name a file")
        if target.exists() and not force:
            raise OutputError(f"output {shown} exists; pass --force to overwrite it")
        parent = target.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(
            f"cannot create the output directory {printable(str(parent))}: {err.strerror or err}"
        ) from err
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(f"cannot write into {printable(str(parent))}: permission denied")
    return target


def format_for(path: str | os.PathLike[str] | None, fmt: str | None) -> str:
    """The format asked for, else the one the output file's suffix names, else JSON."""
    if fmt:
        return fmt
    if path is not None:
        return SUFFIX_FORMATS.get(Path(path).suffix.lower(), "json")
    return "json"
