"""The rules' compact view on raw text: every line end and invisible character.

:class:`~extractor.recognizers.rules.view.CompactView` is what the rule
recognizer matches on when it is given the caller's text directly (not text
from :func:`extractor.text.prepare`). Other line ends must act like ``\\n``
and zero-width or bidi characters must not split a name (issue #9 item 6).
"""

from __future__ import annotations

import pytest

from extractor.recognizers.rules import RuleRecognizer
from extractor.recognizers.rules.view import BARRIER, CompactView
from tests.conftest import read_seed

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f"]


@pytest.fixture(scope="module")
def recognizer():
    return RuleRecognizer()


def _labelled(text: str, spans) -> list[tuple[str, str]]:
    strip = {ord(c): None for c in INVISIBLE}
    return [(s.label, text[s.start : s.end].translate(strip)) for s in spans]


@pytest.mark.parametrize("line_end", ["\r", "\u2028", "\u2029", "\x85", "\x0c"])
@pytest.mark.parametrize("prefix", ["000", "001", "003"])
def test_one_character_line_ends_give_the_same_spans(recognizer, prefix, line_end):
    text = read_seed(prefix)
    assert recognizer(text.replace("\n", line_end)) == recognizer(text)


def test_crlf_gives_the_same_mentions(recognizer):
    text = read_seed("001")
    crlf = text.replace("\n", "\r\n")
    assert _labelled(crlf, recognizer(crlf)) == _labelled(text, recognizer(text))


@pytest.mark.parametrize("mark", INVISIBLE)
def test_invisible_characters_do_not_split_names(recognizer, mark):
    text = read_seed("000")
    marked = text.replace("党工委", f"党{mark}工委").replace("巡察组", f"巡{mark}察组")
    spans = recognizer(marked)
    assert _labelled(marked, spans) == _labelled(text, recognizer(text))
    assert any(mark in marked[s.start : s.end] for s in spans)


@pytest.mark.parametrize("prefix", ["000", "001"])
@pytest.mark.parametrize(
    "mutate",
    [
        lambda t: t.replace("\n", "\r"),
        lambda t: t.replace("\n", "\r\n"),
        lambda t: t.replace("\n", "\u2028"),
        lambda t: t.replace("\n", "\n\u200f"),
        lambda t: t.replace("\n", "\u2066\n\u2069"),
    ],
    ids=["cr", "crlf", "u2028", "rlm-at-line-start", "isolates-around-breaks"],
)
def test_view_is_the_same_whatever_the_line_ends_and_marks(prefix, mutate):
    """Same folded text, same heading barriers; the origin map points at the
    mutated string's own characters."""
    text = read_seed(prefix)
    mutated = mutate(text)
    plain, view = CompactView.of(text), CompactView.of(mutated)
    assert view.text == plain.text
    assert view.text.count(BARRIER) > 0
    for i, char in enumerate(view.text):
        source_char = mutated[view.origin[i]]
        if char == BARRIER:
            assert source_char in "\r\n\u2028"
        else:
            assert source_char == text[plain.origin[i]]


def test_a_space_between_two_organs_is_a_barrier_and_a_stray_one_is_not() -> None:
    """The view of unprepared text parts joint issuers at their space, as
    preparation does, and still drops a stray space inside one name."""
    assert CompactView.of("中共无锡市委 无锡市人民政府").text == "中共无锡市委\n无锡市人民政府"
    assert CompactView.of("县委组 织部").text == "县委组织部"


def test_a_line_broken_after_a_congress_term_is_no_paragraph_end(recognizer):
    """An audit report's session line wraps after the term (…第十六届⏎⏎人民代表大会
    常务委员会…): a line cannot end a paragraph inside a name, however short."""
    text = (
        "关于广元市2023年度市级预算执行审计查出问题整改情况的报告\n\n"
        "——2024年12月26日在广元市第十六届\n\n人民代表大会常务委员会第二十次会议上\n\n"
        "广元市审计局局长 王某\n\n"
        "市人大常委会：\n\n我受市人民政府委托，报告2023年度市级预算执行审计查出问题的整改情况，请予审议。\n"
    )
    orgs = [text[s.start : s.end] for s in recognizer(text) if s.label == "ORG"]
    assert orgs[:2] == ["广元市第十六届\n\n人民代表大会常务委员会", "广元市审计局"]
