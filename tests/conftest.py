"""Shared fixtures: the user's seed notices and the gold corpus, from the repo."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpus" / "seeds"
GOLD = ROOT / "corpus" / "gold"


def read_seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def read_gold(doc_id: str) -> dict:
    return json.loads((GOLD / f"{doc_id}.jsonl").read_text(encoding="utf-8").splitlines()[0])


@pytest.fixture(scope="session")
def seeds() -> dict[str, str]:
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


def tiny_bert_config(vocab_size: int, **extra):
    """A one-layer BERT config: enough to exercise the code paths in seconds."""
    from transformers import BertConfig

    return BertConfig(
        vocab_size=vocab_size,
        hidden_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=512,
        **extra,
    )


@pytest.fixture(scope="session")
def tiny_encoder(tmp_path_factory) -> Path:
    """A random 1-layer encoder saved like models/encoder (safetensors + vocab.txt)."""
    import torch
    from transformers import BertForMaskedLM

    from extractor.tokenization import CharVocab

    torch.manual_seed(0)
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    vocab = CharVocab.build(text)
    folder = tmp_path_factory.mktemp("encoder")
    BertForMaskedLM(tiny_bert_config(len(vocab))).save_pretrained(folder, safe_serialization=True)
    vocab.save(folder)
    return folder
