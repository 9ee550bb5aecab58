"""Totals a notice states about itself: problems fed back, measures, problems completed.

Analysts compare these with the problems the parser lists (a notice that says
``反馈问题28条`` but lists 20 is excerpted or groups its problems), so a missed
total is a blank cell and a wrong one is a false alarm. Each total has its
wordings in order, most specific first; the first wording that matches
anywhere in the text wins, because notices state their totals once, early,
and later numbers of the same shape belong to single measures (推动问题整改到位
214个 is one measure's count, not the notice's total).

The wordings are grammar, not vocabulary: they share one number and one
classifier pattern and differ in where the number stands (before or after the
noun) and which verb or context makes it the notice's own total.
"""

from __future__ import annotations

import re

from extractor.heading_markers import match_marker
from extractor.numerals import parse_cn_integer

#: a count as notices write it: 29, 二十九, 两
NUMBER = r"\d+|[一二三四五六七八九十两百千]+"
_N = f"({NUMBER})"
#: classifiers of problems, measures and tasks
_CL = "(?:个|项|条)"
#: 共 / 共计 / 总计 before a total
_SUM = "(?:共(?:计|有)?|总计|合计|有)?"
#: groupings a feedback is split into before its problems: 4个方面, 三大类, 4个大方面
_GROUPS = f"(?:{NUMBER})(?:个?大?方面|大?类|个?部分|个?领域)[、，,]?"
#: an inspection finding's context: the feedback or the team's findings
_FOUND_BY_INSPECTION = r"(?:巡视|巡察|审计|回头看”?)[^。；;，,]{0,6}?(?:指出|发现)(?:了|的)?"

