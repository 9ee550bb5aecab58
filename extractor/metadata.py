"""Notice metadata: who inspected whom, when, when the feedback came, who signed.

Notices open with one formulaic sentence (根据…统一部署，…巡视组于…对…开展了巡视，
并于…进行了反馈) and close with a signature block; both are regular enough
for patterns, which stay transparent and easy to correct, while the dates
inside are parsed by the same normaliser as every DATE entity.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from extractor.chars import is_ideograph
from extractor.genre import AUDIT_REPORT
from extractor.heading_markers import starts_with_marker
from extractor.inspection_teams import SENDING_COMMITTEES, TEAM_COMMITTEE
from extractor.inspection_teams import TEAM_IN_OPENING as _TEAM
from extractor.lexicon import word_list
from extractor.places import MAX_PLACE_LEN, PLACE_NAMES
from extractor.result import Metadata
from extractor.stated_totals import read_stated_totals
from extractor.text import ALIAS_NOTE, CRUMB_SEPARATORS, PAGE_DATE_AFTER

#: An inspected body may be a list: 对古镇镇下辖古二村、古三村…等7个村(社区)党组织
#: …with the dashes and tildes of a year range (对我处2021—2023年财务收支…审计)
_CJK_RUN = r"[\u4e00-\u9fff（）()·、\d—–－~～]"
#: Words in the lead before a team's committee that show it is prose, not a
#: place (对我镇落实县委第三巡察组…): the team's name starts after them.
#: (but 工业和信息化部党组第二巡视组: 和 inside a department's name, org_and_joined_words.txt)
_NOT_IN_TEAM_LEAD = re.compile(
    r".*(?:落实|整改|反馈|开展|的|我|本|在|及|、|其中|和(?!"
    + "|".join(word_list("org_and_joined_words.txt"))
    + "))"
)
_INSPECTED = re.compile(
    r"(?:对|向|进驻)((?:中共)?" + _CJK_RUN + r"{2,60}?)(?:" + ALIAS_NOTE + ")?"
    # 进驻宜宾分行，对分行党委开展… / 进驻市民政局，开展…: the body entered, as first written
    # (进驻县农业农村局，历时45天，对局党组…; 进驻区市场监督管理局，至7月7日结束，对局党组…)
    r"(?:[，,](?:历时|为期|至)[^，,。；;]{1,12})?"
    r"(?:[，,](?:对[^，,。；;]{2,30}?)?)?"
    # 开展了巡察工作，… but not 巡察工作领导小组; a special subject may come between
    # (对我院党委开展“三重一大”决策制度落实情况专项巡察)
    r"(?:开展了?|进行了?|实施了?)(?:了)?[^，,。；;]{0,24}?(?:巡视|巡察|“?回头看)"
    r"(?!组|办|机构|工作(?![，,。；;并]))"
)
#: How a short form or an anaphor of the body entered begins (对村党总支, 对该局党组,
#: 对本单位党组, 对镇党委、镇政府).
_SHORT_OR_ANAPHOR = (
    "该",
    "本",
    "我",
    "其",
    "单位",
    "镇",
    "乡",
    "村",
    "局",
    "区",
    "县",
    "市",
    "院",
    "校",
    "所",
    "厂",
    "公司",
    "机关",
)
#: The body entered, then the one inspected in it (进驻和顺镇，对水碓村党总支开展巡察):
#: the second is inspected when it is no short form of the first (进驻宜宾分行，对
#: 分行党委开展…: the bank, as first written).
_OBJECT_AFTER_ENTERED = re.compile(
    r"进驻(" + _CJK_RUN + r"{2,60}?)[，,]对((?:中共)?" + _CJK_RUN + r"{4,60}?)"
    r"(?:" + ALIAS_NOTE + r")?(?:开展了?|进行了?|实施了?)"
)
#: …or the body a team entered, told without an inspection verb after it
#: (with the stay's dates before it, and a name, not 我镇)
_ENTERED = re.compile(
    r"(?:巡视组|巡察组)[^。；;，,]{0,16}?(?:至|到|—|-)[^。；;，,]{2,12}?日进驻(?![我本])"
    r"((?:中共)?[\u4e00-\u9fff（）()·]{2,30}?)"
    r"(?:" + ALIAS_NOTE + r")?(?=[，,。；;])"
)
#: …or told as the inspection's object (区委巡察四组巡察了宁海路街道党工委。)
_INSPECTED_AS_OBJECT = re.compile(
    r"(?:巡视|巡察)了((?:中共)?" + _CJK_RUN + r"{2,60}?)(?:" + ALIAS_NOTE + r")?(?=[，,。；;])"
)
#: …or as the body that received a team (广元市接受省委第六巡视组常规巡视;
#: 被巡视党组织中共嘉应学院委员会（以下简称校党委）接受了…巡视组…), at a clause start, the
#: stay's dates may stand before the verb; not
#: 为全面接受巡察监督 nor 诚恳接受巡察反馈意见 (no team is named; 我局接受了市委常规巡察
#: names the committee, enough for the body)
_RECEIVED_TEAM = re.compile(
    r"(?:^|(?<=[，,。；;\n]))(?:被(?:巡视|巡察)(?:党组织|单位))?"
    r"((?:中共)?(?!为)[\u4e00-\u9fff（）()·、]{2,40}?)(?:" + ALIAS_NOTE + r")?"
    # 市教育局党组于2023年4月10日至6月9日接受了…: the stay's dates before the verb
    r"(?:于[^，,。；;]{1,24}?)?"
    r"(?:自觉|主动|诚恳|全面|认真|积极)?接受了?[^，,。；;]{0,12}?(?:(?:巡视|巡察)第?[一二三四五六七八九十\d]*组"
    # 我局接受了市委常规巡察。: a committee's inspection names who inspects, as a team does
    r"|(?:[省市区县州盟旗地]委|党组|党委)(?:常规|专项|机动|提级|联动|交叉)?(?:巡视|巡察)(?=[，,。；;]))"
)
#: …or as the body listed for the round (县水利局党组被列为县委第三轮巡察对象, 我村党总支
#: 被列为县委本轮巡察对象), at a clause start (the empty group is the alias slot)
_LISTED_AS_OBJECT = re.compile(
    r"(?:^|(?<=[，,。；;\n]))((?:中共)?[\u4e00-\u9fff（）()·、]{2,40}?)()"
    r"被(?:列为|确定为|纳入)[^，,。；;]{0,16}?(?:巡视|巡察)(?:对象|范围)"
)
_FEEDBACK = re.compile(r"反馈")
#: An inspection team or round named in a paragraph (巡察组, 巡视组, 巡察办)
_TEAM_WORD = re.compile(r"(?:巡视|巡察)(?:组|工作组|办)")
#: …or only as the body the team fed back to (a party organisation, not its head nor a
#: list; the empty group stands for the alias the other patterns read)
_FED_BACK_TO = re.compile(
    r"(?:巡视|巡察)[一二三四五六七八九十\d]{0,3}组向((?:中共)?(?:(?!书记|和|及)[\u4e00-\u9fff（）()]){2,30}?"
    r"(?:党委|党组|党工委|党总支|党支部|委员会|[省市区县州旗]委))()(?:集中|全面)?反馈"
)
#: A title (关于…的通报) that names the inspection but is not its opening sentence; the
#: cleaning may have run it into the opening paragraph.
#: The words a notice's title ends with (…整改进展情况的通报).
_TITLE_WORDS = "(?:通报|公告|报告|公示)"
_TITLE_PREFIX = re.compile(r"^\s*(?:中共\S{0,30}?)?关于[^。：:]*?" + _TITLE_WORDS)
#: A headline that reports an inspection starting (a mobilisation meeting, the team's
#: arrival, its announcement), not its rectification: such a page is no notice.
_ANNOUNCEMENT = re.compile(r"动员会|动员部署会|见面会|进驻|公告|召开")
#: What joins the two ends of a written range (9月7日至11月10日, 2023.3.20-2023.5.20).
_RANGE_WORD = re.compile(r"至|到|[—\-~－]")
#: After a date, words that make it the inspection's last day (6月30日巡察结束).
_ENDED = re.compile(
    r"\s*(?:(?:巡视|巡察|现场)(?:工作)?结束|结束(?:现场)?(?:巡视|巡察|进驻|工作)|完成进驻|撤离"
    r"|完成现场(?:工作|巡视|巡察))"
)
#: A title on its own line (关于自治区党委第四巡视组反馈意见整改进展情况的通报): no opening.
_TITLE_LINE = re.compile(
    r"^\s*(?:\S{2,40}[ 　]+)?\S{0,40}?关于[^。，,]*(?:通报|报告|公告|情况)\s*$"
)
#: A duration told instead of an end date (开展了为期两个月的巡察)
_LASTING = re.compile(r"为期[^，,。；;]{1,6}?(?:天|日|周|个月|月)的?[^，,。；;]{0,8}?(?:巡视|巡察)")
#: After a single date, words that make it the inspection's start, not its span.
_ENTRY_AFTER = re.compile(r"\s*(?:起|开始|进驻)")
#: A date that is a year and nothing more: 2024年, 2024年度
_BARE_YEAR = re.compile(r"(?:\d{4}|[二〇零一二三四五六七八九]{4})\s*年度?$")
#: A date too vague to be a period (2023年下半年, 第三季度, 2023年秋季学期): kept as text, no values.
#: (a season or school term after a bare year, 2023年|秋季学期, makes the year no period)
_SEASON = r"[春夏秋冬]季(?:学期)?|[春秋]?学期"
_VAGUE_PERIOD = re.compile(rf"(?:上半年|下半年|季度|{_SEASON}|年初|年中|年底|年末)$")
_SEASON_AFTER = re.compile(_SEASON)
#: A leading term of office before a committee (十二届市委): not part of the team's name.
_LEADING_TERM = re.compile(r"^[一二三四五六七八九十]+届")
#: A headline may leave the genre word out and end in its subject (…“回头看”整改进展情况).
_TITLE = re.compile(
    r"(关于.{2,60}?(?:整改|巡视|巡察).{0,30}?(?:" + _TITLE_WORDS + r"|整改(?:进展|落实)?情况$))"
)
_PUBLISHED = re.compile(
    r"(?:时间|发布时间|发布日期|日期|来源时间)\s*[:：]\s*(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)"
)
#: A full date as a signature or a heading line writes it: 2024年3月15日, 二〇二四年三月十五日
_FULL_DATE = (
    r"(?:\d{4}|[二〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
    r"\s*[\d一二三四五六七八九十]{1,3}\s*日"
)
_DATE_LINE = re.compile(rf"^\s*({_FULL_DATE})\s*$")
_ISSUER_LINE = re.compile(
    r"^\s*((?:中共|中国共产党)?[\u4e00-\u9fff（）()]{2,40}(?:委员会|党委|党工委|党组|工委|政府|委|局|办公室|公司|集团|大学|学院|医院|院|厅|部))\s*$"
)
#: The issuing organ on its own line above a title that starts with 关于
#: (two organs issuing together are one line: 中共合肥高新区工委 合肥高新区管委会)
#: An audit report's author above its title (天津市海工装备研究院 / 关于…审计…整改情况的报告,
#: read by the author line's grammar, _AUTHOR_LINE): the institution reports, as its
#: author line under the title would say; above a notice (通报) the same line is more
#: often a site's name.
_AUDIT_REPORT_TITLE = re.compile(r"审计[^\n]*报告")
_OWNER_ABOVE_TITLE = re.compile(
    r"^(?:中共|中国共产党)?[\u4e00-\u9fff（）()]{2,40}(?:[ 　、][\u4e00-\u9fff（）()]{2,40})?"
    r"(?:委员会|党委|党组|党工委|工委|[省市区县州旗盟]委|委员会机关|委员会办公室|机关|领导小组|领导小组办公室|人民政府"
    r"|局|厅|管委会|办事处"
    # a company on its own line above its notice's title (萍乡萍源建设投资有限公司)
    r"|有限(?:责任)?公司|集团"
    # a committee's office or department (中共如东县委办公室, 中共南平市委组织部部务会)
    r"|[省市区县州旗盟]委(?:办公室|办公厅|[\u4e00-\u9fff]{1,4}部(?:部务会)?)|室务会)$"
    # an institution's party committee and the institution itself (中共…医院委员会、…医院):
    # the institution's name ends the line only after its committee's
    r"|^(?:中共|中国共产党)?[\u4e00-\u9fff（）()]{2,40}(?:委员会|党委)[ 　、]"
    r"[\u4e00-\u9fff（）()]{2,40}(?:医院|学校|中学|小学|大学|学院|公司|集团|中心|研究院|馆)$"
)
#: A line at least this long is body prose; shorter lines above it are the page header.
_BODY_LINE = 40
#: A publication date after the title on its line
_DATE_AFTER_TITLE = re.compile(PAGE_DATE_AFTER)
#: The most lines a page header is read for (site, menu, title, date, source, share,
#: author): a menu of a province's cities takes dozens.
_HEADER_LINES = 60
#: An inspected body followed by the subject of a special inspection
#: (对市水务局党组落实全面从严治党主体责任情况进行了专项巡察, 对城投公司项目管理情况…审计).
_INSPECTED_SUBJECT = re.compile(
    r"^(.{1,40}?(?:党组|党委|党工委|党支部|党总支|委员会|政府|局|厅|委|办|院|校|公司|集团|中心|镇|乡|街道|村))"
    r"(?:落实|贯彻|履行|执行|推进|开展|选人用人|巡视整改|巡察整改|整改"
    r"|(?:项目|工程)(?:建设|管理)(?=[^，,。；;]{0,6}?情况))"
)
#: A year inside the inspected phrase: what follows it is the inspection's object.
#: (or the first year of a range: 我处2021—2023年财务收支)
_YEAR_IN_NAME = re.compile(r"(?:\d{4}|[二〇零一二三四五六七八九]{4})(?:年|[—–－~～至]\d{4}年)")
#: A post after the body in an economic-responsibility audit (对我集团原主要负责人…审计),
#: or its leaders and members inspected with it (对县交通运输局党组及领导班子, 对省林草局
#: 党组织和党员干部): the body is the inspected one.
_PERSON_AFTER_BODY = re.compile(
    # 我镇原党委书记杨某某、原镇长李某某任职期间…, 我校原党总支书记、校长刘某某: a former
    # or present head's posts, names and terms after the body
    r"(?:原|时任|前任|现任)(?:党委|党组|党工委|党总支|党支部)?(?:主要负责人|负责人|副?书记|董事长|总经理|经理"
    r"|局长|院长|校长|主任|行长|所长|镇长|乡长|县长|区长|市长|站长|厂长).*$"
    r"|(?:[及和与]其?)?(?:原|时任|前)?(?:主要负责人|主要领导|领导班子(?:及其?成员)?|党委书记|董事长|总经理"
    r"|局长|院长|校长|负责人|党员干部)$"
    # 区城管局党组|书记、局长张某某履职情况: the head's posts and name, then the duties
    r"|(?:书记|副书记|局长|院长|校长|主任|董事长|总经理|行长)(?:[、，,](?:局长|院长|校长|主任|董事长"
    r"|总经理|行长|副书记))*[\u4e00-\u9fff]{0,4}?(?:履职|履行职责|任职).*$"
    # 我集团原党委书记、董事长陈宏远: former posts and the name, the year cut off after them
    r"|(?:原|时任|前任|前)(?:(?:党委|党组)?(?:主要负责人|负责人|书记|董事长|总经理|经理|局长|院长|校长"
    r"|主任|行长|所长)[、，,]?){1,3}[\u4e00-\u9fff]{0,4}$"
    # 我中心原主任任职期间经济责任履行情况: a former head's term, told after the body
    # 我司前任董事长李某某任期履行经济责任: the head's name may stand before the term
    # (我局原局长经济责任履行情况: or the duties straight after the post)
    r"|(?:原|时任|前任|前)(?:(?:党委|党组|主要)?(?:主要负责人|负责人|书记|董事长|总经理|经理|局长|院长"
    r"|校长|主任|行长|所长)[、，,]?){1,3}[\u4e00-\u9fff]{0,4}?(?:任职期间|任期内|任期|经济责任).*$"
)
#: 以下简称 inside a name (中国旅游集团有限公司(以下简称集团)党委)
_ALIAS_NOTE = re.compile(ALIAS_NOTE)
#: An audit report's title without 关于 (a place and a year before it), up to a dash
#: that runs the session line into it.
_AUDIT_TITLE = re.compile(
    r"^\s*([^，,。；;：:\s]{0,40}?审计[^，,。；;：:\s]{0,20}?问题的?整改情况的?(?:报告|公告))(?:——|$)"
)
#: A unit's own audit notice opens like an inspection's: 宿城区审计局对本单位…进行了审计
_AUDIT_OPENING = re.compile(
    r"((?:(?!对|向|关于)[\u4e00-\u9fff]){0,16}?审计(?:局|厅|署|部|处|中心)(?:[\u4e00-\u9fff]{0,12}?特派员办事处)?)"
    # 绵阳市审计局派出审计组于2023年7月至10月对我司…: the office sends its team (组成审计组)
    # …于2024年3月12日至5月17日，对区教育局…: the stay's dates and a comma before 对
    # (市审计局审计组对我院…: the office's team named after it)
    r"(?:(?:派出|组成)?(?:的)?审计组[，,]?)?(?:(?:于|自)[^，,。；;]{0,40}?[，,]?)?对((?:中共)?"
    + _CJK_RUN
    # 对我局开展了原局长赵某某…任职期间经济责任审计: the audit's subject before 审计
    + r"{2,60}?)(?:进行了?|开展了?|实施了?)[^，,。；;]{0,40}?审计"
)
#: The audited body of that sentence (对本单位…进行了审计); group 2 is the alias slot.
_AUDITED = re.compile("对(" + _CJK_RUN + "{2,60}?)()(?:进行|开展|实施)")
#: The object of a budget audit (市级预算执行, 财政收支, 决算): no body is audited.
_BUDGET = re.compile(r"[省市区县州旗]?(?:级|本级)?(?:预算|财政|决算)")
#: The object of a project's audit (…供水一体化工程（一期）建设管理及竣工决算情况): a project
#: is audited, no body, though the audit's team and dates are the notice's.
#: (but 城投公司项目管理情况: a body's projects, the body audited)
_PROJECT = re.compile(
    r"^(?:(?!中心|政府|街道|集团|公司|镇党委|乡党委)[^局委办院司厅部校组站所]){2,40}?(?:工程|项目)"
    r"(?:[（(][^（）()]{1,6}[）)])?(?:建设|竣工|决算|跟踪|结算|管理)"
)
#: Words that date an audit's findings as 反馈 dates an inspection's.
_AUDIT_FEEDBACK = re.compile(r"反馈|出具|送达|印发|下达")
#: The author line under an audit report's title: 北京市审计局局长 马兰霞, or the audited
#: unit reporting its own rectification (会宁县自然资源局)
_AUTHOR_LINE = re.compile(
    r"^\s*((?:[\u4e00-\u9fff（）()]{1,24}?)"
    r"(?:审计署|人民政府|政府|有限公司|有限责任公司|集团|大学|学院|医院|研究院|研究所|银行|分行|支行|分公司|局|厅|处|委员会|中心))"
    r"(?:(?:局长|厅长|审计长|副局长|副厅长|市长|副市长|主任)\s*[\u4e00-\u9fff]{2,4})?\s*$"
)


#: The committee and kind of inspection a title names (关于市委巡察…, 关于区委第四巡察组…).
_TITLE_INSPECTION = re.compile(rf"({SENDING_COMMITTEES})[^，。、]{{0,8}}?(巡视|巡察)")


def _title_hint(title: str | None) -> tuple[str | None, str | None]:
    """(committee, kind) of the inspection the title is about, if it names one."""
    found = _TITLE_INSPECTION.search(title or "")
    return (found.group(1), found.group(2)) if found else (None, None)


def _opening(text: str, kind: str | None = None) -> str:
    """The first paragraph that mentions an inspection (the formulaic opening); with
    the title's kind of inspection, the first of that kind (a province's 巡视 told as
    background comes before the bureau's own 巡察)."""
    paragraphs = text.split("\n")
    told: list[str] = []
    # the sentence saying who inspected whom, if any: 对…开展了巡察 first, 巡察了… only where
    # no paragraph says so (2021年，…巡察了县卫健局党组 told as background comes before)
    for inspected in (_INSPECTED, _INSPECTED_AS_OBJECT):
        for index, para in enumerate(paragraphs):
            title = _TITLE_PREFIX.match(para)
            body = para[title.end() :] if title else para
            if inspected.search(body) and (team := _TEAM.search(body)):
                body = _with_feedback_paragraph(body, paragraphs[index + 1 :])
                if kind is None or kind in team.group(1):
                    return body
                told.append(body)
        if told:
            return told[0]
    paragraphs = [p for p in paragraphs if not _TITLE_LINE.match(p)]  # 关于…巡视组反馈意见…的通报
    for para in paragraphs:
        if re.search(r"(?:巡视|巡察)(?:组|工作组)", para) and re.search(
            r"反馈|开展|进行|接受", para
        ):
            return para
    for para in paragraphs:
        if re.search(r"巡视|巡察", para) and re.search(r"反馈|开展|进行", para) and len(para) > 40:
            return para
    return ""


