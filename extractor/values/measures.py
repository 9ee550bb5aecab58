"""AMOUNT, COUNT, PERCENT and QUANTITY mentions → numbers with units.

All four are "a number followed by a unit", so they share one splitter: the
unit is the longest known word the mention ends with, the rest is the number
(:func:`extractor.numerals.parse_number` reads it, approximators included).
Each parser is a small class with a callable instance exported at module
level, in the jionlp style, and returns a plain JSON-able dict or None.
"""

from __future__ import annotations

import re

from extractor.chars import to_halfwidth
from extractor.numerals import NumberValue, parse_number
from extractor.values.units import COUNT_MEASURES, CURRENCIES, PHYSICAL_UNITS, longest_suffix

_QUALIFIER_TAIL = re.compile(r"(?:左右|上下|以上|以下|以内|之多)$")
_CURRENCY_WORDS = tuple(CURRENCIES)
_PHYSICAL_WORDS = tuple(PHYSICAL_UNITS)
_SCALE_TAIL = re.compile(r"[十百千万亿]+$")
_CURRENCY_SIGNS = {"¥": "CNY", "￥": "CNY", "$": "USD", "€": "EUR", "£": "GBP"}


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", to_halfwidth(text))


def _split_tail(text: str) -> tuple[str, str, bool]:
    """Remove 左右/以上…: (text without it, the tail, whether it makes it approximate)."""
    match = _QUALIFIER_TAIL.search(text)
    if not match or match.start() == 0:
        return text, "", False
    return text[: match.start()], match.group(0), match.group(0) in {"左右", "上下"}


def _whole(value):
    """Counts of things are integers: 4.0 → 4 (a fractional count stays as written)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _with_number(
    out: dict[str, object], number: NumberValue, approximate: bool
) -> dict[str, object]:
    if number.max is not None:
        out["max"] = number.max
    out["approximate"] = bool(number.approximate or approximate)
    return out


def _written_scale(number_text: str) -> str:
    """The multiplier written before the unit (``2163万余`` → ``万``, ``五千万`` → ``万``)."""
    digits = re.search(r"\d(?!.*\d)", number_text)
    if digits:
        after = re.sub(r"[余多来]", "", number_text[digits.end() :])
        match = re.match(r"[十百千万亿]+", after)
        return match.group(0) if match else ""
    match = re.search(r"[万亿]+$", re.sub(r"[余多来]+$", "", number_text))
    return match.group(0) if match else ""


class AmountParser:
    """``152万元`` → 1520000.0 CNY; ``2163万余元`` approximate; ``1亿美元`` USD;
    ``亿元`` alone is one 亿 (超亿元产业项目); money written without 元 in a
    money context (``产值473.3亿``) is read as CNY."""

    def __call__(self, text: str) -> dict[str, object] | None:
        compact = _compact(text)
        if not compact:
            return None
        currency = None
        for sign, code in _CURRENCY_SIGNS.items():
            if compact.startswith(sign):
                compact, currency = compact[len(sign) :], code
                break
        if compact.startswith("人民币"):
            compact, currency = compact[3:], "CNY"
        compact, _, tail_approx = _split_tail(compact)
        if compact.endswith("人民币") and len(compact) > 3:
            compact = compact[:-3]
        word = longest_suffix(compact, _CURRENCY_WORDS)
        number_text = compact[: -len(word)] if word else compact
        if word:
            currency = CURRENCIES[word]
        if currency is None:
            currency = "CNY"
        if not number_text:
            return None
        number = parse_number(number_text)
        if number is None:
            return None
        scale = _written_scale(number_text)
        out: dict[str, object] = {
            "amount": number.value,
            "currency": currency,
            "unit": scale + (word or ""),
        }
        return _with_number(out, number, tail_approx)


class CountParser:
    """``11家`` → 11 家; ``1600余人次`` approximate; ``2-3名`` → 2..3; ``两三个``,
    ``十几个`` (11..19), ``数十家``, ``百余人``, ``上百家``, ``1.4万人``."""

    def __call__(self, text: str) -> dict[str, object] | None:
        compact, _, tail_approx = _split_tail(_compact(text))
        word = longest_suffix(compact, COUNT_MEASURES)
        if word is None or len(compact) == len(word):
            return None
        number = parse_number(compact[: -len(word)])
        if number is None:
            return None
        out: dict[str, object] = {"value": _whole(number.value), "unit": word}
        out = _with_number(out, number, tail_approx)
        if "max" in out:
            out["max"] = _whole(out["max"])
        return out


class PercentParser:
    """``96.4%`` → 96.4 %; ``2个百分点`` → 2 percentage points; ``百分之二十``;
    ``5‰`` and ``千分之五`` become 0.5 %; ``20%-30%`` → 20..30."""

    def __call__(self, text: str) -> dict[str, object] | None:
        compact, _, tail_approx = _split_tail(_compact(text))
        factor, unit = 1.0, "%"
        if compact.startswith(("百分之", "千分之")):
            factor = 1.0 if compact.startswith("百") else 0.1
            number_text = compact[3:]
            number_text = re.sub(r"(?<=[-~至到])(?:百分之|千分之)", "", number_text)
        elif compact.endswith(("个百分点", "百分点")):
            unit = "percentage_point"
            number_text = re.sub(r"个?百分点$", "", compact)
        elif compact.endswith(("%", "‰")):
            factor = 1.0 if compact.endswith("%") else 0.1
            number_text = compact.rstrip("%‰")
            number_text = re.sub(r"[%‰](?=[-~至到])", "", number_text)
        else:
            return None
        number = parse_number(number_text)
        if number is None:
            return None
        out: dict[str, object] = {"value": round(number.value * factor, 10), "unit": unit}
        if number.max is not None:
            number = NumberValue(number.value, round(number.max * factor, 10), number.approximate)
        return _with_number(out, number, tail_approx)


class QuantityParser:
    """``1.6万平方米`` → 16000 平方米; ``7万平米`` → 70000 平方米 (written ``平米``);
    ``4.2万吨``, ``2800千米``, ``120亩``, ``12英寸``.  The canonical unit merges
    synonyms only (平米/㎡ → 平方米, 公里 → 千米); 亩 is not turned into 平方米."""

    def __call__(self, text: str) -> dict[str, object] | None:
        compact, _, tail_approx = _split_tail(_compact(text))
        word = longest_suffix(compact, _PHYSICAL_WORDS)
        if word is None or len(compact) == len(word):
            return None
        number = parse_number(compact[: -len(word)])
        if number is None:
            return None
        out: dict[str, object] = {
            "value": number.value,
            "unit": PHYSICAL_UNITS[word],
            "unit_written": word,
        }
        return _with_number(out, number, tail_approx)


class OrgParser:
    """ORG → its name without the line breaks and spaces of the layout."""

    def __call__(self, text: str) -> dict[str, object] | None:
        name = re.sub(r"\s+", "", text or "")
        return {"name": name} if name else None


parse_amount = AmountParser()
parse_count = CountParser()
parse_percent = PercentParser()
parse_quantity = QuantityParser()
parse_org = OrgParser()
