"""The rule layer that reads a notice's structure: heading tree and problems.

Notices number their sections with four marker families (一、 / （一） /
1. 1、 / （1）); a heading either fills its own line or runs into the body text
of its paragraph and then ends at the first 。 or ：. What a heading *is* (a
fed-back problem, a category of problems, a progress status, or a plain
section) is told by its wording, per the annotation guideline. Everything here
works on the cleaned text of :mod:`extractor.text`; callers map offsets back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from extractor.genre import is_audit_report
from extractor.heading_markers import (
    PARAGRAPH_LABEL,
    TREE_STYLES,
    MarkerStyle,
    marker_number,
    match_marker,
)

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
#: Words before a problem named without 关于 that are not part of it:
#: 存在…的问题, 巡察指出…的问题
_STATEMENT_LEAD = re.compile(r"^(?:(?:巡[视察](?:组)?)?(?:反馈|指出|发现)(?:的)?|存在)")
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
#: A progress note after a problem heading: …的问题（已整改）, …问题的整改（持续推进）
_STATUS_NOTE = re.compile(r"[ \t\u3000]*[（(【]([^（）()【】\n]{1,12})[）)】]")
_TRAILING_NOTE = re.compile(r"[（(【]([^（）()【】\n]{1,12})[）)】]$")
#: A heading that is one problem without 关于: （二）国土空间规划编制推进缓慢的问题
_NAMED_PROBLEM = re.compile(r"^(.{6,80}?)的问题(?:[（(][^（）()]{1,12}[）)])?$")
#: …but not headings about problems in general (巡视反馈的问题, 存在的问题, 需要长期坚持的问题)
_GENERIC_STATEMENT = re.compile(
    r"^(?:巡视|巡察|反馈|存在|发现|需要|需|尚未|正在|已经|已|主要|突出|共性|个性|其他|其它|有关|相关|具体|下一步|整改|本次|上述|以下|历史遗留)"
)
#: Wording that states a shortcoming, so a numbered line is a fed-back problem
#: even without 关于 or quotes (1.信访矛盾化解不力。, 1.多计工程款12.5万元问题。);
#: tasks and measures (强化警示宣传, 不折不扣完成整改任务) do not use it.
_SHORTCOMING = re.compile(
    r"不(?:符|相符|够|到位|深入|深不透|扎实|严格|严肃|规范|健全|完善|及时|充分|全面|精准|有力|力|强|高|足|实|细|准|严|优|畅"
    r"|平衡|合理|明显|彻底|紧密|清|当|善|佳|一致|对等|匹配|落地|完整|统一|透明|公开|达标|多|大|快)"
    r"|有差距|存在差距|差距较大|薄弱|缺失|缺位|缺乏|欠缺|滞后|弱化|虚化|淡化|边缘化|偏差|偏弱|较弱|偏低|较低"
    r"|迟缓|缓慢|偏慢|较慢|有待(?:提高|提升|加强|改进|完善)|走样|失衡|脱节|低效|偏软|偏松|偏宽|偏轻"
    r"|乱作为|慢作为|不作为|懈怠|松懈|失职|失责|失察|失管|失控|违规|违纪|违反|未(?:按|能|及时|严格|落实|完成|建立|执行|经|纳入|收回|足额)"
    r"|多计|少计|多列|少列|虚报|虚增|超标|超范围|超支|挤占|挪用|闲置|流失|损失|隐患|浪费|拖欠|滞留|沉淀|骗取|套取"
    r"|(?:时有|仍有|仍然|依然)(?:发生|存在)|问题(?:仍然?|依然)?(?:较为|较|比较)?(?:突出|较多|多发)"
    r"|超职数|超编制?|超配"
    r"|漏洞|存在[^，,。]{0,6}?(?:风险|短板|盲区|薄弱环节)"
    r"|流于形式|走过场|打折扣|搞变通|未彻底|未有效|未真正|混乱|无序|随意性?大|形同虚设|跟不上|不适应|靠后|(?<!淘汰)落后|粗放|失之于[宽软]"
    r"|“[^”]{1,20}”(?:现象|倾向)"
)
#: A rectification notice or report says so near its start; only there is a
#: shortcoming line a fed-back problem (a policy text's 申报主体未发生…违法违规行为
#: is a condition, not a problem).
_RECTIFICATION = re.compile(
    r"(?:巡视|巡察|审计|督察|反馈)[^。]{0,40}?整改|整改[^。]{0,40}?(?:巡视|巡察|审计|督察|反馈)"
)
#: …unless the line is the notice's own framework (存在的不足和下一步打算).
_NOT_A_SHORTCOMING = re.compile(
    r"^(?:存在|下一步|需要|需|尚未|正在|已|其他|其它|上述|以下|主要|有关|相关|关于|针对|反馈|巡视|巡察)"
    r"|下一步|打算|努力方向|不足之处|存在的(?:问题|不足)|整改(?:情况|进展|工作|成效)$"
)
#: A heading that introduces the fed-back problems below it: (一)反馈问题：…
_FEEDBACK_GROUP = re.compile(r"^(?:巡[视察])?反馈(?:的)?问题(?:\s*[：:]|$)")
_FEEDBACK_LEAD = re.compile(r"^(?:巡[视察])?反馈(?:的)?问题\s*[：:]\s*")
#: An audit report's groups of findings: 一、市级财政管理审计查出问题的整改情况
_AUDIT_GROUP = re.compile(r"审计(?:查出|发现)(?:的)?问题(?:的)?整改")
#: …but not the report's own framework (一、审计查出问题整改工作推进情况, and
#: 二、审计查出问题整改情况 with no audited field before 审计, over the groups).
_AUDIT_FRAMEWORK = re.compile(r"整改工作|总体情况|推进情况|基本情况|^审计")
#: A heading about findings and their rectification (…预算执行问题的整改情况).
_FINDINGS_RECTIFIED = re.compile(r"问题的?整改(?:情况|结果)$")
#: Words of the notice's own framework: a heading with them that groups
#: problems is about the rectification work, a section (二、巡察反馈问题整改落实情况).
_FRAMEWORK = re.compile(r"整改|反馈|巡视|巡察|下一步|组织领导|工作打算|进展")
#: The part of a notice that reports on the fed-back problems
#: (二、巡视反馈问题整改落实情况, 二、聚焦巡视反馈问题，扎实推进整改落实).
_FEEDBACK_PART = re.compile(r"(?:反馈|巡视|巡察)[^，,。；;]{0,6}(?:问题|意见)")
#: What the notice's own work is written as (提高政治站位, 压实整改责任, 建章立制);
#: in the feedback part, a heading without it mirrors a feedback point.
_OWN_WORK = re.compile(
    r"政治站位|思想认识|思想自觉|组织领导|领导小组|压实|主体责任|责任落实|督促检查|督查|督导|问效|统筹|建章立制"
    r"|长效|标本兼治|常态|下一步|工作安排|工作打算|成效|进展情况|总体情况|组织情况"
)
#: A task heading that mirrors a feedback point in the central style (1.在学懂弄通做实上
#: 下功夫): a category, per the guideline's example.
_TASK_POINT = re.compile(
    r"^在.{2,40}?[上中](?:狠|持续|精准|全面|着力|再)?"
    r"(?:下功夫|下真功夫|下苦功|用力|发力|见实效|见成效|出实效|求实效|求突破|作表率|做表率|做文章"
    r"|出实招|动真格|见真章|走在前列?|[严实硬强紧细深]起来)"
)
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
#: Lines that begin with a measure are tasks, whatever shortcoming they mention.
_MEASURE_START = re.compile(
    r"(?:对|将|把|为|以|通过|围绕|强化|加强|完善|健全|建立|坚持|推动|推进|深化|提高|提升|压实|严格|开展|组织"
    r"|制定|狠抓|抓好|着力|切实|全面|持续|扎实|确保|进一步|聚焦|紧盯|加大|规范|优化|构建|落细"
    r"|从严|严肃|依法|依规|清理|及时|坚决|追回|深入|认真|集中整治|专项治理|专项整治"
    r"|举一反三|以案促改|立行立改|即知即改|修订|约谈|问责|追责|细化|印发|出台|督促|责令|建章立制)"
)
#: …unless the line is one clause that ends in the shortcoming (1.推进交通强国建设试点任务
#: 不够有力): a measure names what it fixes (杜绝浪费, 解决…不到位问题) or goes on after a comma.
_STATED_AS_SHORTCOMING = re.compile(
    r"^[^，,；;]*(?:" + _SHORTCOMING.pattern + r")[\u4e00-\u9fff]{0,3}$"
)
_FIXING_VERB = re.compile(
    r"杜绝|防止|避免|纠正|解决|整治|治理|消除|堵塞|破解|克服|扭转|查处|清理|整改|排查|追回|处置|清退|收回"
)
_TERMINATORS = "。：:！？"
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


def _match_marker(line: str) -> tuple[MarkerStyle, str, int] | None:
    """Return (style, marker, length incl. indentation) for a heading line."""
    found = match_marker(line, TREE_STYLES)
    if found is None:
        return None
    style, match = found
    return style, match.group(0), match.end()


#: The text's last line opening a quoted problem whose quote the excerpt cut
#: (针对“老旧小区加装电梯…推进): the unnumbered quoted problem's heading, cut short.
_CUT_QUOTED = re.compile(r"[ \t\u3000]*(?=(?:针对|关于)“[^”\n]{4,80}$)")


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
    """End of a heading title starting at ``body_start``; run-in or not."""
    for k in range(body_start, line_end):
        if text[k] in _TERMINATORS:
            rest = text[k + 1 : line_end].strip()
            return k, bool(rest)
    return line_end, False


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


def _own_work_aspect(category: re.Match[str]) -> bool:
    """A short unquoted aspect of the rectification work itself (组织领导方面,
    责任落实方面), not of the fed-back problems (关于…主体责任方面的问题)."""
    aspect = category.group(2)
    return (
        aspect is not None
        and len(aspect) <= 6
        and not category.group().endswith("问题")
        and bool(_OWN_WORK.search(aspect))
    )


def _lead_length(statement: str) -> int:
    lead = _STATEMENT_LEAD.match(statement)
    return lead.end() if lead else 0


def category_label(title: str) -> str:
    """The category a category heading names (text inside quotes, else title)."""
    quoted = re.search(r"[“\"「](.+?)[”\"」]", title)
    if quoted:
        return quoted.group(1)
    title = _FEEDBACK_LEAD.sub("", title)  # (一)反馈问题：X names the category X
    title = re.sub(r"(存在)?(的)?问题$", "", title).strip()
    if title.endswith("方面"):  # （一）关于…方面(的问题) names …方面
        title = re.sub(r"^关于", "", title)
    return title


def parse_headings(text: str, *, stop: int | None = None) -> list[ParsedHeading]:
    """Find every heading line of the cleaned ``text`` (up to ``stop``)."""
    limit = len(text) if stop is None else stop
    headings: list[ParsedHeading] = []
    pos = 0
    while pos < limit:
        nl = text.find("\n", pos)
        line_end = limit if nl < 0 or nl > limit else nl
        line = text[pos:line_end]
        found = _match_marker(line)
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
        pos = line_end + 1
    _link_tree(headings, limit)
    _refine_kinds(headings, text)
    return headings


def _answered_problem(heading: ParsedHeading, title: str, text: str) -> bool:
    """A run-in line answered by a label (3.对干警日常监督失之于宽问题。整改情况：…,
    1.部分项目化整为零规避公开招标。整改情况：…): measures get no 整改情况, so the line
    is a problem whatever its wording (推进…有短板 too)."""
    if not heading.run_in or _NOT_A_SHORTCOMING.search(title):
        return False
    after = text[heading.end : heading.end + 12].lstrip("。 \t\u3000")
    return bool(PARAGRAPH_LABEL.match(after))


#: A clause giving a finding's own extent (涉及资金120万元, 共计12处), not work done.
_FINDING_FIGURE = re.compile(r"(?:涉及|共计|合计|金额|累计|共有|共)")
#: A figure at a line's end (…清理超范围采购品规37个, …退回违规收费21.4万元): what was done.
_FIGURE_AT_END = re.compile(r"\d[\d.]*(?:[万亿千]?元|%|[\u4e00-\u9fff]{1,3})?$")


def _reports_work(title: str) -> bool:
    """An item under a problem that reports what was done, though it names the
    shortcoming it fixed: two clauses or more, the last ending in a figure or opening
    like a measure (①药学部对…进行全面清查，清理超范围采购品规37个; （2）清收历年欠缴租金
    127.5万元，对仍拖欠的6户承租人依法提起诉讼)."""
    clauses = re.split(r"[，,；;]", title)
    if len(clauses) < 2 or _ends_in_shortcoming(title):
        return False
    if _FINDING_FIGURE.match(clauses[-1]):
        return False  # …不及时，涉及资金120万元: the finding's own figure
    return bool(_FIGURE_AT_END.search(clauses[-1]) or _MEASURE_START.match(clauses[-1]))


def _ends_in_shortcoming(title: str) -> bool:
    """A line that starts like a measure (推进…) but states a shortcoming of it."""
    return bool(_STATED_AS_SHORTCOMING.match(title)) and not _FIXING_VERB.search(title)


def _refine_kinds(headings: list[ParsedHeading], text: str) -> None:
    """Kinds that need the tree: problems told by their wording, and the
    headings that group problems (categories).

    A numbered line stating a shortcoming is a problem (1.信访矛盾化解不力。),
    except a measure item under a problem written run-in (（2）对未按期完成
    整改的单位…); every finding under an audit group is a problem; a heading
    whose children are problems is a category when it names a feedback point
    (一、贯彻落实…有差距, (一)反馈问题：…, (一)…决策部署情况), and a section
    when it names the notice's own work (二、巡察反馈问题整改落实情况)."""
    rectification = bool(_RECTIFICATION.search(text[:4000]))
    audit_report = is_audit_report(text)
    stated_items: dict[int, list[tuple[ParsedHeading, str]]] = {}
    for i, heading in enumerate(headings):
        if heading.kind == "section" and (
            _names_a_group(heading.title.strip(), rectification)
            or (audit_report and _audit_findings_group(headings, i))
        ):
            heading.kind = "category"
    for heading in headings:
        if heading.kind != "section":
            continue
        ancestors = _ancestors(headings, heading)
        # （一）关于…方面的问题 is the category of what follows, though not yet marked so
        # (a level-1 problem, 二、…存在风险, likewise heads the problems listed under it)
        in_problem = any(
            a.kind == "problem" and a.level > 1 and not re.search(r"方面$", a.problem or "")
            for a in ancestors
        )
        # under an audit report's findings heading, whatever its kind (fields may stand between)
        in_audit = any(
            _AUDIT_GROUP.search(a.title)
            and (a.kind == "category" or not _AUDIT_FRAMEWORK.search(a.title.removeprefix("审计")))
            for a in ancestors
        )
        title = _TRAILING_NOTE.sub("", heading.title.strip()).rstrip(_TRAILING_PUNCT)
        worded = (
            rectification
            and bool(_SHORTCOMING.search(title))
            and not _NOT_A_SHORTCOMING.search(title)
            and (not _MEASURE_START.match(title) or _ends_in_shortcoming(title))
            and len(title) <= 60
        ) or (rectification and _answered_problem(heading, title, text))
        labelled = bool(PARAGRAPH_LABEL.match(text, heading.end + 1))  # 整改情况： next
        reports = _reports_work(title) and not labelled
        if worded and in_problem and (heading.run_in or len(title) > 40 or reports):
            worded = False  # a measure item that mentions a shortcoming, unless…
            if heading.run_in and len(title) <= 40 and heading.parent is not None:
                stated_items.setdefault(heading.parent, []).append((heading, title))
        if worded or (
            in_audit
            and not _FRAMEWORK.search(title)
            and (not _MEASURE_START.match(title) or title.endswith("问题"))
        ):
            _mark_worded_problem(heading, title, text)
    _nested_problems(headings, stated_items, text)
    if rectification:
        _problem_siblings(headings, text)
    _cut_heading_like_its_siblings(headings, text)
    for i, heading in enumerate(headings):
        children = [h for h in headings[i + 1 :] if h.parent == i]
        if rectification and heading.kind == "section" and _FEEDBACK_PART.search(heading.title):
            for child in children:  # central style: （二）坚定不移推进全面从严治党
                if child.kind == "section" and not _OWN_WORK.search(child.title):
                    child.kind = "category"
        if not any(c.kind == "problem" for c in children):
            if not any(c.kind == "category" for c in children):  # problems two levels down
                _single_feedback_problem(heading, text)
            elif heading.kind == "problem" and heading.level == 1:
                # 一、贯彻落实…有差距 over （一）…方面 over 1.… problems: a feedback point
                heading.kind, heading.problem, heading.problem_span = "category", None, None
            continue
        names_aspect = bool(re.search(r"方面$", heading.problem or ""))  # 1.关于…方面的问题
        if heading.kind == "problem" and (
            heading.level == 1  # 二、…存在风险 over 1.… problems: a feedback point's heading
            or (heading.level <= 2 and _groups_problems(heading))
            or names_aspect
        ):
            heading.kind, heading.problem, heading.problem_span = "category", None, None
        elif heading.kind == "section" and (
            not _FRAMEWORK.search(heading.title) or _CATEGORY.search(heading.title.strip())
        ):
            heading.kind = "category"  # （二）组织领导方面 over 1.… problems groups them
    _labels_over_numbered_problems(headings)
    _last_group_like_its_siblings(headings, text)
    if rectification and not any(h.kind == "problem" for h in headings):
        _central_task_points(headings)
    for i, heading in enumerate(headings):
        if heading.kind == "problem" and heading.status is None:
            _body_status(heading, text)
        if heading.kind == "problem" and heading.status is None:
            _stated_status(heading, text, headings[i + 1 :])


