"""The spaCy NER component (``extractor_bert_ner``) and the pipeline backend.

The component wraps :class:`~extractor.recognizers.ner_model.CharTagger`.
Its predictions are character spans; where a span boundary falls inside a
pkuseg word, the word is split (``doc.retokenize().split``) so the entity can
be set exactly instead of being dropped (spaCy's W030 problem). Registered
through the ``spacy_factories`` entry point, so ``spacy.load("models/…")``
finds it without importing extractor first.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from extractor.model_path import resolve_model_path
from extractor.model_safety import check_pipeline_dir
from extractor.recognizers.ner_model import CharTagger, TaggerSettings
from extractor.spans import Span

FACTORY = "extractor_bert_ner"


class BertNER:
    """spaCy pipe: writes ``doc.ents`` from the character tagger."""

    def __init__(self, nlp: Language, name: str, window: int, stride: int, batch_size: int):
        self.name = name
        self.settings = TaggerSettings(window=window, stride=stride, batch_size=batch_size)
        self.tagger: CharTagger | None = None

    def set_tagger(self, tagger: CharTagger) -> None:
        tagger.settings = self.settings
        self.tagger = tagger

    def _require(self) -> CharTagger:
        if self.tagger is None:
            raise RuntimeError(
                f"the {FACTORY} component has no model: load a saved pipeline with "
                "spacy.load(dir) or call set_tagger()"
            )
        return self.tagger

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, stream: Iterable[Doc], batch_size: int = 8) -> Iterator[Doc]:
        tagger = self._require()
        batch: list[Doc] = []
        for doc in stream:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._tag(tagger, batch)
                batch = []
        if batch:
            yield from self._tag(tagger, batch)

    def _tag(self, tagger: CharTagger, docs: list[Doc]) -> Iterator[Doc]:
        for doc, spans in zip(docs, tagger.predict([d.text for d in docs]), strict=True):
            yield set_entities(doc, spans)

    # spaCy serialisation: the weights live in <pipeline>/<name>/ as safetensors
    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        self._require().save(path)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> BertNER:
        self.set_tagger(CharTagger.from_dir(path, self.settings))
        return self


@Language.factory(
    FACTORY,
    default_config={"window": 256, "stride": 192, "batch_size": 16},
    assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
)
def make_bert_ner(nlp: Language, name: str, window: int, stride: int, batch_size: int) -> BertNER:
    return BertNER(nlp, name, window, stride, batch_size)


def _split_points(doc: Doc, spans: list[Span]) -> dict[int, list[int]]:
    """Token index → character cut points strictly inside that token."""
    cuts: dict[int, list[int]] = {}
    bounds = sorted({s.start for s in spans} | {s.end for s in spans})
    if not bounds:
        return cuts
    starts = [t.idx for t in doc]
    from bisect import bisect_right

    for b in bounds:
        i = bisect_right(starts, b) - 1
        if i < 0:
            continue
        token = doc[i]
        if token.idx < b < token.idx + len(token.text):
            cuts.setdefault(i, []).append(b)
    return cuts


def set_entities(doc: Doc, spans: list[Span]) -> Doc:
    """Set ``doc.ents`` exactly, splitting tokens where a boundary cuts a word."""
    cuts = _split_points(doc, spans)
    if cuts:
        with doc.retokenize() as retokenizer:
            for i, points in cuts.items():
                token = doc[i]
                edges = [token.idx, *sorted(set(points)), token.idx + len(token.text)]
                orths = [doc.text[a:b] for a, b in zip(edges, edges[1:], strict=False)]
                heads = [(token, k) for k in range(len(orths))]
                retokenizer.split(token, orths, heads=heads)
    ents = []
    for span in spans:
        ent = doc.char_span(span.start, span.end, label=span.label, alignment_mode="strict")
        if ent is None:  # only whitespace-edged spans could get here; never drop silently
            ent = doc.char_span(span.start, span.end, label=span.label, alignment_mode="expand")
        if ent is not None:
            ents.append(ent)
    doc.set_ents(ents, default="outside")
    return doc


def save_pipeline(nlp: Language, path: str | Path) -> Path:
    """``nlp.to_disk`` minus spaCy's empty ``vocab/lookups.bin``.

    The file is msgpack, not a pickle, but a ``.bin`` in a model folder reads as
    pickled weights to every reviewer and scanner; an empty one carries nothing
    (spaCy loads a pipeline without it)."""
    path = Path(path)
    nlp.to_disk(path)
    lookups = path / "vocab" / "lookups.bin"
    if lookups.is_file() and not nlp.vocab.lookups.tables:
        lookups.unlink()
    return path


class BertBackend:
    """The pipeline's ``bert`` backend: the shipped spaCy pipeline from a local dir."""

    name = "bert"

    def __init__(self, nlp: Language, path: Path):
        self.nlp = nlp
        self.path = path

    @classmethod
    def load(cls, model: str | os.PathLike[str] | None = None) -> BertBackend:
        import spacy

        from extractor.segmentation import read_pipeline_tokenizer

        path = check_pipeline_dir(resolve_model_path(model))  # data only, nothing that runs
        nlp = spacy.load(path, exclude=["tokenizer"])
        read_pipeline_tokenizer(nlp, path / "tokenizer")  # msgpack + npz, no bundled pickle
        if FACTORY not in nlp.pipe_factories.values():
            raise ValueError(f"{path} is a spaCy pipeline without an {FACTORY} component")
        return cls(nlp, path)

    def pipe(self, texts: Iterable[str], batch_size: int = 8) -> Iterator[list[Span]]:
        """Spans per text, of any length: long texts go through spaCy in pieces
        (:func:`chunk_bounds`), so ``nlp.max_length`` is never hit and memory
        grows with the piece size, not the document."""
        owners: deque[tuple[int, bool]] = deque()  # (offset of the piece, last piece?)

        def pieces() -> Iterator[str]:
            for text in texts:
                bounds = chunk_bounds(text)
                for k, (start, end) in enumerate(bounds):
                    owners.append((start, k == len(bounds) - 1))
                    yield text[start:end]

        spans: list[Span] = []
        for doc in self.nlp.pipe(pieces(), batch_size=batch_size):
            offset, last = owners.popleft()
            spans.extend(
                Span(e.start_char + offset, e.end_char + offset, e.label_) for e in doc.ents
            )
            if last:
                yield spans
                spans = []


#: longest piece handed to spaCy at once (its ``nlp.max_length`` is 1,000,000)
CHUNK_CHARS = 100_000


def chunk_bounds(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Half-open pieces covering ``text``, each at most ``size`` characters.

    Cuts fall after a line break (prepared text keeps them only at paragraph
    and heading ends, where no entity runs on), else after a 。, and only
    where neither exists in the second half of a piece, at ``size`` itself."""
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        cut = text.rfind("\n", start + size // 2, start + size)
        if cut < 0:
            cut = text.rfind("。", start + size // 2, start + size)
        end = cut + 1 if cut >= 0 else start + size
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds
