"""ORG by organ suffix, extended left over place names and parent organs.

An organisation name in a notice is nearly always built as

    [中共] [place …] [parent organ] [function words] organ-suffix
    (无锡市委第五巡察组, 锡山经济技术开发区党工委, 区生态环境局, 江南大学设计学院)

so the rules find the suffix (党工委, 区委, 局, 办, 中心, 领导小组, 公司, 大学 …)
and walk left to the farthest *anchor* reachable over plain name characters:
a place from the administrative-division gazetteer, a level word 省/市/区/县,
a zone (经开区), a town (碧溪街道), a lead word (中共, 国家) or an organisation
found just before (区委, 江南大学).  An anchor counts only where a word
begins: after punctuation, a preposition or a verb (根据, 落实 …), or right
after another anchor, so ``无锡山水城`` is not cut at ``锡山``.  Without an
anchor, only the short forms that name one body on their own (党工委, 省委,
管委会 …) and function names that begin at such a boundary (、住建局,
会同组人劳局, 鼓励江南大学) are kept.  Generic references (各部门, 上级党委,
纪检监察机关), facilities (党群服务中心) and words that merely end like an
organ (格局, 干部, 举办, 学科) are filtered out.

An institution's own notice (its party organ, 中共江北师范大学委员会 or
市第一人民医院党委, named in the opening) also names its units alone: 研究生院,
图书馆, 附属医院, 执行局, and function names before 中心/委员会/分校 that are
generic or facilities elsewhere (心理健康教育中心, 学术委员会). There each
points at one body, as the guideline's short forms do, so each is ORG, except
where a building is meant (新建图书馆). One 与 may join two fields of a name
(化学与材料科学学院, 国际合作与交流处), never two names (教务处与科研处).

The word lists (suffixes, guards, zones, left words, generic words, trade-name
industries …) are data files in ``extractor/data`` (``org_*``, ``company_*``,
``university_*``), read through :mod:`extractor.lexicon`.

The rules are split by job, each in a module of its own: the shared word lists
(:mod:`.org_words`), whose notice it is (:mod:`.org_notices`), the left walk
(:mod:`.org_scan`), the filters of generic and non-organ words
(:mod:`.org_filters`), and the finders of names the walk cannot reach, for
institutions (:mod:`.org_institutions`), companies (:mod:`.org_companies`),
ministries' divisions (:mod:`.org_divisions`) and party bodies written whole
(:mod:`.org_party_bodies`). This module runs them in order (:class:`OrgFinder`),
adds the later mentions of names found once, and checks names another
recogniser proposes (:func:`name_checker`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extractor.inspection_teams import TEAM_KIND_WORDS, TEAM_NAME
from extractor.recognizers.rules.numbers import book_title_regions
from extractor.recognizers.rules.org_companies import (
    _bureaus_that_are_companies,
    _company_short_forms,
    _counterparties,
    _line_projects,
    _listed_companies,
    _numbered_regiments,
    _numbered_units,
    _ordinal_units,
    _professional_firms,
    _short_names_of_owned_units,
    _subsidiaries_with_trade_names,
    _trade_names,
    _well_known,
    _works_projects,
)
from extractor.recognizers.rules.org_divisions import (
    _division_then_zai,
    _ministry_divisions,
    _ministrys_own_divisions,
)
from extractor.recognizers.rules.org_filters import (
    _GENERIC_BEFORE,
    GENERIC_NAMES,
    _acceptable,
    enclosing,
)
from extractor.recognizers.rules.org_institutions import (
    _departments_of_study,
    _hospital_departments,
    _institution_units,
    _listed_universities,
    _named_key_labs,
    _newspapers,
    _numbered_schools,
    _township_units,
    _university_short_forms,
)
from extractor.recognizers.rules.org_party_bodies import (
    _LEAGUE,
    _SPECIAL,
    _STATIONED,
    DEMOCRATIC_PARTY,
    _team_owner_start,
)
from extractor.recognizers.rules.org_scan import OrgCandidate, _Scan
from extractor.recognizers.rules.org_strings import guarded, has_left_word, is_cjk
from extractor.recognizers.rules.org_words import (
    _CORE_LENS,
    _GROUPS,
    _GUARDS,
    _OWNERS,
    _STANDALONE_SET,
    _SUFFIX_RE,
    _SUFFIX_WORDS,
    ANCHORED,
    BARE_OK,
    NOT_BEFORE_MINISTRY_DEPARTMENT,
    STANDALONE,
    ZONES,
    _alternation,
)
from extractor.text import ALIAS_NOTE

#: The names other modules and the tests read here (the suffix lists are also
#: re-exported, so ``orgs.STANDALONE`` stays what the data files say).
__all__ = [
    "ANCHORED",
    "BARE_OK",
    "STANDALONE",
    "ZONES",
    "OrgCandidate",
    "OrgFinder",
    "acceptable_name",
    "name_checker",
]

#: How a team's name begins when the committee or party group that sends it is
#: written before it as a name of its own (集团党委|第二巡察组, 湖寮镇党委|联合巡察组).
_OWNED_TEAM_STARTS = ("第", *TEAM_KIND_WORDS)

#: The task a leading group or task force is named by, when it opens the name
#: (成立落实市委巡察反馈意见整改工作领导小组): the committee after it sent the
#: inspection and owns no group, so the group has no written owner (DECISIONS,
#: leading groups) and only the committee is a name.
_TASK_LEADS = ("落实",)
_SET_UP_TASK = re.compile(r"(?:成立|组建|设立)了?(?:专门的)?(?:" + "|".join(_TASK_LEADS) + ")$")

#: Verbs right after a name that begin like a guard word (…局分别, …局面向全县,
#: 教师发展中心组织…, not 中心组):
#: the suffix still ends the name.
_VERBS_AFTER_NAMES = (
    "分别",
    "面向",
    "共同",
    "组织",
    "委托",
    "派员",
    "派出",
    "派驻",
    "制定",
    "制订",
    "会同",
)


class OrgFinder:
    """Find ORG spans in a compact (whitespace-free) text."""

    def __call__(
        self, text: str, quotes: list[tuple[int, int]] | None = None
    ) -> list[OrgCandidate]:
        scan = _Scan(text)
        known, known_anchors = _well_known(scan)
        found: list[OrgCandidate] = _trade_names(scan) + known
        listed = _listed_universities(scan)
        short_forms = _university_short_forms(scan, listed)
        found += listed + short_forms + _institution_units(scan, quotes or [])
        found += _hospital_departments(scan) + _numbered_schools(scan) + _township_units(scan)
        found += _newspapers(scan) + _named_key_labs(scan)
        found += _departments_of_study(scan)
        anchors = found + known_anchors + _numbered_regiments(scan)
        for cand in anchors:  # 经开控股党委, 华为技术有限公司, 复旦附属…, 一四三团党委
            scan.org_start_by_end[cand.end] = cand.start
        for match in _LEAGUE.finditer(text):  # [团市委办公室], [团市委党组]: the League's
            scan.org_start_by_end[match.end()] = match.start()
        last_end_at: dict[int, int] = {}
        for match in _SUFFIX_RE.finditer(text):
            suffix = match.group(1)
            suffix_start = match.start()
            end = suffix_start + len(suffix)
            if (
                suffix.endswith("组")
                and text.startswith("织", end)
                and suffix[:-1] in _SUFFIX_WORDS
                and not text.endswith("学习", 0, suffix_start)  # 理论学习中心组|织…
            ):
                suffix, end = suffix[:-1], end - 1  # 教师发展中心|组织…: not 中心组
            if suffix == "司" and text[suffix_start - 1 : suffix_start] in (
                NOT_BEFORE_MINISTRY_DEPARTMENT
            ):
                continue  # 公司, 上司: no ministry's department
            guard = _GUARDS.get(suffix)
            if (
                guard
                and re.match(guard, text[end : end + 4])
                and not text.startswith(_VERBS_AFTER_NAMES, end)
                and not _division_then_zai(scan, suffix, suffix_start, end)
                # 金台区总工会|经费: the named union's own funds
                and not (suffix == "工会" and text.endswith("总", 0, suffix_start))
            ):
                continue
            if suffix_start in last_end_at and last_end_at[suffix_start] >= end:
                continue
            if len(suffix) == 1 and any(
                text[end - n : end] in _STANDALONE_SET for n in _CORE_LENS if 1 < n <= end
            ):
                continue  # 党工委 / 市委 are found as a whole
            if len(suffix) == 1 and _ends_inside_a_standalone(text, end):
                continue  # 合作区管委|会: the name runs on to 管委会
            start = scan.start_for(suffix_start, suffix)
            if start is not None:
                start = _without_lead(text, start, end, scan.notice_owners)
            if start is None or not _acceptable(scan, start, end, quotes or []):
                continue
            if suffix in _GROUPS and _named_by_task(text, start):
                continue  # 成立落实市委巡察…领导小组: named by its task, no owner written
            if suffix in _PLANTS and not _plant_named(scan, text[start:suffix_start]):
                continue  # 城镇污水处理厂, 集中式水厂: a kind of plant, not one named
            found.append(OrgCandidate(start, end))
            previous = scan.org_start_by_end.get(end)
            scan.org_start_by_end[end] = start if previous is None else min(previous, start)
            scan.forget(end)
        for pattern in (_SPECIAL, TEAM_NAME, _STATIONED, _LEAGUE, DEMOCRATIC_PARTY):
            for match in pattern.finditer(text):
                start = match.start()
                if pattern is TEAM_NAME and text.startswith(_OWNED_TEAM_STARTS, start):
                    start = _team_owner_start(scan, start)
                elif (
                    pattern in (_SPECIAL, TEAM_NAME)
                    and (place := scan.level_place_start(start)) is not None
                ):
                    # 浙江省纪委省监委, 苍溪县委第2巡察组: the place before the level word
                    start = place
                elif pattern is _STATIONED and text.endswith(("各", "相关", "有关"), 0, start):
                    continue  # 县纪委监委相关派驻纪检监察组: the ones concerned, none named
                found.append(OrgCandidate(start, match.end()))
        found += _listed_companies(scan)
        found += _ministry_divisions(scan, found) + _ministrys_own_divisions(scan)
        found += _bureaus_that_are_companies(scan, found)
        found += _subsidiaries_with_trade_names(scan, found)
        found += _short_names_of_owned_units(scan)
        found += _numbered_units(scan) + _line_projects(scan) + _works_projects(scan)
        found += _counterparties(scan) + _professional_firms(scan) + _ordinal_units(scan)
        found += _sent_teams(scan, found)
        found += _standing_committees(text, found)
        found += _aliases(text, found)
        found += _company_short_forms(scan, found)
        return found + self._repeated(scan, found)

    def _repeated(self, scan: _Scan, found: list[OrgCandidate]) -> list[OrgCandidate]:
        """Other mentions of a name found once: a company the text introduces
        in a list (卓和药业、…等企业) is the same company when it recurs alone
        (卓和药业2021年…). Short forms and generic words are not propagated."""
        text = scan.text
        names = {
            text[c.start : c.end]
            for c in found
            if c.end - c.start >= 3 and is_cjk(text[c.start]) and is_cjk(text[c.end - 1])
        }
        defined = {match.group(1) for match in _ALIAS.finditer(text)}  # (以下简称监测站)
        names = {
            n
            for n in names
            if (n not in _SUFFIX_WORDS or n in defined)
            and not GENERIC_NAMES.match(n)
            and "\n" not in n
            and n[0] not in "一二三四五六七八九十"  # 一公司 is found by number (not 一公司一策)
        }
        if not names:
            return []
        known = {(c.start, c.end) for c in found}
        pattern = re.compile("|".join(sorted(map(re.escape, names), key=len, reverse=True)))
        out: list[OrgCandidate] = []
        for match in pattern.finditer(text):
            start, end = match.start(), match.end()
            if (start, end) in known:
                continue
            before = text[max(0, start - 2) : start]
            if any(before.endswith(g) for g in _GENERIC_BEFORE):
                continue
            if guarded(text, end):
                continue  # 组织部 found once, 组织部门 / 组织部署 are other words
            if scan.is_boundary(start) or text[start - 1 : start] == "、":
                out.append(OrgCandidate(start, end))
        return out


#: A utility's plants: ORG when named (城北水厂, 县自来水厂, 开发区污水处理厂, 府城水厂), not
#: when a kind of plant is meant (城镇污水处理厂, 生活污水处理厂, 集中式水厂).
_PLANTS = frozenset({"水厂", "自来水厂", "污水处理厂"})
_PLANT_KINDS = ("城镇", "乡镇", "生活", "集中", "农村", "城市", "工业", "园区", "一体化")


def _plant_named(scan: _Scan, head: str) -> bool:
    """Whether ``head`` (the words before a plant's suffix) names one plant."""
    return bool(head) and not head.startswith(_PLANT_KINDS)


def _ends_inside_a_standalone(text: str, end: int) -> bool:
    """A one-character suffix at ``end`` inside a standalone organ word that runs
    past it (管委 of 管委会): the word, not the character, ends the name."""
    return any(
        text[end - k : end - k + n] in _STANDALONE_SET
        for n in _CORE_LENS
        for k in range(1, n)
        if k <= end and end - k + n > end
    )


def _named_by_task(text: str, start: int) -> bool:
    """Whether a task (落实, :data:`_TASK_LEADS`) opens the name of a group being set
    up before ``start`` (成立落实…, a leading term ordinal between: 成立落实六届市委…);
    after other verbs 落实 is the sentence's (认真落实县委…领导小组的部署)."""
    term = _TERM_LEAD_BEFORE.search(text, max(0, start - 6), start)
    end = term.start() if term else start
    return _SET_UP_TASK.search(text, max(0, end - 10), end) is not None


#: What leads a name but is not part of it: a self-reference before an owner
#: (我局党组 → [局党组]) and a leading term ordinal (新一届中国足协, 十四届市委).
_SELF_LEAD = re.compile(r"[我本](?=" + _alternation(sorted(_OWNERS)) + ")")
_TERM_LEAD = re.compile(
    # 区第八届区委审计委员会: a level word before the term goes with it when the
    # committee after it repeats the level ([省十三届人大常委会] keeps its term)
    r"(?:[省市区县州](?=第?[一二三四五六七八九十\d]+届[省市区县州]委))?"
    r"(?:新一|上一|本|第?[一二三四五六七八九十\d]+)届"
)
#: 财政部门（含自然资源局）: what a bracket includes begins after 含.
_INCLUDED_LEAD = re.compile(r"(?<=[（(])(?:含(?!山)|包括)")  # 含山县 is a county

_TERM_LEAD_BEFORE = re.compile(_TERM_LEAD.pattern + "$")


#: A short name a notice defines right after a name: （以下简称“交控集团”）.
_ALIAS = re.compile(ALIAS_NOTE)


#: 常务委员会 after a congress's name, a line break between them in a report's session
#: line (北京市第十五届人民代表大会⏎常务委员会第三十六次会议)
_STANDING_COMMITTEE = re.compile(r"\n?常务委员会")


#: A team or command a body sends to support or help another place, or stations in a
#: village (江苏省对口支援新疆克州前方指挥部, 甘肃省交通运输厅驻新添镇古城村帮扶工作队):
#: the sending body's name, the sending verb and the place belong to the team's name.
_SENT_TEAM_END = re.compile(r"(?:前方指挥部|指挥部|工作组|工作队|联络组|小组)$")
_SENDING = re.compile(r"(?:对口(?:支援|帮扶|协作)|驻)$")


def _sent_teams(scan: _Scan, found: list[OrgCandidate]) -> list[OrgCandidate]:
    """Teams named with the body that sends them: see ``_SENT_TEAM_END``."""
    text = scan.text
    out: list[OrgCandidate] = []
    for cand in found:
        if not _SENT_TEAM_END.search(text, cand.start, cand.end):
            continue
        verb = _SENDING.search(text, max(0, cand.start - 4), cand.start)
        if verb is None:
            continue
        owner = scan.org_start_by_end.get(verb.start())
        if owner is None:
            owner = scan.anchor_start(verb.start())
        if owner is not None and verb.start() - owner >= 2:
            out.append(OrgCandidate(owner, cand.end))
    return out


def _standing_committees(text: str, found: list[OrgCandidate]) -> list[OrgCandidate]:
    """A people's congress found by its name, its standing committee written after it
    (…第十五届人民代表大会常务委员会): the committee is the body, one name."""
    out: list[OrgCandidate] = []
    for cand in found:
        if not text.endswith("人民代表大会", cand.start, cand.end):
            continue
        committee = _STANDING_COMMITTEE.match(text, cand.end)
        if committee is not None:
            out.append(OrgCandidate(cand.start, committee.end()))
    return out


def _aliases(text: str, found: list[OrgCandidate]) -> list[OrgCandidate]:
    """The short name a notice gives a body it has just named names that body:
    [青海省交通控股集团有限公司]（以下简称“[交控集团]”）; its later mentions are
    found as repeats of it. An owner word alone (以下简称“集团”) is a
    self-reference, not a name; a suffix word the text defines as the body's
    short name ([宝鸡市生态环境监测站]（以下简称[监测站]）) is one."""
    ends = {c.end for c in found}
    out: list[OrgCandidate] = []
    for match in _ALIAS.finditer(text):
        alias = match.group(1)
        if match.start() not in ends or alias in _OWNERS or GENERIC_NAMES.match(alias):
            continue  # (以下简称“中心”): a generic word, no name
        out.append(OrgCandidate(match.start(1), match.end(1)))
    return out


def _without_lead(text: str, start: int, end: int, owners: frozenset[str] = frozenset()) -> int:
    """``start`` moved past a self-reference or a leading term ordinal; ``owners`` are
    the short forms the notice's own body lends (我村党支部 in a village's notice)."""
    for pattern in (_SELF_LEAD, _TERM_LEAD, _INCLUDED_LEAD):
        lead = pattern.match(text, start, end)
        if lead and end - lead.end() >= 2:
            start = lead.end()
    if text[start : start + 1] in ("我", "本") and text.startswith(tuple(owners), start + 1):
        start += 1
    if text.startswith("党组织中共", start):
        start += 3  # 被巡视党组织|中共湘中理工学院委员会: the lead words name no body
    own_place = _OWN_PLACE_LEAD.match(text, start, end)
    if own_place and end - own_place.end() >= 4:
        start = own_place.end()  # 我乡|大同村党支部: the self-reference is no part of the name
    return start


#: A self-reference to the notice's own place before a body in it (我乡大同村党支部,
#: 本镇和平社区党委): the body's name starts after it.
_OWN_PLACE_LEAD = re.compile(r"[我本][乡镇县区市街](?=[\u4e00-\u9fff]{2,}?(?:村|社区))")


#: Organ and institution suffixes a name may end in (longest first).
_NAME_SUFFIXES: tuple[str, ...] = tuple(sorted(_SUFFIX_WORDS, key=len, reverse=True))


def name_checker(text: str) -> Callable[[int, int], bool]:
    """Whether ``text[start:end]`` has the form the ORG rules give a name: one
    word of Chinese characters that starts where a word may start, ends in an
    organ or institution suffix that is not the start of a longer word, and is
    no generic or non-organ word. Used to check names another recogniser (the
    model) proposes where the rules found none; the text is scanned once."""
    scan = _Scan(text)
    titles = book_title_regions(text)

    def acceptable(start: int, end: int) -> bool:
        name = text[start:end]
        if len(name) < 3 or not all(is_cjk(c) for c in name):
            return False
        if enclosing(titles, start, end) is not None:
            return False  # inside 《…》 nothing is annotated (《白鹭城投集团…办法》)
        if text[start - 1 : start] in ("与", "和", "）", ")"):
            # 审计与|风险委员会, 家庭和|儿童工作部, 汾能（右玉）|风电开发有限公司: the
            # second part of one name the rules could not read whole
            return False
        if not name.endswith(_NAME_SUFFIXES) or name in _SUFFIX_WORDS:
            return False  # no organ ending, or a bare short form (常委会) the rules placed
        if not (scan.is_boundary(start) or text[start - 1 : start] == "、"):
            return False
        if guarded(text, end) or has_left_word(name):
            return False
        return _acceptable(scan, start, end, [])

    return acceptable


def acceptable_name(text: str, start: int, end: int) -> bool:
    """:func:`name_checker` for one span."""
    return name_checker(text)(start, end)
