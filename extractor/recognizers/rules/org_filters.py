"""What makes a span the walk or a finder proposes no name: generic references
(各部门, 上级党委, 五家单位), words that merely end like an organ (格局, 干部),
facilities and kinds of body (城区学校), counted or awarded bodies (5个巡察组,
荣获…), spans that fill a quotation.

Every candidate of the suffix walk, and an institution's units, pass
:func:`_acceptable`, as do names another recogniser proposes
(:func:`.orgs.name_checker`); the filters sit apart from the walk that proposes
names and from the finders that call them.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from extractor.lexicon import word_list
from extractor.places import MAX_PLACE_LEN, MAX_TOWN_LEN, TOWN_NAMES
from extractor.recognizers.rules.org_scan import _Scan
from extractor.recognizers.rules.org_strings import owned_here
from extractor.recognizers.rules.org_words import (
    _CORE_LENS,
    _DEPARTMENT_SUFFIXES,
    _DIVISION_FIELD_START,
    _GENERIC_START,
    _LEVEL_CHARS,
    _OWNED_ORGANS,
    _OWNERS,
    _PLACES,
    _STANDALONE_SET,
    _TEAM_WORDS,
)
from extractor.text import CRUMB_SEPARATORS

#: A name right after one of these is a generic reference (各部门, 上级党委).
_GENERIC_BEFORE: tuple[str, ...] = word_list("org_generic_before.txt")
#: Kinds of unit that after 所属/下属 make a kind, not a name (下属企业党支部, 所属学校党组织).
_KINDS_OF_UNIT = ("企业", "单位", "学校", "公司", "医院", "村", "社区", "部门")

#: Words that end like an organ but are not one, or facilities and posts: the
#: words of the data file and patterns (合办 but not 综合办, 支部 but not 党支部,
#: a numeral + 处; 法庭 but not a court's 人民法庭; 工科 but not 政工科 (political
#: work); 全部 but not 资产保全部).
_NOT_ORG_ENDINGS = re.compile(
    r"(?:"
    + "|".join(map(re.escape, word_list("org_not_org_endings.txt")))
    + r"|(?<!综)合办|(?<!党)支部|(?<!管)理科|[一二三四五六七八九十两几数]处|(?<!人民)法庭|(?<!政)工科|(?<!保)全部)$"
)
#: Bare generic words that are not a name on their own: the words of the data
#: file and two patterns (…级重点实验室, 教师党支部).
GENERIC_NAMES = re.compile(
    r"^(?:"
    + "|".join(map(re.escape, word_list("org_generic_names.txt")))
    + r"|(?:国家|全国|省|市)?级?(?:重点|创新)?实验室"
    r"|清廉[\u4e00-\u9fff]{2,4}"  # 清廉学校建设, 清廉医院: a campaign's name
    r"|(?:教师|教工|学生|职工|离退休|退休|流动|机关|在职|师生|临床科室|科室|企业|单位|部门|基层|两新组织|社会组织)(?:党支部|党总支|支部))$"
)
#: A count before a bare organ or team (派出5个巡察组, 11个党支部): a number of them, none named.
_COUNTED_BEFORE = re.compile(r"[\d一二三四五六七八九十两几多]+个[村镇乡]?$")
#: …and before a level's units in brackets (26个村（社区）综合文化服务中心).
_COUNTED_LEVEL = re.compile(r"[\d一二三四五六七八九十两几多]+个[\u4e00-\u9fff]?$")
#: Kinds of body before a bare organ that make it a kind's organ (社区党委书记, 8家子公司党委):
#: the bare 党委 is no name (社区党委 in a community's own notice is found whole, as an
#: owner's short form).
_KIND_BEFORE_ORGAN = re.compile(r"(?:社区|子公司|企业|设区市|单位|学校|部门|(?<!公司)分)$")
#: …and a kind written into the candidate itself: a Corps company's, a backward or weak
#: branch, an unnamed gacha's (连队党支部, 后进党支部, 软弱涣散党支部, 嘎查党支部).
_KIND_ORGAN = re.compile(r"(?:连队|后进|软弱涣散|嘎查)(?:党支部|党总支|党委)")
#: A village's or community's organ with no name (村党支部, 社区党委) and, after it, a post
#: and a count of people (书记5人, 书记21人次): the holders of many such posts.
_BARE_VILLAGE_ORGAN = re.compile(r"(?:村|社区)(?:党支部|党总支|党委|村委会|居委会)")
_POST_COUNTED_AFTER = re.compile(
    r"(?:书记|副书记|主任|主要负责人|负责人)[^，,。；;\n]{0,3}?[\d一二三四五六七八九十两]+(?:人|名)"
)
#: …or a count of people before it (对2名村党总支书记进行约谈).
_PEOPLE_COUNTED_BEFORE = re.compile(r"[\d一二三四五六七八九十两]+(?:名|人|位)$")
_AWARD_BEFORE = re.compile(r"(?:获评|评为|荣获|入选|授予|命名为|创成|获得|成功创建|创建)$")

#: An ordinal that tells one unit from its siblings (第二附属医院, 第一检察部,
#: 第三监督检查室): part of the name, not a determiner.
_AFFILIATE_ORDINAL = re.compile(
    r"第[一二三四五六七八九十]+(?:附属|检察部|监督检查室|审查调查室|纪检监察室|派出法庭"
    # one of several units told apart by number (第一稽查局, 第二党支部, 第三税务分局)
    r"|稽查局|税务分局|税务所|分局|党支部|党总支|人民法庭)"
)

#: No organisation name in a notice is longer (the longest leading-group names
#: run to about 30 characters); the bound also keeps the walk linear.
_MAX_NAME = 40

#: Standalone names that are also the ends of common words (集团中央厨房, 社团中央, 乡综合
#: 办公室): only at a word boundary are they the body.
_INSIDE_WORDS = frozenset({"团中央", "综合办公室", "党政办公室", "殡仪馆", "新华社", "海关总署"})
#: Level and town words: one opening a name, or ending the text before a kind of school
#: (罗田县|城镇中学), makes it a named unit, not a kind.
_NAMED_LEVEL_CHARS = _LEVEL_CHARS + "州镇乡村"
#: A kind of school, not a name: the kind's words before 学校/幼儿园 (城区学校, 普惠性民办幼儿园)
_SCHOOL_KIND = re.compile(
    "(?:"
    + "|".join(map(re.escape, word_list("school_kind_words.txt")))
    + ")+(?:学校|幼儿园|小学|中学|初中|高中)$"
)

#: National bodies written with 全国 (全国人民代表大会, 全国政协), which is no determiner.
_NATIONAL_BODIES = tuple(
    "全国" + body
    for body in ("人大", "人民代表大会", "政协", "总工会", "妇联", "工商联", "供销合作总社")
)

#: A ministry's national station or service centre (全国畜牧总站, 全国农业技术推广服务中心).
_NATIONAL_STATION = re.compile(r"全国[\u4e00-\u9fff]{2,10}?(?:总站|推广服务中心)")


#: Suffixes of a department's divisions that a field may open (基层卫生健康处, 农村水利股).
_FIELD_DIVISION_SUFFIXES = ("处", "科", "股")


def _generic_start(name: str) -> bool:
    """``name`` begins like a generic reference (各部门, 本市, 全县, 五家单位,
    那些), unless a gazetteer place covers that beginning (本溪市委, 全州县委,
    那曲地委, 五家渠市委, 五大连池市委): the whole place name is positive
    evidence that the first character is not a determiner or numeral."""
    match = _GENERIC_START.match(name)
    if match is None or _AFFILIATE_ORDINAL.match(name):
        return False  # 第二附属医院: the ordinal tells one affiliate from another
    if name.startswith(_NATIONAL_BODIES) or _NATIONAL_STATION.match(name):
        return False  # 全国人大常委会: 全国 names the national body, not "every"
    if re.match(r"[\u4e00-\u9fff]{3,6}(?:苏木|嘎查)", name):
        return False  # 那仁宝力格苏木党委: a Mongolian name written in sound
    if re.match(r"第[一二三四五六七八九十\d]{1,3}师", name):
        return False  # 第七师胡杨河市党委: a Corps division by its number
    if _DIVISION_FIELD_START.match(name) and name.endswith(_FIELD_DIVISION_SUFFIXES):
        return False  # 基层卫生健康处, 农村水利股: the division's field, not "grassroots"
    for n in range(min(MAX_PLACE_LEN, len(name) - 1), max(1, match.end() - 1), -1):
        if name[:n] in _PLACES:
            return False
    # 七个星镇党委: a listed town's name (七个 is no count there)
    return not any(name[:n] in TOWN_NAMES for n in range(3, min(MAX_TOWN_LEN, len(name)) + 1))


def _owner_department(name: str) -> bool:
    """An owner's department named by its functions ([集团科技创新中心]): a unit, though
    its ending alone (科技创新中心) is often a concept."""
    return any(
        name.startswith(owner) and owned_here(suffix, name[len(owner) : -len(suffix)], False, False)
        for owner in _OWNERS
        for suffix in _DEPARTMENT_SUFFIXES
        if name.endswith(suffix) and len(name) > len(owner) + len(suffix)
    )


def _menu_item(text: str, start: int, name: str) -> bool:
    """A breadcrumb's item after the first (首页 > 党建园地 > 清廉医院): the page's
    sections are named like units but are none. A breadcrumb is a line of two
    separators or more and no clause; a full name (with a place or 中共) still counts."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].rstrip(" \t\u3000")
    if not before or before[-1] not in CRUMB_SEPARATORS:
        return False
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if sum(line.count(sep) for sep in CRUMB_SEPARATORS) < 2 or re.search("[，,。；;]", line):
        return False
    if name.startswith("中共") or _in_place_name(name):
        return False
    return True


