"""ORG conventions of the clarified guideline (section "ORG in detail").

Each case is a sentence in the notices' own wording (constructed, as in
``corpus/variants/``) with the ORG spans the guideline wants."""

from __future__ import annotations

import pytest

from extractor.recognizers.rules import RuleRecognizer


def _orgs(text: str) -> list[str]:
    return [text[s.start : s.end] for s in RuleRecognizer(prepared=True)(text) if s.label == "ORG"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # owner short form + organ is one span; a self-reference stays out
        ("我局党组高度重视，局党组书记主持召开党组会。", ["局党组", "局党组", "党组"]),
        (
            "校党委、学校党委常委会研究部署，集团党委书记任组长。",
            ["校党委", "学校党委常委会", "集团党委"],
        ),
        ("中央巡视组向自治区党委反馈了巡视意见。", ["中央巡视组", "自治区党委"]),
        ("派驻纪检监察组、局机关纪委将监督执纪问责贯穿始终。", ["派驻纪检监察组", "局机关纪委"]),
        # a leading group is ORG only with its owner written in the name
        ("成立巡察整改工作领导小组，成立局巡察整改工作领导小组。", ["局巡察整改工作领导小组"]),
        # self-references alone are not ORG
        ("我厅高度重视，本院立即部署。", []),
        # coordination: separate spans, never across a verb
        ("省委市委高度重视，市委市政府召开会议。", ["省委", "市委", "市委", "市政府"]),
        ("县人民政府高度重视县人大常委会的意见。", ["县人民政府", "县人大常委会"]),
        ("省委、省政府和市委及市政府。", ["省委", "省政府", "市委", "市政府"]),
        # a verb between two organs joins them in the sentence, not in one name
        ("由县委领导县人民政府开展整改。", ["县委", "县人民政府"]),
        ("市委指导区委抓好整改,省委巡视组反馈县委。", ["市委", "区委", "省委巡视组", "县委"]),
        # a name right after a verb the left-word list does not know is still found
        ("我代表上海市人民政府作报告。", ["上海市人民政府"]),
        ("行长领导中国人民银行的工作。", ["中国人民银行"]),
        # 中央 as a level of government, not the Central Committee
        ("向中央各部门通报,从中央到地方,落实中央统一部署。", ["中央"]),
        ("中央和国家机关工委督导。", ["中央和国家机关工委"]),
        ("修订中央储备物资管理办法,争取中央车购税资金。", []),
        # 自治区 is a level word like 省; 和 inside a department's name
        (
            "自治区生态环境厅党组认领自治区党委交办的问题,会同自治区公安厅检查。",
            ["自治区生态环境厅党组", "自治区党委", "自治区公安厅"],
        ),
        ("国家粮食和物资储备局党组召开会议。", ["国家粮食和物资储备局党组"]),
        # divisions named by two functions or by what they manage; a court's tribunals
        (
            "整改情况:综合规划处牵头,厅河湖管理处会同城南人民法庭,责成建筑管理股检查。",
            ["综合规划处", "厅河湖管理处", "城南人民法庭", "建筑管理股"],
        ),
        # a short name defined with 以下简称 names the body, here and later
        (
            "督促省交通控股集团有限公司(以下简称“交控集团”)整改。选派干部到交控集团挂职。",
            ["省交通控股集团有限公司", "交控集团", "交控集团"],
        ),
        # a team numbered in digits is one name; 思政协同 and 校办企业 hold no organ
        ("县委第2巡察组反馈意见,课程思政协同不够,校办企业监管缺位。", ["县委第2巡察组"]),
        # a company whose name ends in 公司 may be followed by any verb
        ("督促禾源物业公司补充完善决策程序。", ["禾源物业公司"]),
        # kinds of institution and lists of sectors are not names
        ("向商业银行贷款,9所高职学校和义务教育学校。", []),
        ("培育新能源、高端装备等战略性新兴产业。", []),
        ("推动传玺半导体、云途半导体等重点项目签约。", ["传玺半导体", "云途半导体"]),
        # a verb or 和 right after an organ ends it; a function's name goes on
        (
            "局党组责成耕地保护监督科会同市自然资源执法支队整改。",
            ["局党组", "耕地保护监督科", "市自然资源执法支队"],
        ),
        ("积极争取省水利厅和市生态环境局支持。", ["省水利厅", "市生态环境局"]),
        (
            "街道党工委联合区城管执法局检查,集团党委组织部考察。",
            ["街道党工委", "区城管执法局", "集团党委组织部"],
        ),
        (
            "厅巡视整改工作领导小组下设办公室,市委审计委员会召开会议。",
            ["厅巡视整改工作领导小组", "市委审计委员会"],
        ),
        (
            "国务院国资委指导,配合审计署审计,驻集团公司纪检监察组监督。",
            ["国务院国资委", "审计署", "驻集团公司纪检监察组"],
        ),
        ("约谈12名乡镇党委书记。", []),
        # functions' names after a verb that governs a body; 会同县 read as the verb
        (
            "公司党委会同规划发展部,纪工委约谈规划建设局。",
            ["公司党委", "规划发展部", "纪工委", "规划建设局"],
        ),
        ("整改情况:会同县政务服务中心梳理事项,中共会同县委。", ["县政务服务中心", "中共会同县委"]),
        ("机关工委召开工委会议,社党组会同各市（州）生态环境局。", ["机关工委", "工委", "社党组"]),
        (
            "公司纪委联合审计部检查,局党组共认领巡察组反馈问题17个。",
            ["公司纪委", "审计部", "局党组", "巡察组"],
        ),
        (
            "局党组收回华东第二工程有限公司违规款项,约谈县市场监管局城关市场监管所负责人。",
            ["局党组", "华东第二工程有限公司", "县市场监管局城关市场监管所"],
        ),
        ("审计施工单位椒北鑫达市政工程有限公司,干部到县域支行任职。", ["椒北鑫达市政工程有限公司"]),
        ("集团纪委会同集团审计部检查,公司财务部牵头。", ["集团纪委", "集团审计部", "公司财务部"]),
        # 旗 is a county level (Inner Mongolia); long town names; 委务, 中心|组织
        (
            "旗委组织旗自然资源局排查,会同红旗镇党委、洪格尔高勒镇党委。",
            ["旗委", "旗自然资源局", "红旗镇党委", "洪格尔高勒镇党委"],
        ),
        (
            "召开市委政法委委务会议,市纪委监委驻市委政法委纪检监察组列席。",
            ["市委政法委", "市纪委监委驻市委政法委纪检监察组"],
        ),
        ("教工党支部书记6名。", []),
        # a county bureau's sections (股), a bank's head office, 纪委 offices
        ("法规股对案卷评查,人事股组织培训,持有股份,股东大会。", ["法规股", "人事股"]),
        ("总行党委召开会议,总行纪委问责,临床科室党支部。", ["总行党委", "总行纪委"]),
        ("案件监督管理室和党风政风监督室。", ["案件监督管理室", "党风政风监督室"]),
        # an enterprise's departments and branches
        (
            "对国网徐州供电公司党委开展巡察,分公司党委组织合规风控部检查。",
            ["国网徐州供电公司党委", "分公司党委", "合规风控部"],
        ),
        (
            "集团党委责成集团采购管理中心招标,注销洛阳城投置业有限公司。",
            ["集团党委", "集团采购管理中心", "洛阳城投置业有限公司"],
        ),
        (
            "市委第四巡察组组长李某某代表巡察组向局党组反馈。",
            ["市委第四巡察组", "巡察组", "局党组"],
        ),
        # courts', procuratorates' and schools' units; 局长 is a post, not an owner
        (
            "南京市中级人民法院执行局联合市规划和自然资源局,第一检察部会同第四检察部。",
            ["南京市中级人民法院执行局", "市规划和自然资源局", "第一检察部", "第四检察部"],
        ),
        (
            "局长担任市教育局巡察整改工作领导小组组长,合肥市第五十中学校长,院长办公室。",
            ["市教育局巡察整改工作领导小组", "合肥市第五十中学", "院长办公室"],
        ),
        # a town's and a village's own bodies
        ("镇纪委会同镇财政所、镇司法所检查。", ["镇纪委", "镇财政所", "镇司法所"]),
        (
            "东山村村委会和西塘村股份经济合作社,绿苑社区居委会。",
            ["东山村村委会", "西塘村股份经济合作社", "绿苑社区居委会"],
        ),
        # national bodies written with 全国 (not the determiner of 全县各部门)
        (
            "提请全国人民代表大会常务委员会审议,全国人大常委会通过。",
            ["全国人民代表大会常务委员会", "全国人大常委会"],
        ),
        ("在上海市第十六届人民代表大会第四次会议上,全县各部门。", ["上海市第十六届人民代表大会"]),
        ("积极争取省财政厅支持,加快推进县人民医院建设。", ["省财政厅", "县人民医院"]),
        # inspection teams stay whole; their number is not a COUNT
        ("区委巡察四组向区卫健局党组反馈。", ["区委巡察四组", "区卫健局党组"]),
        ("传达学习市委对村巡察第二组反馈意见。", ["市委对村巡察第二组"]),
        (
            "省委第十一轮巡视第五巡视组对省交通运输厅党组开展巡视。",
            ["省委", "第五巡视组", "省交通运输厅党组"],
        ),
        # leading ordinals go, inner ones stay
        ("八届市委第二巡察组进驻，调整组建新一届中国足协班子。", ["市委第二巡察组", "中国足协"]),
        # universities, their short forms and their institutes and labs
        (
            "复旦大学党委召开会议，复旦将继续推进，复旦大学脑科学研究院参与。",
            ["复旦大学党委", "复旦", "复旦大学脑科学研究院"],
        ),
        ("华东师范大学党委收到反馈，华东师大继续整改。", ["华东师范大学党委", "华东师大"]),
        (
            "依托浙江大学化学工程联合国家重点实验室开展研究。",
            ["浙江大学化学工程联合国家重点实验室"],
        ),
        # kinds and classes are not names, and a short form needs a real university
        ("新建国家重点实验室2个，推动大学生就业，建设国家大学科技园。", []),
        (
            "青海师范大学藏语智能实验室跻身全国重点实验室。",
            ["青海师范大学藏语智能实验室"],
        ),
        # court divisions and internal offices
        (
            "立案庭、综合办、政治部等信访牵头部门，依法组成合议庭，建立家庭档案。",
            ["立案庭", "综合办", "政治部"],
        ),
        # a web page's site and section names before a name opening with 中共
        (
            "宜宾市人民政府门户网站 宜宾市交通运输局 政务公告 中共宜宾市交通运输局党组关于巡察整改情况的通报",
            ["宜宾市人民政府", "宜宾市交通运输局", "中共宜宾市交通运输局党组"],
        ),
        # a congress's standing committee after its name, across a line break too
        (
            "——2023年12月26日在浙江省第十四届人民代表大会\n常务委员会第七次会议上",
            ["浙江省第十四届人民代表大会\n常务委员会"],
        ),
        # a breadcrumb's sections are named like units but are none; its first item counts
        ("温州城投集团 > 新闻中心 > 清廉国企\n集团党委召开会议。", ["温州城投集团", "集团党委"]),
        # a group's own unit by its short name; a kind or a number of companies is none
        (
            "集团所属安居公司倒排工期。集团所属物业公司和下属三大集团公司开展自查。",
            ["安居公司"],
        ),
        ("集团所属的子公司和集团下属所有公司开展自查。", []),
        ("集团所属重点公司开展自查。", []),
        # a > in prose is no breadcrumb
        ("采购金额>县人民医院同类采购价格。", ["县人民医院"]),
        # a verb of the notices' prose before an owner's short form or a name is no part of it
        ("同时确定局党委委员为整改联络员。", ["局党委"]),
        (
            "坚决扛实局党组整改主体责任，层层压实县委巡察组反馈问题的整改责任。",
            ["局党组", "县委巡察组"],
        ),
        ("审计报告反馈机场集团前任董事长任期存在的问题。", ["机场集团"]),
        ("推动县中医院成功创成三甲医院。", ["县中医院"]),
    ],
)
def test_org_conventions(text: str, expected: list[str]) -> None:
    assert _orgs(text) == expected


def test_team_number_is_not_a_count() -> None:
    text = "区委巡察四组对区卫健局党组开展了巡察。"
    labels = [(text[s.start : s.end], s.label) for s in RuleRecognizer(prepared=True)(text)]
    assert ("四组", "COUNT") not in labels


def _labelled(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in RuleRecognizer(prepared=True)(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gazetteer place overrides the self-reference / determiner guards
        ("根据本溪市委统一部署，", [("本溪市委", "ORG")]),
        ("根据全州县委统一部署，", [("全州县委", "ORG")]),
        ("那曲地委高度重视。", [("那曲地委", "ORG")]),
        ("那坡县人民政府高度重视。", [("那坡县人民政府", "ORG")]),
        ("向五大连池市委反馈了巡视意见。", [("五大连池市委", "ORG")]),
        ("五家渠市纪委监委高度重视。", [("五家渠市纪委监委", "ORG")]),
        # a numeral-initial place is no count
        ("根据七台河市委统一部署，", [("七台河市委", "ORG")]),
        ("根据中共三门峡市委员会统一部署，", [("中共三门峡市委员会", "ORG")]),
        (
            "五台县委、三元区委、九台区委",
            [("五台县委", "ORG"), ("三元区委", "ORG"), ("九台区委", "ORG")],
        ),
        (
            "四平市委、六盘水市委、三明市委",
            [("四平市委", "ORG"), ("六盘水市委", "ORG"), ("三明市委", "ORG")],
        ),
        (
            "九江市委、十堰市委、万州区委",
            [("九江市委", "ORG"), ("十堰市委", "ORG"), ("万州区委", "ORG")],
        ),
        ("千阳县委、百色市委", [("千阳县委", "ORG"), ("百色市委", "ORG")]),
        # a full name whose level word the committee takes (中山 is no place alone)
        ("根据中山市委统一部署，", [("中山市委", "ORG")]),
        (
            "兴安盟委、沙县区委、新市区委",
            [("兴安盟委", "ORG"), ("沙县区委", "ORG"), ("新市区委", "ORG")],
        ),
        ("向叶县委反馈", [("叶县委", "ORG")]),
        # after 中共, a place that reads like a word is the place
        (
            "中共和县委员会、中共会同县委员会",
            [("中共和县委员会", "ORG"), ("中共会同县委员会", "ORG")],
        ),
        # ... but after an organ, 和 joins two names, and 任/应 stay words
        ("县委和县政府高度重视。", [("县委", "ORG"), ("县政府", "ORG")]),
        ("2018年任县委书记，应县委要求。", [("2018年", "DATE"), ("县委", "ORG"), ("县委", "ORG")]),
        # a place exactly as long as the count is no evidence
        ("购置三台设备，走访五家企业。", [("三台", "COUNT"), ("五家", "COUNT")]),
        # no name starts on the second character of a verb (对|接)
        ("积极对接航天科技、中科院等单位。", [("航天科技", "ORG"), ("中科院", "ORG")]),
        # self-references and determiners behave as before
        (
            "根据本市委统一部署，本局党组、我局党组高度重视。",
            [("市委", "ORG"), ("局党组", "ORG"), ("局党组", "ORG")],
        ),
        ("各县委、全市上下、全县各级党组织。", []),
        ("该区委高度重视。", [("区委", "ORG")]),
    ],
)
def test_gazetteer_places_come_out_whole(text: str, expected: list[tuple[str, str]]) -> None:
    assert _labelled(text) == expected


def _gazetteer_names(form: str) -> list[str]:
    from extractor.lexicon import word_list

    full = word_list("places_full.txt")
    skip = ("自治区", "地区", "特别行政区", "群岛")
    if form == "committee":  # 本溪市委, 七台河市委, 兴安盟委
        return [f + "委" for f in full if not f.endswith(skip)]
    return ["中共" + f + "委员会" for f in full if not f.endswith(skip[2:]) and f != "台湾省"]


@pytest.mark.parametrize("form", ["committee", "party_committee"])
def test_every_gazetteer_place_comes_out_whole(form: str) -> None:
    """The rules must read notices from every region: each place of the
    gazetteer with its organ is one ORG span, with nothing else inside."""
    recognizer = RuleRecognizer(prepared=True)
    names = _gazetteer_names(form)
    context = "根据{}统一部署，"
    start = context.index("{}")
    failures = []
    for name in names:
        spans = recognizer(context.format(name))
        inside = [
            (s.start, s.end, s.label)
            for s in spans
            if s.start < start + len(name) and s.end > start
        ]
        if inside != [(start, start + len(name), "ORG")]:
            failures.append(name)
    assert len(names) > 3000
    assert len(failures) <= 0.005 * len(names), failures[:20]


