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
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from extractor.lexicon import word_list, word_table
from extractor.places import MAX_PLACE_LEN, PLACE_NAMES
from extractor.recognizers.rules.companies import WELL_KNOWN_COMPANIES
from extractor.recognizers.rules.numbers import book_title_regions
from extractor.recognizers.rules.view import BARRIER

#: Organs that name one body on their own in a notice (the guideline's short
#: forms: [省委]统一部署, [党工委]会议, [管委会]); they are also parents.
STANDALONE: tuple[str, ...] = word_list("org_standalone.txt")

#: Suffixes that need an anchor before them (区政府, 市委巡察办, 区政务服务中心)
#: or, when listed in BARE_OK, a function name that starts at a word boundary.
ANCHORED: tuple[str, ...] = word_list("org_anchored_suffixes.txt")

#: Suffixes accepted without an anchor after a 2–6 character function name
#: that starts at a word boundary (、住建局, 会同发改委, 鼓励江南大学).
#: (Every anchored suffix except those whose bare use is too often generic:
#: 中心, 公司, 办公室, 委员会 …)
BARE_OK = frozenset(ANCHORED) - frozenset(word_list("org_suffixes_not_bare.txt"))
#: Company suffixes: a village before them locates the company, it is not
#: part of its name (溪西村[锦豪精密机械有限责任公司]).
_COMPANIES = frozenset(
    {"有限责任公司", "股份有限公司", "有限公司", "分公司", "总公司", "公司", "集团"}
)
#: A company name's bracketed part (华润（集团）有限公司, 通用技术（集团）控股…,
#: 远嘉资源（澳大利亚）有限公司: a place or country in brackets),
#: read as its word inside the name.
_BRACKETED_PART = re.compile(r"[（(](集团|控股|[\u4e00-\u9fff]{2,6})[）)]")
#: A trade name, a place in brackets, then the business: 汾能（右玉）风电开发|有限公司
_PLACE_IN_BRACKETS = re.compile(r"([（(])[\u4e00-\u9fff]{2,6}[）)][\u4e00-\u9fff]{2,10}")


def _inside_bracketed_part(text: str, q: int, limit: int) -> bool:
    """``q`` falls within a bracketed part that ends before ``limit``."""
    for match in _BRACKETED_PART.finditer(text, max(0, q - 3), limit):
        if match.start() <= q < match.end():
            return True
    return False


#: What may stand before a 经 that means "by" (，经院党委研究, 须经, 未经): the start
#: of a clause or a modal, not a word that ends in 经 (神经, 已经, 财经).
_CLAUSE_OPENERS = frozenset("，,。；;：:、\n 须未")
#: Verbs right after a name that begin like a guard word (…局分别, …局面向全县):
#: the suffix still ends the name.
_VERBS_AFTER_NAMES = ("分别", "面向")
#: Suffixes whose names are long and may contain verbs (巡察反馈意见整改落实工作领导小组).
_GROUPS = frozenset({"领导小组", "工作小组", "专项小组", "工作组", "办公室"})

#: Text right after a suffix that shows it starts another word (部署, 委员, 局面):
#: suffix → an alternation of the words that may follow it.
_GUARDS: dict[str, str] = {
    row[0]: "|".join(map(re.escape, " ".join(row[1:]).split()))
    for row in word_table("org_suffix_guards.tsv")
}

#: Lower-level places written with a name: 碧溪街道, 胡埭镇, 龙延村, 东张社区.
_TOWN_WORDS: tuple[str, ...] = ("街道", "社区", "镇", "乡", "村")
#: Zones: a zone alone is a place, not an ORG, but it anchors its organ.
ZONES: tuple[str, ...] = word_list("org_zones.txt")
_LEADS: tuple[str, ...] = (
    "中国共产党",
    "中共",
    "中华人民共和国",
    "中国",
    "国家",
    "全国",
    "自治区",  # the level of the five autonomous regions: 自治区公安厅, 自治区党委
    "直属机关",  # [直属机关党委], [委直属机关党委]
    "机关",
    "国网",
)
_LEVEL_CHARS = "省市区县旗"  # 旗: the county level of Inner Mongolia (旗委, 旗财政局)
#: …and the level words that may begin an owner's short form where a word starts:
#: an autonomous prefecture's 州 (州妇联党组), a league's 盟, a 兵团 division's 师 (师党委)
_ANCHOR_LEVEL_CHARS = _LEVEL_CHARS + "州盟师"
#: Level words that no town name holds (红旗镇 does hold 旗).
_TOWN_NAME_STOPS = "省市区县"
#: Organs a bare 乡/镇 is written with (乡党委, 镇人民政府).
_TOWN_ORGANS: tuple[str, ...] = tuple(
    sorted(word_list("org_town_organs.txt"), key=len, reverse=True)
)

