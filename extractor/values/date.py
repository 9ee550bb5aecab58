"""DATE mentions → ISO date ranges.

A notice writes the year once and then only months and days
(``2021年9月18日 … 10月16日``), so the parser is fed in document order and
remembers the last year written out.  Every value is a closed range
``start``..``end`` plus the precision it was written with, which keeps
``2023年`` (a whole year), ``2023年底`` (a point at its end) and
``2023年4月17日至6月28日`` (a period) in one shape.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field

from extractor.chars import to_halfwidth
from extractor.numerals import CN_DIGITS, YEAR_DIGITS, parse_cn_integer

GRANULARITY_ORDER = ("datetime", "day", "month", "quarter", "half", "year")

_CN = YEAR_DIGITS + "十"
_YEAR = rf"(?P<y>\d{{4}}|[{YEAR_DIGITS}]{{4}})"
_MONTH = rf"(?P<m>\d{{1,2}}|[{_CN}]{{1,2}})"
_DAY = rf"(?P<d>\d{{1,2}}|[{_CN}]{{1,3}})"
_QUARTER = r"(?P<q>[一二三四1-4])"
#: One point of a date, every field optional but in calendar order.
_POINT = re.compile(
    rf"""^
    (?:{_YEAR}学?年(?P<ypart>
        度 | 半年度 | 年?底 | 年?末 | 年?初 | 年?中 | (?P<half>[上下])半年
        | 前(?P<nq>[一二三1-3])(?:个)?季度 | (?:第)?{_QUARTER}季度?(?P<qpart>末|初)? | Q(?P<qq>[1-4])
    )?)?
    (?:{_MONTH}月份?(?P<mpart>底|末|初|中旬|上旬|下旬|中)?)?
    (?:{_DAY}[日号])?
    (?:(?P<hh>\d{{1,2}})[:时](?P<mi>\d{{2}})(?:[:分](?P<ss>\d{{2}})秒?)?分?)?
    $""",
    re.X,
)
_BARE_QUARTER = re.compile(r"^(?:第)?(?P<q>[一二三四1-4])季度$|^(?P<half>[上下])半年$")
_ISO = re.compile(
    r"^(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})日?"
    r"(?:[T ]?(?P<hh>\d{1,2}):(?P<mi>\d{2})(?::(?P<ss>\d{2}))?)?$"
)
_CONNECTOR = re.compile(r"至|到|~|-|—|–|－|―|～")
_LEAD = re.compile(r"^(?:截至|截止到|截止|直至|自|从|于|在|到|至)")
_TRAIL = re.compile(r"(?:以来|以前|之前|之后|以后|前后|期间|前|后|起|止|内|间)$")
_UNIT_FOR = {"y": "年", "m": "月", "d": "日"}


@dataclass
class _Point:
    """Fields of one side of a date; None where not written."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    quarter: int | None = None
    quarters_through: int | None = None  # 前三季度
    half: int | None = None  # 1 or 2
    year_part: str | None = None  # 'end' | 'start' | 'middle' (年底/年初/年中)
    quarter_part: str | None = None  # 'end' | 'start' (三季度末/一季度初)
    month_part: str | None = None  # 'end' | 'start' | 'middle' | 'early' | 'mid' | 'late'
    time: tuple[int, int, int] | None = None
    fields: list[str] = field(default_factory=list)  # written fields, coarse to fine


@dataclass(frozen=True)
class DateValue:
    start: str | None
    end: str | None
    granularity: str
    year_inferred: bool
    part: str | None = None
    #: a range whose end is told more coarsely than its start (10月16日至12月中旬):
    #: the end's own precision, so the end is not read as a day the text never gave
    end_granularity: str | None = None

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "start": self.start,
            "end": self.end,
            "granularity": self.granularity,
            "year_inferred": self.year_inferred,
        }
        if self.part:
            out["part"] = self.part
        if self.end_granularity:
            out["end_granularity"] = self.end_granularity
        return out


def _cn_or_int(text: str | None) -> int | None:
    if text is None:
        return None
    if text.isdigit():
        return int(text)
    if len(text) == 4 and all(c in CN_DIGITS for c in text):
        return int("".join(str(CN_DIGITS[c]) for c in text))
    return parse_cn_integer(text)