#: Problems fed back: 4个方面18个问题, 3个方面14项共38个问题, 反馈问题697个,
#: 反馈问题3类23个, 29条巡视反馈意见, 巡察指出的21个问题, 巡察发现问题19个.
#: The notice's share of a wider feedback (省委巡视组向遵义市委反馈了巡视意见，其中涉及
#: 汇川区的问题9个; 对照涉及我区的9个问题; 共向8家单位反馈问题104个，其中反馈市红十字会
#: 党组问题5个方面16个): its own total, though 其中 opens it.
#: A body named in a share (县水利局党组, 县档案馆, 水管站): its organ or its kind of
#: institution closes the name, which no field (选人用人方面) or group (领导班子) does.
_BODY_NAMED = (
    r"[^，,。；;]{2,20}?(?:党组|党委|党工委|党总支|党支部|委员会|馆|局|院|办|室|中心|站|所"
    r"|公司|集团|学校|医院|镇|乡|村|街道|社区)"
)
_SHARE = re.compile(
    rf"其中涉及[^，,。；;]{{2,14}}?的(?:问题(?:为)?{_SUM}(?:{_GROUPS})?{_N}{_CL}|{_N}{_CL}(?:具体)?问题)"
    # 共对…6家单位反馈问题87个，其中反馈团市委党组问题14条; 其中向我村反馈问题8个;
    # 其中反馈县档案馆问题3个方面9个
    # (not a body inspected by extension: 其中向延伸巡视的…中心党委反馈问题7个 is its share)
    rf"|其中(?:向|反馈)(?!延伸)(?:{_BODY_NAMED}|[我本][\u4e00-\u9fff]{{1,2}})"
    rf"(?:反馈)?的?问题{_SUM}(?:{_GROUPS})?{_N}{_CL}"
    rf"|涉及(?:我|本)[\u4e00-\u9fff]的{_SUM}{_N}{_CL}(?:具体)?问题"
)
PROBLEM_WORDINGS: tuple[re.Pattern[str], ...] = (
    _SHARE,
    re.compile(
        rf"(?:方面|领域)[^。；;]{{0,20}}?{_SUM}{_N}(?:个|项|条|类)(?:大项的?)?(?:具体)?问题"
    ),
    re.compile(rf"{_GROUPS}问题{_SUM}{_N}{_CL}"),
    # 在…等3个方面存在问题14个
    re.compile(rf"{_GROUPS}(?:存在|有)(?:的)?问题{_SUM}{_N}{_CL}"),
    re.compile(
        rf"(?:反馈|指出)了?的?(?:各类|具体)?(?:问题|意见)(?:和建议)?{_SUM}(?:{_GROUPS})?{_N}"
        # 共反馈问题12类: classes counted as the problems, as 4个方面12类问题 is
        rf"(?:{_CL}|类(?![\d一二三四五六七八九十两]))"
    ),
    re.compile(rf"{_GROUPS}问题中?的?{_N}{_CL}(?:具体)?问题"),
    re.compile(rf"(?:反馈|指出)了?{_SUM}{_GROUPS}{_SUM}{_N}{_CL}(?:具体)?问题"),
    re.compile(
        rf"(?:细化|分解|归纳|归类|汇总|梳理)(?:分解|细化)?(?:为|成){_SUM}(?:{_GROUPS})?{_SUM}{_N}{_CL}"
        rf"(?:具体)?问题"
    ),
    re.compile(
        rf"(?:反馈|巡视|巡察|回头看”?)[^。；;]{{0,10}}?涉及的?(?:问题{_SUM}{_N}{_CL}|{_SUM}{_N}{_CL}(?:具体)?问题)"
    ),
    re.compile(rf"需(?:要)?整改(?:的)?问题{_SUM}{_N}{_CL}"),
    re.compile(rf"反馈(?:意见)?(?:中)?(?:指出)?(?:了|的)?{_SUM}{_N}(?:个|项|条|类)(?:具体)?问题"),
    re.compile(rf"反馈的{_SUM}{_N}{_CL}(?:具体)?意见"),
    re.compile(rf"{_N}{_CL}(?:巡视|巡察)?反馈(?:意见|问题)"),
    # an audit report: 审计工作报告共反映问题48个, 审计查出问题32个, 《审计工作报告》反映的
    # 400个问题, 审计报告反馈…存在的问题18项
    # (审计报告，共反映问题14项; 审计报告反映的问题共涉及12个)
    re.compile(
        rf"审计[^。；;，,]{{0,8}}?(?:[，,]共计?)?(?:反映|查出|发现|提出|揭示)了?(?:的)?问题{_SUM}(?:涉及)?"
        rf"(?:{_GROUPS})?{_N}{_CL}"
    ),
    re.compile(
        # (审计工作报告反映的需整改的428个问题: those it asks to rectify)
        rf"审计(?:工作)?报告》?(?:反映|查出|发现|提出|揭示)了?的?(?:需整改的)?{_SUM}(?:{_GROUPS})?{_N}{_CL}"
        rf"(?:具体)?问题"
    ),
    re.compile(rf"审计[^。；;]{{0,30}}?存在的?问题{_SUM}{_N}{_CL}"),
    # 下达了审计报告，揭示问题14个: the report's findings after a comma
    re.compile(
        rf"审计(?:工作)?报告[，,](?:共计?)?(?:反映|查出|发现|提出|揭示|指出)了?的?问题{_SUM}{_N}{_CL}"
    ),
    re.compile(rf"{_FOUND_BY_INSPECTION}问题{_SUM}(?:为)?{_N}{_CL}"),
    re.compile(rf"{_FOUND_BY_INSPECTION}{_SUM}(?:{_GROUPS})?{_N}{_CL}(?:具体)?问题"),
    re.compile(
        rf"(?:共|逐条)?(?:梳理|列出)(?:出|反馈)?(?:具体)?(?:问题|(?:巡视|巡察)?反馈问题)(?:清单)?{_SUM}{_N}{_CL}"
    ),
    re.compile(
        rf"问题清单{_SUM}(?:所列|列出|列|中)?的?(?:具体)?(?:问题)?{_SUM}(?:{_GROUPS})?{_N}{_CL}"
    ),
    # a table-like line: 反馈问题：21个；整改措施：63条；已完成：18个; 反馈问题共涉及8个
    re.compile(rf"反馈问题[：:]?{_SUM}(?:涉及)?{_N}{_CL}"),
    # 3个街道共认领问题87个: the problems the inspected bodies took on
    re.compile(rf"认领(?:了)?(?:反馈)?问题{_SUM}{_N}{_CL}"),
    # 指出存在的问题3大方面14项, 反馈意见共3个方面，具体问题10个, 问题分属3个方面，合计12个
    re.compile(rf"问题(?:主要)?(?:有|包括|涉及|分属)?{_SUM}{_GROUPS}{_SUM}{_N}{_CL}"),
    # 反馈指出的4个方面问题，经逐条分解共计15条: the problems broken down one by one
    re.compile(
        rf"{_GROUPS}问题[，,]?经?(?:逐条|逐项)?(?:分解|细化|梳理)(?:为|成)?{_SUM}{_N}{_CL}"
        # …分解为93项具体整改任务: tasks, not problems
        rf"(?!(?:具体)?(?:的)?(?:整改)?(?:任务|措施|举措|事项))"
    ),
    re.compile(rf"(?:方面|领域)[，,、](?:具体)?问题{_SUM}{_N}{_CL}"),
    # 巡视反馈意见明确的问题共8项, 巡察组指出我镇存在的问题共计9个
    re.compile(rf"(?:巡视|巡察|反馈)[^。；;，,]{{0,12}}?的问题[（(]?{_SUM}{_N}{_CL}"),
    re.compile(rf"(?:梳理|归纳|汇总)(?:出|形成)了?{_SUM}(?:{_GROUPS})?{_N}{_CL}(?:具体)?问题"),
    re.compile(rf"(?:共性|个性)问题(?:和|及|、)(?:共性|个性)问题{_SUM}{_N}{_CL}"),
    # 共有11个问题需要整改, 巡察组交办的18个问题, 反馈意见指出我厅存在问题29个
    re.compile(rf"共(?:有|计)?{_N}{_CL}(?:具体)?问题需(?:要)?(?:整改|销号)"),
    re.compile(rf"(?:巡视|巡察)[^。；;，,]{{0,8}}?交办的?{_SUM}{_N}{_CL}(?:具体)?问题"),
    re.compile(rf"(?:反馈|指出)[^。；;，,]{{0,8}}?存在(?:的)?问题{_SUM}{_N}{_CL}"),
    re.compile(rf"(?:方面|反馈(?:意见)?(?:指出)?(?:的)?)[^。；;]{{0,6}}?{_N}{_CL}(?:具体)?问题"),
    # a “回头看” adding up what is left and what is new: …同时发现新的问题9个，以上问题共15个
    re.compile(rf"(?:以上|上述)(?:各类)?问题{_SUM}{_N}{_CL}"),
)

