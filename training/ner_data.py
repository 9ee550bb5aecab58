"""Training examples for the character tagger.

Gold documents go through the same :func:`extractor.text.prepare` as inference
(joined PDF lines, folded punctuation), their spans are projected onto the
cleaned text, and the characters are cut into overlapping windows of model
input. The auxiliary public NER sets contribute ORG mentions; since they do not
annotate numbers, their DATE/AMOUNT/COUNT/PERCENT/QUANTITY tags come from the
rule recogniser (silver), so the model is not taught that those are ``O``.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from extractor.recognizers.ner_model import rule_tag_ids
from extractor.spans import IOB2_TAGS, Span
from extractor.text import prepare
from extractor.tokenization import CharVocab
from training.convert import spans_to_tags
from training.corpus import AnnotatedDocument

TAG2ID = {tag: i for i, tag in enumerate(IOB2_TAGS)}


@dataclass(frozen=True)
class TaggedText:
    """A text with entity spans in its own offsets (cleaned for gold notices)."""

    id: str
    text: str
    spans: tuple[Span, ...]


def gold_to_clean(doc: AnnotatedDocument) -> TaggedText:
    """Project a gold document onto the cleaned text the model actually sees."""
    prep = prepare(doc.text)
    spans = []
    limit = len(prep.text)
    for span in doc.spans:
        start, end = prep.to_clean(span.start, span.end)
        if start < end <= limit:
            spans.append(Span(start, end, span.label))
    return TaggedText(doc.id, prep.text, tuple(spans))


def encode_examples(
    items: Iterable[TaggedText],
    vocab: CharVocab,
    window: int = 256,
    stride: int = 128,
    *,
    rule_features: bool,
    rule_labels: Sequence[str] | None = None,
) -> list[dict[str, list[int]]]:
    """Model inputs ``input_ids``/``labels`` ([CLS]/[SEP] get label -100), plus
    ``rule_tags`` (the rule recogniser's tag per character, only for ``rule_labels`` when
    given) when asked."""
    size = window - 2
    out = []
    for item in items:
        tags = spans_to_tags(item.text, item.spans)
        ids, positions = vocab.encode(item.text)
        labels = [TAG2ID[tags[p]] for p in positions]
        features = rule_tag_ids(item.text, positions, rule_labels) if rule_features else None
        if not ids:
            continue
        starts = [0] if len(ids) <= size else list(range(0, len(ids) - size + 1, stride))
        if len(ids) > size and starts[-1] + size < len(ids):
            starts.append(len(ids) - size)
        for s in starts:
            chunk_labels = labels[s : s + size]
            # a window opening inside an entity: its first tag must be B- for strict IOB2
            if chunk_labels and IOB2_TAGS[chunk_labels[0]].startswith("I-"):
                chunk_labels[0] = TAG2ID["B-" + IOB2_TAGS[chunk_labels[0]][2:]]
            example = {
                "input_ids": [vocab.cls_id, *ids[s : s + size], vocab.sep_id],
                "labels": [-100, *chunk_labels, -100],
            }
            if features is not None:
                example["rule_tags"] = [0, *features[s : s + size], 0]
            out.append(example)
    return out


# --------------------------------------------------------------------------- auxiliary sets
#: how each public set's organisation types map to our ORG (others are dropped)
ORG_TYPES = {
    "cluener2020": {"organization", "government", "company"},
    "msra": {"ORG"},
    "peoples_daily_1998": {"ORG"},
}


def _read_bio_lines(path: Path, sep: str | None) -> Iterator[tuple[str, list[str]]]:
    chars: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        line = line.rstrip("\r")
        if not line.strip():
            if chars:
                yield "".join(chars), tags
            chars, tags = [], []
            continue
        parts = line.split(sep) if sep else line.split()
        if len(parts) < 2:
            continue
        chars.append(parts[0][0])
        tags.append(parts[-1])
    if chars:
        yield "".join(chars), tags


def _bio_org_spans(tags: list[str], org_types: set[str]) -> list[Span]:
    spans, start = [], None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        inside = kind in org_types and prefix in ("I", "M", "E")
        if start is not None and not inside:
            spans.append(Span(start, i, "ORG"))
            start = None
        if kind in org_types and prefix in ("B", "S"):
            start = i
            if prefix == "S":
                spans.append(Span(i, i + 1, "ORG"))
                start = None
    return spans


def load_auxiliary(ner_dir: Path, limit: int | None = None, seed: int = 0) -> list[TaggedText]:
    """ORG-bearing sentences from ``shared/data/ner`` (see each SOURCE.md)."""
    from extractor.recognizers.rules import RuleRecognizer

    rules = RuleRecognizer()
    sentences: list[tuple[str, list[Span]]] = []
    clue = ner_dir / "cluener2020" / "train.json"
    if clue.is_file():
        for line in clue.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            spans = [
                Span(a, b + 1, "ORG")
                for kind, mentions in record.get("label", {}).items()
                if kind in ORG_TYPES["cluener2020"]
                for positions in mentions.values()
                for a, b in positions
            ]
            sentences.append((record["text"], spans))
    msra = ner_dir / "msra" / "train_subset_3000"
    if (msra / "sentences.txt").is_file():
        texts = (msra / "sentences.txt").read_text(encoding="utf-8").splitlines()
        tag_lines = (msra / "tags.txt").read_text(encoding="utf-8").splitlines()
        for text_line, tag_line in zip(texts, tag_lines, strict=False):
            chars, tags = text_line.split(), tag_line.split()
            if len(chars) == len(tags):
                sentences.append(("".join(chars), _bio_org_spans(tags, ORG_TYPES["msra"])))
    pd98 = ner_dir / "peoples_daily_1998" / "example.dev"
    if pd98.is_file():
        for text, tags in _read_bio_lines(pd98, " "):
            sentences.append((text, _bio_org_spans(tags, ORG_TYPES["peoples_daily_1998"])))
    rng = random.Random(seed)
    rng.shuffle(sentences)
    if limit is not None:
        sentences = sentences[:limit]
    out = []
    for k, (text, org_spans) in enumerate(sentences):
        org_spans = sorted(s for s in org_spans if 0 <= s.start < s.end <= len(text))
        silver = [s for s in rules(text) if s.label != "ORG"]
        merged: list[Span] = []
        for s in [*org_spans, *silver]:
            if all(s.end <= o.start or s.start >= o.end for o in merged):
                merged.append(s)
        out.append(TaggedText(f"aux{k}", text, tuple(sorted(merged))))
    return out
