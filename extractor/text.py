"""Input preparation with an offset map back to the caller's string.

Real notices arrive as PDF/newspaper text with hard line breaks inside words,
page-continuation markers, HTML leftovers, full-width digits, traditional
characters and whole documents printed twice. Everything downstream works on a
cleaned string, but every offset the library reports must index the caller's
original string: :class:`PreparedText` keeps, for each cleaned character, the
index of the original character it came from.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from statistics import median

from extractor.chars import (
    INVISIBLE,
    LINE_ENDS,
    WIDE_SPACES,
    fold_layout_char,
    is_cjk,
    is_ideograph,
)
from extractor.heading_markers import (
    match_marker,
    starts_paragraph,
    starts_with_comma_marker,
    starts_with_marker,
)
from extractor.places import MAX_PLACE_LEN, PLACE_NAMES

_SENTENCE_END = "。！？!?；;：:”\"'）)》】"
#: A title line ends a paragraph however long it is (…整改进展情况的通报).
#: The separators of a web page's breadcrumb (首页 > 政务公开 > 通知公告)
CRUMB_SEPARATORS = ">›»"
#: The short name a text defines after a name, in brackets: （以下简称“交控集团”）,
#: (以下简称:集团党委), (以下简称集团), (简称“县住建局”), after a former name (原武汉市地方
#: 金融工作局，以下简称市金融局); group 1 is the short name.
ALIAS_NOTE = r"[（(](?:原[^（）()，,]{2,30}[，,])?(?:以下)?简称[：:]?[“\"‘]?([\u4e00-\u9fff]{1,30})[”\"’]?[）)]"
#: A web page's publication date (and time) written after a title on its line
#: (…的通报 2026-02-13, …的通报 2024-06-24 17:44)
PAGE_DATE_AFTER = r"\s+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$"
#: How a title line ends, a page's date after it or not
_TITLE_END = re.compile(rf"(?:通报|报告|公告|公示|通知|意见)(?:{PAGE_DATE_AFTER}|\s*$)")
#: A headline that leaves the genre word out and ends in its subject
#: (【巡察整改】中共…党组关于…“回头看”整改进展情况): a title line all the same.
_HEADLINE_WITHOUT_GENRE = re.compile(
    r"^(?:【[^【】]{1,12}】)?[^，,。；;]{0,40}关于[^，,。；;]{4,80}整改(?:进展|落实)?情况\s*$"
)
#: How a heading line ends (…问题的整改情况, 关于…的问题, …方面): after a line that
#: opens with a heading marker and ends so, the break is the heading's end even
#: where the line is as wide as the column.
_HEADING_LINE_END = re.compile(r"(?:情况|问题|方面)\s*$")
#: A web page's field labels, at the line's start or after a space (索引号：… 发布机构：…
#: 成文日期：2024-10-15): a line of page fields ends there, whatever its last character.
_PAGE_FIELD = re.compile(
    r"(?:^|\s)(?:索引号|发布机构|成文日期|发文日期|发布时间|发布日期|来源|浏览次数|点击数|访问量|字号|文号|主题分类)"
    r"\s*[:：]"
)
_PAGE_MARKER = re.compile(
    r"[（(]\s*(?:未完\s*[，,、]?\s*)?(?:下转|上接|转)\s*(?:第\s*)?[A-Za-z]?\s*\d+\s*版\s*[）)]"
)
_HTML_TAG = re.compile(r"<(?:/?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?|!--.*?--)>", re.S)
_HTML_ENTITY = re.compile(r"&(?:#\d{1,6}|#x[0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});")
_ASCII_TO_FULLWIDTH = {",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "?": "？", "!": "！"}
_SPACES = " \t" + WIDE_SPACES + "\u200b\ufeff"
#: everything the layout pass touches: line ends, invisibles, other control
#: characters (not tab or newline) and lone surrogates
_LAYOUT = re.compile(
    "[" + LINE_ENDS + INVISIBLE + "\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff]"
)


@dataclass(frozen=True)
class PreparedText:
    """A cleaned text plus the map from each of its characters to the original.

    ``origin[i]`` is the index in ``original`` of cleaned character ``i``; it is
    strictly increasing, so spans map back monotonically and
    ``original[start:end]`` of a mapped span always covers the whole mention,
    including any line break the cleaning removed inside it.
    """

    original: str
    text: str
    origin: tuple[int, ...]
    #: offset in ``original`` where a repeated copy of the document begins
    duplicate_from: int | None = None
    hard_wrapped: bool = False
    traditional: bool = False

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open cleaned span to the half-open original span."""
        if end <= start:
            pos = self.origin[start] if start < len(self.origin) else len(self.original)
            return pos, pos
        return self.origin[start], self.origin[end - 1] + 1

    def to_clean(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open original span to the smallest cleaned span inside it."""
        cstart = bisect_left(self.origin, start)
        cend = bisect_left(self.origin, end)
        return cstart, max(cstart, cend)

    def original_span_text(self, start: int, end: int) -> str:
        ostart, oend = self.to_original(start, end)
        return self.original[ostart:oend]

    def joined_breaks(self) -> list[int]:
        """Offsets of the line breaks of a hard-wrapped text (PDF or newspaper
        columns) that the cleaning read as wraps and joined, in the analysed part:
        a display shows them as running text, as the analysis read them."""
        if not self.hard_wrapped:
            return []
        stop = len(self.original) if self.duplicate_from is None else self.duplicate_from
        kept = set(self.origin)
        return [m.start() for m in re.finditer("\n", self.original[:stop]) if m.start() not in kept]


class _Builder:
    """Accumulates cleaned characters with their original positions."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.origin: list[int] = []

    def add(self, char: str, pos: int) -> None:
        self.chars.append(char)
        self.origin.append(pos)


def _normalise_layout(text: str) -> tuple[str, list[int] | None]:
    """Line ends to ``\\n``, invisible and control characters dropped, lone
    surrogates to U+FFFD; with the index in ``text`` of each kept character
    (``None`` when nothing changed, the common case).

    CRLF becomes the ``\\n`` alone; CR, NEL, U+2028/U+2029, vertical tab and
    form feed each become one ``\\n``. Zero-width joiners and bidi marks would
    otherwise split names and hide heading markers at a line start."""
    if _LAYOUT.search(text) is None:
        return text, None
    pieces: list[str] = []
    origin: list[int] = []
    pos = 0
    for match in _LAYOUT.finditer(text):
        at = match.start()
        pieces.append(text[pos:at])
        origin.extend(range(pos, at))
        char = match.group()
        if char in LINE_ENDS:
            if not (char == "\r" and text.startswith("\n", at + 1)):
                pieces.append("\n")
                origin.append(at)
        elif "\ud800" <= char <= "\udfff":
            pieces.append("\ufffd")  # never handed on: encoders and tokenizers reject it
            origin.append(at)
        pos = at + 1
    pieces.append(text[pos:])
    origin.extend(range(pos, len(text)))
    return "".join(pieces), origin


def _strip_html(text: str) -> list[tuple[str, int]]:
    """Drop tags, decode entities; keep (char, original index) pairs.

    Block-level tags become a line break so paragraphs stay apart."""
    if "<" not in text and "&" not in text:
        return [(c, i) for i, c in enumerate(text)]
    out: list[tuple[str, int]] = []
    pos = 0
    pattern = re.compile(_HTML_TAG.pattern + "|" + _HTML_ENTITY.pattern, re.S)
    for match in pattern.finditer(text):
        out.extend((c, i) for i, c in enumerate(text[pos : match.start()], pos))
        token = match.group(0)
        if token.startswith("&"):
            decoded = html.unescape(token)
            if len(decoded) == 1:
                out.append((decoded, match.start()))
        elif re.match(r"</?(?:p|div|br|li|tr|h\d|table|section|article)\b", token, re.I):
            out.append(("\n", match.start()))
        pos = match.end()
    out.extend((c, i) for i, c in enumerate(text[pos:], pos))
    return out


@lru_cache(maxsize=1)
def _t2s():
    try:
        from opencc import OpenCC
    except ImportError:  # optional: without it traditional text is analysed as is
        return None
    return OpenCC("t2s")


@lru_cache(maxsize=8192)
def _simplify_char(char: str) -> str:
    converter = _t2s()
    if converter is None:
        return char
    converted = converter.convert(char)
    return converted if len(converted) == 1 else char


def _looks_traditional(text: str) -> bool:
    sample = [c for c in text[:20000] if is_ideograph(c)]
    if len(sample) < 20:
        return False
    changed = sum(1 for c in set(sample) if _simplify_char(c) != c)
    return changed / max(1, len(set(sample))) > 0.05


#: how many candidate copies get the full comparison; the sampled test before it
#: is cheap, so the whole check stays linear in the length of the text
_MAX_FULL_CHECKS = 8
_SAMPLES = 128


def _find_duplicate(text: str) -> int | None:
    """Offset where the document starts again, for notices printed twice.

    The test is that the text from some line start on repeats the opening of
    the document for at least 90% of its remaining length (whitespace
    ignored), which a quotation or a repeated heading never does. A candidate
    is any line that starts like the first line, indentation ignored. Each
    candidate is first compared at a fixed number of sampled positions, and
    only a few that pass get the full comparison, so the time is linear in
    the text however often the first line recurs."""
    lines = text.split("\n")
    first_line = next((line.strip() for line in lines if line.strip()), "")
    if len(first_line) < 8 or len(text) < 400:
        return None
    squashed = "".join(text.split())
    total = len(squashed)
    pos = 0  # offset of the current line in text
    kept = 0  # non-whitespace characters before it
    seen_first = False
    full_checks = 0
    for line in lines:
        begin, pos = pos, pos + len(line) + 1
        here, kept = kept, kept + len("".join(line.split()))
        body = line.lstrip()
        if not body.startswith(first_line):
            continue
        if not seen_first:
            seen_first = True
            continue
        tail = total - here
        if tail <= 200:
            return None  # every later candidate is shorter still
        if not _sampled_copy(squashed, here):
            continue
        if _is_copy(squashed, here):
            return begin + len(line) - len(body)
        full_checks += 1
        if full_checks >= _MAX_FULL_CHECKS:
            return None
    return None


def _sampled_copy(squashed: str, start: int) -> bool:
    """``squashed[start:]`` agrees with the opening at 80% of evenly spaced positions."""
    tail = len(squashed) - start
    step = max(1, tail // _SAMPLES)
    positions = range(0, tail, step)
    same = sum(1 for j in positions if squashed[start + j] == squashed[j])
    return same >= 0.8 * len(positions)


def _is_copy(squashed: str, start: int) -> bool:
    tail = squashed[start:]
    same = sum(1 for a, b in zip(tail, squashed, strict=False) if a == b)
    return same >= 0.9 * len(tail)


def _column_width(line: str, narrow_halves: bool = False) -> int:
    """The columns a line fills: its text and the full-width indentation before it (a
    PDF paragraph's first line is indented, its other lines are not, and both are full).
    With ``narrow_halves`` a half-width character (a digit, a Latin letter, ASCII
    punctuation) fills half a column, as a page that wraps by width sets it: there a
    line full of figures holds more characters than one of words."""
    text = line.strip()
    if not text:
        return 0
    indent = len(line) - len(line.lstrip("\u3000"))
    if not narrow_halves:
        return len(text) + indent
    narrow = sum(1 for c in text if c.isascii())
    return round(len(text) - narrow / 2) + indent


def _line_widths(text: str, narrow_halves: bool = False) -> list[int]:
    return [_column_width(line, narrow_halves) for line in text.split("\n") if line.strip()]


#: No printed column is narrower: lines of a few characters are a web page's menu
#: (成都 | 绵阳 | …), not a column to join.
_MIN_COLUMN = 6
#: A column found by display width is a page's, at least this wide.
_MIN_WIDTH_COLUMN = 24


@dataclass(frozen=True)
class _Column:
    """A hard-wrapped column: its width, and whether that width counts half-width
    characters as half a column (a page wrapped by width, not by characters)."""

    width: int
    narrow_halves: bool


def _column(text: str) -> _Column | None:
    """The column ``text`` is wrapped at, by characters (as most pasted PDFs count) or,
    failing that, by display width (half-width figures and ASCII punctuation take half
    a column); None for text that is not hard-wrapped."""
    for narrow_halves in (False, True):
        hard, width = _is_hard_wrapped(text, narrow_halves)
        # (by display width only a page's full column: short lines of figures, a list's
        # items, share a width by chance)
        if hard and (not narrow_halves or width >= _MIN_WIDTH_COLUMN):
            return _Column(width, narrow_halves)
    return None


def _is_hard_wrapped(text: str, narrow_halves: bool = False) -> tuple[bool, int]:
    """Newspaper/PDF columns: most lines share one short width.

    The full lines of a column are its widest common width; headings and the
    last lines of paragraphs are shorter, and in a notice with many short
    paragraphs they can be half the lines. So the width is the median, or,
    when the median line is not a full one, the width most lines near the
    top share (a third of the lines or more within two of it)."""
    widths = _line_widths(text, narrow_halves)
    if len(widths) < 8:
        return False, 0
    typical = int(median(widths))
    near = sum(1 for w in widths if abs(w - typical) <= 3)
    # a column has no line much wider than it (the title aside): where many are, the
    # common short lines are headings over wide paragraphs, not a column
    much_wider = sum(1 for w in widths if w > typical + 3)
    if (
        _MIN_COLUMN <= typical <= 60
        and near >= 0.5 * len(widths)
        and much_wider <= 0.15 * len(widths)
    ):
        return True, typical
    top = sorted(widths)[int(0.75 * (len(widths) - 1))]
    full = sum(1 for w in widths if top - 2 <= w <= top + 1)
    wider = sum(1 for w in widths if w > top + 1)
    # lines under half the width (a web page's menu and date lines, headings) say
    # nothing about the column: a third of the others must be full
    column = sum(1 for w in widths if w >= top / 2)
    hard = _MIN_COLUMN <= top <= 60 and full >= column / 3 and wider <= 0.1 * len(widths)
    if hard:
        return hard, top
    return _ledger_column(widths)


#: A ledger's field lines (责任单位：…, 完成时限：…) are short, so in a wrapped ledger the
#: full lines can be a quarter of all: a column is then the one width that many of the
#: longer lines share exactly, as no typed paragraph's lines do.
_MIN_LEDGER_COLUMN = 16


def _ledger_column(widths: list[int]) -> tuple[bool, int]:
    middle = median(widths)
    longer = [w for w in widths if w >= middle]
    width, count = max(Counter(longer).items(), key=lambda item: (item[1], item[0]))
    full = sum(1 for w in widths if width - 2 <= w <= width + 1)
    wider = sum(1 for w in widths if w > width + 1)
    hard = (
        _MIN_LEDGER_COLUMN <= width <= 60
        and count >= 5
        and full >= len(longer) / 2
        and wider <= 0.1 * len(widths)
    )
    return hard, width


def prepare(text: str) -> PreparedText:
    """Clean ``text`` for analysis and keep the map back to it.

    Steps, each keeping the offset map exact: line ends (CRLF, CR, NEL,
    U+2028/U+2029, form feed) made ``\\n``, zero-width and bidi marks and
    control characters dropped, lone surrogates replaced by U+FFFD, HTML tags
    and entities removed, page-continuation markers dropped, a repeated second copy
    of the document cut off (``duplicate_from``), soft line breaks of
    hard-wrapped columns joined (also across a blank line when a sentence runs
    on), spaces between Chinese characters dropped, full-width digits/letters
    folded to ASCII, ASCII punctuation between Chinese characters made
    full-width, traditional characters simplified one-to-one.
    """
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    pairs, duplicate_from = _source_pairs(text)
    cleaned = "".join(c for c, _ in pairs)
    column = _column(cleaned)
    hard_wrapped = column is not None
    traditional = _looks_traditional(cleaned)
    builder = _fold_characters(pairs, _soft_breaks(cleaned, column), traditional)
    return PreparedText(
        original=text,
        text="".join(builder.chars),
        origin=tuple(builder.origin),
        duplicate_from=duplicate_from,
        hard_wrapped=hard_wrapped,
        traditional=traditional,
    )


def _source_pairs(text: str) -> tuple[list[tuple[str, int]], int | None]:
    """The text's characters, each with its index in ``text``, after the passes that
    drop whole stretches: layout (line ends, invisibles), HTML, a repeated second copy
    of the document (whose start is returned) and page-continuation markers."""
    laid_out, layout_origin = _normalise_layout(text)
    pairs = _strip_html(laid_out)
    if layout_origin is not None:
        pairs = [(c, layout_origin[i]) for c, i in pairs]
    cleaned = "".join(c for c, _ in pairs)
    duplicate_from = None
    copy_at = _find_duplicate(cleaned)
    if copy_at is not None:
        duplicate_from = pairs[copy_at][1]
        pairs = pairs[:copy_at]
        cleaned = cleaned[:copy_at]
    keep = [True] * len(pairs)
    for match in _PAGE_MARKER.finditer(cleaned):
        for k in range(match.start(), match.end()):
            keep[k] = False
    return [p for p, k in zip(pairs, keep, strict=True) if k], duplicate_from


#: Spaces in a row that part a pasted table's cells, as a tab does, on a line with two
#: such runs or more (a PDF's stray spaces between characters come one or two at a time).
_CELL_SPACE_RUN = 3


def _cells_on_line(pairs: list[tuple[str, int]], k: int) -> int:
    """How many wide runs of spaces the line holding ``pairs[k]`` has: a pasted table's
    row has one between each two cells, a PDF's justified line one gap at most."""
    start = k
    while start > 0 and pairs[start - 1][0] != "\n":
        start -= 1
    runs, i = 0, start
    while i < len(pairs) and pairs[i][0] != "\n":
        if pairs[i][0] in " \u3000\t":
            run = _space_run(pairs, i)
            runs += run >= _CELL_SPACE_RUN
            i += run
        else:
            i += 1
    return runs


def _space_run(pairs: list[tuple[str, int]], k: int) -> int:
    """How many spaces (of any width) run from ``pairs[k]`` on."""
    end = k
    while end < len(pairs) and pairs[end][0] in " \u3000\t":
        end += 1
    return end - k


def _fold_characters(pairs: list[tuple[str, int]], drop: set[int], traditional: bool) -> _Builder:
    """The one-for-one pass: soft breaks and stray spaces between Chinese characters
    dropped, full-width forms folded, ASCII punctuation among Chinese characters made
    full-width, traditional characters simplified."""
    builder = _Builder()
    n = len(pairs)
    breaks, run_rest = _flattened_breaks(pairs, drop)
    for k, (char, pos) in enumerate(pairs):
        if k in drop or k in run_rest:
            continue
        if k in breaks:
            builder.add("\n", pos)  # a paragraph break the page flattened to spaces
            continue
        if char in _SPACES:
            prev_char = _neighbour(pairs, k, -1, drop)
            next_char = _neighbour(pairs, k, 1, drop)
            if not (is_cjk(prev_char) and is_cjk(next_char)):  # else a stray space
                builder.add(" ", pos)
            elif pairs[k - 1][0] not in _SPACES and (
                char in "\u3000\t"
                or (_space_run(pairs, k) >= _CELL_SPACE_RUN and _cells_on_line(pairs, k) >= 2)
            ):
                # an ideographic space inside a line parts cells and fields (问题　整改措施
                # 　责任单位, 第一部分　整改情况), no PDF stray: kept, once, as written; a
                # tab parts a pasted table's cells the same way (…36.8万元⇥农田建设股), and
                # so does a wide run of spaces (…记录不全    出台网格员考核细则    街道…)
                builder.add("\u3000", pos)
            elif parts_two_organs(prev_char, _chars_after(pairs, k, drop)):
                builder.add(" ", pos)
            continue
        char = fold_layout_char(char)
        if not char:
            continue
        if char in _ASCII_TO_FULLWIDTH:
            prev_char = pairs[k - 1][0] if k > 0 else ""
            next_char = pairs[k + 1][0] if k + 1 < n else ""
            if not (prev_char.isdigit() and next_char.isdigit()) and (
                is_cjk(prev_char) or is_cjk(next_char) or char in "()"
            ):
                char = _ASCII_TO_FULLWIDTH[char]
        if traditional:
            char = _simplify_char(char)
        builder.add(char, pos)
    return builder


#: A Chinese-numeral level-1 or level-2 marker (一、, （一）): the heading a page may run
#: on after a paragraph it flattened; no figure or list inside a sentence takes it.
_TOP_MARKER = re.compile(r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]")
#: A glued heading follows a paragraph of some length (…通报如下。一、…).
_GLUED_PARAGRAPH = 20
#: How far a marker may reach (针对“…”问题： holds its quoted problem).
_MARKER_WINDOW = 80
#: A heading's body follows its title when a sentence of some length ends the line.
_BODY_SENTENCE = 12


def _flattened_breaks(pairs: list[tuple[str, int]], drop: set[int]) -> tuple[set[int], set[int]]:
    """Paragraph breaks a page flattened (…通报如下。　　一、整改工作组织情况　　局党组…).

    Within a line, a paragraph starts after a sentence's end (。！？) and a space before
    a heading's marker (一、, （一）, 1., 问题1：), or an indent (two spaces, or an
    ideographic one) before any text; and after a 一、/（一） heading's title, at a space
    before a heading's marker or an indent before a body sentence. A sentence's 。
    right before a glued 一、 or （一） is the break itself (a ； is not: 一、…；二、… is a
    list inline). Spaces before list items ((1), ①) after ：/；, and spaces inside a
    heading's title, part nothing (措施：(1)…；(2)…, 一、提高政治站位  压实整改责任).
    Returns the indices that become line breaks and the other spaces of their runs."""
    breaks: set[int] = set()
    rest: set[int] = set()
    kept = [(k, c) for k, (c, _) in enumerate(pairs) if k not in drop]
    chars = "".join(c for _, c in kept)
    n = len(chars)
    line_start, last, top_heading = 0, "", False
    i = 0
    while i < n:
        char = chars[i]
        if char == "\n":
            line_start, last, top_heading = i + 1, "", False
            i += 1
            continue
        if (
            char == "。"  # (…加强学习；二、完善制度；三、…: an inline list, no headings)
            and i - line_start >= _GLUED_PARAGRAPH
            and _TOP_MARKER.match(chars, i + 1)
        ):
            breaks.add(kept[i][0])  # …通报如下。一、整改工作组织情况: the 。 ends the line
            line_start, last = i + 1, ""
            i += 1
            continue
        if char not in _SPACES:
            if not last:  # the line's first character: does a top heading open it?
                top_heading = _TOP_MARKER.match(chars, i) is not None
            elif char in "。！？；;":
                top_heading = False
            last = char
            i += 1
            continue
        j = i
        while j < n and chars[j] in _SPACES:
            j += 1
        if last and j < n and chars[j] != "\n":
            indent = j - i >= 2 or "\u3000" in chars[i:j]
            found = match_marker(chars[j : j + _MARKER_WINDOW])
            marker_next = found is not None
            # (a heading's marker: not （1）, 1）, ⑴ or ①, which list items inside a paragraph)
            heading_next = found is not None and (found[0].level or 0) <= 3
            sentence_end = last in "。！？"
            if (
                ((sentence_end or top_heading) and heading_next)
                or (sentence_end and indent and (marker_next or is_cjk(chars[j])))
                or (top_heading and indent and (marker_next or _body_sentence_at(chars, j)))
            ):
                breaks.add(kept[i][0])
                rest.update(kept[m][0] for m in range(i + 1, j))
                line_start, last, top_heading = j, "", False
        i = j
    return breaks, rest


def _body_sentence_at(chars: str, at: int) -> bool:
    """A sentence of some length, ended by 。 on this line, starts at ``at``."""
    stop = chars.find("。", at, at + 200)
    line_end = chars.find("\n", at, at + 200)
    return stop - at >= _BODY_SENTENCE and (line_end < 0 or stop < line_end)


#: Last characters of an organ's name (县委, 人民政府, 办公室, 财政局 …), and of a
#: web site's (…门户网站 宜宾市交通运输局)
_ORGAN_LAST = frozenset("委府室局会厅院部办组站")


def parts_two_organs(before: str, after: str) -> bool:
    """A space between ``before`` and ``after`` parts two names: one opening with
    中共 after it (no name has 中共 inside), or a finished organ before it and a place
    after it (joint issuers on one line: 中共弋阳县委办公室 弋阳县人民政府办公室), so
    it is no stray space inside one name and is kept. Only ``before``'s last character and ``after``'s
    first place-length are read: callers pass short slices, not the whole text."""
    if not before:
        return False
    head = after[:MAX_PLACE_LEN]
    if head.startswith("中共"):
        return True  # a name opens with 中共 (a web page: …政务公告 中共宜宾市交通运输局党组)
    if before[-1] not in _ORGAN_LAST:
        return False
    return any(head[:n] in PLACE_NAMES for n in range(2, len(head) + 1))


def _chars_after(pairs: list[tuple[str, int]], k: int, drop: set[int]) -> str:
    """The characters just after ``pairs[k]`` that are kept (at most a place's length)."""
    out: list[str] = []
    j = k + 1
    while j < len(pairs) and len(out) < MAX_PLACE_LEN:
        if j not in drop and pairs[j][0] not in _SPACES:
            out.append(pairs[j][0])
        j += 1
    return "".join(out)


def _neighbour(pairs: list[tuple[str, int]], k: int, step: int, drop: set[int]) -> str:
    k += step
    while 0 <= k < len(pairs):
        char = pairs[k][0]
        if k not in drop and char not in _SPACES:
            return char
        k += step
    return ""


def _soft_breaks(text: str, column: _Column | None) -> set[int]:
    """Indices of line-break characters that are layout, not paragraph ends.

    In hard-wrapped text a break after a full-width line is joined unless the
    next line opens a heading, and a blank line is joined too when the full
    line before it stops mid-sentence (a column break inside a paragraph). In
    any text, a long body line that stops mid-sentence and continues after a
    break (a page break: ``活动10余\n\n场，近200家``) is joined as well."""
    drop: set[int] = set()
    lines = text.split("\n")
    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    full = max(4, column.width - 4) if column else 0
    i = 0
    while i < len(lines) - 1:
        line = lines[i].strip()
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j >= len(lines):
            break
        blank_lines = j - i - 1
        nxt = lines[j]
        mid_sentence = (
            bool(line)
            and line[-1] not in _SENTENCE_END
            and not _PAGE_FIELD.search(line)
            and not _TITLE_END.search(line)
            and not _HEADLINE_WITHOUT_GENRE.match(line)
        )
        if column is not None:
            joinable = (
                _column_width(lines[i], column.narrow_halves) >= full
                and not ("关于" in line and _TITLE_END.search(line))  # the title line
                and not (starts_with_marker(line) and _HEADING_LINE_END.search(line))
                # 举一反\n三，推动…: after a line stopping mid-sentence 三， ends a broken word
                and (not starts_paragraph(nxt) or (mid_sentence and starts_with_comma_marker(nxt)))
                and (blank_lines == 0 or (blank_lines == 1 and mid_sentence))
            )
        else:
            first = nxt.lstrip(_SPACES)[:1]
            joinable = (
                len(line) > 40
                and mid_sentence
                and blank_lines <= 2
                and (not starts_with_marker(lines[i]) or "。" in line)
                and not starts_paragraph(nxt)
                and (is_cjk(first) or first.isdigit())
                and is_cjk(line[-1]) | line[-1].isdigit()
            )
        if joinable:
            for k in range(i, j):
                drop.add(offsets[k] + len(lines[k]))  # the "\n" ending line k
                if k > i:  # the blank line's own spaces
                    drop.update(range(offsets[k], offsets[k] + len(lines[k])))
            # the next line's leading indentation
            indent = len(nxt) - len(nxt.lstrip(_SPACES))
            drop.update(range(offsets[j], offsets[j] + indent))
            # trailing spaces of the joined line
            raw = lines[i]
            trail = len(raw) - len(raw.rstrip(_SPACES))
            drop.update(range(offsets[i] + len(raw) - trail, offsets[i] + len(raw)))
        i = j
    return drop
