"""Divisions of central ministries found beyond the suffix walk: a ministry's
or commission's 司 after its name (交通运输部综合规划司), a ministry's own
divisions and general office named alone in its own notice (发展规划司,
办公厅), and whether 处在 after a division is the division acting.

The divisions' word lists (functions, court divisions), which the walk reads
too, are in :mod:`.org_words`.
"""

from __future__ import annotations

import re

from extractor.recognizers.rules.org_filters import _generic_start
from extractor.recognizers.rules.org_notices import _MINISTRY_NOTICE, _OPENING
from extractor.recognizers.rules.org_scan import OrgCandidate, _Scan
from extractor.recognizers.rules.org_words import _ANCHOR_LEVEL_CHARS, _DIVISION_WORD

#: A division (司) after a central ministry or commission: 交通运输部|综合规划司,
#: 国家发展改革委|地区振兴司. Only central organs have 司 divisions; 公司 and 司机
#: are no division.
_MINISTRY_DIVISION = re.compile(r"[\u4e00-\u9fff]{2,8}?司(?!机|法|令|长|局)")
#: Words that open a generic reference, not a division's name (有关司局).
_NOT_DIVISIONS = ("有关", "相关", "各", "该", "其他", "下属")


def _ministry_divisions(scan: _Scan, found: list[OrgCandidate]) -> list[OrgCandidate]:
    text = scan.text
    divisions: list[OrgCandidate] = []
    for cand in found:
        name = text[cand.start : cand.end]
        if name[-1] not in "部委局署" or name[0] in _ANCHOR_LEVEL_CHARS or "党" in name:
            continue
        match = _MINISTRY_DIVISION.match(text, cand.end)
        if match is None or match.group().endswith("公司"):
            continue
        division = match.group()
        if scan.valid_middle(division[:-1], False) and not division.startswith(_NOT_DIVISIONS):
            divisions.append(OrgCandidate(cand.start, match.end()))
    return divisions


def _division_then_zai(scan: _Scan, suffix: str, suffix_start: int, end: int) -> bool:
    """医政医管处在全省…, 审计处于2023年9月…: in a department's or institution's own notice
    a division followed by 在 (or 于 and a date) is the division acting, not 处在 "to be
    in" (正处在, 仍处在)."""
    text = scan.text
    return (
        suffix == "处"
        # …or 处于 before a date after a division's function (审计处于2023年9月11日至…):
        # the division acting then (not 项目处于2023年底停工状态)
        and (
            text.startswith("在", end)
            or (
                re.match(r"于(?:\d|[二〇]{2})", text[end : end + 3]) is not None
                and _DIVISION_WORD.search(text, max(0, suffix_start - 6), suffix_start) is not None
                and text[suffix_start - 2 : suffix_start] != "项目"
            )
        )
        and (scan.department or scan.institution)
        and suffix_start >= 2
        and text[suffix_start - 1] not in "正仍还都均也尚始"
    )


def _ministrys_own_divisions(scan: _Scan) -> list[OrgCandidate]:
    """In a ministry's own notice its divisions and general office are named alone
    (发展规划司, 种植业管理司, 办公厅), as an institution's units are in its own."""
    text = scan.text
    if _MINISTRY_NOTICE.search(text, 0, _OPENING) is None:
        return []
    out: list[OrgCandidate] = []
    for match in re.finditer("司|办公厅", text):
        at, end = match.start(), match.end()
        if match.group() == "办公厅":
            if scan.is_boundary(at) and not text.startswith(("主任", "副主任"), end):
                out.append(OrgCandidate(at, end))
            continue
        if text[at - 1 : at] in "公上" or text[end : end + 1] in ("机", "法", "令", "长", "局"):
            continue
        start = scan.bare_start(at, "司")
        if start is not None:  # 规划|财务司: the function words before it, as a 处's
            start = scan.whole_division_start(start, at)
        if start is not None and not _generic_start(text[start:end]):
            out.append(OrgCandidate(start, end))
    return out
