"""Curated unit vocabularies shared by the normalisers and the rule recogniser.

One table per label, so that what the recogniser finds and what the
normaliser can read never drift apart.  The lists are deliberately closed:
an open "any character after a number" rule would turn durations (``3个月``),
ages (``35周岁``) and ranks (``第21位``) into counts.  They are data files in
``extractor/data`` (count_measures.txt, currencies.tsv, physical_units.tsv,
digit_only_units.txt), read through :mod:`extractor.lexicon`.
"""

from __future__ import annotations

from extractor.lexicon import word_list, word_table

#: Measure words (量词) for COUNT, longest first within each group.  天/年/月/周/
#: 小时 are durations and stay out, as do 岁/周岁 (ages) and 号/届/版 (numbering).
COUNT_MEASURES: tuple[str, ...] = word_list("count_measures.txt")

#: Currency words, longest first, with ISO 4217 codes.
CURRENCIES: dict[str, str] = {row[0]: row[1] for row in word_table("currencies.tsv")}
#: The currency words the recogniser reads as an amount's unit after a number, longest first.
CURRENCY_UNITS: tuple[str, ...] = tuple(
    row[0] for row in word_table("currencies.tsv") if row[2] == "unit"
)

#: How each currency is written after an amount (the first word of ``CURRENCIES``
#: for the code, but 元 for CNY): the display side of the same table.
CURRENCY_NAMES: dict[str, str] = {
    "CNY": "元",
    **{code: word for word, code in reversed(CURRENCIES.items()) if code != "CNY"},
}

#: Physical units as written → canonical unit.  Synonyms only: no conversion
#: between different units (亩 stays 亩, it is not turned into 平方米).
PHYSICAL_UNITS: dict[str, str] = {
    unit: canonical for unit, canonical in word_table("physical_units.tsv")
}

#: Units the recogniser accepts after Arabic digits only, because after a
#: Chinese numeral they are words (千方百计, 三度, 一寸).
DIGIT_ONLY_UNITS: frozenset[str] = frozenset(word_list("digit_only_units.txt"))

PERCENT_SIGNS: tuple[str, ...] = ("%", "％", "‰", "个百分点", "百分点")


def longest_suffix(text: str, vocabulary: tuple[str, ...] | list[str]) -> str | None:
    """The longest word of ``vocabulary`` that ``text`` ends with."""
    best: str | None = None
    for word in vocabulary:
        if text.endswith(word) and (best is None or len(word) > len(best)):
            best = word
    return best
