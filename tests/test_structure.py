"""The heading tree and problem list on the user's notices (expected values read from the text)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

import extractor
from extractor.structure import parse_structure
from extractor.text import prepare
from tests.conftest import read_seed


def _kinds(text: str) -> list[str]:
    """The kinds of the headings of a notice's text, in order."""
    return [h.kind for h in parse_structure(prepare(text).text).headings]


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


# --- issue #12: forms seen in real notices -------------------------------------

_OPENING = (
    "根据市委统一部署，市委第二巡察组对区司法局党组开展了巡察，现将巡察反馈意见整改情况通报如下。\n"
)


def _kinds_and_problems(body: str):
    structure = parse_structure(prepare(_OPENING + body).text)
    kinds = [(h.level, h.kind) for h in structure.headings]
    problems = [(p.statement, p.status, p.category) for p in structure.problems]
    return kinds, problems


def test_feedback_group_with_problems_three_deep():
    kinds, problems = _kinds_and_problems(
        "(一)反馈问题：主体责任落实不到位，整改质效不高。\n"
        "1.结余药品使用不规范。\n"
        "(1)结余药品管理、使用不规范。\n"
        "整改情况：已整改。建立台账。\n"
    )
    assert kinds == [(2, "category"), (3, "problem"), (4, "problem")]
    assert problems[1] == (
        "结余药品管理、使用不规范",
        "completed",
        "主体责任落实不到位，整改质效不高",
    )


def test_shortcoming_heading_groups_problems_written_without_guanyu():
    kinds, problems = _kinds_and_problems(
        "一、贯彻落实党中央决策部署有差距\n"
        "1.信访矛盾化解不力。\n整改情况：化解积案17件。\n"
        "2.针对普法责任制落实不到位问题的整改。\n整改情况：制定清单。\n"
        "二、下一步工作打算\n"
    )
    assert kinds == [(1, "category"), (3, "problem"), (3, "problem"), (1, "section")]
    assert [p[0] for p in problems] == ["信访矛盾化解不力", "普法责任制落实不到位"]


def test_lost_closing_quote_is_still_a_problem():
    kinds, problems = _kinds_and_problems(
        "（一）集中整改期内已完成的整改事项\n1.关于“学用结合不紧密\n整改情况：开展学习。\n"
    )
    assert kinds == [(2, "status"), (3, "problem")]
    assert problems == [("学用结合不紧密", "completed", None)]


def test_measure_items_under_a_problem_stay_sections():
    kinds, _ = _kinds_and_problems(
        "1.关于基层党组织建设不规范的问题\n"
        "（1）对未按期完成换届的2个支部进行督导。\n"
        "（2）组织开展支部书记培训，对履职不到位的3名支部书记进行约谈，确保责任落实落细。\n"
    )
    assert kinds == [(3, "problem"), (4, "section"), (4, "section")]


def test_audit_findings_with_stated_progress():
    text = (
        "青川市审计局关于2023年度预算执行审计查出问题整改情况的报告\n"
        "二、市级财政管理审计查出问题的整改情况\n"
        "1.多计工程款12.5万元问题。已整改。收回工程款。\n"
        "2.专项资金闲置1360万元问题。正在整改。\n"
    )
    structure = parse_structure(prepare(text).text)
    assert [h.kind for h in structure.headings] == ["category", "problem", "problem"]
    assert [p.status for p in structure.problems] == ["completed", "in_progress"]


def test_conditions_in_a_policy_text_are_not_problems():
    text = (
        "关于开展示范企业申报工作的通知\n"
        "一、申报条件\n"
        "（一）申报主体近三年未发生重大安全生产事故，无违法违规行为。\n"
        "（二）材料不完整的，不予受理。\n"
    )
    structure = parse_structure(prepare(text).text)
    assert structure.problems == []
    assert {h.kind for h in structure.headings} == {"section"}


def test_structure_scores_of_the_seed_gold():
    from training.corpus import load_corpus
    from training.structure_eval import score_structure

    docs = load_corpus([Path(__file__).resolve().parents[1] / "corpus" / "gold"])
    scores = score_structure(docs)
    assert scores.headings.f1 == 1.0
    assert scores.problems.gold == 114 and scores.problems.f1 == 1.0
    assert scores.kind_accuracy == 1.0
    assert "problem headings" in scores.to_text()
    assert scores.to_dict()["problem_headings"]["recall"] == 1.0


def test_zhendui_problem_run_on_into_measures():
    kinds, problems = _kinds_and_problems(
        "1.针对廉政风险防控机制不健全的问题，排查风险点46个。\n"
        "2.针对巡察反馈的问题，局党组逐条制定措施。\n"
    )
    assert kinds == [(3, "problem"), (3, "section")]
    assert problems == [("廉政风险防控机制不健全", None, None)]


def test_problem_status_stated_in_its_own_body():
    """Progress said of the problem further down its body: a 整改进展： label, 该问题…, or a
    closing 已整改到位。; a finished measure (完成培训3次) says nothing of the problem."""
    import extractor

    text = (
        "二、巡视反馈问题整改情况\n"
        "问题1：财务制度执行不严。整改措施：修订制度5项。整改进展：持续推进。\n"
        "问题2：档案管理不规范。学校开展专项清理。目前该问题已整改到位。\n"
        "问题3：采购程序不规范。学校修订采购办法，完成培训3次。\n"
        "问题4：意识形态工作责任制落实不到位。整改情况：宣传部修订实施细则，已整改到位。\n"
        "问题5：干部队伍结构需要优化。交流轮岗干部8名，整改工作已完成。\n"
    )
    notice = extractor.extract(text, backend="rules")
    assert [(p.number, p.status) for p in notice.problems] == [
        (1, "long_term"),
        (2, "completed"),
        (3, None),
        (4, "completed"),
        (5, "completed"),
    ]


def test_a_feedback_label_over_no_problems_is_one_problem():
    """(一)巡察反馈问题：X。 groups the problems below it (category); with none below
    it, the heading is problem X itself."""
    text = (
        "根据县委统一部署,县委第一巡察组对县水利局党组进行了巡察,并反馈了巡察意见。\n\n"
        "一、巡察反馈问题整改落实情况\n\n"
        "（一）巡察反馈问题:落实河长制工作不够有力。整改情况:召开专题会议研究部署,已整改到位。\n\n"
        "（二）巡察反馈问题:水利工程项目管理不规范。整改情况:制定管理办法,正在整改。\n\n"
        "二、下一步工作打算\n\n持续推进。"
    )
    structure = parse_structure(prepare(text).text)
    assert [(h.kind, h.problem) for h in structure.headings] == [
        ("section", None),
        ("problem", "落实河长制工作不够有力"),
        ("problem", "水利工程项目管理不规范"),
        ("section", None),
    ]
    assert [p.status for p in structure.problems] == ["completed", "in_progress"]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["（一）关于巡察反馈的“河长制落实不够有力”问题", "整改情况:召开专题会议。"],
            ("河长制落实不够有力", None),
        ),
        (
            ["1.关于河长制落实不够有力的问题【已完成】", "整改情况:召开专题会议。"],
            ("河长制落实不够有力", "completed"),
        ),
        (
            ["（一）河长制落实不够有力。整改完成情况:正在整改。"],
            ("河长制落实不够有力", "in_progress"),
        ),
        (["（一）河长制落实不够有力问题", "整改情况:召开专题会议。"], ("河长制落实不够有力", None)),
    ],
)
def test_more_problem_wordings(lines: list[str], expected: tuple[str, str | None]) -> None:
    """关于 before a feedback lead and a quote, a status in 【】, a 整改完成情况： label,
    a statement ending in 问题 without 的."""
    text = (
        "根据县委统一部署,县委第一巡察组对县水利局党组进行了巡察,并反馈了巡察意见。\n"
        "一、巡察反馈问题整改落实情况\n" + "\n".join(lines) + "\n"
    )
    structure = parse_structure(prepare(text).text)
    assert [(p.statement, p.status) for p in structure.problems] == [expected]


def test_central_style_task_points_and_worded_risks() -> None:
    """1.在…上下功夫 under a feedback point is a category (the guideline's example);
    a numbered line stating a loophole or risk is a problem."""
    text = (
        "根据省委统一部署,省委第一巡视组对省生态环境厅党组开展了专项巡视,并反馈了意见。"
        "现将巡视整改情况通报如下。\n"
        "一、坚决扛起巡视整改政治责任\n（一）关于贯彻落实党中央决策部署方面\n"
        "1.在推进突出生态环境问题整改上下功夫。会同省水利厅排查问题。\n"
        "（二）关于监督管理方面\n"
        "1.招标采购监督管理存在漏洞问题\n整改情况:修订制度3项。\n"
    )
    structure = parse_structure(prepare(text).text)
    kinds = {h.title.split("。")[0]: h.kind for h in structure.headings}
    assert kinds["在推进突出生态环境问题整改上下功夫"] == "category"
    assert [p.statement for p in structure.problems] == ["招标采购监督管理存在漏洞"]