def _with_feedback_paragraph(body: str, after: list[str]) -> str:
    """An opening that tells the inspection in one paragraph and its feedback in the next
    (…开展常规巡察。\n\n2023年6月，区委第3巡察组向街道党工委反馈了巡察意见): both, as
    written (the blank lines between them too), so the feedback date is read."""
    if _FEEDBACK.search(body):
        return body
    gap: list[str] = []
    for para in after:
        if not para.strip():
            gap.append(para)
            continue
        if starts_with_marker(para) or not (_FEEDBACK.search(para) and _TEAM_WORD.search(para)):
            return body
        return "\n".join([body, *gap, para])
    return body


def _signature(text: str) -> tuple[str | None, str | None, int | None]:
    """Issuer and date of the signature block: an organ line then a date line."""
    lines = text.split("\n")
    # A date line above the body is the page's header (title, date, source), not a
    # signature: a signature closes the notice, after its first paragraph.
    body = next((i for i, line in enumerate(lines) if len(line.strip()) >= _BODY_LINE), -1)
    for i in range(len(lines) - 1, max(body, len(lines) - 40), -1):
        date = _DATE_LINE.match(lines[i])
        if not date:
            continue
        for j in range(i - 1, max(-1, i - 3), -1):
            if not lines[j].strip():
                continue
            issuer = _ISSUER_LINE.match(lines[j])
            # two organs signing together stand one above the other: the party organ written
            # first is the issuer (中共…镇委员会 over …镇人民政府)
            above = _ISSUER_LINE.match(lines[j - 1]) if issuer and j > body + 1 else None
            if above and above.group(1).startswith(("中共", "中国共产党")):
                issuer = above
            return (issuer.group(1) if issuer else None), date.group(1), i
        return None, date.group(1), i
    return None, None, None


