"""Bytes to text for notice files: say what was guessed, refuse what cannot be told.

UTF-8 (with or without BOM) and UTF-16/32 with a BOM are read as declared.
Anything else is a guess, and the guess is reported (:attr:`Decoded.warning`,
which the pipeline puts on the :class:`~extractor.result.Notice`):

- UTF-16 without a BOM: the NUL bytes of ASCII characters (or, in pure
  Chinese text, the code points themselves) give it away; it is decoded when
  nearly every character is plausible notice text, never called binary.
- GB18030 (GBK, GB2312) and Big5 both decode most byte strings of the other
  without error, so the decision uses where the two-byte characters fall:
  simplified Chinese text in GB18030 is almost all in the GB2312 block
  (both bytes 0xA1-0xFE), Big5 text mostly in Big5's frequent-character block
  (lead 0xA4-0xC6). When the two tests do not separate them (short texts),
  decoding is refused with a request to name the encoding.
"""

from __future__ import annotations

import codecs

from extractor.chars import is_notice_char

#: the share of characters that must look like notice text for a UTF-16 guess
_PLAUSIBLE = 0.95
#: the share of two-byte characters that must fall in an encoding's main block
_MAIN_BLOCK = 0.9


class EncodingError(ValueError):
    """The bytes are binary, or in an encoding that cannot be told reliably."""


class Decoded(str):
    """Decoded text (a ``str``) that remembers its encoding and whether it was guessed.

    Being a ``str``, it travels unchanged through code that only passes text on
    (the CLI reads files with :func:`extractor.pipeline.decode_bytes`), and the
    pipeline turns :attr:`warning` into a warning on the Notice."""

    encoding: str
    guessed: bool

    def __new__(cls, text: str, encoding: str, guessed: bool = False) -> Decoded:
        self = super().__new__(cls, text)
        self.encoding = encoding
        self.guessed = guessed
        return self

    def __reduce__(self):  # keep the attributes across processes (n_process > 1)
        return (Decoded, (str(self), self.encoding, self.guessed))

    @property
    def text(self) -> str:
        return str(self)

    @property
    def warning(self) -> str | None:
        if not self.guessed:
            return None
        return (
            f"encoding guessed as {self.encoding} (the input is not UTF-8); "
            "pass encoding= (CLI: --encoding) if the text looks wrong"
        )


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode a notice file; see the module docstring for the rules."""
    if encoding:
        return Decoded(data.decode(encoding), encoding)
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return Decoded(data.decode(name), name)
    if b"\x00" in data:  # valid UTF-8 perhaps, but no text notice holds NUL bytes
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise EncodingError("input looks binary (NUL bytes, and not UTF-16 text), not a notice")
        return utf16
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _utf16_without_bom(data) or _chinese_legacy(data)


def _plausible_share(text: str) -> float:
    """Share of characters that a notice is made of: CJK, ASCII, common punctuation."""
    if not text:
        return 0.0
    return sum(map(is_notice_char, text)) / len(text)


def _utf16_without_bom(data: bytes) -> Decoded | None:
    if len(data) % 2:
        return None
    best: Decoded | None = None
    best_share = _PLAUSIBLE
    for name in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        share = _plausible_share(text)
        if share >= best_share:
            best, best_share = Decoded(text, name, guessed=True), share
    return best


def _block_shares(data: bytes) -> tuple[int, float, float]:
    """Two-byte characters, and the shares in the GB2312 and Big5 frequent blocks."""
    pairs = gb2312 = big5 = 0
    i, n = 0, len(data) - 1
    while i < n:
        lead = data[i]
        if lead < 0x80:
            i += 1
            continue
        trail = data[i + 1]
        pairs += 1
        if 0xA1 <= lead <= 0xF7 and 0xA1 <= trail <= 0xFE:
            gb2312 += 1
        if 0xA4 <= lead <= 0xC6 and (0x40 <= trail <= 0x7E or 0xA1 <= trail <= 0xFE):
            big5 += 1
        i += 2
    return pairs, gb2312 / max(1, pairs), big5 / max(1, pairs)


def _try(data: bytes, name: str) -> str | None:
    try:
        return data.decode(name)
    except UnicodeDecodeError:
        return None


def _chinese_legacy(data: bytes) -> Decoded:
    gb = _try(data, "gb18030")
    big5 = _try(data, "big5") or _try(data, "cp950")
    _, gb_share, big5_share = _block_shares(data)
    if gb is not None and gb_share >= _MAIN_BLOCK:
        if big5 is None or big5_share < _MAIN_BLOCK:
            return Decoded(gb, "gb18030", guessed=True)
    elif big5 is not None and big5_share >= _MAIN_BLOCK - 0.1:
        return Decoded(big5, "big5", guessed=True)
    elif gb is not None and big5 is None and gb_share >= _MAIN_BLOCK - 0.15:
        return Decoded(gb, "gb18030", guessed=True)  # GBK text with many rare characters
    if gb is None and big5 is None:
        raise EncodingError("cannot decode input: not UTF-8, UTF-16, GB18030 or Big5")
    raise EncodingError(
        "cannot tell the encoding of the input (GB18030 or Big5?); "
        "pass encoding= (CLI: --encoding gb18030 or --encoding big5)"
    )
