"""Small tests of a string that the ORG walk and its finders share: is a character
Chinese, does a name open with a listed word, does a suffix go on into another word.

They look at strings only, never at a scan's state, so every finder may use them.
"""

from __future__ import annotations

import re

from extractor.recognizers.rules.org_words import (
    _BRACKETED_PART,
    _DEPARTMENT_SUFFIXES,
    _DIVISION_WORDS,
    _GUARDS,
    _LEFT_WORD_LENS,
    _LEFT_WORD_SET,
    _NAME_WORD_LENS,
    _NAME_WORDS,
    _SUFFIX_WORDS,
)


def inside_bracketed_part(text: str, q: int, limit: int) -> bool:
    """``q`` falls within a bracketed part that ends before ``limit``."""
    for match in _BRACKETED_PART.finditer(text, max(0, q - 3), limit):
        if match.start() <= q < match.end():
            return True
    return False


def starts_with(name: str, words: frozenset[str], shortest: int = 1) -> bool:
    return any(name[:n] in words for n in range(shortest, min(len(name), 5) + 1))


def owned_here(suffix: str, middle: str, owned: bool, group: bool) -> bool:
    """An owner's short form may anchor the name here: right before an owned organ
    ([局党组], [局机关纪委], [局巡察整改工作领导小组]) or before a department named by
    its function ([集团审计部], [公司财务部])."""
    if middle.startswith("长") and len(middle) > 1:
        return False  # 局长担任…领导小组: 局长 is a post, not the owner 局 (but [院长办公室])
    if group or (owned and middle in ("", "机关")):
        return True
    return suffix in _DEPARTMENT_SUFFIXES and bool(
        _DIVISION_WORDS.fullmatch(middle)
        # …or by what it manages ([集团储备管理部], [公司财务管理部]), not a verb's object
        or (suffix in ("部", "中心") and _MANAGED_DIVISION.fullmatch(middle))
    )


#: A department named by what it manages (储备管理, 财务管理): two or three characters
#: of a noun before 管理, not a verb that governs it (加强管理, 规范管理).
_MANAGED_DIVISION = re.compile(
    r"(?!加强|强化|规范|严格|完善|改进|提升|精细|科学|日常)[\u4e00-\u9fff]{2,4}管理"
)


def has_left_word(name: str) -> bool:
    return any(
        name[i : i + n] in _LEFT_WORD_SET
        for n in _LEFT_WORD_LENS
        if n > 1
        for i in range(len(name) - n + 1)
    )


def inside_name_word(middle: str, start: int, end: int) -> bool:
    """``middle[start:end]`` lies inside a longer name word (推广 in
    农业技术推广中心's 技术推广): the verb is part of a function's name there."""
    for n in _NAME_WORD_LENS:
        if n <= end - start:
            break
        for first in range(max(0, end - n), min(start, len(middle) - n) + 1):
            if middle[first : first + n] in _NAME_WORDS:
                return True
    return False


def is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or char == "〇"


def guarded(text: str, end: int) -> bool:
    """The suffix that ends at ``end`` goes on into another word (组织部|门,
    医务科|长): org_suffix_guards.tsv for the longest suffix ending there.
    分别 after a suffix is the adverb (审计部|分别牵头), not 部分 or 处分."""
    if text.startswith("分别", end):
        return False
    for n in range(min(end, 5), 0, -1):
        guard = _GUARDS.get(text[end - n : end])
        if guard:
            return re.match(guard, text[end : end + 4]) is not None
    return False


def field(first: str) -> bool:
    """The text before a 与 inside a name may be a field of it (化学 of
    化学与材料科学学院): it does not end like a name of its own (学院与…,
    党委与…, 教务处与…). Shorter than two characters it is still growing."""
    return len(first) < 2 or not any(first.endswith(w) for w in _SUFFIX_WORDS)