#: Characters that never occur inside an organisation name in these notices
#: and so bound it on the left (prepositions, conjunctions, particles).
_STOP = frozenset(
    "的对向由在与及或把将被给从为是等并了于以按据到赴请让使跟就其该此这那每所和也都还又已至即则而且如若因属型多报号各暨兼但除"
)
#: Words just before a name that are never part of one (verbs and adverbs of
#: the notices' prose); a name starts right after them.
_LEFT_WORDS: tuple[str, ...] = word_list("org_left_words.txt")
#: Left words that also occur inside names (住房和城乡建设局, 区委组织部,
#: 政务服务中心, 理论学习中心组), so they do not break a name's middle.
_NAME_WORDS = frozenset(word_list("org_name_words.txt"))
#: Words after which 和 stays inside one department name (林业和草原局).
_AND_JOINED = frozenset(word_list("org_and_joined_words.txt"))
#: Name words with a stop character inside (大数据, 日报社, 直属机关).
_STOP_WORDS_IN_NAMES = frozenset(word_list("org_words_with_stop_chars.txt"))
#: Words a leading group's long name never contains (召开党工委会议暨…领导小组).
_GROUP_BREAKERS = ("召开", "会议", "先后", "研究部署", "成立", "设立", "组建", "召集", "听取")
#: A name right after one of these is a generic reference (各部门, 上级党委).
_GENERIC_BEFORE: tuple[str, ...] = word_list("org_generic_before.txt")
#: A name beginning with one of these is generic (区级机关, 乡镇卫生院, 三级医院).
_GENERIC_START = re.compile(
    r"^(?:[各该本其此这那每全第]|国家级|县域|重点|农村(?!经营管理)|(?:世界|国际|国内|全国|全省|行业)?一流|[一二三四五六七八九十两几数多][部个家所]|基层|国企|民企|私企|外企|[省市区县镇村乡]级|乡镇|镇街|两级|[一二三四五六七八九十]级|[一二三四五六七八九十]大)"
)
#: Words that end like an organ but are not one, or facilities and posts: the
#: words of the data file and three patterns (合办 but not 综合办, 支部 but
#: not 党支部, a numeral + 处; 法庭 but not a court's 人民法庭).
_NOT_ORG_ENDINGS = re.compile(
    r"(?:"
    + "|".join(map(re.escape, word_list("org_not_org_endings.txt")))
    + r"|(?<!综)合办|(?<!党)支部|(?<!管)理科|[一二三四五六七八九十两几数]处|(?<!人民)法庭)$"
)
#: Bare generic words that are not a name on their own: the words of the data
#: file and two patterns (…级重点实验室, 教师党支部).
_GENERIC_NAMES = re.compile(
    r"^(?:"
    + "|".join(map(re.escape, word_list("org_generic_names.txt")))
    + r"|(?:国家|全国|省|市)?级?(?:重点|创新)?实验室"
    r"|(?:教师|教工|学生|职工|离退休|退休|流动|机关|在职|师生|临床科室|科室)(?:党支部|党总支|支部))$"
)
#: A count before a bare organ or team (派出5个巡察组, 11个党支部): a number of them, none named.
_COUNTED_BEFORE = re.compile(r"[\d一二三四五六七八九十两几多]+个$")
#: …and before a level's units in brackets (26个村（社区）综合文化服务中心).
_COUNTED_LEVEL = re.compile(r"[\d一二三四五六七八九十两几多]+个[\u4e00-\u9fff]?$")
#: Kinds of body before a bare organ that make it a kind's organ (社区党委书记, 8家子公司党委):
#: the bare 党委 is no name (社区党委 in a community's own notice is found whole, as an
#: owner's short form).
_KIND_BEFORE_ORGAN = re.compile(r"(?:社区|子公司|企业|设区市|单位|学校|(?<!公司)分)$")
_AWARD_BEFORE = re.compile(r"(?:获评|评为|荣获|入选|授予|命名为|创成|获得|成功创建|创建)$")
_ORDINAL_BEFORE = re.compile(r"第[一二三四五六七八九十]+$")
#: An ordinal that tells one unit from its siblings (第二附属医院, 第一检察部,
#: 第三监督检查室): part of the name, not a determiner.
_AFFILIATE_ORDINAL = re.compile(
    r"第[一二三四五六七八九十]+(?:附属|检察部|监督检查室|审查调查室|纪检监察室|派出法庭"
    # one of several units told apart by number (第一稽查局, 第二党支部, 第三税务分局)
    r"|稽查局|税务分局|税务所|分局|党支部|党总支|人民法庭)"
)
#: Organs an owner's short form joins into one span (局党组, 校党委,
#: 自治区党委常委会, 局机关纪委): the guideline's "owner short form + organ".
_OWNED_ORGANS = frozenset(
    {"党组", "党委", "纪委", "党总支", "党支部", "纪委监委", "党工委", "党委工作部", "党群工作部"}
)
_OWNERS = frozenset(word_list("org_owners.txt"))
_OWNER_LENS = sorted({len(w) for w in _OWNERS}, reverse=True)
#: Self-references before an owner stay out of the span (我局党组 → [局党组]).
_SELF = "我本"
#: One-character places (应县, 任县, 新县) whose character is also a word
#: written right before a level committee (应县委要求, 任县委书记, 新县委班子):
#: read as the place before 县委 only after 中共.
_WORD_BEFORE_COMMITTEE = frozenset("应任新")
#: Party committees of a level; right after another organ they begin a new
#: name (省委市委 → [省委][市委]), since a level committee is never a part.
_LEVEL_COMMITTEES = frozenset({"省委", "市委", "区委", "县委", "州委", "旗委", "盟委"})
#: Inspection teams written whole, with their round, object or number:
#: [区委巡察四组], [市委对村巡察第二组], …第十一轮巡视[第五巡视组].
#: Kinds of inspection round written inside a team's name (对村, 提级, 联合 …).
_TEAM_KINDS = "|".join(word_list("inspection_team_kinds.txt"))
_TEAM_NAME = re.compile(
    r"(?:(?:中央|省委|市委|区委|县委|州委|旗委|盟委)(?:第[一二三四五六七八九十]+轮)?"
    rf"(?:{_TEAM_KINDS})?(?:巡视|巡察)(?:第?[一二三四五六七八九十\d]+|机动|专项)组"
    # 市委联合巡察组: a joint team, often not numbered (湖寮镇党委联合巡察组: its owner
    # is found as a name of its own and joined by _team_owner_start)
    r"|(?:中央|省委|市委|区委|县委|州委|旗委|盟委)?联合(?:巡视|巡察)组)"
    # 县委第2巡察组, 市委第三巡察组
    r"|(?:(?:中央|省委|市委|区委|县委|州委|旗委|盟委)?第[一二三四五六七八九十\d]+(?:巡视|巡察)组)"
    # 中央第三生态环境保护督察组: an inspection team of another kind, whole
    r"|(?:中央|省委省政府|省)第[一二三四五六七八九十]+[\u4e00-\u9fff]{2,8}?督察组"
)
#: Discipline teams stationed in a body, named from inside it ([驻部纪检监察组]).
_STATIONED = re.compile(
    r"(?:(?:中央纪委国家监委|[省市区县]纪委监委)(?:第[一二三四五六七八九十]+)?)?"
    r"(?:派驻|驻)(?:第[一二三四五六七八九十]+)?[\u4e00-\u9fff]{0,10}?纪检(?:监察)?组"
)
#: The Communist Youth League committee of a level ([团县委]), not the party's [县委].
_LEAGUE = re.compile(
    r"(?:共青团|(?<![集社兵剧乐旅军师青])团)[省市区县州]委"
    # 共青团湘潭市委员会: the committee's full name, with its place
    r"|共青团[\u4e00-\u9fff]{2,8}?[省市区县州]委员会"
)
_UNIVERSITY_SHORT = frozenset(word_list("university_short_forms.txt"))
#: Higher-education institutions by full name (暨南大学, 陇南师范高等专科学校): a
#: name the suffix walk may miss, found whole; a half-width bracket matches too.
_UNIVERSITY_NAMES = re.compile(
    "|".join(
        re.escape(name).replace("（", "[（(]").replace("）", "[）)]")
        for name in sorted(word_list("universities.txt"), key=len, reverse=True)
    )
)
#: The discipline commissions written as one joint organ, with an internal office
#: numbered inside the name ([县纪委监委第三监督检查室]: an ordinal inside a name stays).
_SPECIAL = re.compile(
    # the joint commission, its level written once or twice (区纪委区监委)
    r"(?:中央纪委国家监委|([省市区县州旗])纪委\1?监委(?:机关)?)"
    r"(?:第[一二三四五六七八九十]+(?:监督检查室|审查调查室|纪检监察室))?"
    # a commission's numbered office named alone (第三监督检查室追缴…)
    r"|(?<![\u4e00-\u9fff])第[一二三四五六七八九十]+(?:监督检查室|审查调查室|纪检监察室)"
)
#: Name endings that close a whole name; one inside a middle means the walk
#: would glue two names (青海师范大学藏语智能实验室跻身全国重点实验室).
_WHOLE_NAME_ENDS = ("实验室", "研究院", "研究所", "大学", "公司", "集团", "委员会", "政府", "医院")
_MAX_MIDDLE = 12
_MAX_GROUP_MIDDLE = 16
_MAX_BARE = 6
#: No organisation name in a notice is longer (the longest leading-group names
#: run to about 30 characters); the bound also keeps the walk linear.
_MAX_NAME = 40
#: Government suffixes, whose function names may start like a sector (生态环境部).
_ORGANS = frozenset({"局", "部", "办", "委", "科", "厅"})
_VILLAGE_PREFIX = re.compile(r"^[\u4e00-\u9fff]{2,3}?(?:村|社区|街道|镇)")
_MAX_COMPANY = 12
#: A count right after a name: the name is a kind being counted (产业学院4个).
_COUNT_AFTER = re.compile(r"[\d一二三四五六七八九十两]+[个所家]")
#: Research units, whose function names run long like companies'
#: (农产品质量安全与检测技术研究所, 川东丘陵作物遗传育种重点实验室).
_RESEARCH_UNITS = frozenset(
    {"研究院", "研究总院", "研究所", "实验室", "学院", "项目部", "项目经理部"}
)

