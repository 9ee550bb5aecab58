"""Where a name begins when nothing anchors it: a function name at a word boundary
(住建局), a known division (教务处, 立案庭), two fields joined by 与 (国际合作与交流处),
a unit of the notice's own body named alone (纳税服务处), a company's trade name.

A mixin of :class:`~extractor.recognizers.rules.org_scan._Scan`, apart from the
anchor chain because these names need evidence of another kind: what the notice is
(a department's, a township's, an institution's own) and what the words are.
"""

from __future__ import annotations

from extractor.recognizers.rules.org_strings import (
    field,
    has_left_word,
    is_cjk,
    starts_with,
)
from extractor.recognizers.rules.org_words import (
    _BOUNDARY_VERBS,
    _BRACKETED_PART,
    _CLAUSE_OPENERS,
    _COMPANIES,
    _COMPOUND_DIVISION,
    _COUNT_AFTER,
    _COURT_DIVISION,
    _DEPARTMENT_BARE,
    _DEPARTMENT_SUFFIXES,
    _DIVISION_FIELD_START,
    _DIVISION_NAME,
    _DIVISION_WORD,
    _DIVISION_WORDS,
    _FACILITY_WORDS,
    _GENERIC_START,
    _GOVERNING_VERBS,
    _INDUSTRIES,
    _INSTITUTION_BARE,
    _JOIN_PARTIES,
    _JOINED,
    _JOINING_VERBS,
    _LEFT_WORD_LENS,
    _LEFT_WORD_SET,
    _MAX_BARE,
    _MAX_COMPANY,
    _NAME_WORD_LENS,
    _NAME_WORDS,
    _NOT_DIVISION_NAMES,
    _ORGAN_ENDS,
    _ORGANS,
    _PLACE_IN_BRACKETS,
    _RESEARCH_UNITS,
    _ROUTE_AFTER,
    _SECTOR_WORDS,
    _SETTING_UP_VERBS,
    _SQUADS,
    _STANDALONE_SET,
    _STOP,
    _STOP_WORDS_IN_NAMES,
    _SUFFIX_WORDS,
    _TOWNSHIP_BARE,
    _VERBS_NOT_NAMES,
    _VILLAGE_PREFIX,
    BARE_OK,
    DEPARTMENT_FUNCTION,
)

#: A company's legal form (not 分公司: 排水分公司 is a unit named by its function).
_LEGAL_FORMS = frozenset({"有限公司", "有限责任公司", "股份有限公司"})


