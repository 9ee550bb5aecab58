"""Entities to headings and problems (extractor.linking) on a real-shaped notice."""

from __future__ import annotations

from extractor.linking import Linker
from extractor.structure import parse_structure

TEXT = (
    "中共某县委关于巡察整改情况的通报\n"
    "一、整改工作开展情况\n"
    "县委召开常委会会议3次，研究部署整改工作。\n"
    "二、反馈问题整改情况\n"
    "（一）关于党建工作薄弱的问题\n"
    "1.关于基层党组织软弱涣散的问题。整顿软弱涣散村党组织12个。\n"
    "2.关于发展党员不规范的问题。核查党员档案560份。\n"
    "（二）关于违规发放津贴补贴的问题\n"
    "清退违规发放的津贴补贴8.6万元。\n"
    "三、下一步工作打算\n"
    "持续巩固整改成果。\n"
)


def _at(needle: str) -> int:
    return TEXT.index(needle)


def _title(structure, index):
    return structure.headings[index].title if index is not None else None


def test_an_entity_belongs_to_its_innermost_heading_and_the_whole_path():
    structure = parse_structure(TEXT)
    link = Linker(structure)(_at("12个"))
    assert _title(structure, link.heading).startswith("关于基层党组织软弱涣散的问题")
    assert [_title(structure, i)[:6] for i in link.path] == [
        "反馈问题整改",
        "关于党建工作",
        "关于基层党组",
    ]


def test_a_problem_body_holds_measures_and_the_heading_itself_holds_findings():
    structure = parse_structure(TEXT)
    linker = Linker(structure)
    measure = linker(_at("560份"))
    assert measure.role == "measure"
    assert structure.problems[measure.problem].statement == "发展党员不规范"
    finding = linker(_at("基层党组织软弱涣散"))
    assert finding.role == "finding" and finding.problem == linker(_at("12个")).problem


def test_the_innermost_problem_wins_over_an_enclosing_problem_heading():
    """（一）关于党建工作薄弱的问题 is itself a problem heading; the numbered problems
    under it are the innermost ones their measures belong to."""
    structure = parse_structure(TEXT)
    linker = Linker(structure)
    assert linker(_at("12个")).problem != linker(_at("560份")).problem
    money = linker(_at("8.6万元"))
    assert structure.problems[money.problem].statement == "违规发放津贴补贴"


def test_text_outside_any_problem_has_a_heading_but_no_problem():
    structure = parse_structure(TEXT)
    linker = Linker(structure)
    before = linker(_at("3次"))
    assert _title(structure, before.heading) == "整改工作开展情况"
    assert before.problem is None and before.role is None
    after = linker(_at("持续巩固"))
    assert _title(structure, after.heading) == "下一步工作打算" and after.problem is None
    title = linker(0)
    assert title.heading is None and title.path == () and title.problem is None
