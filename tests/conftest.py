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
