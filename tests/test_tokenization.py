"""The character encoder on the user's seed notices: alignment, normalisation, BERT format."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from extractor.chars import lookup_form as normalize_char
from extractor.tokenization import CharVocab
from tests.conftest import read_seed

BERT_VOCAB_DIR = Path("/work/shared/data/base-model/bert-base-chinese-vocab-only")


@pytest.fixture(scope="module")
def seed_text() -> str:
    return read_seed("000")


@pytest.fixture(scope="module")
def vocab(seed_text: str) -> CharVocab:
    # Vocab from the first half only, so the second half contains unknown characters.
    return CharVocab.build(seed_text[: len(seed_text) // 2])


def test_positions_map_back_and_skip_whitespace(seed_text: str, vocab: CharVocab) -> None:
    ids, positions = vocab.encode(seed_text)
    assert len(ids) == len(positions)
    assert positions == sorted(set(positions))
    expected = [i for i, ch in enumerate(seed_text) if not ch.isspace()]
    assert positions == expected  # one token per non-whitespace char, in order
    assert "\n" in seed_text and all(not seed_text[p].isspace() for p in positions)
    for tid, pos in zip(ids, positions, strict=True):
        if tid != vocab.unk_id:
            assert vocab.tokens[tid] == normalize_char(seed_text[pos])


def test_unknown_characters_become_unk(seed_text: str, vocab: CharVocab) -> None:
    first_half = set(map(normalize_char, seed_text[: len(seed_text) // 2]))
    unseen = sorted(
        {ch for ch in seed_text if not ch.isspace() and normalize_char(ch) not in first_half}
    )
    assert unseen, "second half of the seed should contain new characters"
    ids, _ = vocab.encode("".join(unseen))
    assert ids == [vocab.unk_id] * len(unseen)


def test_full_width_and_case_normalised(vocab: CharVocab) -> None:
    # 000 writes its dates with ASCII digits; full-width forms must map to the same ids.
    half, _ = vocab.encode("2021年6月23日")
    full, _ = vocab.encode("２０２１年６月２３日")
    assert half == full and vocab.unk_id not in half
    v = CharVocab.build("abc")
    assert v.encode("ABC")[0] == v.encode("ａｂｃ")[0] == v.encode("abc")[0]


def test_specials_and_save_round_trip(tmp_path: Path, vocab: CharVocab) -> None:
    assert vocab.pad_id == 0
    assert len({vocab.unk_id, vocab.cls_id, vocab.sep_id, vocab.mask_id}) == 4
    vocab.save(tmp_path)
    again = CharVocab.from_dir(tmp_path)
    assert again.tokens == vocab.tokens


def test_saved_vocab_loads_in_bert_tokenizer(tmp_path: Path, seed_text: str, vocab: CharVocab):
    from transformers import BertTokenizer

    vocab.save(tmp_path)
    bt = BertTokenizer.from_pretrained(str(tmp_path))
    assert bt.pad_token_id == vocab.pad_id and bt.mask_token_id == vocab.mask_id
    # On CJK ideographs both tokenizers split per character and must agree.
    sentence = "".join(ch for ch in seed_text[:400] if "CJK" in unicodedata.name(ch, ""))
    ours, _ = vocab.encode(sentence)
    theirs = bt.encode(sentence, add_special_tokens=False)
    assert ours == theirs


@pytest.mark.skipif(not BERT_VOCAB_DIR.exists(), reason="bert-base-chinese vocab not available")
def test_full_bert_base_chinese_vocab(seed_text: str) -> None:
    from transformers import BertTokenizer

    vocab = CharVocab.from_dir(BERT_VOCAB_DIR)
    assert len(vocab) == 21128 and vocab.unk_id == 100 and vocab.mask_id == 103
    ids, positions = vocab.encode(seed_text)
    assert len(ids) == sum(not ch.isspace() for ch in seed_text)
    assert ids.count(vocab.unk_id) < len(ids) // 100
    bt = BertTokenizer.from_pretrained(str(BERT_VOCAB_DIR))
    cjk = [
        (t, p)
        for t, p in zip(ids, positions, strict=True)
        if "CJK" in unicodedata.name(seed_text[p], "")
    ]
    assert [t for t, _ in cjk] == bt.convert_tokens_to_ids([seed_text[p] for _, p in cjk])


def test_encoding_a_long_text(seeds: dict[str, str]) -> None:
    """A long text encodes whole, positions increasing (speed: benchmarks/speed.py)."""
    text = "".join(seeds.values()) * 20
    vocab = CharVocab.from_dir(BERT_VOCAB_DIR) if BERT_VOCAB_DIR.exists() else CharVocab.build(text)
    ids, positions = vocab.encode(text)
    assert len(ids) == len(positions) > len(text) // 2
    assert all(a < b for a, b in zip(positions, positions[1:], strict=False))
