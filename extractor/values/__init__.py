"""Normalised values for entity mentions, one parser per label.

:class:`ValueNormalizer` is what the pipeline calls: one instance per
document, fed the mentions in document order, so that a date written
without its year takes the year written last before it.  Every parser
returns a plain JSON-able dict, or None when the text cannot be read as a
value of that label; none of them raises on odd input.

Value shapes::

    DATE      {"start": "2021-06-23", "end": "2021-07-30", "granularity": "day",
               "year_inferred": False[, "part": "end"]}
    AMOUNT    {"amount": 1520000.0, "currency": "CNY", "unit": "万元", "approximate": False}
    COUNT     {"value": 11.0, "unit": "家", "approximate": False[, "max": 3.0]}
              (十几 → 11..19, 两三 → 2..3, 数十 → 20..90: value is the lower bound)
    PERCENT   {"value": 96.4, "unit": "%" | "percentage_point", "approximate": False}
    QUANTITY  {"value": 16000.0, "unit": "平方米", "unit_written": "平米", "approximate": False}
    ORG       {"name": "锡山经济技术开发区党工委"}
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

    def __call__(self, label: str, text: str) -> dict[str, Any] | None:
        if not isinstance(text, str) or not text.strip():
            return None
        try:
            if label == "DATE":
                return self.dates(text)
            parser = _STATELESS.get(label)
            return parser(text) if parser else None
        except (ValueError, ArithmeticError, IndexError, KeyError):  # pragma: no cover - guard
            # The parsers validate their input; this guard keeps one odd
            # mention from stopping a whole document.
            return None


def normalize(label: str, text: str) -> dict[str, Any] | None:
    """One mention on its own (no document context: dates keep no year)."""
    return ValueNormalizer()(label, text)


__all__ = [
    "AmountParser",
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
]