#: a cleaned range → the caller's own text (see ``extract_metadata``'s ``as_written``)
_Written = Callable[[int, int], str]
#: a date's text → its normalised value (the DATE entities' normaliser)
_Normalise = Callable[[str], dict[str, Any] | None]


def extract_metadata(
    text: str,
    *,
    dates: list[tuple[int, int]],
    normalise_date: _Normalise,
    has_problems: bool,
    as_written: _Written | None = None,
) -> Metadata:
    """Read the metadata from the cleaned ``text``.

    ``dates`` are DATE spans (cleaned offsets) from the rule recogniser, so the
    metadata do not depend on which NER backend runs. ``as_written`` maps a
    cleaned range to the caller's own text, so names come back as the caller
    wrote them (``(`` stays ``(``); without it the cleaned text is used.
    """
    meta = Metadata()
    if not text.strip():
        return meta

    def written(start: int, end: int) -> str:
        return as_written(start, end) if as_written is not None else text[start:end]

    first_lines = _header_lines(text)
    _read_title(meta, text, first_lines, written)
    published = _PUBLISHED.search(text[:2000])
    if published:
        meta.published = published.group(1)
    committee, kind = _title_hint(meta.title)
    # a title about an audit's findings makes the notice an audit's, whatever
    # inspection its body mentions (…审计查出问题整改情况的报告)
    audit_title = bool(
        meta.title
        and AUDIT_REPORT.search(meta.title.replace("\n", ""))
        and not re.search("巡视|巡察", meta.title)
    )
    opening = "" if audit_title else _opening(text, kind)
    if opening:
        _read_opening(meta, text, opening, dates, normalise_date, written, (committee, kind))
    elif AUDIT_REPORT.search(text[:3000]):
        meta.inspection_kind = "审计"  # an audit-rectification report
        if meta.issuer is None:
            _read_audit_author(meta, text, first_lines, written)
        _read_audit_opening(meta, text, dates, normalise_date, written)
    if meta.inspection_kind is None and meta.title:
        # an opening that names no team nor body (根据区委巡察工作统一部署，…现将巡察整改情况
        # 公布如下): the title's inspection is the kind
        named = re.search("巡视|巡察", meta.title)
        meta.inspection_kind = named.group() if named else None
    _read_signature(meta, text, normalise_date, written)
    meta.stated_totals.update(read_stated_totals(text))
    headline = next((line.strip() for line in first_lines if line.strip()), "")
    announced = (  # …巡察州妇联党组工作动员会召开: news of an inspection starting
        meta.title is None and "整改" not in headline and bool(_ANNOUNCEMENT.search(headline))
    )
    meta.is_notice = (
        has_problems
        or meta.inspection_kind == "审计"
        or (
            not announced
            and bool((meta.title and "整改" in meta.title) or (opening and "整改" in text[:3000]))
        )
    )
    return meta


