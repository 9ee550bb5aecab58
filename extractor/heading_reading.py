"""Finding a heading line and reading where the heading ends and what problem it states.

A heading is a marker (一、 （一） 1. （1） …) and a title that fills its line or
runs into the body and ends at the first 。 or ：; a quoted problem (关于“…”的问题)
ends after its closing quote, which a hard line break or the excerpt's end may
have lost. This module reads one heading's extent, title and problem statement;
what the heading is, it leaves to :mod:`extractor.heading_wording`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.chars import is_ideograph
from extractor.heading_kinds import _FEEDBACK_GROUP
from extractor.heading_markers import (
    MARKER_BULLET,
    PARAGRAPH_LABEL,
    TREE_STYLES,
    MarkerStyle,
    marker_number,
    match_marker,
)
from extractor.heading_status import _status_of
from extractor.heading_wording import _TRAILING_NOTE, _classify
from extractor.parsed_heading import _TRAILING_PUNCT, ParsedHeading

_OPEN_QUOTES = '“"「『'
_CLOSE_QUOTES = {"“": "”", '"': '"', "「": "」", "『": "』"}
#: What may stand before a quoted problem: 关于“…”, 针对“…”, 巡察指出“…”, 存在“…”,
#: 关于巡察反馈的“…”
_PROBLEM_LEAD = re.compile(
    r"(?:关于|针对)?\s*(?:(?:巡[视察](?:组)?)?(?:反馈|指出|发现)(?:的)?|存在)?\s*"
)
#: …which, when nothing stands before the quote, must be followed by 问题: “…”的问题
_QUOTE_IS_PROBLEM = re.compile(r"[”\"」』]?的?问题")
#: A label that says the rest of the line is the problem: 1.问题：…。整改情况：…
_PROBLEM_LABEL = re.compile(r"^(?:存在(?:的)?)?问题(?:描述|表现)?$")
_PROBLEM_TAIL = re.compile(
    r"\s*(?:的?问题)?(?:的?整改(?:落实|进展|推进)?(?:情况)?)?(?:[及和]整改(?:情况|进展)?)?"
)
_UNQUOTED_PROBLEM = re.compile(
    r"^(?:关于|针对)(.{2,80}?)(?:的)?问题(?:的?整改(?:落实|进展)?(?:情况)?)?$"
)
#: …and run on into the measures: 1.针对廉政风险防控不到位的问题，制定…
_LEADING_PROBLEM = re.compile(
    r"^(?:关于|针对)([^，,。]{2,60}?)(?:的)?问题(?:的?整改(?:情况)?)?[，,]"
)
#: A progress note after a problem heading: …的问题（已整改）, …问题的整改（持续推进）
_STATUS_NOTE = re.compile(r"[ \t\u3000]*[（(【]([^（）()【】\n]{1,12})[）)】]")
_TERMINATORS = "。：:！？"
#: What parts a pasted table's cells on a line (the cleaning keeps a tab as \u3000).
_CELL_SEPARATORS = "\u3000\t｜|"


def _match_marker(line: str) -> tuple[MarkerStyle, str, int] | None:
    """Return (style, marker, length incl. indentation) for a heading line."""
    found = match_marker(line, TREE_STYLES)
    if found is None:
        return None
    style, match = found
    return style, match.group(0), match.end()


#: The text's last line opening a quoted problem whose quote the excerpt cut
#: (针对“老旧小区加装电梯…推进): the unnumbered quoted problem's heading, cut short.
_CUT_QUOTED = re.compile(
    rf"[ \t\u3000]*(?:{MARKER_BULLET.pattern})?(?=(?:针对|关于)[“\"][^”\"\n]{{4,80}}$)"
)


def _cut_quoted_problem(line: str) -> tuple[MarkerStyle, str, int] | None:
    """The style, empty marker and indentation of a cut-off quoted problem line."""
    found = _CUT_QUOTED.match(line)
    if found is None:
        return None
    style = next(s for s in TREE_STYLES if s.name == "针对“…”问题：")
    return style, "", found.end()


def _quoted_problem(text: str, pos: int) -> tuple[str, int, tuple[int, int]] | None:
    """At ``pos`` an opening quote: return (statement, end after 问题的整改)."""
    opener = text[pos]
    closer = _CLOSE_QUOTES[opener]
    depth, k = 0, pos + 1
    limit = min(len(text), pos + 400)
    while k < limit:
        char = text[k]
        if char == "\n" and k + 1 < len(text) and text[k + 1] == "\n":
            return None  # never run into the next paragraph
        if closer == '"' and char == '"':
            break
        if char == opener and closer != opener:
            depth += 1
        elif char == closer:
            if depth == 0:
                break
            depth -= 1
        k += 1
    else:
        return None
    statement = text[pos + 1 : k].replace("\n", "").strip()
    tail = _PROBLEM_TAIL.match(text, k + 1)
    return statement, tail.end() if tail else k + 1, (pos + 1, k)


_STATEMENT_END = re.compile(
    r"[^。：:！？\n]{1,60}?的?问题(?:的?整改(?:落实|进展)?(?:情况)?)?(?=[。：:！？\n]|$)"
)


def _quote_continues(text: str, end: int, close: int, line_end: int) -> bool:
    """True when the quote is only part of the statement: 关于“一把手”监督不力的问题,
    关于“四风”问题仍有发生的问题."""
    if end >= line_end or text[end] in _TERMINATORS + _TRAILING_PUNCT:
        return False
    if end == close + 1:
        return True
    return bool(_STATEMENT_END.match(text, end, line_end))


def _quote_lost(text: str, line_end: int, close: int) -> bool:
    """The quote opened on this line closes beyond the next line, or the next
    line is a heading or a label of its own: the closing quote was lost (a
    quote wrapped by a hard line break closes on the next line)."""
    if close < line_end:
        return False
    next_end = text.find("\n", line_end + 1)
    next_end = len(text) if next_end < 0 else next_end
    if close > next_end:
        return True
    following = text[line_end + 1 : next_end]
    return _match_marker(following) is not None or bool(PARAGRAPH_LABEL.match(following))


def _lost_quote_statement(text: str, start: int, line_end: int) -> str | None:
    """The rest of a heading line whose quote never closes, when it is short
    and holds no sentence end (else it is prose, not a lost quote). Where the
    text breaks off on that line (an excerpt), the quote was cut, not lost: the
    statement runs to its first sentence end."""
    rest = text[start:line_end].strip()
    if not text[line_end:].strip():  # cut off: the statement ends at its sentence's end
        rest = re.split(r"[。！？]", rest, maxsplit=1)[0]
    rest = rest.rstrip(_TRAILING_PUNCT)
    if not 2 <= len(rest) <= 80 or any(c in rest for c in "。！？"):
        return None
    return rest


def _heading_extent(text: str, body_start: int, line_end: int) -> tuple[int, bool]:
    """End of a heading title starting at ``body_start``; run-in or not.

    A row of a pasted ledger ends its problem cell at the cell separator (a tab or a
    wide run of spaces, kept as an ideographic space by the cleaning, or a bar:
    1.…未及时复耕⇥逐块核查…⇥镇农业农村服务中心) when more cells follow: the
    measures, the unit and the date are the row's other cells."""
    for k in range(body_start, line_end):
        if (
            text[k] in _TERMINATORS
            # …不够深入；整改情况：…: a label after ；, not the heading's own words
            or (text[k] in "；;" and PARAGRAPH_LABEL.match(text, k + 1))
            or (text[k] in _CELL_SEPARATORS and _another_cell(text, k + 1, line_end))
        ):
            rest = text[k + 1 : line_end].strip()
            return k, bool(rest)
    return line_end, False