def test_an_aspect_numbered_1_groups_the_items_below_it() -> None:
    """1.关于…方面的问题 over （1）… items that state shortcomings is their category;
    问题仍较突出 and 超职数 state shortcomings."""
    kinds, problems = _kinds_and_problems(
        "（一）反馈问题：直属单位管理存在薄弱环节\n"
        "1.药品回扣问题仍较突出\n约谈企业14家。\n"
        "2.关于直属单位选人用人方面的问题\n"
        "（1）部分直属单位超职数配备干部\n核减职数5名。\n"
        "（2）干部档案审核不严\n补齐材料。\n"
    )
    assert kinds == [
        (2, "category"),
        (3, "problem"),
        (3, "category"),
        (4, "problem"),
        (4, "problem"),
    ]
    assert [p[0] for p in problems] == [
        "药品回扣问题仍较突出",
        "部分直属单位超职数配备干部",
        "干部档案审核不严",
    ]
    assert problems[1][2] == "直属单位选人用人方面"


def test_measures_that_name_what_they_fix_are_not_problems() -> None:
    """Under a problem, numbered lines that start with a measure and name what they fix
    (从严查处违纪违法问题, 追回违规资金) are its measures; a line that only states a
    shortcoming after such a word (依法行政意识不强) is still a problem."""
    kinds, _ = _kinds_and_problems(
        "（一）关于“主体责任落实不到位”问题的整改情况\n"
        "1.从严查处违纪违法问题。\n查处3起。\n"
        "2.全面排查廉政风险隐患。\n排查12处。\n"
        "3.追回违规资金12万元。\n已追回。\n"
        "4.举一反三，排查同类风险隐患。\n排查5处。\n"
        "5.约谈相关责任人，督促落实不到位的单位限期整改。\n约谈3人。\n"
    )
    assert kinds == [(2, "problem")] + [(3, "section")] * 5
    kinds, problems = _kinds_and_problems(
        "一、贯彻落实上级决策部署有差距\n1.依法行政意识不强。\n整改情况：开展培训。\n"
        "2.问责追责偏软。\n整改情况：修订办法。\n"
    )
    assert kinds == [(1, "category"), (3, "problem"), (3, "problem")]


def test_task_points_and_an_audit_reports_own_framework() -> None:
    """在…上持续发力 mirrors a feedback point (category); 二、审计查出问题整改情况 with
    nothing audited named before 审计 is the report's framework (section), while
    （一）市级财政管理审计查出问题的整改情况 groups findings (category)."""
    kinds, _ = _kinds_and_problems(
        "（一）在防范化解重大风险方面\n1.在加强境外资产监管上持续发力。\n清理企业4户。\n"
    )
    assert kinds[-1] == (3, "category")
    structure = parse_structure(
        prepare(
            "关于2023年度市级预算执行和其他财政收支审计查出问题整改情况的报告\n"
            "二、审计查出问题整改情况\n（一）市级财政管理审计查出问题的整改情况\n"
            "1.部分专项资金分配不及时问题。已分配下达。\n"
        ).text
    )
    assert [(h.level, h.kind) for h in structure.headings] == [
        (1, "section"),
        (2, "category"),
        (3, "problem"),
    ]


def test_a_line_among_fed_back_problems_is_one_though_its_wording_is_new() -> None:
    """1.高标准农田建设项目重建轻管 names no shortcoming word we know, but its siblings under
    the same feedback group are problems: so is it. A measure line there stays a section."""
    text = (
        "中共某县农业农村局党组关于巡察整改情况的通报\n根据县委统一部署，县委第二巡察组对局党组开展了巡察，"
        "并反馈了意见。现将整改情况通报如下。\n"
        "一、巡察反馈问题整改情况\n（一）反馈问题：落实乡村振兴战略部署不够有力\n"
        "1.高标准农田建设项目重建轻管\n农田建设股开展回头看。\n"
        "2.农民专业合作社清理不彻底\n清理空壳社12家。\n"
        "3.涉农补贴资金监管存在薄弱环节\n追回资金8万元。\n"
        "（二）反馈问题：基层党组织建设存在薄弱环节\n"
        "1.党支部组织生活不规范\n开展专项检查。\n"
        "2.包联村党组织带富能力不强\n选派第一书记6名。\n"
        "3.加强后续监督\n建立台账。\n"
    )
    kinds = {h.title.strip(): h.kind for h in parse_structure(text).headings}
    assert kinds["高标准农田建设项目重建轻管"] == "problem"
    assert kinds["加强后续监督"] == "section"


def test_problems_numbered_by_a_label_are_level_three() -> None:
    """问题一： and 第一个问题： open numbered problems at level 3 (DECISIONS)."""
    text = (
        "中共某某海事局委员会关于巡视整改情况的通报\n根据党组统一部署，巡视组对局党委开展了巡视，"
        "并反馈了意见。现将整改情况通报如下。\n一、巡视反馈问题整改情况\n"
        "第一个问题：辖区通航安全监管存在薄弱环节。局党委组织7个分支海事局开展检查。\n"
        "第二个问题：船舶污染防治监管不到位。局危管防污处开展专项检查。\n"
        "问题三：基层执法人员配备不足。补充人员12名。\n"
    )
    problems = [h for h in parse_structure(text).headings if h.kind == "problem"]
    assert [h.level for h in problems] == [3, 3, 3]
    assert problems[0].problem.startswith("辖区通航安全监管存在薄弱环节")


def test_run_in_problems_under_an_aspect_or_a_level_one_feedback_point() -> None:
    """1.…推进不力。集团制定… under （一）关于…方面的问题 or under 二、…存在风险 is a
    problem, and the heading above is their category; a status note after a problem
    (…清理不彻底【已完成】) leaves it a problem."""
    text = (
        "中共某能源集团有限公司委员会关于巡视整改进展情况的通报\n根据省委统一部署，省委第三巡视组对集团党委"
        "开展了巡视，并反馈了意见。现将整改情况通报如下。\n"
        "一、贯彻落实决策部署有差距\n（一）关于推动能源革命综合改革试点方面的问题\n"
        "1.煤电机组节能降碳改造推进不力。集团制定实施方案，完成改造12台。\n"
        "二、国有资产监管和企业经营管理存在风险\n"
        "1.多计工程款3460.5万元问题。集团委托第三方审核，核减工程款。\n"
        "2.对外担保和资金出借管理失控，形成逾期债权。财务共享中心清理担保。\n"
        "三、全面从严治党存在不足\n1.冒领养老保险待遇问题清理不彻底【已完成】\n追回资金。\n"
        "2.窗口单位服务作风不够扎实【持续推进】\n开展暗访。\n"
    )
    kinds = {h.title.strip()[:6]: h.kind for h in parse_structure(text).headings}
    assert kinds["关于推动能源"] == "category"
    assert kinds["煤电机组节能"] == "problem"
    assert kinds["国有资产监管"] == "category"
    assert kinds["多计工程款3"] == "problem"
    assert kinds["冒领养老保险"] == "problem"


def test_problems_grouped_by_partial_rectification_are_in_progress() -> None:
    """An audit notice groups its findings as 已整改到位的问题 and 部分整改的问题:
    both are status headings, the second's problems still in progress."""
    text = (
        "某某中心关于经济责任审计查出问题整改情况的报告\n市审计局对我中心进行了审计。"
        "现将整改情况报告如下。\n一、已整改到位的问题\n（一）增值收益分配不及时问题\n"
        "整改情况：已全额上缴。\n二、部分整改的问题\n（一）部分逾期贷款未及时催收问题\n"
        "整改情况：收回逾期本息836万元。\n"
    )
    statuses = [h for h in parse_structure(text).headings if h.kind == "status"]
    assert [(h.title, h.status) for h in statuses] == [
        ("已整改到位的问题", "completed"),
        ("部分整改的问题", "in_progress"),
    ]


def test_a_level_one_shortcoming_over_aspects_over_problems_is_a_category() -> None:
    text = (
        "中共某盟委员会关于巡察整改进展情况的通报\n盟委4个巡察组对正蓝旗委开展了巡察，反馈问题87个。"
        "现将整改进展情况予以公布。\n一、贯彻落实党中央决策部署和自治区党委工作要求有差距\n"
        "（一）推动生态优先、绿色发展方面\n1.草原生态保护修复责任落实不到位。正蓝旗委督促开展治理。\n"
        "2.矿山地质环境治理推进缓慢。完成治理面积12公顷。\n"
    )
    kinds = [(h.level, h.kind) for h in parse_structure(text).headings]
    assert kinds == [(1, "category"), (2, "category"), (3, "problem"), (3, "problem")]


def test_unnumbered_quoted_problems_with_their_measures_after_a_colon():
    """针对“…”问题：… lines with no number under a category: each is a problem heading
    ending before its colon; a quoted phrase in the middle of a line is no heading."""
    text = (
        "（一）关于落实立德树人根本任务方面的问题\n"
        "针对“课程思政建设推进不平衡”问题：学院党委组织专业课教师参加专题培训3次。\n"
        "关于“实验室安全责任压得不实”的问题：开展安全隐患排查2轮。\n"
        "全院开展“强基”行动，针对“短板”问题：逐项整改。\n"
    )
    structure = parse_structure(prepare(text).text)
    assert [(h.level, h.kind) for h in structure.headings] == [
        (2, "category"),
        (3, "problem"),
        (3, "problem"),
    ]
    assert [h.title for h in structure.headings[1:]] == [
        "针对“课程思政建设推进不平衡”问题",
        "关于“实验室安全责任压得不实”的问题",
    ]
    assert [p.statement for p in structure.problems] == [
        "课程思政建设推进不平衡",
        "实验室安全责任压得不实",
    ]