#: After a bare 已完成N个 the count is the notice's own only when the sentence goes on or
#: problems are named: a place or a thing counted (已完成86个村（社区）…提档升级,
#: 已完成126个临时摊位规划: one problem's measure) is not; 已完成23个反馈问题, 已销号22个
#: 巡察反馈问题, 已完成18项整改 still count problems.
_NOT_OF_THINGS = (
    r"(?=[，,。；;、：:（()）]|$|\s|(?:巡视|巡察|反馈|整改(?!任务)|具体){0,3}问题|并?销号|事项"
    # 已完成18项整改，…; 已完成15个整改事项: the rectification itself, no thing
    r"|整改事项|整改(?:[，,。；;]|$))"
)

#: Problems completed: 完成整改688个, 整改完成26条, 已整改到位29个, 已整改12个,
#: 已销号问题18个, 其中已有164个整改到位, 12个问题已整改到位, 14个问题已整改完毕.
#: A bare 整改到位214个 (推动问题整改到位214个) is a measure's own count, so 整改到位
#: counts only after 已.
COMPLETED_WORDINGS: tuple[re.Pattern[str], ...] = (
    # 15项问题已销号12项, 21条问题中已整改完成17条, 问题清单27项已销号22项: the second number
    re.compile(
        rf"(?:{NUMBER}){_CL}(?:问题)?中?已(?:经)?(?:整改完成|整改到位|整改完毕|完成整改|销号|整改|完成)了?{_N}{_CL}"
    ),
    re.compile(
        rf"(?:完成整改|整改完成|整改完毕|已经?整改到位)(?:并销号)?(?:问题|任务|事项)?{_SUM}{_N}{_CL}"
    ),
    re.compile(
        rf"已有{_N}{_CL}(?:问题)?(?:已经?)?(?:按期|按时|如期)?(?:整改到位|完成整改|整改完成|整改完毕)"
    ),
    re.compile(
        rf"{_N}{_CL}(?:问题|任务|事项)?(?:均|都)?已(?:经)?(?:按(?:照)?(?:时限)?要求)?(?:全部)?"
        rf"(?:整改到位|整改完毕|销号)"
    ),
    # 14个问题全部整改完成: every problem is done
    re.compile(
        rf"{_N}{_CL}问题(?:已经?)?(?:全部|均)(?:已经?)?(?:整改完成|完成整改|整改到位|整改完毕|销号)"
    ),
    re.compile(
        rf"{_N}{_CL}(?:问题|任务|事项)?(?:均|都)?已(?:经)?(?:按(?:照)?要求)?(?:全部)?(?:整改)?完成"
        rf"|已(?:整改)?完成(?:整改)?(?:问题|任务|事项)?[：:]?{_SUM}{_N}{_CL}{_NOT_OF_THINGS}"
    ),
    re.compile(
        rf"已(?:经)?(?:整改|销号|办结)(?:落实|完毕|到位)?(?:并?销号)?(?:问题|任务|事项)?的?{_SUM}{_N}{_CL}"
        rf"{_NOT_OF_THINGS}"
    ),
    # 已完成的11个问题, 已完成整改的有22个
    re.compile(rf"已(?:经)?(?:整改)?完成(?:整改)?的(?:{_N}{_CL}问题|(?:问题|有|共){_N}{_CL})"),
    re.compile(rf"(?:，|,|累计)完成{_N}{_CL}问题"),
    # a status group's heading with its count: （一）已整改完成的问题（10个）
    re.compile(rf"已(?:整改)?完成(?:整改)?的问题[（(]{_SUM}{_N}{_CL}[）)]"),
    # 整改完成率为87.0%（20/23）: the done part of the fraction
    re.compile(rf"完成率[^。；;，,]{{0,3}}?\d+(?:\.\d+)?%[（(]{_N}/\d+[）)]"),
)

