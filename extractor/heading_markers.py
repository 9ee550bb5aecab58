"""Heading markers: the numbering styles a notice's headings start with.

This is the one place a heading style is declared. Three layers read it: the
structure rules (which level a heading sits at), the text cleaning (a line that
starts with a marker is never glued to the line before it, even in hard-wrapped
PDF text) and the gold validator (a heading without a marker, or one style at two
levels, is worth a warning). Adding a style here makes all three know it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.numerals import parse_cn_integer
from extractor.values.units import COUNT_MEASURES

#: The numerals a heading is numbered with (一 … 十, 百 for long lists, 〇/零/两 as written).
HEADING_NUMERALS = "一二三四五六七八九十百零〇两"
#: Indentation before a marker at the start of a line.
LINE_INDENT = re.compile(r"[ \t\u3000]*")
#: A typographic bullet some publishing systems set before a marker (■一、…, ◆关于“…”问题：):
#: decoration, not a level of its own; the heading starts at it, its level is the marker's.
#: (○ is left out: it stands for 〇 in hand-typed numbers.)
MARKER_BULLET = re.compile(r"[■□◆◇●▲△★☆▶►▪◼◾❖✦][ \t\u3000]*")


@dataclass(frozen=True)
class MarkerStyle:
    """One numbering style.

    ``level`` is the level of the heading tree the style opens (1 = 一、 … 4 =
    （1）); None for a marker that starts a line of its own but is not a level of
    the tree (第一部分, ①), which the cleaning and the validator still know.
    ``numbers_problems``: the marker itself says the heading is a problem
    (``【问题2】``), so its whole title is the problem statement.
    """

    name: str
    level: int | None
    pattern: re.Pattern[str]
    numbers_problems: bool = False


_N = HEADING_NUMERALS
#: A list number run straight into a count (2.3个专项资金项目…问题, 5.1214名…): audit
#: reports write findings so; a decimal never starts a list line with a counted noun.
_COUNT_AFTER = "|".join(sorted(map(re.escape, COUNT_MEASURES), key=len, reverse=True))
#: …or into a sum (2.3.87亿元非税收入…问题: a number has one decimal point, so the first
#: is the list's; a single one, 6.3万元, is a wrapped figure); 、 likewise (2、3个项目…问题)
_DOT_FIGURE_AFTER = (
    rf"\d{{1,6}}(?:{_COUNT_AFTER})|\d{{1,6}}[.．]\d{{1,6}}(?:{_COUNT_AFTER}|[万亿元])"
    # …or into a year (1.2023年实施的3个通组公路项目…: no decimal has a year's unit)
    r"|(?:19|20)\d{2}年"
)
_COMMA_FIGURE_AFTER = rf"\d{{1,6}}(?:[.．]\d{{1,6}})?(?:{_COUNT_AFTER}|[万亿元])"
MARKER_STYLES: tuple[MarkerStyle, ...] = (
    #: 一、 (also 一． / 一. in web and PDF text, and 第一、 as some small issuers write it;
    #: not 第一、二批 nor 第一、第二批次, ordinals in a row)
    MarkerStyle(
        "一、",
        1,
        re.compile(rf"第[{_N}]{{1,3}}、(?![{_N}\d第])|[{_N}]{{1,4}}\s*(?:[、，,]|[.．](?!\d))"),
    ),
    #: Ⅰ. Ⅱ. …: Roman numerals for the notice's parts, at the top of the tree as 一、 is
    MarkerStyle("Ⅰ.", 1, re.compile(r"[Ⅰ-Ⅻ]\s*[.．、]")),
    MarkerStyle("（一）", 2, re.compile(rf"[（(]\s*[{_N}]{{1,4}}\s*[）)]")),
    #: ㈠ … ㈩: a （一） written as one character, as ⑴ is a （1）
    MarkerStyle("㈠", 2, re.compile(r"[㈠-㈩]")),
    #: 一）: a （一） without its opening bracket, as 1） is a （1）
    MarkerStyle("一）", 2, re.compile(rf"[{_N}]{{1,4}}\s*[）)]")),
    MarkerStyle(
        "1.",
        3,
        re.compile(
            rf"\d{{1,3}}\s*(?:[.．、](?!\d)|[.．](?={_DOT_FIGURE_AFTER})|、(?={_COMMA_FIGURE_AFTER}))"
        ),
    ),
    MarkerStyle("（1）", 4, re.compile(r"[（(]\s*\d{1,3}\s*[）)]")),
    #: 1） / 1): a （1） without its opening bracket
    MarkerStyle("1）", 4, re.compile(r"\d{1,3}\s*[）)]")),
    #: 问题1：… / 问题一、… / 反馈问题2：… / 第一个问题：…: a numbered problem list
    #: (university and enterprise notices); level 3 whatever the level above it
    MarkerStyle(
        "问题1：",
        3,
        re.compile(
            rf"(?:(?:巡[视察])?反馈)?问题\s*(?:\d{{1,3}}|[{_N}]{{1,4}})\s*[：:.．、]"
            rf"|第[{_N}]{{1,4}}个问题\s*[：:]"  # 第一个问题：…
            rf"|问题清单第\s*(?:\d{{1,3}}|[{_N}]{{1,4}})\s*项\s*[：:]"  # 问题清单第3项：…
        ),
        True,
    ),
    MarkerStyle(
        "【问题1】", 3, re.compile(rf"【\s*问题\s*(?:\d{{1,3}}|[{_N}]{{1,4}})\s*】[：:]?"), True
    ),
    #: 针对“…”问题：… / 关于“…”的问题：… with no number: the quoted problem and its colon
    #: mark the heading (the measures run on after it); a marker of no characters, at the
    #: labelled problems' level
    #: (web pages write the quotes straight: 针对"…"问题:)
    MarkerStyle(
        "针对“…”问题：",
        3,
        re.compile(r'(?=(?:针对|关于)(?:“[^”\n]{2,60}”|"[^"\n]{2,60}")的?问题[：:])'),
    ),
    #: the same with a comma (针对“…”问题，局党组…): a sentence opener as often as a
    #: heading, so it is one only where several lines of the notice open so (a list);
    #: :func:`extractor.structure.parse_headings` counts them
    MarkerStyle(
        "针对“…”问题，",
        3,
        re.compile(r'(?=(?:针对|关于)(?:“[^”\n]{2,60}”|"[^"\n]{2,60}")的?问题[，,])'),
    ),
    #: 第一部分 / 第二章: a part of the notice, at the top of the tree as 一、 is
    MarkerStyle("第一部分", 1, re.compile(r"第[一二三四五六七八九十]+(?:部分|章|节)")),
    #: ⑴ … ⒇: a （1） written as one character (Word's numbering pasted)
    MarkerStyle("⑴", 4, re.compile(r"[⑴-⒇]")),
    #: ① … ⑳: a list item on a line of its own, at the level of （1）
    MarkerStyle("①", 4, re.compile(r"[①-⑳]")),
)
#: The styles that open a level of the heading tree, in the order they are tried.
TREE_STYLES: tuple[MarkerStyle, ...] = tuple(s for s in MARKER_STYLES if s.level is not None)
#: Styles that make a heading only where at least two lines of the notice open with them.
LIST_ONLY_STYLES = frozenset({"针对“…”问题，"})


def match_marker(
    line: str, styles: tuple[MarkerStyle, ...] = MARKER_STYLES
) -> tuple[MarkerStyle, re.Match[str]] | None:
    """The style and match of the marker that starts ``line`` after its indentation."""
    indent = LINE_INDENT.match(line)
    start = indent.end() if indent else 0
    bullet = MARKER_BULLET.match(line, start)
    start = bullet.end() if bullet else start
    for style in styles:
        match = style.pattern.match(line, start)
        if match:
            return style, match
    return None


def starts_with_comma_marker(line: str) -> bool:
    """Whether ``line`` opens with a numeral and a comma (三，推动…): the weakest marker,
    which in hard-wrapped text is as often the end of a broken word (举一反\n三，)."""
    found = match_marker(line)
    return found is not None and found[1].group().rstrip().endswith(("，", ","))


def starts_with_marker(line: str) -> bool:
    """Whether ``line`` opens with any heading or list marker (so it starts a line)."""
    return match_marker(line) is not None


#: A paragraph label under a problem (整改情况：, 整改措施：): not a heading, but
#: like one it always starts a line, so a line break before it is never a wrap.
PARAGRAPH_LABEL = re.compile(r"[ \t\u3000]*整改(?:完成)?(?:情况|措施|进展|成效|结果)[：:]")


def starts_paragraph(line: str) -> bool:
    """Whether ``line`` must start a line of its own: a marker or a paragraph label."""
    return starts_with_marker(line) or bool(PARAGRAPH_LABEL.match(line))


#: Numbering written as one character, each series by its first and last character:
#: ① … ⑳, ⑴ … ⒇, ㈠ … ㈩, Ⅰ … Ⅻ.
_ONE_CHARACTER_SERIES = ("①⑳", "⑴⒇", "㈠㈩", "ⅠⅫ")


def marker_number(marker: str) -> int | None:
    """The number a marker carries: ``（三）`` → 3, ``12.`` → 12, ``【问题二】`` → 2, ``⑶`` → 3,
    ``㈢`` → 3, ``Ⅲ.`` → 3."""
    for first, last in _ONE_CHARACTER_SERIES:
        found = re.search(f"[{first}-{last}]", marker)
        if found:
            return ord(found.group()) - ord(first) + 1
    digits = re.sub(rf"[^0-9{HEADING_NUMERALS}]", "", marker)
    if digits.isdigit():
        return int(digits)
    return parse_cn_integer(digits)
