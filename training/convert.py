"""Spans ↔ character-level IOB2 tags ↔ Hugging Face datasets.

The model tags one label per *character* of the document text (Chinese has
no word boundaries we could trust, and offsets must map back exactly), so
the conversion is a bijection between a list of non-overlapping spans and a
list of ``len(text)`` tags: whitespace inside a span (a hard line break in a
PDF column) is tagged ``I-``, everything outside spans ``O``.

Long documents are fed to the model as overlapping windows (:func:`windows`)
rather than truncated, so every character is seen in training.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from extractor.spans import IOB2_TAGS, LABELS, Span
from training.corpus import AnnotatedDocument

if TYPE_CHECKING:  # datasets is heavy (pyarrow): import it only where used
    from datasets import Dataset, DatasetDict

__all__ = [
    "IOB2_LABELS",
    "TAG2ID",
    "Window",
    "spans_to_tags",
    "tags_to_spans",
    "windows",
    "to_dataset_dict",
    "dataset_to_documents",
]

#: The fixed tag list (the shared ``extractor.spans.IOB2_TAGS``): ``O`` then
#: ``B-``/``I-`` of every label in LABELS order; ClassLabel ids index it.
IOB2_LABELS: tuple[str, ...] = IOB2_TAGS
TAG2ID: dict[str, int] = {tag: i for i, tag in enumerate(IOB2_LABELS)}


def spans_to_tags(text: str, spans: Iterable[Span]) -> list[str]:
    """One IOB2 tag per character of ``text``.

    Raises ``ValueError`` for spans out of bounds, empty or overlapping: these
    cannot be encoded losslessly, and silently dropping one would corrupt the
    training data (run the validator first).
    """
    tags = ["O"] * len(text)
    for span in sorted(spans):
        if not (0 <= span.start < span.end <= len(text)):
            raise ValueError(f"span {span} out of bounds for a text of {len(text)} characters")
        if span.label not in LABELS:
            raise ValueError(f"span {span} has an unknown label")
        if any(tag != "O" for tag in tags[span.start : span.end]):
            raise ValueError(f"span {span} overlaps another span")
        tags[span.start] = f"B-{span.label}"
        for i in range(span.start + 1, span.end):
            tags[i] = f"I-{span.label}"
    return tags


def tags_to_spans(tags: Sequence[str]) -> list[Span]:
    """Decode IOB2 tags into spans (the inverse of :func:`spans_to_tags`).

    Model output is not always well formed: an ``I-X`` that does not continue
    a ``B-X``/``I-X`` starts a new span (the conlleval/seqeval convention), so
    nothing the model tagged is lost.
    """
    spans: list[Span] = []
    start: int | None = None
    label: str | None = None
    for i, tag in enumerate(tags):
        if tag == "O":
            prefix, tag_label = "O", None
        else:
            prefix, _, tag_label = tag.partition("-")
            if prefix not in ("B", "I") or tag_label not in LABELS:
                raise ValueError(f"invalid IOB2 tag {tag!r} at position {i}")
        continues = prefix == "I" and tag_label == label and start is not None
        if not continues:
            if start is not None and label is not None:
                spans.append(Span(start, i, label))
            start, label = (i, tag_label) if prefix != "O" else (None, None)
    if start is not None and label is not None:
        spans.append(Span(start, len(tags), label))
    return spans


@dataclass(frozen=True)
class Window:
    """A slice ``[start, end)`` of a document and its tags, used as one training example."""

    start: int
    end: int
    text: str
    tags: list[str]


def window_bounds(length: int, size: int = 256, stride: int = 192) -> list[tuple[int, int]]:
    """Window boundaries covering ``range(length)`` with overlap ``size - stride``.

    The last window is aligned to the end of the text (so it is full size
    whenever the text is), which keeps every character covered without a
    short ragged tail.
    """
    if size <= 0 or not (0 < stride <= size):
        raise ValueError(f"need size > 0 and 0 < stride <= size, got {size=}, {stride=}")
    if length <= size:
        return [(0, length)]
    starts = list(range(0, length - size + 1, stride))
    if starts[-1] + size < length:
        starts.append(length - size)
    return [(s, s + size) for s in starts]


def windows(text: str, tags: Sequence[str], size: int = 256, stride: int = 192) -> list[Window]:
    """Overlapping windows over a long document; no character is left out.

    Any span no longer than ``size - stride`` characters lies whole in at
    least one window; longer spans may be cut at a window edge, where the
    cut piece starts with an ``I-`` tag (decoded as a span by
    :func:`tags_to_spans`).
    """
    if len(text) != len(tags):
        raise ValueError(f"text has {len(text)} characters but {len(tags)} tags")
    return [
        Window(a, b, text[a:b], list(tags[a:b])) for a, b in window_bounds(len(text), size, stride)
    ]


def _features(with_ner_tags: bool, with_offset: bool):  # -> datasets.Features
    from datasets import ClassLabel, Features, Value

    try:
        from datasets import List as _List  # datasets >= 4
    except ImportError:  # pragma: no cover - older datasets
        from datasets import Sequence as _List

    columns = {
        "id": Value("string"),
        "chars": _List(Value("string")),
        "tags": _List(Value("string")),
    }
    if with_ner_tags:
        columns["ner_tags"] = _List(ClassLabel(names=list(IOB2_LABELS)))
    if with_offset:
        columns["offset"] = Value("int64")
    return Features(columns)


def to_dataset_dict(
    docs: Iterable[AnnotatedDocument],
    splits: Mapping[str, Iterable[str | AnnotatedDocument]],
    *,
    ner_tags: bool = True,
    window_size: int | None = None,
    stride: int | None = None,
) -> DatasetDict:
    """Build a ``DatasetDict`` with one split per entry of ``splits``.

    ``splits`` maps a split name to document ids (looked up in ``docs``) or to
    documents themselves (chunks from :func:`training.splits.train_dev_split`
    are not in ``docs``). Columns: ``id``, ``chars`` (one string per
    character), ``tags`` (IOB2 strings) and, unless ``ner_tags=False``,
    ``ner_tags`` (ClassLabel ids over :data:`IOB2_LABELS`). With
    ``window_size`` each row is one window (:func:`windows`), its id is
    ``"<doc id>@<offset>"`` and an ``offset`` column gives its start.
    """
    from datasets import Dataset, DatasetDict

    by_id = {doc.id: doc for doc in docs}
    features = _features(ner_tags, window_size is not None)
    out = {}
    for name, members in splits.items():
        rows: dict[str, list] = {key: [] for key in features}
        for member in members:
            doc = member if isinstance(member, AnnotatedDocument) else by_id[member]
            tags = spans_to_tags(doc.text, doc.spans)
            if window_size is None:
                pieces = [Window(0, len(doc.text), doc.text, tags)]
            else:
                step = stride if stride is not None else max(1, window_size * 3 // 4)
                pieces = windows(doc.text, tags, window_size, step)
            for piece in pieces:
                rows["id"].append(doc.id if window_size is None else f"{doc.id}@{piece.start}")
                rows["chars"].append(list(piece.text))
                rows["tags"].append(piece.tags)
                if ner_tags:
                    rows["ner_tags"].append([TAG2ID[t] for t in piece.tags])
                if window_size is not None:
                    rows["offset"].append(piece.start)
        out[name] = Dataset.from_dict(rows, features=features)
    return DatasetDict(out)


def dataset_to_documents(dataset: Dataset) -> list[AnnotatedDocument]:
    """Rows back to documents (text and spans; headings are not in the dataset).

    Uses ``tags`` when present, else decodes ``ner_tags`` through the
    ClassLabel names, so both columns can be checked against the source.
    """
    docs = []
    names = None
    if "tags" not in dataset.column_names:
        names = dataset.features["ner_tags"].feature.names
    for row in dataset:
        tags = row["tags"] if names is None else [names[i] for i in row["ner_tags"]]
        docs.append(
            AnnotatedDocument(
                id=row["id"], source="", text="".join(row["chars"]), spans=tags_to_spans(tags)
            )
        )
    return docs