#: A date whose 年 and 月 a web page lost (2024717日, 830日 after 至): digits and 日.
RUN_TOGETHER_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})?(?P<md>\d{3,4})日")


def split_run_together(match: re.Match[str]) -> tuple[int | None, int, int] | None:
    """(year, month, day) of a :data:`RUN_TOGETHER_DATE` match when its digits split
    into a month and a day one way only (717 → 7/17, 1228 → 12/28; 111 could be 1/11
    or 11/1 and is no date)."""
    digits = match["md"]
    splits = [
        (int(digits[:k]), int(digits[k:]))
        for k in (1, 2)
        if k < len(digits) and len(digits) - k <= 2 and digits[0] != "0"
    ]
    valid = [(m, d) for m, d in splits if 1 <= m <= 12 and 1 <= d <= 31]
    if len(valid) != 1:
        return None
    year = int(match["y"]) if match["y"] else None
    return year, valid[0][0], valid[0][1]


def _parse_point(text: str) -> _Point | None:
    if not text:
        return None
    lost = RUN_TOGETHER_DATE.fullmatch(text)
    if lost and (split := split_run_together(lost)) is not None:
        year, month, day = split  # written again with its units: 2024年7月17日
        text = (f"{year}年" if year else "") + f"{month}月{day}日"
    bare = _BARE_QUARTER.match(text)
    if bare:
        point = _Point()
        if bare["q"]:
            point.quarter = _cn_or_int(bare["q"])
            point.fields.append("q")
        else:
            point.half = 1 if bare["half"] == "上" else 2
            point.fields.append("h")
        return point
    match = _POINT.match(text)
    if not match or not match.group(0):
        return None
    point = _Point()
    if match["y"]:
        point.year = _cn_or_int(match["y"])
        point.fields.append("y")
        ypart = match["ypart"] or ""
        if ypart.endswith(("底", "末")):
            point.year_part = "end"
        elif ypart.endswith("初"):
            point.year_part = "start"
        elif ypart.endswith("中"):
            point.year_part = "middle"
        elif ypart == "半年度":
            point.half = 1
        if match["half"]:
            point.half = 1 if match["half"] == "上" else 2
        if match["nq"]:
            point.quarters_through = _cn_or_int(match["nq"])
        if match["q"] or match["qq"]:
            point.quarter = _cn_or_int(match["q"] or match["qq"])
            point.quarter_part = {"末": "end", "初": "start"}.get(match["qpart"] or "")
        if point.half:
            point.fields.append("h")
        if point.quarter or point.quarters_through:
            point.fields.append("q")
    if match["m"]:
        point.month = _cn_or_int(match["m"])
        point.fields.append("m")
        point.month_part = {
            "底": "end",
            "末": "end",
            "初": "start",
            "中": "middle",
            "上旬": "early",
            "中旬": "mid",
            "下旬": "late",
        }.get(match["mpart"] or "")
    if match["d"]:
        point.day = _cn_or_int(match["d"])
        point.fields.append("d")
    if match["hh"]:
        point.time = (int(match["hh"]), int(match["mi"]), int(match["ss"] or 0))
        point.fields.append("t")
    if not point.fields:
        return None
    return point


def _valid(point: _Point) -> bool:
    if point.year is not None and not 1900 <= point.year <= 2100:
        return False
    if point.month is not None and not 1 <= point.month <= 12:
        return False
    if point.quarter is not None and not 1 <= point.quarter <= 4:
        return False
    if point.quarters_through is not None and not 1 <= point.quarters_through <= 3:
        return False
    if point.day is not None:
        if point.month is None:
            return 1 <= point.day <= 31
        year = point.year or 2000  # a leap year, so 2月29日 without a year passes
        if not 1 <= point.day <= calendar.monthrange(year, point.month)[1]:
            return False
    if point.time is not None:
        hh, mi, ss = point.time
        if not (0 <= hh <= 24 and 0 <= mi < 60 and 0 <= ss < 60):
            return False
    return True


