"""The one table of heading styles, and the layers that read it."""

from __future__ import annotations

import pytest

import extractor
from extractor.heading_markers import (
    MARKER_STYLES,
    TREE_STYLES,
    marker_number,
    match_marker,
    starts_with_marker,
)
from extractor.text import prepare
from training.validate import _marker_type

#: A hard-wrapped PDF notice (fixed line width) whose problems are numbered 【问题N】 and 问题N：
WRAPPED = "\n".join(
    [
        "关于学校党委落实巡视整改情况的通报",
        "根据省委统一部署，省委第三巡视组于2024年3月1日至5月",
        "10日对学校党委开展了常规巡视，并于6月12日反馈了巡视意",
        "见。学校党委高度重视，现将整改情况通报如下：",
        "一、整改落实情况",
        "【问题1】落实全面从严治党主体责任不够到位，党风廉政建",
        "设工作推进不平衡。整改情况：学校党委制定了责任清单，修",
        "订完善了相关制度12项，开展专题培训3次，覆盖全体干部。",
        "【问题2】选人用人工作存在短板，干部队伍结构需要进一步",
        "优化。整改情况：学校党委组织部制定干部队伍建设规划，选",
        "拔任用中层干部15名，交流轮岗干部8名，整改工作已完成。",
        "问题3：意识形态工作责任制落实不到位。整改情况：学校党委",
        "宣传部修订意识形态工作责任制实施细则，已整改到位。平时",
    ]
)


@pytest.mark.parametrize(
    ("line", "name", "level", "number"),
    [
        ("一、总体情况", "一、", 1, 1),
        ("　　（十二）关于选人用人的问题", "（一）", 2, 12),
        ("3.信访矛盾化解不力。", "1.", 3, 3),
        ("（4）完善制度", "（1）", 4, 4),
        ("问题二：意识形态工作不到位", "问题1：", 3, 2),
        ("【问题10】干部队伍结构不优", "【问题1】", 3, 10),
        ("一．巡察反馈问题整改落实情况", "一、", 1, 1),
        ("二.下一步工作打算", "一、", 1, 2),
        ("2）关于工程项目管理不规范的问题", "1）", 4, 2),
        ("反馈问题3:干部队伍建设统筹谋划不够。", "问题1：", 3, 3),
        # a part of the notice at the top of the tree, a circled item at （1）'s level, and
        # 一） as a （一） without its opening bracket (DECISIONS "Other markers", 2026-12-01)
        ("第二部分 整改情况", "第一部分", 1, 2),
        ("③建立台账", "①", 4, 3),
        ("二）正在推进、需长期坚持的问题", "一）", 2, 2),
        # editors' one-character and Roman markers, and a problem list's item (2026-12-02)
        ("㈢干部队伍建设存在短板", "㈠", 2, 3),
        ("Ⅱ.反馈问题整改落实情况", "Ⅰ.", 1, 2),
        ("问题清单第3项：农村宅基地审批管理不规范", "问题1：", 3, 3),
    ],
)
def test_each_style_is_matched_with_its_level_and_number(line, name, level, number):
    style, match = match_marker(line)
    assert (style.name, style.level) == (name, level)
    if level is not None:
        assert marker_number(match.group(0)) == number
    assert _marker_type(line) == name  # the validator reads the same table


def test_numbers_and_dates_are_not_markers():
    for line in ("2021.6.23召开会议", "1.5万元用于", "整改工作一、二期", "问题整改"):
        assert match_marker(line, TREE_STYLES) is None, line


def test_tree_styles_are_the_styles_with_a_level():
    assert {s.name for s in TREE_STYLES} == {s.name for s in MARKER_STYLES if s.level}
    assert all(s.level in (1, 2, 3, 4) for s in TREE_STYLES)


def test_hard_wrapped_problem_lines_are_not_glued_to_the_line_before():
    """prepare() keeps the break before every marker the structure reads, so a
    hard-wrapped notice's 【问题N】 / 问题N： problems are all found."""
    prepared = prepare(WRAPPED)
    assert prepared.hard_wrapped
    for line in prepared.text.split("\n"):
        if "问题" in line[:6]:
            assert starts_with_marker(line), line
    notice = extractor.extract(WRAPPED, backend="rules")
    assert [p.number for p in notice.problems] == [1, 2, 3]
    assert [WRAPPED[h.start : h.end][:5] for h in notice.headings if h.kind == "problem"] == [
        "【问题1】",
        "【问题2】",
        "问题3：意",
    ]
    # a wrapped line inside a problem is still joined: the statement reads across it
    assert (
        notice.problems[0].statement
        == "落实全面从严治党主体责任不够到位，党风廉政建设工作推进不平衡"
    )


