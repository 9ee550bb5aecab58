"""Numbers as written in Chinese official prose, parsed to values.

Notices mix Arabic digits, Chinese numerals and both at once (``1.6万``,
``2163万余``, ``五千万``, ``两三``, ``十几``, ``百余``, ``上百``, ``2-3``).
``cn2an`` handles clean Chinese numerals but raises on exactly the forms that
matter here (approximations, ranges, ``两三``, ``十几``, mixed ``1.6万`` in its
strict mode), so this module parses them itself and reports the range and
approximation the text expresses instead of failing.  The tests check it
against ``cn2an`` on the clean forms both accept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.chars import to_halfwidth

#: Chinese digits to values; 两 is the counting form of 二, 〇/○/零 are zero.
CN_DIGITS: dict[str, int] = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "Ｏ": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "贰": 2,
    "两": 2,
    "三": 3,
    "叁": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
#: Small units multiply the digit before them inside a section of four digits.
CN_SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
#: Big units close a section: everything before them is multiplied.
CN_BIG_UNITS: dict[str, int] = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}

CN_NUMERAL_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL_UNITS) + "".join(CN_BIG_UNITS)
#: The numerals of running text (the financial forms 壹贰… and Ｏ are left to values):
#: what a number mention is recognised by.
TEXT_NUMERALS = "零〇○一二两三四五六七八九十百千万亿"
#: The digits a year is spelled with, one for one (二〇二一年).
YEAR_DIGITS = "〇○零一二三四五六七八九"

#: Words written after a number that make it approximate (``1600余``, ``200多``,
#: ``十来``) and words before or after it that qualify it (``约``, ``左右``).
APPROX_SUFFIXES = ("余", "多", "来", "左右", "上下", "许")
APPROX_PREFIXES = (
    "约",
    "近",
    "逾",
    "超过",
    "超",
    "大约",
    "将近",
    "接近",
    "多达",
    "达",
    "共计",
    "共",
    "计",
    "合计",
    "累计",
    "突破",
    "总计",
    "约合",
)
#: Qualifiers that leave the value exact (they say where it sits relative to a bound).
BOUND_SUFFIXES = ("以上", "以下", "以内", "之内", "之多")

_ARABIC = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?|\.\d+")
_RANGE_SEP = re.compile(r"\s*(?:-|~|～|—|–|－|至|到|或)\s*")


@dataclass(frozen=True)
class NumberValue:
    """A parsed number: ``value`` is the lower (or only) value, ``max`` the upper
    bound of a range (``2-3`` → 2..3, ``十几`` → 11..19), ``approximate`` is set
    by 余/多/约/左右/几/数/上 and by ranges written with numerals (``两三``)."""

    value: float
    max: float | None = None
    approximate: bool = False


def parse_cn_integer(text: str) -> int | None:
    """A Chinese integer (``二十一``, ``一万零五``, ``两千``, ``二〇二三``), or None.

    Digit-by-digit numbers (``二〇二三``) are read positionally when no unit
    character occurs and they have three digits or more, or a zero: two bare
    digits (``两三``) are a range, see :func:`parse_number`.  A bare unit
    (``万``, ``亿``, ``百``) is one of it, as in ``超亿元`` or ``百余人``."""
    if not text or any(c not in CN_NUMERAL_CHARS for c in text):
        return None
    if not any(c in CN_SMALL_UNITS or c in CN_BIG_UNITS for c in text):
        if len(text) == 1:
            return CN_DIGITS[text]
        if "两" in text or (len(text) == 2 and not any(CN_DIGITS[c] == 0 for c in text)):
            return None
        return int("".join(str(CN_DIGITS[c]) for c in text))
    total = 0  # finished big-unit sections
    section = 0  # current section below 万
    digit: int | None = None
    zero_seen = False  # 一百零五: the digit after a zero is in the ones place
    last_small = 10_000  # the small units of a section must decrease
    last_big = 10**13
    for char in text:
        if char in CN_DIGITS:
            value = CN_DIGITS[char]
            if value == 0:
                zero_seen = True
                continue
            if digit is not None:
                return None  # two digits in a row (二三) is a range, not a number
            digit = value
        elif char in CN_SMALL_UNITS:
            unit = CN_SMALL_UNITS[char]
            if unit >= last_small:
                return None
            section += (1 if digit is None else digit) * unit
            digit, last_small, zero_seen = None, unit, False
        else:
            unit = CN_BIG_UNITS[char]
            section += digit or 0
            if section == 0 and total == 0:
                section = 1  # bare 万 / 亿
            if unit >= last_big or not (unit == 10_000 and total):
                total = (total + section) * unit  # 五千万, 万亿
            else:
                total += section * unit  # 一亿二千万
            section, digit, last_small, last_big, zero_seen = 0, None, 10_000, unit, False
    if digit is not None:
        if zero_seen:
            section += digit
        elif 100 <= last_small < 10_000:
            section += digit * (last_small // 10)  # 二百五 = 250
        elif last_small == 10_000 and last_big < 10**13 and section == 0:
            section += digit * (last_big // 10)  # 一万五 = 15000
        else:
            section += digit
    return total + section


def _scale_of(text: str) -> float | None:
    """The multiplier written after Arabic digits (``万``, ``千万``, ``亿``), or None."""
    if not text:
        return 1.0
    if any(c not in CN_SMALL_UNITS and c not in CN_BIG_UNITS for c in text):
        return None
    scale = 1.0
    for char in text:
        scale *= CN_SMALL_UNITS.get(char) or CN_BIG_UNITS[char]
    return scale


_MIXED = re.compile(
    r"^(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)(?P<a1>余|多|来)?(?P<scale>[十百千万亿]*)(?P<a2>余|多)?$"
)
_CN_DECIMAL = re.compile(
    r"^(?P<int>[^点]*)点(?P<frac>[零〇○一二三四五六七八九]+)(?P<scale>[万亿]?)$"
)
_FUZZY_DIGIT = re.compile(r"几|数")
#: 3亿5000万, 1亿2千万, 2亿零500万: 亿 and the 万 below it in mixed digits
_YI_WAN = re.compile(r"^(?P<yi>\d+(?:\.\d+)?)亿零?(?P<wan>\d[\d.,]*[千百]?[余多]?万[余多]?)$")


def _parse_single(text: str) -> NumberValue | None:
    """One number, no range separator."""
    approximate = False
    lo_hi: tuple[float, float] | None = None
    for suffix in APPROX_SUFFIXES:
        if text.endswith(suffix) and len(text) > len(suffix):
            text, approximate = text[: -len(suffix)], True
            break
    if not text:
        return None
    yi_wan = _YI_WAN.match(text)
    if yi_wan:
        wan = yi_wan["wan"]
        rest = _parse_single(re.sub("[余多]", "", wan))
        if rest is None:
            return None
        value = float(yi_wan["yi"]) * CN_BIG_UNITS["亿"] + rest.value
        return NumberValue(
            value, None, approximate or rest.approximate or bool(re.search("[余多]", wan))
        )
    mixed = _MIXED.match(text)
    if mixed:
        scale = _scale_of(mixed["scale"])
        if scale is None:
            return None
        base = float(mixed["num"].replace(",", ""))
        approx = approximate or bool(mixed["a1"] or mixed["a2"])
        return NumberValue(base * scale, None, approx)
    if text.startswith("上") and len(text) > 1 and text[1] in "十百千万亿":
        # 上百 / 上千: "reaching a hundred", at least that many
        value = parse_cn_integer(text[1:])
        return None if value is None else NumberValue(float(value), None, True)
    if _FUZZY_DIGIT.search(text):
        lo_hi = _fuzzy_range(text)
        if lo_hi is None:
            return None
        return NumberValue(lo_hi[0], lo_hi[1], True)
    decimal = _CN_DECIMAL.match(text)
    if decimal:
        whole = parse_cn_integer(decimal["int"]) if decimal["int"] else 0
        if whole is None:
            return None
        frac = "".join(str(CN_DIGITS[c]) for c in decimal["frac"])
        scale = _scale_of(decimal["scale"]) or 1.0
        return NumberValue(float(f"{whole}.{frac}") * scale, None, approximate)
    value = parse_cn_integer(text)
    if value is not None:
        return NumberValue(float(value), None, approximate)
    adjacent = _adjacent_digits(text)
    if adjacent is not None:
        return NumberValue(adjacent[0], adjacent[1], True)
    return None


def _fuzzy_range(text: str) -> tuple[float, float] | None:
    """几/数 as an unknown digit: 十几 → 11..19, 几十/数十 → 20..90, 二十几 → 21..29."""
    if text.count("几") + text.count("数") != 1:
        return None
    pos = _FUZZY_DIGIT.search(text).start()  # type: ignore[union-attr]
    low_digit = "一" if pos + 1 == len(text) else "二"
    lo = parse_cn_integer(text[:pos] + low_digit + text[pos + 1 :])
    hi = parse_cn_integer(text[:pos] + "九" + text[pos + 1 :])
    if lo is None or hi is None:
        return None
    return float(lo), float(hi)


def _adjacent_digits(text: str) -> tuple[float, float] | None:
    """Two neighbouring digits written together as a range: 两三 → 2..3,
    三四十 → 30..40, 七八百 → 700..800, 一两千 → 1000..2000."""
    match = re.match(r"^([一二两三四五六七八九])([二两三四五六七八九])([十百千万亿]*)$", text)
    if not match:
        return None
    a, b = CN_DIGITS[match[1]], CN_DIGITS[match[2]]
    if b != a + 1:
        return None
    scale = _scale_of(match[3]) or 1.0
    return a * scale, b * scale


def parse_number(text: str) -> NumberValue | None:
    """Parse a number as written in a mention, or None when it is not one.

    Handles qualifiers before (``约``, ``近``, ``超``: approximate) and after
    (``左右``: approximate; ``以上``: exact bound), ranges with ``-``/``至``
    (``2-3``, ``20%-30%`` after the unit is removed), full-width digits and
    ``百分之``-style fractions are left to the callers that know the unit."""
    if not text:
        return None
    text = re.sub(r"\s+", "", to_halfwidth(text))
    approximate = False
    for prefix in APPROX_PREFIXES:
        if text.startswith(prefix) and len(text) > len(prefix):
            text = text[len(prefix) :]
            approximate = approximate or prefix in {
                "约",
                "近",
                "大约",
                "将近",
                "接近",
                "约合",
                "逾",
            }
            break
    for suffix in BOUND_SUFFIXES:
        if text.endswith(suffix) and len(text) > len(suffix):
            text = text[: -len(suffix)]
            break
    for suffix in ("左右", "上下"):
        if text.endswith(suffix) and len(text) > len(suffix):
            text, approximate = text[: -len(suffix)], True
            break
    parts = _RANGE_SEP.split(text)
    if len(parts) == 2 and parts[0] and parts[1]:
        low, high = _parse_single(parts[0]), _parse_single(parts[1])
        if low is None or high is None:
            return None
        low_value = low.value
        # 2-3万: the scale written once applies to both ends
        if high.value >= 10_000 and low.value < high.value / 1000 and _MIXED.match(parts[0]):
            scale_chars = re.sub(r"[\d.,余多来]", "", parts[1])
            scale = _scale_of(scale_chars)
            if scale and not re.search(r"[十百千万亿]", parts[0]):
                low_value *= scale
        if low_value > high.value:
            return None
        return NumberValue(
            low_value, high.value, approximate or low.approximate or high.approximate
        )
    if len(parts) != 1:
        return None
    single = _parse_single(text)
    if single is None:
        return None
    if approximate and not single.approximate:
        single = NumberValue(single.value, single.max, True)
    return single
