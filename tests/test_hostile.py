"""Hostile and messy input (issue #9): one regression test per defect found.

Line ends, invisible characters, copies with indentation, lone surrogates,
encodings, the cost of the copy check, and documents longer than spaCy's
``max_length``. Each test runs real seed notices through the rule backend
(fast) unless the defect was in the model backend.
"""

from __future__ import annotations

import pytest

import extractor
from extractor import text as text_module
from extractor.decoding import EncodingError, decode
from extractor.pipeline import decode_bytes
from extractor.text import prepare
from tests.conftest import read_seed

SEEDS = ("000", "001", "002", "003")


@pytest.fixture(scope="module")
def rules():
    return extractor.Extractor(backend="rules")


@pytest.fixture(scope="module")
def baseline(rules):
    return {p: rules(read_seed(p)) for p in SEEDS}


def _offsets_hold(text: str, notice) -> None:
    for entity in notice.entities:
        assert text[entity.start : entity.end] == entity.text
    for heading in notice.headings:
        assert text[heading.start : heading.end] == heading.text


def _same_reading(notice, base) -> None:
    assert len(notice.headings) == len(base.headings)
    assert len(notice.problems) == len(base.problems)
    assert [p.statement for p in notice.problems] == [p.statement for p in base.problems]
    assert [(e.label, e.value) for e in notice.entities] == [
        (e.label, e.value) for e in base.entities
    ]


@pytest.mark.parametrize("line_end", ["\r", "\r\n", "\u2028", "\u2029", "\x85"])
@pytest.mark.parametrize("prefix", SEEDS)
def test_every_line_end_reads_like_a_newline(rules, baseline, prefix, line_end):
    text = read_seed(prefix).replace("\n", line_end)
    notice = rules(text)
    _offsets_hold(text, notice)
    _same_reading(notice, baseline[prefix])


def test_form_feeds_between_pages_are_line_breaks(rules, baseline):
    text = read_seed("001").replace("\n一、", "\n\f一、")
    notice = rules(text)
    _offsets_hold(text, notice)
    _same_reading(notice, baseline["001"])


