"""The heading tree and problem list on the user's notices (expected values read from the text)."""

from __future__ import annotations

from collections import Counter

import pytest

from extractor.structure import parse_structure
from extractor.text import prepare
from tests.conftest import read_seed


def _structure(prefix: str):
    prep = prepare(read_seed(prefix))
    return prep, parse_structure(prep.text)


@pytest.mark.parametrize(
    ("prefix", "expected"), [("000", 9), ("001", 42), ("002", 56), ("003", 7), ("004", 0)]
)
def test_problem_counts(prefix, expected):
    _, structure = _structure(prefix)
    assert len(structure.problems) == expected


def test_000_status_and_numbering():
    _, structure = _structure("000")
    statuses = Counter(p.status for p in structure.problems)
    assert statuses == {"completed": 8, "in_progress": 1}
    assert [p.number for p in structure.problems] == [1, 2, 3, 4, 5, 6, 7, 8, 1]
    assert structure.problems[0].statement == "学懂弄通做实新思想有差距"
    assert structure.problems[3].statement == "‘两个责任’未压实"
    assert structure.problems[-1].statement == "产业转型升级步子不快"
    assert structure.problems[-1].status_text == "正在推进整改的问题"


def test_000_heading_tree():
    prep, structure = _structure("000")
    levels = [(h.level, h.kind) for h in structure.headings[:6]]
    assert levels == [
        (1, "section"),
        (2, "section"),
        (2, "section"),
        (2, "section"),
        (1, "section"),
        (2, "status"),
    ]
    run_in = structure.headings[1]
    assert run_in.run_in
    assert prep.text[run_in.start : run_in.end] == "（一）提高政治站位，增强整改自觉"
    problem_heading = structure.headings[structure.problems[0].heading]
    assert structure.headings[problem_heading.parent].title == "已整改完成的问题"
    assert problem_heading.level == 3


def test_002_quoted_statement_with_full_stops():
    prep, structure = _structure("002")
    first = structure.problems[0]
    assert first.statement.startswith("以学促干、以干践行的效力不强。学习领会党的二十大精神")
    assert first.statement.endswith("对标合作上海临港片区等方面工作抓手不多")
    heading = structure.headings[first.heading]
    assert prep.text[heading.start : heading.end].endswith("”问题的整改")
    assert structure.problems[48].number == 49  # written "49. 关于" with a space
    levels = Counter(h.level for h in structure.headings)
    assert levels[1] == 3 and levels[3] == 56 and levels[4] > 100
    # (1) items are level-4 sections under their problem
    item = next(h for h in structure.headings if h.level == 4)
    assert structure.headings[item.parent].kind == "problem"


def test_003_status_heading_groups_problems():
    _, structure = _structure("003")
    assert {p.status for p in structure.problems} == {"completed"}
    assert structure.problems[0].status_text == "集中整改期内已完成的整改事项"
    assert (
        structure.problems[-1].statement
        == "惠企政策释放效应不明显，政策宣传和覆盖面不广，激励引导不够"
    )


def test_001_problems_are_numbered_and_complete():
    _, structure = _structure("001")
    assert [p.number for p in structure.problems] == list(range(1, 43))
    assert structure.problems[35].statement == "‘三类场所’安全隐患突出"
    assert [h.title for h in structure.headings if h.level == 1] == [
        "巡视整改组织领导情况",
        "整改进展情况及成效",
        "持续深入推进巡视整改",
    ]


def test_category_headings_of_central_inspection_style():
    text = (
        "一、关于巡视反馈问题的整改落实情况\n"
        "（一）在“党的理论路线方针政策和党中央重大决策部署贯彻落实”方面\n"
        "1.关于“学习贯彻习近平新时代中国特色社会主义思想不够深入”问题的整改。召开会议3次。\n"
        "（二）在“全面从严治党”方面\n"
        "1.关于落实监督责任不到位的问题\n整改情况：开展专项检查。\n"
    )
    structure = parse_structure(text)
    kinds = [h.kind for h in structure.headings]
    assert kinds == ["section", "category", "problem", "category", "problem"]
    assert structure.problems[0].category == "党的理论路线方针政策和党中央重大决策部署贯彻落实"
    assert structure.problems[1].statement == "落实监督责任不到位"
    assert structure.problems[1].category == "全面从严治党"


def test_news_page_has_no_problems_and_no_headings():
    _, structure = _structure("004")
    assert structure.problems == []
    assert structure.headings == []


def test_numbers_at_line_start_are_not_headings():
    structure = parse_structure("1.5亿元资金已到位。\n2023年完成投资。\n")
    assert structure.headings == []


def test_bracketed_problem_numbers():
    text = (
        "（一）在贯彻落实上级决策部署方面\n"
        "【问题1】理论学习不够深入。\n整改情况：开展集中学习12次。\n"
        "【问题2】乡村振兴推进缓慢（持续整改）\n整改情况：投入资金300万元。\n"
    )
    structure = parse_structure(text)
    assert [h.kind for h in structure.headings] == ["category", "problem", "problem"]
    assert [(p.number, p.statement, p.status) for p in structure.problems] == [
        (1, "理论学习不够深入", None),
        (2, "乡村振兴推进缓慢", "long_term"),
    ]


@pytest.mark.parametrize(
    ("title", "kind", "status"),
    [
        ("一、集中整改期内已完成的整改事项", "status", "completed"),
        ("二、需要长期坚持、持续推进的整改事项", "status", "long_term"),
        ("三、正在推进、尚未完成的整改事项", "status", "in_progress"),
        ("二、基本完成整改、需要长期坚持的问题", "status", "long_term"),
        ("三、持续深化巡视整改成果", "section", None),
        ("三、持续深化巡视整改，推动高质量发展", "section", None),
    ],
)
def test_status_headings(title: str, kind: str, status: str | None) -> None:
    structure = parse_structure(title + "\n（一）关于“理论学习不深入”问题的整改。开展学习。\n")
    assert (structure.headings[0].kind, structure.headings[0].status) == (kind, status)
    assert structure.problems[0].status == status