def _granularity(point: _Point) -> str:
    if point.time is not None:
        return "datetime"
    if point.day is not None:
        return "day"
    if point.month is not None:
        return "month"
    if point.quarter is not None or point.quarters_through is not None:
        return "quarter"
    if point.half is not None:
        return "half"
    return "year"


def _bounds(point: _Point, year: int) -> tuple[str, str]:
    """First and last ISO day (or datetime) the point covers."""
    if point.time is not None and point.month and point.day:
        hh, mi, ss = point.time
        stamp = f"{year:04d}-{point.month:02d}-{point.day:02d}T{hh:02d}:{mi:02d}:{ss:02d}"
        return stamp, stamp
    if point.month is not None:
        last = calendar.monthrange(year, point.month)[1]
        if point.day is not None:
            first = last_day = point.day
        else:
            first, last_day = {
                "end": (last, last),
                "start": (1, 1),
                "middle": (15, 15),
                "early": (1, 10),
                "mid": (11, 20),
                "late": (21, last),
            }.get(point.month_part or "", (1, last))
        return (
            f"{year:04d}-{point.month:02d}-{first:02d}",
            f"{year:04d}-{point.month:02d}-{last_day:02d}",
        )
    if point.quarters_through is not None:
        end_month = 3 * point.quarters_through
        last = calendar.monthrange(year, end_month)[1]
        return f"{year:04d}-01-01", f"{year:04d}-{end_month:02d}-{last:02d}"
    if point.quarter is not None:
        first_month, end_month = 3 * point.quarter - 2, 3 * point.quarter
        last = calendar.monthrange(year, end_month)[1]
        first = f"{year:04d}-{first_month:02d}-01"
        final = f"{year:04d}-{end_month:02d}-{last:02d}"
        if point.quarter_part == "end":  # 三季度末: the quarter's last day
            return final, final
        if point.quarter_part == "start":
            return first, first
        return first, final
    if point.half is not None:
        if point.half == 1:
            return f"{year:04d}-01-01", f"{year:04d}-06-30"
        return f"{year:04d}-07-01", f"{year:04d}-12-31"
    if point.year_part == "end":
        return f"{year:04d}-12-31", f"{year:04d}-12-31"
    if point.year_part == "start":
        return f"{year:04d}-01-01", f"{year:04d}-01-01"
    if point.year_part == "middle":
        return f"{year:04d}-06-30", f"{year:04d}-06-30"
    return f"{year:04d}-01-01", f"{year:04d}-12-31"


def _part(point: _Point) -> str | None:
    if point.month is not None and point.day is None:
        return point.month_part
    if point.month is None and point.quarter is None and point.half is None:
        return point.year_part
    if point.month is None and point.quarter is not None:
        return point.quarter_part
    return None


def _inherit(right: _Point, left: _Point) -> None:
    """The right side of a range takes the coarser fields it does not write."""
    if right.year is None and left.year is not None:
        right.year = left.year
    if "m" not in right.fields and "d" in right.fields and left.month is not None:
        right.month = left.month


#: Connectors written as words: where one stands, a dash is inside a side (2023-04-10至…).
_WORD_CONNECTOR = re.compile(r"至|到|~|～")


def _split_range(text: str) -> tuple[str, str] | None:
    connectors = _WORD_CONNECTOR if _WORD_CONNECTOR.search(text) else _CONNECTOR
    for match in connectors.finditer(text):
        left, right = text[: match.start()], text[match.end() :]
        if left and right:
            return left, right
    return None


def _complete_left(left: str, right: _Point) -> str:
    """``2020-2022年`` / ``1-6月`` / ``8—9日``: the left side borrows the unit of
    the right side's first field when it ends in a bare number."""
    if not re.search(r"\d$|[" + _CN + "]$", left) or not right.fields:
        return left
    first = right.fields[0]
    unit = _UNIT_FOR.get(first)
    if unit is None:
        return left
    return left + unit


