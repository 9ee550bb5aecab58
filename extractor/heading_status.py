"""Progress a notice states for a heading: 已整改, 正在推进, 需长期坚持.

A status heading names it (（一）已完成整改的问题), a problem heading may close on
a note (…（已整改）) or have it stated in its body (整改进展：已完成). Telling the
state from its wording is one job, shared by reading a heading and by the
passes that tell its kind; it sits below both.
"""

from __future__ import annotations

import re

from extractor.parsed_heading import _TRAILING_PUNCT, ParsedHeading

#: Progress stated right after a problem heading (1.…问题。已整改，…).
#: A progress statement: 已整改, 整改到位, 正在整改, 持续整改, 未完成…
_PROGRESS = (
    r"(已(?:全部)?整改(?:完成|到位|完毕)?|已完成整改|整改到位|已(?:全部)?完成|基本完成(?:整改)?|正在整改|整改中|正在推进"
    r"|持续整改|长期整改|持续推进|长期坚持|未完成(?:整改)?|尚未完成(?:整改)?|部分整改)"
)
_BODY_STATUS = re.compile(
    r"[ \t\u3000]*(?:整改(?:完成)?(?:情况|进展|结果)[：:])?[ \t\u3000]*" + _PROGRESS
)
#: …or stated further down the problem's body, labelled (整改进展：已完成) or about the
#: problem itself (该问题已整改到位); progress of a single measure does not count.
_STATED_STATUS = re.compile(
    r"(?:整改(?:完成)?(?:进展|结果|状态|情况)[：:][ \t\u3000]*|(?:该|此|这一|上述)项?问题(?:目前)?(?:均)?)"
    + _PROGRESS
    + r"|[，,；;。][ \t\u3000]*(?:目前)?(?:整改工作)?"
    r"(已整改到位|已完成整改|已整改完成|已整改完毕|已整改|整改(?:工作)?已完成|正在整改|正在推进)[。；;]"
)


def _status_of(title: str) -> str | None:
    """Progress named by a status heading; the most open-ended state wins
    (基本完成整改、需要长期坚持的问题 is long-term work, not finished work)."""
    if re.search(r"长期|持续|常态", title):
        return "long_term"
    if re.search(r"正在|推进中|整改中|逐步|尚未|未完成|阶段性|部分整改", title):
        return "in_progress"
    if re.search(
        r"已(?:经)?(?:基本)?(?:整改)?完成|已完成|基本完成|整改到位|完成整改|立行立改|^已(?:经)?(?:全部)?整改",
        title,
    ):
        return "completed"
    return None


def _stated_status(heading: ParsedHeading, text: str, following: list[ParsedHeading]) -> None:
    """Progress stated in the problem's own body (up to the next heading), labelled
    or said of the problem: 整改进展：已完成。 / 目前该问题已整改到位。"""
    end = min([heading.scope_end] + [h.start for h in following[:1]])
    match = _STATED_STATUS.search(text, heading.end, end)
    stated = match and (match.group(1) or match.group(2))
    if stated and _status_of(stated) is not None:
        heading.status, heading.status_note = _status_of(stated), stated


def _body_status(heading: ParsedHeading, text: str) -> None:
    """Progress stated right after a problem heading: 1.…问题。已整改，…"""
    if heading.status is not None:
        return
    at = heading.end
    while at < len(text) and text[at] in _TRAILING_PUNCT + "\n":
        at += 1
    match = _BODY_STATUS.match(text, at)
    if match and _status_of(match.group(1)) is not None:
        heading.status, heading.status_note = _status_of(match.group(1)), match.group(1)