# --- internal units of universities, hospitals, schools, companies and courts ----------
#
# In an institution's own notice (its party organ named in the opening) its
# departments, divisions, colleges, centres, committees, library, press and
# affiliates named alone point at one body: ORG, like the guideline's short
# forms ([党工委], [管委会]) and DECISIONS 3.2 "standing internal units".
# Generic or plural references, posts and buildings are not.

PROBE = """中共江北师范大学委员会关于省委巡视整改进展情况的通报
根据省委统一部署，2023年4月10日至6月9日，省委第六巡视组对江北师范大学党委开展了常规巡视。8月15日，省委巡视组向学校党委反馈了巡视意见。
一、整改工作组织情况
学校党委成立巡视整改工作领导小组，校党委书记任组长。校纪委、组织部、宣传部、统战部、教务处、科研处、财务处、审计处、研究生院、学生工作部、国际合作与交流处等部门按照分工推进整改。
二、巡视反馈问题整改情况
1.关于科研经费管理不规范的问题。学校修订《科研经费管理办法》，对化学与材料科学学院、物理与电子工程学院、马克思主义学院、继续教育学院开展专项检查，清退违规报销经费23.6万元。教育部重点实验室、省新能源材料工程技术研究中心、区域经济研究院、古籍整理研究所、心理健康教育中心完成自查整改。
2.关于附属单位监管薄弱的问题。学校对附属医院、附属中学、后勤集团、资产经营有限公司、出版社、图书馆、档案馆开展内部审计，追回资金156万元。学术委员会、教学指导委员会、学位评定委员会修订议事规则。江北师大附中、江北师大出版社完成整改。
"""

PROBE_ORGS = [
    "中共江北师范大学委员会",
    "省委",
    "省委",
    "省委第六巡视组",
    "江北师范大学党委",
    "省委巡视组",
    "学校党委",
    "学校党委",
    "校党委",
    "校纪委",
    "组织部",
    "宣传部",
    "统战部",
    "教务处",
    "科研处",
    "财务处",
    "审计处",
    "研究生院",
    "学生工作部",
    "国际合作与交流处",
    "化学与材料科学学院",
    "物理与电子工程学院",
    "马克思主义学院",
    "继续教育学院",
    "教育部重点实验室",
    "省新能源材料工程技术研究中心",
    "区域经济研究院",
    "古籍整理研究所",
    "心理健康教育中心",
    "附属医院",
    "附属中学",
    "后勤集团",
    "资产经营有限公司",
    "出版社",
    "图书馆",
    "档案馆",
    "学术委员会",
    "教学指导委员会",
    "学位评定委员会",
    "江北师大附中",
    "江北师大出版社",
]


def test_university_probe_units_are_org() -> None:
    """The users' report: a university's units named alone were missed."""
    assert _orgs(PROBE) == PROBE_ORGS


def test_variant_v14_orgs() -> None:
    """corpus/variants/v14.txt: the probe and the harder cases around it."""
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "corpus" / "variants" / "v14.txt"
    assert _orgs(path.read_text(encoding="utf-8")) == PROBE_ORGS[:-1] + [
        "江北师大出版社",
        "经济与管理学院",
        "计算机科学与技术学院",
        "化学学院",  # 化学学院与物理研究院: 与 joins two names
        "物理研究院",
        "教务处",  # 教务处与科研处: two names
        "科研处",
        "信息化建设与管理中心",
        "财务与国有资产管理处",
        "学校党委常委会",
        "附属医院",  # 专题研究附属医院建设: an affiliate is ORG in a project phrase
        "江北师范大学第一附属医院",
        "第二附属医院",
        "附属口腔医院",
        "附属医院",  # [附属医院]院长
        "图书馆",  # [图书馆]馆长
        "教务处",  # [教务处]处长; 财务处长 (contracted post) gives nothing
        "心理健康教育中心",  # [心理健康教育中心]主任
        "学校党委",
        "江北师范大学化学与材料科学学院党委",
        "图书馆党总支",
        "中共江北师范大学委员会",
    ]


_HOSPITAL = "中共青川市第一人民医院委员会关于市委巡察整改情况的通报\n"
_COURT = "中共青川市中级人民法院党组关于市委巡察整改情况的通报\n"
_COMPANY = "中共江北交通投资集团有限公司委员会关于省委巡视整改情况的通报\n"
_SCHOOL = "中共江北市第一中学委员会关于市委巡察整改情况的通报\n"
_UNIVERSITY = "中共江南理工大学委员会关于省委巡视整改进展情况的通报\n"
_COUNTY = "中共青川县委关于省委巡视整改进展情况的通报\n"


@pytest.mark.parametrize(
    ("opening", "text", "expected"),
    [
        # hospital: divisions, committees and clinical departments are its units
        # (DECISIONS 3.1, hospital departments row)
        (
            _HOSPITAL,
            "医务科、药剂科、护理部、院纪委开展自查，内科、心血管内科、儿科完成整改。",
            ["医务科", "药剂科", "护理部", "院纪委", "内科", "心血管内科", "儿科"],
        ),
        (
            _HOSPITAL,
            "药事会每季度听取通报，医学伦理委员会、医疗质量管理委员会修订规则。",
            ["药事会", "医学伦理委员会", "医疗质量管理委员会"],
        ),
        (_HOSPITAL, "医院对院办、信息中心、体检中心开展审计。", ["院办", "信息中心", "体检中心"]),
        # court: divisions and offices; a panel (合议庭) is no body
        (
            _COURT,
            "立案庭、执行局、审判管理办公室、政治部、研究室落实整改，依法组成合议庭。",
            ["立案庭", "执行局", "审判管理办公室", "政治部", "研究室"],
        ),
        (
            _COURT,
            "执行局局长、立案庭庭长作表态发言。院党组高度重视。",
            ["执行局", "立案庭", "院党组"],
        ),
        # company: the owner short form 集团公司 joins its organ; 子公司, 各分公司 are generic
        (
            _COMPANY,
            "集团公司纪委对子公司、各分公司和江北路桥建设分公司开展检查。",
            ["集团公司纪委", "江北路桥建设分公司"],
        ),
        (
            _COMPANY,
            "财务共享中心、审计委员会、薪酬与考核委员会、战略投资部、纪检监察部落实整改。",
            ["财务共享中心", "审计委员会", "薪酬与考核委员会", "战略投资部", "纪检监察部"],
        ),
        # school: divisions, owner + organ, a branch campus, affiliates by abbreviation
        (
            _SCHOOL,
            "政教处、总务处、校团委、校工会和东湖分校落实整改，江北师大附中、扬大附中党委对口帮扶。",
            ["政教处", "总务处", "校团委", "校工会", "东湖分校", "江北师大附中", "扬大附中党委"],
        ),
        # generic and plural references, 与 between two names, buildings, ad-hoc offices
        (
            _UNIVERSITY,
            "各学院、二级学院、职能部门和有关部门落实整改，学院与研究院加强合作。",
            [],
        ),
        (
            _UNIVERSITY,
            "化学学院与物理研究院共建联合实验室，教务处与科研处联合督查，加强与材料科学学院合作。",
            ["化学学院", "物理研究院", "教务处", "科研处", "材料科学学院"],
        ),
        (
            _UNIVERSITY,
            "建成学生活动中心，新建图书馆，档案馆大楼投入使用，成立巡视整改工作领导小组办公室。",
            [],
        ),
        # 与 joins two fields of one name, but not a party and a name (与 = "with")
        (
            _UNIVERSITY,
            "信息与通信工程学院、宣传与统战部、对外合作与交流处完成整改，推动企业与商务部对接。",
            ["信息与通信工程学院", "宣传与统战部", "对外合作与交流处", "商务部"],
        ),
        (
            _UNIVERSITY,
            "干部与组织部谈心，学生与心理健康教育中心建立联系，多处与科研处。",
            ["组织部", "心理健康教育中心", "科研处"],
        ),
        # posts: only the organ, and nothing in a contracted title (财务处长)
        (
            _UNIVERSITY,
            "附属医院院长、图书馆馆长、教务处处长、财务处长、学术委员会主任委员参加会议。",
            ["附属医院", "图书馆", "教务处", "学术委员会"],
        ),
        # a territory's notice: its centres, committees and libraries alone are
        # facilities or generic (DECISIONS 3.2, 3.4); its departments are ORG
        (
            _COUNTY,
            "县纪委监委、组织部、宣传部和县委办推进整改，组织部门、有关部门落实责任，抓好组织部署。",
            ["县纪委监委", "组织部", "宣传部", "县委办"],
        ),
        (
            _COUNTY,
            "建成矛盾纠纷调处化解中心，完成图书馆、档案馆改造，镇资产管理委员会修订议事规则，研究中心工作。",
            [],
        ),
    ],
)
def test_institution_units(opening: str, text: str, expected: list[str]) -> None:
    orgs = _orgs(opening + text)
    assert orgs[len(_orgs(opening)) :] == expected


def test_institution_word_lists_fit_the_suffix_search() -> None:
    """A suffix read bare in an institution's notice, or joined by 与, must be
    one the suffix search looks for, or the list entry would do nothing."""
    from extractor.lexicon import word_list
    from extractor.recognizers.rules import orgs

    suffixes = set(orgs.STANDALONE + orgs.ANCHORED)
    assert set(word_list("org_institution_bare_suffixes.txt")) <= suffixes
    assert set(word_list("org_joined_suffixes.txt")) <= suffixes


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # an owner short form at the very start of the text keeps its owner
        ("局党组和局机关纪委共同研究", ["局党组", "局机关纪委"]),
        ("厅党组认真落实", ["厅党组"]),
        ("委党组书记主持会议", ["委党组"]),
        # an internal office numbered inside the commission's name is one span
        (
            "县委巡察办会同县纪委监委第三监督检查室开展督查",
            ["县委巡察办", "县纪委监委第三监督检查室"],
        ),
        ("中央纪委国家监委第八审查调查室", ["中央纪委国家监委第八审查调查室"]),
    ],
)
def test_owner_at_text_start_and_numbered_commission_offices(text, orgs):
    import extractor

    assert [
        e.text for e in extractor.extract(text, backend="rules").entities if e.label == "ORG"
    ] == orgs


#: The department names of local government since the 2018-19 reform, several with a
#: 和 or a stop character (据, 报, 属) inside one name.
DEPARTMENTS = (
    "发展和改革委员会 自然资源和规划局 住房和城乡建设局 人力资源和社会保障局 工业和信息化局 "
    "文化广电和旅游局 农业农村局 退役军人事务局 卫生健康委员会 应急管理局 市场监督管理局 "
    "政务服务和大数据管理局 林业和草原局 商务和投资促进局 城市管理和综合执法局 教育体育局 "
    "机关事务管理局 医疗保障局 数据资源管理局 国有资产监督管理委员会 住房公积金管理中心 "
    "住房保障和房产管理局 广播电视台 红十字会 看守所 行政审批和政务信息管理局 "
    "安全生产和应急管理局 中西医结合医院"
).split()


@pytest.mark.parametrize("place", ["南通市", "如东县", "鼓楼区"])
def test_department_names_with_he_or_stop_characters_inside_are_whole(place):
    import extractor

    for dept in DEPARTMENTS:
        name = place + dept
        text = f"根据市委统一部署，市委第二巡察组对{name}党组开展了巡察。{name}高度重视。"
        orgs = [
            e.text for e in extractor.extract(text, backend="rules").entities if e.label == "ORG"
        ]
        assert orgs[-2:] == [name + "党组", name], name


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("对南通日报社党委开展巡察", ["南通日报社党委"]),
        ("对南通市直属机关工委开展巡察", ["南通市直属机关工委"]),
        ("中国移动数据中心一期土建已基本完成", ["中国移动"]),  # a facility, not a centre
        ("县委和县政府召开会议", ["县委", "县政府"]),  # 和 between two names still parts them
        ("对江苏省南通监狱党委开展巡察", ["江苏省南通监狱党委"]),
        ("南通海关高度重视", ["南通海关"]),
        ("观看电视台节目，加强海关监管", []),  # without a place these are no names
    ],
)
def test_name_words_across_stop_characters(text, orgs):
    import extractor

    assert [
        e.text for e in extractor.extract(text, backend="rules").entities if e.label == "ORG"
    ] == orgs


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # stationed discipline teams are one span with the commission that stations them
        ("县纪委监委派驻第三纪检监察组召开会议", ["县纪委监委派驻第三纪检监察组"]),
        ("区纪委监委第二派驻纪检监察组召开会议", ["区纪委监委第二派驻纪检监察组"]),
        # the Youth League's committee is not the party's: [团县委], but 集团/社团 stay out
        ("团县委召开会议", ["团县委"]),
        ("共青团市委召开会议", ["共青团市委"]),
        ("集团市委召开会议", ["市委"]),
    ],
)
def test_stationed_teams_and_league_committees(text, orgs):
    import extractor

    assert [
        e.text for e in extractor.extract(text, backend="rules").entities if e.label == "ORG"
    ] == orgs


@pytest.mark.parametrize(
    "verb", ["约谈", "责成", "函告", "表彰", "提出", "尊重", "采用", "进行", "推进"]
)
@pytest.mark.parametrize(
    "org", ["江南大学", "国家电网", "县人民政府", "省发展改革委", "市中级人民法院"]
)
def test_a_name_right_after_a_verb_comes_out_whole(verb: str, org: str) -> None:
    """Notices govern organs by verbs no list can hold; the name after one is
    still found whole, and the verb stays out of it."""
    assert _orgs(f"今年以来,我们{verb}{org}开展了专项工作。") == [org]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # a stop character inside the name (暨, 对): the list knows the name
        (
            "省委巡视组对暨南大学党委开展巡视，暨南大学召开专题会。",
            ["省委巡视组", "暨南大学党委", "暨南大学"],
        ),
        ("会同辽宁对外经贸学院、市教育局开展检查。", ["辽宁对外经贸学院", "市教育局"]),
        # 高等专科学校 is no suffix; a campus in brackets, either width
        ("肇庆医学高等专科学校党委高度重视。", ["肇庆医学高等专科学校党委"]),
        (
            "中国地质大学(武汉)、中国石油大学（华东）联合申报。",
            ["中国地质大学(武汉)", "中国石油大学（华东）"],
        ),
        # a listed name that goes on as another word is not the university
        ("长江大学生就业指导中心。", []),
        # a company's bracketed （集团）/（控股） is part of its name
        (
            "陕西延长石油（集团）有限责任公司党委高度重视。",
            ["陕西延长石油（集团）有限责任公司党委"],
        ),
        (
            "华润（集团）有限公司、中国通用技术(集团)控股有限责任公司",
            ["华润（集团）有限公司", "中国通用技术(集团)控股有限责任公司"],
        ),
    ],
)
def test_listed_universities_and_bracketed_company_names_come_out_whole(
    text: str, orgs: list[str]
) -> None:
    """The national list of universities finds names the suffix walk cannot;
    a company's bracketed part does not cut its name."""
    assert _orgs(text) == orgs


HOSPITAL_NOTICE = (
    "中共江城市第一人民医院委员会关于巡察整改情况的通报\n"
    "心血管内科、急诊医学科联合建成胸痛中心。对骨科、康复医学科等5个科室负责人进行约谈，"
    "查实超声医学科违规收费。药学部对在用药品开展点评，推进内科学科建设。\n"
)


def test_a_hospitals_departments_are_its_units() -> None:
    """DECISIONS 3.1: in a hospital's own notice its departments named alone are ORG
    (内科学科建设 is a discipline, not a department)."""
    assert _orgs(HOSPITAL_NOTICE) == [
        "中共江城市第一人民医院委员会",
        "心血管内科",
        "急诊医学科",
        "骨科",
        "康复医学科",
        "超声医学科",
        "药学部",
    ]