class DateParser:
    """Parse one DATE mention; ``last_year`` is the year written last before it.

    Returns None for text that is not a calendar date (document numbers
    ``(20)湛仲字第2号``, licence numbers ``苏ICP备08115729号-2``, durations)."""

    def __call__(
        self, text: str, last_year: int | None = None
    ) -> tuple[DateValue, int | None] | None:
        """The value and the last year written explicitly in ``text`` (or None)."""
        if not text:
            return None
        spaced = re.sub(r"\s+", " ", to_halfwidth(text)).strip()
        iso = _ISO.match(spaced)
        if iso:
            return self._iso(iso)
        compact = re.sub(r"\s+", "", spaced)
        compact = _LEAD.sub("", compact)
        compact = _TRAIL.sub("", compact)
        if not compact:
            return None
        if re.fullmatch(r"(?:19|20)\d{2}", compact):
            compact += "年"  # [2023]全球汽车芯片创新大会: a year written without 年
        point = _parse_point(compact)
        if point is not None:
            if not _valid(point):
                return None
            return self._single(point, last_year)
        return self._range(compact, last_year)

    def _iso(self, match: re.Match[str]) -> tuple[DateValue, int | None] | None:
        point = _Point(year=int(match["y"]), month=int(match["m"]), day=int(match["d"]))
        point.fields = ["y", "m", "d"]
        if match["hh"]:
            point.time = (int(match["hh"]), int(match["mi"]), int(match["ss"] or 0))
        if not _valid(point):
            return None
        start, end = _bounds(point, point.year)  # type: ignore[arg-type]
        return DateValue(start, end, _granularity(point), False), point.year

    def _single(self, point: _Point, last_year: int | None) -> tuple[DateValue, int | None]:
        inferred = point.year is None
        year = point.year if point.year is not None else last_year
        gran = _granularity(point)
        if year is None:
            return DateValue(None, None, gran, False, _part(point)), None
        start, end = _bounds(point, year)
        return DateValue(start, end, gran, inferred, _part(point)), point.year

    def _range(self, text: str, last_year: int | None) -> tuple[DateValue, int | None] | None:
        parts = _split_range(text)
        if parts is None:
            return None
        left_text, right_text = parts
        dotted = _ISO.fullmatch(left_text), _ISO.fullmatch(right_text)
        if dotted[0] and dotted[1]:  # 2023.3.6-2023.5.10: two dotted days
            first, last = self._iso(dotted[0]), self._iso(dotted[1])
            if first is None or last is None or last[0].end < first[0].start:
                return None
            return DateValue(first[0].start, last[0].end, "day", False), last[1]
        right = _parse_point(right_text)
        if right is None:
            return None
        left = _parse_point(_complete_left(left_text, right))
        if left is None:
            return None
        if left.year is None and right.year is not None and right.fields[0] == "y":
            return None  # 5月至2023年: not a range form
        _inherit(right, left)
        if not (_valid(left) and _valid(right)):
            return None
        written_year = right.year if "y" in right.fields else left.year
        inferred = left.year is None
        year_left = left.year if left.year is not None else last_year
        year_right = right.year if right.year is not None else year_left
        finest = min((_granularity(left), _granularity(right)), key=GRANULARITY_ORDER.index)
        if year_left is None or year_right is None:
            return DateValue(None, None, finest, False), None
        start, _ = _bounds(left, year_left)
        _, end = _bounds(right, year_right)
        if end < start:
            return None
        coarser_end = _granularity(right) if _granularity(right) != finest else None
        return DateValue(start, end, finest, inferred, end_granularity=coarser_end), written_year


#: Stateless parser instance; use :class:`DateNormalizer` for document order.
parse_date = DateParser()


class DateNormalizer:
    """DATE values for one document, fed in document order: a date without a
    year takes the last year written explicitly before it (``10月16日`` after
    ``2021年9月18日`` is 2021-10-16), or ``reference_year`` before any."""

    def __init__(self, reference_year: int | None = None) -> None:
        self.last_year = reference_year

    def __call__(self, text: str) -> dict[str, object] | None:
        parsed = parse_date(text, self.last_year)
        if parsed is None:
            return None
        value, written_year = parsed
        if written_year is not None:
            self.last_year = written_year
        return value.to_dict()
