"""Problem keys and money sums that mean what they say, on a notice written for the test.

The notice below is constructed (no outside text) in the layout of the seeds:
a status heading groups numbered problems, numbering restarts under the next
status heading, and the money mixes exact yuan, an approximate figure (约),
bounds (超亿元, 10亿元以上) and foreign currencies (美元, 港元).
"""

from __future__ import annotations

import json

import pytest

import extractor
from extractor.result import PROBLEM_COLUMNS, Notice, Problem

CONSTRUCTED = """中共江南市委关于巡察整改进展情况的通报

根据市委统一部署，2023年4月17日至6月28日，市委第一巡察组对江南区进行了巡察。2023年7月30日，巡察组向江南区委反馈了巡察意见。现将整改进展情况予以公布。

一、已完成整改的问题
1.关于招商引资质效不高的问题。
全年完成落地超亿元产业项目12个，其中总投资1亿美元的外资项目1个，新增到位资金3.5亿元，追回违规资金约120万元。
2.关于违规发放津补贴的问题。
清退违规发放津补贴28.6万元，处理党员干部5人。
二、正在推进整改的问题
1.关于重大项目建设推进缓慢的问题。
新开工10亿元以上项目3个，已完成投资2亿元，引进港资3000万港元。

中共江南市委
2023年12月29日
"""


@pytest.fixture(scope="module")
def notice() -> Notice:
    return extractor.extract(CONSTRUCTED, backend="rules", source="constructed.txt")


def test_threshold_and_dollar_amounts_stay_out_of_the_yuan_total(notice: Notice) -> None:
    first, second, third = notice.problems
    amounts = {e.text: e.value for e in notice.entities if e.label == "AMOUNT"}
    # 超[亿元]: the span is 亿元, the 超 before it makes it a bound
    assert amounts["亿元"]["threshold"] is True and amounts["亿元"]["bound"] == "at_least"
    assert amounts["10亿元"]["threshold"] is True  # 10亿元以上项目
    assert amounts["1亿美元"]["currency"] == "USD" and amounts["1亿美元"]["threshold"] is False
    assert amounts["120万元"]["approximate"] is True  # 约120万元

    frame = notice.problems_frame().set_index("key")
    # 3.5亿元 + 约120万元; not + 1亿 (超亿元) and not + 1亿美元
    assert frame.loc[1, "amount_yuan"] == pytest.approx(351_200_000)
    assert frame.loc[1, "amount_approximate"]
    assert frame.loc[1, "amounts_other"] == "1 亿美元"
    assert (frame.loc[1, "thresholds"], frame.loc[1, "amounts"]) == (1, 4)
    assert frame.loc[2, "amount_yuan"] == pytest.approx(286_000)
    assert not frame.loc[2, "amount_approximate"]
    # 2亿元 only: 10亿元以上 is a class of projects, 3000万港元 is not yuan
    assert frame.loc[3, "amount_yuan"] == pytest.approx(200_000_000)
    assert frame.loc[3, "amounts_other"] == "3,000 万港元"

    totals = notice.problem_amounts(first)
    assert totals.by_currency == {"CNY": pytest.approx(351_200_000), "USD": 100_000_000}
    assert notice.problem_amounts(third).by_currency == {"CNY": 200_000_000, "HKD": 30_000_000}
    assert notice.problem_amounts(second).thresholds == 0


def test_problem_key_is_unique_where_numbers_restart(notice: Notice) -> None:
    assert [p.number for p in notice.problems] == [1, 2, 1]
    assert [p.status for p in notice.problems] == ["completed", "completed", "in_progress"]
    assert [p.key for p in notice.problems] == [1, 2, 3]
    frame = notice.problems_frame()
    assert list(frame.columns) == PROBLEM_COLUMNS
    assert frame["key"].is_unique and not frame["number"].is_unique
    # entities carry the key of their problem, so a merge on it is one-to-one
    entities = notice.entities_frame()
    linked = entities[entities.problem_key.notna()]
    merged = linked.merge(frame[["key", "status"]], left_on="problem_key", right_on="key")
    assert len(merged) == len(linked)
    assert set(merged.loc[merged.text == "3000万港元", "status"]) == {"in_progress"}


def test_to_dict_carries_key_and_totals_and_stays_json(notice: Notice) -> None:
    data = json.loads(notice.to_json())
    problems = data["problems"]
    assert [p["key"] for p in problems] == [1, 2, 3]
    assert problems[0]["amount_yuan"] == pytest.approx(351_200_000)
    assert problems[0]["amounts_by_currency"]["USD"] == 100_000_000
    assert problems[1]["amounts_by_currency"] == {"CNY": pytest.approx(286_000)}
    # the fields that were there before are still there
    assert {"index", "number", "statement", "status", "entities"} <= set(problems[0])


def test_problem_key_defaults_to_position_and_can_be_given() -> None:
    assert Problem(4, 1, "s", 0, None, None, None, 0, 1).key == 5
    assert Problem(4, 1, "s", 0, None, None, None, 0, 1, key=9).key == 9


def test_a_notice_without_problems_gives_empty_well_formed_frames() -> None:
    empty = extractor.extract("Hello, no Chinese here.", backend="rules")
    frame = empty.problems_frame()
    assert frame.empty and list(frame.columns) == PROBLEM_COLUMNS
    assert empty.entities_frame().empty
    assert json.loads(empty.to_json())["problems"] == []


def test_dangling_entity_index_does_not_crash(notice: Notice) -> None:
    """A hand-edited notice whose problem lists an entity that is gone."""
    import dataclasses

    broken = dataclasses.replace(
        notice,
        problems=[
            dataclasses.replace(notice.problems[0], entities=[*notice.problems[0].entities, 999])
        ],
    )
    assert len(broken.problems_frame()) == 1
    assert broken.to_dict()["problems"][0]["key"] == 1


def test_seed_003_bounds_leave_no_yuan_to_add() -> None:
    """新签约注册5亿元及3000万美元以上重大项目, 亿元以上产业项目: every amount of
    seed 003 is a bound, so no problem of it reports money."""
    from tests.conftest import SEEDS

    (path,) = SEEDS.glob("003_*.txt")
    seed = extractor.extract(path.read_text(encoding="utf-8"), backend="rules")
    amounts = [e for e in seed.entities if e.label == "AMOUNT"]
    assert amounts and all(e.value["threshold"] for e in amounts)
    frame = seed.problems_frame()
    assert frame["amount_yuan"].isna().all()
    assert frame["thresholds"].sum() == len([e for e in amounts if e.problem is not None])
