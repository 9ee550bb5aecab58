"""Curated unit vocabularies shared by the normalisers and the rule recogniser.

One table per label, so that what the recogniser finds and what the
normaliser can read never drift apart.  The lists are deliberately closed:
an open "any character after a number" rule would turn durations (``3个月``),
ages (``35周岁``) and ranks (``第21位``) into counts.
"""

from __future__ import annotations

#: Measure words (量词) for COUNT, longest first within each group.  天/年/月/周/
#: 小时 are durations and stay out, as do 岁/周岁 (ages) and 号/届/版 (numbering).
COUNT_MEASURES: tuple[str, ...] = (
    # event and visit counts
    "人次",
    "家次",
    "户次",
    "个次",
    "项次",
    "场次",
    "批次",
    "车次",
    "架次",
    "件次",
    "台次",
    "轮次",
    "位次",
    # single characters
    "个",
    "家",
    "项",
    "人",
    "名",
    "位",
    "次",
    "条",
    "件",
    "起",
    "场",
    "批",
    "户",
    "所",
    "座",
    "处",
    "套",
    "期",
    "篇",
    "份",
    "本",
    "册",
    "类",
    "轮",
    "支",
    "台",
    "辆",
    "艘",
    "架",
    "棵",
    "株",
    "间",
    "栋",
    "幢",
    "宗",
    "笔",
    "张",
    "只",
    "头",
    "组",
    "种",
    "款",
    "例",
    "堂",
    "节",
    "轨",
    "枚",
    "盏",
    "根",
    "块",
    "幅",
    "封",
    "集",
    "床",
    "门",
    "部",
    "届",
)

#: Currency words, longest first, with ISO 4217 codes.
CURRENCIES: dict[str, str] = {
    "人民币": "CNY",
    "美元": "USD",
    "美金": "USD",
    "欧元": "EUR",
    "港元": "HKD",
    "港币": "HKD",
    "日元": "JPY",
    "英镑": "GBP",
    "澳元": "AUD",
    "韩元": "KRW",
    "卢布": "RUB",
    "元": "CNY",
    "块": "CNY",
}

#: How each currency is written after an amount (the first word of ``CURRENCIES``
#: for the code, but 元 for CNY): the display side of the same table.
CURRENCY_NAMES: dict[str, str] = {
    "CNY": "元",
    **{code: word for word, code in reversed(CURRENCIES.items()) if code != "CNY"},
}

#: Physical units as written → canonical unit.  Synonyms only: no conversion
#: between different units (亩 stays 亩, it is not turned into 平方米).
PHYSICAL_UNITS: dict[str, str] = {
    # area
    "平方公里": "平方千米",
    "平方千米": "平方千米",
    "km²": "平方千米",
    "km2": "平方千米",
    "平方米": "平方米",
    "平米": "平方米",
    "平方": "平方米",
    "㎡": "平方米",
    "m²": "平方米",
    "m2": "平方米",
    "公顷": "公顷",
    "亩": "亩",
    # length
    "千米": "千米",
    "公里": "千米",
    "km": "千米",
    "米": "米",
    "m": "米",
    "厘米": "厘米",
    "cm": "厘米",
    "毫米": "毫米",
    "mm": "毫米",
    "英寸": "英寸",
    "寸": "英寸",
    # weight
    "吨标准煤": "吨标准煤",
    "吨标煤": "吨标准煤",
    "吨": "吨",
    "t": "吨",
    "千克": "千克",
    "公斤": "千克",
    "kg": "千克",
    "克": "克",
    "g": "克",
    "斤": "斤",
    # volume
    "立方米": "立方米",
    "立方": "立方米",
    "方": "立方米",
    "m³": "立方米",
    "m3": "立方米",
    "升": "升",
    "毫升": "毫升",
    # power and energy
    "千瓦时": "千瓦时",
    "kWh": "千瓦时",
    "度": "千瓦时",
    "千瓦": "千瓦",
    "kW": "千瓦",
    "KW": "千瓦",
    "兆瓦": "兆瓦",
    "MW": "兆瓦",
    "瓦": "瓦",
    "W": "瓦",
    "千伏安": "千伏安",
    "千伏": "千伏",
    "kV": "千伏",
    "伏": "伏",
    # capacity and data
    "标准箱": "标准箱",
    "标箱": "标准箱",
    "TEU": "标准箱",
}

#: Units the recogniser accepts after Arabic digits only, because after a
#: Chinese numeral they are words (千方百计, 三度, 一寸).
DIGIT_ONLY_UNITS: frozenset[str] = frozenset(
    {
        "方",
        "度",
        "寸",
        "平方",
        "立方",
        "m",
        "t",
        "g",
        "W",
        "m2",
        "m3",
        "km2",
        "斤",
        "升",
        "克",
        "瓦",
        "伏",
    }
)

PERCENT_SIGNS: tuple[str, ...] = ("%", "％", "‰", "个百分点", "百分点")


def longest_suffix(text: str, vocabulary: tuple[str, ...] | list[str]) -> str | None:
    """The longest word of ``vocabulary`` that ``text`` ends with."""
    best: str | None = None
    for word in vocabulary:
        if text.endswith(word) and (best is None or len(word) > len(best)):
            best = word
    return best