#: A web page's site name and section words before a title on its line (…门户网站 …
#: 政务公告 中共…关于…), each a whole token (a space after it: 政务公开办公室 is a name),
#: or a breadcrumb's separator: the title and its issuer start after the last of them
_PAGE_CHROME = re.compile(
    rf"(?:网站|首页|当前位置|政务公告|政务公开|信息公开)\s+|[{CRUMB_SEPARATORS}]\s*"
    # a column's tag before the headline: 【巡察整改】中共…党组关于…
    r"|【[^【】]{1,12}】\s*"
    # an index block's field label: [ 标 题 ] 重庆市…审计局关于…
    r"|\[\s*标\s*题\s*\]\s*"
)


#: The audit offices that author audit reports.
_AUDIT_OFFICES = ("审计局", "审计厅", "审计署")
#: A page's share or scan prompt, clauses and all (打开微信扫一扫，点击右上角分享即可):
#: chrome, not the body's first line (经验分享 in the body is no prompt).
_SHARE_LINE = re.compile(r"扫一扫|分享到|二维码|右上角")


def _header_end(text: str) -> int:
    """Where the body begins: the start of its first line of prose."""
    at = 0
    for line in text.split("\n")[:_HEADER_LINES]:
        if len(line.strip()) >= _BODY_LINE and not _TITLE_LINE.match(line):
            return at
        at += len(line) + 1
    return min(at, len(text))


