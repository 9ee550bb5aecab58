"""Import/export for the annotation tools doccano and Label Studio, and spaCy's DocBin.

Both tools store entity spans as character offsets into the task text, which
maps one to one onto our records. Neither has a place for our headings
(level, kind, problem statement), so they travel as metadata: doccano's
``meta`` object, Label Studio's ``data.meta``. A round trip through either
format therefore returns the same document.

Offsets are Python code points on export. On Label Studio import each
result's ``value.text`` is checked against the text; older Label Studio
versions counted UTF-16 code units (a character outside the BMP counts
twice), and such offsets are converted when that is what makes the text
match.

A DocBin (``--format spacy``, export only) holds the gold entities as ``doc.ents``
of blank ``zh`` docs, one token per character, so every gold span fits whatever
the pipeline's own segmentation; ``python -m spacy evaluate`` reads it and prints the
pipeline's exact-span ``ents_p/r/f``, the same figures as ``extractor evaluate``.

CLI::

    python -m training.formats export --format doccano corpus/gold out.jsonl
    python -m training.formats import --format labelstudio tasks.json gold.jsonl
    python -m training.formats export --format spacy ../shared/data/notices/notices.jsonl dev.spacy
    python -m spacy evaluate models/extractor-zh dev.spacy
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from training.corpus import (
    AnnotatedDocument,
    CorpusFormatError,
    document_from_dict,
    load_corpus,
    write_jsonl,
)

__all__ = [
    "to_doccano",
    "from_doccano",
    "to_labelstudio",
    "from_labelstudio",
    "read_doccano",
    "write_doccano",
    "read_labelstudio",
    "write_labelstudio",
    "main",
]

_META_KEYS = ("doc_id", "source", "headings")


def _meta(doc: AnnotatedDocument) -> dict[str, object]:
    return {
        "doc_id": doc.id,
        "source": doc.source,
        "headings": [h.to_dict() for h in doc.headings],
    }


def _find_meta(record: dict[str, Any], *places: Any) -> dict[str, Any]:
    """Our metadata, wherever a tool put it.

    doccano keeps unknown import columns as metadata and writes them back as
    top-level keys on export, or nested under ``meta``; look in all of them.
    """
    found: dict[str, Any] = {}
    candidates: list[Any] = [record, *places]
    i = 0
    while i < len(candidates):
        obj = candidates[i]
        i += 1
        if not isinstance(obj, dict):
            continue
        for key in _META_KEYS:
            if key in obj and key not in found:
                found[key] = obj[key]
        if isinstance(obj.get("meta"), dict):
            candidates.append(obj["meta"])
    return found


def _build(
    text: Any, spans: list[dict[str, Any]], meta: dict[str, Any], fallback_id: str, source: str
) -> AnnotatedDocument:
    doc_id = meta.get("doc_id", fallback_id)
    return document_from_dict(
        {
            "id": str(doc_id),
            "source": meta.get("source", source),
            "text": text,
            "spans": spans,
            "headings": meta.get("headings", []),
        },
        where=f"document {doc_id}",
    )


# ---------------------------------------------------------------- doccano


def to_doccano(doc: AnnotatedDocument, style: str = "label") -> dict[str, object]:
    """One doccano JSONL record; ``style`` is ``label`` (``[[s, e, L]]``) or ``entities``."""
    record: dict[str, object] = {"text": doc.text}
    if style == "label":
        record["label"] = [[s.start, s.end, s.label] for s in doc.spans]
    elif style == "entities":
        record["entities"] = [
            {"id": i, "label": s.label, "start_offset": s.start, "end_offset": s.end}
            for i, s in enumerate(doc.spans)
        ]
        record["relations"] = []
    else:
        raise ValueError(f"unknown doccano style {style!r} (label or entities)")
    record["meta"] = _meta(doc)
    return record


def from_doccano(record: dict[str, Any], index: int = 0, source: str = "") -> AnnotatedDocument:
    """A document from a doccano record in either export style."""
    if not isinstance(record, dict) or "text" not in record:
        raise CorpusFormatError(f"doccano record #{index}: expected an object with 'text'")
    spans: list[dict[str, Any]] = []
    items = record.get("entities")
    if items is None:
        items = record.get("label", record.get("labels", []))
    for item in items:
        if isinstance(item, dict):
            spans.append(
                {"start": item["start_offset"], "end": item["end_offset"], "label": item["label"]}
            )
        elif isinstance(item, list | tuple) and len(item) == 3:
            spans.append({"start": item[0], "end": item[1], "label": item[2]})
        else:
            raise CorpusFormatError(f"doccano record #{index}: unreadable label {item!r}")
    spans.sort(key=lambda s: (s["start"], s["end"]))
    fallback = str(record.get("id", f"{index:03d}"))
    return _build(record["text"], spans, _find_meta(record), fallback, source)


def write_doccano(
    docs: Iterable[AnnotatedDocument], path: str | Path, style: str = "label"
) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for doc in docs:
            f.write(json.dumps(to_doccano(doc, style), ensure_ascii=False) + "\n")


def _json_records(path: Path) -> list[Any]:
    """A JSON array file or a JSON Lines file (doccano exports both)."""
    content = path.read_text(encoding="utf-8")
    if content.lstrip().startswith("["):
        return json.loads(content)
    return [json.loads(line) for line in content.split("\n") if line.strip()]


def read_doccano(path: str | Path) -> list[AnnotatedDocument]:
    path = Path(path)
    return [from_doccano(rec, i, source=str(path)) for i, rec in enumerate(_json_records(path))]


# ---------------------------------------------------------------- Label Studio


def to_labelstudio(
    doc: AnnotatedDocument,
    *,
    predictions: bool = False,
    from_name: str = "label",
    to_name: str = "text",
    model_version: str = "extractor",
) -> dict[str, object]:
    """One Label Studio task with the spans as an annotation (or a prediction)."""
    result = [
        {
            "id": f"{doc.id}-{i}",
            "from_name": from_name,
            "to_name": to_name,
            "type": "labels",
            "value": {
                "start": s.start,
                "end": s.end,
                "text": doc.text[s.start : s.end],
                "labels": [s.label],
            },
        }
        for i, s in enumerate(doc.spans)
    ]
    task: dict[str, object] = {"data": {"text": doc.text, "meta": _meta(doc)}}
    if predictions:
        task["predictions"] = [{"model_version": model_version, "result": result}]
    else:
        task["annotations"] = [{"result": result}]
    return task


def _utf16_to_codepoint(text: str) -> dict[int, int]:
    mapping, units = {}, 0
    for i, ch in enumerate(text):
        mapping[units] = i
        units += 2 if ord(ch) > 0xFFFF else 1
    mapping[units] = len(text)
    return mapping


def _choose_result(task: dict[str, Any], use: str) -> list[Any]:
    annotations = [
        a
        for a in task.get("annotations") or task.get("completions") or []
        if isinstance(a, dict) and not a.get("was_cancelled")
    ]
    predictions = [p for p in task.get("predictions") or [] if isinstance(p, dict)]
    if use == "predictions":
        chosen = predictions
    elif use == "annotations":
        chosen = annotations
    elif use == "auto":
        chosen = annotations or predictions
    else:
        raise ValueError(f"unknown source {use!r} (annotations, predictions or auto)")
    if not chosen:
        return []
    # several annotators: the most recently updated annotation wins
    best = max(enumerate(chosen), key=lambda p: (str(p[1].get("updated_at", "")), p[0]))[1]
    return best.get("result", [])


def from_labelstudio(
    task: dict[str, Any], index: int = 0, source: str = "", use: str = "auto"
) -> AnnotatedDocument:
    """A document from a Label Studio task (``use``: annotations, predictions or auto).

    ``auto`` takes a (non-cancelled) annotation when there is one, else a prediction.
    """
    data = task.get("data") if isinstance(task, dict) else None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise CorpusFormatError(f"Label Studio task #{index}: no data.text")
    text = data["text"]
    utf16: dict[int, int] | None = None
    spans: list[dict[str, Any]] = []
    for item in _choose_result(task, use):
        if not isinstance(item, dict) or item.get("type") != "labels":
            continue
        value = item["value"]
        start, end = value["start"], value["end"]
        shown = value.get("text")
        if shown is not None and text[start:end] != shown:
            utf16 = utf16 if utf16 is not None else _utf16_to_codepoint(text)
            if start in utf16 and end in utf16 and text[utf16[start] : utf16[end]] == shown:
                start, end = utf16[start], utf16[end]
            else:
                raise CorpusFormatError(
                    f"Label Studio task #{index}: offsets {start}-{end} give "
                    f"{text[start:end]!r}, result says {shown!r}"
                )
        for label in value.get("labels", []):
            spans.append({"start": start, "end": end, "label": label})
    spans.sort(key=lambda s: (s["start"], s["end"]))
    meta = _find_meta(data, task.get("meta"))
    fallback = str(task.get("id", f"{index:03d}"))
    return _build(text, spans, meta, fallback, source)


def write_labelstudio(
    docs: Iterable[AnnotatedDocument], path: str | Path, *, predictions: bool = False
) -> None:
    tasks = [to_labelstudio(doc, predictions=predictions) for doc in docs]
    Path(path).write_text(json.dumps(tasks, ensure_ascii=False, indent=1), encoding="utf-8")


def read_labelstudio(path: str | Path, use: str = "auto") -> list[AnnotatedDocument]:
    path = Path(path)
    content = json.loads(path.read_text(encoding="utf-8"))
    tasks = content if isinstance(content, list) else [content]
    return [from_labelstudio(t, i, source=str(path), use=use) for i, t in enumerate(tasks)]


def to_docbin(docs: Iterable[AnnotatedDocument]):
    """A spaCy ``DocBin`` of reference docs: character tokens, gold spans as ents."""
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("zh")  # the default zh segmenter: one token per character
    out = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE"])
    for doc in docs:
        reference = nlp.make_doc(doc.text)
        reference.ents = [
            reference.char_span(s.start, s.end, label=s.label, alignment_mode="strict")
            for s in doc.spans
        ]
        out.add(reference)
    return out


def write_docbin(docs: Iterable[AnnotatedDocument], path: str | Path) -> None:
    to_docbin(docs).to_disk(path)


# ---------------------------------------------------------------- CLI


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m training.formats",
        description="Convert between our JSONL records and doccano / Label Studio.",
    )
    parser.add_argument("direction", choices=("export", "import"))
    parser.add_argument("--format", required=True, choices=("doccano", "labelstudio", "spacy"))
    parser.add_argument("input", help="export: our JSONL file or directory; import: tool file")
    parser.add_argument("output", help="export: tool file; import: our JSONL file")
    parser.add_argument(
        "--style", default="label", choices=("label", "entities"), help="doccano export style"
    )
    parser.add_argument(
        "--predictions", action="store_true", help="Label Studio export: spans as predictions"
    )
    parser.add_argument(
        "--use",
        default="auto",
        choices=("auto", "annotations", "predictions"),
        help="Label Studio import: which results to read",
    )
    args = parser.parse_args(argv)
    try:
        if args.direction == "export":
            docs = load_corpus(args.input)
            if args.format == "doccano":
                write_doccano(docs, args.output, args.style)
            elif args.format == "spacy":
                write_docbin(docs, args.output)
            else:
                write_labelstudio(docs, args.output, predictions=args.predictions)
        else:
            if args.format == "spacy":
                parser.error("a DocBin is written for spacy evaluate; import is not supported")
            if args.format == "doccano":
                docs = read_doccano(args.input)
            else:
                docs = read_labelstudio(args.input, use=args.use)
            write_jsonl(docs, args.output)
    except (CorpusFormatError, OSError, json.JSONDecodeError, KeyError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"{args.direction}ed {len(docs)} document(s): {args.input} -> {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