def test_numbering_that_runs_on_across_feedback_groups_is_one_list_of_problems():
    """1. under （一） reads as a problem because 2., 3. and 4. under the like groups
    are problems, though its own wording names no known shortcoming."""
    text = (
        "二、反馈问题整改落实情况\n"
        "（一）反馈问题：服务实体经济力度不足\n"
        "1.普惠小微贷款增速放缓。分行制定专项营销方案，新增首贷户326户。\n"
        "2.涉农贷款投放结构不合理问题。开展整村授信，新增授信行政村87个。\n"
        "（二）反馈问题：信贷风险管控存在短板\n"
        "3.不良贷款处置进度偏慢问题。对19笔大额不良贷款逐户制定处置方案。\n"
        "（三）反馈问题：员工行为管理不严\n"
        "4.个别员工违规参与民间借贷问题。排查员工1124人。\n"
    )
    structure = parse_structure(prepare(text).text)
    assert [(h.level, h.kind) for h in structure.headings] == [
        (1, "section"),
        (2, "category"),
        (3, "problem"),
        (3, "problem"),
        (2, "category"),
        (3, "problem"),
        (2, "category"),
        (3, "problem"),
    ]


def test_numbering_that_restarts_under_each_group_is_no_list_across_them():
    """Under （二） the numbers start again at 1: its 2. and 3. are measures, not problems
    pulled in by the problems of （一）."""
    text = (
        "二、反馈问题整改落实情况\n"
        "（一）关于调查研究方面的问题\n"
        "1.调研走过场的问题。制定调研制度1项。\n"
        "2.调研成果转化不够的问题。形成调研报告3篇。\n"
        "（二）关于作风建设方面的问题\n"
        "1.检查考核过多过频的问题。精简考核事项12项。\n"
        "2.典型案例剖析\n"
        "3.县水利站专项检查\n"
    )
    kinds = [(h.level, h.kind) for h in parse_structure(prepare(text).text).headings]
    assert kinds[-2:] == [(3, "section"), (3, "section")]


def test_audit_report_field_groups_and_a_label_over_numbered_problems():
    """An audit report's top heading about one field's findings groups them; a
    labelled feedback point followed by 1.… problems is their category."""
    audit = (
        "关于某县2023年度县级预算执行审计查出问题整改情况的报告\n"
        "一、审计查出问题整改的总体情况\n截至10月底，已整改到位46项。\n"
        "二、财政部门预算执行问题的整改情况\n财政部门预算执行问题8项，已整改6项。\n"
    )
    kinds = [(h.title, h.kind) for h in parse_structure(prepare(audit).text).headings]
    assert kinds == [
        ("审计查出问题整改的总体情况", "section"),
        ("财政部门预算执行问题的整改情况", "category"),
    ]
    inspection = (
        "二、巡察整改任务落实情况\n"
        "（一）关于贯彻落实上级决策部署方面的问题\n"
        "反馈问题一：关于“落实上级工作要求有差距”的问题。\n"
        "1.理论学习不够深入。制定学习计划，开展专题学习4次。\n"
        "2.调查研究不够扎实。出台调研制度1项。\n"
    )
    structure = parse_structure(prepare(inspection).text)
    assert [h.kind for h in structure.headings] == [
        "section",
        "category",
        "category",
        "problem",
        "problem",
    ]


def test_a_quoted_heading_cut_off_by_the_excerpt_and_aspects_of_own_work():
    cut = (
        "二、整改落实情况\n（一）关于“理论武装”方面\n"
        "（1）关于“学习贯彻上级精神不深不透。局党组未组织专题学习"
    )
    last = parse_structure(prepare(cut).text).headings[-1]
    assert (last.kind, last.problem) == ("problem", "学习贯彻上级精神不深不透")
    own = (
        "一、落实巡察整改责任的情况\n（一）组织领导方面。\n成立领导小组。\n"
        "（二）责任落实方面。\n制定责任清单。\n"
    )
    assert [h.kind for h in parse_structure(prepare(own).text).headings] == [
        "section",
        "section",
        "section",
    ]


def test_an_aspect_of_own_work_over_numbered_problems_is_their_category():
    text = (
        "一、巡察反馈问题整改落实情况\n（二）组织领导方面\n"
        "1.关于“领导班子民主集中制执行不到位”的问题\n修订议事规则。\n"
    )
    kinds = [h.kind for h in parse_structure(prepare(text).text).headings]
    assert kinds == ["section", "category", "problem"]


def test_parts_bracketless_groups_and_circled_items_take_their_levels():
    text = (
        "第一部分　整改工作总体情况\n学院党委召开专题会议。\n第二部分　巡视反馈问题整改落实情况\n"
        "一）已完成整改的问题\n【问题一】学院发展定位不够清晰。\n二）正在推进的问题\n"
        "【问题二】高层次人才引进不足。\n"
    )
    headings = parse_structure(prepare(text).text).headings
    assert [(h.level, h.kind) for h in headings] == [
        (1, "section"),
        (1, "section"),
        (2, "status"),
        (3, "problem"),
        (2, "status"),
        (3, "problem"),
    ]


def test_circled_items_that_report_work_under_a_problem_are_measures():
    kinds, problems = _kinds_and_problems(
        "二、巡察反馈问题整改落实情况\n（一）反馈问题：党建工作与业务工作融合不深\n"
        "1.药品耗材采购管理不规范问题。整改情况：\n"
        "①药学部对2022年以来的药品采购记录进行全面清查，清理超范围采购品规37个。\n"
        "②修订医用耗材遴选管理办法，当年节约采购成本126.8万元。\n"
        "2.部分房产长期闲置，租金收缴不及时问题。\n"
        "（1）清收历年欠缴租金127.5万元，对仍拖欠的6户承租人依法提起诉讼。\n"
    )
    assert kinds == [(1, "section"), (2, "category"), (3, "problem"), (4, "section")] + [
        (4, "section"),
        (3, "problem"),
        (4, "section"),
    ]
    assert [p[0] for p in problems] == [
        "药品耗材采购管理不规范",
        "部分房产长期闲置，租金收缴不及时",
    ]


def test_an_unnumbered_quoted_problem_cut_off_by_the_excerpt():
    text = (
        "二、巡察反馈问题整改情况\n（二）关于基层治理和为民服务方面的问题\n"
        "针对“网格化管理精细化程度不高”问题：重新划分网格128个。\n"
        "针对“老旧小区加装电梯、雨污分流改造等民生项目推进"
    )
    headings = parse_structure(prepare(text).text).headings
    assert [(h.level, h.kind) for h in headings][-2:] == [(3, "problem"), (3, "problem")]
    # the same opening inside the text, with its quote closed later, is no cut-off heading
    prose = "二、整改情况\n针对“四风”问题\n反弹回潮的风险，局党组开展专项整治。\n"
    assert [h.title for h in parse_structure(prepare(prose).text).headings] == ["整改情况"]


def test_central_style_points_and_an_audit_findings_group():
    central = (
        "二、聚焦反馈问题，扎实推进整改落实\n（二）推进全面从严治党，在正风肃纪上持续发力\n"
        "1.在落实中央八项规定精神上严起来\n(1)开展违规吃喝专项整治。\n"
    )
    kinds = [h.kind for h in parse_structure(prepare(central).text).headings]
    assert kinds == ["section", "category", "category", "section"]
    audit = (
        "某公司关于经济责任审计发现问题整改情况的报告\n一、审计查出问题整改的总体情况\n"
        "审计报告指出9个问题。\n二、审计查出问题的整改情况\n1.多计工程款12.5万元问题。已扣回。\n"
        "2.公务用车使用管理不规范问题。已整改。\n三、下一步工作措施\n健全机制。\n"
    )
    kinds = [h.kind for h in parse_structure(prepare(audit).text).headings]
    assert kinds == ["section", "category", "problem", "problem", "section"]


def test_headings_cut_by_the_excerpt_take_their_siblings_kind() -> None:
    status = (
        "二、反馈问题整改情况\n（一）已完成整改的问题\n1.选人用人工作不够规范问题。整改情况：已整改。\n"
        "（二）正在持续推进"
    )
    headings = parse_structure(prepare(status).text).headings
    assert (headings[-1].kind, headings[-1].status) == ("status", "long_term")
    problem = (
        "二、巡察反馈问题整改落实情况\n（一）政治引领作用发挥不充分\n"
        "1.联系服务青年不够紧密问题。整改情况：建立联系制度。\n"
        "2.基层组织覆盖不全问题。整改情况：新建团组织16个。\n"
        "（二）全面从严治党主体责任落实不到位\n1.对所属社会组织日常监"
    )
    kinds = [h.kind for h in parse_structure(prepare(problem).text).headings]
    assert kinds[-2:] == ["category", "problem"]
    # a cut line is a problem only where its like headings are
    section = "一、整改工作组织情况\n（一）加强组织领导\n（二）压实整改责"
    assert [h.kind for h in parse_structure(prepare(section).text).headings][-1] == "section"


