"""Value normalisation (work in progress)."""

from __future__ import annotations


class ValueNormalizer:
    def __init__(self, reference_year: int | None = None) -> None:
        self.reference_year = reference_year

    def __call__(self, label: str, text: str) -> dict | None:
        return None
