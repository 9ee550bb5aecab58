"""The notice as one spaCy ``Doc``: what the NER components write on it.

A pipeline's tokenizer sees the caller's raw text; the recognisers read the
cleaned view of it (:func:`extractor.text.prepare`: PDF line breaks joined,
punctuation folded). So that ``nlp(raw).ents`` are whole mentions in raw
offsets — the same as ``extract(raw).entities`` — every NER component goes
through this module:

* :func:`text_view` prepares ``doc.text`` once and keeps it as ``doc._.prepared``;
* :func:`rule_spans` runs the rules on that view once and keeps them, in raw
  offsets, as ``doc.spans["rules"]`` (the BERT tagger reads its rule features
  from there: components talk through the Doc, not a module cache);
* :func:`finish` maps the recognised spans back to raw offsets, sets
  ``doc.ents`` (splitting pkuseg words where a mention starts or ends inside
  one), parses the structure (``doc._.structure``, ``doc.spans["headings"]``)
  and gives each entity its value and place (``span._.value``,
  ``span._.heading``, ``span._.problem``, ``span._.role``,
  ``span._.heading_path``).
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_right

import numpy
from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as DocSpan

from extractor.chars import ANY_IDEOGRAPH_RANGE
from extractor.linking import Linker
from extractor.recognizers.rules import shared_recognizer
from extractor.result import Entity
from extractor.spans import Span
from extractor.structure import Structure, parse_structure
from extractor.text import PreparedText, prepare
from extractor.values import ValueNormalizer, share_bounds

_CJK = re.compile(f"[{ANY_IDEOGRAPH_RANGE}]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_SENTENCE_ENDS = frozenset("。！？!?\n")
SPAN_EXTENSIONS = ("value", "heading", "problem", "role", "heading_path", "level", "kind")
RULES_KEY = "rules"
HEADINGS_KEY = "headings"


#: runtime objects of each live Doc (its view, its structure): not in ``doc.user_data``,
#: which ``Doc.to_bytes`` must write as msgpack; they go with the Doc and are rebuilt
#: from ``doc.text`` when missing (e.g. after a round trip through bytes).
_RUNTIME: weakref.WeakKeyDictionary[Doc, dict[str, object]] = weakref.WeakKeyDictionary()


def _runtime(name: str, make):
    def getter(doc: Doc):
        slots = _RUNTIME.setdefault(doc, {})
        if name not in slots:
            slots[name] = make(doc)
        return slots[name]

    def setter(doc: Doc, value) -> None:
        _RUNTIME.setdefault(doc, {})[name] = value

    return {"getter": getter, "setter": setter}


def _parse(doc: Doc) -> Structure:
    prep = text_view(doc)
    return parse_structure(prep.text) if analysable(prep) else Structure([], [])


def register_extensions() -> None:
    """Declare the ``._.`` attributes this package writes (idempotent)."""
    if not Doc.has_extension("prepared"):
        Doc.set_extension("prepared", **_runtime("prepared", lambda doc: prepare(doc.text)))
    if not Doc.has_extension("structure"):
        Doc.set_extension("structure", **_runtime("structure", _parse))
    for name in SPAN_EXTENSIONS:
        if not DocSpan.has_extension(name):
            DocSpan.set_extension(name, default=None)


register_extensions()


def text_view(doc: Doc) -> PreparedText:
    """The cleaned view of ``doc.text``, computed once per Doc (retokenising never
    changes ``doc.text``, so the view stays valid)."""
    return doc._.prepared


def analysable(prep: PreparedText) -> bool:
    """Whether the view holds Chinese text at all (else nothing is recognised)."""
    return bool(_CJK.search(prep.text))


def rule_spans(doc: Doc, prep: PreparedText) -> list[Span]:
    """The rule spans of the view (cleaned offsets), read from ``doc.spans["rules"]``
    when an earlier component put them there, else computed now."""
    if RULES_KEY in doc.spans:
        return [
            Span(*prep.to_clean(s.start_char, s.end_char), s.label_) for s in doc.spans[RULES_KEY]
        ]
    return shared_recognizer()(prep.text) if analysable(prep) else []


def finish(doc: Doc, prep: PreparedText, spans: list[Span], rules: list[Span]) -> Doc:
    """Write the recognised ``spans`` and ``rules`` (cleaned offsets) onto ``doc``."""
    ents = [Span(*prep.to_original(s.start, s.end), s.label) for s in sorted(spans)]
    raw_rules = [Span(*prep.to_original(s.start, s.end), s.label) for s in sorted(rules)]
    set_entities(doc, ents, extra=raw_rules)
    doc.spans[RULES_KEY] = _char_spans(doc, raw_rules)
    structure = doc._.structure
    doc.spans[HEADINGS_KEY] = _heading_spans(doc, prep, structure)
    entities = list(doc.ents)  # (each doc.ents reads the whole Doc)
    annotate_entities(entities, prep, structure)
    set_sentences(doc, prep, entities)
    return doc


def set_sentences(doc: Doc, prep: PreparedText, ents: list[DocSpan]) -> None:
    """Sentence starts for ``doc.sents``: after 。！？ and after the line breaks the
    cleaned view keeps (paragraph and heading ends, not a PDF's wrapped lines);
    never inside an entity; blank lines stay with the sentence before them. Read and
    written as arrays: a Doc of a long notice has a million tokens."""
    if not len(doc):
        return
    ends = {prep.origin[i] + 1 for i, c in enumerate(prep.text) if c in _SENTENCE_ENDS}
    table = doc.to_array([IDX, LENGTH, IS_SPACE]).astype("int64")
    token_ends = (table[:, 0] + table[:, 1]).tolist()
    spaces = table[:, 2].tolist()
    inside = bytearray(len(doc))
    for ent in ents:
        inside[ent.start + 1 : ent.end] = b"\x01" * (len(ent) - 1)
    flags = [-1] * len(doc)  # -1: not a sentence start
    flags[0] = 1
    pending = False
    for i in range(len(doc)):
        if pending and not spaces[i] and not inside[i]:
            flags[i] = 1
            pending = False
        pending = pending or token_ends[i] in ends
    column = numpy.array(flags, dtype="int64").reshape(-1, 1)
    doc.from_array([SENT_START], column.astype("uint64"))


def annotate_entities(ents: list[DocSpan], prep: PreparedText, structure: Structure) -> None:
    """Value and place of every entity, as span extensions (document order matters:
    a date without a year takes the one before it)."""
    normaliser = ValueNormalizer()
    linker = Linker(structure)
    clean = prep.text
    records: list[Entity] = []
    for ent in ents:
        start, end = prep.to_clean(ent.start_char, ent.end_char)
        link = linker(start)
        value = normaliser(
            ent.label_,
            clean[start:end],
            before=clean[max(0, start - 4) : start],
            after=clean[end : end + 4],
        )
        records.append(
            Entity(
                ent.start_char,
                ent.end_char,
                ent.label_,
                prep.original[ent.start_char : ent.end_char],
                value,
                link.heading,
                link.problem,
                link.role,
                list(link.path),
            )
        )
    share_bounds(prep.original, records)  # 5亿元及3000万美元以上: both are bounds
    for ent, record in zip(ents, records, strict=True):
        ent._.value = record.value
        ent._.heading = record.heading
        ent._.problem = record.problem
        ent._.role = record.role
        ent._.heading_path = record.heading_path


def _heading_spans(doc: Doc, prep: PreparedText, structure: Structure) -> list[DocSpan]:
    out = []
    for h in structure.headings:
        start, end = prep.to_original(h.start, h.end)
        span = doc.char_span(start, end, label=h.kind, alignment_mode="expand")
        if span is not None:
            span._.level = h.level
            span._.kind = h.kind
            out.append(span)
    return out


def _char_spans(doc: Doc, spans: list[Span]) -> list[DocSpan]:
    out = []
    for s in spans:
        span = doc.char_span(s.start, s.end, label=s.label, alignment_mode="strict")
        if span is None:
            span = doc.char_span(s.start, s.end, label=s.label, alignment_mode="expand")
        if span is not None:
            out.append(span)
    return out


def _split_points(doc: Doc, spans: list[Span]) -> dict[int, list[int]]:
    """Token index → character cut points strictly inside that token."""
    cuts: dict[int, list[int]] = {}
    bounds = sorted({s.start for s in spans} | {s.end for s in spans})
    if not bounds:
        return cuts
    starts = doc.to_array(IDX).tolist()
    for b in bounds:
        i = bisect_right(starts, b) - 1
        if i < 0:
            continue
        token = doc[i]
        if token.idx < b < token.idx + len(token.text):
            cuts.setdefault(i, []).append(b)
    return cuts


def set_entities(doc: Doc, spans: list[Span], extra: list[Span] = ()) -> Doc:
    """Set ``doc.ents`` exactly, splitting tokens where a boundary of ``spans``
    (or of ``extra``, spans to be stored elsewhere on the Doc) cuts a word."""
    cuts = _split_points(doc, [*spans, *extra])
    if cuts:
        text = doc.text  # built from every token: once, not once per split word
        with doc.retokenize() as retokenizer:
            for i, points in cuts.items():
                token = doc[i]
                edges = [token.idx, *sorted(set(points)), token.idx + len(token.text)]
                orths = [text[a:b] for a, b in zip(edges, edges[1:], strict=False)]
                heads = [(token, k) for k in range(len(orths))]
                retokenizer.split(token, orths, heads=heads)
    doc.set_ents(_char_spans(doc, spans), default="outside")
    return doc


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


def make_doc(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc`` for a text of any length: past :data:`CHUNK_CHARS` the
    tokenizer gets pieces (:func:`chunk_bounds`) joined back into one Doc with the
    exact text, so ``nlp.max_length`` is never hit. A lone surrogate becomes U+FFFD
    (one character for one: offsets hold; :func:`~extractor.text.prepare` does the same)."""
    text = _SURROGATE.sub("\ufffd", text)  # spaCy's string store refuses lone surrogates
    if len(text) <= CHUNK_CHARS:
        return nlp.make_doc(text)
    words: list[str] = []
    spaces: list[bool] = []
    for a, b in chunk_bounds(text):
        piece = nlp.make_doc(text[a:b])
        table = piece.to_array([IDX, LENGTH, SPACY]).tolist()  # no Token objects: fast
        words.extend(text[a + i : a + i + n] for i, n, _ in table)
        spaces.extend(bool(space) for _, _, space in table)
    return Doc(nlp.vocab, words=words, spaces=spaces)
