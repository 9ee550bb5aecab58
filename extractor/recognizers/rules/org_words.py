"""The ORG rules' vocabulary: the word lists read from ``extractor/data`` and
the sets, lengths and patterns built from them, once, at import.

The left walk (:mod:`.org_scan`) and several finders read the same words: the
organ suffixes and their guards, the stop characters, the left words before a
name and the name words inside one, places, level words, leads, towns, zones
and owners, and the words of divisions and companies the walk must recognise.
Each list has its one home here rather than in the module of its first user;
a list only one finder reads lives with that finder (:mod:`.org_institutions`,
:mod:`.org_companies` …), and the filters' lists with the filters
(:mod:`.org_filters`).
"""

from __future__ import annotations

import re

from extractor.inspection_teams import SENDING_COMMITTEES
from extractor.lexicon import word_list, word_table
from extractor.places import PLACE_NAMES

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

#: What may stand before a 经 that means "by" (，经院党委研究, 须经, 未经): the start
#: of a clause or a modal, not a word that ends in 经 (神经, 已经, 财经).
_CLAUSE_OPENERS = frozenset("，,。；;：:、\n 须未")

#: Suffixes whose names are long and may contain verbs (巡察反馈意见整改落实工作领导小组).
_GROUPS = frozenset(
    {"领导小组", "工作小组", "专项小组", "专班", "整改办", "工作组", "办公室", "督查组", "督导组"}
)

#: Before 司 in words that are no ministry's department (公司 has names of its own, 上司,
#: 官司, 总司令); after it, org_suffix_guards.tsv (司法, 司机).
NOT_BEFORE_MINISTRY_DEPARTMENT = frozenset("公上官总")

#: Text right after a suffix that shows it starts another word (部署, 委员, 局面):
#: suffix → an alternation of the words that may follow it.
_GUARDS: dict[str, str] = {
    row[0]: "|".join(map(re.escape, " ".join(row[1:]).split()))
    for row in word_table("org_suffix_guards.tsv")
}

#: The quarters of a town that name its units as a place does (城北水厂, 城南中学); not
#: 城中/城郊, which name kinds of area (城中村, 城郊结合部).
_TOWN_QUARTERS = ("城东", "城南", "城西", "城北", "城关")
#: Lower-level places written with a name: 碧溪街道, 胡埭镇, 龙延村, 东张社区.
#: (苏木 and 嘎查: Inner Mongolia's township and village)
_TOWN_WORDS: tuple[str, ...] = ("街道", "社区", "苏木", "嘎查", "镇", "乡", "村")
#: Zones: a zone alone is a place, not an ORG, but it anchors its organ.
ZONES: tuple[str, ...] = word_list("org_zones.txt")
#: A department named by its function alone, right before 厅 (财政|厅, 人力资源和社会保障|厅).
DEPARTMENT_FUNCTION = re.compile(
    "(?:" + "|".join(sorted(word_list("department_functions.txt"), key=len, reverse=True)) + ")$"
)
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
    "的对向由在与及或把将被给从为是等并了于以按据到赴请让使跟就其该此这那每所和也都还又已至即则而且如若因属型多报号各暨兼但除往"
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
#: Words a leading group's long name never contains (召开党工委会议暨…领导小组,
#: 市委抽调干部组成…巡察组: the verbs that form a team).
_GROUP_BREAKERS = (
    "召开",
    "会议",
    "先后",
    "研究部署",
    "成立",
    "设立",
    "组建",
    "召集",
    "听取",
    "抽调",
    "组成",
    "派出",
)

#: A name beginning with one of these is generic (区级机关, 乡镇卫生院, 三级医院, 省内电厂).
_GENERIC_START = re.compile(
    r"^(?:[各该本其此这那每全第]|国家级|县域|重点|受托|闲置|农村(?!经营管理)|(?:世界|国际|国内|全国|全省|行业)?一流|[一二三四五六七八九十两几数多][部个家所]|基层|国企|民企|私企|外企|[省市区县镇村乡]级|[省市区县]内(?!河)|境内|域内|乡镇|镇街|两级|[一二三四五六七八九十]级|[一二三四五六七八九十]大)"
)

#: Fields that open a division's name as they open generic phrases (基层卫生健康处,
#: 农村水利股 vs 基层单位, 农村地区): a department's own division may start with one.
_DIVISION_FIELD_START = re.compile(r"^(?:基层|农村)[\u4e00-\u9fff]{2}")

_ORDINAL_BEFORE = re.compile(r"第[一二三四五六七八九十]+$")

#: Verbs that join an organ to another body (镇纪委|联合|财政所), though they also name
#: functions (联合, 指导): other function words after an organ (农业农村部|规划设计研究院)
#: go on with its unit's name.
_JOINING_VERBS = frozenset({"联合", "会同", "配合", "协同", "牵头", "指导", "督促"})


#: Organs an owner's short form joins into one span (局党组, 校党委,
#: 自治区党委常委会, 局机关纪委): the guideline's "owner short form + organ".
_OWNED_ORGANS = frozenset(
    {
        "党组",
        "党委",
        "纪委",
        "党总支",
        "党支部",
        "纪委监委",
        "党工委",
        "党委工作部",
        "党群工作部",
        "纪检组",
        "纪检监察组",
    }
)
#: The bare words for an inspecting or auditing team ([巡察组]反馈的问题, 派出[审计组]):
#: a unit's own team takes its owner's short form ([学校巡察组]), and a count of them
#: (派出5个巡察组) names none.
_TEAM_WORDS = frozenset({"巡察组", "巡视组", "审计组"})
_OWNERS = frozenset(word_list("org_owners.txt"))
_OWNER_LENS = sorted({len(w) for w in _OWNERS}, reverse=True)
#: Self-references before an owner stay out of the span (我局党组 → [局党组]).
_SELF = "我本"
#: One-character places (应县, 任县, 新县, 和县) whose character is also a word
#: written right before a level committee (应县委要求, 任县委书记, 新县委班子,
#: 《…审计法》和县委、县政府…): read as the place before 县委 only after 中共.
_WORD_BEFORE_COMMITTEE = frozenset("应任新和")
#: Party committees of a level; right after another organ they begin a new
#: name (省委市委 → [省委][市委]), since a level committee is never a part.
_LEVEL_COMMITTEES = frozenset(SENDING_COMMITTEES.split("|")) - {"中央"}

