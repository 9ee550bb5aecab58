"""The left walk from an organ suffix: :class:`_Scan`, the state of one text (word
boundaries, valid middles, verbs between two organs, and :meth:`_Scan.start_for`, where
a name ending in a suffix begins), and :class:`OrgCandidate`, the span every ORG finder
returns.

The walk's two kinds of evidence live beside it as mixins: :mod:`.org_anchors` (a place,
a level word, a town or an organisation found already anchors the name) and
:mod:`.org_bare_names` (nothing does: a function name, a known division, a unit of the
notice's own body). The string tests they share are :mod:`.org_strings`, the vocabulary
:mod:`.org_words`; the finders (:mod:`.org_institutions`, :mod:`.org_companies` …) all
share one scan of the text and the organisations it has found so far.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.places import MAX_PLACE_LEN
from extractor.recognizers.rules.org_anchors import AnchorWalk
from extractor.recognizers.rules.org_bare_names import BareNames
from extractor.recognizers.rules.org_notices import (
    _DEPARTMENT_NOTICE,
    _HOSPITAL_NOTICE,
    _INSTITUTION_AUDITED,
    _INSTITUTION_NOTICE,
    _INSTITUTION_SELF,
    _NOTICE_OWNER_KIND,
    _NOTICE_OWNERS,
    _NUMBERED_OWNER,
    _OPENING,
    _OWN_TOWNSHIP,
    _TOWNSHIP_NOTICE,
    _VILLAGE_NOTICE,
)
from extractor.recognizers.rules.org_strings import (
    field,
    inside_bracketed_part,
    inside_name_word,
    is_cjk,
    owned_here,
    starts_with,
)
from extractor.recognizers.rules.org_words import (
    _ADVERBS,
    _AND_JOINED,
    _BOUNDARY_VERBS,
    _BRACKETED_PART,
    _BUILDING_VERBS,
    _BUREAU_SUFFIXES,
    _CLAUSE_OPENERS,
    _COMPANIES,
    _CORE_LENS,
    _DEPARTMENT_SUFFIXES,
    _DIVISION_WORD,
    _DIVISION_WORDS,
    _GROUP_BREAKERS,
    _GROUPS,
    _JOINED,
    _JOINING_VERBS,
    _LEFT_WORD_LENS,
    _LEFT_WORD_SET,
    _LEVEL_CHARS,
    _LEVEL_COMMITTEES,
    _MAX_GROUP_MIDDLE,
    _MAX_MIDDLE,
    _NAME_WORD_LENS,
    _NAME_WORDS,
    _ORGAN_ENDS,
    _OWNED_ORGANS,
    _OWNER_LENS,
    _OWNERS,
    _PLACES,
    _POST_TITLES,
    _ROUTE_AFTER,
    _SELF,
    _STANDALONE_SET,
    _STOP,
    _STOP_WORDS_IN_NAMES,
    _SUFFIX_WORDS,
    _TEAM_WORDS,
    _TOWN_QUARTERS,
    _VERBS_BEFORE_BUREAUS,
    _VERBS_NOT_NAMES,
    _WHOLE_NAME_ENDS,
    _WORDS_AFTER_JING,
)

#: The ad-hoc task forces and rectification offices (区巡视整改工作专班, 市局党委巡察整改办):
#: groups by their owner, but with a short name that holds no verb.
_TASK_FORCES = frozenset({"专班", "整改办"})
#: The task a task force's name opens with (落实巡察, 巡视, 巡察反馈问题).
_TASK_FORCE_TASK = re.compile(r"^(?:落实)?(?:巡视|巡察)(?:反馈)?(?:问题|意见)?")


@dataclass(frozen=True)
class OrgCandidate:
    """An ORG span found by a finder: offsets into the compact text."""

    start: int
    end: int


#: Words of a group's name, which may hold a verb after its owner (县委督促检查工作领导小组)
_GROUP_WORDS = re.compile(r"小组|工作|委员会|指挥部")


class _Scan(AnchorWalk, BareNames):
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
        self.notice_owners = (
            frozenset(
                owner
                for found in _NOTICE_OWNER_KIND.finditer(text, 0, _OPENING)
                for owner in (_NOTICE_OWNERS[found.group(1)], found.group(1))
            )
            | frozenset(
                next(group for group in found.groups() if group)
                for found in _VILLAGE_NOTICE.finditer(text, 0, _OPENING)
            )
            | frozenset(
                found.group(1) + found.group(2)
                for found in _NUMBERED_OWNER.finditer(text, 0, _OPENING)
            )
        )
        #: lengths of the owner short forms to try, the notice's own (中心支公司) included
        self.owner_lens = sorted(
            set(_OWNER_LENS) | {len(o) for o in self.notice_owners}, reverse=True
        )
        #: a township's or street's own notice: its offices named alone are its units
        self.township = _TOWNSHIP_NOTICE.search(text, 0, _OPENING) is not None
        #: …issued by the township itself or on a round that inspected it (not one a
        #: county's round reached): a bare 镇/乡 there is the notice's own town
        self.own_township = _OWN_TOWNSHIP.search(text, 0, _OPENING) is not None
        #: …a street's (街道党工委, 街道办事处): its units named after 街道 alone
        self.street = re.search(r"街道(?:党工委|工委|办事处)", text[:_OPENING]) is not None
        #: …and that institution is a hospital (its departments alone are ORG)
        self.hospital = _HOSPITAL_NOTICE.search(text, 0, _OPENING) is not None

    def forget(self, end: int) -> None:
        """A new organisation ends at ``end``: anchors computed there are stale."""
        self._anchors.pop(end, None)

    # --- word boundaries ------------------------------------------------------
    def left_word_ends_at(self, pos: int) -> bool:
        text = self.text
        if text[max(0, pos - 2) : pos] in _STOP_WORDS_IN_NAMES:
            return False  # 陇原|交投: 原 "former" ends a name word here, no verb
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
        if (
            before == "对"
            and self.text.startswith("口", pos)
            and not self.text.startswith("口岸", pos)
        ):
            return False  # 对口帮扶…: 对口 is one word, no name starts at 口 (but 对|口岸管理局)
        if before in _STOP:
            # 积极对接航天科技: 对 opens the verb 对接, so no name starts at 接; 就|业 is
            # inside the name word 就业 (市就业服务中心)
            if self.text[pos - 1 : pos + 1] in _STOP_WORDS_IN_NAMES:
                return False
            return not self.inside_left_word(pos)
        return not is_cjk(before)

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
        for n in self.owner_lens:
            start = end - n
            if start >= 0 and (text[start:end] in _OWNERS or text[start:end] in self.notice_owners):
                if start > 0 and text[start - 1 : end] in _SUFFIX_WORDS:
                    continue  # 东部分校党总支: 校 ends the name 分校, it is no owner
                if any(len(kind) > n and text.endswith(kind, 0, end) for kind in _NOTICE_OWNERS):
                    continue  # 9个研究所党支部: 所 ends the kind 研究所, it is no owner
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
        if word in _BUILDING_VERBS and self.text.endswith(("公司", "集团"), 0, q):
            return True  # 沧南果蔬公司|建设|冷链仓储中心: a company builds a facility
        if word in _JOINING_VERBS and word not in _NAME_WORDS and not _GROUP_WORDS.search(middle):
            # 财政所|会同|经济发展办公室: 会同, 牵头 go on no name but a group's (县委督促检查
            # 工作领导小组办公室)
            return True
        if (
            middle == word
            and len(suffix) >= 3
            and suffix not in _GROUPS
            and not _DIVISION_WORD.fullmatch(word)
        ):
            return True  # 镇纪委|联合|财政所: a verb alone before a named unit (not 省委|巡视|办)
        if suffix in _GROUPS:  # 省委巡视组|巡视|滨湖区…领导小组 is one name
            if word not in _BOUNDARY_VERBS:
                return False
            if middle == word:
                return True  # 领导小组|下设|办公室: the verb governs the bare group word
            if any(middle.startswith(organ, 2) for organ in _STANDALONE_SET if len(organ) > 1):
                return True  # 审计部|联合|纪委办公室: the verb's object is another organ's office
            if (
                suffix == "办公室"
                and 2 <= len(middle) - 2 <= 6
                and self.valid_middle(middle[2:], False)
                and not middle.endswith(("工作", "合作", "服务", "协调", "管理", "发展", "建设"))
            ):
                return True  # 镇纪委|会同|农业农村办公室: a short office's name after the verb
        elif word in _VERBS_BEFORE_BUREAUS and len(middle) > 2 and suffix in _BUREAU_SUFFIXES:
            return True  # 管委会|组织|招商局: the verb's object is a bureau
        elif word not in _NAME_WORDS or word in _VERBS_NOT_NAMES:
            return True  # …but 市委|审计委员会, 集团党委|组织部 are one name
        elif middle[2:] and _DIVISION_WORD.fullmatch(middle[2:]):
            return True  # 分公司党委|组织|合规风控部: a function's name follows the verb
        elif (
            (word in _BOUNDARY_VERBS or word in _LEFT_WORD_SET)
            and (word not in _NAME_WORDS or word in _JOINING_VERBS)  # not 农业农村部|规划设计…
            and len(middle) >= 4
            and middle[2] not in _ORGAN_ENDS
            and self.text[q - 1] in _ORGAN_ENDS
        ):
            # 顺德分局|指导|大沥市场监管所: after an organ the verb's object is a second
            # name (but 江淮工业大学计算机科学与技术学院: a school goes on with a field)
            return True
        rest = middle[2:] or suffix
        if rest.startswith(("村", "社区")):
            return True  # 镇党委|指导|村党支部: the verb's object is a village's body
        if rest.startswith("全") and rest[1:2] in _LEVEL_CHARS:
            return True  # 计划财务股|组织|全县学校: the verb's object is every body of a level
        # 财务部|组织|城北水厂: a quarter of a town names a plant or a station as a place does;
        # 镇党委|组织|镇财政所: a town's unit, as a level word opens one
        return (
            rest[0] in _LEVEL_CHARS + "镇乡"
            or rest.startswith(_TOWN_QUARTERS)
            or any(rest[:n] in _PLACES for n in range(2, MAX_PLACE_LEN + 1))
        )

    def anchor_may_start(self, pos: int) -> bool:
        """An anchor (a place, a level word) may start at ``pos``: a boundary, or
        right after a common verb (代表|上海市人民政府). Only anchors get the verbs:
        a name without one (继续教育学院) must not be cut at a verb inside it."""
        return self.is_boundary(pos) or self.text[pos - 2 : pos] in _BOUNDARY_VERBS

    def starts_here(self, pos: int, depth: int) -> bool:
        """An anchor may start at ``pos``: a boundary or another anchor before it."""
        return self.anchor_may_start(pos) or self.anchor_start(pos, depth + 1) is not None

    # --- middles --------------------------------------------------------------
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
            if not is_cjk(char):
                return False
            if char == "与" and joins and middle.count("与") == 1 and field(middle[:i]):
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
                    and not inside_name_word(middle, i, i + n)
                ):
                    return False
        return True

    def start_for(self, suffix_start: int, suffix: str) -> int | None:
        """Start of the name ending in ``suffix``: the farthest anchor over a valid middle."""
        group = suffix in _GROUPS
        use_towns = suffix not in _COMPANIES
        if use_towns != self.use_towns:
            self.use_towns = use_towns
            self._anchors.clear()
        limit = _MAX_GROUP_MIDDLE if group else _MAX_MIDDLE
        # 学校巡察组, 集团巡察组: a unit's own inspection team takes its owner's short form
        owned = group or suffix in _OWNED_ORGANS or suffix in _TEAM_WORDS
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
                if company and inside_bracketed_part(self.text, q, suffix_start):
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
            if (
                middle
                and middle[0] in _LEVEL_CHARS
                and q < suffix_start
                # 公司|市场开发部: a division's function word opens with 市, no level word
                and not (suffix in _DEPARTMENT_SUFFIXES and _DIVISION_WORDS.fullmatch(middle))
            ):
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
                and starts_with(middle, _LEFT_WORD_SET, 2)
            ):
                anchor = None  # 同发村|建设|农资配送服务站: a village's units hold no verb
            if anchor is None and owned_here(suffix, middle, owned, group):
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
