"""Property-based tests (hypothesis) over mutated notices, through the rule backend.

Real notices (the seeds and the constructed variants) are mutated the way text
arrives in practice and the way a hostile user would send it: other line ends,
invisible and bidi characters, lone surrogates, HTML, page markers, deleted or
repeated stretches, indentation, whole copies. Whatever the mutation, the
extractor must return a Notice (never raise) whose every offset indexes the
caller's string exactly. The examples are derandomised, so a failure
reproduces on every run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import extractor
from extractor.text import prepare

ROOT = Path(__file__).resolve().parent.parent
NOTICES = [
    p.read_text(encoding="utf-8")
    for p in [*sorted((ROOT / "corpus" / "seeds").glob("*.txt"))]
    + sorted((ROOT / "corpus" / "variants").glob("*.txt"))
]
#: what gets inserted: line ends, invisibles, bidi, controls, surrogates, markup,
#: full-width and traditional forms, page markers, numbers, quotes
PIECES = [
    "\r",
    "\r\n",
    "\n\n",
    "\u2028",
    "\u2029",
    "\x85",
    "\x0c",
    "\x0b",
    "\x00",
    "\x1b",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\u00ad",
    "\u200e",
    "\u200f",
    "\u202a",
    "\u202e",
    "\u2066",
    "\u2069",
    "\ud800",
    "\udfff",
    "\U0001f600",
    "e\u0301",
    "<p>",
    "</div>",
    "<br/>",
    "&amp;",
    "&#12345;",
    "&nbsp;",
    "<!-- x -->",
    "（下转第8版）",
    "(未完,下转A7版)",
    "１２３",
    "ＡＢ",
    "　",
    " ",
    "\t",
    "一、",
    "（二）",
    "3.",
    "關於",
    "“",
    "”",
    '=HYPERLINK("x")',
    "12.5%",
    "3亿元",
]


@st.composite
def mutated_notices(draw) -> str:
    text = draw(st.sampled_from(NOTICES))
    for _ in range(draw(st.integers(0, 12))):
        kind = draw(st.sampled_from(["insert", "insert", "delete", "repeat", "line-ends"]))
        at = draw(st.integers(0, len(text)))
        if kind == "insert":
            text = text[:at] + draw(st.sampled_from(PIECES)) + text[at:]
        elif kind == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 200)) :]
        elif kind == "repeat":
            piece = text[at : at + draw(st.integers(1, 400))]
            text = text[:at] + piece + piece + text[at + len(piece) :]
        else:
            text = text.replace("\n", draw(st.sampled_from(["\r", "\r\n", "\u2028", "\x85"])))
    shape = draw(st.sampled_from(["as is", "indented", "printed twice", "indented twice"]))
    if shape == "indented":
        text = " " + text
    elif shape == "printed twice":
        text = text + "\n" + text
    elif shape == "indented twice":
        text = "\u3000" + text + "\n\u3000" + text
    return text


@pytest.fixture(scope="module")
def rules():
    return extractor.Extractor(backend="rules")


def _check_offsets(text: str, notice) -> None:
    assert notice.text == text
    for e in notice.entities:
        assert 0 <= e.start < e.end <= len(text)
        assert text[e.start : e.end] == e.text
    for h in notice.headings:
        assert 0 <= h.start < h.end <= len(text)
        assert text[h.start : h.end] == h.text
        assert h.end <= h.scope_end <= len(text)
    for p in notice.problems:
        assert 0 <= p.start <= p.end <= len(text)
    if notice.duplicate_from is not None:
        assert 0 < notice.duplicate_from < len(text)


_SETTINGS = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@_SETTINGS
@given(text=mutated_notices())
def test_mutated_notices_keep_exact_offsets(rules, text):
    _check_offsets(text, rules(text))


@_SETTINGS
@given(text=mutated_notices())
def test_prepared_text_maps_every_character_back(text):
    prep = prepare(text)
    assert all(a < b for a, b in zip(prep.origin, prep.origin[1:], strict=False))
    assert len(prep.origin) == len(prep.text)
    assert all(0 <= i < len(text) for i in prep.origin)
    assert not any("\ud800" <= c <= "\udfff" for c in prep.text)
    assert "\r" not in prep.text and "\u2028" not in prep.text and "\u200d" not in prep.text


@settings(max_examples=150, deadline=None, derandomize=True)
@given(
    text=st.lists(
        st.one_of(st.characters(), st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)),
        max_size=300,
    ).map("".join)
)
def test_any_unicode_string_is_read_without_crashing(text):
    notice = extractor.extract(text, backend="rules")
    _check_offsets(text, notice)


@settings(max_examples=100, deadline=None, derandomize=True)
@given(data=st.binary(max_size=400))
def test_any_bytes_decode_or_are_refused_clearly(data):
    from extractor.decoding import EncodingError, decode

    try:
        decoded = decode(data)
    except EncodingError as err:
        assert str(err)
    else:
        assert isinstance(decoded, str)
