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
