"""The extraction pipeline: text → structure → entities → values → links → Notice.

A notice flows once through a spaCy ``Doc``: the backend's pipeline cleans
the text, finds the rule spans and the entities, parses the structure and
gives each entity its value and place (:mod:`extractor.doc_view`);
:func:`notice_from_doc` reads the Doc into a :class:`Notice`. The backend is a
pipeline configuration chosen explicitly: ``"bert"`` (the shipped spaCy
pipeline, default) or ``"rules"`` (blank zh + ``extractor_rule_ner``, the
baseline); a missing model is an error, never a silent switch to rules.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from extractor.decoding import Decoded, decode
from extractor.failures import (
    DocumentError,
    FailedDocument,
    apply_policy,
    check_on_error,
    paired,
)
from extractor.metadata import extract_metadata
from extractor.result import Entity, Heading, Notice, Problem
from extractor.structure import Structure
from extractor.text import PreparedText
from extractor.values import ValueNormalizer

if TYPE_CHECKING:  # spaCy is imported when a pipeline is built, not with the package
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.tokens import Span as DocSpan

BACKENDS = ("bert", "rules")
#: a line break of any kind (CR, NEL, U+2028/9 too) with the spaces around it
_LINE_BREAK = re.compile(r"\s*[\n\r\x0b\x0c\x85\u2028\u2029]\s*")
#: the largest input accepted in one call; beyond it, split the document
MAX_CHARS = 20_000_000


class Recognizer(Protocol):
    """What a NER backend offers: a spaCy pipeline whose last component writes
    ``doc.ents`` and their values (:mod:`extractor.doc_view`)."""

    name: str
    nlp: Language


class RulesBackend:
    """The ``rules`` backend: a blank zh pipeline with ``extractor_rule_ner``."""

    name = "rules"

    def __init__(self) -> None:
        from extractor.recognizers.rule_ner import rules_pipeline

        self.nlp = rules_pipeline()


def decode_bytes(data: bytes, encoding: str | None = None) -> str:
    """Decode a notice file (see :mod:`extractor.decoding` for what is guessed).

    The result is a :class:`~extractor.decoding.Decoded` ``str``: a guessed
    encoding becomes a warning on the Notice. Raises ``ValueError`` for binary
    data or an encoding that cannot be told (GB18030 or Big5?), and
    ``UnicodeDecodeError`` when a named ``encoding`` does not fit."""
    return decode(data, encoding)


class Extractor:
    """A loaded pipeline; reuse one instance for many notices."""

    def __init__(self, backend: str = "bert", model: str | os.PathLike[str] | None = None):
        if backend not in BACKENDS:
            raise ValueError(f"unknown backend {backend!r}; choose one of {BACKENDS}")
        self.backend_name = backend
        if backend == "rules":
            self.recognizer: Recognizer = RulesBackend()
        else:
            from extractor.recognizers.bert import BertBackend

            self.recognizer = BertBackend.load(model)

    def __call__(self, text: str | bytes, *, source: str | None = None) -> Notice:
        """One notice; its own exception (``TypeError``, ``ValueError``…) if it fails."""
        result, err = next(self.outcomes([(0, text, source)]))
        if err is not None:
            raise err
        if isinstance(result, FailedDocument):  # in-process failures always carry err
            raise DocumentError(result)
        return result

    def pipe(
        self,
        texts: Iterable[str | bytes],
        *,
        sources: Iterable[str | None] | None = None,
        batch_size: int = 8,
        on_error: str = "raise",
    ) -> Iterator[Notice | FailedDocument]:
        """Extract from many texts, running the NER backend in batches.

        A document that fails is reported by ``on_error`` (see
        :mod:`extractor.failures`) and never costs its neighbours their results;
        ``sources`` must be as long as ``texts``."""
        check_on_error(on_error)
        return apply_policy(self.outcomes(paired(texts, sources), batch_size), on_error)

    def outcomes(
        self, items: Iterable[tuple[int, object, str | None]], batch_size: int = 8
    ) -> Iterator[tuple[Notice | FailedDocument, BaseException | None]]:
        """``(result, exception)`` per ``(index, text, source)``, in input order.

        Batches go through the NER backend together; when a batch raises, its
        documents are rerun one by one so the failure lands on the right one."""
        batch: list[tuple[int, object, str | None]] = []
        for item in items:
            batch.append(item)
            if len(batch) >= max(1, batch_size):
                yield from self._run_isolated(batch)
                batch = []
        if batch:
            yield from self._run_isolated(batch)

    def _run_isolated(
        self, batch: list[tuple[int, object, str | None]]
    ) -> list[tuple[Notice | FailedDocument, BaseException | None]]:
        out: dict[int, tuple[Notice | FailedDocument, BaseException | None]] = {}
        ready: list[tuple[int, str, str | None]] = []
        for index, text, source in batch:
            try:
                ready.append((index, _as_text(text), source))  # type: ignore[arg-type]
            except Exception as err:
                out[index] = (FailedDocument.from_exception(index, source, err), err)
        try:
            notices = list(self._run_batch([(text, source) for _, text, source in ready]))
        except Exception as err:
            if len(ready) == 1:
                index, _, source = ready[0]
                out[index] = (FailedDocument.from_exception(index, source, err), err)
            else:  # find the culprit: rerun the batch one document at a time
                for item in ready:
                    out[item[0]] = self._run_isolated([item])[0]
        else:
            for (index, _, _), notice in zip(ready, notices, strict=True):
                out[index] = (notice, None)
        return [out[index] for index, _, _ in batch]

    def _run_batch(self, batch: list[tuple[str, str | None]]) -> Iterator[Notice]:
        from extractor.doc_view import make_doc

        nlp = self.recognizer.nlp
        docs = nlp.pipe((make_doc(nlp, text) for text, _ in batch), batch_size=len(batch) or 1)
        for (text, source), doc in zip(batch, docs, strict=True):
            notice = self._assemble(doc, text, source)
            if isinstance(text, Decoded) and text.warning:  # a guessed encoding
                notice.warnings.insert(0, text.warning)
            yield notice

    def _assemble(self, doc: Doc, text: str | None, source: str | None) -> Notice:
        return notice_from_doc(doc, self.backend_name, source, text)


def notice_from_doc(
    doc: Doc, backend: str, source: str | None = None, text: str | None = None
) -> Notice:
    """The :class:`Notice` of a Doc that went through one of the NER components:
    entities are ``doc.ents`` with their ``._.`` values and places, headings and
    problems come from ``doc._.structure``, in the caller's offsets. ``text``: the
    caller's string when the Doc holds a copy (lone surrogates made U+FFFD)."""
    from dataclasses import replace

    from extractor.doc_view import analysable, text_view

    prep = text_view(doc)
    if text is not None and len(text) == len(prep.original):
        prep = replace(prep, original=str(text))
    if not analysable(prep):
        return _empty_notice(prep.original, source, backend, prep)
    clean = prep.text
    structure: Structure = doc._.structure
    date_normaliser = ValueNormalizer()
    dates = [
        prep.to_clean(s.start_char, s.end_char) for s in doc.spans["rules"] if s.label_ == "DATE"
    ]
    metadata = extract_metadata(
        clean,
        dates=dates,
        normalise_date=lambda t: date_normaliser("DATE", t),
        has_problems=bool(structure.problems),
        as_written=lambda s, e: _as_written(prep, (s, e), clean[s:e]) or "",
    )
    problems = _problems(prep, structure)
    entities = [_entity(ent, prep.original) for ent in doc.ents]
    for index, entity in enumerate(entities):
        if entity.problem is not None:
            problems[entity.problem].entities.append(index)
    warnings = []
    if prep.duplicate_from is not None:
        warnings.append(
            f"the document is printed twice; the copy from offset {prep.duplicate_from} "
            "was not analysed"
        )
    return Notice(
        text=prep.original,
        metadata=metadata,
        headings=_headings(prep, structure),
        problems=problems,
        entities=entities,
        backend=backend,
        duplicate_from=prep.duplicate_from,
        warnings=warnings,
        source=source,
        joined_breaks=prep.joined_breaks(),
    )


