"""The entity labels and the one span type shared by recognisers, corpus tools and training.

Every stage exchanges entity mentions as plain character offsets into the
caller's string, so gold annotations and predictions compare directly. The
label set is declared here once, with what the other layers need to know of
each label; the model's tag set, the CLI's choices, the report's colours and
the rules' tie-break all derive from this table.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LabelSpec:
    """One entity label (``../shared/ANNOTATION.md``).

    ``numeric``: a number with a unit, so qualifiers (约, 以上) and ranges apply;
    ``overlap_rank``: when two rule candidates of equal length overlap, the lower
    rank wins (a date over an amount over a count…); ``colour``: its highlight in
    the HTML report and displaCy.
    """

    name: str
    numeric: bool
    overlap_rank: int
    colour: str


LABEL_SPECS: tuple[LabelSpec, ...] = (
    LabelSpec("ORG", numeric=False, overlap_rank=5, colour="#7aecec"),
    LabelSpec("DATE", numeric=False, overlap_rank=0, colour="#feca74"),
    LabelSpec("AMOUNT", numeric=True, overlap_rank=1, colour="#bfeeb7"),
    LabelSpec("COUNT", numeric=True, overlap_rank=4, colour="#aa9cfc"),
    LabelSpec("PERCENT", numeric=True, overlap_rank=2, colour="#ff8197"),
    LabelSpec("QUANTITY", numeric=True, overlap_rank=3, colour="#ffeb80"),
)
LABELS: tuple[str, ...] = tuple(spec.name for spec in LABEL_SPECS)
NUMERIC_LABELS: frozenset[str] = frozenset(spec.name for spec in LABEL_SPECS if spec.numeric)
LABEL_COLOURS: dict[str, str] = {spec.name: spec.colour for spec in LABEL_SPECS}
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
