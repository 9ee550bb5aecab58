"""The public API end to end on the user's notices (rules backend: deterministic)."""

from __future__ import annotations

import json

import pytest

import extractor
from tests.conftest import read_seed

PREFIXES = ["000", "001", "002", "003", "004"]


@pytest.fixture(scope="module")
def notices():
    return {p: extractor.extract(read_seed(p), backend="rules", source=p) for p in PREFIXES}


@pytest.mark.parametrize("prefix", PREFIXES)
def test_offsets_index_the_callers_string(notices, prefix):
    text = read_seed(prefix)
    notice = notices[prefix]
    assert notice.entities, "every seed has entities"
    for entity in notice.entities:
        assert text[entity.start : entity.end] == entity.text
        assert entity.text == entity.text.strip()
    for heading in notice.headings:
        assert text[heading.start : heading.end] == heading.text


@pytest.mark.parametrize(
    ("prefix", "count"), [("000", 9), ("001", 42), ("002", 56), ("003", 7), ("004", 0)]
)
def test_problem_counts_through_the_api(notices, prefix, count):
    assert len(notices[prefix].problems) == count


def test_000_metadata(notices):
    meta = notices["000"].metadata
    assert meta.inspection_kind == "巡察"
    assert meta.team == "市委第五巡察组"
    assert meta.inspected_organisation == "中共锡山经济技术开发区工作委员会"
    assert meta.inspected_alias == "锡山经济技术开发区党工委"
    assert meta.period["start"] == "2021-06-23" and meta.period["end"] == "2021-07-30"
    assert meta.feedback_date["start"] == "2021-09-15"
    assert meta.stated_totals["aspects"] == 4
    assert meta.stated_totals["problems"] == 12
    assert meta.stated_totals["measures"] == 103
    assert meta.is_notice


def test_001_metadata(notices):
    meta = notices["001"].metadata
    assert meta.inspection_kind == "巡视"
    assert meta.team == "省委第十巡视组"
    assert meta.inspected_organisation == "滨湖区"
    assert (meta.period["start"], meta.period["end"]) == ("2023-06-30", "2023-08-31")
    # "并于10月14日进行了反馈": the year comes from the inspection period
    assert meta.feedback_date["start"] == "2023-10-14"
    assert meta.issuer == "中共无锡市滨湖区委员会"
    assert meta.signature_date["start"] == "2024-03-15"


def test_002_metadata_and_duplicate(notices):
    notice = notices["002"]
    meta = notice.metadata
    assert meta.team == "苏州市委第一联动巡察组"
    assert meta.inspected_organisation == "经开区党工委"
    assert (meta.period["start"], meta.period["end"]) == ("2023-04-17", "2023-06-28")
    assert meta.feedback_date["start"] == "2023-11-07"
    assert meta.published.startswith("2024-05-11")
    # the issuer as first written (the title), not the signature's full name
    assert meta.issuer == "常熟经济技术开发区党工委"
    assert notice.duplicate_from is not None
    assert all(e.start < notice.duplicate_from for e in notice.entities)
    assert any("printed twice" in w for w in notice.warnings)


def test_003_metadata(notices):
    meta = notices["003"].metadata
    assert meta.team == "省委第六巡视组"
    assert meta.inspected_organisation == "南通经济技术开发区"
    assert meta.feedback_date["start"] == "2023-10-12"
    assert meta.issuer == "中共南通市经济技术开发区工作委员会"


def test_news_page_is_not_a_notice(notices):
    notice = notices["004"]
    assert not notice.metadata.is_notice
    assert notice.problems == [] and notice.headings == []
    assert notice.entities  # its entities are still extracted


def test_linking_roles(notices):
    notice = notices["000"]
    problem = notice.problems[0]
    inside = [notice.entities[i] for i in problem.entities]
    assert inside and all(e.role == "measure" for e in inside)
    assert all(e.problem == 0 for e in inside)
    assert all(problem.start <= e.start < problem.end for e in inside)
    # entities before the first problem heading belong to no problem
    first = notice.entities[0]
    assert first.problem is None and first.role is None
    # a finding: a number inside a problem heading's own quoted statement
    n002 = notices["002"]
    findings = [e for e in n002.entities if e.role == "finding"]
    assert findings
    for e in findings:
        heading = n002.headings[n002.problems[e.problem].heading]
        assert heading.start <= e.start < heading.end


def test_heading_path_and_to_dict_schema(notices):
    data = json.loads(notices["000"].to_json())
    entity = next(e for e in data["entities"] if e["problem"] is not None)
    assert set(entity) >= {"start", "end", "label", "text", "value", "heading", "problem", "role"}
    heading = data["headings"][entity["heading"]]
    assert set(heading) >= {"start", "end", "level", "kind", "text", "parent", "problem"}
    assert entity["heading_path"][-1] == entity["heading"]
    assert data["problems"][0]["status"] == "completed"
    assert set(data["metadata"]) >= {"team", "inspected_organisation", "period", "feedback_date"}


def test_dataframes(notices):
    notice = notices["000"]
    problems = notice.problems_frame()
    assert len(problems) == 9
    assert list(problems["status"]).count("completed") == 8
    entities = notice.entities_frame()
    assert len(entities) == len(notice.entities)
    assert set(entities["label"]) <= set(extractor.LABELS)


def test_extract_many_batches_and_keeps_order():
    texts = [read_seed(p) for p in PREFIXES]
    results = list(extractor.extract_many(texts, backend="rules", batch_size=2, sources=PREFIXES))
    assert [n.source for n in results] == PREFIXES
    assert [len(n.problems) for n in results] == [9, 42, 56, 7, 0]


@pytest.mark.parametrize("text", ["", "   \n\t  ", "Hello world, no Chinese here. 12345"])
def test_empty_or_non_chinese_input_gives_an_empty_result(text):
    notice = extractor.extract(text, backend="rules")
    assert notice.entities == [] and notice.problems == [] and notice.headings == []
    assert notice.warnings
    json.loads(notice.to_json())


def test_binary_input_is_a_clear_error():
    with pytest.raises(ValueError, match="binary"):
        extractor.extract(b"\x00\x01\x02\x03binary", backend="rules")


def test_gbk_bytes_are_decoded():
    text = read_seed("003")
    notice = extractor.extract(text.encode("gb18030"), backend="rules")
    assert len(notice.problems) == 7


def test_huge_document_is_processed_whole():
    first = read_seed("001")
    body = first.split("\n", 1)[1]
    text = first + ("\n" + body) * 49  # ~1.1 M characters, no repeated opening
    notice = extractor.extract(text, backend="rules")
    assert notice.entities[-1].end > len(text) - 2000
    assert len(notice.problems) == 42 * 50


def test_unknown_backend_and_missing_model_are_clear_errors(tmp_path):
    with pytest.raises(ValueError, match="unknown backend"):
        extractor.Extractor(backend="magic")
    with pytest.raises(extractor.ModelNotFoundError, match="backend='rules'"):
        extractor.Extractor(backend="bert", model=tmp_path / "nowhere")