def test_central_style_task_points_under_a_feedback_point_and_a_slow_shortcoming() -> None:
    central = (
        "二、突出问题导向，扎实推进巡视反馈问题整改\n（一）关于贯彻落实党中央重大决策部署方面\n"
        "1.服务海洋强国和交通强国建设。修订集团发展规划。\n2.保障国际物流供应链稳定畅通。新设网点6个。\n"
    )
    kinds = [h.kind for h in parse_structure(prepare(central).text).headings]
    assert kinds == ["section", "category", "category", "category"]
    kinds, problems = _kinds_and_problems(
        "二、巡察反馈问题整改情况\n1.基层医疗卫生服务能力提升不快。\n整改情况：新增床位60张。\n"
    )
    assert problems[0][0] == "基层医疗卫生服务能力提升不快"


def test_audit_findings_under_a_field_of_a_findings_heading_are_problems() -> None:
    text = (
        "某公司关于经济责任审计发现问题整改情况的公告\n二、审计发现问题整改情况\n（一）工程建设管理方面\n"
        "1.部分项目未批先建问题。涉及用地27.5亩，已补办手续4件。\n"
        "2.对外担保未履行集体决策程序问题。修订决策制度。\n"
    )
    kinds = [h.kind for h in parse_structure(prepare(text).text).headings]
    assert kinds == ["section", "category", "problem", "problem"]


def test_review_of_the_eleventh_sessions_heading_rules() -> None:
    """Inputs of a reviewer's own against the session's rules (each failed once)."""
    nested = (
        "二、整改情况\n1.理论学习不够深入\n（1）中心组学习流于形式的问题\n"
        "①修订中心组学习制度，全年开展集中学习12次。\n"
    )
    headings = parse_structure(prepare(nested).text).headings
    assert [h.marker for h in headings] == ["二、", "1.", "（1）"]  # ① below （1）: no level
    kinds, problems = _kinds_and_problems(
        "二、巡察反馈问题整改情况\n（一）财务管理不规范的问题\n"
        "1.部分项目资金拨付不及时，涉及资金120万元\n整改情况：已拨付到位。\n"
        "2.闲置房产未及时盘活，共计12处\n整改情况：已盘活。\n"
    )
    assert [k for _, k in kinds][-2:] == ["problem", "problem"]
    central = (
        "二、巡察反馈问题整改情况\n（一）落实党风廉政建设责任方面\n巡察指出，责任传导不到位。\n"
        "1.健全责任清单\n2.加强日常监督\n"
    )
    # numbered points under a feedback point in a notice without problem headings are its
    # tasks, categories as the central style's are (the writers of structured-24/27 annotated
    # run-in measures so; DECISIONS "Central-style task points")
    assert [h.kind for h in parse_structure(prepare(central).text).headings][-2:] == [
        "category",
        "category",
    ]
    audit = (
        "某市2023年度预算执行审计查出问题整改情况的报告\n二、审计查出问题的整改情况\n"
        "1.加强预算管理\n2.规范资产管理\n"
    )
    assert [h.kind for h in parse_structure(prepare(audit).text).headings][-2:] == [
        "section",
        "section",
    ]


def test_the_last_group_cut_from_its_problems_and_a_section_over_task_points() -> None:
    cut = (
        "二、巡视反馈问题整改情况\n（一）贯彻落实党中央决策部署有差距\n"
        "问题1：对新能源项目统筹不力。\n整改情况：已整改。\n问题2：安全生产责任落实不到位。\n"
        "整改情况：已整改。\n（二）全面从严治党“两个责任”落实不到位\n"
    )
    assert [h.kind for h in parse_structure(prepare(cut).text).headings][-1] == "category"
    points = (
        "二、坚持问题导向，扎实推进巡视整改任务落实\n（一）全面贯彻党的教育方针，落实立德树人根本任务\n"
        "1.在深入学习贯彻党的创新理论上下功夫。修订方案。\n2.在推进综合改革上持续用力。新增课程。\n"
    )
    kinds = [h.kind for h in parse_structure(prepare(points).text).headings]
    assert kinds == ["section", "category", "category", "category"]


def test_word_numbering_task_points_that_take_up_duties_and_measures_against_shortcomings() -> None:
    central = (
        "中共某省委关于中央巡视整改进展情况的通报\n中央第八巡视组对某省进行了常规巡视，并反馈了巡视意见。\n"
        "二、中央巡视反馈意见整改落实情况\n（一）关于全面从严治党方面\n"
        "1.在维护国家粮食安全上扛起重任\n⑴新建粮食仓储设施46个，新增仓容86万吨。\n"
        "2.在纠治“四风”上见实效\n⑴全省查处违反中央八项规定精神问题1386起，批评教育和处理1902人。\n"
        "⑵省纪委监委对整改责任落实不力的21名领导干部进行问责。\n"
    )
    headings = parse_structure(prepare(central).text).headings
    assert [(h.level, h.kind) for h in headings] == [
        (1, "section"),
        (2, "category"),
        (3, "category"),
        (4, "section"),
        (3, "category"),
        (4, "section"),
        (4, "section"),
    ]
    assert [h.number for h in headings if h.level == 4] == [1, 1, 2]
    # a shortcoming that a fix did not end is still a problem
    fed_back = (
        "巡察组对集团党委进行了巡察并反馈。\n二、反馈问题整改情况\n一）关于主责主业聚焦不够方面的问题\n"
        "1）部分子公司偏离主业开展贸易业务。集团党委责成投资发展部清理。\n"
        "2）年轻干部储备偏少，35岁以下中层干部占比仅为6.3%。实施青苗工程。\n"
        "3）基层党建工作与生产经营“两张皮”。推行党建+项目工作法。\n"
        "4）整治违规收费问题不彻底。已整改到位。\n"
    )
    kinds = [h.kind for h in parse_structure(prepare(fed_back).text).headings]
    assert kinds == ["section", "category", "problem", "problem", "problem", "problem"]


def test_an_audit_reports_framework_over_status_groups_and_findings_that_begin_with_dui_wai() -> (
    None
):
    audit = (
        "长兴县和平镇人民政府关于县审计局财政财务收支审计发现问题整改情况的报告\n"
        "一、整改工作基本情况\n审计报告指出问题12个。\n二、具体问题整改情况\n（一）已整改到位的问题\n"
        "1.村级奖补资金拨付不及时。已拨付。\n（二）正在整改的问题\n1.部分闲置资产未有效盘活问题。\n"
        "三、审计发现问题整改情况\n（一）财务管理方面\n1.对外担保未履行决策程序，涉及金额1.2亿元【已完成】\n"
    )
    kinds = [h.kind for h in parse_structure(prepare(audit).text).headings]
    assert kinds[:6] == ["section", "section", "status", "problem", "status", "problem"]
    assert kinds[-1] == "problem"


def test_measures_that_name_the_problem_they_answer_and_central_measures_with_sanctions() -> None:
    fed_back = (
        "市委第四巡察组对集团党委进行了常规巡察，反馈了巡察意见。\n一、巡察反馈问题整改落实情况\n"
        "（一）关于党的领导弱化方面的问题\n1.落实“第一议题”制度走形式，学习研讨与企业发展结合不紧。\n"
        "（1）集团党委修订学习制度，开展专题研讨12次。\n"
        "（2）针对学用脱节问题，将学习成果转化为调研课题8个，形成调研报告8篇。\n"
        "2.县（市）区党校教学指导覆盖不全。\n（1）制定教学指导计划。\n"
    )
    kinds = [h.kind for h in parse_structure(prepare(fed_back).text).headings]
    assert kinds == ["section", "category", "problem", "section", "section", "problem", "section"]
    central = (
        "省委第二巡视组对于都县进行了常规巡视，并反馈了巡视意见。\n二、反馈意见整改落实情况\n"
        "（一）推进全面从严治党向纵深发展\n1.严肃查处群众身边腐败问题。\n"
        "（1）县纪委监委立案查处民生领域案件61件，给予党纪政务处分73人，追缴违纪资金486万元。\n"
    )
    kinds = [h.kind for h in parse_structure(prepare(central).text).headings]
    assert kinds == ["section", "category", "category", "section"]


def test_review_of_the_twelfth_sessions_heading_rules() -> None:
    """Inputs of a reviewer's own against the session's rules (each failed once)."""
    findings = (
        "巡察组对局党组开展了巡察并反馈了意见。\n一、巡察反馈问题整改情况\n（一）关于作风建设方面的问题\n"
        "1.落实中央八项规定精神不严格。\n（1）关于公务接待问题，超标准接待12次。\n"
        "（2）关于公车管理问题，私车公养3辆。\n2.监督执纪偏软，查处违反中央八项规定精神问题仅1起。\n"
    )
    kinds = [h.kind for h in parse_structure(prepare(findings).text).headings]
    assert kinds[2:] == ["problem", "problem", "problem", "problem"]
    framework = (
        "巡察组对局党组开展了巡察并反馈了意见。\n一、整改工作开展情况\n"
        "（三）注重建章立制，确保制度不全的问题得到解决。\n"
    )
    assert [h.kind for h in parse_structure(prepare(framework).text).headings] == [
        "section",
        "section",
    ]


