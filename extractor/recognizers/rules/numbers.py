"""DATE, AMOUNT, COUNT, PERCENT and QUANTITY by pattern, on the compact view.

Each label is one compiled regex of "number + closed unit list"; what the
guideline excludes is removed afterwards by small context checks (ordinals,
formulas and slogans, durations, frequencies, quoted names, book titles),
which keeps the patterns linear and free of catastrophic backtracking.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from extractor.heading_markers import match_marker
from extractor.lexicon import word_list, word_table
from extractor.numerals import TEXT_NUMERALS, YEAR_DIGITS
from extractor.places import MAX_PLACE_LEN, PLACE_NAMES
from extractor.values.date import RUN_TOGETHER_DATE, split_run_together
from extractor.values.units import (
    COUNT_MEASURES,
    CURRENCY_UNITS,
    DIGIT_ONLY_UNITS,
    PHYSICAL_UNITS,
)

# --- numbers -----------------------------------------------------------------
_AR = r"\d+(?:,\d{3})*(?:\.\d+)?"
_CN_CHARS = TEXT_NUMERALS
_CN = rf"[{_CN_CHARS}]+"
#: One number: 1600余, 2163万余, 3000多万, 1.6万 / 上百, 数十, 十几, 百余, 两三.
#: 千 before 瓦/米/克/伏 begins the unit (千瓦时, 千米), it does not multiply the number.
#: 3亿5000万 / 1亿2千万 / 2亿零500万 / 3亿5000余万: a sum of 亿 and 万 in mixed digits
_AR_YI_WAN = rf"{_AR}亿零?{_AR}[千百]?[余多]?万[余多]?"
_AR_BODY = rf"(?:{_AR_YI_WAN}|{_AR}(?:[余多])?(?:(?:[十百万亿]|千(?![瓦米克伏焦帕]))+)?(?:[余多])?)"
_CN_BODY = rf"(?:[数几上](?=[十百千万]))?{_CN}(?:几)?(?:点[零〇一二三四五六七八九]+)?(?:[余多])?"
_BODY = rf"(?:{_AR_BODY}|{_CN_BODY})"
#: The first number of a mention may not start inside another number.
_FIRST_BODY = rf"(?:{_AR_BODY}|(?<![{_CN_CHARS}数几上]){_CN_BODY})"
_RANGE_SEP = r"(?:-|~|—|–|至|到)"
_NUMBER = rf"(?P<num>{_FIRST_BODY}(?:{_RANGE_SEP}{_BODY})?)"
#: A number may not start inside another number or an identifier (H5, G60).
_START = r"(?<![\d.A-Za-z_])"


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# --- COUNT -------------------------------------------------------------------
#: Characters after a measure word that make the pair a different word
#: (个月 is a duration, 台账 a ledger, 根据 a preposition, 处理 a verb …):
#: measure → an alternation of the words that may not follow it.
_MEASURE_GUARDS: dict[str, str] = {
    row[0]: "|".join(map(re.escape, " ".join(row[1:]).split()))
    for row in word_table("count_measure_guards.tsv")
}


def _measure_pattern() -> str:
    parts = []
    for word in sorted(COUNT_MEASURES, key=len, reverse=True):
        guard = _MEASURE_GUARDS.get(word, "")
        parts.append(re.escape(word) + (f"(?!{guard})" if guard else ""))
    return "|".join(parts)


_COUNT = re.compile(rf"{_START}{_NUMBER}(?P<unit>{_measure_pattern()})")

# --- AMOUNT ------------------------------------------------------------------
#: 元 in words that are not money: 元旦, 元素, 元宵, 单元…年
_NOT_YUAN = r"(?!化|素|旦|宵|结构|论|帅|老|首|年|月|器)"
_CURRENCY = "(?:" + "|".join(w + _NOT_YUAN if w == "元" else w for w in CURRENCY_UNITS) + ")"
_AMOUNT = re.compile(rf"{_START}{_NUMBER}(?P<unit>{_CURRENCY})")
# --- PERCENT -----------------------------------------------------------------
_PERCENT = re.compile(
    rf"{_START}(?:(?P<num>{_FIRST_BODY}(?:[%‰]?{_RANGE_SEP}{_BODY})?)(?P<unit>[%‰]|个百分点|百分点)"
    rf"|(?P<frac>[百千]分之){_BODY}(?:{_RANGE_SEP}(?:[百千]分之)?{_BODY})?)"
)

# --- QUANTITY ----------------------------------------------------------------
_RECOGNISED_UNITS = [u for u in PHYSICAL_UNITS if u not in {"度", "m", "t", "g", "W", "寸", "斤"}]
_QUANTITY = re.compile(
    # (千吨级泊位, 万吨级: a size class, not a quantity)
    rf"{_START}{_NUMBER}(?P<unit>{_alternation(_RECOGNISED_UNITS)})(?![A-Za-z²³级])"
)

# --- DATE --------------------------------------------------------------------
_YEAR = rf"(?:(?:19|20)\d{{2}}|[{YEAR_DIGITS}]{{4}})"
_MON = r"(?:1[0-2]|0?[1-9])"
_CN_MON = r"(?:十[一二]?|[一二三四五六七八九])"
_DAY = r"(?:3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
#: (年初预算 is the budget as passed, a noun: [2022年]年初预算中…)
_YTAIL = r"(?:度(?!假)|半年度|年?底|年?末|年?初(?!预算)|[上下]半年|前[一二三]季度|第?[一二三四1-4]季度[末初]?)"
_MTAIL = r"(?:份)?(?:底|末|初|上旬|中旬|下旬)?"
_MONTH_DAY = (
    rf"(?:{_MON}月{_MTAIL}(?:{_DAY}[日号])?|{_CN_MON}月(?:{_DAY}[日号]|份|底|初|上旬|中旬|下旬))"
)
_POINT_Y = rf"{_YEAR}年(?:{_YTAIL}|{_MON}{_RANGE_SEP}{_MON}月|{_MONTH_DAY}|{_CN_MON}月{_MTAIL})?"
_DATE_SEP = r"(?:至|到|-|—|–|~|―)"
#: A date written with dots (2023.3.6), alone or as one end of a range (2023.3.6-2023.5.10)
_DOTTED = r"(?:19|20)\d{2}\.(?:1[0-2]|0?[1-9])\.(?:3[01]|[12]\d|0?[1-9])"
_DATE = re.compile(
    rf"""(?<![\d.A-Za-z第])(?:
        {_YEAR}年?{_DATE_SEP}{_YEAR}(?:年度|学年|年)?
      | {_POINT_Y}(?:{_DATE_SEP}(?:{_POINT_Y}|{_MONTH_DAY}|{_DAY}[日号]|{_CN_MON}月{_MTAIL}))?
      | {_MON}{_DATE_SEP}{_MON}月
      | {_MONTH_DAY}(?:{_DATE_SEP}(?:{_MONTH_DAY}|{_DAY}[日号]))?
      | \d{{4}}-\d{{1,2}}-\d{{2}}(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?(?:[至到]\d{{4}}-\d{{1,2}}-\d{{2}})?
      | \d{{4}}/\d{{1,2}}/\d{{1,2}}(?:{_DATE_SEP}\d{{4}}/\d{{1,2}}/\d{{1,2}})?
      | {_DOTTED}(?:{_DATE_SEP}{_DOTTED})?(?![\d.])
      | (?<![年上下前])第?[一二三四]季度
    )""",
    re.X,
)

_RUN_TOGETHER = re.compile(r"(?<![\d.])" + RUN_TOGETHER_DATE.pattern)
_RUN_TOGETHER_TAIL = re.compile(r"(?:至|到|-|—)" + RUN_TOGETHER_DATE.pattern)
#: A year written without 年 before a name: [2023]全球汽车芯片创新大会.
_BARE_YEAR = re.compile(
    rf"(?<![\d.A-Za-z第:/-])(?:19|20)\d{{2}}(?=[\u4e00-\u9fff])(?![{_CN_CHARS}年月日号余多以及约元版"
    rf"{''.join(sorted({w[0] for w in COUNT_MEASURES} | {u[0] for u in PHYSICAL_UNITS}))}])"
)


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    label: str
    #: the number as written, for the context checks
    number: str = ""
    unit: str = ""


def _list_marker_end(text: str, start: int) -> int:
    """Where the list marker of the line starting at ``start`` ends (-1 if none there)."""
    if start and text[start - 1] != "\n":
        return -1
    found = match_marker(text[start : start + 12])
    return start + found[1].end() if found else -1


def candidates(text: str) -> Iterator[Candidate]:
    for match in _DATE.finditer(text):
        yield Candidate(match.start(), match.end(), "DATE")
    for pattern, label in (
        (_AMOUNT, "AMOUNT"),
        (_COUNT, "COUNT"),
        (_QUANTITY, "QUANTITY"),
    ):
        for match in pattern.finditer(text):
            start, number = match.start(), match["num"]
            marker_end = _list_marker_end(text, start)
            if start < marker_end < match.end("num"):  # 2.3个…: list number 2, count 3个
                number = text[marker_end : match.end("num")]
                start = marker_end
            yield Candidate(start, match.end(), label, number, match["unit"])
    for match in _PERCENT.finditer(text):
        yield Candidate(
            match.start(), match.end(), "PERCENT", match["num"] or "", match["unit"] or ""
        )
    for match in _BARE_YEAR.finditer(text):
        yield Candidate(match.start(), match.end(), "DATE")
    yield from _run_together_dates(text)


def _run_together_dates(text: str) -> Iterator[Candidate]:
    """Dates whose 年 and 月 the page lost (2024717日至830日, 20211228日): with a year,
    or without one at a clause's start or after 至, when the digits split into a
    month and a day one way only."""
    for match in _RUN_TOGETHER.finditer(text):
        if split_run_together(match) is None:
            continue
        if not match["y"] and not (match.start() == 0 or text[match.start() - 1] in "，,。；;\n至"):
            continue
        end = match.end()
        tail = _RUN_TOGETHER_TAIL.match(text, end)
        if tail and split_run_together(tail) is not None:
            end = tail.end()  # …至830日: the range's end, its year the start's
        yield Candidate(match.start(), end, "DATE")


# --- context checks ----------------------------------------------------------

#: Formulas and slogans that begin with a counted numeral: 两个维护, 四个意识,
#: 四种形态, 八项规定, 三个区分开来 … (the text right after the unit).
_SLOGAN_TAILS = re.compile(
    r"(?:维护|确立|意识|自信|大局|区分开来|走在前|注重|坚决不用|务必|必须|全面|代表|一百年|结合"
    r"|责任|补贴|作风|形态|规定|清单|报到|服务|转变|覆盖|融合|优先|百年|不|严|带|新|好|为)"
)
#: Idioms and fixed words made of a numeral and a measure word.
_IDIOMS = re.compile(
    r"千家万户|千方百计|千篇一律|百家争鸣|一五一十|三番五次|一次性|一揽子|一条龙|一张蓝图|一盘棋"
    r"|一站式|一把手|一件事|一门式|一体化|一批|一系列|一家亲|一条心|一张网"
    r"|一张图|二次结构|二次供水|一次办|两个一百年|三个代表|三个务必"
)
#: Words ending in 一 that are not the numeral one (统一, 进一步, 之一 …).
_ONE_AS_WORD = set("统进之唯万同逐单专划如合归其不惟初周一新上下这那每另本首为")
#: 一 + these measure words is an indefinite article, not a count (是一个过程).
_INDEFINITE_ONE = set("个次批种类场轮件条起期套张体些口眼顶")
#: 一项 as an article before what kind of task it is (当前一项重大政治任务), or in the
#: one-by-one formula (完成一项、销号一项).
_ONE_ITEM = re.compile(
    r"一项(?:重要|重大|政治|长期|系统|基础|经常|严肃|艰巨|紧迫|全局)|一项[、，,]销号|销号一项"
)
#: A meeting named by its number in a term (八届89次常务会议, 三届5次全体会议).
_MEETING_AFTER = re.compile(r"(?:常务|全体|主任|党组|常委)?会议")
#: Chinese numerals that are never a count on their own (万 of 万家灯火).
#: With a Chinese numeral these are names of phases and classes (二期工程, 三类企业).
_CHINESE_NOT_COUNT = frozenset({"期", "类", "大类", "级", "档", "届"})
_CN_ONLY = re.compile(rf"^[{_CN_CHARS}数几上点余多]+$")
#: A count per period is a frequency (每月出动宣传车10次), not a count.
_FREQUENCY = re.compile(r"每(?:年|季度?|月|周|天|日|星期|半年)[^，。；;,、：:]*$")
#: A PDF's page line before a page total (第2页 共5页).
_PAGE_LINE = re.compile(r"第\s*\d+\s*页\s*共\s*$")
_RANK_CONTEXT = re.compile(
    r"(?:前|排名|排位|名次|位列|列全国|列全省|列全市|提升至|提升到|跃居|跻身|位居)[^，。；,;]{0,6}$"
)


def inside(regions: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` lies in one of the sorted, disjoint ``regions``."""
    i = bisect_right(regions, (start, 10**12)) - 1
    return i >= 0 and regions[i][0] <= start and end <= regions[i][1]


#: A title the text breaks off inside (an excerpt that ends in 《…关于落实) runs
#: to the end of the text, when that is near and on its line (a mistyped 〉 before a
#: signature leaves the signature alone).
_TITLE = re.compile(r"《[^《》]{0,200}》|《[^《》\n]{0,60}\Z")
_QUOTE = re.compile(r"“[^“”]{1,16}”|‘[^‘’]{1,16}’|\"[^\"]{1,16}\"|「[^「」]{1,16}」")


def book_title_regions(text: str) -> list[tuple[int, int]]:
    """Inside 《……》: nothing is annotated there (document titles)."""
    return [(m.start(), m.end()) for m in _TITLE.finditer(text)]


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Short quoted names (“28条”, “千名干部百项攻坚行动”, ‘三会一课’): the numbers
    in them are parts of names or slogans."""
    return [(m.start(), m.end()) for m in _QUOTE.finditer(text)]


def _in_place(text: str, start: int, end: int) -> bool:
    """A gazetteer place longer than the number covers it (七台河市, 五台县,
    三元区, 九台区, 六盘水市): the numeral begins a place name, not a count.

    A place exactly as long as the number (三台, 二道) is no evidence, since
    the same characters are a count as often (三台设备, 二道工序)."""
    for first in range(max(0, start - MAX_PLACE_LEN + 1), start + 1):
        for last in range(max(end, first + 2), min(len(text), first + MAX_PLACE_LEN) + 1):
            if (first < start or last > end) and text[first:last] in PLACE_NAMES:
                return True
    return False


#: A town's name opening with a count (八门城镇党委, 三家店镇人民政府): one or two more
#: characters of the name, the town word, then one of a town's organs.
_TOWN_AFTER_COUNT = re.compile(
    r"([\u4e00-\u9fff]{1,2})(?<![乡镇村街区县市])(?:镇|乡|街道)(?:"
    + _alternation(word_list("org_town_organs.txt"))
    + r"|委员会)"
)


def _opens_town_name(text: str, end: int) -> bool:
    """The count's characters begin a town's name (八门|城镇党委), not a count."""
    match = _TOWN_AFTER_COUNT.match(text, end)
    return match is not None and not any(c in "乡镇村" for c in match.group(1))


def is_cjk_at(text: str, at: int) -> bool:
    """A Chinese character stands at ``at`` (the word goes on)."""
    return at < len(text) and "\u4e00" <= text[at] <= "\u9fff"


#: A month of every year and the months listed with it (每年3月和9月, 每年3、6、9月).
_EVERY_YEAR = re.compile(r"每年(?:\d{1,2}月?[和及、]){0,3}$")


def keep(candidate: Candidate, text: str, quotes: list[tuple[int, int]]) -> bool:
    """The guideline's exclusions for one number candidate."""
    start, end, label = candidate.start, candidate.end, candidate.label
    # one character each side, or a space that matches no test
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before in "第每+" or after == "+" or (before == "-" and label != "DATE"):
        return False
    if label == "DATE":
        # 每年3月和9月: a month of every year, no calendar date (a frequency)
        return _EVERY_YEAR.search(text, max(0, start - 8), start) is None
    if text[max(0, start - 2) : start] in ("巡察", "巡视") and candidate.unit == "组":
        return False  # 区委巡察四组: the team's number, not a count (巡察9个乡镇 counts)
    number = candidate.number
    if label != "AMOUNT" and inside(quotes, start, end):
        return False
    window = text[max(0, start - 3) : min(len(text), end + 4)]
    if _IDIOMS.search(window) and any(
        m.start() < (end - max(0, start - 3)) and m.end() > (start - max(0, start - 3))
        for m in _IDIOMS.finditer(window)
    ):
        return False
    chinese = bool(number) and _CN_ONLY.match(number) is not None
    if chinese and (_in_place(text, start, end) or _opens_town_name(text, end)):
        return False
    if chinese:
        if number[0] == "一" and before in _ONE_AS_WORD:
            return False
        if before == "再" and number[0] == "三":
            return False
        if label == "COUNT" and number == "一" and candidate.unit in _INDEFINITE_ONE:
            return False
        if (
            label == "COUNT"
            and number == "一"
            and candidate.unit == "项"
            and _ONE_ITEM.search(text[max(0, start - 2) : end + 3])
        ):
            return False  # 当前一项重大政治任务; 完成一项、销号一项 (but 剩余一项 counts)
        if number in {"万", "亿", "千", "万亿"} and label == "COUNT":
            return False
        if after == number[0] or (len(number) == 1 and after in "一二三四五六七八九"):
            return False  # 一户一档, 三报到三服务: enumerated formulas
    if label == "QUANTITY" and chinese and candidate.unit in DIGIT_ONLY_UNITS:
        return False
    if label == "AMOUNT" and number in {"万", "千", "百"} and before not in "超近逾上过达":
        return False
    if label == "COUNT":
        slogan = _SLOGAN_TAILS.match(text, end)
        if slogan and (chinese or (candidate.unit == "个" and not is_cjk_at(text, slogan.end()))):
            return False  # 两个责任, “4个意识”; but 14个责任单位 counts units
        if chinese and candidate.unit in _CHINESE_NOT_COUNT:
            return False
        if candidate.unit == "次" and before == "届" and _MEETING_AFTER.match(text, end):
            return False  # 区政府八届89次常务会议: the meeting's number in its term
        if (
            candidate.unit in {"名", "位"}
            and _RANK_CONTEXT.search(text, max(0, start - 14), start)
            and not (
                is_cjk_at(text, end) and text[end] not in "以之内左的" and before not in "前后第"
            )
        ):
            return False  # 排名前10名; but 排名靠后的4名社区工作者 counts people
        if candidate.unit == "页" and _PAGE_LINE.search(text, max(0, start - 12), start):
            return False  # 第2页 共5页: a PDF's page line
        if chinese and number == "二" and candidate.unit == "次":
            return False  # 二次分配, 二次巡察: "secondary"; twice is 两次
        if _FREQUENCY.search(text, max(0, start - 12), start):
            return False
    return True