def _entity(ent: DocSpan, original: str) -> Entity:
    return Entity(
        start=ent.start_char,
        end=ent.end_char,
        label=ent.label_,
        text=original[ent.start_char : ent.end_char],
        value=ent._.value,
        heading=ent._.heading,
        problem=ent._.problem,
        role=ent._.role,
        heading_path=list(ent._.heading_path or ()),
    )


def _as_text(text: str | bytes) -> str:
    if isinstance(text, bytes | bytearray):
        return decode_bytes(bytes(text))
    if not isinstance(text, str):
        raise TypeError(f"expected str or bytes, got {type(text).__name__}")
    if len(text) > MAX_CHARS:
        raise ValueError(
            f"input has {len(text):,} characters, more than {MAX_CHARS:,}; split it into notices"
        )
    return text


def _as_written(
    prep: PreparedText, span: tuple[int, int] | None, fallback: str | None
) -> str | None:
    """A statement as the caller's text writes it (punctuation unfolded, line breaks dropped)."""
    if span is None or fallback is None:
        return fallback
    start, end = prep.to_original(*span)
    return _LINE_BREAK.sub("", prep.original[start:end]).strip()


def _headings(prep: PreparedText, structure: Structure) -> list[Heading]:
    out = []
    for h in structure.headings:
        start, end = prep.to_original(h.start, h.end)
        scope_end = prep.to_original(h.start, h.scope_end)[1]
        out.append(
            Heading(
                start=start,
                end=end,
                level=h.level,
                kind=h.kind,
                text=prep.original[start:end],
                marker=h.marker,
                number=h.number,
                title=h.title,
                parent=h.parent,
                problem=_as_written(prep, h.problem_span, h.problem),
                status=h.status,
                scope_end=scope_end,
            )
        )
    return out


