"""Reading and writing annotated documents (ANNOTATION.md §1 record format).

One JSON object per line: ``{"id", "source", "text", "spans", "headings"}``.
Reading checks only the *shape* of a record (keys present, offsets are
integers) so that a malformed line fails loudly with its file and line
number; whether the offsets make sense is the validator's job
(:mod:`training.validate`), which reports every problem at once instead of
stopping at the first.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractor.spans import Span

__all__ = [
    "AnnotatedDocument",
    "HeadingAnnotation",
    "CorpusFormatError",
    "read_jsonl",
    "write_jsonl",
    "load_corpus",
    "document_from_dict",
]


class CorpusFormatError(ValueError):
    """A record that cannot be read as an annotated document."""


@dataclass(frozen=True, order=True)
class HeadingAnnotation:
    """A structural heading line ``text[start:end]`` (marker and title).

    ``problem`` is the quoted problem statement; it is set exactly when
    ``kind == "problem"`` (the validator enforces this).
    """

    start: int
    end: int
    level: int
    kind: str
    problem: str | None = None

    def text_in(self, text: str) -> str:
        return text[self.start : self.end]

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "start": self.start,
            "end": self.end,
            "level": self.level,
            "kind": self.kind,
        }
        if self.problem is not None:
            out["problem"] = self.problem
        return out


@dataclass
class AnnotatedDocument:
    """One gold (or predicted) document: its exact text and offsets into it."""

    id: str
    source: str
    text: str
    spans: list[Span] = field(default_factory=list)
    headings: list[HeadingAnnotation] = field(default_factory=list)
    #: where the record was read (``file:line``), for error messages; not serialised
    origin: str = field(default="", compare=False)

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "source": self.source,
            "text": self.text,
            "spans": [s.to_dict() for s in self.spans],
            "headings": [h.to_dict() for h in self.headings],
        }


def _int_field(obj: dict[str, Any], key: str, where: str) -> int:
    if key not in obj:
        raise CorpusFormatError(f"{where}: missing {key!r}")
    value = obj[key]
    # bool is an int subclass; true/false as an offset is always a mistake.
    if not isinstance(value, int) or isinstance(value, bool):
        raise CorpusFormatError(f"{where}: {key!r} must be an integer, got {value!r}")
    return value


def _str_field(obj: dict[str, Any], key: str, where: str) -> str:
    if key not in obj:
        raise CorpusFormatError(f"{where}: missing {key!r}")
    value = obj[key]
    if not isinstance(value, str):
        raise CorpusFormatError(f"{where}: {key!r} must be a string, got {value!r}")
    return value


def document_from_dict(obj: Any, where: str = "record") -> AnnotatedDocument:
    """Build a document from a decoded JSON object, checking its shape."""
    if not isinstance(obj, dict):
        raise CorpusFormatError(f"{where}: expected a JSON object, got {type(obj).__name__}")
    doc_id = obj.get("id")
    if isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    if not isinstance(doc_id, str):
        raise CorpusFormatError(f"{where}: 'id' must be a string, got {doc_id!r}")
    source = _str_field(obj, "source", where)
    text = _str_field(obj, "text", where)
    raw_spans = obj.get("spans", [])
    raw_headings = obj.get("headings", [])
    if not isinstance(raw_spans, list) or not isinstance(raw_headings, list):
        raise CorpusFormatError(f"{where}: 'spans' and 'headings' must be lists")
    spans: list[Span] = []
    for i, s in enumerate(raw_spans):
        w = f"{where} span #{i}"
        if not isinstance(s, dict):
            raise CorpusFormatError(f"{w}: expected an object, got {s!r}")
        spans.append(
            Span(_int_field(s, "start", w), _int_field(s, "end", w), _str_field(s, "label", w))
        )
    headings: list[HeadingAnnotation] = []
    for i, h in enumerate(raw_headings):
        w = f"{where} heading #{i}"
        if not isinstance(h, dict):
            raise CorpusFormatError(f"{w}: expected an object, got {h!r}")
        problem = h.get("problem")
        if problem is not None and not isinstance(problem, str):
            raise CorpusFormatError(f"{w}: 'problem' must be a string, got {problem!r}")
        headings.append(
            HeadingAnnotation(
                start=_int_field(h, "start", w),
                end=_int_field(h, "end", w),
                level=_int_field(h, "level", w),
                kind=_str_field(h, "kind", w),
                problem=problem,
            )
        )
    return AnnotatedDocument(doc_id, source, text, spans, headings)


def read_jsonl(path: str | Path) -> list[AnnotatedDocument]:
    """Read every document of a JSON Lines file (blank lines are skipped).

    The file is split on ``\\n`` only: JSON escapes line breaks inside
    strings, and splitting on other Unicode line separators (as
    ``str.splitlines`` would) could cut a record whose text contains one.
    """
    path = Path(path)
    with open(path, encoding="utf-8", newline="") as f:
        content = f.read()
    docs: list[AnnotatedDocument] = []
    for lineno, line in enumerate(content.split("\n"), start=1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CorpusFormatError(f"{where}: invalid JSON: {exc}") from exc
        doc = document_from_dict(obj, where)
        doc.origin = where
        docs.append(doc)
    return docs


def write_jsonl(docs: Iterable[AnnotatedDocument], path: str | Path) -> None:
    """Write documents one per line, UTF-8, non-ASCII kept readable."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for doc in docs:
            f.write(json.dumps(doc.to_dict(), ensure_ascii=False))
            f.write("\n")


def load_corpus(paths_or_dirs: str | Path | Iterable[str | Path]) -> list[AnnotatedDocument]:
    """Load documents from files and directories (a directory means its ``*.jsonl``).

    Files inside a directory are read in name order so that the corpus order,
    and everything derived from it (splits, datasets), is reproducible.
    """
    if isinstance(paths_or_dirs, str | Path):
        paths_or_dirs = [paths_or_dirs]
    docs: list[AnnotatedDocument] = []
    for entry in paths_or_dirs:
        entry = Path(entry)
        if entry.is_dir():
            for file in sorted(entry.glob("*.jsonl")):
                docs.extend(read_jsonl(file))
        else:
            docs.extend(read_jsonl(entry))
    return docs
