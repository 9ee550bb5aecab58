"""A whitespace-free, half-width view of the text with a map back to it.

Newspaper and PDF notices break lines (and columns, with a blank line)
inside words: ``2021年6月23\\n日``, ``党\\n\\n工委``.  Chinese has no spaces
between words, so the rules match on a copy with the whitespace removed and
full-width digits and letters folded to ASCII (one character for one), and
report spans through ``origin`` into the string they were given.  A span
therefore never starts or ends on whitespace, and a mention broken by a line
break is one span that contains the break.

A line break after a *short* line (a heading, a title, the last line of a
paragraph) is a real boundary, not a wrap: there the view keeps one ``\\n``
so that no pattern joins a heading to the paragraph under it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from statistics import median

from extractor.chars import INVISIBLE, LINE_ENDS, fold_number_signs, is_cjk
from extractor.places import MAX_PLACE_LEN
from extractor.text import parts_two_organs

#: whitespace (every line end included: ``\s`` covers CR, NEL, U+2028/9) and the
#: invisible characters (zero-width, soft hyphen, bidi marks): none is text
_WHITESPACE = re.compile(r"[\s" + INVISIBLE + "]+")
_LINE_BREAK = re.compile(r"\r\n?|[\n" + LINE_ENDS + "]")
BARRIER = "\n"
#: Line ends after which a break is no wrap even in a full-width line: a
#: sentence's or a label's end, a problem heading's 整改情况 and a report's session
#: line (…第二十次会议上) (no name runs across them, so a barrier there costs nothing
#: where the break is a wrap).
_PARAGRAPH_ENDS: tuple[str, ...] = ("。", "！", "？", "：", "；", ":", ";", "情况", "会议上")


#: A line that ends inside a name, however short: a congress's term ordinal
#: (在广州市第十六届⏎人民代表大会常务委员会…, an audit report's session line).
_UNFINISHED = re.compile(r"第[一二三四五六七八九十百\d]+届$")


def _short_line_limit(source: str) -> float:
    """Lines shorter than this end a paragraph rather than wrap: 3/4 of the
    typical line width (about 18 characters in a newspaper column, a whole
    paragraph in a web page)."""
    widths = [len(line.strip()) for line in _LINE_BREAK.split(source) if line.strip()]
    if not widths:
        return 0.0
    return max(8.0, 0.75 * median(widths))


@dataclass(frozen=True)
class CompactView:
    """``text`` is the folded string; ``origin[i]`` the index of ``text[i]`` in ``source``."""

    source: str
    text: str
    origin: list[int]

    @classmethod
    def of(cls, source: str, *, breaks_are_final: bool = False) -> CompactView:
        """``breaks_are_final``: the text comes from :func:`extractor.text.prepare`,
        which has already joined the wrapped lines, so every line break left is
        a paragraph or heading boundary."""
        if breaks_are_final:
            limit = float("inf")
        else:
            limit = _short_line_limit(source) if _LINE_BREAK.search(source) else 0.0
        pieces: list[str] = []
        origin: list[int] = []
        pos = 0
        line_start = 0
        for match in _WHITESPACE.finditer(source):
            if match.start() > pos:
                pieces.append(source[pos : match.start()])
                origin.extend(range(pos, match.start()))
            breaks = list(_LINE_BREAK.finditer(source, match.start(), match.end()))
            before, after = source[match.start() - 1 : match.start()], source[match.end() :][:1]
            if (
                not breaks
                and pieces
                and (
                    parts_two_organs(before, source[match.end() : match.end() + MAX_PLACE_LEN])
                    # an ideographic space the cleaning kept between Chinese characters
                    # parts fields (a table's cells: 开展联合执法检查　基础教育股)
                    or (
                        breaks_are_final
                        and "\u3000" in match.group()
                        and is_cjk(before)
                        and is_cjk(after)
                    )
                )
            ):
                pieces.append(BARRIER)  # 中共弋阳县委办公室 弋阳县人民政府办公室: two issuers
                origin.append(match.start())
            if breaks:
                newline = breaks[0].start()
                line = source[line_start:newline].strip()
                ends = line.rstrip(INVISIBLE + " \t\u3000").endswith(_PARAGRAPH_ENDS)
                if line and (len(line) < limit or ends) and pieces and not _UNFINISHED.search(line):
                    pieces.append(BARRIER)
                    origin.append(newline)
                line_start = breaks[-1].end()
            pos = match.end()
        if pos < len(source):
            pieces.append(source[pos:])
            origin.extend(range(pos, len(source)))
        return cls(source, fold_number_signs("".join(pieces)), origin)

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Half-open compact span → half-open span in ``source``."""
        return self.origin[start], self.origin[end - 1] + 1