def test_departments_are_words_in_a_territorys_notice() -> None:
    text = "关于县委巡察整改情况的通报\n推进县人民医院心血管内科建设，外科手术量增长。"
    assert _orgs(text) == ["县委", "县人民医院"]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        (
            "县委组织部会同县人力资源社会保障局面向全县公开遴选。",
            ["县委组织部", "县人力资源社会保障局"],
        ),
        ("院党委调整优化党支部设置。", ["院党委"]),
        ("对2021年以来学院党委会议记录开展检查。", ["学院党委"]),
        ("结余资金上缴省财政厅，县公安局侦办案件5件。", ["省财政厅", "县公安局"]),
        # 经 "by" opens a clause; 神经 is a word
        ("，经院党委研究，须经校党委会议审议，常驻神经外科。", ["院党委", "校党委"]),
        ("实行局领导牵头，来信请寄县医疗保障局办公室。", ["县医疗保障局办公室"]),
        ("社区党委召开会议，驻中心纪检组跟踪监督。", ["社区党委", "驻中心纪检组"]),
        # after 所属 a named body is one (所属单位 stays generic); 交回/恢复 are verbs
        ("袁州分局所属城南派出所整改，所属单位自查。", ["袁州分局", "城南派出所"]),
        ("资金交回市财政局，恢复五府山分理处营业。", ["市财政局", "五府山分理处"]),
        # a middle school by place and number; not a plenary session
        ("推动合肥一中、长沙十一中结对，学习二中全会精神。", ["合肥一中", "长沙十一中"]),
        # a body's own office, sections and CPPCC committees joined by 和; not a
        # leading group's office
        (
            "中共通榆县供销合作社联合社党组关于整改的通报\n"
            "整改情况：办公室牵头，合作指导股和财务室配合；领导小组下设办公室。",
            ["中共通榆县供销合作社联合社党组", "办公室", "合作指导股", "财务室", "领导小组"][:4],
        ),
        (
            "政协江城市委员会机关关于整改的通报\n市政协机关党组部署。文化文史和学习委员会、社会和法制委员会视察，"
            "第三监督检查室追缴违纪款。",
            [
                "政协江城市委员会机关",
                "市政协机关党组",
                "文化文史和学习委员会",
                "社会和法制委员会",
                "第三监督检查室",
            ],
        ),
        # a bank's division named by its function; a university's joined division
        (
            "中共江北师范大学委员会关于整改的通报\n资产与实验室管理处会同公司金融部清查。",
            ["中共江北师范大学委员会", "资产与实验室管理处", "公司金融部"],
        ),
    ],
)
def test_a_verb_after_or_before_an_organ_is_not_part_of_it(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # a college's own party committee, named with its university
        (
            "中共江淮工业大学计算机科学与技术学院委员会关于巡察整改情况的通报",
            ["中共江淮工业大学计算机科学与技术学院委员会"],
        ),
        # research units run long (a company's length, not a department's)
        (
            "省委巡视组对川东丘陵农业科学研究院党委开展巡视。川东丘陵作物遗传育种重点实验室育成品种。",
            ["省委巡视组", "川东丘陵农业科学研究院党委", "川东丘陵作物遗传育种重点实验室"],
        ),
        # a university's own units, also when an audit examined the university
        (
            "2023年，省审计厅对江北师范大学预算执行情况进行了审计。\n"
            "继续教育学院、国际教育学院上缴培训费。计算机实验教学中心新增设备，招标采购中心清理采购。",
            [
                "省审计厅",
                "江北师范大学",
                "继续教育学院",
                "国际教育学院",
                "计算机实验教学中心",
                "招标采购中心",
            ],
        ),
        # court divisions with an ordinal, companies by trade name, a board with its owner
        (
            "民事审判第一庭、少年家事审判庭建立专班。督促蓉江商贸公司整改，蓉江路桥公司补办手续。",
            ["民事审判第一庭", "少年家事审判庭", "蓉江商贸公司", "蓉江路桥公司"],
        ),
        # kinds and ad-hoc bodies are not names
        ("在重点项目部建立临时党支部，共建产业学院4个。", []),
    ],
)
def test_long_unit_names_and_kinds_in_institution_notices(text: str, orgs: list[str]) -> None:
    assert _orgs(text) == orgs


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # a department's own divisions named alone, one 和 joining two fields
        (
            "中共江淮省税务局党委关于巡视整改情况的通报\n"
            "货物和劳务税处会同纳税服务处、征管和科技发展处开展核查，县财政局和督察内审处联合检查。",
            [
                "中共江淮省税务局党委",
                "货物和劳务税处",
                "纳税服务处",
                "征管和科技发展处",
                "县财政局",
                "督察内审处",
            ],
        ),
        (
            "中共江州市住房和城乡建设局党组关于巡察整改情况的通报\n房地产市场监管科牵头，在多处设立服务点。"
            "医政医管处在全省开展检查，工作正处在关键期。",
            ["中共江州市住房和城乡建设局党组", "房地产市场监管科", "医政医管处"],
        ),
        # an owner's department named by several functions; branches of the notice's bank
        (
            "中共江州农村商业银行委员会关于巡察整改情况的通报\n"
            "集团审计与风险管理部开展审计，城东支行、茶圣路支行整改，公开竞聘支行行长。",
            ["中共江州农村商业银行委员会", "集团审计与风险管理部", "城东支行", "茶圣路支行"],
        ),
        # a place in a company's brackets; a research academy; verbs before names
        (
            "博远精密（深圳）有限公司、远嘉矿业研究总院整改。从分包单位中赣路桥工程有限公司追回款项。",
            ["博远精密（深圳）有限公司", "远嘉矿业研究总院", "中赣路桥工程有限公司"],
        ),
    ],
)
def test_divisions_departments_and_branches_of_the_notices_own_body(
    text: str, orgs: list[str]
) -> None:
    assert _orgs(text) == orgs


def test_short_forms_lent_by_full_names() -> None:
    """A company or university named in full lends its short form to later mentions."""
    text = (
        "中共江淮工业大学计算机学院委员会关于巡察整改情况的通报\n"
        "引进赣南芯源电子科技有限公司，芯源电子项目总投资32亿元；推动江淮工大高质量发展。"
        "对院属丰禾种业开展清产核资。"
    )
    assert _orgs(text) == [
        "中共江淮工业大学计算机学院委员会",
        "赣南芯源电子科技有限公司",
        "芯源电子",
        "江淮工大",
        "丰禾种业",
    ]


def test_departments_of_study_in_a_universitys_own_notice() -> None:
    text = (
        "中共江淮工业大学计算机学院委员会关于整改的通报\n"
        "联合软件工程系、数学系修订培养方案，完善管理体系和信息系统。"
    )
    assert _orgs(text) == ["中共江淮工业大学计算机学院委员会", "软件工程系", "数学系"]


def test_a_term_of_office_before_a_committee_stays_out_of_the_name() -> None:
    """十四届宜兴市委: the guideline's leading ordinal goes, the place stays."""
    assert _orgs("根据十四届宜兴市委第五轮巡察工作安排，") == ["宜兴市委"]


def test_a_streets_own_offices_and_squads_named_alone() -> None:
    """In a street's or township's own notice its offices are its units (as 党建办 is);
    a leading group's office without an owner is not, nor a community's committee."""
    text = (
        "中共泉城街道工作委员会关于巡察整改情况的通报\n根据区委统一部署，区委第二巡察组对街道党工委开展了巡察。"
        "成立整改工作领导小组，领导小组办公室设在党政综合办公室。明确党建工作办公室、"
        "社区建设办公室、综合行政执法中队等11个责任科室；对1名社区党委书记进行提醒谈话。"
    )
    assert _orgs(text)[-4:] == [
        "党政综合办公室",
        "党建工作办公室",
        "社区建设办公室",
        "综合行政执法中队",
    ]


def test_a_countys_offices_alone_stay_generic_outside_a_township_notice() -> None:
    text = "中共某县县委关于巡察整改情况的通报\n明确党建工作办公室牵头。"
    assert "党建工作办公室" not in _orgs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a defined short name that is a suffix word names the body, here and later
        (
            "宝鸡市生态环境监测站（以下简称监测站）修订质量管理体系文件，监测站全员参加培训。",
            ["宝鸡市生态环境监测站", "监测站", "监测站"],
        ),
        # …but a generic word defined as the short name does not
        ("江北科技发展有限公司数据中心（以下简称中心）负责运维。", ["江北科技发展有限公司"]),
        # a contractor's role word stays out of its name
        (
            "局信息中心与承建单位肇庆市筑信科技有限公司签订合同。",
            ["局信息中心", "肇庆市筑信科技有限公司"],
        ),
        # a housing estate after a place is no court's division
        ("对肇庆华庭置业有限公司开发的江岸华庭项目下达整改通知书。", ["肇庆华庭置业有限公司"]),
        # a group's own centres named by their functions
        (
            "集团科技创新中心牵头，集团物资采购中心上线运行。",
            ["集团科技创新中心", "集团物资采购中心"],
        ),
        ("建设具有全国影响力的科技创新中心。", []),
        # monitoring sites, boards as kinds and school-run enterprises are no names
        ("新建雨水情监测站点1100余个。", []),
        (
            "中共江淮工业大学委员会关于巡视整改的通报\n建立健全董事会、监事会，加强校办企业监管。",
            ["中共江淮工业大学委员会"],
        ),
        ("对市文化馆、市美术馆2名负责人予以诫勉谈话。", ["市文化馆", "市美术馆"]),
        ("其中光山县周氏家庭农场流转土地320亩。", ["光山县周氏家庭农场"]),
        ("帮助晏岗村党支部领办晏岗村股份经济合作社。", ["晏岗村党支部", "晏岗村股份经济合作社"]),
        ("组织部对8家子公司党委逐一开展考核。", ["组织部"]),
        # trade names of trusts and developers, acting or listed; a verb is no name
        (
            "委托西部证券、兴泰信托开展尽调，引进万通地产投资12亿元。",
            ["西部证券", "兴泰信托", "万通地产"],
        ),
        ("规范信托投资行为，加大房地产投资力度。", []),
        # owners' short forms of an autonomous prefecture, the 兵团 and its divisions
        ("州委第一巡察组巡察州妇联党组工作动员会召开。", ["州委第一巡察组", "州妇联党组"]),
        (
            "根据兵团党委统一部署，兵团党委第三巡视组对第九师开展了巡视。师党委常委会研究，师纪委监委约谈。",
            ["兵团党委", "兵团党委第三巡视组", "师党委常委会", "师纪委监委"],
        ),
        ("教师党支部开展学习。", []),
        # the joint commission with its level twice; the league's committee in full
        (
            "区纪委区监委开展专项监督，县纪委、县监委联合督办。",
            ["区纪委区监委", "县纪委", "县监委"],
        ),
        ("共青团湘潭市委员会关于市委巡察反馈意见整改情况的通报", ["共青团湘潭市委员会", "市委"]),
        # the CPPCC's office is one name; the institution in general and its system are none
        (
            "省政协机关开展清查，学习关于加强和改进人民政协工作的重要思想，举办全省政协系统培训班。",
            ["省政协机关"],
        ),
        # numbers of teams and branches name none; a township's stations are its units
        (
            "本轮州委共派出5个巡察组，局党委对11个党支部开展检查，5个市委联动巡察。",
            ["州委", "局党委", "市委"],
        ),
        ("村党支部会同镇农经站对村集体资产清查。", ["村党支部", "镇农经站"]),
        ("各专门委员会分党组。", []),
        # 就业 is a word, not the adverb 就; divisions reach back over their function words
        (
            "中共宜昌市人力资源和社会保障局党组关于巡察整改情况的通报\n就业促进科会同市就业服务中心，"
            "规划财务和法规科与规划财务科修订制度。",
            [
                "中共宜昌市人力资源和社会保障局党组",
                "就业促进科",
                "市就业服务中心",
                "规划财务和法规科",
                "规划财务科",
            ],
        ),
        ("市交通运输局和市水利和湖泊局开展检查。", ["市交通运输局", "市水利和湖泊局"]),
        # a television station's notice: its short owner 台, its centres and channels
        (
            "中共漳州广播电视台委员会关于巡察整改情况的通报\n台党委逐条分解，台纪委加强监督；"
            "领导小组办公室设在总编室，新闻综合频道和公共频道全面审看。平台党委统筹。",
            [
                "中共漳州广播电视台委员会",
                "台党委",
                "台纪委",
                "总编室",
                "新闻综合频道",
                "公共频道",
                "党委",
            ],
        ),
        # forest farms, their branches, mines and plants; kinds of school are no names
        (
            "三岔河国有林场和黄泥河分场整改，带队到河曲发电厂、庞家岭煤矿督导，南浔济生堂药店被处罚款。",
            ["三岔河国有林场", "黄泥河分场", "河曲发电厂", "庞家岭煤矿", "南浔济生堂药店"],
        ),
        (
            "县金桥初级中学等5所城区学校与农村学校结对，认定普惠性民办幼儿园7所。",
            ["县金桥初级中学"],
        ),
        ("聘请会计师事务所审计，争取中央和省级资金，落实中央和省委要求。", ["中央", "省委"]),
        # 领办 parts two names; a farmers' cooperative without a name is a kind
        (
            "供销社领办农民专业合作社5家，帮助晏岗村党支部领办晏岗村股份经济合作社。",
            ["晏岗村党支部", "晏岗村股份经济合作社"],
        ),
        # a place in brackets inside a company's name, after its trade name
        (
            "推进汾能（右玉）风电开发有限公司和汾能（平遥）光伏发电有限公司建设，华润（集团）有限公司参与。",
            [
                "汾能（右玉）风电开发有限公司",
                "汾能（平遥）光伏发电有限公司",
                "华润（集团）有限公司",
            ],
        ),
        # a project's department, named by its project and contract section
        (
            "对所属仁遵高速公路第二合同段项目经理部等5个项目经理部约谈。",
            ["仁遵高速公路第二合同段项目经理部"],
        ),
    ],
)
def test_names_in_long_bodies(text: str, expected: list[str]) -> None:
    assert _orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb inside a function's name word (技术推广) does not cut the name
        (
            "局党组对县农业技术推广中心、县动物疫病预防控制中心开展检查，乡农业综合服务站协助。",
            ["局党组", "县农业技术推广中心", "县动物疫病预防控制中心", "乡农业综合服务站"],
        ),
        # 经 "by" before a level word opens the organ's name; 经开区 stays whole
        ("收费标准经旗发改委审核后公示，推进经开区管委会改革。", ["旗发改委", "经开区管委会"]),
        # a ministry's division (司); 有关司局 is no name
        (
            "厅党组加强与交通运输部综合规划司对接，向财政部有关司局汇报。",
            ["厅党组", "交通运输部综合规划司", "财政部"],
        ),
        # a village's units hold no verb: 建设 after a village is the predicate
        ("县农业农村局在同发村建设农资配送服务站2个。", ["县农业农村局"]),
        # a talent market; a county section named by its function at a line's start
        (
            "三峡人才市场与市就业服务中心联合招聘。\n农村经营管理股联合县市场监督管理局清理。",
            ["三峡人才市场", "市就业服务中心", "农村经营管理股", "县市场监督管理局"],
        ),
    ],
)
def test_function_names_divisions_and_villages(text: str, expected: list[str]) -> None:
    assert _orgs(text) == expected


def test_a_subsidiary_keeps_its_parents_trade_name() -> None:
    text = (
        "甘肃陇原建设投资集团有限公司（以下简称“陇原建投”）核减工程款，对陇原建投所属"
        "陇原路桥工程有限公司相关人员给予处分。山西汾河能源集团有限公司对汾河能源太原供热"
        "分公司开展审计。"
    )
    found = _orgs(text)
    assert "陇原路桥工程有限公司" in found and "路桥工程有限公司" not in found
    assert "汾河能源太原供热分公司" in found and "供热分公司" not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owner's 直属机关党委; a system named after the committee is no organ
        (
            "委人事处会同委直属机关党委开展考核，从直属机关党委抽调人员，落实党委领导下的院长负责制。",
            ["委人事处", "委直属机关党委", "直属机关党委"],
        ),
        # after an organ a verb's object is a second name, or every body of a level
        (
            "南海分局、顺德分局指导大沥市场监管所开展检查，计划财务股组织全县学校开展资产清查。",
            ["南海分局", "顺德分局", "大沥市场监管所", "计划财务股"],
        ),
        # a company's party-work departments, alone or with their owner
        (
            "党委工作部编印基层党支部工作手册，集团纪委会同集团党群工作部建立机制。",
            ["党委工作部", "集团纪委", "集团党群工作部"],
        ),
        # a joint inspection team is one name
        ("市委联合巡察组对县农业农村局开展巡察。", ["市委联合巡察组", "县农业农村局"]),
        # more kinds of unit: federations, troupes, clinics, head stations
        (
            "向福建省农村信用社联合社报备，市西秦剧团新排现代戏，对沂水县惠民中医诊所暂停结算，"
            "省农业技术推广总站开展培训，机关服务中心修订办法。",
            [
                "福建省农村信用社联合社",
                "市西秦剧团",
                "沂水县惠民中医诊所",
                "省农业技术推广总站",
                "机关服务中心",
            ],
        ),
    ],
)
def test_owners_verbs_between_organs_and_more_kinds_of_unit(text: str, expected: list[str]) -> None:
    assert _orgs(text) == expected


