"""Character classes and character folding: the one home of both.

Notices mix full-width and half-width forms (``２０２１年``, ``３５％``), carry
invisible characters from web pages and PDFs, and break lines between any two
Chinese characters. Several layers must agree on what counts as a Chinese
character and how a full-width form is folded, or an offset map built in one
layer stops matching the text another layer reads. Every such decision lives
here; the layers differ only in *which* fold they apply, and each fold says why.
"""

from __future__ import annotations

import unicodedata

#: The CJK Unified Ideographs block as a regex class range (``[{IDEOGRAPH_RANGE}]``).
IDEOGRAPH_RANGE = "\u4e00-\u9fff"
#: Ideographs of extension A too: a rare-character test for "is there Chinese here".
ANY_IDEOGRAPH_RANGE = "\u3400-\u9fff"

#: Zero-width space/joiners, word joiner, BOM, soft hyphen and the bidi marks,
#: embeddings and isolates: they carry no text and are dropped by the cleaning.
INVISIBLE = (
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u061c"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
#: Line ends other than "\n": CR (old Mac, and CRLF's first half), vertical tab,
#: form feed (pdftotext's page break), NEL, line and paragraph separators.
LINE_ENDS = "\r\x0b\x0c\x85\u2028\u2029"
#: Spaces that are not ASCII: ideographic, no-break, en, em and thin spaces.
WIDE_SPACES = "\u3000\xa0\u2002\u2003\u2009"

_FULLWIDTH_OFFSET = 0xFEE0
#: Every full-width ASCII form (！ to ～) to ASCII, the ideographic space to a space.
_HALFWIDTH = str.maketrans(
    {chr(c): chr(c - _FULLWIDTH_OFFSET) for c in range(0xFF01, 0xFF5F)} | {"\u3000": " "}
)
#: Only digits, letters and the signs a number is written with. CJK punctuation
#: such as ，（）： stays full-width, since the recognisers read it as a separator.
_NUMBER_SIGNS = str.maketrans(
    {
        **{chr(c): chr(c - _FULLWIDTH_OFFSET) for c in range(0xFF10, 0xFF1A)},
        **{chr(c): chr(c - _FULLWIDTH_OFFSET) for c in range(0xFF21, 0xFF3B)},
        **{chr(c): chr(c - _FULLWIDTH_OFFSET) for c in range(0xFF41, 0xFF5B)},
        **{c: chr(ord(c) - _FULLWIDTH_OFFSET) for c in "％．＋－：／～"},
    }
)


def is_ideograph(char: str) -> bool:
    """A Chinese character proper (or the numeral 〇): what a name is made of."""
    return "\u4e00" <= char <= "\u9fff" or char == "〇"


def is_cjk(char: str) -> bool:
    """True for CJK ideographs and CJK punctuation, the characters between which
    a line break or a space is a layout artefact rather than a word boundary."""
    if not char:
        return False
    code = ord(char)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x3000 <= code <= 0x303F
        or 0xFF00 <= code <= 0xFFEF
        or char in "“”‘’…—"
    )


def is_notice_char(char: str) -> bool:
    """A character a notice in a right decoding is made of: ASCII, line ends,
    ideographs, CJK and full-width punctuation, dashes and quotes. Used to tell a
    right decoding of unknown bytes from a wrong one."""
    code = ord(char)
    return (
        (0x20 <= code < 0x7F)
        or char in "\n\r\t"
        or 0x4E00 <= code <= 0x9FFF
        or 0x3000 <= code <= 0x303F
        or 0xFF00 <= code <= 0xFFEF
        or 0x2010 <= code <= 0x2027
    )


def to_halfwidth(text: str) -> str:
    """Full-width ASCII (digits, letters, signs, punctuation) and the ideographic
    space to ASCII, one character for one; for reading a value out of a mention."""
    return text.translate(_HALFWIDTH)


def fold_number_signs(text: str) -> str:
    """Full-width digits, letters and number signs (％．＋－：／～) to ASCII, one
    for one; CJK punctuation stays, since it separates mentions."""
    return text.translate(_NUMBER_SIGNS)


def fold_layout_char(char: str) -> str:
    """The cleaned form of one character of a caller's text: full-width digits,
    letters, ``％`` and ``．`` to ASCII, wide spaces to a space, zero-width
    characters to nothing; everything else as it is (so offsets stay one-to-one)."""
    if "\uff01" <= char <= "\uff5e":
        folded = unicodedata.normalize("NFKC", char)
        if len(folded) == 1 and folded.isalnum():
            return folded
        if folded in "%.":
            return folded
    if char in WIDE_SPACES:
        return " "
    if char in "\u200b\ufeff":
        return ""
    return char


def lookup_form(char: str) -> str:
    """The form a character is looked up under in a model vocabulary: NFKC
    (full-width to half-width, compatibility forms to their base) and lower case,
    as bert-base-chinese's tokenizer does."""
    return unicodedata.normalize("NFKC", char).lower()
