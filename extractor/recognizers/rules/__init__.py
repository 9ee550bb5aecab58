"""The rule-based recogniser: the baseline every model is compared with.

``RuleRecognizer()(text)`` returns DATE/AMOUNT/COUNT/PERCENT/QUANTITY spans
found by pattern and ORG spans found by organ suffix, as offsets into the
string it was given, whatever its line breaks and full-width digits.  It is
the ``backend="rules"`` of the pipeline and the pre-annotator for new
notices; it is never used as a silent fallback for a model.

Everything is a precompiled regex or a bounded left walk from a suffix, so a
1 MB document takes well under a second or two.
"""

from __future__ import annotations

from functools import lru_cache

from extractor.recognizers.rules.numbers import (
    Candidate,
    book_title_regions,
    inside,
    keep,
    quote_regions,
)
from extractor.recognizers.rules.numbers import (
    candidates as number_candidates,
)
from extractor.recognizers.rules.orgs import OrgFinder
from extractor.recognizers.rules.view import CompactView
from extractor.spans import LABEL_SPECS, Span

#: When two candidates overlap, the longer wins; on equal length, this order.
_PRIORITY = {spec.name: spec.overlap_rank for spec in LABEL_SPECS}


class RuleRecognizer:
    """Find entity spans by rule; offsets index the text as given."""

    name = "rules"

    def __init__(self, *, prepared: bool = False) -> None:
        """``prepared``: texts come from :func:`extractor.text.prepare` (as in the
        pipeline), so their remaining line breaks are real boundaries; raw text
        (a PDF dump, a gold record) is read with the line-width heuristic."""
        self._orgs = OrgFinder()
        self.prepared = prepared

    def __call__(self, text: str) -> list[Span]:
        if not text:
            return []
        view = CompactView.of(text, breaks_are_final=self.prepared)
        compact = view.text
        titles = book_title_regions(compact)
        quotes = quote_regions(compact)
        candidates: list[Candidate] = [
            c for c in number_candidates(compact) if keep(c, compact, quotes)
        ]
        orgs = [Candidate(o.start, o.end, "ORG") for o in self._orgs(compact, quotes)]
        chosen: list[Candidate] = []
        taken = bytearray(len(compact))
        # numbers first: their patterns are exact, while an ORG's left edge is
        # a guess that must not swallow a count (3个[支部] → [3个]支部)
        ordered = sorted(
            candidates, key=lambda c: (-(c.end - c.start), _PRIORITY[c.label], c.start)
        )
        ordered += sorted(orgs, key=lambda c: (-(c.end - c.start), c.start))
        for cand in ordered:
            if inside(titles, cand.start, cand.end):
                continue
            if any(taken[cand.start : cand.end]):
                continue
            taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
            chosen.append(cand)
        spans = [Span(*view.to_source(c.start, c.end), c.label) for c in chosen]
        return sorted(spans)


@lru_cache(maxsize=1)
def shared_recognizer() -> RuleRecognizer:
    """One recogniser for prepared text, built once: it holds compiled patterns and
    word lists, never results (results travel on the spaCy Doc, ``doc.spans["rules"]``)."""
    return RuleRecognizer(prepared=True)