#: The rest of a document number after its issuer code (绵审委|经责报〔2023〕5号,
#: 市审办发[2024]3号): the code abbreviates an issuer but names none in the text.
_DOCUMENT_NUMBER = re.compile(r"[\u4e00-\u9fff]{0,4}[〔［\[]\d{4}[〕］\]]")


#: Hospitals, schools, homes and stations, which a count of their kind follows (哨点医院12家,
#: 监测站15处).
_INSTITUTION_KIND_END = re.compile(
    r"(?:医院|卫生院|卫生室|诊所|学校|中学|小学|幼儿园|敬老院|养老院|福利院|殡仪馆|站|所)$"
)
#: …or a count before it (6所直属学校, 3所落实不力学校).
_KIND_COUNTED_BEFORE = re.compile(
    r"(?:\d+|[一二三四五六七八九十两几数]+)[所家个](?:(?![、和及与的中校院园在对向于从到])[\u4e00-\u9fff]){0,4}$"
)
_KIND_COUNTED_AFTER = re.compile(r"[\d一二三四五六七八九十两]+[家所处座个](?![\u4e00-\u9fff])")


#: A short name with no place that a verb of building governs (共建产业学院, 新建实训中心)
#: or a works noun follows (小铲滩码头扩建工程, 档案馆大楼) is a thing built; a body
#: that builds (信息科建成…, 高新区分局新建…) stands before the verb instead.
_BUILT_BEFORE = re.compile(r"(?:新建|共建|筹建|建成|修缮|改造)$")
_NAME_ENDS_AT = re.compile(r"[^\u4e00-\u9fff]|$|[的和与及等，。]")
_BUILT_AFTER = re.compile(r"(?:扩建|改建|改造|新建|提升)?(?:工程|项目)(?![款资经])|大楼|馆舍|新馆")
#: …but a body whose name ends in an organ's or a firm's word is never the thing built
#: (卫健委|项目资金, 城投集团|工程款).
_BODY_ENDINGS = ("局", "委", "办", "厅", "政府", "公司", "集团", "党委", "党组")