def test_two_issuers_on_one_line_parted_by_a_space() -> None:
    """中共弋阳县委办公室 弋阳县人民政府办公室: the space between two organs is kept
    and parts them (a stray space inside one name is still dropped)."""
    assert _orgs("中共弋阳县委办公室 弋阳县人民政府办公室关于县委巡察反馈意见整改情况的通报") == [
        "中共弋阳县委办公室",
        "弋阳县人民政府办公室",
        "县委",
    ]
    assert _orgs("县委组 织部开展培训") == ["县委组 织部"]


def test_a_courts_own_units_and_counted_units_of_a_level() -> None:
    opening = (
        "关于县委第三巡察组巡察反馈意见整改情况的通报\n县委第三巡察组对本院开展了常规巡察，"
        "7月2日向院党组反馈了巡察意见。\n"
    )
    found = _orgs(opening + "审判管理办公室每月通报执行质效指标。诉讼服务中心增设窗口2个。")
    assert "审判管理办公室" in found and "诉讼服务中心" in found
    # 26个村（社区）…中心: a number of them, none named
    assert _orgs("推动26个村（社区）综合文化服务中心提档升级，12个县（区）图书馆联动。") == []


def test_a_companys_line_of_business_and_a_banks_head_office() -> None:
    # 建设, 投资 are the name's line of business after a trade name, not prose verbs
    assert _orgs(
        "将湘农建设工程咨询有限公司等3家单位列入名单，对华夏发展投资有限公司开展审计。"
    ) == [
        "湘农建设工程咨询有限公司",
        "华夏发展投资有限公司",
    ]
    assert _orgs("物联网技术学院联合海澜集团开设订单班。") == ["物联网技术学院", "海澜集团"]
    bank = (
        "宁德海西农村商业银行股份有限公司党委关于巡察整改情况的通报\n市委联合巡察组对宁德海西"
        "农村商业银行股份有限公司党委开展了巡察。选派干部充实到总行部室。"
    )
    assert _orgs(bank)[-1] == "总行"  # 部室: the head office's departments, none named


def test_a_systems_own_team_and_numbered_units() -> None:
    title = (
        "国家税务总局甘肃省税务局党委关于国家税务总局党委\n第三巡视组巡视反馈意见整改情况的通报\n"
        "集团党委第二巡察组对分公司开展巡察。"
    )
    found = _orgs(title)
    assert "国家税务总局党委\n第三巡视组" in found and "第三巡视组" not in found
    assert "集团党委第二巡察组" in found
    # one of several units told apart by its number; a service hall is no organ
    assert _orgs("省局稽查局、第一稽查局联合审理，对白银市税务局第一税务分局办税服务厅督办。") == [
        "省局稽查局",
        "第一稽查局",
        "白银市税务局第一税务分局",
    ]


def test_bureaus_that_are_companies_routes_and_a_ministrys_divisions() -> None:
    forest = (
        "巡察组对红石砬子林业局（公司）党委进行了常规巡察。局（公司）工会会同桦甸市住房和城乡建设局"
        "开展工作，湖寮镇党委联合巡察组进驻莒村。"
    )
    assert _orgs(forest) == [
        "巡察组",
        "红石砬子林业局（公司）党委",
        "局（公司）工会",
        "桦甸市住房和城乡建设局",
        "湖寮镇党委联合巡察组",
    ]
    # a route's two ends are in the company's name; 县至乡镇 is no route's start
    assert _orgs("对广西新桂南丹至天峨高速公路有限公司开展审计，由县至乡镇公路管理站负责。") == [
        "广西新桂南丹至天峨高速公路有限公司"
    ]
    ministry = (
        "中共农业农村部党组关于巡视整改进展情况的通报\n中央第三巡视组对农业农村部党组开展了巡视。"
        "由办公厅、人事司牵头组建整改专班，种植业管理司会同农田建设管理司指导，对上级公司负责。"
    )
    found = _orgs(ministry)
    assert {"办公厅", "人事司", "种植业管理司", "农田建设管理司"} <= set(found)
    assert not any(name.endswith("公司") for name in found)


def test_a_division_function_opening_a_clause_begins_the_name() -> None:
    assert _orgs("整改措施：\n组织联络部指导哈尔滨市妇联，联合中交二航局攻坚。") == [
        "组织联络部",
        "哈尔滨市妇联",
        "中交二航局",
    ]
    assert _orgs("总编室统筹新闻综合频道建设，省民政厅培训社区妇联执委2400余人次。")[:1] == [
        "总编室"
    ]


def test_verbs_between_a_unit_and_an_office_stakes_and_field_stations() -> None:
    assert _orgs(
        "的问题\n审计部联合纪委办公室对工程开展审计，国有资产管理处清理试验站对外出租土地。"
    ) == [
        "审计部",
        "纪委办公室",
        "国有资产管理处",
    ]
    # 经济 is a word, not the preposition 经; stakes (参股, 入股) are no sections
    assert _orgs("；经济作物研究所、马铃薯研究所设立岗位，五常水稻试验站新建基地。") == [
        "经济作物研究所",
        "马铃薯研究所",
        "五常水稻试验站",
    ]
    assert _orgs("退出非主业参股企业4家，通过资产入股等方式盘活。") == []
    # a hospital's campuses are its units; a new campus is a building
    assert _orgs("分别联系南明院区、观山湖院区，加快推进市九院新院区建设。") == [
        "南明院区",
        "观山湖院区",
        "市九院",
    ]


def test_a_kinds_committee_and_verbs_that_set_up_units() -> None:
    # 被巡察单位党组: the committees of a kind of unit, none named
    assert _orgs("各被巡察单位党组切实履行整改主体责任，督促4个被巡察单位党组整改。") == []
    assert _orgs("市委编办已批复增设派出所2个，人事股会同县委编办核增编制3名。") == [
        "市委编办",
        "人事股",
        "县委编办",
    ]


def test_groups_named_by_their_task_and_task_forces_with_an_owner() -> None:
    # 落实 opens the group's name: the committee sent the inspection, no owner is written
    assert _orgs("局党组专门成立落实市委巡察反馈意见整改工作领导小组，统筹推进。") == [
        "局党组",
        "市委",
    ]
    assert _orgs("成立落实七届县委第五轮巡察整改工作领导小组，负责日常调度。") == ["县委"]
    # the owner written first: the group and its task are one name
    assert _orgs("成立市水务局党组落实巡察整改工作专班，每周调度一次。") == [
        "市水务局党组落实巡察整改工作专班"
    ]
    assert _orgs("县巡视整改工作专班每月通报进度，县委巡察整改办跟踪督办。") == [
        "县巡视整改工作专班",
        "县委巡察整改办",
    ]
    # without an owner a task force or an office of the rectification is no name
    assert _orgs("抽调骨干组成工作专班，巡察整改办牵头建立台账。") == []
    # the verbs that form a team are no part of its name
    assert _orgs("县委抽调干部组成专项巡察组开展巡察。") == ["县委", "专项巡察组"]


def test_team_names_with_rounds_and_special_subjects() -> None:
    # a round before a numbered team is neither (DECISIONS): committee and team apart
    assert _orgs("六届县委第九轮巡察二组对我局开展了常规巡察。") == ["县委", "巡察二组"]
    assert _orgs("县委第一轮巡察第三组进驻后，") == ["县委", "巡察第三组"]
    # an unnumbered team keeps its round
    assert _orgs("县委第六轮巡察组对我局开展了巡察。") == ["县委第六轮巡察组"]
    # a special round named by its subject is one team
    assert _orgs("县委推进“放管服”改革、优化营商环境专项巡察组向县自然资源局党组反馈。") == [
        "县委推进“放管服”改革、优化营商环境专项巡察组",
        "县自然资源局党组",
    ]


def test_page_chrome_document_codes_and_one_character_verbs() -> None:
    # a joint commission with its province; a welcome line names the site's owner
    assert _orgs("2024-03-02 08:30 安徽省纪委省监委网站\n") == ["安徽省纪委省监委"]
    assert _orgs("欢迎访问宁德市科学技术协会网站！") == ["宁德市科学技术协会"]
    # an issuing code in a document number names no body
    assert _orgs("依据《审计结果公告》(宁审委经报〔2024〕3号)要求，") == []
    # 受 (on behalf of) and a bracket's 含 (including) stand between names
    assert _orgs("县人大常委会听取了审计局受县政府委托所作的报告。") == [
        "县人大常委会",
        "审计局",
        "县政府",
    ]
    assert _orgs("交通部门(含交通运输局)预算执行问题3项") == ["交通运输局"]
    # 同 "with" before a national body; 同心县 keeps its 同
    assert _orgs("同全国总工会新任班子座谈，同心县委作交流发言。") == ["全国总工会", "同心县委"]


def test_owners_counts_and_formulas_around_party_groups() -> None:
    # a count of meetings ends before the owner's short form
    assert _orgs("先后召开5次局党组(扩大)会议研究整改。") == ["局党组"]
    assert _orgs("巡察组反馈后，分局党委立即召开专题会议。") == ["巡察组", "分局党委"]
    # 党委(党组) after 各级 is the formula for any committee or group
    assert _orgs("纳入各级党委(党组)理论学习中心组学习内容。") == []
    # a stray space inside a name (a PDF's) does not part it
    assert _orgs("无锡市第二人民 医院党委高度重视，江苏省教育 厅党组书记带队督导。") == [
        "无锡市第二人民 医院党委",
        "江苏省教育 厅党组",
    ]
    # a title the excerpt breaks off inside names nothing
    assert _orgs("研究起草《中共某县水利局党组关于落实县委巡察") == []


def test_a_level_word_before_a_term_and_a_meetings_number() -> None:
    # 区第八届区委…: the committee repeats the level, so 区第八届 leads; a congress keeps its term
    assert _orgs("区第八届区委审计委员会第六次会议强调，省十三届人大常委会审议。") == [
        "区委审计委员会",
        "省十三届人大常委会",
    ]


def test_a_name_ends_with_the_standalone_word_it_runs_into() -> None:
    # 管委 of 管委会 ends no name; 发改委|会同 is still the verb 会同
    assert _orgs("市发改委会同经开区管委会、合作区管委会开展检查。") == [
        "市发改委",
        "经开区管委会",
        "合作区管委会",
    ]


def test_an_inspection_office_written_with_cha() -> None:
    # 督察室 (政工督察室, 检务督察室) as 督查室: a unit's office
    assert _orgs("确定局党委委员、政工督察室主任负责日常督办，检务督察室开展明察暗访。") == [
        "局党委",
        "政工督察室",
        "检务督察室",
    ]


def test_a_units_own_inspection_team_takes_the_owners_short_form() -> None:
    assert _orgs("结合学校巡察组对学院的反馈意见，集团巡察组进驻后，各巡察组分别反馈。") == [
        "学校巡察组",
        "集团巡察组",
    ]


def test_a_bare_audit_team_is_the_auditing_team_like_a_bare_inspection_team() -> None:
    """派出审计组 / 审计组指出 point at the team that audited, as 巡察组 does; a count
    of teams and the teams of each office (各审计组) name none."""
    text = "市审计局派出审计组于2023年5月对我司开展审计，审计组指出3个问题；各审计组、4个审计组同时进场。"
    assert _orgs(text) == ["市审计局", "审计组", "审计组"]


def test_the_new_group_team_and_code_rules_leave_prose_around_names_alone() -> None:
    """Review of the task-group, task-force, team-subject and document-number rules:
    落实 as the sentence's verb, verbs before 专班/整改办/专项巡察组, codes after 印发."""
    assert _orgs("严格落实县政府办公室印发的办法，认真落实县委巡察整改工作领导小组的部署。") == [
        "县政府办公室",
        "县委巡察整改工作领导小组",
    ]
    assert _orgs("学校党委统筹推进整改专班各项工作，局党组认真研究巡察整改工作专班的意见。") == [
        "学校党委",
        "局党组",
    ]
    assert _orgs("我局认真落实县巡视整改工作专班的部署，镇党委要求巡察整改办每周报送。") == [
        "县巡视整改工作专班",
        "镇党委",
    ]
    assert _orgs("市委巡察办选调精干力量充实专项巡察组，县委今年首次试点专项巡察组。") == [
        "市委巡察办",
        "专项巡察组",
        "县委",
        "专项巡察组",
    ]
    assert _orgs("区财政局印发区财〔2023〕12号通知，市审计局以锡审报〔2024〕3号文件报告。") == [
        "区财政局",
        "市审计局",
    ]
    # a mistyped closing mark leaves the signature alone; 含山县 keeps its 含
    text = "修订完善《局党组会议议事规则〉等制度。\n\n中共某县财政局党组\n"
    assert _orgs(text) == ["局党组", "中共某县财政局党组"]
    assert _orgs("抽查3家单位（含山县人民医院、和县人民医院）。") == [
        "含山县人民医院",
        "和县人民医院",
    ]


def test_a_department_by_its_function_and_a_bare_standing_committee() -> None:
    # 厅 stands bare after a known department function; a hall does not
    assert _orgs("。审计厅出台整改办法，会同财政厅、人力资源社会保障厅在政务服务大厅办理。") == [
        "审计厅",
        "财政厅",
        "人力资源社会保障厅",
    ]
    # the standing committee a notice's own party committee convenes (train d33's gold)
    assert _orgs("区党委先后召开常委会会议、理论学习中心组学习会议。") == ["区党委", "常委会"]


def test_league_committees_palaces_and_discipline_offices() -> None:
    text = "团市委办公室、团市委党组、团县委召开会议；市青少年宫、县工人文化宫；医务部和纪检监察室联合审核。"
    assert _orgs(text) == [
        "团市委办公室",
        "团市委党组",
        "团县委",
        "市青少年宫",
        "县工人文化宫",
        "医务部",
        "纪检监察室",
    ]
    # a daily report is a document, a kind's branches after 下属 are no name
    assert (
        _orgs("编写太湖安全度夏工作日报104期，联系11家下属企业党支部，完成设备投资2.3亿元。") == []
    )


def test_a_village_notice_names_its_own_organs_by_village_and_towns_named_with_he() -> None:
    text = (
        "中共南京市溧水区和凤镇诸家村总支部委员会关于区委对村巡察反馈意见整改情况的通报\n"
        "区委第三联合巡察组对和凤镇诸家村党总支开展了巡察，巡察组向村党总支反馈了巡察意见。"
        "村党总支召开党员大会，和凤镇纪委全程督导。"
    )
    assert _orgs(text) == [
        "中共南京市溧水区和凤镇诸家村总支部委员会",
        "区委",
        "区委第三联合巡察组",
        "和凤镇诸家村党总支",
        "巡察组",
        "村党总支",
        "村党总支",
        "和凤镇纪委",
    ]
    # after an organ 和 joins two names; in a township's notice a verb parts the town's
    # committee from the villages' branches
    assert _orgs("县委和县政府。镇党委指导村党支部开展工作。")[:3] == ["县委", "县政府", "镇党委"]


def test_a_streets_own_notice_names_its_units_after_street() -> None:
    text = "区委巡察四组巡察了宁海路街道党工委。整改情况：街道经济服务中心建立重点企业联系制度。"
    assert _orgs(text) == ["区委巡察四组", "宁海路街道党工委", "街道经济服务中心"]


def test_a_verb_between_an_organ_and_a_short_office_and_entrusted_banks() -> None:
    assert _orgs("镇纪委会同农业农村办公室对各村开展清理，会同受托银行建立催收机制。") == [
        "镇纪委",
        "农业农村办公室",
    ]
    # a group's office may hold a verb after its owner
    assert _orgs("区委推进巡察整改工作领导小组办公室牵头。") == [
        "区委推进巡察整改工作领导小组办公室"
    ]


def test_a_verb_parts_an_organ_from_the_unit_after_it_and_from_a_place() -> None:
    text = "镇纪委联合财政所对各村开展清查，财务资产部清查工会资产，已从江苏恒泰建设工程有限公司扣回款项。"
    assert _orgs(text) == ["镇纪委", "财政所", "财务资产部", "江苏恒泰建设工程有限公司"]
    # …but a unit named by a verb stays one name, and 从江 is a county
    assert _orgs("向省委巡视办报告，县法院执行局、集团党委组织部；从江县人民政府。") == [
        "省委巡视办",
        "县法院执行局",
        "集团党委组织部",
        "从江县人民政府",
    ]


def test_management_stations_enforcement_squads_scenic_areas_and_whole_divisions() -> None:
    text = (
        "规划财务处对专项资金开展检查。问题：县文物保护管理所联合县消防救援大队检查；"
        "郭洞景区管理委员会完成改造；县文化市场综合行政执法队检查网吧；霍山县总工会试点工会工作站建设。"
    )
    assert _orgs(text) == [
        "规划财务处",
        "县文物保护管理所",
        "县消防救援大队",
        "郭洞景区管理委员会",
        "县文化市场综合行政执法队",
        "霍山县总工会",
    ]
    assert _orgs("各管理所、5个景区和执法队开展检查。") == []


