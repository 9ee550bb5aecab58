"""What the words around a number say about it: a bound (超亿元) or a guess (近20家).

The guideline keeps qualifiers written *before* a number out of its span
(超[5000万元], 近[20家], 约[1960余人]) and ``以上``/``以下`` after it too
(总投资[10亿元]以上项目), yet they change what the number means: ``超亿元产业
项目`` is a class of projects "over one 亿", not one 亿 spent on anything.
Adding such a figure into a total would report money that nobody paid, so the
normaliser reads the few characters around each mention and marks

* ``threshold: True`` with ``bound: "at_least"`` or ``"at_most"`` for a
  figure that is a bound (超, 超过, 逾, 突破, 不低于, 不少于 … before;
  以上, 以下, 以内 … after), and
* ``approximate: True`` for a figure that is a guess (近, 约, 将近 … before,
  左右, 上下 after; 余/多 inside the span are already read by the numerals).

The word lists are closed and matched only right against the mention, so
``超`` in ``赶超`` three characters away never counts.  They are one table,
``extractor/data/qualifier_words.tsv`` (word, side, meaning), read through
:mod:`extractor.lexicon`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from extractor.lexicon import word_table
from extractor.spans import NUMERIC_LABELS

#: (word, where it stands: before/after the number, what it means), in file order
_QUALIFIER_WORDS: tuple[tuple[str, ...], ...] = word_table("qualifier_words.tsv")
_SIDES = ("before", "after")
_MEANINGS = ("at_least", "at_most", "approximate", "none")
for _row in _QUALIFIER_WORDS:
    if len(_row) != 3 or _row[1] not in _SIDES or _row[2] not in _MEANINGS:
        raise ValueError(f"qualifier_words.tsv: bad row {_row!r} (word, side, meaning)")


def _words(side: str, meaning: str) -> tuple[str, ...]:
    return tuple(word for word, at, means in _QUALIFIER_WORDS if at == side and means == meaning)


#: words right before a number that make it a lower bound
AT_LEAST_BEFORE: tuple[str, ...] = _words("before", "at_least")
#: words right before a number that make it an upper bound
AT_MOST_BEFORE: tuple[str, ...] = _words("before", "at_most")
#: words right before a number that make it approximate
APPROX_BEFORE: tuple[str, ...] = _words("before", "approximate")
#: words right after a number (or ending its span) that make it a bound
AT_LEAST_AFTER: tuple[str, ...] = _words("after", "at_least")
AT_MOST_AFTER: tuple[str, ...] = _words("after", "at_most")
#: words right after a number (or ending its span) that make it approximate
APPROX_AFTER: tuple[str, ...] = _words("after", "approximate")
#: words that end in a qualifier but are not one: 已签约[100亿元] is no guess,
#: 附近 no "nearly"; a context ending in one of these qualifies nothing
NOT_QUALIFIERS: tuple[str, ...] = _words("before", "none")

#: words joining coordinated figures: 5亿元及3000万美元以上 (以上 governs both)
COORDINATORS: frozenset[str] = frozenset({"及", "和", "与", "或", "、", "以及", "或者", "和/或"})

#: the labels whose values are numbers a reader may add up
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Qualifier:
    """What the words next to one mention say about its number."""

    #: "at_least", "at_most" or None (an exact or approximate figure)
    bound: str | None = None
    approximate: bool = False
    #: the qualifying words as written, before and after the number
    before: str = ""
    after: str = ""

    @property
    def threshold(self) -> bool:
        return self.bound is not None


def _ends_with(text: str, words: tuple[str, ...]) -> str:
    return max((w for w in words if text.endswith(w)), key=len, default="")


def _starts_with(text: str, words: tuple[str, ...]) -> str:
    return max((w for w in words if text.startswith(w)), key=len, default="")


def read_qualifier(mention: str, before: str = "", after: str = "") -> Qualifier:
    """Qualifiers of ``mention`` written inside its span or right around it.

    ``before`` and ``after`` are the few characters of text that touch the
    mention (layout whitespace is ignored).

    >>> read_qualifier("亿元", before="完成落地超").bound
    'at_least'
    >>> read_qualifier("10亿元", after="以上项目").bound
    'at_least'
    >>> read_qualifier("20家", before="全市近").approximate
    True
    """
    mention = _SPACE.sub("", mention or "")
    head = _SPACE.sub("", before or "") + mention
    tail = mention + _SPACE.sub("", after or "")
    # the word before the number: at the start of the span, or ending the context
    word_before = _starts_with(mention, AT_MOST_BEFORE + AT_LEAST_BEFORE + APPROX_BEFORE)
    if not word_before:
        context = head[: len(head) - len(mention)]
        word_before = _ends_with(context, AT_MOST_BEFORE + AT_LEAST_BEFORE + APPROX_BEFORE)
        if _ends_with(context, NOT_QUALIFIERS):
            word_before = ""
    # the word after it: ending the span, or opening the context
    word_after = _ends_with(mention, AT_LEAST_AFTER + AT_MOST_AFTER + APPROX_AFTER)
    if not word_after:
        word_after = _starts_with(
            tail[len(mention) :], AT_LEAST_AFTER + AT_MOST_AFTER + APPROX_AFTER
        )
    bound = None
    if word_before in AT_MOST_BEFORE or word_after in AT_MOST_AFTER:
        bound = "at_most"
    if word_before in AT_LEAST_BEFORE or word_after in AT_LEAST_AFTER:
        bound = "at_least"
    approximate = word_before in APPROX_BEFORE or word_after in APPROX_AFTER
    return Qualifier(bound, approximate, word_before, word_after)


def qualify(value: dict[str, Any] | None, qualifier: Qualifier) -> dict[str, Any] | None:
    """``value`` with ``threshold`` (always), ``bound`` and ``approximate`` set."""
    if value is None:
        return None
    value["threshold"] = qualifier.threshold
    if qualifier.bound:
        value["bound"] = qualifier.bound
    if qualifier.approximate:
        value["approximate"] = True
    return value


class Mention(Protocol):
    """What :func:`share_bounds` reads of an entity."""

    start: int
    end: int
    label: str
    value: dict[str, Any] | None


def share_bounds(text: str, mentions: Sequence[Mention]) -> None:
    """Give a bound written after the last of coordinated figures to all of them.

    In 注册[5亿元]及[3000万美元]以上重大项目 the 以上 makes both figures
    bounds, but it touches only the second.  Walking from the right, a figure
    of the same label separated from a bounded one by a coordinator alone
    (及, 和, 、 …) takes its bound.  Only bounds written *after* travel this
    way: a 超 before the first figure is read on each figure's own.
    """
    ordered = sorted(mentions, key=lambda m: m.start)
    shared: set[int] = set()  # ids of the mentions given a bound here (1亿元、2亿元和3亿元以上)
    for left, right in zip(reversed(ordered[:-1]), reversed(ordered[1:]), strict=True):
        if left.label != right.label or left.label not in NUMERIC_LABELS:
            continue
        if not left.value or not right.value or left.value.get("threshold"):
            continue
        bound = right.value.get("bound")
        between = _SPACE.sub("", text[left.end : right.start])
        if not bound or between not in COORDINATORS:
            continue
        if id(right) not in shared and not _bounded_after(text, right):
            continue
        left.value["threshold"] = True
        left.value["bound"] = bound
        shared.add(id(left))


def _bounded_after(text: str, mention: Mention) -> bool:
    """Whether the words right after ``mention`` (or ending it) make it a bound."""
    tail = _SPACE.sub("", text[mention.start : mention.end + 6])
    span = _SPACE.sub("", text[mention.start : mention.end])
    after = tail[len(span) :]
    words = AT_LEAST_AFTER + AT_MOST_AFTER
    return bool(_ends_with(span, words) or _starts_with(after, words))
