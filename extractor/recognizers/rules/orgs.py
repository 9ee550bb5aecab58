"""ORG by organ suffix, extended left over place names and parent organs.

An organisation name in a notice is nearly always built as

    [中共] [place …] [parent organ] [function words] organ-suffix
    (无锡市委第五巡察组, 锡山经济技术开发区党工委, 区生态环境局, 江南大学设计学院)

so the rules find the suffix (党工委, 区委, 局, 办, 中心, 领导小组, 公司, 大学 …)
and walk left: first to the nearest *anchor* (a place name from the
administrative-division gazetteer, a level word 省/市/区, a zone 经开区, a
town 碧溪街道, or a parent organ 区委), then through every anchor directly
before it.  Without an anchor, only suffixes that name one body on their
own (党工委, 省委, 管委会 …) or a function name that begins at a clear word
boundary (、住建局, 对发改委) are kept.  Generic references (各部门,
上级党委, 纪检监察机关) and words that merely end like an organ (格局, 干部,
举办, 学科) are filtered out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.recognizers.rules.places import MAX_PLACE_LEN, PLACE_NAMES

#: Organs that name one body on their own in a notice (the guideline's short
#: forms: [省委]统一部署, [党工委]会议, [管委会]); they are also parents.
STANDALONE = (
    "党中央",
    "中央",
    "国务院",
    "全国人大",
    "省委",
    "市委",
    "区委",
    "县委",
    "州委",
    "旗委",
    "盟委",
    "镇委",
    "乡委",
    "党工委",
    "纪工委",
    "管委会",
    "纪委监委",
    "纪委",
    "监委",
    "党委",
    "人大常委会",
    "人大",
    "政协",
    "巡察组",
    "巡视组",
    "证监会",
    "上交所",
    "深交所",
    "北交所",
    "港交所",
)

#: Suffixes that need a place/parent anchor before them (区政府, 市委巡察办,
#: 区政务服务中心), or, where marked in BARE_OK, a function name after a
#: word boundary (住建局, 发改委, 江南大学).
ANCHORED = (
    "人民政府",
    "政府",
    "工作委员会",
    "管理委员会",
    "委员会",
    "常委会",
    "专委会",
    "办事处",
    "办公室",
    "领导小组",
    "工作小组",
    "专项小组",
    "工作组",
    "督查组",
    "督导组",
    "中心组",
    "中心",
    "机关",
    "党支部",
    "党总支",
    "支部",
    "有限责任公司",
    "股份有限公司",
    "有限公司",
    "分公司",
    "总公司",
    "公司",
    "集团",
    "银行",
    "大学",
    "学院",
    "学校",
    "中学",
    "小学",
    "幼儿园",
    "医院",
    "卫生院",
    "卫生室",
    "卫生服务站",
    "指导站",
    "博物馆",
    "图书馆",
    "研究院",
    "研究所",
    "研究室",
    "设计院",
    "科学院",
    "法院",
    "检察院",
    "党校",
    "交易所",
    "派出所",
    "事务所",
    "监察室",
    "审计室",
    "协会",
    "商会",
    "学会",
    "联合会",
    "基金会",
    "工会",
    "大队",
    "支队",
    "局",
    "厅",
    "部",
    "办",
    "委",
    "署",
    "院",
    "科",
)

#: Suffixes accepted without an anchor when a 2–8 character name precedes
#: them from a word boundary.
BARE_OK = frozenset(
    {
        "局",
        "厅",
        "部",
        "办",
        "委",
        "署",
        "院",
        "科",
        "大学",
        "学院",
        "学校",
        "中学",
        "小学",
        "幼儿园",
        "医院",
        "卫生院",
        "卫生室",
        "卫生服务站",
        "博物馆",
        "图书馆",
        "研究院",
        "研究所",
        "设计院",
        "科学院",
        "法院",
        "检察院",
        "党校",
        "交易所",
        "派出所",
        "事务所",
        "监察室",
        "审计室",
        "研究室",
        "有限责任公司",
        "股份有限公司",
        "有限公司",
        "集团",
        "银行",
        "大队",
        "支队",
        "工作委员会",
        "管理委员会",
        "党支部",
        "党总支",
    }
)

#: The character after a suffix that shows it is the start of another word.
_GUARDS = {
    "局": "面|势|限|部|长",
    "部": "门|署|分|位|件|队|长|属|委|署|级|落",
    "办": "理|法|事|好|实|结|成|件|公|学|案|复|会",
    "委": "员|托|屈|派|任|婉",
    "院": "长|士|校|内|外|落|子|线|区|所",
    "科": "技|学|研|长|室|普|目|级|创|室|员",
    "厅": "长|级",
    "署": "长|名",
    "中心": "组|城|区|任务|工作|环节|位置|主任|镇|村|街|路|思想|内容",
    "集团": "化|公司|军",
    "银行": "卡|业",
    "机关": "党委|党支部|党总支|纪委|工委|事务",
    "政府": "采购|性|投资|债|部门|工作报告|职能|购买",
    "公司": "化|制",
    "支部": "书记|委员",
    "党委": "书记|委员|副书记|会议|常委|班子",
    "党工委": "",
    "人大": "代表|常委会",
    "中央": "厨房|空调|大街|广场|商务区|公园",
    "大学": "习|生|期|堂",
    "中学": "习|生|期",
    "小学": "习|生|期",
    "学院": "派|式",
}
_STANDALONE_GUARD = {"市委": "员", "区委": "员", "县委": "员", "省委": "员", "州委": "员", "党委": "员", "纪委": "员", "工委": "员"}

#: Places of a lower level written with a name: 碧溪街道, 胡埭镇, 龙延村, 东张社区.
_TOWN_WORDS = ("街道", "社区", "镇", "乡", "村")
#: Zones (a zone alone is a place, not an ORG, but it anchors its organ).
ZONES = (
    "高新技术产业开发区",
    "经济技术开发区",
    "经济开发区",
    "旅游度假区",
    "国家级新区",
    "自由贸易试验区",
    "工业园区",
    "产业园区",
    "高新区",
    "经开区",
    "开发区",
    "度假区",
    "保税区",
    "综保区",
    "自贸区",
    "示范区",
    "新区",
    "港区",
    "园区",
    "片区",
)
_LEADS = ("中国共产党", "中共", "中华人民共和国", "中国", "国家", "全国")
_LEVEL_CHARS = "省市区县州镇乡旗"

#: Characters that never occur inside an organisation name in these notices
#: and so bound it on the left (prepositions, conjunctions, particles).
_STOP = set("的对向由在与及或把将被给从为是等并了于以按据到赴请让使同跟就其该此这那每所和也都还又已把经至即则而且如若因")
#: Words just before a name that are not part of it (verbs, adverbs, generic).
_LEFT_WORDS = (
    "根据",
    "按照",
    "依据",
    "落实",
    "会同",
    "联合",
    "配合",
    "协调",
    "督促",
    "指导",
    "推动",
    "组织",
    "召开",
    "成立",
    "设立",
    "牵头",
    "委托",
    "邀请",
    "联系",
    "完成",
    "建成",
    "推进",
    "新建",
    "扩建",
    "启动",
    "实施",
    "开展",
    "依托",
    "通过",
    "支持",
    "协助",
    "引进",
    "引入",
    "签约",
    "对接",
    "服务",
    "走访",
    "调研",
    "参观",
    "考察",
    "举办",
    "获评",
    "入选",
    "认定",
    "成为",
    "包括",
    "其中",
    "以及",
    "同时",
    "分别",
    "积极",
    "主动",
    "全面",
    "加强",
    "建立",
    "印发",
    "出台",
    "制定",
    "报请",
    "提请",
    "报送",
    "上报",
    "部署",
    "要求",
    "同意",
    "批准",
    "入驻",
    "落户",
    "携手",
    "借助",
    "利用",
    "向",
    "听取",
    "汇报",
    "反馈",
    "巡视",
    "巡察",
    "审议",
    "讨论",
    "报告",
    "移交",
    "移送",
    "交由",
    "交办",
    "由",
    "原",
    "现",
    "即",
)
#: A name starting right after one of these is a generic reference (各部门).
_GENERIC_BEFORE = (
    "各级",
    "各",
    "上级",
    "下级",
    "基层",
    "相关",
    "有关",
    "所属",
    "下属",
    "属地",
    "主管",
    "职能",
    "其他",
    "同级",
    "本级",
    "多个",
    "涉及",
    "行业",
    "村级",
    "镇级",
    "区级",
    "市级",
    "省级",
    "县级",
    "两级",
    "三级",
)
#: Words that end like an organ but are not one.
_NOT_ORG_ENDINGS = re.compile(
    r"(?:格局|布局|大局|全局|当局|开局|结局|变局|新局|时局|胜局|棋局|骗局|邮局"
    r"|干部|全部|内部|外部|局部|总部|东部|西部|南部|北部|中部|头部|各部|俱乐部|腹部|基部|底部|顶部|后部|前部"
    r"|一网通办|督办|交办|主办|承办|举办|创办|代办|专办|帮办|包办|查办|开办|兴办|协办|合办|经办|快办|马上办|网上办|掌上办|就近办|集中办|联办|帮代办"
    r"|常委|编委|村委|居委|两委|镇委员|评委|纪委委员"
    r"|庭院|大院|剧院|影院|宅院|寺院|百院|戏院|法院院"
    r"|学科|专科|本科|内科|外科|骨科|妇科|儿科|眼科|牙科|理科|文科|工科|医科|农科|社科|百科|预科|学部"
    r"|中心|政府|公司|集团|银行|学校|医院|机关|支部|学院|大学|小学|中学|委员会|办公室|领导小组|工作组|研究室|协会|商会|学会|工会)$"
)
#: The whole candidate is a generic body, not a name.
_GENERIC_NAMES = re.compile(
    r"^(?:纪检监察机关|党政机关|国家机关|机关|党委政府|地方政府|人民政府|各级政府|上级政府|本级政府"
    r"|组织部门|职能部门|监管部门|政府部门|各部门|有关部门|相关部门|乡镇政府|基层政府|村委会|居委会"
    r"|政务服务中心|党群服务中心|新时代文明实践中心|便民服务中心|中心|研究中心|服务中心|指挥中心|综合执法局)$"
)
_MAX_MIDDLE = 12


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_SUFFIX_RE = re.compile(rf"(?=({_alternation(STANDALONE + ANCHORED)}))")
_ORDINAL = re.compile(r"第[一二三四五六七八九十]+$")
_SPECIAL = re.compile(
    r"(?<![\u4e00-\u9fff])(?:中央纪委国家监委|中央纪委|国家监委|[省市区县]纪委监委)"
)
_SUFFIX_LOOKUP = {w: ("standalone" if w in STANDALONE else "anchored") for w in STANDALONE + ANCHORED}


def _is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" or char == "〇"


@dataclass(frozen=True)
class OrgCandidate:
    start: int
    end: int


class OrgFinder:
    """Find ORG spans in a compact (whitespace-free) text."""

    def __init__(self) -> None:
        self._standalone = set(STANDALONE)
        self._zones = set(ZONES)
        self._zone_lens = sorted({len(z) for z in ZONES}, reverse=True)
        self._core_lens = sorted({len(c) for c in STANDALONE}, reverse=True)

    # --- anchors ending at a position ---------------------------------------
    def _anchor_start(self, text: str, end: int) -> int | None:
        """Start of the longest anchor that ends at ``end``, or None."""
        best: int | None = None
        for length in range(min(MAX_PLACE_LEN, end), 1, -1):
            if text[end - length : end] in PLACE_NAMES:
                best = end - length
                break
        for length in self._core_lens:
            if length <= end and text[end - length : end] in self._standalone:
                start = end - length
                if best is None or start < best:
                    best = start
                break
        for lead in _LEADS:
            if text.startswith(lead, end - len(lead)) and end - len(lead) >= 0:
                start = end - len(lead)
                if best is None or start < best:
                    best = start
                break
        for length in self._zone_lens:
            if length <= end and text[end - length : end] in self._zones:
                start = self._zone_name_start(text, end - length)
                if best is None or start < best:
                    best = start
                break
        town = self._town_start(text, end)
        if town is not None and (best is None or town < best):
            best = town
        if best is None and end >= 1 and text[end - 1] in _LEVEL_CHARS:
            before = text[end - 2] if end >= 2 else ""
            if not before or not _is_cjk(before) or before in _STOP or self._ends_left_word(text, end - 1):
                best = end - 1
            elif self._anchor_start(text, end - 1) is not None:
                best = end - 1
        return best

    def _zone_name_start(self, text: str, zone_start: int) -> int:
        """A zone keeps the place before it (锡山经济技术开发区): through anchors, or a
        short free name back to a word boundary (宛山湖 in 宛山湖度假区)."""
        anchor = self._anchor_start(text, zone_start)
        if anchor is not None:
            return anchor
        for back in range(1, 5):
            pos = zone_start - back
            if pos < 0 or not _is_cjk(text[pos]) or text[pos] in _STOP:
                return zone_start - back + 1
            if self._ends_left_word(text, pos):
                return pos
        return zone_start

    def _town_start(self, text: str, end: int) -> int | None:
        for word in _TOWN_WORDS:
            if text.startswith(word, end - len(word)) and end - len(word) >= 2:
                name_start = end - len(word) - 2
                name = text[name_start : end - len(word)]
                if all(_is_cjk(c) and c not in _STOP for c in name) and not any(
                    name.endswith(w) for w in _LEFT_WORDS
                ):
                    anchor = self._anchor_start(text, name_start)
                    return anchor if anchor is not None else name_start
        return None

    def _ends_left_word(self, text: str, pos: int) -> bool:
        """True when a non-name word (verb, preposition) ends right before ``pos``."""
        return any(text.startswith(w, pos - len(w)) for w in _LEFT_WORDS if pos - len(w) >= 0)

    def _chain_start(self, text: str, start: int) -> int:
        """Walk left through anchors written directly before ``start``."""
        for _ in range(8):
            ordinal = _ORDINAL.search(text, max(0, start - 6), start)
            probe = ordinal.start() if ordinal else start
            anchor = self._anchor_start(text, probe)
            if anchor is None or anchor >= start:
                break
            start = anchor
        return start

    def _core_before(self, text: str, start: int, end: int) -> bool:
        """A one-character suffix that closes a standalone organ (党工委, 市委) whose
        own candidate already covers it, found without an anchor."""
        for length in self._core_lens:
            core_start = end - length
            if core_start >= start and text[core_start:end] in self._standalone:
                return self._anchor_start(text, core_start) is None and core_start > start
        return False

    def _valid_middle(self, middle: str) -> bool:
        if len(middle) > _MAX_MIDDLE:
            return False
        for i, char in enumerate(middle):
            if not _is_cjk(char):
                return False
            if char in _STOP:
                if char == "和" and middle[i + 1 : i + 3] in {"城乡", "信息", "旅游", "社会", "规划", "改革", "科技", "计划", "国土"}:
                    continue
                return False
        return True

    def _bare_start(self, text: str, suffix_start: int) -> int | None:
        """Start of a function name before a suffix, at a word boundary."""
        for back in range(1, 9):
            pos = suffix_start - back
            if pos < 0 or not _is_cjk(text[pos]) or text[pos] in _STOP:
                start = pos + 1
                break
            if self._ends_left_word(text, pos):
                start = pos
                break
        else:
            return None
        return start if suffix_start - start >= 2 else None

    # --- main ----------------------------------------------------------------
    def __call__(self, text: str) -> list[OrgCandidate]:
        found: list[OrgCandidate] = []
        for match in _SUFFIX_RE.finditer(text):
            suffix = match.group(1)
            start_suffix = match.start()
            end = start_suffix + len(suffix)
            guard = _GUARDS.get(suffix) or _STANDALONE_GUARD.get(suffix)
            if guard and re.match(guard, text[end : end + 4]):
                continue
            start = self._start_for(text, start_suffix, suffix)
            if start is None:
                continue
            if len(suffix) == 1 and self._core_before(text, start, end):
                continue  # 党工委 / 市委 already found as a whole
            if self._acceptable(text, start, end):
                found.append(OrgCandidate(start, end))
        for match in _SPECIAL.finditer(text):
            found.append(OrgCandidate(match.start(), match.end()))
        return found

    def _start_for(self, text: str, suffix_start: int, suffix: str) -> int | None:
        # the nearest anchor before the suffix, with a valid middle in between
        for q in range(suffix_start, max(-1, suffix_start - _MAX_MIDDLE - 1), -1):
            middle = text[q:suffix_start]
            if middle and not self._valid_middle(middle):
                break
            anchor = self._anchor_start(text, q)
            if anchor is None:
                ordinal = _ORDINAL.search(text, max(0, q - 6), q) if q == suffix_start else None
                if ordinal and self._anchor_start(text, ordinal.start()) is not None:
                    anchor = self._anchor_start(text, ordinal.start())
            if anchor is not None:
                return self._chain_start(text, anchor)
        if _SUFFIX_LOOKUP[suffix] == "standalone":
            return suffix_start
        if suffix in BARE_OK:
            return self._bare_start(text, suffix_start)
        return None

    def _acceptable(self, text: str, start: int, end: int) -> bool:
        name = text[start:end]
        if len(name) < 2 or _NOT_ORG_ENDINGS.search(name) and name not in self._standalone:
            if not _ends_with_real_organ(name):
                return False
        if _GENERIC_NAMES.match(name):
            return False
        if name[0] in "各该本其此这那每全":
            return False
        before = text[max(0, start - 2) : start]
        if any(before.endswith(g) for g in _GENERIC_BEFORE):
            return False
        return True


def _ends_with_real_organ(name: str) -> bool:
    """A name ending in a generic word is still an organ when written with a
    place or parent (区政府, 市委办公室, 江南大学)."""
    generic = re.search(
        r"(?:中心|政府|公司|集团|银行|学校|医院|机关|支部|学院|大学|小学|中学|委员会|办公室|领导小组|工作组|研究室|协会|商会|学会|工会)$",
        name,
    )
    return bool(generic) and len(name) > len(generic.group(0))