def test_thirteenth_session_heading_kinds() -> None:
    # a (一)关于…的问题 over numbered problems is their category, whatever its wording
    kinds, _ = _kinds_and_problems(
        "一、落实民生政策方面\n（一）关于社会救助政策落实不精准的问题\n1.低保对象动态管理不到位\n"
        "（1）组织入户核查，清退不符合条件的低保户17户。\n2.临时救助审批时限过长\n"
        "（1）简化审批流程。\n（二）关于惠农补贴发放不规范的问题\n1.补贴资金发放公示不及时\n"
        "（1）补充公示补贴项目14项。\n"
    )
    assert [kind for _, kind in kinds] == [
        "category", "category", "problem", "section", "problem", "section",
        "category", "problem", "section",
    ]  # fmt: skip
    # a fed-back shortcoming of earlier rectification is a problem
    kinds, problems = _kinds_and_problems(
        "（一）全面从严治党责任落实不到位\n1.对下属单位监督管理偏软。\n整改情况：开展谈话37人次。\n"
        "2.巡察整改和审计整改不彻底。\n整改情况：逐项复核。\n"
    )
    assert kinds == [(2, "category"), (3, "problem"), (3, "problem")]
    assert problems[1][0] == "巡察整改和审计整改不彻底"
    # the last feedback point, cut before its problems (a bare marker after it), groups
    for tail in ("二、全面从严治党", "（二）落实全面从严治党主体责任不到位\n问题4："):
        cut = (
            "一、党的政治建设方面\n问题1：落实“第一议题”制度不严格。\n整改情况：修订规则。\n"
            "问题2：审判执行质效不高。\n整改情况：清理案件47件。\n"
        )
        if tail.startswith("（"):
            cut = cut.replace("一、党的政治建设方面", "（一）党的政治建设方面")
        kinds = [h.kind for h in parse_structure(prepare(_OPENING + cut + tail).text).headings]
        assert kinds[-1] == "category", tail


def test_thirteenth_session_feedback_points_over_task_points_and_long_time_limits() -> None:
    kinds, _ = _kinds_and_problems(
        "二、聚焦巡视反馈意见，扎实推进整改落实\n（一）聚焦贯彻落实党中央决策部署有差距的问题\n"
        "1.在推进骨干工程建设上持续用力\n（1）完成投资18.6亿元。\n2.在守牢防御底线上见实效\n"
        "（1）完成除险加固37座。\n"
    )
    assert [kind for _, kind in kinds] == [
        "section", "category", "category", "section", "category", "section",
    ]  # fmt: skip
    kinds, problems = _kinds_and_problems(
        "（一）推动交通强省建设有差距\n1.重点工程推进滞后\n（1）建立包保机制。\n"
        "（二）优化营商环境不够有力\n1.涉企审批事项办理时限偏长\n（1）压缩办理时限。\n"
        "2.廉洁从业教育不经常\n（1）开展警示教育。\n"
    )
    assert [kind for _, kind in kinds] == [
        "category", "problem", "section", "category", "problem", "section", "problem", "section",
    ]  # fmt: skip


def test_review_of_the_thirteenth_sessions_heading_rules() -> None:
    # a problem over one problem and a measure stays the problem
    kinds, _ = _kinds_and_problems(
        "一、巡察反馈问题整改情况\n（一）关于“三重一大”决策制度执行不严格的问题\n"
        "1.整治会议记录不规范问题，统一会议记录模板。\n2.纠正议事范围不明确，制定事项清单。\n"
    )
    assert kinds[1] == (2, "problem")
    # the notice's own shortcomings are no fed-back problems
    kinds, _ = _kinds_and_problems(
        "一、巡察反馈问题整改情况\n（一）党的政治建设方面\n1.学习不深入\n整改情况：开展学习。\n"
        "二、存在的不足\n（一）巡察整改长效机制建设滞后\n（二）巡察整改成效巩固不扎实\n三、下一步工作打算\n"
    )
    assert [kind for _, kind in kinds][3:] == ["section", "section", "section", "section"]


def test_fourteenth_sessions_heading_kinds():
    """structured-52/53: a second group over one item cut by the excerpt groups it as
    the first group did; a short aspect under the notice's own rectification-work part
    is that work's (section) whatever it names; 覆盖面不广 states a shortcoming; a
    numbered shortcoming over （1）关于…的问题 stays a problem (train notice d21)."""
    kinds, problems = _kinds_and_problems(
        "二、反馈问题整改落实情况\n（一）关于村级财务管理不规范的问题\n"
        "1.部分支出票据不全、审批手续不完备。村委会对财务凭证进行逐笔清理，补齐凭证65张。\n"
        "2.集体资产底数不清。村股份经济合作社对集体资产进行全面清查。\n"
        "（二）关于党组织建设不够有力的问题\n"
        "1.“三会一课”制度落实不严格。村党总支制定年度组织生活计划。\n"
    )
    assert kinds == [(1, "section"), (2, "category"), (3, "problem"), (3, "problem")] + [
        (2, "category"),
        (3, "problem"),
    ]
    assert problems[-1][0] == "“三会一课”制度落实不严格"
    kinds, _ = _kinds_and_problems(
        "一、整改工作落实情况\n（一）组织领导方面。\n社党组召开党组会议6次。\n"
        "（二）制度建设方面。坚持标本兼治，修订完善财务管理等制度15项。\n"
        "二、反馈问题整改情况\n（一）关于监督管理方面的问题\n1.对下属企业监管不到位。\n整改情况：开展审计。\n"
    )
    assert kinds[:3] == [(1, "section"), (2, "section"), (2, "section")]
    assert kinds[-2:] == [(2, "category"), (3, "problem")]
    kinds, problems = _kinds_and_problems(
        "二、巡察反馈问题整改落实情况\n（一）反馈问题：医保基金监管责任落实不够到位\n"
        "1.对定点医药机构日常稽核覆盖面不广。\n整改情况：开展全覆盖检查。\n"
        "2.对违规行为处理偏软。\n整改情况：约谈5家医疗机构负责人。\n"
    )
    assert kinds == [(1, "section"), (2, "category"), (3, "problem"), (3, "problem")]
    kinds, _ = _kinds_and_problems(
        "二、巡察反馈问题整改落实情况\n（一）关于贯彻落实上级决策部署方面的问题\n"
        "1.落实乡村振兴战略有差距\n（1）关于高标准农田建设后续管护不到位的问题\n整改情况：建立管护台账。\n"
        "（2）关于村集体经济增收渠道单一的问题\n整改情况：盘活闲置资产。\n"
    )
    assert kinds == [
        (1, "section"),
        (2, "category"),
        (3, "problem"),
        (4, "problem"),
        (4, "problem"),
    ]


def test_a_joint_rounds_part_for_one_body_is_a_section():
    """structured-54 bn02: （一）县民政局党组 over its problems is the notice's
    framework (a part a body), not their category."""
    kinds, _ = _kinds_and_problems(
        "二、反馈问题整改情况\n（一）县民政局党组\n1.困难群众救助政策落实不到位。\n整改情况：复核低保对象。\n"
        "（二）县医疗保障局党组\n1.医保基金监管存在漏洞。\n整改情况：追回基金。\n"
    )
    assert kinds == [(1, "section"), (2, "section"), (3, "problem"), (2, "section"), (3, "problem")]


def test_fifteenth_sessions_lone_item_of_a_like_group():
    """structured-51: a later group of findings holding one numbered line whose wording
    names no shortcoming we know (规避公开招标) takes the kind its like group's numbered
    lines have: a problem, not a section."""
    kinds, problems = _kinds_and_problems(
        "二、审计查出问题的具体整改情况\n（一）工程结算方面的问题\n"
        "1.多计工程款12.5万元问题。已追回。\n"
        "2.未按合同约定扣减质保金问题。已补扣。\n"
        "（二）招标采购方面的问题\n"
        "1.拆分工程项目规避公开招标问题。对2个拆分发包"
    )
    assert kinds == [(1, "section"), (2, "category"), (3, "problem"), (3, "problem")] + [
        (2, "category"),
        (3, "problem"),
    ]
    assert problems[-1][0] == "拆分工程项目规避公开招标"
    kinds, _ = _kinds_and_problems(
        "二、审计发现问题的整改情况\n（一）资金管理方面的问题\n"
        "1.多付设备采购款8.6万元问题。已追回。\n"
        "2.未按规定缴存住房维修资金问题。已补缴。\n"
        "（二）下一步工作打算\n1.健全审计整改长效机制。\n"
    )
    assert kinds[-2:] == [(2, "section"), (3, "section")]


def test_sixteenth_sessions_status_notes_after_a_dash():
    """structured-56: a problem heading closing on a note after a dash (——已完成,
    ——持续推进) or in brackets on a line of its own is a problem with that status, not a
    status group."""
    kinds, problems = _kinds_and_problems(
        "二、巡察反馈问题整改情况\n"
        "1.关于执法监督机制不健全的问题——已完成\n（1）修订执法监督办法。\n（2）开展案卷评查。\n"
        "2.关于普法责任制落实不到位的问题——持续推进\n（1）制定普法责任清单。\n"
    )
    assert kinds == [(1, "section"), (3, "problem"), (4, "section"), (4, "section")] + [
        (3, "problem"),
        (4, "section"),
    ]
    assert [(p[0], p[1]) for p in problems] == [
        ("执法监督机制不健全", "completed"),
        ("普法责任制落实不到位", "long_term"),
    ]