def test_review_of_the_eleventh_sessions_org_rules() -> None:
    """Inputs of a reviewer's own against the session's rules (each failed once)."""
    assert _orgs("按照农业农村部、财政部的要求，农业农村部部署开展专项整治。") == [
        "农业农村部",
        "财政部",
        "农业农村部",
    ]
    assert _orgs("优化审计组织方式，健全内部审计组织体系，审计组长带队。") == []
    assert _orgs("县委整改工作办公室、区政府帮扶工作办公室、市政府支援合作办公室牵头。") == [
        "县委整改工作办公室",
        "区政府帮扶工作办公室",
        "市政府支援合作办公室",
    ]
    # a town's notice: 街道 before a unit is no owner there
    town = "县委第二巡察组对青山镇党委开展了巡察。街道保洁服务中心负责清扫。"
    assert "街道保洁服务中心" not in _orgs(town)


def test_idle_village_offices_are_no_name() -> None:
    assert _orgs("盘活闲置村部、校舍等资产11处。") == []


def test_a_numbered_bureaus_notice_names_itself_and_its_companies_by_number() -> None:
    text = (
        "中共华东建工集团第二工程局有限公司委员会关于集团党委巡察反馈意见整改情况的通报\n"
        "集团党委第一巡察组对二局党委进行了巡察。二局党委逐条制定整改措施。"
        "一公司、三公司党委同步建立整改台账；局纪委对四公司及所属分公司开展专项检查。"
        "推行一公司一策。"
    )
    found = _orgs(text)
    assert found.count("二局党委") == 2
    assert {"一公司", "三公司党委", "四公司"} <= set(found)
    assert "一公司一策" not in "".join(found[-1:])  # the count formula names no company
    assert sum(name == "一公司" for name in found) == 1
    # in a notice of no numbered bureau a numeral and 公司 are not a name
    assert _orgs("县国资委对一公司、三公司开展检查。") == ["县国资委"]


def test_a_project_department_named_by_its_line() -> None:
    assert _orgs("成本分析后，广州地铁7号线项目部核减分包结算326万元。") == ["广州地铁7号线项目部"]


def test_units_a_department_or_institution_names_alone() -> None:
    police = "中共邢台市公安局委员会关于巡察反馈意见整改情况的通报\n市委第三巡察组对市公安局党委开展了巡察。\n"
    assert _orgs(police + "指挥中心牵头修订警情处置规程。")[-1] == "指挥中心"
    assert _orgs(police + "劳动保障监察大队联合区住建局检查；原大队长被问责。")[-2:] == [
        "劳动保障监察大队",
        "区住建局",
    ]
    assert _orgs(police + "理赔部与信息技术部共同优化流程。")[-2:] == ["理赔部", "信息技术部"]
    bank = "中共东瓯银行宁波分行委员会关于巡察反馈意见整改情况的通报\n总行党委巡察组对宁波分行党委开展了巡察。\n"
    assert _orgs(bank + "资产保全部对12户不良客户开展清收。")[-1] == "资产保全部"
    customs = "中共泉州海关委员会关于巡察反馈意见整改情况的通报\n巡察组对泉州海关党委开展了巡察。关党委制定措施40项。\n"
    found = _orgs(customs + "人事政工科制定培养计划；办公室清理公车记录。")
    assert found[-3:] == ["关党委", "人事政工科", "办公室"]
    # outside such a notice these stay words: a territory's command centre, an
    # engineering subject, 全部
    assert _orgs("全县建成指挥中心3个，开设工科专业，资金已全部到位。") == []
    assert _orgs("县教师发展中心组织骨干教师培训。") == ["县教师发展中心"]
    assert _orgs("护理部组织全院护士签订承诺书。") == ["护理部"]  # 全院 is the whole hospital


def test_teams_of_rounds_over_towns_and_villages_are_whole() -> None:
    assert _orgs("县委对乡镇巡察第二组对古市镇党委开展了巡察。")[0] == "县委对乡镇巡察第二组"
    assert _orgs("市委对村（社区）巡察第一组向村党总支反馈。")[0] == "市委对村（社区）巡察第一组"


def test_newspapers_charities_heavy_industry_and_counterparties_named_once() -> None:
    assert _orgs("在湛江日报社、宝鸡广播电视台开设专栏，争取市慈善总会捐赠物资。") == [
        "湛江日报社",
        "宝鸡广播电视台",
        "市慈善总会",
    ]
    assert _orgs("会同旌湖重型装备股份有限公司梳理零部件清单。") == ["旌湖重型装备股份有限公司"]
    assert _orgs("建设大型医院和新型建材基地。") == []
    assert _orgs(
        "终止与南阳鑫诚物流的车辆租赁合同；终止与皖蓝检测、合肥清环分析测试有限公司的合作。"
    ) == [
        "南阳鑫诚物流",
        "皖蓝检测",
        "合肥清环分析测试有限公司",
    ]
    assert _orgs("引进川西精密铸锻等2家配套企业落户。") == ["川西精密铸锻"]
    # a contract ended with a kind of party, or talents brought in, name no company
    assert _orgs("终止与相关企业的合作协议，引进高层次人才等3家企业团队。") == []
    # what two bodies build together is a facility
    assert "课程思政教学研究中心" not in _orgs("与武汉大学共建课程思政教学研究中心。")


def test_units_of_mass_organisations_cppcc_party_schools_and_democratic_parties() -> None:
    union = "株洲市总工会党组关于巡察反馈意见整改情况的通报\n市委第六巡察组对市总工会党组开展了常规巡察。\n"
    found = _orgs(union + "1.工会经费收支管理存在漏洞。经费审查委员会对经费收支开展审计。")
    assert found[-1] == "经费审查委员会" and "工会" not in found
    cppcc = (
        "中共柳州市政协党组关于巡察反馈意见整改情况的通报\n市委第四巡察组对市政协党组进行了巡察。\n"
    )
    found = _orgs(cppcc + "提案委员会会同市委政研室，联合民革柳州市委会、民盟柳州市委会开展调研。")
    assert found[-4:] == ["提案委员会", "市委政研室", "民革柳州市委会", "民盟柳州市委会"]
    school = "中共某市委党校委员会关于巡察反馈意见整改情况的通报\n市委第五巡察组向市委党校校委会反馈了意见。\n"
    found = _orgs(school + "图书馆清理重复采购图书；教务处建立县（市）区党校联系指导制度。")
    assert "市委党校校委会" in found and found[-2:] == ["图书馆", "教务处"]
    veterans = "中共某市退役军人事务局党组关于巡察整改情况的通报\n巡察组对市退役军人事务局党组开展了巡察。\n"
    assert _orgs(veterans + "移交安置科对接收安置对象逐一回访。")[-1] == "移交安置科"
    # outside such notices a committee named alone stays a word
    assert _orgs("成立专家委员会3个，开展评审。") == []


def test_review_of_the_twelfth_sessions_org_rules() -> None:
    """Inputs of a reviewer's own against the session's rules (each failed once)."""
    assert _orgs("公司对地铁4号线项目部管理人员进行了约谈。") == ["地铁4号线项目部"]
    assert _orgs("其中6号线项目部已整改到位。") == ["6号线项目部"]
    assert _orgs("推进城区1号线项目部署，加快推进地铁2号线项目部分路段施工。") == []
    hospital = (
        "中共某市人民医院委员会关于巡察整改情况的通报\n市委第一巡察组对市人民医院党委开展了巡察。\n"
    )
    assert _orgs(hospital + "院工会组织职工体检。")[-1] == "院工会"
    assert _orgs("组织劳动保障监察大队开展欠薪专项检查。") == ["劳动保障监察大队"]
    assert _orgs("组织宣传大队伍深入企业。") == []
    assert _orgs("局党组理论学习中心组织专题学习4次。") == ["局党组"]
    village = "中共某村支部委员会关于巡察整改情况的通报\n市委对村（社区）巡察第三组对我村党支部开展了巡察。\n"
    assert "村党支部" in _orgs(village) and "我村党支部" not in _orgs(village)
    assert "中共湘中理工学院委员会" in _orgs(
        "被巡视党组织中共湘中理工学院委员会（以下简称校党委）接受了巡视。"
    )


def test_a_utilitys_plants_and_a_quarter_of_the_town_after_a_verb() -> None:
    assert _orgs("财务部组织城北水厂和开发区污水处理厂开展资产清查。") == [
        "财务部",
        "城北水厂",
        "开发区污水处理厂",
    ]
    assert _orgs("区教育局组织城南中学开展自查。") == ["区教育局", "城南中学"]
    assert _orgs("3.府城水厂提标改造项目化整为零规避公开招标问题。") == ["府城水厂"]
    # a bare plant and one being built are no name
    assert _orgs("水厂出水水质稳定达标，新建水厂项目已开工。") == []
    # a function word after the verb still goes on the name
    assert _orgs("集团党委组织部牵头。") == ["集团党委组织部"]


def test_a_role_before_a_two_character_trade_name() -> None:
    assert _orgs("引进茶叶深加工企业豫茗茶业，带动320户群众增收。") == ["豫茗茶业"]
    assert _orgs("对施工单位滇源建工多计的管道安装工程量进行核减。") == ["滇源建工"]
    assert _orgs("引入国有物业企业鹤城物业托管小区21个。") == ["鹤城物业"]
    # a bare 企业 and a verb after a role name no company
    assert _orgs("国有企业撬动社会资本的效果不足，物业企业接管物业小区9个。") == []


def test_own_units_of_townships_villages_forest_farms_and_archives() -> None:
    town = "中共新县八里畈镇委员会关于县委第二巡察组反馈意见整改情况的通报\n镇党委召开会议。"
    assert _orgs(town + "由财政所对公务接待开展清查；对农业服务中心负责人进行约谈。") == [
        "中共新县八里畈镇委员会",
        "县委第二巡察组",
        "镇党委",
        "财政所",
        "农业服务中心",
    ]
    # generic or a building: 各派出所, 新建综合文化站
    assert _orgs(town + "督促各派出所整改，新建综合文化站1个。")[-1] == "镇党委"
    village = (
        "关于区委对村巡察第二组巡察反馈意见整改落实情况的通报\n区委对村巡察第二组对我村开展了巡察。"
    )
    assert _orgs(village + "村务监督委员会全程跟踪，由镇纪委对原村委会主任进行约谈。")[-3:] == [
        "村务监督委员会",
        "镇纪委",
        "村委会",
    ]
    assert "村委会" not in _orgs("县委巡察组对城关镇党委开展巡察。督促各村委会履职。")
    farm = "中共建瓯市国有东峰林场委员会关于市委巡察五组反馈意见整改情况的通报\n"
    assert _orgs(farm + "林场党委召开专题会议7次。")[-1] == "林场党委"
    archive = "关于市委第四巡察组对市档案馆巡察反馈意见整改情况的通报\n市委第四巡察组对市档案馆进行了巡察。"
    assert _orgs(archive + "馆党总支召开专题会议。")[-1] == "馆党总支"
    assert _orgs("三是引导上沛村股份经济合作社与东升村股份经济合作社合作。") == [
        "上沛村股份经济合作社",
        "东升村股份经济合作社",
    ]
    assert _orgs("院党支部组织医保办、药剂科对病历开展自查。")[-2:] == ["医保办", "药剂科"]


def test_thirteenth_session_org_rules_second_round() -> None:
    assert _orgs("对渭滨区总工会、金台区总工会经费使用开展审计。工会经费使用不规范。") == [
        "渭滨区总工会",
        "金台区总工会",
    ]
    assert _orgs("南昌大学第一附属医院与北京协和医院合作。") == [
        "南昌大学第一附属医院",
        "北京协和医院",
    ]
    assert _orgs("黄兴派出所、镇综合行政执法大队开展排查。") == ["黄兴派出所", "镇综合行政执法大队"]
    assert _orgs("关停十堰华丰砂石有限公司等11家企业。")[0] == "十堰华丰砂石有限公司"
    assert _orgs("（2）推动省财政厅安排国有林场改革补助资金5600万元。") == ["省财政厅"]
    administration = "中共国家林业和草原局党组关于二十届中央第一轮巡视整改进展情况的通报\n"
    orgs = _orgs(administration + "局党组召开会议，人事司、森林资源管理司牵头，分管局领导督办。")
    assert orgs[-3:] == ["局党组", "人事司", "森林资源管理司"]
    college = "中共某职业学院委员会关于内部审计整改情况的报告\n"
    assert _orgs(college + "审计处于2023年9月11日至11月24日开展审计。")[-1] == "审计处"


def test_review_of_the_thirteenth_sessions_org_rules() -> None:
    # a verb and an industry word after a role are no trade name
    for text in (
        "督促开发商拖欠物业服务费问题整改。",
        "加工企业生产食品不合格，龙头企业开发食品新品种12个。",
    ):
        assert _orgs(text) == [], text
    # kinds of plant are no plant's name
    assert (
        _orgs("加快推进城镇污水处理厂提标改造，生活污水处理厂污泥处置不规范，推进集中式水厂建设。")
        == []
    )
    # a county's notice that reached a township names no township unit alone
    county = (
        "中共某县财政局党组关于县委巡察反馈意见整改情况的通报\n县委第二巡察组对县财政局党组开展了常规"
        "巡察，并对城关镇党委、财政所开展了延伸巡察。\n指导财政所规范会计核算。"
    )
    assert "财政所" not in _orgs(county)
    # …and in a township's own notice a unit's building is no unit
    town = (
        "中共某县城关镇委员会关于县委第二巡察组反馈意见整改情况的通报\n县委第二巡察组对城关镇党委开展了"
        "常规巡察。\n对文化站进行维修改造，完成卫生院住院楼改造。由财政所对公务接待开展清查。"
    )
    assert _orgs(town)[-1] == "财政所" and "文化站" not in _orgs(town)
    # 处于 after a project, 总院长, a group named by its task after a joining verb
    department = "中共某市卫生健康委员会党组关于市委巡察反馈意见整改情况的通报\n"
    assert not any(
        o.endswith("项目处") for o in _orgs(department + "维修项目处于2023年底停工状态。")
    )
    assert _orgs("省人民医院总院长张某某主持会议。") == ["省人民医院"]
    assert _orgs("县委督促检查工作领导小组办公室开展督查。") == ["县委督促检查工作领导小组办公室"]
    # 组成联合巡察组: a bare team of one kind is one name (DECISIONS), set up or not
    assert _orgs("区委第二巡察组会同区委政法委组成联合巡察组。") == [
        "区委第二巡察组",
        "区委政法委",
        "联合巡察组",
    ]
    assert _orgs("市卫健委派员列席。督促县水务公司制定降债方案。") == ["市卫健委", "县水务公司"]


def test_a_research_institutes_own_units_and_a_towns_management_station() -> None:
    institute = (
        "中共中国科学院某化学物理研究所委员会关于院党组巡视反馈意见整改情况的通报\n"
        "研究所党委召开专题会议，所纪委对各研究室开展监督检查。"
    )
    assert _orgs(institute)[-2:] == ["研究所党委", "所纪委"]
    town = "中共某县城关镇委员会关于县委第二巡察组反馈意见整改情况的通报\n镇党委召开会议。"
    assert _orgs(town + "整改情况：镇经管站对全镇32个村开展审计，经管站牵头建立台账。")[-2:] == [
        "镇经管站",
        "经管站",
    ]


