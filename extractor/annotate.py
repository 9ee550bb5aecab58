"""Extraction results as pre-annotations for the annotation tools.

Annotators correct faster than they annotate from scratch, so new documents
go to doccano or Label Studio pre-filled with what the pipeline found. The
records are the guideline's JSONL records (ANNOTATION.md §1): entity spans and
the heading lines with level, kind and problem statement. Every offset the
pipeline reports already indexes the caller's text, so spans and headings
carry over unchanged; only the text of a document printed twice is cut to
its first copy (the copy that was analysed), as in the gold corpus, so that
annotators are not shown an unannotated second half.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from extractor.result import Notice
from extractor.spans import Span

if TYPE_CHECKING:  # training depends on extractor, never the reverse at import time
    from training.corpus import AnnotatedDocument

__all__ = ["FORMATS", "to_annotated_document", "to_annotated_documents", "write_pre_annotations"]

FORMATS = ("jsonl", "doccano", "labelstudio")


def _doc_id(notice: Notice, index: int) -> str:
    if notice.source:
        return Path(notice.source).stem
    return f"{index:04d}"


def to_annotated_document(
    notice: Notice, doc_id: str, *, trim_duplicate: bool = True
) -> AnnotatedDocument:
    """One guideline record for one notice (see :func:`to_annotated_documents`)."""
    from training.corpus import AnnotatedDocument, HeadingAnnotation

    end = len(notice.text)
    if trim_duplicate and notice.duplicate_from is not None:
        end = notice.duplicate_from
    text = notice.text[:end]
    spans = sorted(
        {Span(e.start, e.end, e.label) for e in notice.entities if 0 <= e.start < e.end <= end}
    )
    headings: list[HeadingAnnotation] = []
    for h in notice.headings:
        if not 0 <= h.start < h.end <= end:
            continue
        problem = None
        if h.kind == "problem":
            # the guideline requires a statement on every problem heading
            problem = h.problem if h.problem else h.title
        headings.append(HeadingAnnotation(h.start, h.end, h.level, h.kind, problem))
    return AnnotatedDocument(
        id=doc_id, source=notice.source or "", text=text, spans=spans, headings=headings
    )


def to_annotated_documents(
    notices: Iterable[Notice],
    *,
    ids: Sequence[str] | None = None,
    trim_duplicate: bool = True,
) -> list[AnnotatedDocument]:
    """Guideline JSONL records (:class:`training.corpus.AnnotatedDocument`) for notices.

    ``ids`` names the documents; by default a notice's id is its source file
    stem (or its position when it has no source). ``trim_duplicate`` cuts a
    document printed twice to the analysed first copy.
    """
    notices = list(notices)
    if ids is not None and len(ids) != len(notices):
        raise ValueError(f"{len(ids)} ids for {len(notices)} notices")
    docs: list[AnnotatedDocument] = []
    seen: set[str] = set()
    for i, notice in enumerate(notices):
        doc_id = ids[i] if ids is not None else _doc_id(notice, i)
        if doc_id in seen:
            raise ValueError(f"duplicate document id {doc_id!r}; pass ids=")
        seen.add(doc_id)
        docs.append(to_annotated_document(notice, doc_id, trim_duplicate=trim_duplicate))
    return docs


def write_pre_annotations(
    notices: Iterable[Notice],
    out_path: str | Path,
    fmt: str = "jsonl",
    *,
    ids: Sequence[str] | None = None,
    trim_duplicate: bool = True,
) -> Path:
    """Write pre-annotations in our JSONL, doccano JSONL or Label Studio JSON.

    Label Studio gets the spans as *predictions* (model version
    ``extractor``), which is what its interface offers an annotator to accept
    or correct; doccano has no such distinction, so they are its labels.
    Headings travel as metadata in both tools and come back on import.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {FORMATS}")
    from training import formats
    from training.corpus import write_jsonl

    docs = to_annotated_documents(notices, ids=ids, trim_duplicate=trim_duplicate)
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "jsonl":
        write_jsonl(docs, out_path)
    elif fmt == "doccano":
        formats.write_doccano(docs, out_path)
    else:
        formats.write_labelstudio(docs, out_path, predictions=True)
    return out_path
