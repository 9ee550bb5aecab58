"""Kinds of headings that need the tree: problems told by their wording, and the groups above them.

Once every heading is read and linked to its parent, :func:`_refine_kinds` runs
the passes that look past one heading (its ancestors, children and siblings, the
excerpt's cut end, the notice's genre) to tell fed-back problems from measures
and categories from the notice's own sections.
"""

from __future__ import annotations

import re
from itertools import pairwise

from extractor.genre import is_audit_report, names_an_inspection
from extractor.heading_markers import PARAGRAPH_LABEL, match_marker
from extractor.heading_status import _body_status, _stated_status, _status_of
from extractor.heading_wording import (
    _CATEGORY,
    _OWN_WORK,
    _STATUS_WORDS,
    _TRAILING_NOTE,
    aspect_of_own_work,
)
from extractor.parsed_heading import _TRAILING_PUNCT, ParsedHeading

#: Wording that states a shortcoming, so a numbered line is a fed-back problem
#: even without 关于 or quotes (1.信访矛盾化解不力。, 1.多计工程款12.5万元问题。);
#: tasks and measures (强化警示宣传, 不折不扣完成整改任务) do not use it.
_SHORTCOMING = re.compile(
    r"不(?:符|相符|够|到位|深入|深不透|扎实|严格|严肃|规范|健全|完善|及时|充分|全面|全|精准|有力|力|强|高|足|实|细|准|严|优|畅"
    r"|平衡|合理|明显|彻底|紧密|清|当|善|佳|一致|对等|匹配|落地|完整|统一|透明|公开|达标|多|大|快|广|经常)"
    r"|有差距|存在差距|差距较大|薄弱|缺失|缺位|缺乏|欠缺|滞后|弱化|虚化|淡化|边缘化|偏差|偏弱|较弱|偏低|较低"
    r"|偏离|偏少|偏多|偏高|偏长|偏短|过长|过高|过多|两张皮|走形式|走过场|结合不紧|差异较大"
    r"|迟缓|缓慢|偏慢|较慢|乏力|延迟|拖延|(?:收入|比例|比率|完成率|覆盖率|[\u4e00-\u9fff]{2}率)低于|有待(?:提高|提升|加强|改进|完善)|走样|失衡|脱节|低效|偏软|偏松|偏宽|偏轻"
    r"|乱作为|慢作为|不作为|懈怠|松懈|失职|失责|失察|失管|失控|违规|违纪|违反|未(?:按|能|及时|严格|落实|完成|建立|执行|经|纳入|收回|足额|将|入账|列入|缴库|上缴|全部|实现"
    r"|办理|公开|招标|审批|报批)|超概算|超预算"
    # (未通过审核的票据, 问题反复出现的3个村: a modifier of what a measure acts on)
    r"|未通过(?![^，,。；;]{0,12}的)|反复(?:出现|发生)(?!的)|屡禁不止|屡查屡犯|屡改屡犯"
    r"|多计|少计|多列|少列|虚报|虚增|超标|超范围|超支|挤占|挪用|闲置|流失|损失|隐患|浪费|拖欠|滞留|沉淀|骗取|套取"
    r"|(?:时有|仍有|仍然|依然)(?:发生|存在)|问题(?:仍然?|依然)?(?:较为|较|比较)?(?:突出|较多|多发)"
    r"|超职数|超编制?|超配|欠账|损毁|损坏|风险(?:较为|较|比较)?(?:突出|较大|较高)"
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


def _is_rectification(text: str) -> bool:
    """A rectification notice or report: it says so near its start, or names an
    inspection or an audit in its opening and rectification soon after, in sentences of their own
    (…市委第二巡察组对市卫生健康委党组开展了常规巡察。…研究部署整改工作)."""
    return bool(_RECTIFICATION.search(text[:4000])) or (
        # …or an audit in the opening whose rectification follows (…进行了审计，并于11月24日
        # 出具审计报告。镇党委…逐项整改)
        (names_an_inspection(text[:1000]) or "审计" in text[:600]) and "整改" in text[:2000]
    )


#: …unless the line is the notice's own framework (存在的不足和下一步打算).
_NOT_A_SHORTCOMING = re.compile(
    r"^(?:存在|下一步|需要|需|尚未|正在|已|其他|其它|上述|以下|主要|有关|相关|关于|针对|反馈"
    # …but 巡察整改和审计整改不彻底 is a fed-back shortcoming of earlier rectification
    r"|(?:巡视|巡察)(?!整改[^。；;，,]{0,12}?(?:不彻底|不到位|不力|不扎实|不及时|滞后)$))"
    r"|下一步|打算|努力方向|不足之处|存在的(?:问题|不足)|整改(?:情况|进展|工作|成效)$"
)
#: A part of the notice about its own shortcomings and next steps (二、存在的不足和下一步打算).
_OWN_SHORTCOMINGS = re.compile(r"存在的不足|不足之处|下一步|工作打算|努力方向")
#: A heading that introduces the fed-back problems below it: (一)反馈问题：…
_FEEDBACK_GROUP = re.compile(r"^(?:巡[视察])?反馈(?:的)?问题(?:\s*[：:]|$)")
_FEEDBACK_LEAD = re.compile(r"^(?:巡[视察])?反馈(?:的)?问题\s*[：:]\s*")
#: An audit report's groups of findings: 一、市级财政管理审计查出问题的整改情况 (…问题的具体
#: 整改情况 too)
_AUDIT_GROUP = re.compile(r"审计(?:查出|发现)(?:的)?问题(?:的|及|和)?(?:具体)?整改")
#: …but not the report's own framework (一、审计查出问题整改工作推进情况, and
#: 二、审计查出问题整改情况 with no audited field before 审计, over the groups;
#: 二、具体问题整改情况 names no field either).
_AUDIT_FRAMEWORK = re.compile(r"整改工作|总体情况|推进情况|基本情况|^审计|^(?:具体|主要)问题")
#: A heading about findings and their rectification (…预算执行问题的整改情况).
_FINDINGS_RECTIFIED = re.compile(r"问题(?:的|及|和)?(?:具体)?整改(?:情况|结果)$")
#: Words of the notice's own framework: a heading with them that groups
#: problems is about the rectification work, a section (二、巡察反馈问题整改落实情况).
_FRAMEWORK = re.compile(
    r"整改|反馈|巡视|巡察|下一步|组织领导|工作打算|进展"
    # 第二、对照问题抓落实，确保件件有着落: the rectification's own slogans
    r"|对照(?:问题|清单|意见)|件件有着落|事事有回音"
)
#: A part of a joint round's notice for one inspected body (（一）县民政局党组): the
#: notice's framework, a section, whatever its problems are.
_BODY_PART = re.compile(
    r"^(?!关于)[\u4e00-\u9fff]{2,24}?(?:党组|党委|党工委|党总支|党支部)(?:整改(?:落实)?(?:情况)?)?$"
)
#: The part of a notice about its own rectification work (一、整改工作落实情况).
_OWN_WORK_PART = re.compile(r"整改工作|组织领导")
#: The part of a notice that reports on the fed-back problems
#: (二、巡视反馈问题整改落实情况, 二、聚焦巡视反馈问题，扎实推进整改落实).
_FEEDBACK_PART = re.compile(r"(?:反馈|巡视|巡察)[^，,。；;]{0,6}(?:问题|意见)")
#: A task heading that mirrors a feedback point in the central style (1.在学懂弄通做实上
#: 下功夫): a category, per the guideline's example.
_TASK_POINT = re.compile(
    r"^在.{2,40}?[上中](?:狠|持续|精准|全面|着力|再)?"
    r"(?:下功夫|下真功夫|下苦功|用力|发力|见实效|见成效|出实效|求实效|求突破|作表率|做表率|做文章"
    r"|出实招|动真格|见真章|走在前列?|[严实硬强紧细深]起来|扛起(?:重任|责任|使命)|挑大梁|当先锋)"
)
#: Lines that begin with a measure are tasks, whatever shortcoming they mention
#: (对外担保… begins with a noun, not with 对).
_MEASURE_START = re.compile(
    r"(?:对(?!外)|将|把|为|以|通过|围绕|强化|加强|完善|健全|建立|坚持|推动|推进|深化|提高|提升|压实|严格|开展|组织"
    r"|制定|狠抓|抓好|着力|切实|全面|持续|扎实|确保|进一步|聚焦|紧盯|加大|规范|优化|构建|落细"
    r"|从严|严肃|依法|依规|清理|及时|坚决|追回|深入|认真|集中整治|专项治理|专项整治"
    r"|举一反三|以案促改|立行立改|即知即改|修订|约谈|问责|追责|细化|印发|出台|督促|责令|建章立制"
    r"|新增|新建|增设|配备|补齐|投入|下发)"
)
#: …unless the line is one clause that ends in the shortcoming (1.推进交通强国建设试点任务
#: 不够有力): a measure names what it fixes (杜绝浪费, 解决…不到位问题) or goes on after a comma.
_STATED_AS_SHORTCOMING = re.compile(
    r"^[^，,；;]*(?:" + _SHORTCOMING.pattern + r")[\u4e00-\u9fff]{0,3}$"
)
_FIXING_VERB = re.compile(
    r"严禁|禁止|不得|杜绝|防止|避免|纠正|解决|整治|治理|消除|堵塞|破解|克服|扭转|查处|清理|整改|排查|追回|追缴|处置|清退|收回"
)
#: A clause giving a finding's own extent (涉及资金120万元, 共计12处), not work done.
_FINDING_FIGURE = re.compile(r"(?:涉及|共计|合计|金额|累计|共有|共)")
#: Only so few (…查处…仅1起, …仅覆盖38%): a figure that shows a shortcoming, no work done.
_TOO_FEW = re.compile(r"仅|只")
#: A figure at a line's end (…清理超范围采购品规37个, …退回违规收费21.4万元): what was done.
_FIGURE_AT_END = re.compile(r"\d[\d.]*(?:[万亿千]?元|%|[\u4e00-\u9fff]{1,3})?$")


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


#: A ledger's header row (问题描述 整改措施 …, in cells) or a row's problem field
#: (问题描述：…): a ledger pasted under a heading lists its problems.
_LEDGER_HEADER = re.compile(
    r"问题(?:描述|表现|内容)?[ \t\u3000|｜]+(?:整改|具体)?(?:措施|举措|情况|进展)"
    r"|问题(?:描述|表现|内容)(?:整改|具体)?(?:措施|举措)"  # (cells parted by two spaces, dropped)
)
_LEDGER_FIELD = re.compile(r"问题(?:描述|表现|内容)[：:]")


def _holds_ledger(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a pasted ledger: its header row, or the
    problem field of two rows or more (one is a single problem written in fields)."""
    return bool(_LEDGER_HEADER.search(text, start, end)) or (
        len(_LEDGER_FIELD.findall(text, start, end)) >= 2
    )


def _answered_problem(heading: ParsedHeading, title: str, text: str) -> bool:
    """A run-in line answered by a label (3.对干警日常监督失之于宽问题。整改情况：…,
    1.部分项目化整为零规避公开招标。整改情况：…): measures get no 整改情况, so the line
    is a problem whatever its wording (推进…有短板 too)."""
    if not heading.run_in or _NOT_A_SHORTCOMING.search(title):
        return False
    after = text[heading.end : heading.end + 12].lstrip("。 \t\u3000")
    return bool(PARAGRAPH_LABEL.match(after))


def _reports_work(title: str) -> bool:
    """An item under a problem that reports what was done, though it names the
    shortcoming it fixed: two clauses or more, the last ending in a figure or opening
    like a measure (①药学部对…进行全面清查，清理超范围采购品规37个; （2）清收历年欠缴租金
    127.5万元，对仍拖欠的6户承租人依法提起诉讼)."""
    clauses = re.split(r"[，,；;]", title)
    if len(clauses) < 2 or _ends_in_shortcoming(title) or _opens_with_shortcoming(title):
        return False
    if _FINDING_FIGURE.match(clauses[-1]) or _TOO_FEW.search(clauses[-1]):
        return False  # …不及时，涉及资金120万元 / …不足，2022年仅覆盖38%: the finding's own figure
    return bool(_FIGURE_AT_END.search(clauses[-1]) or _MEASURE_START.match(clauses[-1]))


#: A measure whose object is a shortcoming: a fixing verb before it (全省查处违反中央八项
#: 规定精神问题1386起) or a sanction around it (对…落实不力的21名领导干部进行问责).
_FIXES_A_SHORTCOMING = re.compile(
    rf"(?:{_FIXING_VERB.pattern}|问责|追责)(?!不)[^，,；;]{{0,20}}?(?:{_SHORTCOMING.pattern})"
    rf"|对[^，,；;]{{2,30}}?(?:{_SHORTCOMING.pattern})[^，,；;]{{0,20}}?"
    r"(?:进行|予以|给予)(?:问责|追责|处理|处分|约谈|通报|诫勉)"
)


def _fixes_a_shortcoming(title: str) -> bool:
    """A line that reports fixing or sanctioning a shortcoming (or says it is solved:
    确保制度不全的问题得到解决), and neither opens with one (监督执纪偏软，查处…仅1起)
    nor ends in one (整治违规问题不彻底 is still a problem)."""
    clauses = re.split(r"[，,；;]", title)
    if _SOLVED.search(title):
        return True
    if len(clauses) > 1 and _STATED_AS_SHORTCOMING.match(clauses[0]):
        return False
    return (
        bool(_FIXES_A_SHORTCOMING.search(title))
        and not _SHORTCOMING.search(clauses[-1][-6:])
        and not _TOO_FEW.search(clauses[-1])  # …仅1起: too few, a shortcoming
    )


#: A shortcoming said to be solved: …的问题得到解决/纠正/整改.
_SOLVED = re.compile(r"问题(?:得到|获得)(?:有效)?(?:解决|纠正|整改|根治)")


#: What runs on after 针对…问题， in a measure at least (a problem's own clause is short).
_MEASURE_LENGTH = 12
#: A line that opens with the problem it answers and runs on (针对…问题，…).
_MEASURE_AGAINST_A_PROBLEM = re.compile(r"^(?:关于|针对)[^，,。“”]{2,60}?问题[，,].")
#: …and says who did the work before what was done (针对…的问题，镇经管站重新核定…).
_ACTOR_FIRST = re.compile(
    # (an organ opens with a level or town word, or is the notice's own: not 加强队伍…)
    r"(?:[省市区县镇乡村局院校所]|街道|集团|公司)[\u4e00-\u9fff]{0,11}?"
    r"(?:站|所|局|办|中心|委员会|党委|党组|党支部|政府|公司|学院|医院|队|科|处)"
    r"(?=[\u4e00-\u9fff])"
)


def _ends_in_shortcoming(title: str) -> bool:
    """A line that starts like a measure (推进…) but states a shortcoming of it."""
    return bool(_STATED_AS_SHORTCOMING.match(title)) and not _FIXING_VERB.search(title)


def _opens_with_shortcoming(title: str) -> bool:
    """A line whose first clause states a shortcoming, though it starts like a measure
    (对违规问题处理偏软，以协议处理代替行政处罚; 对…稽核覆盖面不足，2022年仅覆盖38%):
    a finding and its evidence, no work done."""
    first = re.split(r"[，,；;]", title, maxsplit=1)[0]
    if first.startswith(("针对", "关于")):
        return False  # 针对学用脱节问题，将…: names the problem it answers, a measure
    return first != title and _ends_in_shortcoming(first)


def _refine_kinds(headings: list[ParsedHeading], text: str) -> None:
    """Kinds that need the tree: problems told by their wording, and the
    headings that group problems (categories).

    A numbered line stating a shortcoming is a problem (1.信访矛盾化解不力。),
    except a measure item under a problem written run-in (（2）对未按期完成
    整改的单位…); every finding under an audit group is a problem; a heading
    whose children are problems is a category when it names a feedback point
    (一、贯彻落实…有差距, (一)反馈问题：…, (一)…决策部署情况), and a section
    when it names the notice's own work (二、巡察反馈问题整改落实情况)."""
    rectification = _is_rectification(text)
    audit_report = is_audit_report(text)
    for heading in headings:
        parent = headings[heading.parent] if heading.parent is not None else None
        if (
            heading.kind == "category"
            and parent is not None
            and _OWN_WORK_PART.search(parent.title)
            and not _FEEDBACK_PART.search(parent.title)
            and aspect_of_own_work(heading.title)
        ):
            heading.kind = "section"  # 一、整改工作落实情况 → （二）制度建设方面
    stated_items: dict[int, list[tuple[ParsedHeading, str]]] = {}
    for i, heading in enumerate(headings):
        if heading.kind == "section" and (
            _names_a_group(heading.title.strip(), rectification)
            or (audit_report and _audit_findings_group(headings, i, text))
        ):
            heading.kind = "category"
    for heading in headings:
        if heading.kind != "section":
            continue
        ancestors = _ancestors(headings, heading)
        # （一）关于…方面的问题 is the category of what follows, though not yet marked so
        # (a level-1 problem, 二、…存在风险, likewise heads the problems listed under it)
        # (but 一、关于“…”问题的整改情况, quoted, is one problem whatever its level)
        in_problem = any(
            a.kind == "problem"
            and (a.level > 1 or (a.problem_span is not None and not a.from_wording))
            and not re.search(r"方面$", a.problem or "")
            for a in ancestors
        )
        # under an audit report's findings heading, whatever its kind (fields may stand between)
        in_audit = any(
            _AUDIT_GROUP.search(a.title)
            and (a.kind == "category" or not _AUDIT_FRAMEWORK.search(a.title.removeprefix("审计")))
            for a in ancestors
        )
        title = _TRAILING_NOTE.sub("", heading.title.strip()).rstrip(_TRAILING_PUNCT)
        # …and in an audit report a finding named …问题 under the feedback part
        # (二、反馈问题整改落实情况 → 1.串换收费项目问题。), not a measure under a finding
        in_audit = in_audit or (
            audit_report
            and not in_problem
            and title.endswith("问题")
            and any(_FEEDBACK_PART.search(a.title) for a in ancestors)
        )
        under_finding = any(
            a.kind == "problem" and _names_a_finding(a.title.strip().rstrip(_TRAILING_PUNCT))
            for a in ancestors
        )
        # under 二、存在的不足和下一步打算 the shortcomings are the notice's own, not fed back
        own_shortcomings = any(_OWN_SHORTCOMINGS.search(a.title) for a in ancestors)
        worded = (
            (
                rectification
                and not own_shortcomings
                and bool(_SHORTCOMING.search(title))
                and (
                    not _NOT_A_SHORTCOMING.search(title)
                    # 1.关于友城交流务实合作成效不明显: 关于 before a stated shortcoming, no quotes
                    or (
                        title.startswith("关于")
                        and "问题" not in title
                        and _ends_in_shortcoming(title[2:])
                    )
                )
                and (
                    not _MEASURE_START.match(title)
                    or _ends_in_shortcoming(title)
                    or _opens_with_shortcoming(title)
                )
                and not _fixes_a_shortcoming(title)
                and len(title) <= 60
            )
            or (rectification and _answered_problem(heading, title, text))
        )
        labelled = bool(PARAGRAPH_LABEL.match(text, heading.end + 1))  # 整改情况： next
        # a progress note closing the line (…28.4万元——已完成) gives a problem's status: a
        # measure carries none, so the figure before it is the finding's own
        noted = bool(
            (note := _TRAILING_NOTE.search(heading.title.strip()))
            and _STATUS_WORDS.search(note.group())
        )
        reports = _reports_work(title) and not labelled and not noted
        if worded and in_problem and (heading.run_in or len(title) > 40 or reports) and not noted:
            worded = False  # a measure item that mentions a shortcoming, unless…
            if heading.run_in and len(title) <= 40 and heading.parent is not None:
                stated_items.setdefault(heading.parent, []).append((heading, title))
        if worded or (
            in_audit
            and not _FRAMEWORK.search(title)
            and (not _MEASURE_START.match(title) or title.endswith("问题"))
            # under a finding (1.…多计工程款12.5万元问题。) an item that names no finding
            # or says it is done reports the work ((1)已追回多计工程款12.5万元，上缴市级财政)
            and not (under_finding and (_says_done(title) or not _names_a_finding(title)))
        ):
            _mark_worded_problem(heading, title, text)
    for heading in headings:
        answered = _MEASURE_AGAINST_A_PROBLEM.match(heading.title.strip())
        if (
            heading.kind == "problem"
            and answered
            and (
                (
                    _MEASURE_START.match(heading.title.strip(), answered.end() - 1)
                    and (
                        _reports_work(heading.title.strip().rstrip(_TRAILING_PUNCT))
                        # (…问题，组织对全乡1268户改厕农户逐户回访: a measure at length)
                        or len(heading.title.strip()) - answered.end() >= _MEASURE_LENGTH
                    )
                )
                or _ACTOR_FIRST.match(heading.title.strip(), answered.end() - 1)
            )
            and any(a.kind == "problem" for a in _ancestors(headings, heading))
        ):
            # （2）针对学用脱节问题，将学习成果转化为调研课题8个: under its problem, the
            # line names what it fixes and reports the work, a measure (so does
            # 1.针对…的问题，镇经管站重新核定…, which names who did it first)
            heading.kind, heading.problem, heading.problem_span = "section", None, None
    _nested_problems(headings, stated_items, text)
    _items_of_status_groups(headings, text)
    if rectification:
        _problem_siblings(headings, text)
    _cut_heading_like_its_siblings(headings, text)
    for i, heading in enumerate(headings):
        children = [h for h in headings[i + 1 :] if h.parent == i]
        if rectification and heading.kind == "section" and _FEEDBACK_PART.search(heading.title):
            for child in children:  # central style: （二）坚定不移推进全面从严治党
                if (
                    child.kind == "section"
                    and not _OWN_WORK.search(child.title)
                    and not _names_a_body(child)
                ):
                    child.kind = "category"
        if not any(c.kind == "problem" for c in children):
            if (
                heading.kind == "problem"
                and heading.level <= 2
                and _holds_ledger(
                    text, heading.end, headings[i + 1].start if i + 1 < len(headings) else len(text)
                )
            ):
                # (一)…有差距 over a pasted ledger's rows (序号 问题描述 整改措施 …): the
                # rows are its problems, unmarked, so it groups them
                heading.kind, heading.problem, heading.problem_span = "category", None, None
            elif (
                heading.kind == "problem"
                and not children
                and heading.level <= 2
                and re.search(r"方面$", heading.problem or "")
                and any(
                    h.kind == "category" and h.parent == heading.parent and h.level == heading.level
                    for h in headings[:i]
                )
            ):
                # （二）关于…方面的问题 after a sibling category, with no items of its own (its
                # problems told in prose or cut away): an aspect, a category as its siblings
                # are (with numbered measures under it, it is one problem)
                heading.kind, heading.problem, heading.problem_span = "category", None, None
            elif not any(c.kind == "category" for c in children):  # problems two levels down
                _single_feedback_problem(heading, text)
            elif heading.kind == "problem" and heading.level <= 2:
                # 一、贯彻落实…有差距 over （一）…方面 over 1.… problems, （一）聚焦…有差距的问题
                # over 1.在…上持续用力 task points: a feedback point
                heading.kind, heading.problem, heading.problem_span = "category", None, None
            continue
        names_aspect = bool(re.search(r"方面$", heading.problem or ""))  # 1.关于…方面的问题
        if heading.kind == "problem" and (
            heading.level == 1  # 二、…存在风险 over 1.… problems: a feedback point's heading
            or (heading.level <= 2 and _groups_problems(heading))
            # (一)关于社会救助政策落实不精准的问题 over 1.… problems: their category, when
            # every item under it is one (not a measure that names a problem)
            or (heading.level == 2 and all(c.kind == "problem" for c in children))
            or names_aspect
        ):
            heading.kind, heading.problem, heading.problem_span = "category", None, None
        elif (
            heading.kind == "section"
            and not _names_a_body(heading)
            and (not _FRAMEWORK.search(heading.title) or _CATEGORY.search(heading.title.strip()))
        ):
            heading.kind = "category"  # （二）组织领导方面 over 1.… problems groups them
    _labels_over_numbered_problems(headings)
    _last_group_like_its_siblings(headings, text)
    if rectification and not audit_report and not any(h.kind == "problem" for h in headings):
        _central_task_points(headings)  # an audit report has no feedback points
    for i, heading in enumerate(headings):
        if heading.kind == "problem" and heading.status is None:
            _body_status(heading, text)
        if heading.kind == "problem" and heading.status is None:
            _stated_status(heading, text, headings[i + 1 :])


def _items_of_status_groups(headings: list[ParsedHeading], text: str) -> None:
    """The numbered items right under a status group (一、已整改完成的问题（6个）) are the
    problems it groups, whatever their wording (1.公务用车使用登记不完整。已实行…), unless
    one opens like a measure."""
    for heading in headings:
        if heading.parent is None or headings[heading.parent].kind != "status":
            continue
        title = _TRAILING_NOTE.sub("", heading.title.strip()).rstrip(_TRAILING_PUNCT)
        if (
            heading.kind == "section"
            and not _MEASURE_START.match(title)
            and not _FRAMEWORK.search(title)
        ):
            _mark_worded_problem(heading, title, text)


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
    grouped_levels: set[int] = set()  # levels where a problem turned out a group of items
    for parent, items in sorted(stated_items.items()):
        siblings = [h for h in headings if h.parent == parent]
        listed = {id(h) for h, _ in items}
        # (the excerpt may cut the last item before its shortcoming: 3.员工行为管理存在)
        cut = headings[-1] if _ends_the_excerpt(text, headings[-1].end) else None
        others_are_problems = all(
            h.kind == "problem" for h in siblings if id(h) not in listed and h is not cut
        )
        group = headings[parent]
        one_is_enough = _groups_problems(group)  # （二）关于…方面的问题 over a single item
        if group.kind != "problem" or not others_are_problems:
            continue
        # a single item is enough where an earlier group of this level held several
        # (（二）关于…的问题 over one 1.…不严格。 cut by the excerpt, like （一） before it)
        if len(siblings) < 2 and not one_is_enough and group.level not in grouped_levels:
            continue
        for heading, title in items:
            _mark_worded_problem(heading, title, text)
        grouped_levels.add(group.level)
        group.kind, group.problem, group.problem_span = "category", None, None
        group.status = group.status_note = None


def _marker_style(marker: str) -> str:
    """The numbering style of a heading's marker (1. and 2. are one style, （1） another)."""
    found = match_marker(marker)
    return found[0].name if found else marker


#: The key of the notice's top as a group of headings.
_TOP = -1


def _problem_siblings(headings: list[ParsedHeading], text: str) -> None:
    """A numbered line among fed-back problems is one too, though its wording names no
    shortcoming we know (1.高标准农田建设项目重建轻管 beside 2.…清理不彻底): a group lists
    problems, not a mix. Only short one-clause lines that are no measure nor framework,
    and only where at least two of the same marker are problems already, under this
    group or its like groups (（一）反馈问题：… 1. 2. / （二）反馈问题：… 3.: the numbering runs
    on across the groups, so they are one list)."""

    styles = [_marker_style(h.marker) for h in headings]
    # the notice's top (no heading above: problems listed straight after the opening)
    # is a group of its own, keyed -1
    groups = {i: (h.level, h.kind, styles[i]) for i, h in enumerate(headings)}
    groups[_TOP] = (0, "top", None)
    parent_of = [_TOP if h.parent is None else h.parent for h in headings]
    problems = [i for i, h in enumerate(headings) if h.kind == "problem"]
    with_problems = {parent_of[i] for i in problems}
    like_groups = {groups[parent] for parent in with_problems}
    # a like group holding no problem yet ((二)招标采购方面的问题 over one 1.…问题。 that
    # names no shortcoming we know) follows the markers of the problems of its likes
    parents = with_problems | {p for p in parent_of if groups[p] in like_groups}
    for parent in sorted(parents):
        siblings = [h for i, h in enumerate(headings) if parent_of[i] == parent]
        markers = {_marker_style(h.marker) for h in siblings if h.kind == "problem"} or {
            styles[i] for i in problems if groups[parent_of[i]] == groups[parent]
        }
        if len(markers) != 1:
            continue  # a mix of numberings under one group: no list to follow
        (style,) = markers
        # the items of this style under this group's like groups, in order: one list if
        # their numbers run on (1 2 | 3 | 4) or if this line is the only one of them that
        # reads as no problem; groups that restart and hold other items are read alone
        items = [
            i
            for i in range(len(headings))
            if groups[parent_of[i]] == groups[parent] and styles[i] == style
        ]
        numbers = [headings[i].number for i in items]
        runs_on = all(a is not None and b == a + 1 for a, b in pairwise(numbers))
        others = [i for i in items if headings[i].kind != "problem"]
        if not runs_on and len(others) > 1:  # groups that restart and hold other items
            items = [i for i in items if parent_of[i] == parent]
        listed = [i for i in items if headings[i].kind == "problem"]
        if len(listed) < 2:
            continue
        for heading in siblings:
            title = _TRAILING_NOTE.sub("", heading.title.strip()).rstrip(_TRAILING_PUNCT)
            if (
                parent == _TOP
                and not title.endswith("问题")
                and not _ends_the_excerpt(text, heading.end)
            ):
                continue  # 三、制度建设 beside 一、关于“…”问题: the notice's own part
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
    日常监, 二、全面从严治党), is of the kind of the earlier headings of its style and level
    (status groups, numbered problems, feedback points), which its cut wording can no
    longer show."""
    if not headings:
        return
    last = headings[-1]
    if last.run_in or text[last.end :].strip() or last.kind not in ("section", "category"):
        return
    kinds = _kinds_of_like_headings(headings)
    if kinds == {"status"} and _STATUS_WORDS.search(last.title):
        last.kind = "status"  # (二)正在整改的问 after (一)已整改完成的问题: 整改 is its status
        last.status = _status_of(last.title)
        return
    if _FRAMEWORK.search(last.title) or _OWN_WORK.search(last.title):
        return  # 二、下一步工作打算 at the end is whole, the notice's own framework
    if kinds == {"category"}:
        last.kind = "category"  # 二、全面从严治党 after 一、党的政治建设方面 over problems
    elif last.level < 2:
        return  # a cut 一、 heading groups; it names no problem nor status
    elif kinds == {"status"}:
        last.kind = "status"
        last.status = _status_of(last.title)
    elif kinds == {"problem"}:
        _mark_worded_problem(last, last.title.strip(), text)


def _ends_the_excerpt(text: str, end: int) -> bool:
    """Nothing but a bare marker follows ``end`` (（三）…存在短板\n1. or \n问题4：): the
    excerpt was cut there, so what the heading groups is lost."""
    rest = text[end:].strip()
    if not rest:
        return True
    found = match_marker(rest)
    return found is not None and "\n" not in rest and not rest[found[1].end() :].strip()


def _last_group_like_its_siblings(headings: list[ParsedHeading], text: str) -> None:
    """The last heading, whose problems the excerpt cut away ((二)全面从严治党“两个责任”落实
    不到位 after (一)…有差距 over 问题1：…), groups problems as its siblings do: a category."""
    if not headings:
        return
    last = headings[-1]
    if last.kind != "problem" or last.run_in or not _ends_the_excerpt(text, last.end):
        return
    if last.level > 2:
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


def _audit_findings_group(headings: list[ParsedHeading], i: int, text: str) -> bool:
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
    # (the excerpt may cut the last finding before it says what it is: 6.农村公路养护)
    last = len(headings) - 1
    if children and children[-1] == last and _ends_the_excerpt(text, headings[last].end):
        children.pop()
    has_fields = (
        any(
            # (a finding named …问题 with its measures under it, 1.多计工程款18.36万元问题
            # over （1）已追回…, is no field)
            headings[j].kind == "category"
            or (
                any(h.parent == j for h in headings[j + 1 :])
                and not headings[j].title.strip().rstrip(_TRAILING_PUNCT).endswith("问题")
            )
            or not _names_a_finding(headings[j].title.strip().rstrip(_TRAILING_PUNCT))
            for j in children
            if headings[j].kind != "problem"
        )
        or any(  # （一）关于工程建设管理方面的问题 over 1.多计工程款12.5万元问题: a field
            _CATEGORY.search(headings[j].title.strip().rstrip(_TRAILING_PUNCT))
            and _names_a_finding(h.title.strip().rstrip(_TRAILING_PUNCT))
            for j in children
            for h in headings[j + 1 :]
            if h.parent == j
        )
    )
    return not (title.startswith("审计") and has_fields)


def _says_done(title: str) -> bool:
    """An item that says its work is done (（1）已追回…, (1)县乡村振兴局已督促…)."""
    actor = _ACTOR_FIRST.match(title)
    return title.startswith("已") or (actor is not None and title.startswith("已", actor.end()))


def _names_a_finding(title: str) -> bool:
    """A finding by its wording: …问题 (1.多计工程款12.5万元问题) or a shortcoming stated
    (1.镇级财政收支未全部纳入预算管理), not a field (（一）市级部门预算执行审计)."""
    return title.endswith("问题") or bool(_SHORTCOMING.search(title))


def _names_a_group(title: str, rectification: bool) -> bool:
    """A heading that by its wording groups problems: (一)反馈问题：…, an audit report's
    一、…审计查出问题的整改情况 (not its own 整改工作推进情况), a central-style task point."""
    return bool(
        _FEEDBACK_GROUP.match(title)
        # (not 2.国有企业审计查出问题整改不到位: a shortcoming of that rectification)
        or (
            _AUDIT_GROUP.search(title)
            and not _AUDIT_FRAMEWORK.search(title)
            and not _SHORTCOMING.search(title)
        )
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


def _names_a_body(heading: ParsedHeading) -> bool:
    """（一）县民政局党组: a joint round's part for one inspected body."""
    return bool(_BODY_PART.match(heading.title.strip().rstrip(_TRAILING_PUNCT)))


def _groups_problems(heading: ParsedHeading) -> bool:
    """A level-1/2 problem heading with problems below it is their category when it
    was told by its wording or names an aspect (（一）关于…方面的问题)."""
    return heading.from_wording or bool(re.search(r"方面$", heading.problem or ""))


def _ancestors(headings: list[ParsedHeading], heading: ParsedHeading) -> list[ParsedHeading]:
    out = []
    index = heading.parent
    while index is not None:
        out.append(headings[index])
        index = headings[index].parent
    return out
