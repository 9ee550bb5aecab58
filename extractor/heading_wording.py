"""What one heading is by its own wording: a problem, a category, a status or a section.

:func:`_classify` looks at a heading alone, as it is read; the passes of
:mod:`extractor.heading_kinds` then correct it with what the tree shows. The
patterns of an aspect (…方面), of the notice's own work and of a closing
progress note are used by both and live here.
"""

from __future__ import annotations

import re

from extractor.heading_status import _status_of
from extractor.parsed_heading import _TRAILING_PUNCT, ParsedHeading

#: Words before a problem named without 关于 that are not part of it:
#: 存在…的问题, 巡察指出…的问题
_STATEMENT_LEAD = re.compile(r"^(?:(?:巡[视察](?:组)?)?(?:反馈|指出|发现)(?:的)?|存在)")
_CATEGORY = re.compile(
    r"(?:^在?[“\"「](.+?)[”\"」]方面)|(?:^(?:在|关于)?(.{2,60}?)方面(?:存在)?(?:的)?(?:问题)?$)"
)
_STATUS_WORDS = re.compile(
    r"(已(?:经)?(?:基本)?(?:整改)?完成|已(?:基本)?整改到位|已完成(?:的)?整改|基本完成|完成整改|正在(?:推进|整改|落实)|"
    r"推进中|持续(?:推进|整改|深化)|逐步(?:推进|整改)|长期(?:坚持|推进|整改)|需(?:要)?长期|"
    r"阶段性|尚未完成|未完成|部分整改|立行立改|集中整改期内)"
)
#: what a status heading groups; a bare 整改 only at the end (正在推进整改), since
#: 持续深化巡视整改成果 is a section about the work, not a group of problems
_STATUS_SUBJECT = re.compile(r"(?:问题|事项|任务|措施)|整改$")
#: "关于巡视反馈问题的整改情况" names all problems, not one
_GENERIC_PROBLEM = re.compile(
    r"^(?:省委|市委|区委|县委|中央)?(?:巡视|巡察)(?:组)?(?:反馈|指出)?(?:意见)?(?:的|所)?(?:有关)?$"
)
#: The same progress note closing a title (…清理不彻底【已完成】).
_TRAILING_NOTE = re.compile(
    r"(?:[（(【](?=[^（）()【】\n]{1,12}[）)】]$)"
    # …or after a dash (…不彻底的问题——已完成)
    r"|(?:——|—|--)(?=[^—（）()【】\n]{0,4}(?:完成|推进|整改|销号|到位|办结|坚持)[^—（）()【】\n]{0,3}$))"
    r"([^—（）()【】\n]{1,12})[）)】]?$"
)
#: A heading that is one problem without 关于: （二）国土空间规划编制推进缓慢的问题
_NAMED_PROBLEM = re.compile(r"^(.{6,80}?)的问题(?:[（(][^（）()]{1,12}[）)])?$")
#: …but not headings about problems in general (巡视反馈的问题, 存在的问题, 需要长期坚持的问题)
_GENERIC_STATEMENT = re.compile(
    r"^(?:巡视|巡察|反馈|存在|发现|需要|需|尚未|正在|已经|已|主要|突出|共性|个性|其他|其它|有关|相关|具体|下一步|整改|本次|上述|以下|历史遗留)"
)
#: What the notice's own work is written as (提高政治站位, 压实整改责任, 建章立制);
#: in the feedback part, a heading without it mirrors a feedback point.
_OWN_WORK = re.compile(
    r"政治站位|思想认识|思想自觉|组织领导|领导小组|压实|主体责任|责任落实|督促检查|督查|督导|问效|统筹|建章立制"
    r"|长效|标本兼治|常态|下一步|工作安排|工作打算|成效|进展情况|总体情况|组织情况"
)


def _classify(heading: ParsedHeading) -> None:
    title = heading.title.strip()
    if heading.problem is not None and not _GENERIC_PROBLEM.search(heading.problem):
        heading.kind = "problem"
        return
    heading.problem = None
    category = _CATEGORY.search(title.rstrip(_TRAILING_PUNCT))
    if category and _own_work_aspect(category):
        category = None  # （一）组织领导方面: an aspect of the notice's own work
    if category and len(title) <= 80:
        heading.kind = "category"
        heading.problem = None
        return
    bare = _TRAILING_NOTE.sub("", title)  # …清理不彻底【已完成】: the note is the problem's
    if (
        not heading.run_in
        and len(title) <= 30
        and not re.search(r"[，,]", title)  # 持续深化巡视整改，推动…: a slogan, not a status
        and _STATUS_WORDS.search(bare)
        and _STATUS_SUBJECT.search(bare)
    ):
        heading.kind = "status"
        heading.status = _status_of(title)
        return
    named = _NAMED_PROBLEM.match(title)
    statement = named and named.group(1)[_lead_length(named.group(1)) :]
    if statement and len(statement) >= 6 and not _GENERIC_STATEMENT.match(statement):
        heading.kind = "problem"  # （一）落实耕地保护责任不够有力的问题
        heading.problem = statement
        return
    heading.kind = "section"


def _own_work_aspect(category: re.Match[str], under_own_work: bool = False) -> bool:
    """A short unquoted aspect of the rectification work itself (组织领导方面,
    责任落实方面), not of the fed-back problems (关于…主体责任方面的问题); under the
    notice's own 一、整改工作落实情况 any such aspect is (（二）制度建设方面)."""
    aspect = category.group(2)
    return (
        aspect is not None
        and len(aspect) <= 6
        and not category.group().endswith("问题")
        and (under_own_work or bool(_OWN_WORK.search(aspect)))
    )


def aspect_of_own_work(title: str) -> bool:
    """A heading naming a short aspect (（二）制度建设方面), told apart from a
    category by the part it stands in: the notice's own rectification work."""
    category = _CATEGORY.search(title.strip().rstrip(_TRAILING_PUNCT))
    return category is not None and _own_work_aspect(category, under_own_work=True)


def _lead_length(statement: str) -> int:
    lead = _STATEMENT_LEAD.match(statement)
    return lead.end() if lead else 0