def _in_place_name(name: str) -> bool:
    """``name`` opens with a gazetteer place or town (罗田县…, 城关镇…): a named unit, not a kind."""
    return any(name[:n] in _PLACES for n in range(2, min(MAX_PLACE_LEN, len(name)) + 1)) or any(
        name[:n] in TOWN_NAMES for n in range(3, min(MAX_TOWN_LEN, len(name)) + 1)
    )


def _acceptable(scan: _Scan, start: int, end: int, quotes: list[tuple[int, int]]) -> bool:
    """Whether ``start:end`` may be an ORG: the last check of every name the walk
    or an institution's units propose (``quotes``: the quoted regions, sorted)."""
    text = scan.text
    name = text[start:end]
    if not 2 <= len(name) <= _MAX_NAME:
        return False
    if name not in _STANDALONE_SET and (
        (_NOT_ORG_ENDINGS.search(name[-12:]) and not _owner_department(name))
        or GENERIC_NAMES.match(name)
    ):
        return False
    if _generic_start(name):
        return False
    if (
        (kind := _SCHOOL_KIND.search(name))
        and not name[: kind.start()].endswith(tuple(_NAMED_LEVEL_CHARS))
        and not re.search(r"\d|第|[一二三四五六七八九十]中", name)
    ):
        return False  # 5所城区学校, 县城学校: a kind of school
    if (
        _INSTITUTION_KIND_END.search(name)
        and name[0] not in _NAMED_LEVEL_CHARS  # 县中医院2个: a named one, the count is another's
        and not _in_place_name(name)
    ) and (_KIND_COUNTED_AFTER.match(text, end) or _KIND_COUNTED_BEFORE.search(text, 0, start)):
        return False  # 哨点医院12家, 6所直属学校: a kind of institution counted
    if text[start - 1 : start] == "+" or text[end : end + 1] == "+":
        return False  # “人大+纪工委”: a mechanism formula
    if name == "党组" and text.endswith(("党委(", "党委（"), 0, start):
        return False  # 各级党委(党组): the formula for any party committee or group
    if _DOCUMENT_NUMBER.match(text, end) and (
        (start > 0 and text[start - 1] in "(（") or text[end] in "〔［["
    ):
        return False  # (绵审委经责报〔2023〕5号): an issuing code, not a name
    if _menu_item(text, start, name):
        return False  # 首页 > 党建园地 > 清廉医院: a page's section, not a body
    if name in _STANDALONE_SET and any(
        text[end - n : end] in _STANDALONE_SET for n in _CORE_LENS if n > len(name) and n <= end
    ):
        return False  # 工委 inside 纪工委: the longer short form is the word
    if name in _INSIDE_WORDS and not scan.is_boundary(start):
        return False  # 集|团中央厨房, 乡|综合办公室: inside a word or a longer name
    if name in _STANDALONE_SET and scan.facility_around(start, end):
        return False  # 新建殡仪馆, 殡仪馆大楼: the building, not the body
    if (
        (
            # (…共建蜀南理工大学|宜宾智能制造研究院: a name that goes on is no thing built)
            (
                _BUILT_BEFORE.search(text, max(0, start - 2), start)
                and _NAME_ENDS_AT.match(text, end)
            )
            or _BUILT_AFTER.match(text, end)
        )
        and len(name) <= 6
        and not name.endswith(_BODY_ENDINGS)
        and name[0] not in _NAMED_LEVEL_CHARS
        and not _in_place_name(name)
    ):
        return False  # 共建产业学院, 小铲滩码头扩建工程: a thing built, named by no place
    if (
        name.endswith("政府")
        and text.startswith("网", end)
        and not name.endswith("人民政府")
        and name[-3:-2] in "局委部厅署院办"
    ):
        return False  # 国家林业和草原局政府网: a website's name, the body before it
    if name.endswith("办公室") and text.endswith("小组", 0, start):
        return False  # 领导小组综合办公室: a group's office, no owner written
    if name in _STANDALONE_SET and any(
        GENERIC_NAMES.match(text[start - n : end]) for n in range(2, min(start, 6) + 1)
    ):
        return False  # 党总支 inside 教工党总支: a kind of branch, not this one
    if _KIND_ORGAN.fullmatch(name):
        return False  # 连队党支部书记培训班, 后进党支部1个: a kind of branch
    if name in _OWNED_ORGANS and _KIND_BEFORE_ORGAN.search(text, max(0, start - 3), start):
        return False  # 社区|党委书记: a kind's committee
    village = start - 1 if text[start - 1 : start] == "村" else start  # (村|党总支 read bare)
    if _BARE_VILLAGE_ORGAN.fullmatch(text[village:end]) and (
        _POST_COUNTED_AFTER.match(text, end)
        or _PEOPLE_COUNTED_BEFORE.search(text, max(0, village - 6), village)
    ):
        return False  # 约谈村党支部书记5人, 对2名村党总支书记: the holders of many such posts
    counted = name in _OWNED_ORGANS or name in _TEAM_WORDS
    if counted and _COUNTED_BEFORE.search(text, max(0, start - 5), start):
        return False  # 派出5个巡察组, 11个党支部: a number of them, none named
    if name in _TEAM_WORDS and text.startswith("分别", end):
        return False  # (县委3个巡察组…) 巡察组分别向…反馈: the teams together, none named
    if name == "政协" and text.endswith("人民", 0, start):
        return False  # 人民政协: the institution in general, not one committee
    before = text[max(0, start - 2) : start]
    if before.endswith(("）", ")")):  # 各市（州）生态环境局: look past the bracket
        opening = max(text.rfind("（", 0, start), text.rfind("(", 0, start))
        before = text[max(0, opening - 4) : max(0, opening)]
        if any(g in before for g in ("各", "有关", "相关")):
            return False
        if _COUNTED_LEVEL.search(text, max(0, opening - 8), max(0, opening)):
            return False  # 26个村（社区）综合文化服务中心: a number of them, none named
        if re.fullmatch(r"[省市区县州旗盟、]+", text[opening + 1 : start - 1]) and re.search(
            r"[省市区县州旗盟]$", text[max(0, opening - 1) : opening]
        ):
            return False  # 县（市）区党校: every county's school, a kind, none named
    if name in ("人大", "政协") and text.startswith(("工作", "制度"), end):
        return False  # 落实人大工作…: the congress's work in general, no body
    if name.startswith(("个别", "部分", "辖内")):
        return False  # (问题1：)个别党支部…: some of them, none named, at a line's start too
    if any(before.endswith(g) for g in _GENERIC_BEFORE):
        # 所属单位 is generic, 所属城南派出所 names one, 下属企业党支部 a kind's branches
        named = (
            before.endswith(("所属", "下属", "辖区"))
            and end - start > 4
            and not name.startswith(_KINDS_OF_UNIT)
        )
        if not named:
            return False
    region = enclosing(quotes, start, end)
    if region is not None:
        q_start, q_end = region
        whole = start == q_start + 1 and end == q_end - 1
        if whole or _AWARD_BEFORE.search(text, max(0, q_start - 6), q_start):
            return False
    return True


def enclosing(regions: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The region of a sorted, non-overlapping list that contains ``start:end``."""
    i = bisect_right(regions, (start, 10**12)) - 1
    if i >= 0 and regions[i][0] <= start and end <= regions[i][1]:
        return regions[i]
    return None
