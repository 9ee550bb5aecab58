"""The component's combination of model and rule spans (extractor/combination.py)."""

from __future__ import annotations

import pytest

import extractor
from extractor.combination import combine
from extractor.recognizers.rules.orgs import acceptable_name
from extractor.spans import Span

TEXT = "整改情况：集团西岭苗圃会同遵义市工业和信息化局开展排查，贵州省交通运输厅督导。"


def _rules(text: str) -> list[Span]:
    return [
        Span(e.start, e.end, e.label) for e in extractor.extract(text, backend="rules").entities
    ]


def _span(text: str, name: str, label: str = "ORG") -> Span:
    start = text.index(name)
    return Span(start, start + len(name), label)


def test_the_rules_miss_a_unit_named_without_its_owner() -> None:
    found = {s.text_in(TEXT) for s in _rules(TEXT)}
    assert "遵义市工业和信息化局" in found and "集团西岭苗圃" not in found


def test_model_mode_returns_the_model_spans() -> None:
    model = [_span(TEXT, "集团西岭苗圃")]
    assert combine(TEXT, model, _rules(TEXT), "model") == model


def test_rules_plus_model_adds_a_well_formed_name_where_the_rules_found_none() -> None:
    rules = _rules(TEXT)
    combined = combine(TEXT, [_span(TEXT, "集团西岭苗圃")], rules, "rules_plus_model")
    assert {s.text_in(TEXT) for s in combined} == {s.text_in(TEXT) for s in rules} | {
        "集团西岭苗圃"
    }


@pytest.mark.parametrize(
    "proposal",
    [
        "州省交通运输厅",  # a name cut inside a word: no word starts at 州
        "整改情况",  # no organ suffix
        "遵义市工业和信息化",  # overlaps a rule span and ends in no suffix
        "贵州省交通运输厅督导",  # overlaps a rule span
    ],
)
def test_rules_plus_model_refuses_what_the_rule_checks_refuse(proposal: str) -> None:
    rules = _rules(TEXT)
    combined = combine(TEXT, [_span(TEXT, proposal)], rules, "rules_plus_model")
    assert combined == sorted(rules, key=lambda s: (s.start, s.end))


def test_rules_plus_model_adds_only_org() -> None:
    rules = _rules(TEXT)
    combined = combine(TEXT, [_span(TEXT, "集团西岭苗圃", "COUNT")], rules, "rules_plus_model")
    assert len(combined) == len(rules)


def test_acceptable_name_needs_a_word_start_and_an_organ_suffix() -> None:
    text = "督促各地整改，公司业务部牵头，分管院领导督办。"
    assert acceptable_name(text, *_bounds(text, "公司业务部"))
    assert not acceptable_name(text, *_bounds(text, "司业务部"))  # starts inside 公司
    assert not acceptable_name(text, *_bounds(text, "分管院"))  # 院 goes on as 院领导


def _bounds(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


def test_an_unknown_combination_is_refused() -> None:
    with pytest.raises(ValueError, match="combination"):
        combine(TEXT, [], [], "vote")
    import spacy

    nlp = spacy.blank("zh")
    with pytest.raises(ValueError, match="combination"):
        nlp.add_pipe("extractor_bert_ner", config={"combination": "vote"})


def test_no_name_is_added_inside_a_document_title_or_after_yu() -> None:
    """Inside 《…》 nothing is annotated; after 与 the proposal is the second field of
    one name (审计与风险委员会), not a name of its own."""
    text = "修订《白鹭城投集团工程招标管理办法》。董事会下设审计与风险委员会。"
    assert not acceptable_name(text, *_bounds(text, "白鹭城投集团"))
    assert not acceptable_name(text, *_bounds(text, "风险委员会"))


def test_no_name_is_added_as_the_second_part_of_a_joined_or_bracketed_name() -> None:
    """家庭和|儿童工作部 and 汾能（右玉）|风电开发有限公司 are one name each; the model's
    proposal of their tail is not a name of its own, while a name after a verb is."""
    text = "家庭和儿童工作部联合市民政局；汾能（右玉）风电开发有限公司投产；为集团森林消防专业队配备装备。"
    assert not acceptable_name(text, *_bounds(text, "儿童工作部"))
    assert not acceptable_name(text, *_bounds(text, "风电开发有限公司"))
    assert acceptable_name(text, *_bounds(text, "集团森林消防专业队"))