def _header_lines(text: str) -> list[str]:
    """The non-empty lines before the body (at least four): a web page's site,
    breadcrumb, date and share lines may stand above the title and the author line."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    header: list[str] = []
    for line in lines[:_HEADER_LINES]:
        if len(header) >= 4 and re.search("[，,。]", line) and not _SHARE_LINE.search(line):
            break  # body prose, hard-wrapped or not: clauses (a title or a menu has none)
        header.append(line)
    return header


#: A red-header document's masthead (中共沂水县高桥镇委员会文件) and its number line
#: (高发〔2024〕18号) between it and the title.
_MASTHEAD = re.compile(r"^\s*(\S.*?)文件\s*$")
_DOCUMENT_NUMBER_LINE = re.compile(
    r"^\s*[\u4e00-\u9fff]{1,8}[〔［\[(（]\d{4}[〕］\])）]\s*\d+\s*号\s*$"
)


def _masthead_before(first_lines: list[str], index: int) -> str | None:
    """The organ of a masthead above the title, past a document-number line: the
    issuer, as the organ above a title is."""
    for line in reversed(first_lines[max(0, index - 3) : index]):
        if _DOCUMENT_NUMBER_LINE.match(line):
            continue
        masthead = _MASTHEAD.match(line)
        if masthead and _OWNER_ABOVE_TITLE.match(masthead.group(1)):
            return masthead.group(1)
        return None
    return None


def _read_title(meta: Metadata, text: str, first_lines: list[str], written: _Written) -> None:
    """The title among the first lines, and the organ named before it on the same line."""
    for index, line in enumerate(first_lines):
        title = _TITLE.search(line)
        at = text.find(line)
        end = at + len(line)
        dated = _DATE_AFTER_TITLE.search(line)
        if title and dated and dated.start() >= title.end():
            end = at + dated.start()  # …整改进展情况的通报 2026-02-13: the page's date
        if title is None and "关于" in line[:40] and index + 1 < len(first_lines):
            # a two-line title: 关于省委第十一巡视组巡视反馈意见 / 整改进展情况的通报
            end = text.find(first_lines[index + 1], end) + len(first_lines[index + 1])
            title = _TITLE.search(text[at:end].replace("\n", ""))
        if title and len(line) <= 120:
            lead = line[: title.start()]
            # a page's chrome before the title (梅州市人民政府门户网站 政务公告 中共…党组关于…)
            chrome = [m.end() for m in _PAGE_CHROME.finditer(lead)]
            cut = chrome[-1] if chrome else 0
            words = lead[cut:].split()
            if len(words) > 1 and words[-1].startswith("中共"):
                cut = lead.rindex(words[-1])  # 党建工作 中共…党组: a section's name before it
            at += cut
            meta.title = written(at, end)
            issuer = lead[cut:].strip(" ：:")
            if issuer:
                meta.issuer = written(at, at + len(issuer))
            elif index and (
                _OWNER_ABOVE_TITLE.match(first_lines[index - 1])
                or (_AUDIT_REPORT_TITLE.search(line) and _AUTHOR_LINE.match(first_lines[index - 1]))
            ):
                # a red-header layout: the organ on its own line, 关于… below it; of two
                # organs stacked (村党支部 over 村民委员会), the party organ first issues
                owner = first_lines[index - 1]
                if (
                    index > 1
                    and _OWNER_ABOVE_TITLE.match(first_lines[index - 2])
                    and first_lines[index - 2].startswith(("中共", "中国共产党"))
                ):
                    at = text.rfind(owner, 0, at)
                    owner = first_lines[index - 2]
                at = text.rfind(owner, 0, at)
                meta.issuer = written(at, at + len(owner))
            elif index and (masthead := _masthead_before(first_lines, index)) is not None:
                at = text.rfind(masthead, 0, at)  # 中共…镇委员会文件 / 高发〔2024〕18号 / 关于…
                meta.issuer = written(at, at + len(masthead))
            return
    for line in first_lines:  # 深圳市2022年度绩效审计查出问题整改情况的报告——2023年4月在…
        audit = _AUDIT_TITLE.match(line)
        if audit:
            at = text.find(audit.group(1))
            meta.title = written(at, at + len(audit.group(1)))
            return


def _read_opening(
    meta: Metadata,
    text: str,
    opening: str,
    dates: list[tuple[int, int]],
    normalise_date: _Normalise,
    written: _Written,
    hint: tuple[str | None, str | None] = (None, None),
) -> None:
    """Kind, team, inspected body, period and feedback date from the formulaic opening.
    A team the title names wins over one told first as background (杭州市委第三巡察组
    对上城区委… then 区委第四巡察组对紫阳街道党工委…); the period is then read from its
    sentence on."""
    opening = _past_background(opening)
    offset = text.find(opening)
    teams = list(_TEAM.finditer(opening))
    team = next((t for t in teams if all(h is None or h in t.group(1) for h in hint)), None)
    team = team or (teams[0] if teams else None)
    if team is not None and teams and team is not teams[0]:
        opening = opening[opening.rfind("。", 0, team.start()) + 1 :]
        offset = text.find(opening, offset)
        team = _TEAM.search(opening)
    kinds = re.findall(r"巡视|巡察", opening)
    meta.inspection_kind = max(set(kinds), key=kinds.count) if kinds else None
    if team:
        ordinal = _LEADING_TERM.match(team.group(1))  # 十二届市委… → 市委…
        start = team.start(1) + (ordinal.end() if ordinal else 0)
        prose = _NOT_IN_TEAM_LEAD.match(opening, start, _committee_at(team))
        start = prose.end() if prose else start  # 对我镇落实|县委第三巡察组
        meta.team = written(
            *_first_written_team(text, offset, offset + start, offset + team.end(1))
        )
    elif feeding := _team_feeding_back(text, offset + len(opening)):
        meta.team = written(*feeding)
    # the inspected body comes after the team (市委对村巡察第二组对青山村…)
    inspected = _INSPECTED.search(opening, team.end() if team else 0)
    if inspected is None and team is not None:
        inspected = _INSPECTED.search(opening)
    if inspected is not None:
        inside = _OBJECT_AFTER_ENTERED.match(opening, inspected.start())
        entered = inside.group(1) if inside is not None else ""
        # 进驻宜宾分行，对分行党委: a short form of the body entered, which stays
        if inside is not None and (
            inside.group(2).startswith(entered)
            or (
                inside.group(2)[:2] not in entered
                and not inside.group(2).startswith(_SHORT_OR_ANAPHOR)
            )
        ):
            inspected = _INSPECTED.search(opening, inside.start(2) - 1) or inspected
    received = _RECEIVED_TEAM.search(opening) or _LISTED_AS_OBJECT.search(opening)
    if received is not None and (inspected is None or received.start() < inspected.start()):
        inspected = received  # the body that received the team, before any other 对…
    if inspected is None:  # 区委巡察四组巡察了宁海路街道党工委
        inspected = _INSPECTED_AS_OBJECT.search(opening, team.end() if team else 0)
    if inspected is None:  # 巡视组于9月7日至11月10日进驻恭城瑶族自治县，通过…
        inspected = _ENTERED.search(opening)
    if inspected is None:  # 区委第三巡察组向宁海路街道党工委反馈了巡察意见。此次巡察于…
        inspected = _FED_BACK_TO.search(opening)
    if inspected:
        _read_inspected(meta, text, offset, inspected, written)
        _narrow_to_issuer(meta, offset, opening, inspected, written)
    if not _FEEDBACK.search(opening):  # the feedback is told in the next paragraph
        # (past the blank lines some pages set between paragraphs)
        next_start = offset + len(opening)
        while next_start < len(text) and text[next_start] in " \t\u3000\n":
            next_start += 1
        following = text.find("\n", next_start)
        opening = text[offset : len(text) if following < 0 else following]
    in_opening = [(s, e) for s, e in dates if offset <= s < offset + len(opening)]
    _period_and_feedback(meta, text, in_opening, offset, opening, inspected, normalise_date)


#: A team named where it feeds back (2022年1月27日，区委4个巡察组向40家…反馈), when the
#: opening only said the committee formed its teams (区委组建4个巡察组对…开展常规巡察).
_FEEDING_BACK = re.compile(r"[^。；;]{0,60}?反馈")
#: How far after the opening the feedback sentence is looked for.
_FEEDBACK_REACH = 400


def _team_feeding_back(text: str, after: int) -> tuple[int, int] | None:
    """The first team after ``after`` whose own sentence says it fed back."""
    for team in _TEAM.finditer(text, after, after + _FEEDBACK_REACH):
        if _FEEDING_BACK.match(text, team.end()):
            ordinal = _LEADING_TERM.match(team.group(1))
            return team.start(1) + (ordinal.end() if ordinal else 0), team.end(1)
    return None


def _committee_at(team: re.Match[str]) -> int:
    """Where the committee word of a team's name begins (县委 of 无锡市县委第三巡察组)."""
    found = TEAM_COMMITTEE.search(team.group(1))
    return team.start(1) + (found.start() if found else 0)


def _read_audit_opening(
    meta: Metadata,
    text: str,
    dates: list[tuple[int, int]],
    normalise_date: _Normalise,
    written: _Written,
) -> None:
    """A unit's own audit notice (宿城区审计局对本单位…进行了审计，并于…出具了审计报告):
    the audit office is the team, the unit the inspected body, the fieldwork the
    period and the report's date the feedback. A government's report on the
    budget audit names no such sentence and keeps them empty."""
    found = _AUDIT_OPENING.search(text[:3000])
    if found is None or _YEAR_IN_NAME.match(found.group(2)) or _BUDGET.match(found.group(2)):
        return  # 对2023年度市级预算执行…进行了审计: a budget audited, no body
    paragraph_start = text.rfind("\n", 0, found.start()) + 1
    paragraph_end = text.find("\n", found.end())
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    opening = text[paragraph_start:paragraph_end]
    meta.team = written(*_first_written_office(text, *found.span(1)))
    inspected = _INSPECTED.search(opening) or _AUDITED.search(opening)
    if inspected and not _PROJECT.search(found.group(2)):
        _read_inspected(meta, text, paragraph_start, inspected, written)
    in_opening = [(s, e) for s, e in dates if paragraph_start <= s < paragraph_end]
    _period_and_feedback(
        meta, text, in_opening, paragraph_start, opening, inspected, normalise_date, _AUDIT_FEEDBACK
    )


