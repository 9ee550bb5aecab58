"""Sums of AMOUNT values that mean what they say.

A problem's money is the sum of the amounts its text reports, but only of
those that are amounts: a bound (超[亿元]产业项目, [10亿元]以上项目, marked
``threshold`` by :mod:`extractor.values.qualifiers`) is a class of things, not
money, and adding it would invent sums the notice never states.  Currencies
are summed apart (``1亿美元`` is not 1亿元), so the yuan total an analyst sorts
by is yuan only.  Approximate figures (近/约/余) are kept, and the total says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from extractor.values.units import CURRENCY_NAMES


@dataclass
class AmountTotals:
    """The money of some AMOUNT mentions, per currency, bounds left out."""

    #: ISO code → sum of the exact or approximate amounts in that currency
    by_currency: dict[str, float] = field(default_factory=dict)
    #: currencies whose sum includes an approximate figure (近, 约, 余, a range)
    approximate: set[str] = field(default_factory=set)
    #: mentions added into ``by_currency``
    summed: int = 0
    #: mentions left out because they are bounds (超…, …以上)
    thresholds: int = 0
    #: mentions without a readable amount
    unread: int = 0

    @property
    def yuan(self) -> float | None:
        """The CNY sum, or None when no yuan amount was summed."""
        return self.by_currency.get("CNY")

    def foreign(self) -> dict[str, float]:
        return {code: v for code, v in self.by_currency.items() if code != "CNY"}

    def describe_foreign(self) -> str:
        """The non-yuan sums as a reader writes them: ``1.3 亿美元; 500 万港元``."""
        return "; ".join(
            format_money(v, code, approximate=code in self.approximate)
            for code, v in sorted(self.foreign().items())
        )


def sum_amounts(values: Iterable[dict[str, Any] | None]) -> AmountTotals:
    """Add up AMOUNT ``value`` dicts per currency, leaving thresholds out."""
    totals = AmountTotals()
    for value in values:
        amount = (value or {}).get("amount")
        if not isinstance(amount, int | float) or amount != amount:  # None or NaN
            totals.unread += 1
            continue
        if value.get("threshold"):
            totals.thresholds += 1
            continue
        currency = value.get("currency") or "CNY"
        totals.by_currency[currency] = totals.by_currency.get(currency, 0.0) + float(amount)
        if value.get("approximate") or value.get("max") is not None:
            totals.approximate.add(currency)
        totals.summed += 1
    return totals


def _trim(value: float) -> str:
    text = f"{value:,.2f}"
    return text.rstrip("0").rstrip(".")


def format_money(amount: float | None, currency: str = "CNY", *, approximate: bool = False) -> str:
    """An amount the way Chinese readers scan it: ``152 万元``, ``1 亿美元``, ``约 3 万欧元``.

    >>> format_money(1_520_000), format_money(1e8, "USD"), format_money(3500, approximate=True)
    ('152 万元', '1 亿美元', '约 3,500 元')
    """
    if amount is None or amount != amount:
        return ""
    name = CURRENCY_NAMES.get(currency, currency)
    value = float(amount)
    if abs(value) >= 1e8:
        text = f"{_trim(value / 1e8)} 亿{name}"
    elif abs(value) >= 1e4:
        text = f"{_trim(value / 1e4)} 万{name}"
    else:
        text = f"{_trim(value)} {name}"
    return f"约 {text}" if approximate else text