def test_a_dash_keeps_a_statement_that_is_no_status_note():
    """The review: after a dash only a status note is cut off (——已完成); the second half of
    a shortcoming (——公务接待超标准) stays in the problem."""
    kinds, problems = _kinds_and_problems(
        "二、巡察反馈问题整改情况\n"
        "1.财务管理不规范——公务接待超标准\n（1）修订公务接待办法。\n"
        "2.意识形态工作不到位——持续推进\n（1）开展专项检查。\n"
    )
    assert [(p[0], p[1]) for p in problems] == [
        ("财务管理不规范——公务接待超标准", None),
        ("意识形态工作不到位", "long_term"),
    ]


def test_a_heading_about_an_organ_is_no_joint_rounds_body_part():
    """The review: （一）关于局党组 over problems groups them (a category); only a bare organ
    (（一）县民政局党组) names a joint round's part for one body (a section)."""
    kinds, _ = _kinds_and_problems(
        "二、巡察反馈问题整改情况\n"
        "（一）关于局党组\n1.落实主体责任不到位。\n（1）制定责任清单。\n"
        "（二）关于所属单位党支部\n1.组织生活不规范。\n（1）规范三会一课。\n"
    )
    assert [k for k in kinds if k[0] == 2] == [(2, "category"), (2, "category")]


def test_sixteenth_sessions_audit_findings():
    """structured-57: in an audit report a finding named …问题 under the feedback part is a
    problem though it states no shortcoming (1.串换收费项目问题。), findings stated as
    facts (未将…纳入, 差异较大, 未全部纳入) are problems, and 二、审计反馈问题整改情况 over
    such findings is their category."""
    opening = "关于医疗保障基金专项审计反馈问题整改情况的报告\n市审计局对我院开展了专项审计，反馈问题5个。\n"
    structure = parse_structure(
        prepare(
            opening + "二、反馈问题整改落实情况\n（一）收费管理方面\n1.重复收取检查费问题。\n"
            "（1）财务科清理收费项目。\n（2）退回多收费用。\n"
        ).text
    )
    assert [(h.level, h.kind) for h in structure.headings] == [
        (1, "section"),
        (2, "category"),
        (3, "problem"),
        (4, "section"),
        (4, "section"),
    ]
    structure = parse_structure(
        prepare(
            opening + "一、整改工作组织情况\n院党委召开会议部署整改。\n二、审计反馈问题整改情况\n"
            "1.乡级财政收支未全部纳入预算管理。已全部纳入。\n"
            "2.未将食堂收入纳入单位预算。已纳入。\n"
            "3.年初预算与决算差异较大。已修订规程。\n"
        ).text
    )
    assert [h.kind for h in structure.headings] == ["section", "category"] + ["problem"] * 3


def test_a_finding_with_its_evidence_under_a_problem_is_a_problem():
    """structured-67 cg07: under (一)基金监管机制不健全, numbered lines that open with the
    shortcoming and give its evidence (…覆盖面不足,2022年仅覆盖38%; …处理偏软,以协议处理
    代替行政处罚) are problems, though they open with 对 like a measure; (一) groups them."""
    text = (
        "关于市委专项巡察反馈意见整改情况的通报\n市委第四专项巡察组向局党组反馈了巡察意见。\n"
        "二、落实医保基金监管责任有差距\n(一)基金监管机制不健全\n"
        "1.对定点医疗机构日常稽核覆盖面不足,2022年仅覆盖38%。\n"
        "(1)制定年度稽核计划,2023年完成现场稽核1326家。\n"
        "2.对违规问题处理偏软,以协议处理代替行政处罚。\n"
        "(1)修订行政处罚裁量基准。\n"
    )
    structure = parse_structure(prepare(text).text)
    assert [(h.level, h.kind) for h in structure.headings] == [
        (1, "category"),
        (2, "category"),
        (3, "problem"),
        (4, "section"),
        (3, "problem"),
        (4, "section"),
    ]


def test_nineteenth_sessions_headings():
    """第一、 opens a level-1 heading as 一、 does; a rhetorical heading of the notice's own
    work over its problems (对照问题抓落实，确保件件有着落) is a section; under a quoted problem,
    1.针对…的问题，镇经管站重新核定… names who did the work: a measure."""
    text = (
        "根据县委统一部署,县委第三巡察组对城关镇党委开展了常规巡察。\n"
        "第一、提高站位抓整改,压紧压实整改责任\n镇党委召开专题会议研究整改。\n"
        "第二、对照问题抓落实,确保件件有着落\n"
        "【问题一】理论学习流于形式\n(1)修订学习制度,确定学习专题12个。\n"
    )
    structure = parse_structure(prepare(text).text)
    assert [(h.level, h.kind) for h in structure.headings] == [
        (1, "section"),
        (1, "section"),
        (3, "problem"),
        (4, "section"),
    ]
    text = (
        "关于县委巡察反馈意见整改情况的通报\n县委第四巡察组向镇党委反馈了巡察意见。\n"
        "二、巡察反馈问题整改落实情况\n"
        "（一）关于“村集体资产监管不到位”问题的整改情况\n"
        "1.针对东村机动地承包费长期未收缴的问题，镇经管站重新核定承包合同11份，收缴承包费3.82万元。\n"
        "2.针对西村财务报账不及时的问题，镇财政所对2个村的账目进行全面梳理，实行“月结月报”。\n"
    )
    structure = parse_structure(prepare(text).text)
    assert [(h.level, h.kind) for h in structure.headings] == [
        (1, "section"),
        (2, "problem"),
        (3, "section"),
        (3, "section"),
    ]
    assert structure.problems[0].statement == "村集体资产监管不到位"


def test_an_audit_reports_specific_rectification_part():
    """二、审计查出问题的具体整改情况 groups findings written straight under it (a category)
    and is the report's framework over field groups (a section), as without 具体; the
    findings under a field are problems though none states a shortcoming word."""
    opening = (
        "关于镇惠民补贴资金专项审计查出问题整改情况的报告\n"
        "县审计局对我镇补贴资金进行了专项审计，指出问题9个。\n"
        "一、审计查出问题整改的总体情况\n镇政府成立整改工作领导小组。\n"
    )
    with_fields = opening + (
        "二、审计查出问题的具体整改情况\n（一）补贴资金发放方面\n"
        "1.多发放耕地地力保护补贴2.36万元问题。已追回。\n"
        "2.向已故人员发放高龄补贴0.84万元问题。已追回。\n"
    )
    structure = parse_structure(prepare(with_fields).text)
    assert [(h.level, h.kind) for h in structure.headings] == [
        (1, "section"),
        (1, "section"),
        (2, "category"),
        (3, "problem"),
        (3, "problem"),
    ]
    direct = opening + (
        "二、审计发现问题的具体整改情况\n1.超范围列支就业补助资金6.85万元问题。已归还。\n"
        "2.固定资产账实不符问题。已盘点。\n"
    )
    structure = parse_structure(prepare(direct).text)
    assert [h.kind for h in structure.headings] == ["section", "category", "problem", "problem"]


def test_nineteenth_sessions_second_round_headings():
    """Web pages' straight quotes (针对"…"问题:) mark the unnumbered quoted problem; under an
    audit finding an item that says the work is done ((1)已追回…) is a measure; a status
    group cut by the excerpt ((二)正在整改的问) is a status group like its sibling; a
    category over stated problems stays one when the excerpt cuts its last item."""
    text = (
        "根据市委统一部署,市委第一巡察组对公交集团党委开展了巡察。\n二、反馈问题整改情况\n"
        '针对"公共交通服务保障不到位"问题:集团党委优化调整公交线路11条。\n'
        '针对"国有资产监管不到位"问题:对4家子公司的资产进行全面清查。\n'
    )
    structure = parse_structure(prepare(text).text)
    assert [(h.level, h.kind) for h in structure.headings] == [
        (1, "section"),
        (3, "problem"),
        (3, "problem"),
    ]
    assert structure.problems[0].statement == "公共交通服务保障不到位"
    text = (
        "关于2023年度市本级预算执行审计查出问题整改情况的报告\n"
        "二、审计查出问题的具体整改情况\n（一）部门预算执行审计查出问题的整改情况\n"
        "1．市教育局2所直属学校多计工程款12.5万元问题。\n"
        "（1）已追回多计工程款12.5万元，上缴市级财政。\n（2）对施工单位扣减履约保证金2.1万元。\n"
    )
    assert _kinds(text) == [
        "section",
        "category",
        "problem",
        "section",
        "section",
    ]
    text = (
        "关于审计反馈问题整改情况的报告\n县审计局对我院进行了审计。\n二、审计反馈问题整改情况\n"
        "(一)已整改完成的问题(2个)\n1.违规收取检查费用问题。已退还。\n2.合同管理不规范问题。已修订。\n"
        "(二)正在整改的问"
    )
    structure = parse_structure(prepare(text).text)
    assert structure.headings[-1].kind == "status"
    text = (
        "根据市委统一部署,市委第二巡察组对城市银行党委开展了常规巡察。\n二、反馈问题整改落实情况\n"
        "(一)风险防控和内部管理存在薄弱环节\n"
        "1.不良贷款清收处置不力。整改情况:对9户逾期客户依法提起诉讼。\n"
        "2.关联交易管理不规范。整改情况:重新核定关联方名单21户。\n3.员工行为管理存在"
    )
    assert _kinds(text) == [
        "section",
        "category",
        "problem",
        "problem",
        "problem",
    ]