#: A sentence about an earlier inspection or audit told as background before this one
#: (…省委第五巡视组曾对运河区开展常规巡视，反馈问题已于2020年底前全部整改到位; 2023年8月，
#: 市审计局对公司…开展了专项审计，相关问题已整改完毕).
_BACKGROUND_SENTENCE = re.compile(
    r"曾(?:经)?(?:对|向|于|派)|已(?:于[^。；;]{0,12}?)?(?:全部)?整改(?:到位|完毕|完成)"
)


def _past_background(opening: str) -> str:
    """The opening from its first sentence that is not background, when a team is named
    after the background (the notice reports the later inspection)."""
    while (end := opening.find("。")) >= 0:
        first = opening[: end + 1]
        background = _BACKGROUND_SENTENCE.search(first)
        if (
            background is None
            # (…巡察组对…进行了常规巡察，巡察期间立行立改问题已整改完成: the inspection
            # itself, whose quick fixes are told; only a sentence naming no team is background)
            or (not background.group().startswith("曾") and _TEAM.search(first))
            or not _TEAM.search(opening, end + 1)
        ):
            break
        opening = opening[end + 1 :]
    return opening


def _first_written_office(text: str, start: int, end: int) -> tuple[int, int]:
    """An audit office as first written: 根据芜湖市审计局年度审计计划，…市审计局派出审计组
    names it with its place first (but 关于市审计局…的报告 in the title writes it short,
    as 关于集团审计部… does a group's department)."""
    short = text[start:end]
    if short[:1] not in "省市区县州旗":
        # 关于集团审计部…的报告 … 黔路集团审计部对我公司…, 关于市审计局…的报告 … 兴仁市审计局
        # 对我中心…: the title's owner short form (not the full name written earlier)
        # (集团审计部 for 冀交投资集团有限公司审计部: the company form dropped too)
        owner_form = re.search(r"集团(?:有限|股份有限|有限责任)?公司", short)
        forms = [(owner_form.start(), "集团" + short[owner_form.end() :])] if owner_form else []
        for k in range(2, len(short) - 3):
            if short.startswith(("集团", "公司"), k) or short[k] in "省市区县州旗":
                forms.append((k, short[k:]))
        for k, form in forms:
            first = text.find(form, 0, start)
            # (not inside another office's name: 安顺|市审计局; 关于|市审计局 is a word start)
            while first >= 0 and (
                text[max(0, first - k) : first] == short[:k]
                or (is_ideograph(text[first - 1 : first]) and not text.endswith("关于", 0, first))
            ):
                first = text.find(form, first + 1, start)
            if first >= 0:
                return first, first + len(form)
        return start, end
    first = text.find(short, 0, start)
    if first < 0:
        return start, end
    # the place that ends with the short form's level word (芜湖|市), or whose short form
    # stands before it (繁昌|区: a county made a district since the places were listed),
    # then any place that ends right before it (泰州市|海陵区审计局)
    level_end = first + 1
    start, end = first, level_end
    while n := next(
        (
            n
            for n in range(min(MAX_PLACE_LEN, end), 1, -1)
            if text[end - n : end] in PLACE_NAMES
            or (end == level_end and n > 2 and text[end - n : end - 1] in PLACE_NAMES)
        ),
        0,
    ):
        start = end = end - n
    return start, first + len(short)


#: A team's number, which an opening may leave out where the title wrote it.
_NUMBER_IN_TEAM = re.compile(r"第[一二三四五六七八九十\d]+(?=(?:巡视|巡察)?组)")


def _first_written_team(text: str, opening_at: int, start: int, end: int) -> tuple[int, int]:
    """The team as first written: the title's fuller name (锡林郭勒盟委第三巡察组) when
    the opening shortens it (盟委第三巡察组), else the opening's."""
    short = text[start:end]
    for named in _TEAM.finditer(text, 0, opening_at):
        name = named.group(1)
        lead = len(name) - len(name.lstrip("关于"))
        ordinal = _LEADING_TERM.match(name[lead:])  # 十届市委… → 市委…
        lead += ordinal.end() if ordinal else 0
        prose = _NOT_IN_TEAM_LEAD.match(name, lead, max(lead, len(name) - len(short)))
        lead = prose.end() if prose else lead  # 关于落实|省委第五巡视组巡视反馈意见…
        if name.endswith(short) and len(name) - lead > len(short):
            return named.start(1) + lead, named.end(1)
        if _NUMBER_IN_TEAM.sub("", name[lead:]) == short:  # 县委第一巡察组 / 县委巡察组
            return named.start(1) + lead, named.end(1)
    return start, end


#: The body that runs an audited fund or project, before 管理的… (市医疗保障局管理的…基金).
_MANAGING = "(?:管理|负责|使用|承担|实施)的"
_MANAGING_BODY = re.compile(
    r"([\u4e00-\u9fff（）()]{1,30}?(?:局|委|委员会|中心|厅|办|所|院|站|公司|集团))" + _MANAGING
)


def _read_inspected(
    meta: Metadata, text: str, offset: int, inspected: re.Match[str], written: _Written
) -> None:
    """The inspected organisation as written, its alias (以下简称…) set apart."""
    name = inspected.group(1)
    # a year ends the body's name (我院2021年省委巡视反馈问题整改情况: 我院)
    dated = _YEAR_IN_NAME.search(name)
    if dated and dated.start() >= 2:
        name = name[: dated.start()]
        # 市医疗保障局管理的|2023年度…基金: the body that runs the audited fund
        name = re.sub(rf"{_MANAGING}$", "", name)
    managing = _MANAGING_BODY.match(name)  # 县人社局管理的养老保险基金: the body that runs it
    name = managing.group(1) if managing else name
    name = _PERSON_AFTER_BODY.sub("", name) or name  # 我集团原主要负责人: 我集团
    if name.startswith(("所属", "下属")) and len(name) > 4:
        name = name[2:]  # 集团审计部对所属沂河供水公司…: the subsidiary, not "its own"
    subject = _INSPECTED_SUBJECT.match(name)
    if subject and "巡" not in subject.group(1):  # 我镇落实县委第三巡察组…: 我镇
        name = subject.group(1)
    else:
        name = re.sub(r"^(?:中共)?[\u4e00-\u9fff]{0,8}?(?:巡视|巡察)组(?:于|在)?", "", name)
        name = re.split(r"[，,]", name)[-1].strip()
        subject = _INSPECTED_SUBJECT.match(name)
        if subject:  # 市水务局党组落实全面从严治党主体责任情况: the body, not the subject
            name = subject.group(1)
    if name:
        at = text.find(name, offset + inspected.start(1))
        name = written(at, at + len(name))
        alias = _ALIAS_NOTE.search(name)
        if alias:  # 中国旅游集团有限公司(以下简称集团)党委
            name = name[: alias.start()] + name[alias.end() :]
            meta.inspected_alias = alias.group(1)
    meta.inspected_organisation = name or None
    meta.inspected_alias = inspected.group(2) or meta.inspected_alias


#: A party organ closing a body's name (县民政局党组, 中共…委员会): what an issuer and the
#: body inspected share is the name before it.
_ORGAN_TAIL = re.compile(r"(?:党组|党委|党工委|党总支|党支部|委员会)$")


