"""The rule layer that reads a notice's structure: heading tree and problems.

Notices number their sections with four marker families (一、 / （一） /
1. 1、 / （1）); a heading either fills its own line or runs into the body text
of its paragraph and then ends at the first 。 or ：. What a heading *is* (a
fed-back problem, a category of problems, a progress status, or a plain
section) is told by its wording, per the annotation guideline. Everything here
works on the cleaned text of :mod:`extractor.text`; callers map offsets back.

The rules live in modules of their own: :mod:`extractor.heading_reading` finds
heading lines and reads their extent, title and problem;
:mod:`extractor.heading_wording` tells a heading's kind by its wording and
:mod:`extractor.heading_kinds` by the tree; :mod:`extractor.heading_status` reads
stated progress. This module links the tree, lists the problems, and is the
import point for all of it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from extractor.heading_kinds import _marker_style, _refine_kinds, category_label
from extractor.heading_markers import LIST_ONLY_STYLES
from extractor.heading_reading import _cut_quoted_problem, _match_marker, _read_heading
from extractor.parsed_heading import ParsedHeading

__all__ = [
    "ParsedHeading",
    "ParsedProblem",
    "Structure",
    "category_label",
    "parse_headings",
    "parse_structure",
]


@dataclass
class ParsedProblem:
    """One problem fed back by the inspection, with where its text lies."""

    heading: int
    number: int | None
    statement: str
    status: str | None
    status_text: str | None
    category: str | None
    start: int
    end: int


@dataclass
class Structure:
    headings: list[ParsedHeading] = field(default_factory=list)
    problems: list[ParsedProblem] = field(default_factory=list)

    def path(self, index: int | None) -> list[int]:
        """Heading indices from the root down to ``index``."""
        out: list[int] = []
        while index is not None:
            out.append(index)
            index = self.headings[index].parent
        return out[::-1]

    def innermost(self, position: int) -> int | None:
        """Index of the innermost heading whose scope contains ``position``."""
        best = None
        for i, heading in enumerate(self.headings):
            if heading.start > position:
                break
            if position < heading.scope_end:
                best = i
        return best


#: The line that opens a notice's list of attached files (附件：1.整改清单).
_ATTACHMENTS = re.compile(r"[ \t\u3000]*附件[：:]")


def parse_headings(text: str, *, stop: int | None = None) -> list[ParsedHeading]:
    """Find every heading line of the cleaned ``text`` (up to ``stop``)."""
    limit = len(text) if stop is None else stop
    headings: list[ParsedHeading] = []
    # each line's marker, read once: a list-only style counts over the whole notice
    lines = [(pos, end, _match_marker(text[pos:end])) for pos, end in _lines(text, limit)]
    list_styles = Counter(
        found[0].name for _, _, found in lines if found and found[0].name in LIST_ONLY_STYLES
    )
    attachments = False  # after 附件：1.… the numbered lines list attached files
    for pos, line_end, found in lines:
        line = text[pos:line_end]
        if _ATTACHMENTS.match(line):
            attachments = True
        elif attachments and line.strip() and not (found and found[1].strip()[:1].isdigit()):
            attachments = False  # (a blank line between the files keeps the list going)
        if attachments:
            continue
        if (
            found is not None
            and found[0].name in LIST_ONLY_STYLES
            and list_styles[found[0].name] < 2
        ):
            found = None  # 针对“…”问题，… once in a notice: a sentence, not a list of problems
        if (
            found is not None
            and found[0].name == "①"
            and any(_marker_style(h.marker) in ("（1）", "1）") for h in headings)
        ):
            found = None  # ① below （1） items: a list inside them, no level of the tree
        if found is None and not text[line_end:].strip():
            found = _cut_quoted_problem(line)
        if found is not None and line.strip():
            heading = _read_heading(text, pos, line_end, *found)
            if heading is not None:
                headings.append(heading)
    _link_tree(headings, limit)
    _refine_kinds(headings, text)
    return headings


def _lines(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text`` up to ``limit``."""
    lines, pos = [], 0
    while pos < limit:
        nl = text.find("\n", pos)
        line_end = limit if nl < 0 or nl > limit else nl
        lines.append((pos, line_end))
        pos = line_end + 1
    return lines


def _link_tree(headings: list[ParsedHeading], limit: int) -> None:
    stack: list[int] = []
    for i, heading in enumerate(headings):
        while stack and headings[stack[-1]].level >= heading.level:
            headings[stack.pop()].scope_end = heading.start
        heading.parent = stack[-1] if stack else None
        stack.append(i)
    for i in stack:
        headings[i].scope_end = limit


def parse_structure(text: str, *, stop: int | None = None) -> Structure:
    """Heading tree plus the problem list with status and category."""
    headings = parse_headings(text, stop=stop)
    structure = Structure(headings=headings)
    for i, heading in enumerate(headings):
        if heading.kind != "problem":
            continue
        status = status_text = category = None
        for j in structure.path(heading.parent):
            ancestor = headings[j]
            if ancestor.kind == "status":
                status, status_text = ancestor.status, ancestor.title.strip()
            elif ancestor.kind == "category":
                category = category_label(ancestor.title.strip())
        if heading.status_note is not None:  # the problem's own note is more specific
            status, status_text = heading.status, heading.status_note
        structure.problems.append(
            ParsedProblem(
                heading=i,
                number=heading.number,
                statement=heading.problem or heading.title,
                status=status,
                status_text=status_text,
                category=category,
                start=heading.start,
                end=heading.scope_end,
            )
        )
    return structure