def test_nineteenth_sessions_third_round_headings():
    """A notice that names its inspection and its rectification in separate sentences is
    a rectification notice, so a numbered shortcoming closing on a progress note
    (…28.4万元——已完成) is a problem under its feedback point; an audit report's
    二、审计查出问题的整改情况 over findings with their measures under them groups them."""
    text = (
        "根据瑞金市委统一部署，市委第二巡察组对市卫生健康委党组开展了常规巡察。\n"
        "委党组召开专题会议研究部署整改工作。\n"
        "（一）反馈问题：落实医药领域腐败问题集中整治不到位\n"
        "1.基层医疗卫生机构药品耗材采购不规范，3家乡镇卫生院线下采购药品金额28.4万元——已完成\n"
        "委党组责成医政医管科开展专项检查。\n"
    )
    structure = parse_structure(prepare(text).text)
    assert [(h.kind, h.status) for h in structure.headings] == [
        ("category", None),
        ("problem", "completed"),
    ]
    text = (
        "县审计局对沂水县水利局进行了审计，审计报告反映的问题共涉及9个。按照审计整改工作的要求，现将整改情况报告如下。\n"
        "一、整改工作组织情况\n局党组召开专题会议3次。\n二、审计查出问题的整改情况\n"
        "1.多计工程款18.36万元问题。施工单位多计土石方工程量1.26万立方米。\n"
        "(1)已追回多计工程款18.36万元,全额缴入县级国库。\n(2)对监理单位扣减监理费2.1万元。\n"
        "2.水土保持补偿费征收不到位问题。应征未征补偿费64.5万元。\n(1)已追缴补偿费64.5万元。\n"
    )
    assert _kinds(text) == [
        "section",
        "category",
        "problem",
        "section",
        "section",
        "problem",
        "section",
    ]


def test_nineteenth_sessions_fourth_round_headings():
    """The numbered lines after 附件： list attached files, no headings; 二、审计发现问题及
    整改情况 over findings groups them; a shortcoming of earlier audit rectification
    (2.国有企业审计查出问题整改不到位。) is a problem, not a group; under a finding an
    item whose actor says it is done ((1)县乡村振兴局已督促…) is a measure."""
    text = (
        "根据县委统一部署，县委第三巡察组对县林业局党组开展了巡察。\n一、整改工作组织情况\n局党组召开会议。\n"
        "下一步，局党组将持续巩固整改成果。\n附件：1.巡察反馈问题整改清单\n\u3000\u3000\u30002.整改措施落实情况统计表\n"
        "中共县林业局党组\n2023年9月8日"
    )
    assert [h.title for h in parse_structure(prepare(text).text).headings] == ["整改工作组织情况"]
    text = (
        "根据审计工作安排，县审计局对学院后勤管理处等5个单位开展了内部审计，审计整改工作由院党委部署。\n"
        "二、审计发现问题及整改情况\n1.食堂承包费未足额收缴问题。已追缴。\n2.维修工程未按规定招标问题。已整改。\n"
    )
    assert [h.kind for h in parse_structure(prepare(text).text).headings] == [
        "category",
        "problem",
        "problem",
    ]
    text = (
        "根据自治区党委统一部署，自治区党委第四巡视组对北海市开展了常规巡视，向北海市委反馈了巡视意见。\n"
        "二、巡视反馈意见整改落实情况\n（一）贯彻落实党中央决策部署有差距\n1.向海经济发展谋划不够深入。\n"
        "市发展改革委牵头编制三年行动方案。\n2.国有企业审计查出问题整改不到位。\n市审计局会同市国资委建立清单。\n"
    )
    assert [h.kind for h in parse_structure(prepare(text).text).headings] == [
        "section",
        "category",
        "problem",
        "problem",
    ]
    text = (
        "左权县审计局对我县衔接推进乡村振兴补助资金进行了专项审计。审计整改情况报告如下。\n"
        "一、审计发现问题的整改情况\n3.5个村光伏电站收益分配不规范问题。\n"
        "(1)县乡村振兴局已督促5个村重新制定收益分配方案,收回违规发放的补贴18.45万元。\n"
        "(2)对5个村党支部书记进行了约谈。\n"
    )
    assert [h.kind for h in parse_structure(prepare(text).text).headings] == [
        "category",
        "problem",
        "section",
        "section",
    ]


def test_review_of_the_nineteenth_session_headings():
    """A blank line inside an attachment list keeps it a list; 第一、第二批次 is no heading."""
    text = (
        "根据县委统一部署，县委第三巡察组对县林业局党组开展了巡察。\n一、整改工作组织情况\n局党组召开会议。\n"
        "附件：1.巡察反馈问题整改清单\n\n2.整改措施落实情况统计表\n"
        "第一、第二批次整改任务已完成。\n"
    )
    assert [h.title for h in parse_structure(prepare(text).text).headings] == ["整改工作组织情况"]


def test_a_list_number_run_into_a_year():
    """1.2023年实施的3个通组公路项目未按期完工。 is numbered 1. (no decimal has a year's unit)."""
    text = (
        "根据县委统一部署，县委第二巡察组对镇党委开展了巡察。\n二、反馈问题整改情况\n（一）关于基础设施建设方面的问题\n"
        "1.2023年实施的3个通组公路项目未按期完工。已全部完工。\n2.村级小微工程管理不规范。已修订制度。\n"
    )
    assert _kinds(text) == ["section", "category", "problem", "problem"]


def test_a_numbered_problem_may_open_with_a_count():
    """问题1:3个村…: the label's colon ends the marker, so a count may open the statement
    (unlike 1. 2023年…, where a bare number after the list number is a figure)."""
    text = (
        "二、整改落实情况\n问题1:3个村集体经济合同管理不规范。\n整改情况:已完成。\n"
        "问题2:部分村财务公开不及时。\n整改情况:已完成。\n"
    )
    assert _kinds(text) == ["section", "problem", "problem"]


def test_problems_listed_at_the_top_follow_their_siblings():
    """Problems numbered straight after the opening (no 一、 above them) are one list: a
    line whose wording names no known shortcoming is a problem beside its siblings."""
    text = (
        "根据市委统一部署，市委第五巡察组对市人民医院党委开展了专项巡察，共反馈问题3个。现将整改情况通报如下。\n"
        "1.串换收费项目、超标准收费问题(已整改)\n医保办退回违规费用86.37万元。\n"
        "2.部分科室存在重复收费、过度检查问题(已整改)\n对9个重点科室开展专项点评。\n"
        "3.医保基金使用内部监管机制不健全问题(正在整改)\n院纪委牵头建立监督机制。\n"
    )
    assert _kinds(text) == ["problem", "problem", "problem"]


def test_twentieth_sessions_second_round_headings():
    """A marker left alone on its line takes the next line as its title (（二）⏎关于“…”问题的整改);
    a run-in problem ends before ；整改情况：; run-in shortcomings told with 未通过 or
    反复出现 under a level-2 shortcoming are its problems."""
    text = (
        "二、反馈问题整改落实情况\n（一）关于“项目推进滞后”问题的整改\n1.建立重点项目周调度机制。倒排工期。\n"
        "（二）\n关于“安全生产责任落实不到位”问题的整改\n1.开展库区安全评估。更换设施320套。\n"
    )
    headings = parse_structure(prepare(text).text).headings
    assert [(h.level, h.kind) for h in headings] == [
        (1, "section"),
        (2, "problem"),
        (3, "section"),
        (2, "problem"),
        (3, "section"),
    ]
    assert headings[3].problem == "安全生产责任落实不到位"
    text = (
        "根据市委统一部署，市委第三巡察组对市水利局党组进行了常规巡察。\n二、反馈问题的整改落实情况\n"
        "1.学习贯彻习近平总书记关于治水重要论述不够深入；整改情况：修订学习制度，开展专题学习5次。\n"
        "2.河湖“四乱”问题清理不彻底（持续推进）\n组织开展拉网式排查。\n"
    )
    headings = parse_structure(prepare(text).text).headings
    assert headings[1].title == "学习贯彻习近平总书记关于治水重要论述不够深入"
    assert [h.kind for h in headings] == ["section", "problem", "problem"]
    text = (
        "根据县委统一部署，县委第二巡察组对县人民医院党委开展了巡察。\n二、反馈问题整改落实情况\n"
        "（一）药品耗材采购管理存在风险\n1.部分药品未通过省药械集中采购平台采购。药剂科全面清理目录外药品。\n"
        "2.高值耗材使用登记不完整，可追溯管理缺失。采购中心上线条码管理系统。\n"
        "（二）城市精细化管理水平不高\n1.占道经营、店外经营问题反复出现。执法中队开展集中整治。\n"
        "2.违法建设治理不彻底，存量违建底数不清。联合开展排查。\n"
    )
    assert _kinds(text) == [
        "section",
        "category",
        "problem",
        "problem",
        "category",
        "problem",
        "problem",
    ]


