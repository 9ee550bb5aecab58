"""The heading record that the structure passes share.

Reading a heading, telling its kind and finding its progress all fill in one
:class:`ParsedHeading`; it lives in a module of its own so that each of those
modules, and :mod:`extractor.structure` above them, can import it without a
cycle. With it goes the punctuation a heading's title is trimmed of, which all
of them use.
"""

from __future__ import annotations

from dataclasses import dataclass

#: What a heading's title is trimmed of at its end (its closing 。 or ：, commas,
#: spaces), and what may stand between it and the body that follows.
_TRAILING_PUNCT = "。：:，,；;！？ \t\u3000"


@dataclass
class ParsedHeading:
    """A heading found in the cleaned text (offsets into that text)."""

    start: int
    end: int
    level: int
    marker: str
    number: int | None
    title: str
    kind: str = "section"
    problem: str | None = None
    status: str | None = None
    parent: int | None = None
    run_in: bool = False
    #: a problem heading's own progress note (已整改), when it has one
    status_note: str | None = None
    #: cleaned-text range of the problem statement (inside the quotes, or after 关于)
    problem_span: tuple[int, int] | None = None
    #: end of the region this heading governs (next heading of same or higher level)
    scope_end: int = 0
    #: a problem told by its wording alone (不到位, 多计…问题), not by 关于 or quotes
    from_wording: bool = False