#: a rectification measure: 措施 alone, 举措 only with 整改 (20条举措 is a policy's own)
_MEASURE = "(?:(?:整改)?措施|整改举措)"
#: Measures: 103条整改措施, 86项整改举措, 细化整改措施218条, 共提出整改措施56条.
MEASURE_WORDINGS: tuple[re.Pattern[str], ...] = (
    re.compile(
        rf"{_N}(?:条|项)(?:具体的?)?{_MEASURE}"
        rf"|(?:细化|制定|明确|形成|提出|列出|确定|拟定)(?:了|为|成)?(?:具体)?{_MEASURE}[（(]?{_SUM}{_N}(?:条|项)"
        # 细化举措83项: broken down from the problems, the notice's measures
        rf"|细化(?:了|为|成)?(?:具体)?举措{_SUM}{_N}(?:条|项)"
    ),
    # 整改措施（共31条）, a table-like 整改措施：63条
    re.compile(rf"整改(?:措施|举措)(?:清单)?[：:（(]?{_SUM}(?:为)?{_N}(?:条|项)"),
    # 形成整改措施清单，共计措施63项; 细化为整改任务37项、具体措施96条
    re.compile(rf"(?:共计?|合计|具体)措施{_N}(?:条|项)"),
)
# Tasks (整改任务106个, 任务清单132项) are not measures: the notices' gold leaves
# measures_stated empty where only tasks are counted (train notice d10).

#: Aspects (方面) the problems are grouped in: 4个方面
ASPECT_WORDINGS: tuple[re.Pattern[str], ...] = (re.compile(rf"{_N}个方面"),)

#: key of ``Metadata.stated_totals`` → its wordings
WORDINGS: dict[str, tuple[re.Pattern[str], ...]] = {
    "aspects": ASPECT_WORDINGS,
    "problems": PROBLEM_WORDINGS,
    "measures": MEASURE_WORDINGS,
    "completed": COMPLETED_WORDINGS,
}


def _to_int(token: str) -> int | None:
    return int(token) if token.isdigit() else parse_cn_integer(token)


#: A sentence about an earlier round (对上轮巡视反馈的16个问题开展“回头看”, 原巡视反馈的
#: 38个问题中) counts that round's problems, not this notice's.
_EARLIER_ROUND = re.compile(r"上(?:一)?轮|上次|前(?:一)?轮|以往|历次|原(?:巡视|巡察)")


#: A count told as of an earlier stage of this round's rectification (当时…已完成整改19个,
#: 第一次通报时, 集中整改期内): a later count in the same notice supersedes it.
_EARLIER_STAGE = re.compile(r"当时|第一次通报|首次通报|第一阶段")


#: A count whose problems this round looks at again, the object of a 回头看 (对2020年…
#: 巡察反馈的9个问题开展“回头看”): an earlier round's problems.
_LOOKED_AT_AGAIN = re.compile(r"[^，,。；;]{0,16}?(?:开展|进行)[“\"]?回头看")


#: …or told as of the end of the concentrated stage (集中整改期至…结束，完成整改9个；进入第二
#: 阶段后…累计完成整改14个).
_STAGE_ENDED = re.compile(r"集中整改期[^。；;]{0,20}?结束")


def _about_earlier_round(text: str, at: int) -> bool:
    """The count is about an earlier round's problems (对上轮巡察反馈的21个问题…), unless
    this round's team points them out (指出上轮巡察整改不到位和新发现的问题共9个)."""
    sentence_start = max(text.rfind(stop, 0, at) for stop in "。；;\n") + 1
    earlier = _EARLIER_ROUND.search(text, sentence_start, at)
    if earlier is None:
        return False
    clause_start = max(text.rfind(stop, 0, earlier.start()) for stop in "。；;\n，,") + 1
    pointed_out = re.search(r"指出|发现", text[clause_start : earlier.start()])
    # …和新发现的问题共9个: this round's count takes in new problems
    clause_end = min(
        (i for stop in "，,。；;\n" if (i := text.find(stop, at)) >= 0), default=len(text)
    )
    return not (pointed_out and "新" in text[earlier.end() : clause_end])


#: What after a problem wording's count makes it a count of aspects or kinds.
_ASPECT_AFTER = ("方面", "大方面", "个方面", "大类", "类", "部分", "个部分", "领域", "个领域")
#: A clause that issues a policy (出台…的12条措施, 印发…20条举措): its measures are the
#: policy's own, not the notice's rectification measures.
_POLICY_CLAUSE = re.compile(r"出台|印发|发布|推出|制发")


def _in_policy_clause(text: str, at: int) -> bool:
    clause_start = max(text.rfind(stop, 0, at) for stop in "。；;，,\n") + 1
    return bool(_POLICY_CLAUSE.search(text, clause_start, at))


