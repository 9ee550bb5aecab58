"""The left walk from an organ suffix: :class:`_Scan`, the state of one text
(word boundaries, anchors, places, towns and zones, valid middles, and where a
name without an anchor starts), the small tests of a string it is built on, and
:class:`OrgCandidate`, the span every ORG finder returns.

It is apart from the vocabulary (:mod:`.org_words`) so that the words can be
read and changed without the algorithm, and from the finders
(:mod:`.org_institutions`, :mod:`.org_companies` …), which all share one scan
of the text and the organisations it has found so far.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.places import MAX_PLACE_LEN
from extractor.recognizers.rules.org_notices import (
    _DEPARTMENT_NOTICE,
    _HOSPITAL_NOTICE,
    _INSTITUTION_AUDITED,
    _INSTITUTION_NOTICE,
    _INSTITUTION_SELF,
    _NOTICE_OWNER_KIND,
    _NOTICE_OWNERS,
    _OPENING,
    _TOWNSHIP_NOTICE,
)
from extractor.recognizers.rules.org_words import (
    _ADVERBS,
    _ANCHOR_LEVEL_CHARS,
    _AND_JOINED,
    _BOUNDARY_VERBS,
    _BRACKETED_PART,
    _CLAUSE_OPENERS,
    _COMPANIES,
    _COMPOUND_DIVISION,
    _CORE_LENS,
    _COUNT_AFTER,
    _COURT_DIVISION,
    _DEPARTMENT_SUFFIXES,
    _DIVISION_NAME,
    _DIVISION_WORD,
    _DIVISION_WORDS,
    _FACILITY_WORDS,
    _GENERIC_START,
    _GOVERNING_VERBS,
    _GROUP_BREAKERS,
    _GROUPS,
    _GUARDS,
    _INDUSTRIES,
    _INSTITUTION_BARE,
    _JOIN_PARTIES,
    _JOINED,
    _LEADS,
    _LEFT_WORD_LENS,
    _LEFT_WORD_SET,
    _LEVEL_CHARS,
    _LEVEL_COMMITTEES,
    _MAX_BARE,
    _MAX_COMPANY,
    _MAX_GROUP_MIDDLE,
    _MAX_MIDDLE,
    _NAME_WORD_LENS,
    _NAME_WORDS,
    _NOT_DIVISION_NAMES,
    _ORDINAL_BEFORE,
    _ORGAN_ENDS,
    _ORGANS,
    _OWNED_ORGANS,
    _OWNER_LENS,
    _OWNERS,
    _PLACE_IN_BRACKETS,
    _PLACE_LAST_CHARS,
    _PLACES,
    _POST_TITLES,
    _RESEARCH_UNITS,
    _ROUTE_AFTER,
    _SECTOR_WORDS,
    _SELF,
    _STANDALONE_SET,
    _STOP,
    _STOP_WORDS_IN_NAMES,
    _SUFFIX_WORDS,
    _TOWN_NAME_STOPS,
    _TOWN_ORGANS,
    _TOWN_WORDS,
    _TOWNSHIP_BARE,
    _VERBS_NOT_NAMES,
    _VILLAGE_PREFIX,
    _WHOLE_NAME_ENDS,
    _WORD_BEFORE_COMMITTEE,
    _WORDS_AFTER_JING,
    _ZONE_LENS,
    _ZONE_SET,
    BARE_OK,
    DEPARTMENT_FUNCTION,
)

#: The ad-hoc task forces and rectification offices (区巡视整改工作专班, 市局党委巡察整改办):
#: groups by their owner, but with a short name that holds no verb.
_TASK_FORCES = frozenset({"专班", "整改办"})
#: The task a task force's name opens with (落实巡察, 巡视, 巡察反馈问题).
_TASK_FORCE_TASK = re.compile(r"^(?:落实)?(?:巡视|巡察)(?:反馈)?(?:问题|意见)?")


def _inside_bracketed_part(text: str, q: int, limit: int) -> bool:
    """``q`` falls within a bracketed part that ends before ``limit``."""
    for match in _BRACKETED_PART.finditer(text, max(0, q - 3), limit):
        if match.start() <= q < match.end():
            return True
    return False


def _starts_with(name: str, words: frozenset[str], shortest: int = 1) -> bool:
    return any(name[:n] in words for n in range(shortest, min(len(name), 5) + 1))


def _owned_here(suffix: str, middle: str, owned: bool, group: bool) -> bool:
    """An owner's short form may anchor the name here: right before an owned organ
    ([局党组], [局机关纪委], [局巡察整改工作领导小组]) or before a department named by
    its function ([集团审计部], [公司财务部])."""
    if middle.startswith("长") and len(middle) > 1:
        return False  # 局长担任…领导小组: 局长 is a post, not the owner 局 (but [院长办公室])
    if group or (owned and middle in ("", "机关")):
        return True
    return suffix in _DEPARTMENT_SUFFIXES and bool(_DIVISION_WORDS.fullmatch(middle))


def _has_left_word(name: str) -> bool:
    return any(
        name[i : i + n] in _LEFT_WORD_SET
        for n in _LEFT_WORD_LENS
        if n > 1
        for i in range(len(name) - n + 1)
    )


def _inside_name_word(middle: str, start: int, end: int) -> bool:
    """``middle[start:end]`` lies inside a longer name word (推广 in
    农业技术推广中心's 技术推广): the verb is part of a function's name there."""
    for n in _NAME_WORD_LENS:
        if n <= end - start:
            break
        for first in range(max(0, end - n), min(start, len(middle) - n) + 1):
            if middle[first : first + n] in _NAME_WORDS:
                return True
    return False


def _is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or char == "〇"


def _guarded(text: str, end: int) -> bool:
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


def _field(first: str) -> bool:
    """The text before a 与 inside a name may be a field of it (化学 of
    化学与材料科学学院): it does not end like a name of its own (学院与…,
    党委与…, 教务处与…). Shorter than two characters it is still growing."""
    return len(first) < 2 or not any(first.endswith(w) for w in _SUFFIX_WORDS)


@dataclass(frozen=True)
class OrgCandidate:
    """An ORG span found by a finder: offsets into the compact text."""

    start: int
    end: int


class _Scan:
    """The left-walking state for one text: the organisations found so far
    (their ends anchor later names: 江南大学 → 江南大学设计学院)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.org_start_by_end: dict[int, int] = {}
        self.use_towns = True
        self._anchors: dict[int, int | None] = {}
        #: the text is an institution's own notice (its units alone are ORG)
        self.institution = (
            _INSTITUTION_NOTICE.search(text, 0, _OPENING) is not None
            or _INSTITUTION_AUDITED.search(text, 0, _OPENING) is not None
            or _INSTITUTION_SELF.search(text, 0, _OPENING) is not None
        )
        #: a government department's own notice (局党组, 厅党组, 委党组 in the opening):
        #: its divisions named alone (纳税服务处, 房地产市场监管科) are its units
        self.department = _DEPARTMENT_NOTICE.search(text, 0, _OPENING) is not None
        #: owner short forms this notice's own kind of body lends (台 of 电视台)
        self.notice_owners = frozenset(
            _NOTICE_OWNERS[found.group(1)]
            for found in _NOTICE_OWNER_KIND.finditer(text, 0, _OPENING)
        )
        #: a township's or street's own notice: its offices named alone are its units
        self.township = _TOWNSHIP_NOTICE.search(text, 0, _OPENING) is not None
        #: …and that institution is a hospital (its departments alone are ORG)
        self.hospital = _HOSPITAL_NOTICE.search(text, 0, _OPENING) is not None

    def forget(self, end: int) -> None:
        """A new organisation ends at ``end``: anchors computed there are stale."""
        self._anchors.pop(end, None)

    # --- word boundaries ------------------------------------------------------
    def left_word_ends_at(self, pos: int) -> bool:
        text = self.text
        return any(pos - n >= 0 and text[pos - n : pos] in _LEFT_WORD_SET for n in _LEFT_WORD_LENS)

    def is_boundary(self, pos: int) -> bool:
        """A word may start at ``pos``: text start, punctuation, a stop
        character or a left word before it."""
        if pos <= 0:
            return True
        before = self.text[pos - 1]
        if before in "年月日" and pos >= 2 and self.text[pos - 2].isdigit():
            return True  # 2017年[苏州市委]
        if self.left_word_ends_at(pos):
            return True
        if before == "同" and self.text.startswith(("全国", "中央", "国家"), pos):
            return True  # 同|全国妇联座谈: 同 "with" before a national body
        if before in "届次" and pos >= 2 and self.text[pos - 2] in "一二三四五六七八九十0123456789":
            # 十四届|宜兴市委: a term of office ends, the name starts; 召开6次|局党组会议:
            # a count of meetings ends
            return True
        if (
            before == "经"
            and self.text[pos] not in _WORDS_AFTER_JING
            and (pos < 2 or self.text[pos - 2] in _CLAUSE_OPENERS or self.text[pos] in _LEVEL_CHARS)
        ):
            # ，经院党委研究 / 须经校党委会议 / 收费标准经县发改委审核: 经 "by", before an
            # organ (no name starts 经县, 经市: 经开区, 经信局 go on with no level word)
            return True
        if before in _STOP:
            # 积极对接航天科技: 对 opens the verb 对接, so no name starts at 接; 就|业 is
            # inside the name word 就业 (市就业服务中心)
            if self.text[pos - 1 : pos + 1] in _STOP_WORDS_IN_NAMES:
                return False
            return not self.inside_left_word(pos)
        return not _is_cjk(before)

    def inside_left_word(self, pos: int) -> bool:
        """A left word of two characters or more runs across ``pos``
        (对|接, 按|照, 及|时): a stop character that opens a verb is no
        boundary for the character after it."""
        text = self.text
        return any(
            text[first : first + n] in _LEFT_WORD_SET
            for n in _LEFT_WORD_LENS
            if n > 1
            for first in range(max(0, pos - n + 1), pos)
        )

    def name_word_across(self, pos: int) -> bool:
        """A name word (org_name_words.txt) runs across ``pos`` (技术|推广): a
        left word after ``pos`` is the tail of a function's name, not prose."""
        text = self.text
        return any(
            text[first : first + n] in _NAME_WORDS
            for n in _NAME_WORD_LENS
            for first in range(max(0, pos - n + 1), pos)
        )

    def owner_at(self, end: int) -> int | None:
        """Start of an owner short form (局, 校, 集团 …) that ends at ``end``
        and begins a word or follows a self-reference (我局 → 局)."""
        text = self.text
        for n in _OWNER_LENS:
            start = end - n
            if start >= 0 and (text[start:end] in _OWNERS or text[start:end] in self.notice_owners):
                if start > 0 and text[start - 1 : end] in _SUFFIX_WORDS:
                    continue  # 东部分校党总支: 校 ends the name 分校, it is no owner
                if text[start - 1 : start] in _SELF or self.is_boundary(start):
                    return start
        return None

    def organ_ends_at(self, pos: int) -> bool:
        """An organ name ends at ``pos`` (found already, or a short form)."""
        return pos in self.org_start_by_end or any(
            pos - n >= 0 and self.text[pos - n : pos] in _STANDALONE_SET for n in _CORE_LENS
        )

    def verb_between_organs(self, q: int, middle: str, suffix: str) -> bool:
        """An organ ends at ``q`` and the middle after it opens with a verb or a
        conjunction: the word joins two names (市委|指导|区委, 局党组|责成|耕地保护监督科,
        水利部|和|水利部长江水利委员会), it is not inside one.
        A group's name may hold a verb after its owner (区委推进…工作领导小组,
        省委巡视组巡视滨湖区反馈意见整改落实工作领导小组), and a word that also
        names a function may go on a name (集团党委组织部, 化学工程联合国家重点实验室),
        so there only a verb followed by a level word or a place parts it
        (街道党工委|联合|区城管执法局)."""
        if not middle or not self.organ_ends_at(q):
            return False
        if middle[0] in "和及":
            return True
        if middle[0] == "受" and not middle.startswith("受理"):
            return True  # 审计局|受|市政府委托: the organ acts for another
        if middle[0] in _ADVERBS and not middle.startswith("共青"):
            return True  # 局党组|共认领…: an adverb opens the predicate
        if middle.startswith(_POST_TITLES) and len(middle) > 3:
            return True  # 巡察组|组长李某某代表|巡察组: a post and a person, not a name
        word = middle[:2]
        if word not in _BOUNDARY_VERBS and word not in _LEFT_WORD_SET:
            return False
        if suffix in _GROUPS:  # 省委巡视组|巡视|滨湖区…领导小组 is one name
            if word not in _BOUNDARY_VERBS:
                return False
            if middle == word:
                return True  # 领导小组|下设|办公室: the verb governs the bare group word
            if any(middle.startswith(organ, 2) for organ in _STANDALONE_SET if len(organ) > 1):
                return True  # 审计部|联合|纪委办公室: the verb's object is another organ's office
        elif word not in _NAME_WORDS or word in _VERBS_NOT_NAMES:
            return True  # …but 市委|审计委员会, 集团党委|组织部 are one name
        elif middle[2:] and _DIVISION_WORD.fullmatch(middle[2:]):
            return True  # 分公司党委|组织|合规风控部: a function's name follows the verb
        elif (
            (word in _BOUNDARY_VERBS or word in _LEFT_WORD_SET)
            and len(middle) >= 4
            and middle[2] not in _ORGAN_ENDS
            and self.text[q - 1] in _ORGAN_ENDS
        ):
            # 顺德分局|指导|大沥市场监管所: after an organ the verb's object is a second
            # name (but 江淮工业大学计算机科学与技术学院: a school goes on with a field)
            return True
        rest = middle[2:] or suffix
        if rest.startswith("全") and rest[1:2] in _LEVEL_CHARS:
            return True  # 计划财务股|组织|全县学校: the verb's object is every body of a level
        return rest[0] in _LEVEL_CHARS or any(
            rest[:n] in _PLACES for n in range(2, MAX_PLACE_LEN + 1)
        )

    def anchor_may_start(self, pos: int) -> bool:
        """An anchor (a place, a level word) may start at ``pos``: a boundary, or
        right after a common verb (代表|上海市人民政府). Only anchors get the verbs:
        a name without one (继续教育学院) must not be cut at a verb inside it."""
        return self.is_boundary(pos) or self.text[pos - 2 : pos] in _BOUNDARY_VERBS

    def starts_here(self, pos: int, depth: int) -> bool:
        """An anchor may start at ``pos``: a boundary or another anchor before it."""
        return self.anchor_may_start(pos) or self.anchor_start(pos, depth + 1) is not None

    def place_overlaps(self, start: int) -> bool:
        """Another place name covers ``start`` from the left (无锡山水城: 锡山
        overlaps 无锡), so a place starting at ``start`` is a misreading."""
        text = self.text
        for n in range(2, 5):
            for first in range(max(0, start - n + 1), start):
                if text[first : first + n] in _PLACES:
                    return True
        return False

    # --- anchors --------------------------------------------------------------
    def anchor_start(self, end: int, depth: int = 0) -> int | None:
        """Start of the anchor chain that ends at ``end``, or None (memoised:
        the walk from every suffix revisits the same positions)."""
        if depth > 6 or end <= 0:
            return None
        if end in self._anchors:
            return self._anchors[end]
        result = self._anchor_start(end, depth)
        self._anchors[end] = result
        return result

    def _anchor_start(self, end: int, depth: int) -> int | None:
        """Where a name may begin for an anchor ending at ``end`` (its farthest chain)."""
        text = self.text
        starts: list[int] = []
        if end in self.org_start_by_end:
            starts.append(self.org_start_by_end[end])
        elif text[end - 1] == "驻" and end - 1 in self.org_start_by_end:
            starts.append(self.org_start_by_end[end - 1])  # [省纪委监委驻省教育厅纪检监察组]
        elif text.startswith("附属", end - 2):
            parent = self._affiliated_parent(end - 2)
            if parent is not None:
                starts.append(parent)  # [中南大学附属湘雅医院], [华师大附属无锡滨湖学校]
        elif text.startswith(("附中", "附小"), end):
            parent = self._affiliated_parent(end)
            if parent is not None:
                starts.append(parent)  # [扬大附中]党委, [锡师附小], [江北师大附中]
        for n in _CORE_LENS:
            if end - n >= 0 and text[end - n : end] in _STANDALONE_SET:
                starts.append(end - n)
                owner = self.owner_at(end - n) if text[end - n : end] in _OWNED_ORGANS else None
                if owner is not None:
                    starts.append(owner)  # [自治区党委常委会]
                break
        place = self.place_start(end, depth)
        if place is not None:
            starts.append(place)
        for lead in _LEADS:
            if lead.endswith("机关") and not text.startswith(
                ("党委", "纪委", "党工委", "工委"), end
            ):
                continue
            if end - len(lead) >= 0 and text.startswith(lead, end - len(lead)):
                if self.starts_here(end - len(lead), depth):
                    starts.append(end - len(lead))
                elif lead == "直属机关" and (owner := self.owner_at(end - len(lead))) is not None:
                    starts.append(owner)  # [委直属机关党委]: the owner's short form leads
                break
        for n in _ZONE_LENS:
            if end - n >= 0 and text[end - n : end] in _ZONE_SET:
                starts.append(self.zone_start(end - n, depth))
                break
        town = self.town_start(end, depth) if self.use_towns else None
        if town is not None:
            starts.append(town)
        if text[end - 1] in _ANCHOR_LEVEL_CHARS and self.starts_here(end - 1, depth):
            starts.append(end - 1)
        elif (
            text[end - 1] in "乡镇"
            and text.startswith(_TOWN_ORGANS, end)
            and self.starts_here(end - 1, depth)
        ):
            starts.append(end - 1)  # [乡党委], [镇人民政府]
        if not starts:
            return None
        start = min(starts)
        if text[start] in _LEVEL_CHARS and self.organ_ends_at(start):
            return start  # 县委县政府: the level word begins the second name
        # a name never reaches back across a verb (县委|领导|县人民政府)
        further = self.anchor_start(start, depth + 1) if not self.anchor_may_start(start) else None
        if further is None:
            ordinal = _ORDINAL_BEFORE.search(text, max(0, start - 6), start)
            if ordinal:
                further = self.anchor_start(ordinal.start(), depth + 1)
        return further if further is not None and further < start else start

    def place_start(self, end: int, depth: int) -> int | None:
        """Start of the longest gazetteer place ending at ``end``, where a
        name may begin there.

        Not a place: one that begins like a verb inside a word (县财政局会同县审计局:
        会同 is a verb here), nor one that begins with a conjunction right
        after an organ (县委和县政府: 和 joins two names, it is not 和县)."""
        text = self.text
        if end < 2 or text[end - 1] not in _PLACE_LAST_CHARS:
            return None
        for n in range(min(MAX_PLACE_LEN, end), 1, -1):
            start = end - n
            if text[start:end] in _PLACES and self._place_may_start(start, end, depth):
                return start
        return None

    def _place_may_start(self, start: int, end: int, depth: int) -> bool:
        """The place ``start:end`` may begin at ``start``: at a boundary, or
        after another anchor (江苏省无锡市, 中共和县) unless it then reads as a
        word of the prose (县财政局会同县审计局, 县委和县政府); a shorter place
        ending at the same point is tried next (中共和县: not 共和县). A place
        that begins with a verb of the notices (会同县, 配合县) is the verb even at a
        boundary (整改情况：会同县政务服务中心…), unless 中共 names it."""
        text = self.text
        if _starts_with(text[start:end], _LEFT_WORD_SET, 2) and not text.endswith(
            ("中共", "中国共产党"), 0, start
        ):
            return False
        if self.anchor_may_start(start):
            return True
        if text[start] in _STOP and self.organ_ends_at(start):
            return False
        return self.starts_here(start, depth)

    def level_place_start(self, suffix_start: int) -> int | None:
        """Start of a full place name whose level word a level committee
        begins with (中山市委 = 中山市 + 委, 兴安盟委, 那坡县委), with what
        anchors it on the left (中共中山市委).

        The suffix 市委 takes the level word, so the walk from its start
        sees only 中山, which is no place on its own; the gazetteer's full
        name is the evidence that the characters before belong to it."""
        start = self.place_start(suffix_start + 1, 0)
        if start is None or start >= suffix_start:
            return None
        lead = self.text.endswith(("中共", "中国共产党"), 0, start)
        if start == suffix_start - 1 and self.text[start] in _WORD_BEFORE_COMMITTEE and not lead:
            return None  # 应县委要求, 2018年任县委书记: not 应县, 任县 (but 中共新县委员会)
        if self.is_boundary(start):
            return start
        further = self.anchor_start(start, 1)
        return further if further is not None and further < start else start

    def _affiliated_parent(self, at: int) -> int | None:
        """Start of the university before 附属/附中/附小 at ``at``: an organisation
        found there (中南大学) or an abbreviation in 大 or 师 (师范) at a word
        start (华师大, 南师大, 扬大, 锡师) that does not begin with a verb
        (引进锡师附小: the abbreviation is 锡师). An ordinal before 附属
        belongs to the name (江北医科大学第一附属医院). In an institution's own
        notice an affiliate at a word start is its own (第二附属医院,
        附属口腔医院), so it starts there."""
        ordinal = _ORDINAL_BEFORE.search(self.text, max(0, at - 6), at)
        if ordinal is not None:
            at = ordinal.start()
        if at in self.org_start_by_end:
            return self.org_start_by_end[at]
        for n in (3, 4, 2):
            start = at - n
            if start >= 0 and self.text[at - 1] in "大师" and self.is_boundary(start):
                abbreviation = self.text[start:at]
                if all(_is_cjk(c) and c not in _STOP for c in abbreviation) and not (
                    _starts_with(abbreviation, _LEFT_WORD_SET, 2)
                ):
                    return start
        if self.institution and self.is_boundary(at):
            return at
        return None

    def zone_start(self, zone_start: int, depth: int) -> int:
        """A zone keeps the name before it: 锡山经济技术开发区, 太湖山水城旅游度假区.

        The name runs back to the nearest place written at a word boundary,
        or to a boundary, within four characters; failing both, to a place
        name ending right before the zone."""
        text = self.text
        if self.is_boundary(zone_start):
            return zone_start
        for back in range(0, 5):
            pos = zone_start - back
            if pos <= 0 or (back and (not _is_cjk(text[pos]) or text[pos] in _STOP)):
                break
            if back and self.is_boundary(pos):
                return pos
            for n in range(min(MAX_PLACE_LEN, pos), 1, -1):
                if text[pos - n : pos] in _PLACES and self.starts_here(pos - n, depth):
                    anchor = self.anchor_start(pos, depth + 1)
                    return anchor if anchor is not None else pos - n
        for n in range(min(MAX_PLACE_LEN, zone_start), 1, -1):
            if text[zone_start - n : zone_start] in _PLACES:
                return zone_start - n
        return zone_start

    def town_start(self, end: int, depth: int) -> int | None:
        """碧溪街道, 胡埭镇龙延村, 云林春雷社区: a town word with its name (two to
        four characters back to a boundary, else two), or alone at a boundary
        ([街道纪工委])."""
        text = self.text
        for word in _TOWN_WORDS:
            name_end = end - len(word)
            if name_end < 0 or not text.startswith(word, name_end):
                continue
            if (
                word in ("街道", "社区")
                and self.is_boundary(name_end)
                and text.startswith(("纪工委", "党工委", "办事处", "党委", "党总支", "居委会"), end)
            ):
                return name_end  # [街道纪工委], [社区党委]: the town's own organ
            if name_end < 2 or text.startswith(("乡镇", "镇街"), end - 2):
                return None  # 乡镇卫生院, 镇街: the generic pair "townships", not a town
            name = text[name_end - 2 : name_end]
            if name in _TOWN_WORDS:  # 荣巷街道社区: the town is 荣巷街道
                return self.town_start(name_end, depth + 1)
            if not (
                all(_is_cjk(c) and c not in _STOP and c not in _TOWN_NAME_STOPS for c in name)
                and name not in _LEFT_WORD_SET
                and not self.left_word_ends_at(name_end)
            ):
                return None
            start = name_end - 2
            for longer in (3, 4, 5):
                pos = name_end - longer
                if pos < 0 or not _is_cjk(text[pos]) or text[pos] in _STOP:
                    break
                if self.is_boundary(pos):
                    start = pos
                    break
            lead = next(
                (n for n in _LEFT_WORD_LENS if n > 1 and text[start : start + n] in _LEFT_WORD_SET),
                0,
            )
            if lead and name_end - (start + lead) >= 2:
                start += lead  # 会同|红旗镇: the verb before the town's name
            elif lead:
                return None  # 实施乡镇…: a verb, not a town name
            anchor = self.anchor_start(start, depth + 1)
            return anchor if anchor is not None else start
        return None

    # --- middles and bare names ------------------------------------------------
    def valid_middle(
        self,
        middle: str,
        group: bool,
        joins: bool = False,
        words: frozenset[str] = _STOP_WORDS_IN_NAMES,
        company: bool = False,
    ) -> bool:
        """``middle`` may lie inside a name: no punctuation, stop character or
        verb; with ``joins`` (a suffix of org_joined_suffixes.txt) one 与 may
        join two fields (化学与材料科学 of …化学与材料科学学院) unless the part
        before it ends like a name (学院与研究院, 党委与化学: two names); with
        ``company`` a bracketed （集团） or （控股） is part of the name
        (华润（集团）有限公司)."""
        if len(middle) > (_MAX_GROUP_MIDDLE if group else _MAX_MIDDLE):
            return False
        if company:
            middle = _BRACKETED_PART.sub("甲", middle)  # a plain name character in its place
        for i, char in enumerate(middle):
            if not _is_cjk(char):
                return False
            if char == "与" and joins and middle.count("与") == 1 and _field(middle[:i]):
                continue
            if char in _STOP:
                if char == "和" and middle[i + 1 : i + 3] in _AND_JOINED:
                    continue
                if char == "至" and _ROUTE_AFTER.match(middle, i + 1):
                    continue  # 南丹至天峨高速公路有限公司: a route's two ends
                if middle[i - 1 : i + 1] in words or middle[i : i + 2] in words:
                    continue  # 大数据管理局: ``words`` hold a stop character
                return False
        if group:
            return not any(word in middle for word in _GROUP_BREAKERS)
        for act in ("巡察", "巡视"):
            if 0 <= middle.find(act) < len(middle) - 2:
                return False  # 巡察组巡察锡山…党工委: the inspection of another body
        if any(word in middle for word in _WHOLE_NAME_ENDS):
            return False  # …实验室跻身全国重点实验室: a whole name lies inside, a new one begins
        for n in _LEFT_WORD_LENS:
            if n < 2:
                continue
            for i in range(len(middle) - n + 1):
                word = middle[i : i + n]
                if (
                    word in _LEFT_WORD_SET
                    and word not in _NAME_WORDS
                    and not _inside_name_word(middle, i, i + n)
                ):
                    return False
        return True

    def bare_start(self, suffix_start: int, suffix: str) -> int | None:
        """Start of a function name before a suffix, at the nearest boundary.

        The name may not begin with a verb (推进党支部, 规划小学) nor contain
        one (财政局设立审计室)."""
        text = self.text
        if suffix in _COMPANIES:
            bracket = _BRACKETED_PART.search(text, max(0, suffix_start - 4), suffix_start)
            if bracket is not None and bracket.end() == suffix_start:
                return self.bare_start(bracket.start(), suffix)  # 华润（集团）有限公司
            inside = _PLACE_IN_BRACKETS.search(text, max(0, suffix_start - 20), suffix_start)
            if inside is not None and inside.end() == suffix_start:
                # 汾能（右玉）风电开发有限公司: a place in the name's brackets, after the trade
                # name (two to four characters where a word starts)
                for length in (4, 3, 2):
                    start = inside.start(1) - length
                    trade = text[start : inside.start(1)]
                    if (
                        start >= 0
                        and all(_is_cjk(c) and c not in _STOP for c in trade)
                        and self.is_boundary(start)
                        and not _has_left_word(trade)
                        and trade not in _SECTOR_WORDS
                    ):
                        return start
        long_names = suffix in _COMPANIES | _RESEARCH_UNITS or (
            self.institution and suffix in _INSTITUTION_BARE
        )  # 计算机实验教学中心 in a university's notice
        longest = _MAX_COMPANY if long_names else _MAX_BARE
        for length in range(1, longest + 1):
            pos = suffix_start - length
            if pos < 0 or not _is_cjk(text[pos]):
                return None
            if (
                text[pos] in _STOP
                and text[pos : pos + 2] not in _STOP_WORDS_IN_NAMES  # 就业促进科
                and not (
                    text[pos] == "至"
                    and all(_is_cjk(c) and c not in _STOP for c in text[pos - 2 : pos])
                    and _ROUTE_AFTER.match(text, pos + 1)
                )
                and not (text[pos] == "和" and self.valid_middle(text[pos:suffix_start], False))
            ):
                return None
            joined = text[pos - 1 : pos] == "和" and self.valid_middle(
                text[pos - 1 : suffix_start], False
            )
            # a university's name holds no verb, so one ends the walk (提出|江南大学)
            boundary = self.is_boundary(pos) or (suffix == "大学" and self.anchor_may_start(pos))
            if length > _MAX_BARE and text[pos] == "和" and text[pos - 1 : pos] in _ORGAN_ENDS:
                return None  # 水利部和水利部长江水利委员会: two names (文化文史和学习委员会 is one)
            if length >= 2 and boundary and not joined:
                name = text[pos:suffix_start]
                if suffix in _COMPANIES and self.trade_word_ends_at(pos):
                    trade_start = self.bare_start(pos, suffix)
                    if trade_start is not None and trade_start < pos:
                        return trade_start  # 湘农|建设|工程咨询有限公司: 建设 is the name's
                if suffix in _ORGANS and (function := self.function_word_opening_at(pos)):
                    return (
                        function  # ，组织|联络部: the function word opens the clause and the name
                    )
                if self.opens_with_verb(pos, name, suffix):
                    if self.left_word_ends_at(pos) and _starts_with(name, _NAME_WORDS, 2):
                        continue  # 规划|发展部: the boundary is inside a function's name
                    return None
                if name in _SUFFIX_WORDS or name + suffix in _SUFFIX_WORDS:
                    return None  # 集团学校, 研究院: a generic word, not a name
                own_unit = (  # 国际教育学院 (but 共建产业学院4个 counts a kind)
                    self.institution
                    and suffix in _RESEARCH_UNITS
                    and not _COUNT_AFTER.match(text, suffix_start + len(suffix))
                )
                if (
                    suffix not in _ORGANS | _INSTITUTION_BARE | {"处", "股"}
                    and not own_unit
                    and _starts_with(name, _SECTOR_WORDS)
                ):
                    return None  # 优质学校, 中医医院: a kind of institution (信息中心 is a unit)
                if suffix in _COMPANIES:
                    village = _VILLAGE_PREFIX.match(name)
                    if village and village.end() < len(name) - 1:
                        return pos + village.end()  # 溪西村[锦豪精密机械有限责任公司]
                if suffix in _DEPARTMENT_SUFFIXES and _DIVISION_WORDS.fullmatch(name):
                    return pos  # 公司金融部: a division's function, 公司 inside it
                return pos if self.valid_middle(name, False) else None
        return None

    def start_for(self, suffix_start: int, suffix: str) -> int | None:
        """Start of the name ending in ``suffix``: the farthest anchor over a valid middle."""
        group = suffix in _GROUPS
        use_towns = suffix not in _COMPANIES
        if use_towns != self.use_towns:
            self.use_towns = use_towns
            self._anchors.clear()
        limit = _MAX_GROUP_MIDDLE if group else _MAX_MIDDLE
        # 学校巡察组, 集团巡察组: a unit's own inspection team takes its owner's short form
        owned = group or suffix in _OWNED_ORGANS or suffix in ("巡察组", "巡视组")
        joins = suffix in _JOINED
        company = suffix in _COMPANIES
        # 数据中心一期 is a facility (DECISIONS), so 数据 joins no 中心 to its owner
        words = _STOP_WORDS_IN_NAMES if suffix != "中心" else _STOP_WORDS_IN_NAMES - {"数据"}
        level_place = self.level_place_start(suffix_start) if suffix in _LEVEL_COMMITTEES else None
        best: int | None = None
        task_force = suffix in _TASK_FORCES
        for q in range(suffix_start, max(-1, suffix_start - limit - 1), -1):
            middle = self.text[q:suffix_start]
            if task_force and middle and not self.task_force_middle(middle):
                continue  # 局党组|认真研究巡察整改工作|专班: prose, not the force's name
            if middle and not self.valid_middle(middle, group, joins, words, company):
                if self.text[q - 1 : q + 1] in words or self.name_word_across(q):
                    continue  # 数|据资源管理局, 技术|推广中心: the cut falls inside a name word
                if company and _inside_bracketed_part(self.text, q, suffix_start):
                    continue  # 华润|（集团）有限公司: the walk is inside the brackets
                break
            if "与" in middle[:2]:
                continue  # 与材料科学: the field before 与 belongs to the name too
            if middle.startswith("至"):
                continue  # 南丹|至天峨高速公路: the route's first end belongs to the name too
            if self.verb_between_organs(q, middle, suffix):
                break  # 县委|领导|县人民政府: two organs and the verb between them
            if suffix in _LEVEL_COMMITTEES and level_place is None and self.organ_ends_at(q):
                break  # 省委市委, 市委|指导|区委: nothing joins an organ to a level committee
            if middle and middle[0] in _LEVEL_CHARS and q < suffix_start:
                if self.organ_ends_at(q):
                    break  # 县委县政府: the second name begins at the level word
                continue  # 区委区政府: a new name begins at the level word
            anchor = self.anchor_start(q)
            if q == suffix_start and level_place is not None:
                anchor = level_place if anchor is None else min(anchor, level_place)
            if (
                anchor is not None
                and middle
                and suffix in _WHOLE_NAME_ENDS[:3]
                and (self.text.endswith(suffix, 0, q))
            ):
                break  # …实验室跻身全国重点实验室: a second lab, not a lab of the first
            if (
                anchor is not None
                and (self.text[q - 1 : q] == "村" or self.text[q - 2 : q] == "社区")
                and _starts_with(middle, _LEFT_WORD_SET, 2)
            ):
                anchor = None  # 同发村|建设|农资配送服务站: a village's units hold no verb
            if anchor is None and _owned_here(suffix, middle, owned, group):
                anchor = self.owner_at(q)
            if anchor is not None:
                best = anchor
        if best is not None and suffix == "庭" and not self.court_division(best, suffix_start):
            return None  # 江岸华庭: a housing estate after a place, not a court's division
        if best is not None:
            return best
        return self.unanchored_start(suffix_start, suffix)

    def task_force_middle(self, middle: str) -> bool:
        """A task force's or rectification office's name between its owner and 专班/整改办:
        its task (落实巡察, 巡视) then a name's words with no verb (整改工作), unlike a
        leading group's long name, which may hold verbs."""
        rest = _TASK_FORCE_TASK.sub("", middle, count=1)
        return not rest or self.valid_middle(rest, False)

    def court_division(self, start: int, suffix_start: int) -> bool:
        """Whether the words before 庭 name a court's division (立案庭, 民一庭) or the
        court that owns it (区人民法院民事审判庭)."""
        before = self.text[start:suffix_start]
        return "法院" in before or _COURT_DIVISION.search(before) is not None

    def unanchored_start(self, suffix_start: int, suffix: str) -> int | None:
        """Start of a name with no anchor before it: a short form (党工委), a
        known division (教务处, 立案庭), two fields joined by 与
        (国际合作与交流处), or a function name at a word boundary (、住建局);
        in an institution's own notice also a unit that is generic elsewhere
        (心理健康教育中心, 学术委员会), unless a building is meant."""
        if suffix in _STANDALONE_SET:
            return suffix_start
        if suffix in _TOWNSHIP_BARE and self.township:
            start = self.own_division_start(suffix_start)  # 党政综合办公室, 综合行政执法中队
            if start is not None and self.text[start:suffix_start].endswith("小组"):
                return None  # 领导小组办公室: a group's office, no owner written
            return start
        # a department's own centres are its units too (电子税务管理中心, 机关服务中心)
        institution = suffix in _INSTITUTION_BARE and (
            self.institution or (self.department and suffix == "中心")
        )
        start: int | None = None
        if suffix in _JOINED and (suffix in BARE_OK or suffix == "处" or institution):
            start = self.joined_start(suffix_start, suffix)
        if start is None and suffix in ("处", "庭"):
            # 处 ends many words (多处, 到处), 庭 panels and places (合议庭, 家庭):
            # only known divisions of departments and courts stand bare
            if suffix == "处" and (listed := self.listed_division_start(suffix_start)) is not None:
                return listed  # 人事处、规划计划处、水旱灾害防御处
            known = _DIVISION_NAME if suffix == "处" else _COURT_DIVISION
            division = known.search(self.text, max(0, suffix_start - 8), suffix_start)
            if division and self.is_boundary(division.start()):
                return division.start()
            if suffix == "庭":
                return None
            start = self.bare_start(suffix_start, suffix)  # 综合规划处, 河湖管理处
            name = self.text[start:suffix_start] if start is not None else ""
            if start is not None and self.text[start - 1 : start] == "与":
                return None  # …评价与排放管理处: part of a name joined by 与
            if start is not None and _COMPOUND_DIVISION.fullmatch(name):
                return start
            return self.own_division_start(suffix_start)  # 纳税服务处, 征管和科技发展处
        if start is None and suffix == "股":
            # a county bureau's section (人事股, 食品生产安全监督管理股): its name ends
            # in a known function, else 股 is 股份/股东/…
            start = self.bare_start(suffix_start, suffix)
            name = self.text[start:suffix_start] if start is not None else ""
            known = _DIVISION_NAME.search(name) or _COMPOUND_DIVISION.fullmatch(name)
            return start if known else self.own_division_start(suffix_start)  # 合作指导股
        if start is None and suffix == "厅":
            # a department named by its function alone (审计厅出台…); 厅 is otherwise
            # a hall (服务大厅, 营业厅), so only the known functions stand bare
            function = DEPARTMENT_FUNCTION.search(
                self.text, max(0, suffix_start - 12), suffix_start
            )
            if function is not None and self.is_boundary(function.start()):
                return function.start()
        if start is None and (suffix in BARE_OK or institution):
            start = self.bare_start(suffix_start, suffix)
        if start is None and suffix == "科":
            start = self.own_division_start(suffix_start)  # 房地产市场监管科
        if start is not None and institution:
            if self.facility_around(start, suffix_start + len(suffix)):
                return None  # 建成学生活动中心: a building, not the body
        if start is not None and suffix in _DEPARTMENT_SUFFIXES | {"股"}:
            start = self.whole_division_start(start, suffix_start)
        return start

    def whole_division_start(self, start: int, suffix_start: int) -> int:
        """A division found from its nearest word (财务科) reaches back over the
        function words before it (规划财务科, 规划财务和法规科), to a word boundary."""
        text = self.text
        best = start
        for pos in range(start - 1, max(-1, start - 9), -1):
            if not _is_cjk(text[pos]):
                break
            added = text[pos:start]
            if "与" in added or added.split("和")[0] in _JOIN_PARTIES:
                continue  # 干部与|组织部: a party of its own before 与
            if _DIVISION_WORDS.fullmatch(text[pos:suffix_start]) and self.is_boundary(pos):
                best = pos
        return best

    def own_division_start(self, suffix_start: int) -> int | None:
        """A division of the notice's own department or institution named alone
        (纳税服务处, 征管和科技发展处, 社会保险费和非税收入处): the farthest start at
        a word boundary over two to twelve name characters, one 和 joining two
        fields (not two names: 县财政局和纳税服务处)."""
        if not (self.department or self.institution or self.township):
            return None
        text = self.text
        best: int | None = None
        joined = False
        for length in range(1, _MAX_COMPANY + 1):
            pos = suffix_start - length
            if pos < 0 or not _is_cjk(text[pos]):
                break
            char = text[pos]
            if char == "和" and not joined and length >= 3:
                joined = True
                if text[pos - 1 : pos] in _ORGAN_ENDS:
                    break  # 县财政局和纳税服务处: two names
                continue
            if char in _STOP and text[pos : pos + 2] not in _STOP_WORDS_IN_NAMES:
                break
            name = text[pos:suffix_start]
            # read as an organ's function name: 规划计划处 begins with 规划, not a verb
            if length >= 2 and self.is_boundary(pos) and not self.opens_with_verb(pos, name, "科"):
                if name not in _SUFFIX_WORDS and self.valid_middle(name.replace("和", "甲"), False):
                    best = pos
        if best is None or best > suffix_start - 2 or text[best - 1 : best] in ("与", "对"):
            return None  # …评价与排放管理处, 对|外贸易处: part of a longer name
        name = text[best:suffix_start]
        if _GENERIC_START.match(name) or name in _NOT_DIVISION_NAMES:
            return None
        return best

    def listed_division_start(self, suffix_start: int) -> int | None:
        """A division in a list of units (…、规划计划处、…): the whole item after 、,
        when it is a plain name (no verb, no stop character)."""
        text = self.text
        mark = text.rfind("、", max(0, suffix_start - 9), suffix_start)
        if mark < 0:
            return None
        name = text[mark + 1 : suffix_start]
        if len(name) < 2 or any(not _is_cjk(c) or c in _STOP for c in name):
            return None
        if _DIVISION_WORD.match(name):  # 规划计划处: 规划 names a function here
            return mark + 1
        if len(name) < 4 or self.opens_with_verb(mark + 1, name, "处"):
            return None  # 往深处走、往细处落: not a list of units
        return mark + 1

    def joined_start(self, suffix_start: int, suffix: str) -> int | None:
        """Start of a name whose two fields one 与 joins (化学与材料科学学院,
        国际合作与交流处, 薪酬与考核委员会), or None.

        The field after 与 is a plain name of 2–6 characters; the one before
        starts at a word boundary, is no name itself (学院与研究院, 教务处与
        科研处 are two names), no verb (加强与…) and no party of its own
        (企业与商务部对接: 与 means "with"), and before 处 it is a division's
        function (国际合作)."""
        text = self.text
        at = text.rfind("与", max(0, suffix_start - _MAX_BARE - 1), suffix_start - 2)
        second = text[at + 1 : suffix_start]
        if at < 2 or not (self.valid_middle(second, False) or _DIVISION_WORDS.fullmatch(second)):
            return None  # (资产与实验室管理处: a division's function may hold 实验室)
        if suffix == "处":
            # found as a bare division is (对外合作与交流处); in a department's or an
            # institution's own notice any field may lead (资产与实验室管理处)
            division = _DIVISION_NAME.search(text, max(0, at - 8), at)
            if division and self.is_boundary(division.start()):
                return division.start()
            if not (self.department or self.institution):
                return None
        for pos in range(at - 1, max(-1, at - _MAX_BARE - 1), -1):
            if not _is_cjk(text[pos]) or text[pos] in _STOP:
                return None
            if at - pos < 2 or not self.is_boundary(pos):
                continue
            first = text[pos:at]
            if not _field(first) or not self.valid_middle(first, False):
                return None
            if first in _JOIN_PARTIES:
                return None
            if self.opens_with_verb(pos, first, suffix):
                return None
            return pos
        return None

    def function_word_opening_at(self, pos: int) -> int | None:
        """Start of a division's function word (组织, 宣传) that ends at ``pos`` and
        opens a clause (after punctuation or a line's start): there it begins a
        department's name (\n组织联络部指导…), not a verb governing one."""
        text = self.text
        for n in _NAME_WORD_LENS:
            start = pos - n
            word = text[start:pos]
            if start < 0 or word not in _NAME_WORDS or not _DIVISION_WORD.fullmatch(word):
                continue  # a division's function (组织, 宣传), not 推进, 联合
            if word in _LEFT_WORD_SET and (start == 0 or text[start - 1] in _CLAUSE_OPENERS):
                return start
        return None

    def trade_word_ends_at(self, pos: int) -> bool:
        """The word before ``pos`` is prose only by the word list: a company's name
        uses it as its line of business (建设, 投资, 发展), with a trade name
        before it (湘农建设工程咨询有限公司, 华夏发展投资有限公司)."""
        text = self.text
        return any(
            text[pos - n : pos] in _LEFT_WORD_SET
            and (text[pos - n : pos] in _NAME_WORDS or text[pos - n : pos] in _INDUSTRIES)
            and text[pos - n : pos] not in _VERBS_NOT_NAMES  # 学院|联合|海澜集团
            and not self.organ_ends_at(pos - n)
            and pos - n >= 2
            and all(_is_cjk(c) and c not in _STOP for c in text[pos - n - 2 : pos - n])
            for n in _LEFT_WORD_LENS
            if n > 1
        )

    def opens_with_verb(self, pos: int, name: str, suffix: str) -> bool:
        """``name`` at ``pos`` begins with a word of the prose: a verb (推进党支部,
        规划小学), or, before an organ's suffix (部, 局, 办 …) or an
        institution's unit (审计委员会), a word that also names a function
        (组织部, 建设局) right after a verb (抓好组织…), where it is that
        verb's object; after punctuation or a function character (、组织部,
        对组织部) such a word begins the name. Before other suffixes it stays
        prose (促进医院高质量发展)."""
        leads = [name[:n] for n in range(2, min(len(name), 5) + 1) if name[:n] in _LEFT_WORD_SET]
        if not leads:
            return False
        if suffix not in _ORGANS and suffix not in _INSTITUTION_BARE:
            return True
        if any(w not in _NAME_WORDS for w in leads):
            return True
        return self.left_word_ends_at(pos) and not self.text.endswith(_GOVERNING_VERBS, 0, pos)

    def facility_around(self, start: int, end: int) -> bool:
        """A building or project word touches ``start:end`` (新建图书馆,
        附属医院改造工程, 档案馆大楼): a facility is meant, not the body."""
        text = self.text
        return text.startswith(_FACILITY_WORDS, end) or any(
            text.endswith(word, 0, start) for word in _FACILITY_WORDS
        )