#: An institution's own party organ (中共江北师范大学委员会, 扬州大学附属中学党委,
#: 集团有限公司委员会) named in a notice's opening: the notice is that
#: institution's, so its internal units named alone point at one body.
_INSTITUTION_NOTICE = re.compile(
    "(?:"
    + "|".join(map(re.escape, word_list("org_institution_kinds.txt")))
    + ")(?:党委|党组|党总支|党支部|支部委员会|委员会)"
)
#: …or one that names it by its owner's short form or a self-reference (向院党组反馈,
#: 对本院开展, 对我中心…进行了审计): a court's, school's or centre's own notice.
_INSTITUTION_SELF = re.compile(r"(?:^|[向对由经])院(?:党组|党委)|[我本](?:院|校|中心)(?![长内外])")
#: Words before 处/科 that are no division (多处, 各处, 一处 are caught as generic).
_NOT_DIVISION_NAMES = frozenset({"到", "多", "好", "益", "用", "长", "短", "难", "痛", "妙"})
#: A department's party group or committee named in the opening (省税务局党委,
#: 市住建局党组, 省卫生健康委员会党组): the notice is that department's.
_DEPARTMENT_NOTICE = re.compile(r"(?:局|厅|委员会|委|署|办)(?:党组|党委)")
#: …or an opening that says an audit or inspection examined the institution
#: itself (省审计厅对黔北师范大学…进行了审计): the notice is that institution's.
_INSTITUTION_AUDITED = re.compile(
    r"对[^，,。；;\n]{0,20}?(?:"
    + "|".join(map(re.escape, word_list("org_institution_kinds.txt")))
    + r")[^，,。；;\n]{0,40}?(?:进行|开展|实施)了?[^，,。；;\n]{0,10}?(?:审计|巡视|巡察)"
)
#: A kind of school, not a name: the kind's words before 学校/幼儿园 (城区学校, 普惠性民办幼儿园)
_SCHOOL_KIND = re.compile(
    "(?:" + "|".join(map(re.escape, word_list("school_kind_words.txt"))) + ")+(?:学校|幼儿园)$"
)
#: kind of body → owner short form it lends in its own notice (电视台 → 台党委), and the
#: opening's naming of such a body's own committee
_NOTICE_OWNERS: dict[str, str] = dict(word_table("org_notice_owners.tsv"))
_NOTICE_OWNER_KIND = re.compile(
    "("
    + "|".join(sorted(map(re.escape, _NOTICE_OWNERS), key=len, reverse=True))
    + ")(?:党委|党组|委员会)"
)
#: A township's or street's own notice (镇党委, 街道党工委 in the opening): its offices and
#: squads named alone (党政综合办公室, 综合行政执法中队) are its units, as 党建办 is.
_TOWNSHIP_NOTICE = re.compile(r"(?:街道|镇|乡)(?:党工委|党委)|街道办事处")
#: Suffixes bare after a function name in a township's own notice.
_TOWNSHIP_BARE = frozenset({"办公室", "中队"})
#: The opening (title and first paragraph) where a notice names its own body.
_OPENING = 400
#: Units an institution's notice names alone (研究生院, 图书馆, 附属医院, 执行局).
_UNIT_RE = re.compile(
    "|".join(sorted(map(re.escape, word_list("org_institution_units.txt")), key=len, reverse=True))
)
#: Boards of a company, and the words that set them up as kinds (建立健全董事会、监事会).
_BOARDS = frozenset({"董事会", "监事会", "理事会", "股东会"})
_BOARDS_SET_UP = re.compile(
    r"(?:建立|健全|完善|设立|组建)(?:健全|完善)?(?:[\u4e00-\u9fff]{2,4}、)*$"
)
#: A hospital's own notice: its departments named alone are its units.
_HOSPITAL_NOTICE = re.compile(r"(?:医院|卫生院)(?:集团)?(?:党委|党总支|委员会)")
#: A hospital department with the field of medicine before it (心血管内科, 骨科).
_HOSPITAL_DEPARTMENT = re.compile(
    r"(?=([\u4e00-\u9fff]{0,4}?)("
    + "|".join(sorted(map(re.escape, word_list("hospital_departments.txt")), key=len, reverse=True))
    + "))"
)
#: Suffixes bare after a function name only in an institution's notice
#: (心理健康教育中心, 学位评定委员会, 东部分校).
_INSTITUTION_BARE = frozenset(word_list("org_institution_bare_suffixes.txt"))
#: Suffixes of names that may join two fields with one 与 (化学与材料科学学院).
_JOINED = frozenset(word_list("org_joined_suffixes.txt"))
#: People and kinds of body: before 与 a party of their own (企业与商务部对接).
_JOIN_PARTIES = frozenset(word_list("org_join_parties.txt"))
#: Words next to a unit that mean a building or project (新建图书馆, 医院改造工程).
_FACILITY_WORDS: tuple[str, ...] = word_list("org_facility_words.txt")


#: National bodies written with 全国 (全国人民代表大会, 全国政协), which is no determiner.
_NATIONAL_BODIES = tuple(
    "全国" + body
    for body in ("人大", "人民代表大会", "政协", "总工会", "妇联", "工商联", "供销合作总社")
)


def _generic_start(name: str) -> bool:
    """``name`` begins like a generic reference (各部门, 本市, 全县, 五家单位,
    那些), unless a gazetteer place covers that beginning (本溪市委, 全州县委,
    那曲地委, 五家渠市委, 五大连池市委): the whole place name is positive
    evidence that the first character is not a determiner or numeral."""
    match = _GENERIC_START.match(name)
    if match is None or _AFFILIATE_ORDINAL.match(name):
        return False  # 第二附属医院: the ordinal tells one affiliate from another
    if name.startswith(_NATIONAL_BODIES):
        return False  # 全国人大常委会: 全国 names the national body, not "every"
    for n in range(min(MAX_PLACE_LEN, len(name) - 1), max(1, match.end() - 1), -1):
        if name[:n] in _PLACES:
            return False
    return True


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_SUFFIX_WORDS = frozenset(STANDALONE + ANCHORED)
_SUFFIX_RE = re.compile(rf"(?=({_alternation(STANDALONE + ANCHORED)}))")
_STANDALONE_SET = frozenset(STANDALONE)
_ZONE_SET = frozenset(ZONES)
_ZONE_LENS = sorted({len(z) for z in ZONES}, reverse=True)
_CORE_LENS = sorted({len(c) for c in STANDALONE}, reverse=True)
_LEFT_WORD_SET = frozenset(_LEFT_WORDS)
#: Place names that are also everyday verbs (会同县, 新建区) anchor nothing.
_PLACES = PLACE_NAMES - _LEFT_WORD_SET
_PLACE_LAST_CHARS = frozenset(name[-1] for name in _PLACES)
_LEFT_WORD_LENS = sorted({len(w) for w in _LEFT_WORDS}, reverse=True)
#: Verbs whose object is a body: after them a function's name is a name (会同规划发展部).
_GOVERNING_VERBS: tuple[str, ...] = word_list("org_governing_verbs.txt")
#: Posts written after an organ (巡察组组长, 局党组书记): the organ's name ends there.
_POST_TITLES: tuple[str, ...] = tuple(
    sorted(word_list("org_post_titles.txt"), key=len, reverse=True)
)
#: Adverbs that open a predicate right after a name (局党组共认领…, 县委已…).
_ADVERBS = frozenset("共均已将也还都又再并即就曾")
#: Name words that, right after an organ, are verbs (公司纪委|联合|审计部), whatever
#: names they also occur in (化学工程联合国家重点实验室 has no organ before 联合).
_VERBS_NOT_NAMES = frozenset({"联合"})
#: Common verbs after which a name may start (代表|上海市人民政府): boundaries only.
_BOUNDARY_VERBS = frozenset(word_list("org_boundary_verbs.txt"))


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