def _mark_worded_problem(heading: ParsedHeading, title: str, text: str) -> None:
    """A heading that is a problem by its wording: the statement is the title
    without its closing 的问题."""
    heading.kind = "problem"
    heading.from_wording = True
    heading.problem = re.sub(r"的?问题$", "", title)
    offset = text.find(title, heading.start)
    if offset >= 0:
        heading.problem_span = (offset, offset + len(heading.problem))
    _body_status(heading, text)


def _nested_problems(
    headings: list[ParsedHeading],
    stated_items: dict[int, list[tuple[ParsedHeading, str]]],
    text: str,
) -> None:
    """Problems nested one level deeper than they seemed: when every item under a
    problem (（1）…流于形式。修订…, （2）…落实不到位。对…) states a shortcoming and
    goes on with what was done, the items are the problems and the heading above
    them is their category (1.学习贯彻党的创新理论不够深入 → （1）/（2))."""
    for parent, items in stated_items.items():
        siblings = [h for h in headings if h.parent == parent]
        listed = {id(h) for h, _ in items}
        others_are_problems = all(h.kind == "problem" for h in siblings if id(h) not in listed)
        group = headings[parent]
        one_is_enough = _groups_problems(group)  # （二）关于…方面的问题 over a single item
        if group.kind != "problem" or not others_are_problems:
            continue
        if len(siblings) < 2 and not one_is_enough:
            continue
        for heading, title in items:
            _mark_worded_problem(heading, title, text)
        group.kind, group.problem, group.problem_span = "category", None, None
        group.status = group.status_note = None