#: A unit named as the inspected body's own before its name (其所属, 下属, 所属的).
_SUBORDINATE_LEAD = re.compile(r"(?:其|该局|该单位)?(?:所属|下属|直属)的?")


def _name_core(name: str) -> str:
    """A body's name without 中共, its party organ and a leading level word (县民政局党组
    → 民政局), to compare it with the issuer's (中共鲁山县民政局党组 → 鲁山县民政局)."""
    core = _ORGAN_TAIL.sub("", name.removeprefix("中共"))
    return core.lstrip("省市县区州旗盟镇乡") if len(core) > 3 else core


def _narrow_to_issuer(
    meta: Metadata,
    offset: int,
    opening: str,
    inspected: re.Match[str],
    written: _Written,
) -> None:
    """The notice's own body where the opening inspects its parent first and then it
    (对县林业和草原局党组开展常规巡察，并对其所属石门国有林场党委进行了延伸巡察, issued by
    the farm): the issuer must be one organ that matches exactly one later body. A list
    of bodies inspected together stays whole (DECISIONS), whoever issues the notice."""
    issuer, found = meta.issuer, meta.inspected_organisation
    if not issuer or not found or re.search(r"\s", issuer.strip()):
        return
    own, found_core = _name_core(issuer), _name_core(found)
    if len(found_core) >= 2 and found_core in own:
        return
    sentence_end = opening.find("。", inspected.end())
    later = _INSPECTED.finditer(
        opening, inspected.end(), len(opening) if sentence_end < 0 else sentence_end
    )
    candidates = []
    for match in later:  # 并对其所属石门国有林场党委进行了延伸巡察: the unit, not 其所属
        lead = _SUBORDINATE_LEAD.match(match.group(1))
        skip = lead.end() if lead else 0
        candidates.append((match.start(1) + skip, match.group(1)[skip:]))
    matching = [
        (start, name)
        for start, name in candidates
        if len(core := _name_core(name)) >= 3 and core in own
    ]
    if len(matching) != 1:
        return
    start, name = matching[0]
    at = offset + start
    meta.inspected_organisation = written(at, at + len(name))
    meta.inspected_alias = None


def _read_audit_author(
    meta: Metadata, text: str, first_lines: list[str], written: _Written
) -> None:
    """An audit report's issuer: the office of the author line under its title. A web
    page may put its date, source and share lines between the two, so the header is
    read up to the first line of body prose. Above the title only an audit office
    counts (its own page); a government or company there is the site's name."""
    below = next((i + 1 for i, ln in enumerate(first_lines) if meta.title and meta.title in ln), 0)
    for index, line in enumerate(first_lines):
        author = _AUTHOR_LINE.match(line)
        if author and index < below and not author.group(1).endswith(_AUDIT_OFFICES):
            continue
        if author:
            at = text.find(author.group(1))
            meta.issuer = written(at, at + len(author.group(1)))
            return


def _read_signature(
    meta: Metadata,
    text: str,
    normalise_date: _Normalise,
    written: _Written,
) -> None:
    """The signature block's date, and its organ when the title named none: the
    issuer is given as first written (中共丹岩县委 in the title, not the signature's
    中共丹岩县委员会)."""
    issuer, date_text, _ = _signature(text)
    if issuer and meta.issuer is None:
        at = text.rfind(issuer)
        meta.issuer = written(at, at + len(issuer))
    if date_text:
        meta.signature_date_text = date_text
        meta.signature_date = normalise_date(date_text)


#: What joins two dates into one span of time: 2023.3.20-2023.5.20, 2023/3/20至2023/5/20,
#: 2024年5月6日起至6月28日
_RANGE_JOINER = re.compile(r"\s*(?:起?至|起?到|-|—|－|~|～)\s*$")
#: The year of a date's text (2024年…, 2024.5.6, 2024/5/6, 2024-05-06)
_YEAR_OF_DATE = re.compile(r"((?:19|20)\d{2})\s*(?:年|[./\-])")


def _years_from_later_dates(
    text: str,
    dates: list[tuple[int, int]],
    values: dict[tuple[int, int], Any],
    normalise_date: _Normalise,
) -> dict[tuple[int, int], Any]:
    """A date written without its year before any year is told (县委巡察组于5月6日至
    6月28日…，2024年7月10日反馈) takes the year of the next date that has one: the
    opening tells one year's events. An opening with no year at all takes the
    signature's (9月4日至28日 … signed 2024年1月15日: 2023, the months before it)."""
    out = dict(values)
    signed_years = _years_before_signature(text, dates, values, normalise_date)
    for i, span in enumerate(dates):
        value = out.get(span)
        if value is None or value.get("start") is not None:
            continue
        later = next(
            (y.group(1) for sp in dates[i + 1 :] if (y := _YEAR_OF_DATE.search(text, *sp))), None
        )
        later = later or signed_years.get(span)
        if later is None:
            continue
        guessed = normalise_date(f"{later}年" + text[span[0] : span[1]])
        if guessed and guessed.get("start"):
            out[span] = {**guessed, "year_inferred": True}
    return out


def _years_before_signature(
    text: str,
    dates: list[tuple[int, int]],
    values: dict[tuple[int, int], Any],
    normalise_date: _Normalise,
) -> dict[tuple[int, int], str]:
    """An opening that writes no year at all takes the signature's: walking back from
    the signing date, each date is in the year of the one after it, or the year before
    when its month and day come later (11月4日至12月28日…1月6日反馈, signed in May: 2023,
    2023, 2024; 3月4日…5月6日, signed 3月12日: all the year before)."""
    if any(_YEAR_OF_DATE.search(text, *span) for span in dates):
        return {}
    signed = _signed_date(text, normalise_date)
    if signed is None:
        return {}
    year, after = int(signed[:4]), signed[5:]
    out: dict[tuple[int, int], str] = {}
    for span in reversed(dates):
        guessed = normalise_date("2000年" + text[span[0] : span[1]]) if values.get(span) else None
        ends = (guessed.get("end") or guessed.get("start")) if guessed else None
        if not isinstance(ends, str) or len(ends) < 7:
            continue
        if ends[5:] > after:
            year -= 1
        out[span] = str(year)
        after = str(guessed.get("start") or ends)[5:]
    return out


#: The notice's date in brackets on its own line under the title (（2023年9月8日）), as a
#: report to a congress or an upper organ is dated
_DATE_UNDER_TITLE = re.compile(rf"^[ \t　]*[（(]\s*({_FULL_DATE})\s*[）)][ \t　]*$", re.MULTILINE)


def _signed_date(text: str, normalise_date: _Normalise) -> str | None:
    """The signature's date as YYYY-MM-DD, when the notice is signed with a full date, or
    else the date under its title."""
    date_text = _signature(text)[1]
    if date_text is None:
        under_title = _DATE_UNDER_TITLE.search(text, 0, _header_end(text))
        date_text = under_title.group(1) if under_title else None
    value = normalise_date(date_text) if date_text else None
    start = value.get("start") if value else None
    return start if isinstance(start, str) and len(start) == 10 else None


def _joined_ranges(
    text: str, dates: list[tuple[int, int]], values: dict[tuple[int, int], Any]
) -> tuple[list[tuple[int, int]], dict[tuple[int, int], Any]]:
    """Two dates written in figures and joined by 至 or a dash are one range (the
    date grammar joins only the Chinese forms, 2023年3月20日至5月20日)."""
    joined: list[tuple[int, int]] = []
    skip: set[tuple[int, int]] = set()
    for first, second in zip(dates, dates[1:], strict=False):
        a, b = values.get(first), values.get(second)
        if not (a and b) or first in skip or not _RANGE_JOINER.match(text[first[1] : second[0]]):
            continue
        if a.get("start") != a.get("end") or b.get("start") != b.get("end"):
            continue  # already ranges
        span = (first[0], second[1])
        values = {**values, span: {**a, "end": b.get("end")}}
        joined.append(span)
        skip.update((first, second))
    if not joined:
        return dates, values
    return sorted([sp for sp in dates if sp not in skip] + joined), values


