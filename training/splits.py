"""Document-level train/dev/test splits.

Sentences of one notice share names, dates and phrasing, so a random
sentence split puts near-copies on both sides and inflates every score.
Splits here are therefore by document; the one exception is the few-document
case of :func:`train_dev_split`, which cuts long documents into contiguous
blocks at paragraph boundaries (never interleaved sentences) and says so.

Decision on documents that are not notices (a news page such as seed 004):
they are *train-only*. They carry real entities worth learning from, but the
held-out score is meant to estimate performance on notices, the documents
the pipeline is built for, so they never form a test fold or a dev block
(``test_non_notices=True`` / ``dev_non_notices=True`` changes that). A
document is a notice when it has at least one heading (ANNOTATION.md §3: a
document with no rectification structure); pass ``notice_ids`` to override.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from training.corpus import AnnotatedDocument, load_corpus

__all__ = [
    "Fold",
    "TrainDevSplit",
    "is_notice",
    "leave_one_out",
    "train_dev_split",
    "paragraph_cuts",
    "slice_document",
]


@dataclass(frozen=True)
class Fold:
    """One leave-one-out fold: ``test`` is the held-out document."""

    name: str
    train: list[AnnotatedDocument]
    test: list[AnnotatedDocument]


@dataclass(frozen=True)
class TrainDevSplit:
    train: list[AnnotatedDocument]
    dev: list[AnnotatedDocument]
    chunked: bool
    note: str


def is_notice(doc: AnnotatedDocument, notice_ids: Collection[str] | None = None) -> bool:
    if notice_ids is not None:
        return doc.id in notice_ids
    return bool(doc.headings)


def leave_one_out(
    docs: Iterable[AnnotatedDocument],
    *,
    test_non_notices: bool = False,
    notice_ids: Collection[str] | None = None,
) -> list[Fold]:
    """One fold per notice: train on all other documents, test on that one."""
    docs = sorted(docs, key=lambda d: d.id)
    ids = [d.id for d in docs]
    if len(set(ids)) != len(ids):
        raise ValueError("document ids must be unique for document-level splits")
    folds = []
    for held in docs:
        if not test_non_notices and not is_notice(held, notice_ids):
            continue
        folds.append(Fold(held.id, [d for d in docs if d.id != held.id], [held]))
    return folds


def slice_document(doc: AnnotatedDocument, start: int, end: int) -> AnnotatedDocument:
    """``doc.text[start:end]`` as a document of its own, offsets shifted.

    Its id is ``"<id>[start:end]"`` so a prediction can be mapped back.
    Raises if a span or heading crosses a slice edge.
    """
    spans, headings = [], []
    for s in doc.spans:
        if start <= s.start and s.end <= end:
            spans.append(type(s)(s.start - start, s.end - start, s.label))
        elif s.start < end and start < s.end:
            raise ValueError(f"span {s} crosses the slice [{start}:{end}] of {doc.id}")
    for h in doc.headings:
        if start <= h.start and h.end <= end:
            headings.append(type(h)(h.start - start, h.end - start, h.level, h.kind, h.problem))
        elif h.start < end and start < h.end:
            raise ValueError(f"heading {h} crosses the slice [{start}:{end}] of {doc.id}")
    return AnnotatedDocument(
        f"{doc.id}[{start}:{end}]", doc.source, doc.text[start:end], spans, headings
    )


def paragraph_cuts(doc: AnnotatedDocument) -> list[int]:
    """Offsets where a paragraph starts and no span or heading is cut.

    Where the text separates paragraphs by blank lines (newspaper PDFs with
    hard line breaks inside paragraphs, like seed 000), only starts after a
    blank line count; otherwise every line start does. 0 and ``len(text)``
    are always included.
    """
    text = doc.text
    blank = [m.end() for m in re.finditer(r"\n[^\S\n]*\n\s*", text)]
    cuts = blank if len(blank) >= 3 else [m.end() for m in re.finditer(r"\n\s*", text)]
    ranges = [(s.start, s.end) for s in doc.spans] + [(h.start, h.end) for h in doc.headings]
    ok = [c for c in cuts if 0 < c < len(text) and not any(a < c < b for a, b in ranges)]
    return sorted({0, len(text), *ok})


def _pick_block(cuts: Sequence[int], target: int, rng: random.Random) -> tuple[int, int]:
    """A contiguous block between two cuts, about ``target`` characters long.

    Candidates are the blocks starting at each cut and ending at the first
    cut at least ``target`` later; those within a factor of two of the target
    are drawn from uniformly (a block ending at the text end may be short).
    Returns ``(0, 0)`` when the text has no usable cut.
    """
    n = cuts[-1]
    candidates = []
    for i, a in enumerate(cuts[:-1]):
        b = next((c for c in cuts[i + 1 :] if c - a >= target), n)
        if (a, b) != (0, n):
            candidates.append((a, b))
    if not candidates:
        return (0, 0)
    near = [(a, b) for a, b in candidates if target / 2 <= b - a <= 2 * target]
    if near:
        return rng.choice(near)
    return min(candidates, key=lambda ab: (abs(ab[1] - ab[0] - target), ab))


def train_dev_split(
    docs: Iterable[AnnotatedDocument],
    dev_fraction: float = 0.2,
    seed: int = 0,
    *,
    min_documents: int = 10,
    min_chunk_chars: int = 2000,
    dev_non_notices: bool = False,
    notice_ids: Collection[str] | None = None,
) -> TrainDevSplit:
    """A deterministic train/dev split at document level.

    With at least ``min_documents`` documents, whole documents (chosen by a
    seeded shuffle) go to dev until ``dev_fraction`` of the characters is
    reached. With fewer, one document more or less in dev swings the score
    too much, so instead *each* long notice contributes one contiguous block
    of paragraphs (about ``dev_fraction`` of its characters, position chosen
    by the seed) to dev; the text before and after the block stay in train as
    separate pieces. Documents shorter than ``2 * min_chunk_chars`` stay
    whole in train. ``note`` says which mode was used.
    """
    if not 0 < dev_fraction < 1:
        raise ValueError(f"dev_fraction must be in (0, 1), got {dev_fraction}")
    docs = sorted(docs, key=lambda d: d.id)
    if len({d.id for d in docs}) != len(docs):
        raise ValueError("document ids must be unique for document-level splits")
    eligible = [d for d in docs if dev_non_notices or is_notice(d, notice_ids)]
    eligible_ids = {d.id for d in eligible}
    others = [d for d in docs if d.id not in eligible_ids]
    if len(docs) >= min_documents and len(eligible) >= 2:
        rng = random.Random(seed)
        order = eligible[:]
        rng.shuffle(order)
        target = dev_fraction * sum(len(d.text) for d in docs)
        dev: list[AnnotatedDocument] = []
        for doc in order[:-1]:  # keep at least one notice in train
            if sum(len(d.text) for d in dev) >= target:
                break
            dev.append(doc)
        dev_ids = {d.id for d in dev}
        train = [d for d in docs if d.id not in dev_ids]
        note = (
            f"document-level: {len(dev)} of {len(docs)} documents in dev "
            f"({', '.join(d.id for d in dev)})"
        )
        return TrainDevSplit(train, dev, False, note)

    train, dev = list(others), []
    chunked, whole = [], []
    for doc in eligible:
        if len(doc.text) < 2 * min_chunk_chars:
            train.append(doc)
            whole.append(doc.id)
            continue
        rng = random.Random(f"{seed}:{doc.id}")
        a, b = _pick_block(paragraph_cuts(doc), round(dev_fraction * len(doc.text)), rng)
        if a == b:
            train.append(doc)
            whole.append(doc.id)
            continue
        dev.append(slice_document(doc, a, b))
        train.extend(slice_document(doc, x, y) for x, y in ((0, a), (b, len(doc.text))) if y > x)
        chunked.append(f"{doc.id}[{a}:{b}]")
    note = (
        f"only {len(docs)} documents (< {min_documents}): dev = one contiguous block of "
        f"paragraphs (~{dev_fraction:.0%}) from each long notice: {', '.join(chunked) or 'none'}"
    )
    if whole:
        note += f"; whole in train (too short): {', '.join(whole)}"
    if others:
        note += f"; train-only (not notices): {', '.join(d.id for d in others)}"
    return TrainDevSplit(train, dev, True, note)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m training.splits", description="Show the splits of a corpus."
    )
    parser.add_argument("paths", nargs="+", help="JSONL files or directories")
    parser.add_argument("--dev-fraction", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    docs = load_corpus(args.paths)
    for fold in leave_one_out(docs):
        print(f"fold {fold.name}: train {[d.id for d in fold.train]} test {fold.test[0].id}")
    split = train_dev_split(docs, args.dev_fraction, args.seed)
    print(split.note)
    print(f"train: {[d.id for d in split.train]}")
    print(f"dev:   {[d.id for d in split.dev]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