def _marker_style(marker: str) -> str:
    """The numbering style of a heading's marker (1. and 2. are one style, （1） another)."""
    found = match_marker(marker)
    return found[0].name if found else marker


def _problem_siblings(headings: list[ParsedHeading], text: str) -> None:
    """A numbered line among fed-back problems is one too, though its wording names no
    shortcoming we know (1.高标准农田建设项目重建轻管 beside 2.…清理不彻底): a group lists
    problems, not a mix. Only short one-clause lines that are no measure nor framework,
    and only where at least two of the same marker are problems already, under this
    group or its like groups (（一）反馈问题：… 1. 2. / （二）反馈问题：… 3.: the numbering runs
    on across the groups, so they are one list)."""

    styles = [_marker_style(h.marker) for h in headings]
    groups = [(h.level, h.kind, styles[i]) for i, h in enumerate(headings)]
    problems = [i for i, h in enumerate(headings) if h.kind == "problem" and h.parent is not None]
    for parent in {headings[i].parent for i in problems}:
        siblings = [h for h in headings if h.parent == parent]
        markers = {_marker_style(h.marker) for h in siblings if h.kind == "problem"}
        if len(markers) != 1:
            continue  # a mix of numberings under one group: no list to follow
        (style,) = markers
        # the items of this style under this group's like groups, in order: one list if
        # their numbers run on (1 2 | 3 | 4) or if this line is the only one of them that
        # reads as no problem; groups that restart and hold other items are read alone
        items = [
            i
            for i, h in enumerate(headings)
            if h.parent is not None and groups[h.parent] == groups[parent] and styles[i] == style
        ]
        numbers = [headings[i].number for i in items]
        runs_on = all(a is not None and b == a + 1 for a, b in pairwise(numbers))
        others = [i for i in items if headings[i].kind != "problem"]
        if not runs_on and len(others) > 1:  # groups that restart and hold other items
            items = [i for i in items if headings[i].parent == parent]
        listed = [i for i in items if headings[i].kind == "problem"]
        if len(listed) < 2:
            continue
        for heading in siblings:
            title = _TRAILING_NOTE.sub("", heading.title.strip()).rstrip(_TRAILING_PUNCT)
            if (
                heading.kind == "section"
                and _marker_style(heading.marker) in markers
                and len(title) <= 30
                and not re.search(r"[，,；;]", title)
                and not _MEASURE_START.match(title)
                and not _FRAMEWORK.search(title)
                and not _NOT_A_SHORTCOMING.search(title)
                and not _OWN_WORK.search(title)
            ):
                _mark_worded_problem(heading, title, text)


