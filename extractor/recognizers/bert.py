"""The spaCy NER component (``extractor_bert_ner``) and the pipeline backend.

The component wraps :class:`~extractor.recognizers.ner_model.CharTagger`.
It tags the Doc's cleaned view (:mod:`extractor.doc_view`: PDF line breaks
joined, punctuation folded), fed the rule spans it keeps in
``doc.spans["rules"]``, and sets ``doc.ents`` in the raw text's offsets, so
``spacy.load(pipeline)(raw).ents`` are ``extract(raw).entities``. Where a span
boundary falls inside a pkuseg word, the word is split
(``doc.retokenize().split``) so the entity is set exactly instead of being
dropped (spaCy's W030 problem). Registered
through the ``spacy_factories`` entry point, so ``spacy.load("models/…")``
finds it without importing extractor first.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.scorer import get_ner_prf
from spacy.tokens import Doc
from spacy.training import Example

from extractor.combination import COMBINATIONS, combine
from extractor.doc_view import (
    CHUNK_CHARS,
    analysable,
    chunk_bounds,
    finish,
    rule_spans,
    set_entities,
    text_view,
)
from extractor.model_path import resolve_model_path
from extractor.model_safety import check_pipeline_dir
from extractor.recognizers.ner_model import CharTagger, TaggerSettings
from extractor.spans import LABELS, Span

__all__ = [
    "CHUNK_CHARS",
    "FACTORY",
    "BertBackend",
    "BertNER",
    "chunk_bounds",
    "save_pipeline",
    "set_entities",
]

FACTORY = "extractor_bert_ner"


class BertNER:
    """spaCy pipe: writes ``doc.ents`` from the character tagger."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        window: int,
        stride: int,
        batch_size: int,
        combination: str = "model",
    ):
        if combination not in COMBINATIONS:
            raise ValueError(f"combination must be one of {COMBINATIONS}, not {combination!r}")
        self.name = name
        self.settings = TaggerSettings(window=window, stride=stride, batch_size=batch_size)
        self.combination = combination
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
        """Tag the cleaned view of each Doc, fed the rule spans kept on it."""
        views = [text_view(doc) for doc in docs]
        rules = [rule_spans(doc, view) for doc, view in zip(docs, views, strict=True)]
        todo = [i for i, view in enumerate(views) if analysable(view)]
        tagged = tagger.predict([views[i].text for i in todo], [rules[i] for i in todo])
        spans: dict[int, list[Span]] = dict(zip(todo, tagged, strict=True))
        for i, doc in enumerate(docs):
            combined = combine(views[i].text, spans.get(i, []), rules[i], self.combination)
            yield finish(doc, views[i], combined, rules[i])

    @property
    def labels(self) -> tuple[str, ...]:
        """The entity labels the model predicts (from its IOB2 tag set)."""
        if self.tagger is None:
            return LABELS
        return tuple(dict.fromkeys(t[2:] for t in self.tagger.tags if t != "O"))

    def score(self, examples: Iterable[Example], **kwargs) -> dict[str, object]:
        """Exact-span NER scores (``ents_p/r/f``, per type) for ``spacy evaluate``."""
        return get_ner_prf(examples)

    # spaCy serialisation: the weights live in <pipeline>/<name>/ as safetensors
    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        self._require().save(path)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> BertNER:
        self.set_tagger(CharTagger.from_dir(path, self.settings))
        return self


@Language.factory(
    FACTORY,
    default_config={"window": 256, "stride": 192, "batch_size": 16, "combination": "model"},
    assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
)
def make_bert_ner(
    nlp: Language, name: str, window: int, stride: int, batch_size: int, combination: str
) -> BertNER:
    return BertNER(nlp, name, window, stride, batch_size, combination)


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
