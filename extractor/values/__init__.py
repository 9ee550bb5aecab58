"""Normalised values for entity mentions, one parser per label.

:class:`ValueNormalizer` is what the pipeline calls: one instance per
document, fed the mentions in document order, so that a date written
without its year takes the year written last before it.  Every parser
returns a plain JSON-able dict, or None when the text cannot be read as a
value of that label; none of them raises on odd input.

Value shapes::

    DATE      {"start": "2021-06-23", "end": "2021-07-30", "granularity": "day",
               "year_inferred": False[, "part": "end"]}
    AMOUNT    {"amount": 1520000.0, "currency": "CNY", "unit": "万元", "approximate": False,
               "threshold": False}
    COUNT     {"value": 11.0, "unit": "家", "approximate": False, "threshold": False[, "max": 3.0]}
              (十几 → 11..19, 两三 → 2..3, 数十 → 20..90: value is the lower bound)
    PERCENT   {"value": 96.4, "unit": "%" | "percentage_point", "approximate": False,
               "threshold": False}
    QUANTITY  {"value": 16000.0, "unit": "平方米", "unit_written": "平米", "approximate": False,
               "threshold": False}
    ORG       {"name": "锡山经济技术开发区党工委"}

The four number shapes carry ``threshold`` (and ``bound``: ``"at_least"`` or
``"at_most"`` when it is true) for a figure that is a bound, not an amount:
超[亿元]产业项目, 总投资[10亿元]以上项目 (see :mod:`extractor.values.qualifiers`;
the qualifier words sit outside the span, so the caller passes the text
around it as ``before``/``after``).  Sums skip them (:mod:`extractor.values.totals`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from extractor.values.date import DateNormalizer, DateParser, DateValue, parse_date
from extractor.values.measures import (
    AmountParser,
    CountParser,
    OrgParser,
    PercentParser,
    QuantityParser,
    parse_amount,
    parse_count,
    parse_org,
    parse_percent,
    parse_quantity,
)
from extractor.values.qualifiers import (
    NUMERIC_LABELS,
    Qualifier,
    qualify,
    read_qualifier,
    share_bounds,
)
from extractor.values.totals import AmountTotals, sum_amounts

_STATELESS: dict[str, Callable[[str], dict[str, Any] | None]] = {
    "AMOUNT": parse_amount,
    "COUNT": parse_count,
    "PERCENT": parse_percent,
    "QUANTITY": parse_quantity,
    "ORG": parse_org,
}


class ValueNormalizer:
    """Normalise the mentions of one document, fed in document order."""

    def __init__(self, reference_year: int | None = None) -> None:
        self.dates = DateNormalizer(reference_year)

    def __call__(
        self, label: str, text: str, *, before: str = "", after: str = ""
    ) -> dict[str, Any] | None:
        """The value of one mention; ``before``/``after`` are the few characters
        of text touching it, where 超/近/以上 say it is a bound or a guess."""
        if not isinstance(text, str) or not text.strip():
            return None
        try:
            if label == "DATE":
                return self.dates(text)
            parser = _STATELESS.get(label)
            value = parser(text) if parser else None
            if label in NUMERIC_LABELS:
                value = qualify(value, read_qualifier(text, before or "", after or ""))
            return value
        except (ValueError, ArithmeticError, IndexError, KeyError):  # pragma: no cover - guard
            # The parsers validate their input; this guard keeps one odd
            # mention from stopping a whole document.
            return None


def normalize(label: str, text: str) -> dict[str, Any] | None:
    """One mention on its own (no document context: dates keep no year, and
    only qualifiers inside ``text`` count: ``超亿元`` is a threshold)."""
    return ValueNormalizer()(label, text)


__all__ = [
    "AmountParser",
    "AmountTotals",
    "Qualifier",
    "CountParser",
    "DateNormalizer",
    "DateParser",
    "DateValue",
    "OrgParser",
    "PercentParser",
    "QuantityParser",
    "ValueNormalizer",
    "normalize",
    "parse_amount",
    "parse_count",
    "parse_date",
    "parse_org",
    "parse_percent",
    "parse_quantity",
    "qualify",
    "read_qualifier",
    "share_bounds",
    "sum_amounts",
]