def test_a_label_line_is_never_glued_to_the_heading_above():
    """Short lines of one width look like a hard-wrapped column; a 整改情况： line
    still starts a paragraph, so the problem heading above keeps its own line."""
    lines = [
        "根据县委统一部署,2023年3月1日至4月30日,县委第一巡察组对县水利局党组进行了巡察。",
        "一．巡察反馈问题整改落实情况",
        "（一）在贯彻落实党的路线方针政策方面",
        "1）关于落实河长制工作不够有力的问题",
        "整改情况:召开专题会议研究部署。",
        "2）关于水利工程项目管理不规范的问题",
        "整改情况:召开专题会议研究部署。",
        "二.下一步工作打算",
        "持续推进。",
    ]
    notice = extractor.extract("\n".join(lines), backend="rules")
    got = [(h.level, h.kind, h.text) for h in notice.headings]
    assert got == [
        (1, "section", lines[1]),
        (2, "category", lines[2]),
        (4, "problem", lines[3]),
        (4, "problem", lines[5]),
        (1, "section", lines[7]),
    ]


def test_a_column_with_many_short_paragraphs_is_still_hard_wrapped():
    """PDF text wrapped at 36 columns whose short paragraphs and headings pull the
    median width down: the wrapped opening is still one sentence for the metadata."""
    lines = [
        "中共正定县市场监督管理局党组关于巡察整改进展情况的通报",
        "2023年4月17日至6月16日，县委第三巡察组对县市场监督管理局党组开",
        "展了常规巡察，于2023年7月反馈了巡察意见。局党组高度重视，现将整改进",
        "展情况通报如下。",
        "一、整改工作总体情况",
        "局党组召开党组会议4次专题研究，对反馈的12个问题，细化整改措施39条，",
        "已完成整改10个。县纪委监委驻县市场监督管理局纪检监察组全程监督整改，督",
        "促问责3人，修订完善内部管理制度8项。",
        "二、具体问题整改情况",
        "问题1：食品生产经营主体责任监管不到位。",
        "整改情况：食品安全监督管理股牵头开展拉网式排查，检查食品生产经营主体32",
        "60家，立案查处87件。",
    ]
    meta = extractor.extract("\n".join(lines), backend="rules").metadata
    assert (meta.team, meta.inspected_organisation) == ("县委第三巡察组", "县市场监督管理局党组")
    assert (meta.period["start"], meta.period["end"]) == ("2023-04-17", "2023-06-16")
    assert meta.stated_totals == {"problems": 12, "measures": 39, "completed": 10}


def _tree(text: str) -> list[tuple[int, str, str]]:
    notice = extractor.extract(text, backend="rules")
    return [(h.level, h.kind, text[h.start : h.end]) for h in notice.headings]


def test_a_typographic_bullet_before_a_marker_is_part_of_the_heading():
    """■一、 and ◆关于“…”问题： (structured-63 ca06): the bullet is decoration; the
    heading starts at it and takes the level of the marker after it."""
    text = "\n".join(
        [
            "中共南沙区卫生健康局党组关于巡察整改情况的通报",
            "■一、整改工作组织落实情况",
            "局党组召开专题会议5次，制定整改方案。",
            "■二、巡察反馈问题整改情况",
            "◆关于“基层医疗卫生服务能力提升缓慢”问题：组织区人民医院向11个乡镇卫生院派驻医师。",
            "◆关于“财务制度执行不严”问题：修订财务管理制度6项。",
        ]
    )
    assert _tree(text) == [
        (1, "section", "■一、整改工作组织落实情况"),
        (1, "section", "■二、巡察反馈问题整改情况"),
        (3, "problem", "◆关于“基层医疗卫生服务能力提升缓慢”问题"),
        (3, "problem", "◆关于“财务制度执行不严”问题"),
    ]
    problems = extractor.extract(text, backend="rules").problems
    assert [p.statement for p in problems] == ["基层医疗卫生服务能力提升缓慢", "财务制度执行不严"]


@pytest.mark.parametrize(
    "line",
    [
        "2.3.87亿元非税收入未及时缴入国库问题。有关单位已将3.87亿元全部缴入国库。",
        "2、3个项目未按规定公开招标问题。审计指出，相关项目已补办手续。",
    ],
)
def test_a_finding_number_run_into_a_figure_is_a_marker(line):
    """An audit finding numbered straight into its sum or count (structured-13 t08): a
    number has one decimal point, so 2.3.87 is the list's 2. and 3.87亿元."""
    style, match = match_marker(line)
    assert (style.level, match.group()) == (3, line[:2])


@pytest.mark.parametrize("line", ["6.3万元，下架过期食品1.2吨。", "2.46万人，灵活就业人员。"])
def test_a_wrapped_decimal_figure_is_no_marker(line):
    assert match_marker(line) is None


def test_quoted_problems_opening_several_lines_with_a_comma_are_headings():
    """针对“…”问题，… opening several paragraphs (structured-44 ay05) is a list of
    problems; once in a notice it is a sentence."""
    listed = "\n".join(
        [
            "一、关于党的领导弱化方面问题的整改",
            "针对“基层市场监管所履职能力偏弱”问题，为全县15个市场监管所充实执法人员。",
            "针对“特种设备安全监管存在盲区”问题，联合县应急管理局开展排查。",
        ]
    )
    assert _tree(listed)[1:] == [
        (3, "problem", "针对“基层市场监管所履职能力偏弱”问题"),
        (3, "problem", "针对“特种设备安全监管存在盲区”问题"),
    ]
    once = "\n".join(listed.split("\n")[:2])
    assert [heading[2] for heading in _tree(once)] == ["一、关于党的领导弱化方面问题的整改"]