def _another_cell(text: str, start: int, line_end: int) -> bool:
    """Whether more cells follow ``start`` on the line: a ledger row holds several cells
    (a problem, its measures, a unit, a date, a status), while spaces in a title part its
    two or three phrases (一、提高政治站位　压实整改责任　狠抓问题整改). After a bar one more
    bar will do; after a space, two more spaces."""
    rest = text[start:line_end].strip(" \t\u3000")
    if text[start - 1] in "｜|":
        return any(c in "｜|" for c in rest)
    return sum(1 for c in rest if c in "\u3000\t") >= 2


@dataclass
class _Extent:
    """Where a heading ends, whether body text runs on after it on its line, and
    the quoted problem statement it names (with its span), if any."""

    end: int
    run_in: bool
    problem: str | None = None
    problem_span: tuple[int, int] | None = None


def _title_on_next_line(text: str, marker_line_end: int) -> tuple[int, int] | None:
    """The next line as the title of a marker left alone on its line (a PDF or page
    layout breaks after （二）): a line with no marker of its own that opens like a
    problem's title (关于, 针对, a quote) or is short enough for one."""
    start = marker_line_end + 1
    if start >= len(text):
        return None
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start:end].strip()
    if not line or _match_marker(line) is not None:
        return None
    opens_like_title = line.startswith(("关于", "针对", "“", '"'))
    # (a page number, — 3 —, is no title)
    short_title = len(line) <= 30 and is_ideograph(line[0])
    return (start, end) if opens_like_title or short_title else None


def _read_heading(
    text: str, line_start: int, line_end: int, style: MarkerStyle, marker: str, marker_len: int
) -> ParsedHeading | None:
    start = line_start + (len(text[line_start:line_end]) - len(text[line_start:line_end].lstrip()))
    body_start = line_start + marker_len
    while body_start < line_end and text[body_start] in " \t\u3000":
        body_start += 1
    if body_start >= line_end:
        title_line = _title_on_next_line(text, line_end)
        if title_line is None:
            return None  # a bare marker is a list artefact, not a heading
        body_start, line_end = title_line  # （二）⏎关于“…”问题的整改: a PDF's broken line
    extent = _heading_span(text, body_start, line_end)
    end = extent.end
    while end > start and text[end - 1] in _TRAILING_PUNCT + "\n":
        end -= 1
    title = text[body_start:end].replace("\n", "")
    if not title.strip():
        return None
    counted = marker[-1:] in (".", "．", "、") and body_start == line_start + marker_len  # 2.3个…
    if style.level == 3 and re.match(r"\d", title) and not (counted or style.numbers_problems):
        return None  # "1. 2023年…" style numbering of figures is not a heading (问题1：3个… is)
    heading = ParsedHeading(
        start=start,
        end=end,
        level=style.level or 0,
        marker=marker.strip(),
        number=marker_number(marker),
        title=title,
        problem=extent.problem,
        run_in=extent.run_in,
        problem_span=extent.problem_span,
    )
    _read_title(heading, style, body_start)
    _classify(heading)
    return heading