def _kinds_of_like_headings(headings: list[ParsedHeading]) -> set[str]:
    """The kinds of the headings before the last one with its level and marker style."""
    last = headings[-1]
    style = _marker_style(last.marker)
    return {
        h.kind
        for h in headings[:-1]
        if h.level == last.level and _marker_style(h.marker) == style and h.marker
    }


def _cut_heading_like_its_siblings(headings: list[ParsedHeading], text: str) -> None:
    """The last heading, cut off by the excerpt's end ((二)正在持续推进, 1.对所属社会组织
    日常监), is of the kind of the earlier headings of its style and level (status groups,
    numbered problems), which its cut wording can no longer show."""
    if not headings:
        return
    last = headings[-1]
    if last.run_in or text[last.end :].strip() or last.kind not in ("section", "category"):
        return
    if last.level < 2 or _FRAMEWORK.search(last.title) or _OWN_WORK.search(last.title):
        return  # 二、下一步工作打算 at the end is whole, the notice's own framework
    kinds = _kinds_of_like_headings(headings)
    if kinds == {"status"}:
        last.kind = "status"
        last.status = _status_of(last.title)
    elif kinds == {"problem"}:
        _mark_worded_problem(last, last.title.strip(), text)


def _last_group_like_its_siblings(headings: list[ParsedHeading], text: str) -> None:
    """The last heading, whose problems the excerpt cut away ((二)全面从严治党“两个责任”落实
    不到位 after (一)…有差距 over 问题1：…), groups problems as its siblings do: a category."""
    if not headings:
        return
    last = headings[-1]
    if last.kind != "problem" or last.run_in or text[last.end :].strip() or last.level > 2:
        return
    kinds = _kinds_of_like_headings(headings)
    if kinds == {"category"}:
        last.kind, last.problem, last.problem_span = "category", None, None