def test_fourteenth_sessions_units_and_generic_mentions() -> None:
    """structured-52/53: a hospital known by its author line or by 我院 among patients
    names its departments alone; owner + 纪检组; stations named by what they guard; an
    owner's department named by what it manages; a trade name after 所属; a town of
    the …各庄 kind; and generic mentions that name no body (a kind counted, a kind's
    party branch, a campaign, 省内…)."""
    hospital = (
        "关于2022年度财务收支审计查出问题整改情况的报告\n泾县人民医院\n"
        "县审计局派出审计组对我院财务收支情况进行了审计。\n整改情况：药学部和设备科对库存药品进行清点。"
    )
    assert _orgs(hospital)[-2:] == ["药学部", "设备科"]
    patients = "市委第一巡察组对我院开展了常规巡察，院党委把整改作为改善患者就医体验的契机。\n药学部牵头整改。"
    assert _orgs(patients)[-1] == "药学部"
    assert "药学部" not in _orgs("市委第一巡察组对我局开展了巡察。\n药学部牵头整改。")
    assert _orgs("社党组召开会议；社纪检组加强日常监督。") == ["社党组", "社纪检组"]
    assert _orgs("局纪检组全程跟进监督。") == ["局纪检组"]
    assert _orgs("成立纪检组。") == []
    assert _orgs("省林业有害生物防治检疫站在9个市布设监测点。") == ["省林业有害生物防治检疫站"]
    assert _orgs("新建检疫站3个。") == []
    assert _orgs("（2）集团储备管理部开展库存粮食数量清查。") == ["集团储备管理部"]
    assert _orgs("公司加强管理部署工作。") == []
    assert _orgs("（2）所属华源种业新增审定玉米品种3个。") == ["华源种业"]
    assert _orgs("所属单位新增审定玉米品种3个。") == []
    assert _orgs("中共河间市米各庄镇委员会") == ["中共河间市米各庄镇委员会"]
    cooperative = (
        "中共桐庐县供销合作社联合社党组\n县委第一巡察组对县供销合作社联合社党组开展了常规巡察。\n"
        "新建为农服务中心4个，县供销社党组对社属企业党支部进行规范化建设。"
    )
    assert _orgs(cooperative)[-1] == "县供销社党组"
    assert _orgs("将清廉学校建设与教学结合起来。") == []
    assert _orgs("向省内电厂供应电煤2150万吨。") == []


def test_fourteenth_sessions_second_round_of_names() -> None:
    """structured-54/55: newspapers named by their place, companies by a trade name and
    an industry (码头, 仓储, 检测, 煤业, 果业), roles and acts (开发企业, 被, 签订), credit
    unions, blood stations and teaching-research offices with their anchor, a CDC's
    and an institute's own units (第三研究室), SOE departments by their functions; and
    none for teams acting together (巡察组分别), the stationed teams concerned (相关派驻…),
    a verb before a kind (缴回医院, 选配/配齐 before a hospital's
    departments) or a report series (工作日报)."""
    assert _orgs("来源：丽水日报　2023年12月5日") == ["丽水日报"]
    assert _orgs("县委办公室编发整改工作日报12期。") == ["县委办公室"]
    assert _orgs("对所属翀远码头公司、沣洺仓储公司开展经营分析。") == [
        "翀远码头公司",
        "沣洺仓储公司",
    ]
    assert _orgs("院党委对参股的津海科创公司、瀚沄检测公司派驻财务监事。")[1:] == [
        "津海科创公司",
        "瀚沄检测公司",
    ]
    assert _orgs("与沂沣果业签订苹果收购协议。") == ["沂沣果业"]
    assert _orgs("加强检测公司管理。建设集装箱码头，签订协议。") == []
    assert _orgs("其中开发企业安禾置业已缴清1680万元。") == ["安禾置业"]
    assert _orgs("其中施工企业皖霍路桥被暂停投标资格六个月。") == ["皖霍路桥"]
    assert _orgs("与大名县农村信用合作联社签订协议；县教研室组建学科教研组。") == [
        "大名县农村信用合作联社",
        "县教研室",
    ]
    assert _orgs("会同市疾控中心、市中心血站开展检查。") == ["市疾控中心", "市中心血站"]
    assert _orgs("与大理大学共建康复医学教研室。") == ["大理大学"]
    institute = "天津市海工装备研究院\n关于原院长经济责任审计发现问题整改情况的报告\n市审计局对我院原院长进行了审计。"
    assert _orgs(institute + "\n整改情况：第三研究室与材料检测中心建立台账。")[-2:] == [
        "第三研究室",
        "材料检测中心",
    ]
    assert _orgs("集团安全环保部、集团战略规划部和集团新能源事业部牵头。") == [
        "集团安全环保部",
        "集团战略规划部",
        "集团新能源事业部",
    ]
    assert _orgs("巡察组分别向被巡察党组织反馈了巡察意见。") == []
    assert _orgs("巡察组向镇党委反馈了意见。") == ["巡察组", "镇党委"]
    assert _orgs("县委巡察办会同县纪委监委相关派驻纪检监察组开展督查。") == [
        "县委巡察办",
        "县纪委监委",
    ]
    assert _orgs("2023年9月12日缴回医院账户。") == []
    hospital = "中共故城县人民医院委员会关于巡察整改情况的通报\n"
    assert _orgs(hospital + "选配心血管内科、急诊医学科等9个科室负责人，配齐消化内科护士。")[
        1:
    ] == [
        "心血管内科",
        "急诊医学科",
        "消化内科",
    ]


def test_fifteenth_sessions_names() -> None:
    """structured-54/55: towns whose names open with a count (八门城镇), a township's own
    units after a bare 镇, owner departments whose function opens with 市 (市场开发部),
    trade names ending in 原 (陇原), and no ORG for a kind of hospital counted."""
    assert _orgs("区委巡察组对八门城镇党委开展了巡察。") == ["区委巡察组", "八门城镇党委"]
    assert _orgs("对三个乡镇党委督导，两个镇党委整改。") == []
    own_town = "中共八门城镇委员会关于巡察整改情况的通报\n"
    assert _orgs(
        own_town + "镇农业发展服务中心对项目复查。镇村建中心组织清理。各镇便民服务中心。"
        "推进城镇污水处理中心建设。"
    )[1:] == ["镇农业发展服务中心", "镇村建中心"]
    assert _orgs("县委巡察组对城关镇党委开展了延伸巡察。镇农业发展服务中心对项目复查。") == [
        "县委巡察组",
        "城关镇党委",
    ]
    assert _orgs("由公司市场开发部牵头，集团市场营销部配合。市委市场监督管理局。") == [
        "公司市场开发部",
        "集团市场营销部",
        "市委",
        "市场监督管理局",
    ]
    assert _orgs("陇原交投物流有限公司党委\n关于巡察整改情况的通报") == ["陇原交投物流有限公司党委"]
    assert _orgs("原中原区委书记。") == ["中原区委"]
    assert _orgs("覆盖医疗机构43家、哨点医院12家；与省疾控中心对接。") == ["省疾控中心"]
    assert _orgs("县第一中学2所分校。") == ["县第一中学"]


def test_fifteenth_sessions_trade_names_after_roles() -> None:
    """Trade names after a role or before an act (鸢都建工, 闽漳建工, 康宁医疗), a department
    after 增加; a role followed by a kind of work and a kind of medical body stay unmarked."""
    assert _orgs("督促施工单位鸢都建工退回多付工程款。") == ["鸢都建工"]
    assert _orgs("已从施工单位闽漳建工应付进度款中扣回。") == ["闽漳建工"]
    assert _orgs("对康宁医疗暂停供货。") == ["康宁医疗"]
    assert _orgs("施工单位滇源建工集团承建。") == ["滇源建工集团"]
    assert _orgs("修订工程款支付审批流程，增加财务部复核环节。") == ["财务部"]
    assert (
        _orgs(
            "加工企业生产食品不合格。施工单位建设工程质量差。加强医疗保障。基层医疗机构。"
            "大家都投资了。"
        )
        == []
    )


def test_sixteenth_sessions_divisions_by_field() -> None:
    """A department's own divisions whose names open with a field (基层卫生健康处,
    农村水利股) or name 发展/资金/权益保护 (集团战略发展部, 集团公司财务资金部); 基层/农村
    still open generic phrases, and 发展处于/资金处置 are no divisions."""
    own = "中共江西省卫生健康委员会党组关于巡视整改进展情况的通报\n"
    assert _orgs(
        own
        + "基层卫生健康处实施能力提升行动。农村水利水电处推动农村供水。农村水利股会同西一镇人民政府。"
    )[1:] == ["基层卫生健康处", "农村水利水电处", "农村水利股", "西一镇人民政府"]
    assert (
        _orgs(own + "基层减负还有不到位之处。农村发展处于关键阶段。不良资金处置到位。各基层科室。")[
            1:
        ]
        == []
    )
    assert _orgs("集团战略发展部修订规划，集团公司财务资金部建立台账。") == [
        "集团战略发展部",
        "集团公司财务资金部",
    ]


def test_sixteenth_sessions_trade_names_acting() -> None:
    """A trade name as the subject of a verb (督促瀛川置业|加快…, 粤琴精工|选派…) and in the
    industries 冷链, 供应链, 精工, 农科, 海工, 小贷; a verb before an industry (改进医疗服务)
    and sectors (智慧物流, 冷链物流) stay unmarked."""
    assert _orgs("督促瀛川置业加快安置房建设。粤琴精工选派技术骨干12名。") == [
        "瀛川置业",
        "粤琴精工",
    ]
    assert _orgs("深入鹭川冷链、鹭川供应链和码头一线。与齐禾种业、鲁丰农科共建中心。") == [
        "鹭川冷链",
        "鹭川供应链",
        "齐禾种业",
        "鲁丰农科",
    ]
    assert (
        _orgs("把巡察整改作为改进医疗服务的契机。智慧物流推进。冷链物流发展。精工制造推进。") == []
    )


def test_sixteenth_sessions_offices_companies_and_kinds_counted() -> None:
    """structured-57: a bare 综合办公室 (not a leading group's office), companies in
    餐饮/水电/监理 after a role or before an act, an owner's committee after 提交 (a verb,
    not a bureau 提交局); no ORG for a kind of school counted before it or a verb and its
    object (撬动社会资本)."""
    assert _orgs(
        "分解到膳食科、物业管理科和综合办公室。整改工作领导小组综合办公室设在局办公室。"
    ) == [
        "膳食科",
        "物业管理科",
        "综合办公室",
        "局办公室",
    ]
    assert _orgs(
        "膳食科已向蜀香餐饮公司追收费用。已与施工单位祁源水电公司核对工程量。"
        "已与监理单位筑诚监理核对合同。"
    ) == ["膳食科", "蜀香餐饮公司", "祁源水电公司", "筑诚监理"]
    assert _orgs("变更须提交公司党委会前置研究。提交局党委会研究。") == ["公司党委", "局党委"]
    assert _orgs("已撬动社会资本23.5亿元。组织6所直属学校盘点。对3所落实不力学校负责人约谈。") == []


def test_places_created_or_renamed_lately_anchor_their_organs() -> None:
    """Districts and cities newer than the cpca table (叙州区 2018, 湾沚区 2020, 海安市
    2018) anchor their organs whole; the short forms that are common words stay out
    (书记上党课: 上党区 is no prefix there)."""
    assert _orgs("省委巡视组向叙州区委反馈了意见。湾沚区委办公室牵头。海安市人民政府。") == [
        "省委巡视组",
        "叙州区委",
        "湾沚区委办公室",
        "海安市人民政府",
    ]
    assert _orgs("书记带头上党课。防止庸懒无为。") == []


def test_sixteenth_sessions_zones_towns_sites_and_ministry_divisions() -> None:
    """A body in a 深度合作区 (横琴粤澳深度合作区金融发展局), a town whose name holds a
    stop character (米各庄镇党委), a website's owner (…局政府网: the bureau), a ministry's
    division named by two functions (规划财务司); no ORG for a kind of primary school."""
    assert _orgs("分公司与横琴粤澳深度合作区金融发展局签订备忘录。") == [
        "横琴粤澳深度合作区金融发展局"
    ]
    assert _orgs("市委第二巡察组对李各庄镇党委开展了常规巡察。") == [
        "市委第二巡察组",
        "李各庄镇党委",
    ]
    assert _orgs("国家林业和草原局政府网\n中共国家林业和草原局党组关于巡视整改情况的通报")[0] == (
        "国家林业和草原局"
    )
    ministry = "中共国家林业和草原局党组关于巡视整改进展情况的通报\n"
    assert _orgs(ministry + "人事司、规划财务司等牵头司局建立周调度。")[1:] == [
        "人事司",
        "规划财务司",
    ]
    assert _orgs("城区小学超大班额由47个减少，农村中学教师不足。") == []


def test_key_laboratories_named_by_their_field() -> None:
    """A key lab named by its field is one lab in anyone's notice (固体润滑国家重点实验室,
    two fields joined by 与, a joint lab); kinds of labs and counts of them are none."""
    assert _orgs(
        "调整优化羰基合成与选择氧化国家重点实验室、固体润滑国家重点实验室。"
        "依托化学工程联合国家重点实验室开展研究。"
    ) == [
        "羰基合成与选择氧化国家重点实验室",
        "固体润滑国家重点实验室",
        "化学工程联合国家重点实验室",
    ]
    assert (
        _orgs(
            "新建省级重点实验室3个。获批全国重点实验室1个。学院建有重点实验室5个。推动建设国家重点实验室。"
        )
        == []
    )


def test_an_institutes_short_form_after_punctuation() -> None:
    """In an institute's notice its one-character short form (所) opens a unit after a full
    stop (所学术委员会); inside a word (研究所党委) the whole name is read as before."""
    notice = "中共中国科学院兰州化学物理研究所委员会关于巡视整改情况的通报\n"
    assert _orgs(notice + "所学位评定委员会审议。所学术委员会修订办法。研究所党委召开会议。")[
        1:
    ] == [
        "所学位评定委员会",
        "所学术委员会",
        "研究所党委",
    ]
    assert "所学术委员会" not in _orgs("会议指出，所学术委员会要发挥作用。")


def test_seventeenth_sessions_sector_organs() -> None:
    """Central organs named without 国家 (海关总署, 团中央), a survey team under a national
    bureau, a funeral home in a civil-affairs notice, a section opening with two functions
    (移交安置股), road sections and transport offices after a place, a police bureau's
    support office, a supervision team of a rectification; not a kind counted (23所敬老院,
    监测站15处) nor a jurisdiction's stations (辖区派出所)."""
    assert _orgs("根据海关总署党委统一部署，贯彻团中央要求，与国家统计局晋城调查队协作。") == [
        "海关总署党委",
        "团中央",
        "国家统计局晋城调查队",
    ]
    civil = "中共某某市民政局党组关于巡察整改情况的通报\n"
    assert _orgs(
        civil + "社会事务科对全市23所敬老院开展排查；殡仪馆清理收费项目；新增雨水情监测站15处。"
    )[1:] == ["社会事务科", "殡仪馆"]
    veterans = "中共某某县退役军人事务局党组关于巡察整改情况的通报\n"
    assert _orgs(veterans + "移交安置股联合县人力资源和社会保障局举办招聘会。")[1:] == [
        "移交安置股",
        "县人力资源和社会保障局",
    ]
    assert _orgs("（2）万安公路段、进贤县运管所建立台账。修建公路段12公里。") == [
        "万安公路段",
        "进贤县运管所",
    ]
    police = "中共某某县公安局委员会\n关于县委巡察反馈意见整改情况的通报\n"
    assert _orgs(police + "警务保障室开展自查。政治处向辖区派出所下沉警力。")[-2:] == [
        "警务保障室",
        "政治处",
    ]
    assert _orgs("2024年3月，省委巡视整改督查组来院督导。")[0] == "省委巡视整改督查组"
    assert _orgs("保荐3家企业在深交所上市。") == ["深交所"]
    assert _orgs("县电化教育馆等二级机构；省联社审计指出的问题。") == ["县电化教育馆", "省联社"]


def test_companies_brought_in_and_works_projects() -> None:
    """A trade name after 引进/引入 is a company whatever follows (引进秦岭果业建设…), not
    talent or a sector brought in; a project department named by its works keeps the
    works' verb and a route's code (泸永高速改扩建项目部, G318繁昌段改扩建工程项目部)."""
    assert _orgs(
        "引进秦岭果业建设苹果分拣仓储，引入沂蒙果蔬公司盘活车间，引进高层次科技人才46名。"
    ) == ["秦岭果业", "沂蒙果蔬公司"]
    assert _orgs(
        "在泸永高速改扩建项目部开展。骨干40余人充实G318繁昌段改扩建工程项目部。"
        "分公司和滇中供热管网改扩建项目部。集团美舍河治理工程指挥部。"
    ) == [
        "泸永高速改扩建项目部",
        "G318繁昌段改扩建工程项目部",
        "滇中供热管网改扩建项目部",
        "集团美舍河治理工程指挥部",
    ]


