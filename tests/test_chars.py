"""Character classes and folds (extractor.chars): the layers that rely on them agree."""

from __future__ import annotations

import pytest

from extractor.chars import (
    INVISIBLE,
    fold_layout_char,
    fold_number_signs,
    is_cjk,
    is_ideograph,
    is_notice_char,
    lookup_form,
    to_halfwidth,
)
from extractor.recognizers.rules.view import CompactView
from extractor.text import prepare


def test_ideographs_and_cjk_punctuation():
    assert is_ideograph("巡") and is_ideograph("〇") and not is_ideograph("，")
    assert is_cjk("，") and is_cjk("“") and is_cjk("巡") and not is_cjk("a") and not is_cjk("")
    assert is_notice_char("\n") and is_notice_char("（") and not is_notice_char("\x07")


def test_the_three_folds_differ_on_purpose():
    text = "２０２１年，（一）ａＢ％．：　"
    # value reading: every full-width form
    assert to_halfwidth(text) == "2021年,(一)aB%.: "
    # rule matching: digits, letters and number signs only; CJK punctuation separates mentions
    assert fold_number_signs(text) == "2021年，（一）aB%.:　"
    # cleaning: one character for one (offsets), punctuation kept for the rules to fold
    assert "".join(map(fold_layout_char, text)) == "2021年，（一）aB%.： "
    assert lookup_form("Ａ") == "a"


@pytest.mark.parametrize("char", list(INVISIBLE))
def test_invisible_characters_vanish_in_the_cleaning_and_the_rule_view(char):
    text = f"罚款29{char}.02万元"
    assert prepare(text).text == "罚款29.02万元"
    assert CompactView.of(text).text == "罚款29.02万元"