def _central_task_points(headings: list[ParsedHeading]) -> None:
    """In a notice with no problem headings (central style), the numbered points under a
    feedback point's category (1.服务海洋强国和交通强国建设, 1.在…上下功夫) are the tasks
    that rectify it, worded as measures or not (1.压紧压实管党治党责任): categories too,
    unless they name the rectification work itself; the items one level below a point
    ((1)修订…) stay measures."""
    for heading in headings:
        parent = headings[heading.parent] if heading.parent is not None else None
        if (
            heading.kind == "section"
            and heading.level in (2, 3)
            and parent is not None
            and parent.kind == "category"
            and parent.level < heading.level
            and not _FRAMEWORK.search(heading.title)
        ):
            heading.kind = "category"
    for i, heading in enumerate(headings):  # （一）全面贯彻党的教育方针… over 1.在…上下功夫
        points = [h for h in headings[i + 1 :] if h.parent == i and h.kind == "category"]
        if (
            heading.kind == "section"
            and heading.level >= 2
            and any(_TASK_POINT.match(h.title.strip()) for h in points)
            and not _OWN_WORK.search(heading.title)
            and not _FRAMEWORK.search(heading.title)
        ):
            heading.kind = "category"


def _style_name(marker: str) -> str | None:
    """The numbering style a heading's marker is written in (反馈问题一： → 问题1：)."""
    found = match_marker(marker)
    return found[0].name if found else None