def test_border_regions_committees_townships_and_regiments() -> None:
    """A prefecture's committee (地委) sends teams; an autonomous prefecture's committee
    owns its team; Inner Mongolia's 苏木 is a township whose Mongolian name may hold any
    character; a Corps regiment is named by its number and lends 团 in its own notice."""
    assert _orgs("地委第三巡察组对日土县委进行了常规巡察。那曲地委召开会议。") == [
        "地委第三巡察组",
        "日土县委",
        "那曲地委",
    ]
    assert _orgs("自治州党委第三巡察组对巴音布鲁克镇党委开展巡察。")[0] == "自治州党委第三巡察组"
    sumu = "中共阿巴嘎旗那仁宝力格苏木委员会\n关于旗委第二巡察组巡察反馈意见整改情况的通报\n"
    assert _orgs(
        sumu
        + "旗委第二巡察组对那仁宝力格苏木党委开展了巡察。苏木纪委会同苏木农牧业综合服务中心检查。"
    ) == [
        "中共阿巴嘎旗那仁宝力格苏木委员会",
        "旗委第二巡察组",
        "旗委第二巡察组",
        "那仁宝力格苏木党委",
        "苏木纪委",
        "苏木农牧业综合服务中心",
    ]
    regiment = "一四三团党委关于师党委第三巡察组巡察反馈意见整改情况的通报\n"
    assert _orgs(regiment + "团党委先后召开会议。")[0] == "一四三团党委"
    assert "团党委" in _orgs(regiment + "团党委先后召开会议。")[1:]
    township = "中共定日县扎西宗乡委员会\n关于县委第二巡察组巡察反馈问题整改进展情况的通报\n"
    assert (
        _orgs(township + "乡生态保护站修订考核细则，每项问题都有专人盯办。")[-1] == "乡生态保护站"
    )


def test_enterprise_counterparties_firms_depots_and_ordinal_units() -> None:
    """A trade name after a role that names a contracted or owned company, whatever follows
    (施工单位华晋安装多计…); professional firms whose brand holds words the walk stops at
    (粤海联合会计师事务所, 山东信和工程咨询有限公司), not a generic 第三方会计师事务所; grain
    depots after a place; units by ordinal (第三项目部); not a kind (政策性银行, 部分营销服务部)."""
    assert _orgs("施工单位华晋安装多计钢结构工程量；子公司红城置业商品房项目去化缓慢。") == [
        "华晋安装",
        "红城置业",
    ]
    assert _orgs(
        "委托三晋诚信会计师事务所审计，对粤海联合会计师事务所超额支付，聘请山东信和工程咨询"
        "有限公司复核，聘请第三方会计师事务所。"
    ) == ["三晋诚信会计师事务所", "粤海联合会计师事务所", "山东信和工程咨询有限公司"]
    assert _orgs("榆树直属库、舒兰直属库超期轮换，逐库核查直属库。") == ["榆树直属库", "舒兰直属库"]
    assert _orgs("第三项目部对所承建的工程开展自查。") == ["第三项目部"]
    assert _orgs("通过争取政策性银行贷款，部分营销服务部设立审批不严。") == []


def test_seventeenth_sessions_review_negatives() -> None:
    """The review's inputs: standalone names inside other words (新华社区, 集团中央厨房),
    buildings (新建殡仪馆), 联社 inside 文联社团, sectors as a verb's subject (城乡供水存在…),
    named units counted for something else (县中医院2个), 辖区 before a named body, 内河,
    a key lab after a comma, a county's 政府网, a county's 城镇中学."""
    assert _orgs("督促新华社区、东风社区完成整改。集团中央厨房项目建设滞后。") == []
    assert _orgs("投资1200万元新建殡仪馆，殡仪馆大楼投入使用。") == []
    assert _orgs("县文联社团管理不规范。") == ["县文联"]
    assert _orgs("城乡供水存在安全隐患，粮食仓储存在管理漏洞，督促质量检测加快整改。") == []
    assert _orgs("问题集中在县中医院2个。其中1个是县人民医院。") == ["县中医院", "县人民医院"]
    assert _orgs("督促辖区城关镇卫生院整改，对辖区社区党委检查。") == ["城关镇卫生院"]
    assert _orgs("市内河航道事务中心对航道进行疏浚。") == ["市内河航道事务中心"]
    assert _orgs("完成实验室安全检查，重点实验室仪器设备清查完毕。") == []
    assert _orgs("在县政府网公开整改情况。罗田县城镇中学完成改造。") == ["县政府", "罗田县城镇中学"]


def test_eighteenth_sessions_names() -> None:
    """A town named 向阳 (向 is otherwise a preposition that ends a name); a ministry's
    department (司) and general office in its own notice, never 公司/司法; trade names
    after a role ending in 建安/水建/新材; a theatre's own short form and orchestra."""
    assert _orgs("中共五常市向阳镇委员会关于巡察整改情况的通报\n对向阳镇党委开展了巡察。") == [
        "中共五常市向阳镇委员会",
        "向阳镇党委",
    ]
    assert _orgs("县委巡察组向阳光社区党委反馈。省委巡视组向阳泉市委反馈了巡视意见。") == [
        "县委巡察组",
        "阳光社区党委",
        "省委巡视组",
        "阳泉市委",
    ]
    assert _orgs(
        "中国气象局党组召开会议。应急减灾与公共服务司牵头与14个部门建立机制；"
        "由办公厅、发展规划司、人事司牵头组建专班。注销空壳公司3户，加强执法司法监督。"
    ) == [
        "中国气象局党组",
        "应急减灾与公共服务司",
        "办公厅",
        "发展规划司",
        "人事司",
    ]
    assert _orgs(
        "督促施工单位青源水建返工整改。督促施工单位粤北建安退回多计工程款。"
        "引进川东新材等下游企业6家。"
    ) == ["青源水建", "粤北建安", "川东新材"]
    assert _orgs(
        "中共云南省滇池民族歌舞剧院委员会关于巡视整改情况的通报\n"
        "向剧院党委反馈了巡视意见。歌舞团、民族乐团与16个县级文化馆结对。"
    ) == ["中共云南省滇池民族歌舞剧院委员会", "剧院党委", "民族乐团"]


def test_a_committee_departments_governing_meeting_is_its_organ() -> None:
    """部务会/室务会 lead a committee's department or office as 党组 leads a bureau (the
    issuer 中共…市委组织部部务会; bare in its own notice); 工作部门 is no 工作部."""
    assert _orgs(
        "中共南平市委组织部部务会关于市委第六轮巡察整改进展情况的通报\n"
        "市委第一巡察组对市委组织部部务会进行了常规巡察，向部务会反馈了巡察意见。"
        "室务会召开专题会议3次。集团党委工作部门和8家权属企业。"
    ) == [
        "中共南平市委组织部部务会",
        "市委",
        "市委第一巡察组",
        "市委组织部部务会",
        "部务会",
        "室务会",
    ]


def test_the_holders_of_many_village_posts_are_no_organ() -> None:
    """约谈村党支部书记5人: five branches' secretaries, a kind; a named village's branch, or
    one branch's secretary with no count, stays an organ."""
    assert _orgs("约谈村党支部书记5人。街道先后约谈社区党委书记4人。") == []
    assert _orgs("约谈红旗村党支部书记3人。督促村党支部书记履职。") == ["红旗村党支部", "村党支部"]


def test_registered_township_names_are_taken_whole() -> None:
    """A township by its registered name, whatever characters it holds (七个星 opens with a
    numeral and a measure word, 嘎达布其 holds 其), after a verb, a county or a banner; a
    Mongolian 苏木 name stops at the verb after a team; 联合镇, 会同乡 after an organ are the
    verb and the next organ's town word, not towns."""
    assert _orgs("县委第一巡察组对七个星镇党委进行了常规巡察。") == [
        "县委第一巡察组",
        "七个星镇党委",
    ]
    assert _orgs(
        "旗委第二巡察组对嘎达布其镇党委开展了巡察。东乌珠穆沁旗嘎达布其镇党委召开会议。"
    ) == [
        "旗委第二巡察组",
        "嘎达布其镇党委",
        "东乌珠穆沁旗嘎达布其镇党委",
    ]
    assert _orgs("旗委第二巡察组对布尔陶亥苏木党委开展了常规巡察。") == [
        "旗委第二巡察组",
        "布尔陶亥苏木党委",
    ]
    assert _orgs("全面建设镇政府大楼。宜宾市建设镇党委召开会议。") == ["镇政府", "宜宾市建设镇党委"]
    assert _orgs("镇纪委联合镇财政所开展检查。乡党委会同乡人民政府建立机制。") == [
        "镇纪委",
        "镇财政所",
        "乡党委",
        "乡人民政府",
    ]


def test_nineteenth_sessions_names() -> None:
    """Named service centres and county stations, an institute's short form in its own
    notice, a team across a title's line break, a college whose name holds 高等, trade names
    after a contractor's or supplier's role, a verb between a town's organs."""
    assert _orgs("。中益乡便民服务中心梳理代办事项38项。在村便民服务中心设立代办窗口。") == [
        "中益乡便民服务中心"
    ]
    assert _orgs("。县草原工作站会同各乡镇核查。区水土保持工作站、县农技推广站参加。") == [
        "县草原工作站",
        "区水土保持工作站",
        "县农技推广站",
    ]
    assert _orgs(
        "市委第九巡视组对天津市海洋工程装备研究院党委进行了常规巡视，7月4日向研究院党委反馈了巡视意见。"
    ) == ["市委第九巡视组", "天津市海洋工程装备研究院党委", "研究院党委"]
    assert "县委\n第一巡察组" in _orgs(
        "中共和平县教育局党组关于县委\n第一巡察组巡察反馈意见整改情况的通报\n"
    )
    assert _orgs("中共重庆渝东南医学高等专科学校委员会关于巡视整改情况的通报") == [
        "中共重庆渝东南医学高等专科学校委员会"
    ]
    assert _orgs(
        "已与施工单位桂田建设核对工程量。与供应商华冀石化协商退还差价。督促施工单位加快建设进度。"
    ) == [
        "桂田建设",
        "华冀石化",
    ]
    assert _orgs("镇党委组织镇财政所开展核查。") == ["镇党委", "镇财政所"]


def test_things_built_and_kinds_are_no_organ() -> None:
    """What two bodies build together and a works project are things (共建产业学院, 小铲滩
    码头扩建工程 aside, a named body that builds stays); 山区学校 is a kind; 农家院 an inn."""
    assert _orgs("化学工程学院与准东煤电公司分别共建产业学院，全院新增合作企业12家。") == [
        "化学工程学院",
        "准东煤电公司",
    ]
    assert _orgs(
        "信息科建成多点触发监测系统。向山区学校补充教师46名。对民宿、农家院逐项登记。"
    ) == ["信息科"]


def test_nineteenth_sessions_second_round_names() -> None:
    """An insurer's branch lends its long short form in its own notice (中心支公司党委); an
    institute's 所务会 is its organ as a department's 部务会 is; 瓷都 holds a stop character
    inside a bank's name; 康养 names an industry; a court with no place, a branch newly set
    up, a county's 四套班子 and the verbs 选优配强 name no organ."""
    assert _orgs(
        "中共鲁安财产保险股份有限公司潍坊中心支公司委员会\n关于巡察反馈意见整改情况的通报\n"
        "分公司党委第二巡察组对潍坊中心支公司党委进行了常规巡察。巡察组向中心支公司党委反馈了巡察意见。"
    )[-2:] == ["巡察组", "中心支公司党委"]
    assert _orgs("所党委召开党委会、所务会专题研究。") == ["所党委", "党委", "所务会"]
    assert _orgs("市委第二巡察组对景德镇瓷都银行股份有限公司党委开展了常规巡察。") == [
        "市委第二巡察组",
        "景德镇瓷都银行股份有限公司党委",
    ]
    assert _orgs("引入蜀乐康养公司等2家专业机构运营。") == ["蜀乐康养公司"]
    assert (
        _orgs(
            "对拒不整改的3家单位依法申请人民法院强制执行。新设党支部4个。选优配强乡镇团委书记9名。"
        )
        == []
    )


def test_nineteenth_sessions_third_round_names() -> None:
    """Fields joined by 与 inside a bureau's or a corps' name (海洋与渔业局, 海洋与渔业执法总队);
    a bureau's 局务会; companies as subjects of a violation or a change (滇源路桥违规…,
    蜀安物业因…, 华膳餐饮更换…), trade names in 农旅, after 国企; a role before a listed
    company stays out of its name; 化解 is a verb; 委员会议 is a meeting of members."""
    assert _orgs("中共福建省海洋与渔业局党组关于省委第七巡视组巡视反馈意见整改情况的通报") == [
        "中共福建省海洋与渔业局党组",
        "省委第七巡视组",
    ]
    assert _orgs("省海洋与渔业执法总队联合福建海警局开展执法。县财政局与县审计局联合检查。") == [
        "省海洋与渔业执法总队",
        "福建海警局",
        "县财政局",
        "县审计局",
    ]
    assert _orgs("先后召开局党组会、局务会专题研究9次。") == ["局党组", "局务会"]
    assert _orgs(
        "子公司投资决策管控不严,滇源路桥违规开展融资性贸易。物业企业蜀安物业因服务质量不达标被清退。"
        "督促华膳餐饮更换不合格供货商。引入川北农旅公司盘活冷链仓储。区属国企伊友城投公司2笔借款未经审批。"
    ) == ["滇源路桥", "蜀安物业", "华膳餐饮", "川北农旅公司", "伊友城投公司"]
    assert _orgs("对宏达路桥、子公司粤顺物流等5家企业开展专项检查。化解林场历史债务318万元。") == [
        "宏达路桥",
        "粤顺物流",
    ]


def test_nineteenth_sessions_fourth_round_names() -> None:
    """Kinds of branch (连队党支部, 后进党支部, an unnamed gacha's), branches counted or their
    secretaries counted, are no organ; a company that builds a facility ends before the verb;
    a contractor after 承包商 is a company; 可办率 is a rate, not an office."""
    assert _orgs(
        "举办连队党支部书记培训班3期。整顿提升后进党支部1个。嘎查党支部“三会一课”制度落实不严。"
        "乡党委对11个村党总支开展专项检查,对2名村党总支书记进行约谈提醒。"
    ) == ["乡党委"]
    assert _orgs("宝格德乌拉嘎查党支部召开会议。红旗村党支部书记主持。") == [
        "宝格德乌拉嘎查党支部",
        "红旗村党支部",
    ]
    assert _orgs(
        "引进沧南果蔬公司建设冷链仓储中心1座。后勤管理处已向承包商滇味餐饮公司追缴承包费。"
    ) == [
        "沧南果蔬公司",
        "后勤管理处",
        "滇味餐饮公司",
    ]
    assert _orgs("全区政务服务事项网上可办率达到98.5%。") == []


def test_nineteenth_sessions_fifth_round_names() -> None:
    """An institute entered by the team lends 所 in its own notice (进驻园艺研究所,对所党委…);
    全科医生 is a doctor, not a department; trade names in 园林 and 精机; a department's
    party group counted (21个部门党组) is a kind."""
    assert _orgs(
        "根据省农科院党委统一部署,院党委第二巡察组进驻园艺研究所,对所党委开展了常规巡察。所纪委跟踪督办。"
    )[-3:] == ["园艺研究所", "所党委", "所纪委"]
    assert _orgs("卫生院配备DR设备9台，招录全科医生38名。施工单位徽建园林多计工程款12.6万元。") == [
        "徽建园林"
    ]
    assert _orgs("推动秦川精机等12家企业实施技改。对21个部门党组开展专项检查。") == ["秦川精机"]


def test_review_of_the_nineteenth_session_names() -> None:
    """Roles listed alone are no companies; a body before 项目资金/工程款 is no thing built;
    施工单位 before a work's words names no trade name; a registered town before a company."""
    assert _orgs("督促承包商、承包方等3家企业整改。") == []
    assert _orgs("督促卫健委项目资金及时拨付。城投集团工程款拖欠问题已解决。") == [
        "卫健委",
        "城投集团",
    ]
    assert _orgs("施工单位工程建设进度滞后。监理单位质量建设不到位。") == []
    assert _orgs("对陈埭镇建设发展有限公司2022年以来的账目开展审计。") == ["陈埭镇建设发展有限公司"]


def test_a_pasted_tables_cells_are_parted() -> None:
    """A table pasted with tabs (序号⇥问题⇥整改措施⇥责任单位⇥完成时限): each cell's division
    is a name of its own, not glued to the figure ending the cell before it."""
    import extractor

    text = (
        "中共县农业农村局党组关于巡察整改情况的通报\n"
        "1\t耕地地力补贴发放不精准\t追回多拨资金36.8万元\t农田建设股\t2024年3月\n"
        "2\t农机购置补贴审核不严\t取消3家经销商资格\t农机服务中心\t2024年4月\n"
    )
    orgs = [e.text for e in extractor.extract(text, backend="rules").entities if e.label == "ORG"]
    assert orgs[-2:] == ["农田建设股", "农机服务中心"]