def _period_and_feedback(
    meta: Metadata,
    text: str,
    dates: list[tuple[int, int]],
    offset: int,
    opening: str,
    inspected: re.Match[str] | None,
    normalise_date: _Normalise,
    feedback_words: re.Pattern[str] = _FEEDBACK,
) -> None:
    """Period: the first date range of the opening (else the date before the
    inspection verb); feedback: the date nearest before 反馈 in its sentence.
    A date inside the inspected phrase (对我院2021年…整改情况开展了回头看) dates
    the object, not the inspection; a bare year never dates the feedback."""
    if inspected is not None:
        inside = (inspected.start(1) + offset, inspected.end(1) + offset)
        dates = [sp for sp in dates if not (inside[0] <= sp[0] < inside[1])]
    values = {span: normalise_date(text[span[0] : span[1]]) for span in dates}
    values = _years_from_later_dates(text, dates, values, normalise_date)
    dates, values = _joined_ranges(text, dates, values)
    inspect_at = inspected.start() + offset if inspected else None
    # a written range (9月7日至11月10日, 4月中旬至6月中旬, 2023年下半年), not one month
    ranges = [
        sp
        for sp in dates
        if (v := values[sp])
        and v.get("start") != v.get("end")
        and (
            v.get("granularity") != "month"
            or _RANGE_WORD.search(text, sp[0], sp[1])
            or text.startswith("、", sp[1])  # 2023年9月、10月: two months, one stay
        )
    ]
    # a bare year (按照市委2024年巡察工作安排) is the plan's, not the inspection's span
    # …and one after the inspection verb (重点检查2021年常规巡察反馈问题) dates its object
    # …as do whole years after it (重点审计了该项目2021年至2023年资金…: the years audited)
    period = next(
        (
            sp
            for sp in ranges
            if not _BARE_YEAR.match(text, *sp)
            and not (
                inspect_at is not None
                and sp[0] > inspect_at
                and (values[sp] or {}).get("granularity") == "year"
            )
        ),
        None,
    )
    if period is None:
        year = next((sp for sp in ranges if inspect_at is None or sp[0] < inspect_at), None)
        # 按照…2024年度审计项目计划，2024年3月，市审计局…: the month, not the plan's year
        finer = year and inspect_at and any(year[1] <= sp[0] < inspect_at for sp in dates)
        period = None if finer else year
    entry = next((sp for sp in dates if _ENTRY_AFTER.match(text, sp[1])), None)
    if entry is not None and (period is None or entry[0] < period[0]):
        period = entry  # 自2023年9月11日起…并于11月下旬反馈: the start, not the feedback month
    single_day = False
    if period is None and inspect_at is not None:
        before = [sp for sp in dates if sp[0] < inspect_at]
        period = before[-1] if before else None
        # 2024年5月6日，巡察组进驻… / 于2023年9月对…开展了巡察: one day or month before
        # the inspection is its start; its end is not written
        single_day = period is not None and (values[period] or {}).get("granularity") in (
            "day",
            "month",
        )
    joined = None
    if period is not None:
        meta.period_text, meta.period = text[period[0] : period[1]], values[period]
        if _VAGUE_PERIOD.search(meta.period_text) or (
            _BARE_YEAR.search(meta.period_text) and _SEASON_AFTER.match(text, period[1])
        ):
            meta.period = None  # 2023年下半年: said, but no start or end to give
        # 于9月7日至11月10日进驻 is a span; only a single date before 进驻/起 is a start
        single = not _RANGE_WORD.search(meta.period_text)
        lasting = single and _LASTING.search(opening) is not None
        if meta.period and (
            single_day or lasting or (single and _ENTRY_AFTER.match(text, period[1]))
        ):
            # 2024年3月，…开展了为期两个月的巡察: the month it began, no end
            meta.period = {**meta.period, "end": None}  # 自4月6日起 / 于3月18日进驻: a start only
        if meta.period and meta.period.get("end") is None:  # 5月8日起…，6月30日巡察结束
            ended = next(
                (sp for sp in dates if sp[0] > period[1] and _ENDED.match(text, sp[1])), None
            )
            if ended is not None and (v := values[ended]):
                meta.period_text = f"{text[period[0] : period[1]]}…{text[ended[0] : ended[1]]}"
                meta.period = _with_end(meta.period, v)
        stage = _SECOND_STAGE.match(text, period[1])  # …，第二阶段为2024年1月8日至1月26日
        gap = stage.end() - period[1] if stage else 1
        joined = next((sp for sp in dates if sp[0] == period[1] + gap), None)
        if joined and (stage or text[period[1]] == "、") and (v := values[joined]) and meta.period:
            # 2022年3月17日至3月22日、5月5日至7月12日: one inspection in two stints
            meta.period_text = text[period[0] : joined[1]]
            meta.period = _with_end(meta.period, v)
        else:
            joined = None
    for feedback in feedback_words.finditer(opening):  # the first 反馈 whose sentence dates it
        at = feedback.start() + offset
        sentence_start = text.rfind("。", offset, at) + 1 or offset
        sentence_end = text.find("。", at)
        sentence_end = len(text) if sentence_end < 0 else sentence_end
        candidates = [
            sp
            for sp in dates
            if sp not in (period, joined)
            and sentence_start <= sp[0] < sentence_end
            and not _BARE_YEAR.match(text, *sp)
            and not text.startswith("前", sp[1])  # 于2020年底前整改到位: a deadline
        ]
        before = [sp for sp in candidates if sp[0] < at]
        chosen = before[-1] if before else (candidates[0] if candidates else None)
        if chosen is not None:
            meta.feedback_date_text, meta.feedback_date = (
                text[chosen[0] : chosen[1]],
                _after_period(values[chosen], meta.period),
            )
            return


#: The second stage of an inspection told after the first (第一阶段为…，第二阶段为…).
_SECOND_STAGE = re.compile(r"[，,；;]\s*第[二2]阶段(?:为|是|从)?")


def _with_end(period: dict[str, Any], end: dict[str, Any]) -> dict[str, Any]:
    """``period`` ending where the date ``end`` ends, at ``end``'s own precision."""
    out = {**period, "end": end.get("end")}
    out.pop("end_granularity", None)
    if end.get("granularity") and end.get("granularity") != period.get("granularity"):
        out["end_granularity"] = end["granularity"]
    return out


def _after_period(feedback: Any, period: dict[str, Any] | None) -> Any:
    """A feedback date written without its year comes after the inspection: one
    that would fall before the period's end (…至12月15日。1月18日，巡察组反馈) is in
    the next year."""
    if not feedback or not feedback.get("year_inferred") or not period:
        return feedback
    ended = period.get("end") or period.get("start")
    start = feedback.get("start")
    if not ended or not start or start[:7] >= ended[:7]:
        return feedback
    # the period's year, or the next one where the date would fall before the period's end
    # (a year told in between, 重点检查2022年…, dated the guess too early)
    year = ended[:4] if ended[:4] + start[4:7] >= ended[:7] else str(int(ended[:4]) + 1)
    return {
        **feedback,
        **{k: year + v[4:] for k in ("start", "end") if isinstance(v := feedback.get(k), str)},
    }