@pytest.mark.parametrize("mark", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
def test_zero_width_characters_inside_names_are_ignored(rules, baseline, mark):
    text = read_seed("000").replace("党工委", f"党{mark}工委").replace("开发区", f"开发{mark}区")
    notice = rules(text)
    _offsets_hold(text, notice)
    _same_reading(notice, baseline["000"])
    assert any(mark in e.text for e in notice.entities)  # offsets still cover the mark


@pytest.mark.parametrize("mark", ["\u200e", "\u200f", "\u202a", "\u202e", "\u2066", "\u2069"])
def test_bidi_marks_do_not_hide_headings(rules, baseline, mark):
    text = read_seed("001").replace("\n", f"\n{mark}")
    notice = rules(text)
    _offsets_hold(text, notice)
    _same_reading(notice, baseline["001"])


@pytest.mark.parametrize("indent", [" ", "\u3000\u3000", "\t"])
@pytest.mark.parametrize("prefix", ["000", "001", "003"])
def test_copy_whose_text_starts_with_whitespace_is_recognised(rules, baseline, prefix, indent):
    seed = read_seed(prefix)
    text = indent + seed + "\n" + indent + seed
    notice = rules(text)
    assert notice.duplicate_from is not None
    assert text[notice.duplicate_from :].startswith(seed.strip()[:20])
    assert len(notice.problems) == len(baseline[prefix].problems)
    _offsets_hold(text, notice)


def test_lone_surrogates_do_not_crash_the_rules_backend(rules, baseline):
    text = read_seed("001").replace("。", "。\ud800", 5).replace("，", "\udfff，", 5)
    notice = rules(text)
    _offsets_hold(text, notice)
    assert len(notice.problems) == len(baseline["001"].problems)
    assert "\ud800" not in prepare(text).text


def test_lone_surrogates_do_not_crash_the_model_backend():
    text = "中共某某市委第三巡察组\ud83d于2023年5月对市财政局开展巡察，发现问题12个\udc00。"
    notice = extractor.extract(text)
    _offsets_hold(text, notice)
    assert notice.entities


def test_copy_check_is_linear_in_repeats(monkeypatch):
    """A first line repeated N times: each candidate costs a fixed sample, and
    only a few get the full comparison (the old check compared every one in full)."""
    calls = {"full": 0}
    original = text_module._is_copy

    def counting(squashed, start):
        calls["full"] += 1
        return original(squashed, start)

    monkeypatch.setattr(text_module, "_is_copy", counting)
    seed = read_seed("001")
    first = seed.strip().split("\n", 1)[0]
    body = seed.split("\n", 1)[1]
    for n in (500, 2000):
        calls["full"] = 0
        text = "".join(f"{first}\n第{k}行不同的内容，数字{k * 7}。\n" for k in range(n)) + body
        prep = prepare(text)
        assert prep.duplicate_from is None
        assert calls["full"] <= text_module._MAX_FULL_CHECKS


# ------------------------------------------------------------------ encodings


def _traditional(text: str) -> str:
    from opencc import OpenCC

    return OpenCC("s2t").convert(text)


@pytest.mark.parametrize("prefix", SEEDS)
def test_big5_is_detected_not_read_as_gb18030(prefix):
    text = _traditional(read_seed(prefix))
    data = text.encode("big5", errors="replace")
    decoded = decode(data)
    assert decoded.encoding == "big5"
    assert decoded == data.decode("big5")
    assert "big5" in decoded.warning


def test_big5_warning_reaches_the_notice(rules):
    data = _traditional(read_seed("003")).encode("big5", errors="replace")
    notice = rules(data)
    assert any("big5" in w for w in notice.warnings)
    assert notice.problems


def test_gb18030_guess_is_reported(rules, baseline):
    data = read_seed("003").encode("gb18030")
    notice = rules(data)
    assert notice.warnings[0].startswith("encoding guessed as gb18030")
    _same_reading(notice, baseline["003"])


def test_undecidable_gb_or_big5_is_refused():
    with pytest.raises(EncodingError, match="GB18030 or Big5"):
        decode("报告".encode("gbk"))


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_text_not_binary(codec):
    text = read_seed("004")
    decoded = decode_bytes(text.encode(codec))
    assert decoded == text
    assert codec in decoded.warning
    only_chinese = "".join(c for c in text if "\u4e00" <= c <= "\u9fff")[:200]
    assert decode(only_chinese.encode(codec)) == only_chinese


def test_utf8_is_read_without_a_warning():
    assert decode(read_seed("000").encode("utf-8")).warning is None


def test_real_binary_is_refused():
    with pytest.raises(EncodingError, match="binary"):
        decode(bytes(range(256)) * 8)


# ------------------------------------------------------------------ length


def _long_text(chars: int) -> str:
    """Seed 001 repeated with its numbers changed in each copy."""
    import re

    seed = read_seed("001")
    parts, size, k = [], 0, 0
    while size < chars:
        k += 1
        parts.append(re.sub(r"\d+", lambda m, k=k: str(int(m.group()) + k), seed))
        size += len(parts[-1]) + 1
    return "\n".join(parts)


def test_model_backend_takes_texts_longer_than_spacy_max_length():
    """The BertBackend hands spaCy pieces; here the pipeline is a blank zh one
    with an entity ruler (the cheap path), with spaCy's own 1,000,000 limit."""
    import spacy

    from extractor.recognizers.bert import BertBackend

    nlp = spacy.blank("zh")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "ORG", "pattern": "省委巡视组"}])
    assert nlp.max_length == 1_000_000
    line = "省委巡视组对本单位开展巡视。\n"
    text = line * (1_100_000 // len(line))
    (spans,) = list(BertBackend(nlp, path=None).pipe([text]))
    assert len(spans) == text.count("省委巡视组")
    assert all(text[s.start : s.end] == "省委巡视组" for s in spans)


def test_rules_backend_reads_a_text_over_a_million_characters(rules):
    text = _long_text(1_050_000)
    notice = rules(text)
    assert len(text) > 1_000_000
    _offsets_hold(text, notice)
    assert len(notice.entities) > 1000


# ------------------------------------------------------------------ training input


def _gold_record() -> dict:
    import json

    from tests.conftest import GOLD

    return json.loads((GOLD / "000.jsonl").read_text(encoding="utf-8").splitlines()[0])


def _bad_spans(kind: str, text: str) -> list[dict]:
    first = {"start": 0, "end": 4, "label": "ORG"}
    return {
        "negative": [{"start": -3, "end": 2, "label": "ORG"}],
        "out-of-range": [{"start": len(text) - 2, "end": len(text) + 5, "label": "ORG"}],
        "reversed": [{"start": 9, "end": 4, "label": "ORG"}],
        "empty": [{"start": 4, "end": 4, "label": "ORG"}],
        "overlapping": [first, {"start": 2, "end": 6, "label": "DATE"}],
        "unknown-label": [{"start": 0, "end": 4, "label": "PERSON"}],
    }[kind]


@pytest.mark.parametrize(
    "kind", ["negative", "out-of-range", "reversed", "empty", "overlapping", "unknown-label"]
)
def test_training_stops_on_invalid_spans_naming_file_line_and_document(tmp_path, capsys, kind):
    import json

    from training.train import main

    good = _gold_record()
    text = "中共某某市委巡察整改情况的通报。全市共整改问题12个。"
    bad = {"id": "bad-doc-7", "source": "constructed", "text": text, "headings": []}
    bad["spans"] = _bad_spans(kind, text)
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps(good, ensure_ascii=False) + "\n\n" + json.dumps(bad, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    output = tmp_path / "model"
    with pytest.raises(SystemExit) as info:
        main(["--corpus", str(corpus), "--output", str(output), "--epochs", "1"])
    message = str(info.value.code)
    assert info.value.code not in (0, None)
    assert f"{corpus}:3" in message  # the bad record is on line 3 (line 2 is blank)
    assert "bad-doc-7" in message
    assert "nothing was trained" in message
    assert not output.exists()


def test_nul_bytes_that_happen_to_be_valid_utf8_are_binary():
    with pytest.raises(EncodingError, match="binary"):
        decode(b"\x00\x01\x02\x03binary")
