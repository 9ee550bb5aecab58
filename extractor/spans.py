"""The one span type shared by recognisers, the corpus tools and training.

Every stage exchanges entity mentions as plain character offsets into the
caller's string, so gold annotations and predictions compare directly.
"""

from __future__ import annotations

from dataclasses import dataclass

LABELS: tuple[str, ...] = ("ORG", "DATE", "AMOUNT", "COUNT", "PERCENT", "QUANTITY")
HEADING_KINDS: tuple[str, ...] = ("problem", "category", "status", "section")
#: character-level IOB2 tag set, in the fixed order the models' label ids use
IOB2_TAGS: tuple[str, ...] = ("O",) + tuple(f"{p}-{label}" for label in LABELS for p in ("B", "I"))


@dataclass(frozen=True, order=True)
class Span:
    """A labelled half-open character range ``text[start:end]``."""

    start: int
    end: int
    label: str

    def text_in(self, text: str) -> str:
        return text[self.start : self.end]

    def to_dict(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "label": self.label}