def test_an_audit_reports_findings_group_though_the_excerpt_cuts_the_last():
    """一、审计查出问题的整改情况 over findings is their category, though the excerpt cuts
    the last finding before it says what it is (6.农村公路养护)."""
    text = (
        "靖远县交通运输局关于县审计局审计反馈问题整改情况的报告\n"
        "县审计局对我局农村公路建设项目资金进行了专项审计，共反映问题6个。现将整改情况报告如下:\n"
        "一、审计查出问题的整改情况\n1.多计工程款12.5万元问题。整改情况:已退回多计工程款。\n"
        "2.部分项目未严格执行招投标程序问题。整改情况:修订管理办法。\n6.农村公路养护"
    )
    assert _kinds(text)[:3] == ["category", "problem", "problem"]


def test_a_quoted_problem_at_the_top_holds_its_measures():
    """一、关于“…”问题的整改情况 names one problem though it stands at level 1: a measure under
    it that mentions a shortcoming it fixed (施工单位…多计的工程款…已全部追回) is no problem."""
    text = (
        "根据省委统一部署，省委第三巡视组对学校党委开展了巡视。\n"
        "一、关于“基建工程项目管理存在漏洞”问题的整改情况\n"
        "(1)基建处对2021年以来实施的19个基建项目开展全面复查,施工单位桂海建工多计的工程款52.3万元已全部追回。\n"
        "(2)招标采购中心修订工程招标管理办法。\n"
        "二、关于“学生资助管理不精细”问题的整改情况\n(1)学生工作部开展全面核查。\n"
    )
    assert _kinds(text) == ["problem", "section", "section", "problem", "section"]


def test_review_of_the_twentieth_session_headings():
    """Measures that name a shortcoming as a modifier (问题反复出现的3个村, 未通过审核的票据)
    stay measures; the notice's own 三、制度建设 beside top-level problems stays a section; a
    page number after a lone marker is no title."""
    text = (
        "根据县委统一部署，县委第二巡察组对镇党委开展了巡察。\n"
        "一、关于“村级财务管理不规范”问题的整改\n（1）镇纪委对问题反复出现的3个村进行约谈。\n"
        "（2）镇经管站重新审核，未通过审核的票据12张全部退回。\n"
        "二、关于“基层党组织建设薄弱”问题的整改\n（1）开展整顿。\n三、制度建设\n建立制度6项。\n"
        "（二）\n— 3 —\n压实整改责任。\n"
    )
    headings = parse_structure(prepare(text).text).headings
    assert [(h.level, h.kind) for h in headings] == [
        (1, "problem"),
        (4, "section"),
        (4, "section"),
        (1, "problem"),
        (4, "section"),
        (1, "section"),
    ]


def test_measures_that_name_the_problem_they_answer_under_a_quoted_top_problem():
    """1.针对…问题，新增保洁员16名… and 3.针对…问题，组织对全乡1268户…逐户回访: measures under
    一、关于“…”问题的整改情况, which stays the one problem."""
    text = (
        "根据县委统一部署，县委第二巡察组对乡党委开展了巡察。\n"
        "二、关于“农村人居环境整治不到位”问题的整改情况\n"
        "1.针对垃圾清运不及时问题，新增保洁员16名、垃圾转运车2台，实行村收集、乡转运。\n"
        "2.针对农村改厕后续管护不到位问题，组织对全乡1268户改厕农户逐户回访，维修设施。\n"
    )
    assert _kinds(text) == ["problem", "section", "section"]


def test_the_items_of_a_status_group_are_its_problems():
    """一、已整改完成的问题（6个） groups problems: its run-in items are problems whatever their
    wording (1.公务用车使用登记不完整。已实行派车单管理…)."""
    text = (
        "2023年8月，市审计局对我镇进行了审计，出具审计报告，指出问题7个。现将整改结果公告如下。\n"
        "一、已整改完成的问题（6个）\n1.公务用车使用登记不完整。已实行派车单管理，每月公示用车情况。\n"
        "2.村级财务委托代理服务不规范。已修订委托代理服务规程。\n"
    )
    assert _kinds(text) == ["status", "problem", "problem"]


def test_a_pasted_ledgers_rows_end_their_problem_at_the_cell_separator():
    """1.…记录不全⇥出台…⇥街道社区建设办公室⇥2024年8月⇥已完成: a ledger row's problem cell
    ends at the first separator (a tab, a bar or a wide run of spaces) when more cells follow;
    one ideographic space in a title parts its two phrases and nothing else."""
    opening = "根据区委统一部署，区委第二巡察组对北海街道党工委开展了常规巡察。现将整改进展情况通报如下。\n"
    rows = (
        "（一）落实党建引领基层治理有差距\n"
        "1.社区网格员入户走访记录不全\t出台网格员考核细则\t街道社区建设办公室\t2024年8月\t已完成\n"
        "2.老旧小区电梯运维责任未落实｜签订运维协议27份｜街道城市管理办公室｜已完成\n"
        "3.惠企资金延迟拨付    已全额兑付186万元    街道经济发展办公室    已完成\n"
    )
    text = opening + rows
    notice = extractor.extract(text, backend="rules")
    assert [text[h.start : h.end] for h in notice.headings if h.kind == "problem"] == [
        "1.社区网格员入户走访记录不全",
        "2.老旧小区电梯运维责任未落实",
        "3.惠企资金延迟拨付",
    ]
    assert [h.kind for h in notice.headings] == ["category", "problem", "problem", "problem"]
    title = "一、提高政治站位　压实整改责任\n局党组召开专题会议。\n"
    heading = extractor.extract(opening + title, backend="rules").headings[0]
    assert (opening + title)[heading.start : heading.end] == "一、提高政治站位　压实整改责任"


def test_a_heading_over_a_ledgers_unmarked_rows_is_their_category():
    """(一)…有差距 over a pasted ledger (its header row 序号|问题描述|整改措施, or two rows'
    问题描述： fields) groups the rows' problems: a category, though no row is a heading."""
    opening = "根据省委统一部署，省委第六巡视组对厅党组开展了巡视。现将整改进展情况通报如下。\n"
    table = (
        "(一)贯彻落实党中央决策部署有差距\n"
        "|序号|问题描述|整改措施|责任处室|\n"
        "|1|高标准农田建设质量监管不严|开展质量复核|农田建设管理处|\n"
    )
    fields = (
        "(一)落实全面从严治党主体责任不到位\n"
        "序号:1\n问题描述:对定点医药机构监督检查流于形式。\n整改措施:开展专项行动。\n"
        "序号:2\n问题描述:财务报销审核把关不严。\n整改措施:修订财务报销管理办法。\n"
    )
    one_problem = (
        "(一)落实全面从严治党主体责任不到位\n问题描述:监督检查流于形式。\n整改措施:开展专项行动。\n"
    )
    assert _kinds(opening + table) == ["category"]
    assert _kinds(opening + fields) == ["category"]
    assert _kinds(opening + one_problem) == ["problem"]


def test_shortfalls_stated_with_fali_and_a_rate_below():
    """…增收乏力, …完成率低于60%: shortcomings, so the numbered lines are problems."""
    text = (
        "根据县委统一部署，县委第三巡察组对黄尖镇党委开展了常规巡察。现将整改进展情况通报如下。\n"
        "（一）贯彻落实上级决策部署方面\n"
        "1.村级集体经济增收乏力，4个村经营性收入低于20万元\n"
        "2.重点项目推进中年度投资完成率低于60%\n"
    )
    assert _kinds(text) == ["category", "problem", "problem"]


def test_a_numbered_line_about_a_shortfall_after_guanyu_is_a_problem():
    """1.关于友城交流务实合作成效不明显: 关于 before a stated shortcoming with no quotes and no
    问题 is a problem."""
    text = (
        "根据市委统一部署，市委第二巡察组对市外办党组开展了巡察。现将整改进展情况通报如下。\n"
        "（一）服务对外开放大局方面\n"
        "1.关于友城交流务实合作成效不明显\n"
        "2.关于因公出国审批管理不规范\n"
    )
    assert _kinds(text) == ["category", "problem", "problem"]


def test_review_of_the_twenty_first_sessions_structure():
    """A three-phrase title keeps its phrases (two spaces are no ledger row); a list
    written 一：…二：… under a heading is no heading; 严禁延迟… is a measure; short lines of
    figures are no wrapped column."""
    opening = "根据县委统一部署，县委第一巡察组对县水利局党组开展了巡察。现将整改情况通报如下。\n"
    title = "一、提高政治站位　压实整改责任　狠抓问题整改"
    notice = extractor.extract(opening + title + "\n局党组召开会议。\n", backend="rules")
    assert [(opening + title)[h.start : h.end] for h in notice.headings] == [title]
    listed = "一、整改工作开展情况\n局党组做到三个到位：\n一：思想认识到位。\n二：组织领导到位。\n二、问题整改情况\n"
    assert _kinds(opening + listed) == ["section", "section"]
    measures = "（一）关于国有资产监管不到位的问题\n整改措施：\n1.完善资产台账。\n2.严禁延迟报送财务报表。\n"
    assert _kinds(opening + measures) == ["problem", "section", "section"]
    lines = "（一）清退违规资金\n2021年违规发放补贴\n共计12.5万元\n已全部清退\n（二）追责问责\n诫勉谈话2人\n批评教育5人\n"
    assert not prepare(opening + lines).hard_wrapped