class BareNames:
    """Names without an anchor: bare function names, divisions, joined fields."""

    #: set by :class:`~extractor.recognizers.rules.org_scan._Scan`, whose boundary
    #: tests (``is_boundary``, ``anchor_may_start`` …) these methods use
    text: str
    org_start_by_end: dict[int, int]
    institution: bool
    department: bool
    township: bool

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
                        and all(is_cjk(c) and c not in _STOP for c in trade)
                        and self.is_boundary(start)
                        and not has_left_word(trade)
                        and trade not in _SECTOR_WORDS
                    ):
                        return start
        long_names = suffix in _COMPANIES | _RESEARCH_UNITS or (
            self.institution and suffix in _INSTITUTION_BARE
        )  # 计算机实验教学中心 in a university's notice
        longest = _MAX_COMPANY if long_names else _MAX_BARE
        for length in range(1, longest + 1):
            pos = suffix_start - length
            if pos < 0 or not is_cjk(text[pos]):
                return None
            if (
                text[pos] in _STOP
                and text[pos : pos + 2] not in _STOP_WORDS_IN_NAMES  # 就业促进科
                and text[pos - 1 : pos + 1] not in _STOP_WORDS_IN_NAMES  # 重型|装备
                and not (
                    text[pos] == "至"
                    and all(is_cjk(c) and c not in _STOP for c in text[pos - 2 : pos])
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
                if suffix in _LEGAL_FORMS and (name in _INDUSTRIES or name in _SECTOR_WORDS):
                    continue  # 旌湖重型|装备|股份有限公司: an industry alone names no company
                if suffix in _COMPANIES and self.trade_word_ends_at(pos):
                    trade_start = self.bare_start(pos, suffix)
                    if trade_start is not None and trade_start < pos:
                        return trade_start  # 湘农|建设|工程咨询有限公司: 建设 is the name's
                if suffix in _ORGANS and (function := self.function_word_opening_at(pos)):
                    return (
                        function  # ，组织|联络部: the function word opens the clause and the name
                    )
                if self.opens_with_verb(pos, name, suffix):
                    if self.left_word_ends_at(pos) and starts_with(name, _NAME_WORDS, 2):
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
                    and starts_with(name, _SECTOR_WORDS)
                ):
                    return None  # 优质学校, 中医医院: a kind of institution (信息中心 is a unit)
                if suffix in _COMPANIES:
                    village = _VILLAGE_PREFIX.match(name)
                    if village and village.end() < len(name) - 1:
                        return pos + village.end()  # 溪西村[锦豪精密机械有限责任公司]
                if suffix in _DEPARTMENT_SUFFIXES and _DIVISION_WORDS.fullmatch(name):
                    return pos  # 公司金融部: a division's function, 公司 inside it
                if not self.valid_middle(name, False):
                    return None
                return self._after_organ_and_verb(pos, suffix_start, suffix)
        return None

    def _after_organ_and_verb(self, pos: int, suffix_start: int, suffix: str) -> int | None:
        """``pos``, unless an organ ends inside the name and a verb follows it (镇纪委|联合|
        财政所, 财务资产部|清查|工会): then the second name's start after the verb, or None
        when what is left is no name (a bare suffix of two characters)."""
        text = self.text
        for end in range(pos + 2, suffix_start):
            if not self.organ_ends_at(end):
                continue
            verb = next(
                (n for n in (2, 3) if text[end : end + n] in _BOUNDARY_VERBS | _LEFT_WORD_SET), 0
            )
            word = text[end : end + verb]
            if verb and (word not in _NAME_WORDS or word in _JOINING_VERBS):
                rest = end + verb
                named = suffix_start - rest >= 2 or (rest == suffix_start and len(suffix) >= 3)
                return rest if rest <= suffix_start and named else None
        return pos

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
        # a department's own centres and branches are its units too (电子税务管理中心,
        # 襄都分局)
        institution = (suffix in _INSTITUTION_BARE and self.institution) or (
            suffix in _DEPARTMENT_BARE and self.department
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
                if suffix == "处":  # 规划|财务处: the function words before a known division
                    return self.whole_division_start(division.start(), suffix_start)
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
            division = _DIVISION_NAME.search(self.text, max(0, suffix_start - 8), suffix_start)
            whole = self.whole_division_start(division.start(), suffix_start) if division else None
            if whole is not None and self.is_boundary(whole):
                # 移交安置股, 政府采购|监督管理股 (the words before the known one reach a boundary)
                return whole
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
        if start is None and suffix == "司":
            start = self.own_division_start(suffix_start)  # a ministry's 发展规划司
        if start is None and suffix in _SQUADS and self.department:
            start = self.own_division_start(suffix_start)  # 文化市场综合执法大队
        if start is not None and institution:
            if self.facility_around(start, suffix_start + len(suffix)):
                return None  # 建成学生活动中心: a building, not the body
            if _COUNT_AFTER.match(self.text, suffix_start + len(suffix)):
                return None  # 新建为农服务中心4个: a kind of unit counted, not one of its own
        if start is not None and suffix in _DEPARTMENT_SUFFIXES | _SQUADS:
            start = self.whole_division_start(start, suffix_start)
            if suffix in _SQUADS and self.text.startswith("组织", start):
                start += 2  # 组织|劳动保障监察大队开展…: the verb that sends the squad
        return start

    def whole_division_start(self, start: int, suffix_start: int) -> int:
        """A division found from its nearest word (财务科) reaches back over the
        function words before it (规划财务科, 规划财务和法规科), to a word boundary."""
        text = self.text
        best = start
        for pos in range(start - 1, max(-1, start - 9), -1):
            if not is_cjk(text[pos]):
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
            if pos < 0 or not is_cjk(text[pos]):
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
        generic = _GENERIC_START.match(name) and not _DIVISION_FIELD_START.match(name)
        if generic or name in _NOT_DIVISION_NAMES:
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
        if len(name) < 2 or any(not is_cjk(c) or c in _STOP for c in name):
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
            if not is_cjk(text[pos]) or text[pos] in _STOP:
                return None
            if at - pos < 2 or not self.is_boundary(pos):
                continue
            first = text[pos:at]
            if not field(first) or not self.valid_middle(first, False):
                return None
            if first in _JOIN_PARTIES:
                return None
            # 董事会下设|审计与风险委员会: after a verb that sets a body up, a function word
            # opens the body's name, it governs nothing
            set_up = first in _NAME_WORDS and text.endswith(_SETTING_UP_VERBS, 0, pos)
            if not set_up and self.opens_with_verb(pos, first, suffix):
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
            and all(is_cjk(c) and c not in _STOP for c in text[pos - n - 2 : pos - n])
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
