"""The shipped pkuseg segmenter: sensible words on the seeds, exact offsets, safe round trip."""

from __future__ import annotations

import re
import shutil
import socket
from pathlib import Path

import pytest
import spacy

from extractor.chars import to_halfwidth
from extractor.segmentation import (
    DEFAULT_PKUSEG_DIR,
    PkusegModelNotFoundError,
    load_shipped_pipeline,
    make_zh_pipeline,
    token_offsets,
)
from training.segmenter import boundary_conflicts, score_segmentation

SEEDS = Path(__file__).resolve().parent.parent / "corpus" / "seeds"


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def flat(text: str) -> str:
    """Seed 000 is a newspaper PDF with hard line breaks inside words."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def nlp():
    return load_shipped_pipeline()


def words(nlp, text: str) -> list[str]:
    return [t.text for t in nlp.make_doc(text) if not t.is_space]


def test_org_short_form_stays_one_token(nlp):
    sentence = "锡山经济技术开发区党工委立即召开会议"
    assert sentence in flat(seed("000"))
    toks = words(nlp, sentence)
    assert "党工委" in toks
    assert "".join(toks) == sentence
    assert toks[-2:] == ["召开", "会议"]


def _boundaries(nlp, text: str) -> set[int]:
    return {b for start, end in token_offsets(nlp, text) for b in (start, end)}


@pytest.mark.parametrize(
    ("prefix", "phrase", "mention"),
    [
        ("000", "开发区党工委领导班子召开巡察整改专题民主生活会", "民主生活会"),
        ("000", "纪工委切实履行推动整改落实监督责任", "纪工委"),
        ("000", "立案查处环境违法企业11家，处罚152万元", "152万元"),
        ("001", "同时,区纪委监委机关、区委组织部、区委巡察办严格按照规定", "区纪委监委"),
        ("001", "于2023年6月30日至8月31日对滨湖区开展了巡视", "2023年6月30日"),
        ("002", "扎实履行主体责任、切实抓好组织领导", "主体责任"),
        ("004", "市委书记杜小刚主持并讲话", "市委"),
    ],
)
def test_mentions_start_and_end_on_token_boundaries(nlp, prefix, phrase, mention):
    """An entity or term found in a seed must not begin or end inside a word."""
    assert phrase in flat(seed(prefix))
    start = phrase.index(mention)
    bounds = _boundaries(nlp, phrase)
    assert start in bounds and start + len(mention) in bounds, words(nlp, phrase)


@pytest.mark.parametrize("prefix", ["000", "001", "004"])
def test_token_offsets_reproduce_the_text(nlp, prefix):
    text = seed(prefix)
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert "".join(t.text_with_ws for t in doc) == text
    for tok in doc:
        assert text[tok.idx : tok.idx + len(tok.text)] == tok.text
    # real segmentation, not characters: most Chinese words have two or more characters
    multi = [t for t in doc if len(t.text) > 1 and not t.is_space]
    assert len(multi) > 0.4 * len([t for t in doc if not t.is_space])


def test_saved_pipeline_loads_offline_without_the_model_folder(tmp_path, monkeypatch):
    model_copy = tmp_path / "pkuseg"
    shutil.copytree(DEFAULT_PKUSEG_DIR, model_copy)
    nlp = make_zh_pipeline(model_copy, model_copy / "user_dict.txt")
    text = seed("002")[:3000]
    expected = [t.text for t in nlp.make_doc(text)]

    saved = tmp_path / "pipeline"
    nlp.to_disk(saved)
    shutil.rmtree(model_copy)

    def no_network(*args, **kwargs):
        raise OSError("network access during spacy.load")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    loaded = spacy.load(saved)
    assert [t.text for t in loaded.make_doc(text)] == expected
    assert "党工委" in [t.text for t in loaded.make_doc("常熟经开区党工委深入贯彻")]
    size = sum(f.stat().st_size for f in saved.rglob("*") if f.is_file())
    assert size < 20_000_000, f"saved segmenter is {size / 1e6:.1f} MB"


def test_missing_model_folder_is_a_clear_error(tmp_path):
    with pytest.raises(PkusegModelNotFoundError, match="pkuseg segmentation model not found"):
        make_zh_pipeline(tmp_path / "no-such-model", None)
    with pytest.raises(FileNotFoundError, match="user dictionary"):
        make_zh_pipeline(DEFAULT_PKUSEG_DIR, tmp_path / "missing.txt")


def test_shipped_user_dict_is_modest_and_has_no_place_names():
    entries = (DEFAULT_PKUSEG_DIR / "user_dict.txt").read_text(encoding="utf-8").split()
    assert "党工委" in entries and "主体责任" in entries
    assert 20 <= len(entries) <= 200
    assert not any(name in e for e in entries for name in ("锡山", "滨湖", "常熟", "南通"))


def test_word_scores_count_character_spans():
    gold = [["党工委", "召开", "会议"]]
    score = score_segmentation(gold, [["党", "工委", "召开", "会议"]], vocab={"召开", "会议"})
    assert (score.correct, score.gold_words, score.pred_words) == (2, 3, 4)
    assert score.f1 == pytest.approx(2 * (2 / 4) * (2 / 3) / (2 / 4 + 2 / 3))
    assert score.oov_gold == 1 and score.oov_correct == 0
    with pytest.raises(ValueError):
        score_segmentation(gold, [["党工委", "召开"]])


def test_dictionary_filter_flags_words_that_would_cut_longer_words():
    paragraphs = [["加强", "基层", "党组织", "建设"], ["落实", "主体", "责任"]]
    matches, conflicts = boundary_conflicts(["党组", "主体责任"], paragraphs)
    assert matches["党组"] == 1 and conflicts["党组"] == 1
    assert matches["主体责任"] == 1 and conflicts["主体责任"] == 0
    # pkuseg matches the longest dictionary word, so 党组织 protects 党组
    matches, conflicts = boundary_conflicts(["党组", "党组织"], paragraphs)
    assert conflicts["党组"] == 0 and matches["党组织"] == 1
    assert to_halfwidth("１２月，（一）％") == "12月,(一)%"