#: A clause about one kind of problem (需要立行立改的6项已全部整改完成): its count is
#: that kind's, not the notice's completed total.
_SUBSET_CLAUSE = re.compile(
    r"(?:立行立改|即知即改|短期|中期|长期|持续)(?:整改)?(?:类)?的"
    # 排查整改隐患146项，其中重大隐患3项已全部销号: a count of other things than problems
    r"|其中[\u4e00-\u9fff]{0,6}?(?:隐患|案件|线索|信访件|设备)"
)


#: 整改完成一项、销号一项: the one-by-one formula, no count
_ONE_BY_ONE = re.compile(rf"[、，,]?(?:销号|办结|验收|清零|完成)一{_CL}")


#: Before a count, words that make it "every one" (每一项整改措施均有责任人)
_EACH = frozenset("每任逐")


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` starts (after the last ，；。 or line break)."""
    return max(text.rfind(stop, 0, at) for stop in "，,；;。\n") + 1


def _after_of_which(text: str, at: int) -> bool:
    """A count in a clause that 其中 opens counts one part of a whole told before:
    其中，决算草案审计查出的10个方面20个问题；…审计查出的46个问题 (the parts run on
    after ；). A 其中 earlier in the sentence that opened another clause does not."""
    clause_start = _clause_start(text, at)
    if text.startswith("其中", clause_start):
        return True
    if clause_start == 0:
        return False
    if text.endswith("其中", 0, clause_start - 1):
        return True  # 其中，…
    if text[clause_start - 1] not in "；;":
        return False
    sentence_start = max(text.rfind(stop, 0, at) for stop in "。\n") + 1
    opened = text.find("其中", sentence_start, clause_start)
    return opened >= 0 and (opened == sentence_start or text[opened - 1] in "，,；;")


#: Words that widen a count beyond the notice's own body: a whole territory's or
#: system's round (全镇11个村（社区）共被反馈问题52个, 本轮巡察全区共发现问题137个), a
#: joint round over several bodies (此轮联动巡察共反馈问题31个). A notice of several
#: bodies together counts them all (共向11个村（社区）反馈问题63个, 分别向…反馈…共反馈
#: 问题87个), so counted bodies alone do not widen it.
_WIDER_SCOPE = re.compile(
    r"(?:本轮|此轮|本次|这次)[^，,。；;]{0,6}?全(?:镇|乡|街道|区|县|市|州|盟|旗|省|系统)"
    r"|全(?:镇|乡|街道|区|县|市|州|盟|旗|省)(?:[\d一二三四五六七八九十]+个|共[^，,。；;]{0,4}?(?:巡察|巡视)了?[\d一二三四五六七八九十]+)"
    r"|联动(?:巡察|巡视)"
)
#: Before a share (其中…), what makes the whole a wider round's: bodies counted (共向5个
#: 县区反馈问题62个, 共对…6家单位), or a higher committee fed back (向遵义市委反馈).
_ROUND_OVER_BODIES = re.compile(
    r"[\d一二三四五六七八九十]+(?:个|家)(?:县区|县（市、区）|县（市）|县|区|市|单位|村|社区|乡镇|镇|部门)"
    # 共向8家群团组织和市直单位反馈问题104个: bodies of a kind
    r"|[\d一二三四五六七八九十]+(?:个|家)[\u4e00-\u9fff]{0,6}?(?:组织|单位|部门|企业)"
    r"|向[^，,。；;]{1,10}?(?:省委|市委|州委|盟委|地委)(?:反馈|集中反馈)"
)


#: An extension's share told right after a round's count over bodies (共向14家单位…反馈问题
#: 186个，其中向延伸巡视的…中心党委反馈问题7个): the count is the round's, not the notice's.
_BODYS_SHARE_AFTER = re.compile(r"[，,]其中(?:向|反馈)延伸")


#: A second body's share after the first (…，向水管站党支部反馈问题7个): the clause
#: breaks a total down, it tells no one body's share.
_ANOTHER_SHARE = re.compile(rf"(?:向|反馈){_BODY_NAMED}(?:反馈)?的?问题")


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence holding ``at`` ends (its 。 or line break, or the text's end; a
    ； parts the clauses of one breakdown)."""
    ends = [i for stop in "。\n" if (i := text.find(stop, at)) >= 0]
    return min(ends, default=len(text))


#: A share that names the notice's own body by a self-reference (其中涉及我镇的问题12个,
#: 其中反馈我局问题3个方面10个):
#: the notice's total even where the wider count names no bodies.
_NAMES_ITSELF = re.compile(r"其中(?:涉及|向|反馈)(?:我|本)[\u4e00-\u9fff]{1,2}?(?:的|问题)")


def _wider_scope(text: str, match: re.Match[str], joint: bool = False) -> bool | None:
    """Whether a problems count is a wider round's (True), the notice's share of one
    told in a 其中 clause after it (None), or the notice's own (False). The scope word
    may stand inside the wording (巡察|全区|共发现问题137个)."""
    at = match.start()
    number = next((match.start(i) for i, g in enumerate(match.groups(), 1) if g), at)
    sentence_start = max(text.rfind(stop, 0, at) for stop in "。；;\n") + 1
    wider = _WIDER_SCOPE.search(text, sentence_start, number)
    if wider is None or (joint and wider.group().startswith("联动")):
        return False  # …开展了联动巡察，共反馈问题25个 in the notice of all the round's bodies
    if match.group().startswith("其中") or (
        _after_of_which(text, at) and text.find("其中", wider.end(), at) >= 0
    ):
        return None  # …共反馈问题31个，其中向团市委党组反馈问题3个方面9个 (or that share itself)
    return True


#: A clause that counts things (排查隐患1284条): a bare 已整改1261条 right after it, in the same
#: measure word, is the part of those things done, one measure's figure, unless the things
#: are the problems (反馈问题15个，已整改13个) or their groups, or the measures and tasks, which
#: ``_counts_measures`` weighs (细化整改措施66条，已销号15个: problems done).
_THINGS_COUNTED = re.compile(rf"([\u4e00-\u9fff]{{2,8}})(?:{NUMBER})(个|项|条|处|件|起|家|户|人)$")
_PROBLEM_NOUNS = re.compile(r"问题|方面|类|意见|反馈|巡视|巡察|审计|清单|措施|举措|任务|事项|整改")
#: The problems counted in the sentence (反馈问题15个, 12个问题): a done count after them is theirs.
_PROBLEMS_COUNTED = re.compile(
    rf"问题(?:共计?)?(?:{NUMBER})(?:个|项|条)|(?:{NUMBER})(?:个|项|条)(?:具体)?问题"
)
#: …or a sentence that counts things first (对2022年以来的87个违法图斑逐一复核，已完成整改79个).
_THINGS_BEFORE = re.compile(
    # (not a slogan's numeral in quotes: 检验“两个维护”的标尺)
    rf"(?<![“\"‘'])(?:{NUMBER})(个|项|条|处|件|起|家|户)([\u4e00-\u9fff]{{1,6}})"
)


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts (after the last 。； or line break)."""
    return max(text.rfind(stop, 0, at) for stop in "。；;\n") + 1


#: Problems the public or companies raised (企业反映问题, 群众反映的问题, 信访反映问题): a
#: count done of them is a measure's, not the notice's completed total.
_REPORTED_BY_OTHERS = re.compile(
    r"(?:企业|群众|信访|网民|市民|职工|师生|患者)(?:所)?反映(?:的)?问题"
)


def _done_part_of_things(text: str, match: re.Match[str]) -> bool:
    """A completed count that counts the things a clause or the sentence before it counted
    (排查隐患1284条，已整改1261条), in the same measure word, in a sentence that states no
    problems total (巡察反馈问题15个，涉及5个科室，已整改13个 counts problems)."""
    at = match.start()
    if text[at - 1 : at] == "已":
        at -= 1  # (已|完成整改79个: the wording may start after 已)
    if text[at - 1 : at] not in ("，", ","):
        return False
    measure = match.group()[-1]
    sentence_start = _sentence_start(text, at)
    if _REPORTED_BY_OTHERS.search(text, sentence_start, at):
        # 梳理企业反映问题1360个，已办结1297个: problems the public raised, not fed back
        return True
    counts = [(m.group(1), m.group(2)) for m in _THINGS_BEFORE.finditer(text, sentence_start, at)]
    if any(_PROBLEM_NOUNS.search(noun) for _, noun in counts) or _PROBLEMS_COUNTED.search(
        text, sentence_start, at
    ):
        return False  # the sentence counts the problems first: the done count is theirs
    counted = _THINGS_COUNTED.search(text, _clause_start(text, at - 1), at - 1)
    if counted is not None:
        return counted.group(2) == measure and not _PROBLEM_NOUNS.search(counted.group(1))
    return any(unit == measure for unit, _ in counts)


def _about_a_subset(text: str, at: int) -> bool:
    clause_start = max(text.rfind(stop, 0, at) for stop in "。；;，,\n") + 1
    return bool(_SUBSET_CLAUSE.search(text, clause_start, at + 1))


#: What a bare completed count (已完成94项) counts: the last of these nouns before it in
#: its sentence. After 措施/举措/任务 it is the measures or tasks done, not the problems, unless the
#: wording names problems (问题, 整改, 销号) or counts in 个, which measures never take.
_COUNTED_NOUN = re.compile(r"问题|措施|举措|任务")


#: Words in a completed wording that make it count problems whatever came before.
_NAMES_PROBLEMS = ("问题", "整改", "销号")


#: A completion rate told right after a completed count (，完成率84.2%).
_RATE_AFTER = re.compile(r"[，,]?(?:整改)?完成率(?:为|达到?)?(\d+(?:\.\d+)?)%")
#: The part not yet done, told right after a completed count (，其余2项按计划推进).
_REMAINDER = re.compile(rf"[，,、]?(?:其余|剩余|余下|还有|正在推进|正在整改){_N}{_CL}")


def _counts_measures(text: str, match: re.Match[str], problems: int | None = None) -> bool:
    wording = match.group()
    # 已完成整改任务43项: the wording itself names the tasks it counts
    names_tasks = any(noun != "问题" for noun in _COUNTED_NOUN.findall(wording))
    if not names_tasks and (
        any(word in wording for word in _NAMES_PROBLEMS) or wording.endswith("个")
    ):
        return False
    done = next((_to_int(g) for g in match.groups() if g), None)
    rest = _REMAINDER.match(text, match.end())
    if problems is not None and done is not None and rest is not None:
        if done + (_to_int(rest.group(1)) or 0) == problems:
            return False  # 15个问题…已办结13项，其余2项: the done and the rest make the problems
    rate = _RATE_AFTER.match(text, match.end())
    if problems and done is not None and rate is not None:
        if abs(100 * done / problems - float(rate.group(1))) < 0.1:
            return False  # 问题清单19项…已完成16项，完成率84.2%: the rate is of the problems
    if names_tasks:
        return True
    sentence_start = _sentence_start(text, match.start())
    nouns = _COUNTED_NOUN.findall(text, sentence_start, match.start())
    return bool(nouns) and nouns[-1] != "问题"


def first_total(
    text: str,
    wordings: tuple[re.Pattern[str], ...],
    problems: int | None = None,
    *,
    joint: bool = False,
) -> int | None:
    """The number of the first wording that matches, in the wordings' order;
    ``problems`` (the problems total, when known) tells a completed count of
    problems from one of measures; ``joint``: the notice reports every body of a joint
    round (a section a body), so the round's count is its own."""
    for pattern in wordings:
        for match in pattern.finditer(text):
            if _about_earlier_round(text, match.start()):
                continue
            if wordings is PROBLEM_WORDINGS and _LOOKED_AT_AGAIN.match(text, match.end()):
                continue  # 对2020年区委巡察反馈的9个问题开展“回头看”: that round's problems
            if wordings is MEASURE_WORDINGS and (
                _in_policy_clause(text, match.start())
                or text[match.start() - 1 : match.start()] in _EACH
            ):
                continue  # 每一项整改措施: every one of them, no count
            if wordings is COMPLETED_WORDINGS and (
                _EARLIER_STAGE.search(text, _clause_start(text, match.start()), match.start())
                or _STAGE_ENDED.search(text, _sentence_start(text, match.start()), match.start())
            ):
                # 第一次通报时已完成整改7个；…累计完成整改11个: a progress notice's later count
                later = _later_notice_count(text, match.end(), problems, joint)
                if later is not None:
                    return later
            if wordings is COMPLETED_WORDINGS and (
                _about_a_subset(text, match.start())
                or _done_part_of_things(text, match)
                or _counts_measures(text, match, problems)
                or (
                    match.group().endswith(("一个", "一项", "一条"))
                    and _ONE_BY_ONE.match(text, match.end())
                )
            ):
                continue
            if wordings is PROBLEM_WORDINGS and text.startswith(_ASPECT_AFTER, match.end()):
                continue  # 反馈意见共3个|方面: a count of aspects, not of problems
            wider = _wider_scope(text, match, joint) if wordings is PROBLEM_WORDINGS else False
            if wider:
                continue  # 本轮巡察全区共发现问题137个: a wider round's count
            if (
                wordings is PROBLEM_WORDINGS
                and not joint
                and _BODYS_SHARE_AFTER.match(text, match.end())
                and _ROUND_OVER_BODIES.search(
                    text, _sentence_start(text, match.start()), match.end()
                )
            ):
                continue  # 共向14家单位反馈问题186个，其中向…中心党委反馈问题7个: the round's
            if (
                pattern is _SHARE
                and match.group().startswith("其中")
                and not _NAMES_ITSELF.match(match.group())
                # 其中反馈市妇联党组问题3个方面11个: a body's share, named by its organ (but
                # 其中向县水利局党组反馈问题18个，向水管站党支部反馈问题7个: a breakdown)
                and not (
                    re.match(r"其中(?:向|反馈)", match.group())
                    and not _ANOTHER_SHARE.search(
                        text, match.end(), _sentence_end(text, match.end())
                    )
                )
                and not _ROUND_OVER_BODIES.search(
                    text, _sentence_start(text, match.start()), match.start()
                )
            ):
                continue  # 反馈问题25个，其中涉及选人用人方面的问题5个: a breakdown, not a share
            if (
                wordings in (PROBLEM_WORDINGS, ASPECT_WORDINGS)
                and wider is not None
                and pattern is not _SHARE
                and _after_of_which(text, match.start())
                and not _NAMES_ITSELF.match(text, _clause_start(text, match.start()))
            ):
                continue  # 其中，决算草案审计查出的10个方面20个问题: one part's count (but
                # 其中反馈我局问题3个方面10个: the notice's own share, aspects too)
            token = next((g for g in match.groups() if g), None)
            if token is not None and (value := _to_int(token)) is not None:
                return value
    return None


def _later_notice_count(text: str, at: int, problems: int | None, joint: bool) -> int | None:
    """A completed count after ``at`` that the notice states of itself: in the opening or
    in a top-level part (一、整改落实总体进展), not under a problem or a field, whose own
    counts (对清查发现的8个问题已完成整改6个) are that item's."""
    level_at = None
    for line in text[at:].split("\n"):
        found = match_marker(line)
        if found is not None:
            level_at = found[0].level
        if level_at is not None and level_at != 1:
            continue
        value = first_total(line, COMPLETED_WORDINGS, problems, joint=joint)
        if value is not None:
            return value
    return None


#: Problems fed back in two parts, common and particular: 共性问题5个、个性问题12个
#: (the total is their sum; either order).
_PARTS = re.compile(
    rf"(共性|个性)问题{_N}{_CL}[、，,和及]?(?:以及)?(?!\1)(?:共性|个性)问题{_N}{_CL}"
)


def _problems_in_parts(text: str) -> int | None:
    for match in _PARTS.finditer(text):
        if _about_earlier_round(text, match.start()):
            continue
        first, second = _to_int(match.group(2)), _to_int(match.group(3))
        if first is not None and second is not None:
            return first + second
    return None


#: The title of a section that reports one inspected body's rectification
#: (一、|县教育局党组整改情况, （一）|中益乡党委): a joint round's notice has one a body.
_BODY_SECTION_TITLE = re.compile(
    r"[ 　]*(?:关于)?((?:中共)?[\u4e00-\u9fff（）()]{2,30}?"
    r"(?:党组|党委|党工委|党总支|党支部|局|委|办|院|校|公司|镇|乡|街道|村|社区|中心))"
    r"(?:的)?(?:巡察|巡视)?(?:反馈)?(?:问题)?(?:的)?整改(?:工作)?(?:进展|落实)?情况[ \t　]*$"
    # the party organ's name alone
    r"|[ 　]*((?!关于)(?:中共)?[\u4e00-\u9fff（）()]{2,24}?(?:党组|党委|党工委|党总支|党支部))[ \t　]*$"
)


def _sections(text: str) -> list[tuple[int, int, str]]:
    """Each level-1 and level-2 heading line (一、…, （一）…, by the heading markers' own
    grammar): where it starts, its level and its title after the marker."""
    out: list[tuple[int, int, str]] = []
    at = 0
    for line in text.split("\n"):
        found = match_marker(line)
        if found is not None and found[0].level <= 2:
            out.append((at, found[0].level, line[found[1].end() :]))
        at += len(line) + 1
    return out


def _without_body_sections(text: str) -> tuple[str, bool]:
    """The text without a joint round's per-body sections, and whether it had them: the
    counts inside a body's section (县教育局党组认领反馈问题16个, 中益乡党委…已完成整改18个)
    are that body's, while the opening's and a closing summary's (两个单位共反馈问题25个) are
    the notice's. The bodies' sections are top-level ones or the level-2 ones of a part."""
    sections = _sections(text)
    for level in (1, 2):
        bodies = [
            (start, next(g for g in named.groups() if g))
            for start, at_level, title in sections
            if at_level == level and (named := _BODY_SECTION_TITLE.match(title)) is not None
        ]
        if len({body for _, body in bodies}) < 2:
            continue
        kept, at = [], 0
        for start, _ in bodies:
            end = next((top for top, lv, _ in sections if top > start and lv <= level), len(text))
            kept.append(text[at:start])
            at = end
        kept.append(text[at:])
        return "\n".join(kept), True
    return text, False


def read_stated_totals(text: str) -> dict[str, int]:
    """Every total the text states, keyed ``aspects`` / ``problems`` / ``measures`` / ``completed``."""
    text, joint = _without_body_sections(text)
    sections = _sections(text)
    # the opening (before the first heading) states the notice's totals where it states
    # any; a count under a problem (反馈问题37个 of a supervision) is read only after it
    opening = text[: sections[0][0]] if sections else text
    totals: dict[str, int] = {}
    for key, wordings in WORDINGS.items():
        value = _problems_in_parts(text) if key == "problems" else None
        if value is None and key != "completed":
            value = first_total(opening, wordings, totals.get("problems"), joint=joint)
        if value is None and (opening is not text or key == "completed"):
            value = first_total(text, wordings, totals.get("problems"), joint=joint)
        if value is not None:
            totals[key] = value
    return totals