#: Name endings that close a whole name; one inside a middle means the walk
#: would glue two names (青海师范大学藏语智能实验室跻身全国重点实验室).
_WHOLE_NAME_ENDS = ("实验室", "研究院", "研究所", "大学", "公司", "集团", "委员会", "政府", "医院")
_MAX_MIDDLE = 12
_MAX_GROUP_MIDDLE = 16
_MAX_BARE = 6

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

#: Words before 处/科 that are no division (多处, 各处, 一处 are caught as generic).
_NOT_DIVISION_NAMES = frozenset({"到", "多", "好", "益", "用", "长", "短", "难", "痛", "妙"})

#: Suffixes bare after a function name in a township's own notice.
_TOWNSHIP_BARE = frozenset({"办公室", "中队"})

#: Suffixes bare after a function name only in an institution's notice
#: (心理健康教育中心, 学位评定委员会, 东部分校).
_INSTITUTION_BARE = frozenset(word_list("org_institution_bare_suffixes.txt"))
#: …and those that name a standing unit in a department's own notice: its centres
#: (电子税务管理中心), a police or tax bureau's branches (襄都分局), a customs
#: district's stations (石湖海关), a CPPCC's or a union's committees (提案委员会,
#: 经费审查委员会).
_DEPARTMENT_BARE = frozenset({"中心", "分局", "海关", "委员会"})
#: Suffixes of names that may join two fields with one 与 (化学与材料科学学院).
_JOINED = frozenset(word_list("org_joined_suffixes.txt"))
#: People and kinds of body: before 与 a party of their own (企业与商务部对接).
_JOIN_PARTIES = frozenset(word_list("org_join_parties.txt"))
#: Words next to a unit that mean a building or project (新建图书馆, 医院改造工程).
_FACILITY_WORDS: tuple[str, ...] = word_list("org_facility_words.txt")


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
#: Verbs by which a company builds or funds a facility after its name (…公司|建设|冷链仓储中心):
#: what follows is the thing built, not a unit of the company.
_BUILDING_VERBS = frozenset({"建设", "新建", "建成", "投资", "投建", "打造", "承建"})
#: Name words that, right after an organ, are verbs (公司纪委|联合|审计部), whatever
#: names they also occur in (化学工程联合国家重点实验室 has no organ before 联合).
_VERBS_NOT_NAMES = frozenset({"联合"})
#: Verbs that set a body up (下设, 成立): the words after them name it (下设|审计与风险委员会,
#: 成立|领导小组办公室).
_SETTING_UP_VERBS = ("下设", "设立", "成立", "组建")
#: Name words that open no bureau's, office's or station's name (组织部 and 研究中心 have
#: them last or alone): after an organ and before another function they are verbs
#: (管委会|组织|招商局, 县委|组织|财政局; but 管委会规划建设局 is one name).
_VERBS_BEFORE_BUREAUS = frozenset({"组织", "指导", "协调", "推进", "促进", "学习", "研究", "培训"})
#: The suffixes of those bureaus, offices and stations.
_BUREAU_SUFFIXES = frozenset({"局", "厅", "所", "站"})
#: Common verbs after which a name may start (代表|上海市人民政府): boundaries only.
_BOUNDARY_VERBS = frozenset(word_list("org_boundary_verbs.txt"))

#: After 至 in a name: the route's other end and its kind (南丹至天峨高速公路).
_ROUTE_AFTER = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:高速|公路|铁路|城际|快速路|大道)")
#: Characters that make a word with 经 (经济, 经营, 经开区, 经信局, 经管学院, 经费审查委员会): after 经
#: they go on with it, 经 is no preposition there.
_WORDS_AFTER_JING = frozenset("济营开信管贸费")
_NAME_WORD_LENS = sorted({len(w) for w in _NAME_WORDS}, reverse=True)

#: Divisions (庭) of a court: 立案庭, 民一庭, 刑事审判庭, 执行庭.
_COURT_DIVISION = re.compile(
    r"(?:立案|执行|速裁|少年家事|少年|家事|商事|金融|行政|民事|刑事|环境资源|知识产权|审判监督|[民刑][一二三四五六七八九十])"
    r"(?:审判)?(?:第[一二三四五六七八九十]+)?$"
)


#: Suffixes of an owner's departments named by their function ([集团审计部], [公司财务部]).
_DEPARTMENT_SUFFIXES = frozenset({"部", "处", "室", "科", "中心"})
#: A county bureau's sections and squads, whose names also run back over their
#: function words (人事股, 劳动保障监察大队).
_SQUADS = frozenset({"股", "大队", "支队", "中队"})
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

#: Fields of activity that are listed before 等…企业 as kinds, not names.
_FIELDS = frozenset(word_list("company_fields.txt"))

#: Last characters of an organ's name: before 和 they end a name (县财政局和…).
_ORGAN_ENDS = "局处科室部委办厅院"
