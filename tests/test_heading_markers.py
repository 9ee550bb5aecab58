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