def test_a_corps_division_leads_its_city() -> None:
    """第七师胡杨河市党委: the Corps division by its number leads the city it runs; 第三师党委
    alone is its committee; a division named in prose with no organ is none."""
    assert _orgs(
        "根据第七师胡杨河市党委统一部署，师市党委第一巡察组开展巡察。第三师党委召开会议。在第二师工作期间。"
    ) == [
        "第七师胡杨河市党委",
        "师市党委第一巡察组",
        "第三师党委",
    ]


def test_an_economic_zones_committee_lends_its_short_form() -> None:
    """In an economic zone's own notice (…经济区管理委员会党委 in the opening) 经济区党委 is its
    committee, as 局党组 is a bureau's."""
    assert _orgs(
        "市委第六巡察组对青岛董家口经济区管理委员会党委开展了常规巡察，向经济区党委反馈了巡察意见。"
    ) == ["市委第六巡察组", "青岛董家口经济区管理委员会党委", "经济区党委"]


def test_a_community_or_village_named_with_he_is_whole() -> None:
    """丰和社区, 永和村, 太和社区: a two-character name ending in 和 at a word boundary is the
    place's name, not a list (学校和社区党委: the school's noun before 和 keeps it a list)."""
    assert _orgs(
        "丰和社区党委召开会议。县民政局指导永和村党支部、太和社区居委会开展工作。学校和社区党委。"
    ) == ["丰和社区党委", "县民政局", "永和村党支部", "太和社区居委会", "社区党委"]


def test_twentieth_sessions_first_round_names() -> None:
    """A team numbered in digits after its county's name; 个别/部分 bodies; a credit union's
    联社 lending its organs and acting with 会同; trust products; trade names after roles."""
    assert _orgs("根据县委巡察工作安排，苍溪县委第2巡察组自2024年3月18日起进驻。") == [
        "县委",
        "苍溪县委第2巡察组",
    ]
    assert _orgs("问题1：个别党支部记录不规范。个别分公司超预算列支。落实人大工作重要部署。") == []
    assert _orgs(
        "市联社党委第二巡察组对湄潭县农村信用合作联社党委开展了巡察。联社党委成立领导小组。省联社会同人民银行分行开展检查。"
    ) == [
        "市联社党委第二巡察组",
        "湄潭县农村信用合作联社党委",
        "联社党委",
        "省联社",
        "人民银行分行",
    ]
    assert _orgs("2.家族信托、慈善信托等本源业务发展缓慢。") == []
    assert _orgs("对融资方鲁中置业提起诉讼。督促施工单位滇禾建设等3家企业倒排工期。") == [
        "鲁中置业",
        "滇禾建设",
    ]


def test_a_stations_short_form_lends_its_organs() -> None:
    """In a blood station's own report 站党总支 is its branch, as 局党组 is a bureau's (and
    the organ of a meeting's name is one too: [党总支]会议)."""
    assert _orgs("市中心血站党总支召开会议。站党总支高度重视，召开党总支会议3次。") == [
        "市中心血站党总支",
        "站党总支",
        "党总支",
    ]


def test_twentieth_sessions_second_round_names() -> None:
    """Trade names after a supplier's or a platform's role and before an adverb or an act
    (重新签订, 补缴, 下达); a travel agency's short form (国旅); a democratic party's committee
    with its organ's branch, one name; a county section named by two function words."""
    assert _orgs(
        "二是与天岳国旅等14家旅行社签订协议。与供应商豫鑫粮油重新签订合同。对配送企业川康医药下达整改通知书。"
        "督促开发企业沂发置业补缴监管资金。督促代售平台黔游科技补缴票款。"
    ) == ["天岳国旅", "豫鑫粮油", "川康医药", "沂发置业", "黔游科技"]
    assert _orgs(
        "市委第六巡察组对九三学社泉州市委会机关党支部开展了巡察。民盟市委会机关开展学习。"
    ) == [
        "市委第六巡察组",
        "九三学社泉州市委会机关党支部",
        "民盟市委会机关",
    ]
    assert _orgs(
        "中共怀远县财政局党组关于巡察整改情况的通报\n整改情况:政府采购监督管理股修订制度。持有公司股份。"
    ) == ["中共怀远县财政局党组", "政府采购监督管理股"]


def test_twentieth_sessions_third_round_names() -> None:
    """委务会 is a political-legal committee's organ as 部务会 is (委务会议 is its meeting);
    kinds of bank and 支部委员会 are none; 办电 is no office; a railway section's 段 and a
    survey team's 队 lend their organs; trade names after a carrier's role."""
    assert _orgs(
        "向县委政法委委务会反馈了巡察意见。委务会坚持把整改作为政治任务。召开市委政法委委务会议。"
    ) == [
        "县委政法委委务会",
        "委务会",
        "市委政法委",
    ]
    assert (
        _orgs(
            "对辖内18家农村商业银行和村镇银行开展风险排查，辖内农商银行不良率下降。压减办电环节至2个。召开支部委员会会议。"
        )
        == []
    )
    assert _orgs(
        "集团公司党委第四巡察组对贵阳工务段党委开展了巡察。段党委召开会议。与承运商峡通物流重新核定运价。"
    ) == ["集团公司党委第四巡察组", "贵阳工务段党委", "段党委", "峡通物流"]


def test_twentieth_sessions_fourth_round_names() -> None:
    """A prison's, a brigade's, a rehabilitation centre's and a plant's own short forms lend
    their organs; an enterprise names its workshops and branch plants alone in its own
    notice, where a village's 帮扶车间 is a facility; a role or a verb before a company's
    full name is not part of it; 党委工作部署 is no department."""
    assert _orgs(
        "省监狱管理局党委第二巡察组对嘉陵监狱党委开展了巡察。监狱党委召开会议。办公室设在监狱纪委。"
    ) == ["省监狱管理局党委第二巡察组", "嘉陵监狱党委", "监狱党委", "监狱纪委"]
    assert _orgs("市委第三巡察组对市消防救援支队党委开展了巡察。支队党委召开会议。") == [
        "市委第三巡察组",
        "市消防救援支队党委",
        "支队党委",
    ]
    assert _orgs(
        "集团党委第二巡察组对华电宜宾发电厂党委开展了巡察。厂党委召开会议。燃料车间修订标准，铸造分厂更换熔炼炉。"
    ) == ["集团党委第二巡察组", "华电宜宾发电厂党委", "厂党委", "燃料车间", "铸造分厂"]
    assert _orgs("镇党委对帮扶车间长期闲置的问题开展整改，关停低效车间2个。") == ["镇党委"]
    assert _orgs("向承租方淮安润通餐饮管理有限公司追缴租金。重新选定四川川工劳务有限公司。") == [
        "淮安润通餐饮管理有限公司",
        "四川川工劳务有限公司",
    ]
    assert not any(o.endswith("工作部") for o in _orgs("根据市国资委党委工作部署开展巡察。"))


def test_review_of_the_twentieth_session_names() -> None:
    """Adverbs end a trade name only after a role; 劳务/通讯 are no industry words; …等方面
    after a role's builder is no company; a farm lends its organs."""
    assert _orgs("保障防汛通讯按时恢复。将外包劳务足额结算。对违规担保足额追偿。") == []
    assert _orgs("部分监理单位制度建设等方面存在短板。督促施工单位队伍建设等工作落实。") == []
    assert _orgs(
        "分公司党委第二巡察组对八五三农场党委开展了巡察。农场党委召开会议，农场纪委跟踪监督。"
    ) == [
        "分公司党委第二巡察组",
        "八五三农场党委",
        "农场党委",
        "农场纪委",
    ]


def test_twentieth_sessions_seventh_round_names() -> None:
    """A self-reference to the notice's own place stays out of a village's body (我乡|大同村
    党支部); numbered villager groups, branch farms and prison wards are units."""
    assert _orgs("县委第四巡察组对我乡大同村党支部、五一村党支部开展巡察。") == [
        "县委第四巡察组",
        "大同村党支部",
        "五一村党支部",
    ]
    assert _orgs("对第二村民小组、第五村民小组的补偿款分配开展监督。") == [
        "第二村民小组",
        "第五村民小组",
    ]


def test_a_role_before_a_companys_full_name_is_no_part_of_it() -> None:
    """督促中标企业泉州鑫源管业有限公司补缴…: the role (中标企业, 开发企业, 承包商) stays out of
    the company's registered name."""
    assert _orgs(
        "督促中标企业泉州鑫源管业有限公司补缴履约保证金36万元。对开发企业济宁华润置业有限公司罚款。"
    ) == ["泉州鑫源管业有限公司", "济宁华润置业有限公司"]


def test_a_team_is_named_with_the_body_that_sends_it() -> None:
    """江苏省对口支援新疆克州前方指挥部, 无锡市对口支援海东市工作组: the sender, its verb and
    the place supported are one name, not a command of the place supported."""
    assert _orgs(
        "县委与江苏省对口支援新疆克州前方指挥部建立会商机制。主动对接无锡市对口支援海东市工作组。"
    ) == ["县委", "江苏省对口支援新疆克州前方指挥部", "无锡市对口支援海东市工作组"]


def test_the_twenty_first_sessions_zones_and_their_units() -> None:
    """临空经济区党工委, 新城党工委: zones lend their organs; in a zone's own notice its bureaus
    and centres named alone are its units (投资促进中心); 组织 before a bureau is a verb."""
    opening = "中共许昌经济技术开发区工作委员会关于巡察整改情况的通报\n市委第二巡察组对开发区党工委开展了巡察。"
    assert _orgs(opening + "管委会组织招商局、经济发展局对项目清理，由投资促进中心每月调度。")[
        3:
    ] == [
        "管委会",
        "招商局",
        "经济发展局",
        "投资促进中心",
    ]
    assert _orgs("市委第七巡察组向临空经济区党工委反馈了意见。新城党工委研究制定措施。") == [
        "市委第七巡察组",
        "临空经济区党工委",
        "新城党工委",
    ]
    assert _orgs("县委组织财政局开展清查。管委会规划建设局开展清查。") == [
        "县委",
        "财政局",
        "管委会规划建设局",
    ]


def test_companies_a_group_owns_and_registered_trade_names() -> None:
    """对下属瀚海城市运营公司、瀚海建设工程公司…: a group's own companies by the trade name
    their list shares; a place before a trade name is part of it (许昌恒钰智能装备); not kinds
    (全资子公司, 房地产开发公司), sectors (锂电新材料), nor trades after a role (桩基工程)."""
    assert _orgs("同步对下属瀚海城市运营公司、瀚海建设工程公司开展自查。") == [
        "瀚海城市运营公司",
        "瀚海建设工程公司",
    ]
    assert _orgs("对所属全资子公司开展检查。督促下属单位与施工公司对账。") == []
    assert _orgs("推动许昌恒钰智能装备等3个项目开工。") == ["许昌恒钰智能装备"]
    assert _orgs("推进长沙新能源项目建设。修订稀土新材料及应用产业发展规划。") == []
    assert _orgs("推动宜宾锂电新材料项目、遂宁锂电智能装备项目加快建设。") == []
    assert _orgs("集团所属房地产开发公司、物业服务管理公司开展自查。") == []
    assert _orgs("县国投公司所属企业违规新设公司3家。督促施工单位桩基工程加快进度。") == [
        "县国投公司"
    ]
    assert _orgs("经与债权银行协商还款。航空工业集团所属企业积极配合。") == ["航空工业集团"]


def test_a_board_committee_set_up_under_a_board() -> None:
    """董事会下设审计与风险委员会: after a verb that sets a body up, 审计 opens its name."""
    opening = (
        "中共赣州经济技术开发区工作委员会关于巡察整改情况的通报\n对赣州经开区党工委开展了巡察。"
    )
    assert _orgs(opening + "园区公司董事会下设审计与风险委员会。")[-1] == "审计与风险委员会"


def test_national_stations_river_commissions_and_kinds_of_institute() -> None:
    """全国畜牧总站 (a ministry's national station, 全国 no determiner), the river basin
    commissions, and not 所党支部 out of 9个研究所党支部 (所 ends the kind there) nor a
    company out of 服务国家科技自立自强."""
    assert _orgs("部党组第二巡视组对全国畜牧总站党委开展了常规巡视。") == [
        "部党组第二巡视组",
        "全国畜牧总站党委",
    ]
    assert _orgs("长江水利委员会所属2家单位超范围列支。黄河水利委员会开展检查。") == [
        "长江水利委员会",
        "黄河水利委员会",
    ]
    assert _orgs("计量科学研究所等9个研究所党支部开展对标学习。") == ["计量科学研究所"]
    assert _orgs("服务国家科技自立自强。加强垂管局党的建设。") == []


def test_a_committees_own_department_names_its_units_alone() -> None:
    """A notice on 县委政法委, 市委机要保密局 or a 纪委监委机关 (inspected itself, or its 部务会/
    办务会 in the opening) names its 科/处 alone (综治督导科, 保密监督检查科), and 组务会/办务会
    are its governing meetings; 对…村干部进行 (干部, 支部) tells no department."""
    assert _orgs("对区委政法委开展了常规巡察。\n综治督导科对全区综治中心开展督导。") == [
        "区委政法委",
        "综治督导科",
    ]
    assert _orgs("对市委机要保密局进行了常规巡察。\n(1)保密监督检查科对重点涉密单位开展检查。") == [
        "市委机要保密局",
        "保密监督检查科",
    ]
    assert _orgs("巡察组向市委巡察办反馈了意见。办务会召开会议4次。组务会研究整改。") == [
        "巡察组",
        "市委巡察办",
        "办务会",
        "组务会",
    ]
    assert _orgs("镇纪委对整改不力的2名村干部进行了约谈。由投资促进中心每月调度。") == ["镇纪委"]


def test_social_organisations_farms_companies_and_sugar_mills() -> None:
    """综合党委 and 两新组织工委 name one body; a trade name's organ (华腾电器党委), a farm
    company's organs (农场公司党委), sugar mills (渠黎糖厂; 东门 a place: left alone), 市贸促会;
    对口帮扶 no name."""
    assert _orgs("召开综合党委会议12次。二、两新组织工委自身建设存在短板") == [
        "综合党委",
        "两新组织工委",
    ]
    assert _orgs("华腾电器党委与北滘镇商会结对共建。农场公司纪委对台账开展检查。") == [
        "华腾电器党委",
        "北滘镇商会",
        "农场公司纪委",
    ]
    assert _orgs("已督促渠黎糖厂、东门糖厂结清蔗款。来源:市贸促会") == ["渠黎糖厂", "市贸促会"]
    assert _orgs("问题3：对口帮扶乡镇卫生院工作流于形式。") == []
    assert _orgs("市委第二巡察组对口岸管理局党组开展了巡察。") == [
        "市委第二巡察组",
        "口岸管理局党组",
    ]


def test_congress_working_committees_and_one_character_places_before_a_committee() -> None:
    """代表工委, 城建环保工委 name one body as 预算工委 does; 《…法》和县委、县政府 is 和 "and"
    (和县 is a county only after 中共); 出台联合… holds no 台联."""
    assert _orgs("代表工委会同常委会办公室修订制度。城建环保工委开展跟踪。") == [
        "代表工委",
        "常委会办公室",
        "城建环保工委",
    ]
    assert _orgs("依据《审计法》和县委、县政府工作安排。中共和县县委召开会议。") == [
        "县委",
        "县政府",
        "中共和县县委",
    ]
    assert _orgs("县行政审批服务局出台联合审查工作规程。台盟芜湖市支部、市台联举办活动。") == [
        "县行政审批服务局",
        "台盟芜湖市支部",
        "市台联",
    ]


def test_a_county_bureau_that_is_also_a_branch_company() -> None:
    """县局（分公司）党组: the bracket belongs to the owner as 林业局（公司）党委's does."""
    assert _orgs("巡察组向县局（分公司）党组反馈了意见。") == ["巡察组", "县局（分公司）党组"]


def test_a_zones_committee_among_the_bodies_a_round_inspected() -> None:
    """区经济开发区管委会、区教育局等6个单位: a round over several bodies, no zone's own notice,
    so a generic 综合行政执法大队 stays generic."""
    assert _orgs(
        "区委第三轮巡察对区经济开发区管委会、区教育局等6个单位开展了常规巡察。推动乡镇成立综合行政执法大队。"
    ) == ["区委", "区经济开发区管委会", "区教育局"]


def test_a_zones_own_notice_keeps_places_and_ranks_out_of_its_units() -> None:
    """In a zone's own notice its units stand alone, but 往细处落、往实处做 (toward the
    details) and 提拔副股职干部 (a rank) name none."""
    opening = "中共锡山经济技术开发区工作委员会关于巡察整改情况的通报\n对开发区党工委进行了巡察。"
    assert _orgs(opening + "推动整改往深处走、往细处落、往实处做。明确提拔副股职干部有关原则。")[
        1:
    ] == ["开发区党工委"]
