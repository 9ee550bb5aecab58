"""Rule-based recogniser (work in progress)."""

from __future__ import annotations

from extractor.spans import Span


class RuleRecognizer:
    def __call__(self, text: str) -> list[Span]:
        return []