def _labels_over_numbered_problems(headings: list[ParsedHeading]) -> None:
    """反馈问题一：关于“…”的问题 followed at once by 1.…, 2.… problems: the labelled
    feedback point groups them, a category (both stand at the labelled level)."""
    for heading, following in zip(headings, headings[1:], strict=False):
        if (
            heading.kind == "problem"
            and _style_name(heading.marker) in ("问题1：", "【问题1】")
            and _style_name(following.marker) == "1."
            and following.number == 1
            and following.kind == "problem"
        ):
            heading.kind, heading.problem, heading.problem_span = "category", None, None


def _audit_findings_group(headings: list[ParsedHeading], i: int) -> bool:
    """In an audit report, a top heading about one field's findings and their
    rectification groups those findings (一、财政部门预算执行问题的整改情况), and so
    does 二、审计查出问题的整改情况 when no heading of a field stands under it."""
    heading = headings[i]
    title = heading.title.strip().rstrip(_TRAILING_PUNCT)
    if heading.level != 1 or not _FINDINGS_RECTIFIED.search(title):
        return False
    if _AUDIT_FRAMEWORK.search(title.removeprefix("审计")):
        return False
    # a field's heading under it (（一）市级部门预算执行审计) makes it the report's framework;
    # findings right under it (1.多计工程款12.5万元问题) are what it groups
    children = [j for j in range(i + 1, len(headings)) if headings[j].parent == i]
    has_fields = any(
        headings[j].kind == "category"
        or any(h.parent == j for h in headings[j + 1 :])
        or not headings[j].title.strip().rstrip(_TRAILING_PUNCT).endswith("问题")
        for j in children
        if headings[j].kind != "problem"
    )
    return not (title.startswith("审计") and has_fields)


