"""Result types: what a user gets back from :func:`extractor.extract`.

All offsets index the caller's original string. The dataclasses serialise to
plain dicts (``to_dict``), JSON, and pandas DataFrames, which is the form
analysts actually work in (one row per entity, one row per problem).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from extractor.values.totals import AmountTotals, sum_amounts

if TYPE_CHECKING:  # pandas is imported lazily: extraction does not need it
    import pandas as pd


#: the columns of :meth:`Notice.problems_frame`, in order
PROBLEM_COLUMNS: list[str] = [
    "source",
    "key",
    "number",
    "statement",
    "status",
    "status_text",
    "category",
    "amount_yuan",
    "amount_approximate",
    "amounts_other",
    "thresholds",
    "amounts",
    "counts",
    "dates",
    "organisations",
    "entities",
]


@dataclass
class Entity:
    """One mention: ``notice.text[start:end] == text``."""

    start: int
    end: int
    label: str
    text: str
    value: dict[str, Any] | None = None
    #: index into ``Notice.headings`` of the innermost enclosing heading
    heading: int | None = None
    #: index into ``Notice.problems`` of the problem this mention belongs to
    problem: int | None = None
    #: "finding" inside a problem heading, "measure" in a problem's body, else None
    role: str | None = None
    #: heading indices from the outermost to the innermost enclosing heading
    heading_path: list[int] = field(default_factory=list)


@dataclass
class Heading:
    start: int
    end: int
    level: int
    kind: str
    text: str
    marker: str
    number: int | None
    title: str
    parent: int | None
    #: the problem statement for a ``problem`` heading (as in the guideline)
    problem: str | None = None
    #: normalised progress for a ``status`` heading: completed / in_progress / long_term
    status: str | None = None
    #: end offset of the text this heading governs
    scope_end: int = 0


@dataclass
class Problem:
    """One problem fed back by the inspection and the text on its rectification.

    ``number`` is the number as written, and notices restart it under each
    status heading (已完成 1–8, then 正在推进 1), so two problems of one notice
    can share it.  ``key`` never repeats within a notice: it is the problem's
    1-based position in the document, and the frames, ``to_dict``, the report
    and the notebooks all join on it (with ``source`` across notices).
    """

    index: int
    number: int | None
    statement: str
    heading: int
    status: str | None
    status_text: str | None
    category: str | None
    start: int
    end: int
    entities: list[int] = field(default_factory=list)
    #: unique within the notice: the 1-based position (``index + 1``) unless given
    key: int | None = None

    def __post_init__(self) -> None:
        if self.key is None:
            self.key = self.index + 1


@dataclass
class Metadata:
    title: str | None = None
    inspection_kind: str | None = None
    team: str | None = None
    inspected_organisation: str | None = None
    inspected_alias: str | None = None
    period_text: str | None = None
    period: dict[str, Any] | None = None
    feedback_date_text: str | None = None
    feedback_date: dict[str, Any] | None = None
    issuer: str | None = None
    signature_date_text: str | None = None
    signature_date: dict[str, Any] | None = None
    published: str | None = None
    stated_totals: dict[str, int] = field(default_factory=dict)
    is_notice: bool = False


@dataclass
class Notice:
    """The structured reading of one notice."""

    text: str
    metadata: Metadata
    headings: list[Heading]
    problems: list[Problem]
    entities: list[Entity]
    backend: str
    #: offset where a repeated second copy of the document starts (not analysed)
    duplicate_from: int | None = None
    warnings: list[str] = field(default_factory=list)
    source: str | None = None
    #: line breaks of a hard-wrapped text that the analysis read as column wraps
    joined_breaks: list[int] = field(default_factory=list)

    @classmethod
    def from_doc(cls, doc: Any, backend: str = "bert", source: str | None = None) -> Notice:
        """The Notice of a spaCy Doc that went through the shipped pipeline
        (``spacy.load(model)(text)``): the same as ``extract(text)``."""
        from extractor.pipeline import notice_from_doc

        return notice_from_doc(doc, backend, source)

    def to_dict(self, *, include_text: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "source": self.source,
            "backend": self.backend,
            "metadata": asdict(self.metadata),
            "headings": [asdict(h) for h in self.headings],
            "problems": [self._problem_dict(p) for p in self.problems],
            "entities": [asdict(e) for e in self.entities],
            "duplicate_from": self.duplicate_from,
            "joined_breaks": list(self.joined_breaks),
            "warnings": list(self.warnings),
        }
        if include_text:
            out["text"] = self.text
        return out

    def _problem_dict(self, problem: Problem) -> dict[str, Any]:
        totals = self.problem_amounts(problem)
        return {
            **asdict(problem),
            "amount_yuan": totals.yuan,
            "amounts_by_currency": dict(totals.by_currency),
        }

    def problem_amounts(self, problem: Problem) -> AmountTotals:
        """The problem's money per currency, bounds (超亿元, 10亿元以上) left out."""
        return sum_amounts(
            self.entities[i].value
            for i in problem.entities
            if 0 <= i < len(self.entities) and self.entities[i].label == "AMOUNT"
        )

    def to_json(self, *, indent: int | None = 2, include_text: bool = False) -> str:
        return json.dumps(
            self.to_dict(include_text=include_text), ensure_ascii=False, indent=indent
        )

    def heading_path_text(self, entity: Entity, sep: str = " > ") -> str:
        return sep.join(self.headings[i].title for i in entity.heading_path)

    def entities_frame(self) -> pd.DataFrame:
        """One row per entity, with its heading path and problem spelled out."""
        import pandas as pd

        rows = []
        for e in self.entities:
            problem = self.problems[e.problem] if e.problem is not None else None
            rows.append(
                {
                    "source": self.source,
                    "start": e.start,
                    "end": e.end,
                    "label": e.label,
                    "text": e.text,
                    "value": _value_scalar(e),
                    "unit": (e.value or {}).get("unit"),
                    "currency": (e.value or {}).get("currency"),
                    "approximate": (e.value or {}).get("approximate"),
                    "threshold": (e.value or {}).get("threshold"),
                    "value_json": json.dumps(e.value, ensure_ascii=False) if e.value else None,
                    "role": e.role,
                    "problem_key": problem.key if problem else None,
                    "problem_number": problem.number if problem else None,
                    "problem": problem.statement if problem else None,
                    "heading": self.headings[e.heading].title if e.heading is not None else None,
                    "heading_path": self.heading_path_text(e),
                }
            )
        columns = ["source", "start", "end", "label", "text", "value", "unit", "currency"]
        columns += ["approximate", "threshold", "value_json", "role", "problem_key"]
        columns += ["problem_number", "problem", "heading", "heading_path"]
        return pd.DataFrame(rows, columns=columns)

    def problems_frame(self) -> pd.DataFrame:
        """One row per problem: status, category, and what the notice reports on it.

        ``amount_yuan`` sums the problem's yuan amounts only, bounds left out
        (超亿元产业项目 is no money spent); other currencies are in
        ``amounts_other`` as written (``1 亿美元``), and ``thresholds`` counts the
        bounds that were not added.  ``amounts`` counts every AMOUNT mention.
        """
        import pandas as pd

        rows = []
        for p in self.problems:
            ents = [self.entities[i] for i in p.entities if 0 <= i < len(self.entities)]
            totals = self.problem_amounts(p)
            orgs = list(dict.fromkeys(e.text.replace("\n", "") for e in ents if e.label == "ORG"))
            rows.append(
                {
                    "source": self.source,
                    "key": p.key,
                    "number": p.number,
                    "statement": p.statement,
                    "status": p.status,
                    "status_text": p.status_text,
                    "category": p.category,
                    "amount_yuan": totals.yuan,
                    "amount_approximate": "CNY" in totals.approximate,
                    "amounts_other": totals.describe_foreign(),
                    "thresholds": totals.thresholds,
                    "amounts": sum(1 for e in ents if e.label == "AMOUNT"),
                    "counts": sum(1 for e in ents if e.label == "COUNT"),
                    "dates": "; ".join(e.text.replace("\n", "") for e in ents if e.label == "DATE"),
                    "organisations": "、".join(orgs),
                    "entities": len(ents),
                }
            )
        return pd.DataFrame(rows, columns=PROBLEM_COLUMNS)

    def headings_frame(self) -> pd.DataFrame:
        import pandas as pd

        return pd.DataFrame([asdict(h) for h in self.headings])


def _value_scalar(entity: Entity) -> Any:
    """The one number or date an analyst sorts by, taken from ``value``."""
    value = entity.value or {}
    for key in ("amount", "value", "start", "name"):
        if value.get(key) is not None:
            return value[key]
    return None
