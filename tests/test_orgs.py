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
