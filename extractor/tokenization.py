"""Character-level encoder shared by pretraining, fine-tuning and the runtime NER.

One token per non-whitespace character, so NER tags align 1:1 with characters of the
caller's text and every prediction maps back to an exact offset. No WordPiece merging:
"2023年" is five tokens, not "2023" + "年", because digit boundaries carry our labels.

The vocabulary is a BERT-format ``vocab.txt`` (one token per line, id = line index), so a
saved model directory also loads with ``transformers.BertTokenizer.from_pretrained(dir)``
and the full bert-base-chinese vocabulary works unchanged.

Lookup normalises each character first (NFKC: full-width forms to half-width, then latin
lowercase), falls back to the raw character, then to an ASCII stand-in for curly quotes
and dashes (absent from bert-base-chinese's vocab), then to ``[UNK]``. The per-character result is
memoised in a dict, which is what makes encoding fast (several million chars/s): documents
repeat a few thousand distinct characters.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from extractor.chars import INVISIBLE, lookup_form

PAD, UNK, CLS, SEP, MASK = "[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"
SPECIAL_TOKENS: tuple[str, ...] = (PAD, UNK, CLS, SEP, MASK)
VOCAB_FILE = "vocab.txt"

# Last-resort folds for punctuation some vocabularies lack (bert-base-chinese has no curly
# quotes): tried only when neither the normalised nor the raw character is in the vocab.
_FALLBACK = {"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "—": "-", "–": "-", "―": "-"}

# Returned by the per-character table for characters that produce no token.
_SKIP = -1


def is_skipped(ch: str) -> bool:
    """Whitespace, zero-width and control characters produce no token."""
    if ch.isspace() or ch in INVISIBLE:
        return True
    return unicodedata.category(ch) in ("Cc", "Cf")


class _CharTable(dict):
    """Memoised char -> id map; ``__missing__`` computes and stores the id on first sight."""

    def __init__(self, token_to_id: dict[str, int], unk_id: int) -> None:
        super().__init__()
        self._token_to_id = token_to_id
        self._unk_id = unk_id

    def __missing__(self, ch: str) -> int:
        if is_skipped(ch):
            tid = _SKIP
        else:
            norm = lookup_form(ch)
            tid = self._token_to_id.get(norm)
            if tid is None:
                tid = self._token_to_id.get(ch)
            if tid is None:
                tid = self._token_to_id.get(_FALLBACK.get(ch, ""), self._unk_id)
        self[ch] = tid
        return tid


@dataclass
class CharVocab:
    """A BERT-format vocabulary used one character at a time."""

    tokens: list[str]
    token_to_id: dict[str, int] = field(init=False, repr=False)
    _table: _CharTable = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.token_to_id = {}
        for i, tok in enumerate(self.tokens):
            self.token_to_id.setdefault(tok, i)
        missing = [t for t in SPECIAL_TOKENS if t not in self.token_to_id]
        if missing:
            raise ValueError(f"vocab lacks special tokens {missing}")
        self._table = _CharTable(self.token_to_id, self.unk_id)

    # ----------------------------------------------------------------- construction
    @classmethod
    def from_file(cls, path: str | Path) -> CharVocab:
        lines = Path(path).read_text(encoding="utf-8").split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        return cls([line.rstrip("\r") for line in lines])

    @classmethod
    def from_dir(cls, path: str | Path) -> CharVocab:
        """Load ``vocab.txt`` from a model directory (or accept the file path itself)."""
        p = Path(path)
        return cls.from_file(p / VOCAB_FILE if p.is_dir() else p)

    @classmethod
    def build(cls, chars: Iterable[str]) -> CharVocab:
        """Specials first ([PAD]=0, [UNK]=1, [CLS]=2, [SEP]=3, [MASK]=4), then ``chars``
        (normalised, deduplicated, order kept)."""
        seen: dict[str, None] = dict.fromkeys(SPECIAL_TOKENS)
        for ch in chars:
            if is_skipped(ch):
                continue
            norm = lookup_form(ch)
            if len(norm) == 1:
                seen.setdefault(norm, None)
        return cls(list(seen))

    def save(self, path: str | Path) -> Path:
        """Write ``vocab.txt`` (and a BertTokenizer config) into directory ``path``."""
        d = Path(path)
        d.mkdir(parents=True, exist_ok=True)
        (d / VOCAB_FILE).write_text("".join(t + "\n" for t in self.tokens), encoding="utf-8")
        config = {
            "tokenizer_class": "BertTokenizer",
            "do_lower_case": True,
            "tokenize_chinese_chars": True,
            "strip_accents": None,
            "unk_token": UNK,
            "sep_token": SEP,
            "pad_token": PAD,
            "cls_token": CLS,
            "mask_token": MASK,
            "model_max_length": 512,
        }
        (d / "tokenizer_config.json").write_text(
            json.dumps(config, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        return d / VOCAB_FILE

    # ----------------------------------------------------------------- ids
    def __len__(self) -> int:
        return len(self.tokens)

    @property
    def pad_id(self) -> int:
        return self.token_to_id[PAD]

    @property
    def unk_id(self) -> int:
        return self.token_to_id[UNK]

    @property
    def cls_id(self) -> int:
        return self.token_to_id[CLS]

    @property
    def sep_id(self) -> int:
        return self.token_to_id[SEP]

    @property
    def mask_id(self) -> int:
        return self.token_to_id[MASK]

    @property
    def special_ids(self) -> frozenset[int]:
        return frozenset(self.token_to_id[t] for t in SPECIAL_TOKENS)

    def char_id(self, ch: str) -> int:
        """Id of one character; -1 for characters that produce no token (whitespace)."""
        return self._table[ch]

    # ----------------------------------------------------------------- encoding
    def encode(self, text: str) -> tuple[list[int], list[int]]:
        """Ids of the non-whitespace characters of ``text`` and their offsets in ``text``.

        ``text[char_positions[i]]`` is the character encoded as ``ids[i]``; no special
        tokens are added (callers add [CLS]/[SEP] and cut windows themselves).
        """
        raw = list(map(self._table.__getitem__, text))
        if _SKIP not in raw:
            return raw, list(range(len(raw)))
        positions = [i for i, t in enumerate(raw) if t != _SKIP]
        return [raw[i] for i in positions], positions

    def encode_ids(self, text: str) -> list[int]:
        """Like :meth:`encode` without positions (pretraining needs only ids)."""
        raw = list(map(self._table.__getitem__, text))
        if _SKIP not in raw:
            return raw
        return [t for t in raw if t != _SKIP]

    def convert_ids_to_tokens(self, ids: Iterable[int]) -> list[str]:
        return [self.tokens[i] for i in ids]

    def decode(self, ids: Iterable[int]) -> str:
        """Concatenate tokens, dropping [PAD]/[CLS]/[SEP] (for debugging and MLM demos)."""
        drop = {self.pad_id, self.cls_id, self.sep_id}
        return "".join(self.tokens[i] for i in ids if i not in drop)