def _heading_span(text: str, body_start: int, line_end: int) -> _Extent:
    """The extent of a heading whose title starts at ``body_start``: to its closing
    quote (关于“…”问题), its first 。/：, or its line's end; a progress note in
    brackets after a quoted problem belongs to it."""
    extent: _Extent | None = None
    lead = _PROBLEM_LEAD.match(text, body_start)
    if lead and lead.end() < len(text) and text[lead.end()] in _OPEN_QUOTES:
        extent = _quoted_extent(text, lead.end(), line_end)
        if extent and lead.end() == lead.start() and not _names_problem(text, extent):
            extent = None  # “强基聚力”工程: a quoted name, not a problem
    if extent is None:
        extent = _Extent(*_heading_extent(text, body_start, line_end))
        label = text[body_start : extent.end].strip()
        if extent.end < line_end and text[extent.end] in "：:":
            if _FEEDBACK_GROUP.match(label):  # (一)反馈问题：…不到位。
                extent = _Extent(*_heading_extent(text, extent.end + 1, line_end))
            elif _PROBLEM_LABEL.match(label):  # 1.问题：…不到位。整改情况：…
                extent = _labelled_problem(text, extent.end + 1, line_end)
        return extent
    note = _STATUS_NOTE.match(text, extent.end, line_end)
    if note is not None and _status_of(note.group(1)) is not None:
        extent.end = note.end()  # 关于“……”问题的整改（已完成）
        extent.run_in = bool(text[extent.end : line_end].strip(_TRAILING_PUNCT))
    return extent


def _names_problem(text: str, extent: _Extent) -> bool:
    """Whether a quote with nothing before it is followed by 问题 (“…”的问题)."""
    return extent.problem_span is not None and bool(
        _QUOTE_IS_PROBLEM.match(text, extent.problem_span[1])
    )


def _labelled_problem(text: str, start: int, line_end: int) -> _Extent:
    """The heading after a 问题： label runs to the statement's end; the statement
    is the problem."""
    while start < line_end and text[start] in " \t\u3000":
        start += 1
    end, run_in = _heading_extent(text, start, line_end)
    statement = text[start:end].rstrip(_TRAILING_PUNCT)
    if not statement:
        return _Extent(end, run_in)
    return _Extent(end, run_in, statement, (start, start + len(statement)))


def _quoted_extent(text: str, quote: int, line_end: int) -> _Extent | None:
    """A heading 关于“…”问题 whose quote opens at ``quote``: it ends after the
    closing quote's 问题(的整改); None when the quote is part of the statement."""
    quoted = _quoted_problem(text, quote)
    lost = quoted is None or _quote_lost(text, line_end, quoted[2][1])
    if lost and (statement := _lost_quote_statement(text, quote + 1, line_end)):
        # 1.关于“学用结合不紧密: the closing quote is lost, the line is the statement
        return _Extent(line_end, False, statement, (quote + 1, quote + 1 + len(statement)))
    if quoted is None or _quote_continues(text, quoted[1], quoted[2][1], line_end):
        return None  # 关于“一把手”监督不力的问题: the quote is part of the statement
    problem, end, span = quoted
    rest = text[end:line_end] if end <= line_end else ""
    return _Extent(end, bool(rest.strip(_TRAILING_PUNCT)), problem, span)


def _read_title(heading: ParsedHeading, style: MarkerStyle, body_start: int) -> None:
    """A status note closing the title (…（已整改）), and the problem an unquoted
    title states: the whole title under a 【问题N】 marker, else 关于/针对…问题."""
    title = heading.title
    bare_title = title.strip()
    trailing = _TRAILING_NOTE.search(bare_title)
    if trailing and _status_of(trailing.group(1)) is not None:
        heading.status, heading.status_note = _status_of(trailing.group(1)), trailing.group(1)
        bare_title = bare_title[: trailing.start()].rstrip()
    if heading.problem is not None:
        return
    if style.numbers_problems:
        heading.problem, heading.problem_span = (
            bare_title,
            (body_start, body_start + len(bare_title)),
        )
        return
    unquoted = _UNQUOTED_PROBLEM.match(bare_title) or _LEADING_PROBLEM.match(bare_title)
    if unquoted:
        heading.problem = unquoted.group(1).strip()
        offset = body_start + len(title) - len(title.lstrip())
        heading.problem_span = (offset + unquoted.start(1), offset + unquoted.end(1))