def _owner_department(name: str) -> bool:
    """An owner's department named by its functions ([集团科技创新中心]): a unit, though
    its ending alone (科技创新中心) is often a concept."""
    return any(
        name.startswith(owner)
        and _owned_here(suffix, name[len(owner) : -len(suffix)], False, False)
        for owner in _OWNERS
        for suffix in _DEPARTMENT_SUFFIXES
        if name.endswith(suffix) and len(name) > len(owner) + len(suffix)
    )


def _has_left_word(name: str) -> bool:
    return any(
        name[i : i + n] in _LEFT_WORD_SET
        for n in _LEFT_WORD_LENS
        if n > 1
        for i in range(len(name) - n + 1)
    )


#: After 至 in a name: the route's other end and its kind (南丹至天峨高速公路).
_ROUTE_AFTER = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:高速|公路|铁路|城际|快速路|大道)")
#: Characters that make a word with 经 (经济, 经营, 经开区, 经信局, 经管学院): after 经
#: they go on with it, 经 is no preposition there.
_WORDS_AFTER_JING = frozenset("济营开信管贸")
_NAME_WORD_LENS = sorted({len(w) for w in _NAME_WORDS}, reverse=True)


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
        if before == "届" and pos >= 2 and self.text[pos - 2] in "一二三四五六七八九十":
            return True  # 十四届|宜兴市委: a term of office ends, the name starts
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
        owned = group or suffix in _OWNED_ORGANS
        joins = suffix in _JOINED
        company = suffix in _COMPANIES
        # 数据中心一期 is a facility (DECISIONS), so 数据 joins no 中心 to its owner
        words = _STOP_WORDS_IN_NAMES if suffix != "中心" else _STOP_WORDS_IN_NAMES - {"数据"}
        level_place = self.level_place_start(suffix_start) if suffix in _LEVEL_COMMITTEES else None
        best: int | None = None
        for q in range(suffix_start, max(-1, suffix_start - limit - 1), -1):
            middle = self.text[q:suffix_start]
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


#: Divisions (庭) of a court: 立案庭, 民一庭, 刑事审判庭, 执行庭.
_COURT_DIVISION = re.compile(
    r"(?:立案|执行|速裁|少年家事|少年|家事|商事|金融|行政|民事|刑事|环境资源|知识产权|审判监督|[民刑][一二三四五六七八九十])"
    r"(?:审判)?(?:第[一二三四五六七八九十]+)?$"
)


#: Suffixes of an owner's departments named by their function ([集团审计部], [公司财务部]).
_DEPARTMENT_SUFFIXES = frozenset({"部", "处", "室", "科", "中心"})
#: Functions of the divisions (处) of universities, enterprises and departments.
_DIVISION_NAME = re.compile(
    "(?:" + "|".join(map(re.escape, word_list("org_division_functions.txt"))) + ")$"
)
_DIVISION_WORD = re.compile("|".join(map(re.escape, word_list("org_division_functions.txt"))))
#: One to three function words, joined or not by 与/和: an owner's department may
#: name several (集团审计法务部, 集团审计与风险管理部).
_DIVISION_WORDS = re.compile(
    rf"(?:{_DIVISION_WORD.pattern})(?:[与和]?(?:{_DIVISION_WORD.pattern})){{0,2}}"
)
#: A division named by two functions or by what it manages (综合规划处, 河湖管理处,
#: 建筑管理股): the walk to it has already refused verbs and generic words.
_COMPOUND_DIVISION = re.compile(rf"(?:{_DIVISION_WORD.pattern}){{2,3}}|[\u4e00-\u9fff]{{1,4}}管理")


#: Industry words that end a company's trade name (卓和药业, 中金资本, 经开控股).
_INDUSTRIES: tuple[str, ...] = word_list("company_industries.txt")
#: Modifiers that make "X + industry" a sector, not a company (数字科技, 绿色能源).
_SECTOR_WORDS = frozenset(word_list("company_sector_words.txt"))
#: What follows a company named as the subject of a sentence (中科微至于2021年…).
_COMPANY_ACTS: tuple[str, ...] = word_list("company_acts.txt")
#: The head of a list of sectors, not companies: …、高端装备等战略性新兴产业 (a list of
#: projects, 航盛新能源等项目, names companies: their projects).
_SECTOR_LIST_HEAD = re.compile(
    r"[^。；;，,：:]{0,40}?等[^。；;，,企公]{0,8}?"
    r"(?:产业|行业|领域|技术|集群|业态|赛道|产品|消费|服务|经济|标准|材料|能力)"
)
_TRADE_RE = re.compile(
    rf"(?=([\u4e00-\u9fff]{{2,4}}?)({'|'.join(sorted(_INDUSTRIES, key=len, reverse=True))})(公司)?)"
)


#: Kinds of university, not names (老年大学, 开放大学).
_UNIVERSITY_KINDS = frozenset(word_list("university_kinds.txt"))


def _proper_university_name(name: str) -> bool:
    """A two-character name before 大学 that can stand alone as its short form
    (复旦, 清华): no place, kind, sector or verb."""
    return not (
        name in _PLACES
        or name in _LEADS
        or name in _UNIVERSITY_KINDS
        or name in _SECTOR_WORDS
        or name in _FIELDS
        or name in _LEFT_WORD_SET
        or any(c in _STOP or not _is_cjk(c) for c in name)
    )


#: Characters after a short form that make it part of another word (北大荒, 南大街).
_SHORT_FORM_GOES_ON = frozenset("荒街门楼道路桥郎")
#: A university's full name whose short form a notice may use alone.
_FULL_UNIVERSITY = re.compile(
    r"([\u4e00-\u9fff]{2})(师范|工业|科技|农业|医科|交通|财经|外国语)?大学"
)
#: How a kind of university is shortened after its name (华东师范大学 → 华东师大,
#: 江淮工业大学 → 江淮工大).
_UNIVERSITY_KIND_SHORT = {
    "师范": "师大",
    "工业": "工大",
    "科技": "科大",
    "农业": "农大",
    "医科": "医大",
    "交通": "交大",
    "财经": "财大",
    "外国语": "外大",
}

_WELL_KNOWN_RE = re.compile(
    "|".join(sorted(map(re.escape, WELL_KNOWN_COMPANIES), key=len, reverse=True))
)

#: The head of a company list: 等8家企业, 等党建典型企业, 等一批企业.
_LIST_HEAD = re.compile(
    r"等(?:[\d一二三四五六七八九十两百余多]+(?:家|个|批))?(?:重点|龙头|骨干|知名|优质|头部)?"
    r"(?:(?!产业|行业|领域|链|类型|等)[\u4e00-\u9fff]){0,4}?(?:企业|公司)(?!家|文化|负责人|主体|用地|诉求)"
    r"|(?<!股改)(?<!改制)(?<!挂牌)(?=(?:股改|改制|挂牌)?上市)"  # 推进德力佳、全盛安仁股改上市
)
_MAX_LIST_ITEM = 10
_NOT_LISTED_ENDINGS = re.compile(
    r"(?:行业|产业|领域|项目|企业|板块|园区|基地|平台|业态|集群|产品|技术)$"
)