def _problems(prep: PreparedText, structure: Structure) -> list[Problem]:
    out = []
    for i, p in enumerate(structure.problems):
        start, end = prep.to_original(p.start, p.end)
        out.append(
            Problem(
                index=i,
                number=p.number,
                statement=_as_written(
                    prep, structure.headings[p.heading].problem_span, p.statement
                ),
                heading=p.heading,
                status=p.status,
                status_text=p.status_text,
                category=p.category,
                start=start,
                end=end,
            )
        )
    return out


def _empty_notice(text: str, source: str | None, backend: str, prep: PreparedText) -> Notice:
    from extractor.result import Metadata

    reason = "empty input" if not text.strip() else "no Chinese text found"
    return Notice(
        text=text,
        metadata=Metadata(),
        headings=[],
        problems=[],
        entities=[],
        backend=backend,
        duplicate_from=prep.duplicate_from,
        warnings=[reason],
        source=source,
    )


@lru_cache(maxsize=4)
def load(backend: str = "bert", model: str | None = None) -> Extractor:
    """A cached :class:`Extractor` (loading the BERT pipeline takes a second)."""
    return Extractor(backend=backend, model=model)


def extract(
    text: str | bytes,
    *,
    backend: str = "bert",
    model: str | os.PathLike[str] | None = None,
    source: str | None = None,
) -> Notice:
    """Read one notice. ``model`` is a local pipeline directory (default: models/)."""
    return load(backend, None if model is None else str(model))(text, source=source)


def extract_many(
    texts: Iterable[str | bytes],
    *,
    backend: str = "bert",
    model: str | os.PathLike[str] | None = None,
    sources: Iterable[str | None] | None = None,
    batch_size: int = 8,
    progress: bool = False,
    total: int | None = None,
    n_process: int = 1,
    on_error: str = "raise",
) -> Iterator[Notice | FailedDocument]:
    """Read many notices lazily, in input order; one tqdm bar if ``progress``.

    ``n_process > 1`` runs that many worker processes, each loading the
    pipeline once with one torch thread (:mod:`extractor.parallel`); input is
    read lazily and only a bounded number of documents is in flight. A failing
    document is handled by ``on_error`` (``"raise"``: :class:`DocumentError`
    naming its index and source after the results before it; ``"skip"``: a
    warning; ``"record"``: a :class:`FailedDocument` in its place), the same for
    any ``n_process``. ``sources`` must be as long as ``texts``."""
    check_on_error(on_error)
    if n_process < 1:
        raise ValueError(f"n_process must be at least 1, not {n_process}")
    if total is None and hasattr(texts, "__len__"):
        total = len(texts)  # type: ignore[arg-type]
    items = paired(texts, sources)
    model_arg = None if model is None else str(model)
    if n_process == 1:
        outcomes = load(backend, model_arg).outcomes(items, batch_size)
    else:
        from extractor.parallel import parallel_outcomes

        outcomes = parallel_outcomes(
            items, backend=backend, model=model_arg, n_process=n_process, batch_size=batch_size
        )
    return apply_policy(_with_progress(outcomes, progress, total), on_error)


def _with_progress(outcomes: Iterator, progress: bool, total: int | None) -> Iterator:
    """One bar that moves once per document, as results leave in input order."""
    if not progress:
        yield from outcomes
        return
    from tqdm.auto import tqdm

    with tqdm(total=total, desc="notices", unit="doc") as bar:
        for outcome in outcomes:
            bar.update(1)
            yield outcome
