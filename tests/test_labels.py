"""The label table in extractor.spans is the one declaration every layer reads."""

from __future__ import annotations

import extractor
from extractor.report import render_html
from extractor.spans import IOB2_TAGS, LABEL_SPECS, LABELS, NUMERIC_LABELS
from training.options import add_train_arguments


def test_labels_follow_the_guideline_and_the_tag_set_derives_from_them():
    assert LABELS == ("ORG", "DATE", "AMOUNT", "COUNT", "PERCENT", "QUANTITY")
    assert IOB2_TAGS[0] == "O" and len(IOB2_TAGS) == 1 + 2 * len(LABELS)
    assert NUMERIC_LABELS == {"AMOUNT", "COUNT", "PERCENT", "QUANTITY"}
    assert len({s.overlap_rank for s in LABEL_SPECS}) == len(LABELS)  # a strict tie-break


def test_the_training_cli_offers_exactly_the_labels():
    import argparse

    parser = argparse.ArgumentParser()
    add_train_arguments(parser)
    action = next(a for a in parser._actions if "--rule-labels" in a.option_strings)
    assert tuple(action.choices) == LABELS


def test_the_report_colours_every_label_from_the_table():
    notice = extractor.extract(
        "2023年6月1日，县委巡察组反馈问题12个，涉及资金35.6万元，整改完成率达到95%，清理土地300亩。",
        backend="rules",
    )
    assert {e.label for e in notice.entities} == set(LABELS)
    page = render_html(notice, charts=False)
    for spec in LABEL_SPECS:
        assert f".e-{spec.name} {{ background: {spec.colour}; }}" in page