def _after_left_word(text: str, start: int, end: int) -> int:
    """Where the first item of a list begins: after the verb that leads it in."""
    best = start
    for k in range(start, end - 1):
        if text[k] in _STOP:
            best = k + 1
        elif any(
            text[k - n + 1 : k + 1] in _LEFT_WORD_SET for n in _LEFT_WORD_LENS if n <= k + 1 - start
        ):
            best = k + 1
    return best


#: Fields of activity that are listed before 等…企业 as kinds, not names.
_FIELDS = frozenset(word_list("company_fields.txt"))


def _listed_name_ok(name: str) -> bool:
    return (
        2 <= len(name) <= _MAX_LIST_ITEM
        and name not in _FIELDS
        and name not in _SECTOR_WORDS
        and name not in _INDUSTRIES
        and name not in _PLACES
        and name[0] not in _STOP
        and "等" not in name
        and not _NOT_LISTED_ENDINGS.search(name)
        and name[-1] not in "股市板"
        and not _GENERIC_START.match(name)
        and not any(c in "一二三四五六七八九十" for c in name[:1])
    )


class OrgFinder:
    """Find ORG spans in a compact (whitespace-free) text."""

    def __call__(
        self, text: str, quotes: list[tuple[int, int]] | None = None
    ) -> list[OrgCandidate]:
        scan = _Scan(text)
        known, known_anchors = self._well_known(scan)
        found: list[OrgCandidate] = self._trade_names(scan) + known
        listed = self._listed_universities(scan)
        short_forms = self._university_short_forms(scan, listed)
        found += listed + short_forms + self._institution_units(scan, quotes or [])
        found += self._hospital_departments(scan) + _numbered_schools(scan)
        found += _departments_of_study(scan)
        for cand in found + known_anchors:  # 经开控股党委, 华为技术有限公司, 复旦附属…
            scan.org_start_by_end[cand.end] = cand.start
        last_end_at: dict[int, int] = {}
        for match in _SUFFIX_RE.finditer(text):
            suffix = match.group(1)
            suffix_start = match.start()
            end = suffix_start + len(suffix)
            guard = _GUARDS.get(suffix)
            if (
                guard
                and re.match(guard, text[end : end + 4])
                and not text.startswith(_VERBS_AFTER_NAMES, end)
                and not _division_then_zai(scan, suffix, suffix_start, end)
            ):
                continue
            if suffix_start in last_end_at and last_end_at[suffix_start] >= end:
                continue
            if len(suffix) == 1 and any(
                text[end - n : end] in _STANDALONE_SET for n in _CORE_LENS if 1 < n <= end
            ):
                continue  # 党工委 / 市委 are found as a whole
            start = scan.start_for(suffix_start, suffix)
            if start is not None:
                start = _without_lead(text, start, end)
            if start is None or not self._acceptable(scan, start, end, quotes or []):
                continue
            found.append(OrgCandidate(start, end))
            previous = scan.org_start_by_end.get(end)
            scan.org_start_by_end[end] = start if previous is None else min(previous, start)
            scan.forget(end)
        for pattern in (_SPECIAL, _TEAM_NAME, _STATIONED, _LEAGUE):
            for match in pattern.finditer(text):
                start = match.start()
                if pattern is _TEAM_NAME and text.startswith(("第", "联合"), start):
                    start = _team_owner_start(scan, start)
                found.append(OrgCandidate(start, match.end()))
        found += self._listed_companies(scan)
        found += _ministry_divisions(scan, found) + _ministrys_own_divisions(scan)
        found += _bureaus_that_are_companies(scan, found)
        found += _subsidiaries_with_trade_names(scan, found)
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
            if c.end - c.start >= 3 and _is_cjk(text[c.start]) and _is_cjk(text[c.end - 1])
        }
        defined = {match.group(1) for match in _ALIAS.finditer(text)}  # (以下简称监测站)
        names = {
            n
            for n in names
            if (n not in _SUFFIX_WORDS or n in defined)
            and not _GENERIC_NAMES.match(n)
            and "\n" not in n
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
            if _guarded(text, end):
                continue  # 组织部 found once, 组织部门 / 组织部署 are other words
            if scan.is_boundary(start) or text[start - 1 : start] == "、":
                out.append(OrgCandidate(start, end))
        return out

    def _hospital_departments(self, scan: _Scan) -> list[OrgCandidate]:
        """心血管内科, 急诊医学科, 骨科, 药学部 in a hospital's own notice: its units,
        each starting where a word may start (after punctuation, 、 or a verb),
        the field of medicine before the ending included (心血管|内科)."""
        if not scan.hospital:
            return []
        text = scan.text
        out: list[OrgCandidate] = []
        last_end = -1
        for match in _HOSPITAL_DEPARTMENT.finditer(text):
            field_start, end = match.start(1), match.end(2)
            if end <= last_end:
                continue
            starts = [
                s
                for s in range(field_start, match.start(2) + 1)
                if scan.is_boundary(s) and not _starts_with(text[s:end], _LEFT_WORD_SET, 2)
            ]
            if not starts or any(c in _STOP for c in text[starts[0] : match.start(2)]):
                continue
            if re.match(_GUARDS.get("科", "$^"), text[end : end + 2]) and text[end - 1] == "科":
                continue  # 外科技术: another word goes on
            out.append(OrgCandidate(starts[0], end))
            last_end = end
        return out

    def _institution_units(self, scan: _Scan, quotes: list[tuple[int, int]]) -> list[OrgCandidate]:
        """研究生院, 图书馆, 出版社, 附属医院, 执行局 named alone in an
        institution's own notice: each points at one of its units, like the
        guideline's short forms ([党工委]), so it is ORG, with an owner short
        form before it ([校团委], [院工会]). Not in other notices (a county's
        图书馆 may be a building), not as a generic reference (各附属医院), and
        not where a building or project is meant (新建图书馆, 档案馆大楼) — except
        for affiliates (附属医院, 附中), which are named institutions and so
        ORG even in a project phrase (DECISIONS 3.4: [滨湖中学]建设项目).
        Their ends anchor the names after them (图书馆党总支)."""
        if not (scan.institution or scan.department):
            return []
        text = scan.text
        out: list[OrgCandidate] = []
        for match in _UNIT_RE.finditer(text):
            start, end = match.span()
            owner = scan.owner_at(start)
            if owner is not None:
                start = owner
            elif not scan.is_boundary(start):
                continue  # 江北师范大学图书馆: found whole by its suffix
            if _guarded(text, end):
                continue  # 校办企业: a school-run enterprise, not the president's office
            if match.group() in _BOARDS and _BOARDS_SET_UP.search(text, max(0, start - 14), start):
                continue  # 建立健全董事会、监事会: the kind of board a company must have
            building = not match.group().startswith("附") and scan.facility_around(start, end)
            # the body's own office named alone (由办公室牵头) is generic in a territory's notice
            own_office = (
                text[start:end] == "办公室"
                and (
                    text[start - 1 : start] in _OFFICE_BEFORE
                    or (
                        scan.left_word_ends_at(start)
                        and not text.endswith(_OFFICE_SET_UP, 0, start)
                        and text[start - 2 : start] not in _NAME_WORDS  # 案件管理办公室
                    )
                )
                and not text.startswith(("设在", "设于", "于"), end)  # a group's office, placed
            )
            if building or not (own_office or self._acceptable(scan, start, end, quotes)):
                continue
            out.append(OrgCandidate(start, end))
        return out

    def _listed_universities(self, scan: _Scan) -> list[OrgCandidate]:
        """A university or college of the national list, whole (暨南大学,
        辽宁对外经贸学院, 肇庆医学高等专科学校), where a name may start and the
        word ends with it (not 长江大学生). Organs after it attach through the
        anchor it leaves (暨南大学党委)."""
        text = scan.text
        out: list[OrgCandidate] = []
        for match in _UNIVERSITY_NAMES.finditer(text):
            start, end = match.span()
            if not (scan.anchor_may_start(start) or text[start - 1 : start] == "、"):
                continue
            suffix = next((s for s in ("大学", "学院", "学校") if match.group().endswith(s)), "")
            guard = _GUARDS.get(suffix)
            if guard and re.match(guard, text[end : end + 4]):
                continue
            out.append(OrgCandidate(start, end))
        return out

    def _university_short_forms(
        self, scan: _Scan, listed: list[OrgCandidate]
    ) -> list[OrgCandidate]:
        """复旦, 清华, 华东师大: a university by its short form, from the word
        list or from its full name in the same text (复旦大学 → 复旦,
        华东师范大学 → 华东师大). Only where the short form is a word of its
        own: it starts a word and the next character does not make it another
        word (北大荒), and not inside a listed full name (南大 of 暨南大学)."""
        text = scan.text
        forms = set(_UNIVERSITY_SHORT)
        for match in _FULL_UNIVERSITY.finditer(text):
            name, normal = match.group(1), match.group(2)
            if re.match(_GUARDS["大学"], text[match.end() : match.end() + 1]):
                continue  # 大学生: not a university
            at_word = scan.is_boundary(match.start()) or text.endswith("中共", 0, match.start())
            if not at_word or not (normal or _proper_university_name(name)):
                continue
            forms.add(name + _UNIVERSITY_KIND_SHORT[normal] if normal else name)
        forms = {f for f in forms if f in text}
        if not forms:
            return []
        out: list[OrgCandidate] = []
        pattern = re.compile("|".join(sorted(map(re.escape, forms), key=len, reverse=True)))
        for match in pattern.finditer(text):
            start, end = match.start(), match.end()
            if not (scan.is_boundary(start) or text[start - 1 : start] == "、"):
                continue
            if text.startswith(("大学", "师范", "大附"), end):
                continue  # the full name is found by its suffix
            if text[end : end + 1] in _SHORT_FORM_GOES_ON:
                continue  # 北大荒, 南大街: a longer word
            if any(u.start <= start and end <= u.end for u in listed):
                continue  # 暨南大学: a listed name, not 南大
            out.append(OrgCandidate(start, end))
        return out

    def _well_known(self, scan: _Scan) -> tuple[list[OrgCandidate], list[OrgCandidate]]:
        """国家电网, 中国移动, 工商银行: short forms everyone uses (see companies.py).

        Returns the mentions, and the occurrences that only lead a longer name
        (华为 in 华为技术有限公司), which anchor that name's left walk."""
        text = scan.text
        out: list[OrgCandidate] = []
        anchors: list[OrgCandidate] = []
        for match in _WELL_KNOWN_RE.finditer(text):
            start, end = match.start(), match.end()
            if not (scan.anchor_may_start(start) or text[start - 1 : start] == "、"):
                continue
            after = text[end : end + 2]
            ends_word = (
                not after
                or not _is_cjk(after[0])
                or after[0] in _STOP
                or after.startswith(_COMPANY_ACTS)
                or scan.left_word_ends_at(end + 2)
            )
            if end - start > 2 or ends_word:
                out.append(OrgCandidate(start, end))
            else:
                anchors.append(OrgCandidate(start, end))
        return out, anchors

    def _listed_companies(self, scan: _Scan) -> list[OrgCandidate]:
        """Names enumerated before 等(N家)…企业/公司 (耐世特、陶陶科技等企业).

        Notices list the companies they attracted or served by short trade
        names that no suffix marks; the list's head noun says what they are."""
        text = scan.text
        out: list[OrgCandidate] = []
        for match in _LIST_HEAD.finditer(text):
            items: list[tuple[int, int]] = []
            end = match.start()
            while True:
                start = end
                while start > 0 and start > end - _MAX_LIST_ITEM - 8 and _is_cjk(text[start - 1]):
                    start -= 1
                items.append((start, end))
                if start == 0 or text[start - 1] != "、":
                    break
                end = start - 1
            if len(items) < 2:
                continue
            first_start, first_end = items[-1]
            items[-1] = (_after_left_word(text, first_start, first_end), first_end)
            if not all(_listed_name_ok(text[a:b]) for a, b in items[:-1]):
                continue  # one item is not a name (资金等要素): not a list of companies
            for start, end in items:
                if _listed_name_ok(text[start:end]) and scan.is_boundary(start):
                    out.append(OrgCandidate(start, end))
        return out

    def _trade_names(self, scan: _Scan) -> list[OrgCandidate]:
        """Companies by trade name: a 2–4 character name at a word boundary
        and an industry word (卓和药业, 东证资本, 航盛新能源, 德康物业公司)."""
        text = scan.text
        out: list[OrgCandidate] = []
        for match in _TRADE_RE.finditer(text):
            start, name = match.start(), match.group(1)
            end = match.end(3) if match.group(3) else match.end(2)
            if not scan.is_boundary(start) or name in _SECTOR_WORDS:
                continue
            if name[0] in _STOP or any(
                (c in _STOP and c != "和") or c in "一二三四五六七八九十" for c in name
            ):
                continue
            if _has_left_word(name) or _starts_with(name, _SECTOR_WORDS):
                continue
            if name in _SUFFIX_WORDS or _GENERIC_START.match(name) or name[-1] in _LEVEL_CHARS:
                continue
            if name in _PLACES:
                continue  # 无锡集成电路, 南通科技大市场: a place and a sector
            before, after = text[start - 1 : start], text[end : end + 2]
            listed = before == "、" or after[:1] in "、等和与及"
            # 公司 closes the name, so whatever follows is the sentence (督促禾源物业公司补充…)
            acting = after.startswith(_COMPANY_ACTS) or bool(match.group(3))
            if after[:1] and _is_cjk(after[0]) and after[0] not in "、等和与及" and not acting:
                continue  # 临港冷链物流园: the name goes on, it is not a company's

            if not (listed or acting):
                continue  # a company is named in a list or as the subject of an act
            if listed and not acting and _SECTOR_LIST_HEAD.match(text, end, end + 60):
                continue  # 新能源、高端装备等战略性新兴产业: a list of sectors
            out.append(OrgCandidate(start, end))
        return out

    def _acceptable(self, scan: _Scan, start: int, end: int, quotes: list[tuple[int, int]]) -> bool:
        text = scan.text
        name = text[start:end]
        if not 2 <= len(name) <= _MAX_NAME:
            return False
        if name not in _STANDALONE_SET and (
            (_NOT_ORG_ENDINGS.search(name[-12:]) and not _owner_department(name))
            or _GENERIC_NAMES.match(name)
        ):
            return False
        if _generic_start(name):
            return False
        if _SCHOOL_KIND.search(name) and not re.search(r"\d|第|[一二三四五六七八九十]中", name):
            return False  # 5所城区学校, 县城学校: a kind of school
        if text[start - 1 : start] == "+" or text[end : end + 1] == "+":
            return False  # “人大+纪工委”: a mechanism formula
        if name in _STANDALONE_SET and any(
            text[end - n : end] in _STANDALONE_SET for n in _CORE_LENS if n > len(name) and n <= end
        ):
            return False  # 工委 inside 纪工委: the longer short form is the word
        if name in _STANDALONE_SET and any(
            _GENERIC_NAMES.match(text[start - n : end]) for n in range(2, min(start, 6) + 1)
        ):
            return False  # 党总支 inside 教工党总支: a kind of branch, not this one
        if name in _OWNED_ORGANS and _KIND_BEFORE_ORGAN.search(text, max(0, start - 3), start):
            return False  # 社区|党委书记: a kind's committee
        counted = name in _OWNED_ORGANS or name in ("巡察组", "巡视组")
        if counted and _COUNTED_BEFORE.search(text, max(0, start - 5), start):
            return False  # 派出5个巡察组, 11个党支部: a number of them, none named
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
        if any(before.endswith(g) for g in _GENERIC_BEFORE):
            named = before.endswith(("所属", "下属")) and end - start > 4
            if not named:  # 所属单位 is generic, 所属城南派出所 names one
                return False
        region = enclosing(quotes, start, end)
        if region is not None:
            q_start, q_end = region
            whole = start == q_start + 1 and end == q_end - 1
            if whole or _AWARD_BEFORE.search(text, max(0, q_start - 6), q_start):
                return False
        return True


#: A division (司) after a central ministry or commission: 交通运输部|综合规划司,
#: 国家发展改革委|地区振兴司. Only central organs have 司 divisions; 公司 and 司机
#: are no division.
_MINISTRY_DIVISION = re.compile(r"[\u4e00-\u9fff]{2,8}?司(?!机|法|令|长|局)")
#: Words that open a generic reference, not a division's name (有关司局).
_NOT_DIVISIONS = ("有关", "相关", "各", "该", "其他", "下属")


def _ministry_divisions(scan: _Scan, found: list[OrgCandidate]) -> list[OrgCandidate]:
    text = scan.text
    divisions: list[OrgCandidate] = []
    for cand in found:
        name = text[cand.start : cand.end]
        if name[-1] not in "部委局署" or name[0] in _ANCHOR_LEVEL_CHARS or "党" in name:
            continue
        match = _MINISTRY_DIVISION.match(text, cand.end)
        if match is None or match.group().endswith("公司"):
            continue
        division = match.group()
        if scan.valid_middle(division[:-1], False) and not division.startswith(_NOT_DIVISIONS):
            divisions.append(OrgCandidate(cand.start, match.end()))
    return divisions


#: What leads a name but is not part of it: a self-reference before an owner
#: (我局党组 → [局党组]) and a leading term ordinal (新一届中国足协, 十四届市委).
_SELF_LEAD = re.compile(r"[我本](?=" + _alternation(sorted(_OWNERS)) + ")")
_TERM_LEAD = re.compile(r"(?:新一|上一|本|第?[一二三四五六七八九十\d]+)届")


#: A short name a notice defines right after a name: （以下简称“交控集团”）.
_ALIAS = re.compile(r"[（(]以下简称[：:]?[“\"]?([\u4e00-\u9fff]{2,12})[”\"]?[）)]")


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
        if match.start() not in ends or alias in _OWNERS or _GENERIC_NAMES.match(alias):
            continue  # (以下简称“中心”): a generic word, no name
        out.append(OrgCandidate(match.start(1), match.end(1)))
    return out


#: A middle school by its place and number (合肥一中, 榆次一中, 长沙十一中), not a
#: plenary session (二中全会) nor a centre (一中心).
_NUMBERED_SCHOOL = re.compile(
    r"(?=([\u4e00-\u9fff]{2,4}?)([一二三四五六七八九十]{1,3}中)(?![心学国央层间期全队]))"
)


def _numbered_schools(scan: _Scan) -> list[OrgCandidate]:
    """合肥一中 where a word may start: the place is a gazetteer place, so 届二中全会
    and other numerals before 中 stay out."""
    text = scan.text
    out: list[OrgCandidate] = []
    for match in _NUMBERED_SCHOOL.finditer(text):
        place, start, end = match.group(1), match.start(1), match.end(2)
        if place in _PLACES and (scan.is_boundary(start) or text[start - 1 : start] == "、"):
            out.append(OrgCandidate(start, end))
    return out


def _division_then_zai(scan: _Scan, suffix: str, suffix_start: int, end: int) -> bool:
    """医政医管处在全省…: in a department's or institution's own notice a division
    followed by 在 is the division acting, not 处在 "to be in" (正处在, 仍处在)."""
    text = scan.text
    return (
        suffix == "处"
        and text.startswith("在", end)
        and (scan.department or scan.institution)
        and suffix_start >= 2
        and text[suffix_start - 1] not in "正仍还都均也尚始"
    )


#: Last characters of an organ's name: before 和 they end a name (县财政局和…).
_ORGAN_ENDS = "局处科室部委办厅院"
#: What stands before the body's own office named alone (，办公室牵头 / 由办公室): a
#: clause start or 由, not 下设 or a group (领导小组下设办公室 is the group's office).
_OFFICE_BEFORE = frozenset(("", "，", ",", "、", "。", "：", ":", "\n", "由", "在"))
#: Verbs that set up a group's office (下设办公室): that office is the group's.
_OFFICE_SET_UP = ("下设", "设立", "成立", "组建", "及", "和")
#: A university's department of study named alone in its own notice (软件工程系,
#: 人工智能系): a field of study, then 系 not going on as 系统/系列/体系.
_STUDY_DEPARTMENT = re.compile(
    r"(?=([\u4e00-\u9fff]{0,6}?(?:"
    + "|".join(map(re.escape, word_list("study_fields.txt")))
    + r"))系(?![统列数]))"
)


def _departments_of_study(scan: _Scan) -> list[OrgCandidate]:
    """软件工程系, 数学系 in an institution's own notice (its units, DECISIONS 3.1);
    the field may not hold a verb or a stop character (完善管理体系 is no department)."""
    if not scan.institution:
        return []
    text = scan.text
    out: list[OrgCandidate] = []
    last_end = -1
    for match in _STUDY_DEPARTMENT.finditer(text):
        start, end = match.start(1), match.end(1) + 1
        if end <= last_end or len(match.group(1)) < 2 or not scan.is_boundary(start):
            continue
        if _has_left_word(match.group(1)) or any(c in _STOP for c in match.group(1)):
            continue
        out.append(OrgCandidate(start, end))
        last_end = end
    return out


#: A company's legal form at the end of its full name.
_LEGAL_FORM = re.compile(r"(?:集团)?(?:股份有限公司|有限责任公司|有限公司)$")
#: Words after the trade name that a short form leaves out (芯源电子科技 → 芯源电子).
_NAME_TAILS = ("科技", "技术", "实业", "发展", "股份")


def _names_before_legal_form(text: str, found: list[OrgCandidate]) -> list[str]:
    """The companies named in full, without their legal form (赣南芯源电子科技有限公司
    → 赣南芯源电子科技): where their short forms and trade names are read."""
    names = (text[cand.start : cand.end] for cand in found)
    return [name[: legal.start()] for name in names if (legal := _LEGAL_FORM.search(name))]


def _company_short_forms(scan: _Scan, found: list[OrgCandidate]) -> list[OrgCandidate]:
    """A company named in full lends its short form to later mentions: 赣南芯源电子科技
    有限公司 … 芯源电子项目总投资32亿元. The short form is the trade name and its
    industry (four to six characters) after the place; only where a word may start,
    and never a sector or generic word."""
    text = scan.text
    forms: set[str] = set()
    for core in _names_before_legal_form(text, found):
        for tail in _NAME_TAILS:
            if core.endswith(tail) and len(core) - len(tail) >= 4:
                core = core[: -len(tail)]
                break
        for lead in (0, 2, 3):
            short = core[lead:]
            if not 4 <= len(short) <= 6 or (lead and core[:lead] not in _PLACES and lead == 3):
                continue
            if short[:2] in _PLACES or _starts_with(short, _SECTOR_WORDS) or short in _SECTOR_WORDS:
                continue
            if short[:2] in _INDUSTRIES or _GENERIC_START.match(short) or _has_left_word(short):
                continue
            forms.add(short)
    forms = {f for f in forms if text.count(f) > 1}
    if not forms:
        return []
    taken = [(c.start, c.end) for c in found]
    out: list[OrgCandidate] = []
    pattern = re.compile("|".join(sorted(map(re.escape, forms), key=len, reverse=True)))
    for match in pattern.finditer(text):
        start, end = match.span()
        if any(s <= start and end <= e for s, e in taken):
            continue  # inside the full name
        if scan.is_boundary(start) or text[start - 1 : start] == "、":
            out.append(OrgCandidate(start, end))
    return out


#: Endings of a subsidiary or a plant that may carry its parent's trade name
#: (陇原|路桥工程有限公司, 汾河能源|太原供热分公司).
_SUBSIDIARY_ENDS = ("公司", "厂", "矿", "项目部", "项目经理部")


def _trade_names_of_parents(text: str, found: list[OrgCandidate]) -> set[str]:
    """The trade names of the companies named in full (甘肃|陇原|建设投资集团有限公司
    → 陇原; 山西|汾河|能源集团有限公司 → 汾河, 汾河能源): two characters after the
    place, and those with the industry word that follows them."""
    trades: set[str] = set()
    for core in _names_before_legal_form(text, found):
        core = core.removesuffix("集团")
        lead = next(
            (n for n in range(min(MAX_PLACE_LEN, len(core) - 2), 1, -1) if core[:n] in _PLACES),
            0,
        )
        trade = core[lead : lead + 2]
        if len(trade) < 2 or not all(map(_is_cjk, trade)) or trade in _PLACES:
            continue
        if trade in _SECTOR_WORDS or trade in _INDUSTRIES or _GENERIC_START.match(trade):
            continue
        trades.add(trade)
        industry = core[lead + 2 : lead + 4]
        if industry in _SECTOR_WORDS or industry in _INDUSTRIES:
            trades.add(trade + industry)
    return trades


def _subsidiaries_with_trade_names(scan: _Scan, found: list[OrgCandidate]) -> list[OrgCandidate]:
    """A subsidiary named with its parent's trade name before its own (陇原建投所属
    陇原路桥工程有限公司, 对汾河能源太原供热分公司): the walk from the suffix stops at
    the place or at a word it cannot read, so the trade name is put back."""
    text = scan.text
    trades = sorted(_trade_names_of_parents(text, found), key=len, reverse=True)
    if not trades:
        return []
    out: list[OrgCandidate] = []
    for cand in found:
        if not text.endswith(_SUBSIDIARY_ENDS, cand.start, cand.end):
            continue
        places = (
            [0]
            + [  # 汾河能源|太原|供热分公司: the subsidiary's place between
                n
                for n in range(2, MAX_PLACE_LEN + 1)
                if cand.start >= n and text[cand.start - n : cand.start] in _PLACES
            ]
        )
        for place, trade in ((p, t) for p in places for t in trades):
            start = cand.start - place - len(trade)
            if text.startswith(trade, start) and scan.is_boundary(start):
                out.append(OrgCandidate(start, cand.end))
                break
    return out


#: A bureau that is also a company, written with the second name in brackets
#: (烟草专卖局（公司）, 林业局（公司）).
_ALSO_A_COMPANY = re.compile(r"局[（(]公司[）)]")


#: A ministry's own notice (中共农业农村部党组, 部党组 in its opening).
_MINISTRY_NOTICE = re.compile(r"部党组")


def _ministrys_own_divisions(scan: _Scan) -> list[OrgCandidate]:
    """In a ministry's own notice its divisions and general office are named alone
    (发展规划司, 种植业管理司, 办公厅), as an institution's units are in its own."""
    text = scan.text
    if _MINISTRY_NOTICE.search(text, 0, _OPENING) is None:
        return []
    out: list[OrgCandidate] = []
    for match in re.finditer("司|办公厅", text):
        at, end = match.start(), match.end()
        if match.group() == "办公厅":
            if scan.is_boundary(at) and not text.startswith(("主任", "副主任"), end):
                out.append(OrgCandidate(at, end))
            continue
        if text[at - 1 : at] in "公上" or text[end : end + 1] in ("机", "法", "令", "长", "局"):
            continue
        start = scan.bare_start(at, "司")
        if start is not None and not _generic_start(text[start:end]):
            out.append(OrgCandidate(start, end))
    return out


def _bureaus_that_are_companies(scan: _Scan, found: list[OrgCandidate]) -> list[OrgCandidate]:
    """红石砬子林业局（公司）党委, 局（公司）工会: the bracket is part of the owner, so
    the bureau (or its short form 局) and the organ after the bracket are one name."""
    text = scan.text
    starts = {c.start: c.end for c in found}
    out: list[OrgCandidate] = []
    for match in _ALSO_A_COMPANY.finditer(text):
        organ_end = starts.get(match.end())
        if organ_end is None:
            continue
        bureau = scan.org_start_by_end.get(match.start() + 1)
        if bureau is None and (match.start() == 0 or scan.is_boundary(match.start())):
            bureau = match.start()  # 局（公司）党委: the owner's short form
        if bureau is not None:
            out.append(OrgCandidate(bureau, organ_end))
    return out


def _team_owner_start(scan: _Scan, start: int) -> int:
    """A numbered team of a system's own inspection is named with the committee or
    party group that sends it (国家税务总局党委第三巡视组, 集团党委第二巡察组), even
    where a title breaks the line between them."""
    end = start - 1 if scan.text[start - 1 : start] == BARRIER else start
    owner = scan.org_start_by_end.get(end)
    if owner is not None and scan.text.endswith(("党委", "党组"), 0, end):
        return owner
    return start


def _without_lead(text: str, start: int, end: int) -> int:
    """``start`` moved past a self-reference or a leading term ordinal."""
    for pattern in (_SELF_LEAD, _TERM_LEAD):
        lead = pattern.match(text, start, end)
        if lead and end - lead.end() >= 2:
            start = lead.end()
    return start


def enclosing(regions: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The region of a sorted, non-overlapping list that contains ``start:end``."""
    i = bisect_right(regions, (start, 10**12)) - 1
    if i >= 0 and regions[i][0] <= start and end <= regions[i][1]:
        return regions[i]
    return None


#: Organ and institution suffixes a name may end in (longest first).
_NAME_SUFFIXES: tuple[str, ...] = tuple(sorted(_SUFFIX_WORDS, key=len, reverse=True))


def name_checker(text: str) -> Callable[[int, int], bool]:
    """Whether ``text[start:end]`` has the form the ORG rules give a name: one
    word of Chinese characters that starts where a word may start, ends in an
    organ or institution suffix that is not the start of a longer word, and is
    no generic or non-organ word. Used to check names another recogniser (the
    model) proposes where the rules found none; the text is scanned once."""
    scan = _Scan(text)
    finder = OrgFinder()
    titles = book_title_regions(text)

    def acceptable(start: int, end: int) -> bool:
        name = text[start:end]
        if len(name) < 3 or not all(_is_cjk(c) for c in name):
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
        if _guarded(text, end) or _has_left_word(name):
            return False
        return finder._acceptable(scan, start, end, [])

    return acceptable


def acceptable_name(text: str, start: int, end: int) -> bool:
    """:func:`name_checker` for one span."""
    return name_checker(text)(start, end)