def _names_a_group(title: str, rectification: bool) -> bool:
    """A heading that by its wording groups problems: (一)反馈问题：…, an audit report's
    一、…审计查出问题的整改情况 (not its own 整改工作推进情况), a central-style task point."""
    return bool(
        _FEEDBACK_GROUP.match(title)
        or (_AUDIT_GROUP.search(title) and not _AUDIT_FRAMEWORK.search(title))
        or (rectification and _TASK_POINT.match(title))
    )


def _single_feedback_problem(heading: ParsedHeading, text: str) -> None:
    """(一)巡察反馈问题：…不到位。 with no problems below it is that one problem."""
    title = heading.title.strip()
    lead = _FEEDBACK_LEAD.match(title)
    if heading.kind != "category" or lead is None or len(title) - lead.end() < 4:
        return
    heading.kind = "problem"
    heading.problem = title[lead.end() :].rstrip(_TRAILING_PUNCT)
    offset = text.find(heading.problem, heading.start)
    if offset >= 0:
        heading.problem_span = (offset, offset + len(heading.problem))


def _groups_problems(heading: ParsedHeading) -> bool:
    """A level-1/2 problem heading with problems below it is their category when it
    was told by its wording or names an aspect (（一）关于…方面的问题)."""
    return heading.from_wording or bool(re.search(r"方面$", heading.problem or ""))


def _stated_status(heading: ParsedHeading, text: str, following: list[ParsedHeading]) -> None:
    """Progress stated in the problem's own body (up to the next heading), labelled
    or said of the problem: 整改进展：已完成。 / 目前该问题已整改到位。"""
    end = min([heading.scope_end] + [h.start for h in following[:1]])
    match = _STATED_STATUS.search(text, heading.end, end)
    stated = match and (match.group(1) or match.group(2))
    if stated and _status_of(stated) is not None:
        heading.status, heading.status_note = _status_of(stated), stated


def _ancestors(headings: list[ParsedHeading], heading: ParsedHeading) -> list[ParsedHeading]:
    out = []
    index = heading.parent
    while index is not None:
        out.append(headings[index])
        index = headings[index].parent
    return out


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


@dataclass
class _Extent:
    """Where a heading ends, whether body text runs on after it on its line, and
    the quoted problem statement it names (with its span), if any."""

    end: int
    run_in: bool
    problem: str | None = None
    problem_span: tuple[int, int] | None = None


def _read_heading(
    text: str, line_start: int, line_end: int, style: MarkerStyle, marker: str, marker_len: int
) -> ParsedHeading | None:
    start = line_start + (len(text[line_start:line_end]) - len(text[line_start:line_end].lstrip()))
    body_start = line_start + marker_len
    while body_start < line_end and text[body_start] in " \t\u3000":
        body_start += 1
    if body_start >= line_end:
        return None  # a bare marker is a list artefact, not a heading
    extent = _heading_span(text, body_start, line_end)
    end = extent.end
    while end > start and text[end - 1] in _TRAILING_PUNCT + "\n":
        end -= 1
    title = text[body_start:end].replace("\n", "")
    if not title.strip():
        return None
    counted = marker[-1:] in (".", "．") and body_start == line_start + marker_len  # 2.3个…问题
    if style.level == 3 and re.match(r"\d", title) and not counted:
        return None  # "1. 2023年…" style numbering of figures is not a heading
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
