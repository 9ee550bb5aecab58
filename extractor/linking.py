"""Entities to headings and problems, per the guideline's linking rule.

A heading governs the text after it up to the next heading of the same or a
higher level; an entity belongs to the whole path of governing headings, and
to the innermost ``problem`` heading on it. Inside the problem heading itself
it is a *finding*, in the problem's body a rectification *measure*.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from extractor.structure import Structure


@dataclass(frozen=True)
class Link:
    heading: int | None
    path: tuple[int, ...]
    problem: int | None
    role: str | None


class Linker:
    """Answers "where does this offset sit" for one parsed structure."""

    def __init__(self, structure: Structure) -> None:
        self.structure = structure
        self.starts = [h.start for h in structure.headings]
        self.problem_of_heading = {p.heading: i for i, p in enumerate(structure.problems)}

    def innermost(self, position: int) -> int | None:
        headings = self.structure.headings
        index = bisect_right(self.starts, position) - 1
        while index is not None and index >= 0:
            if position < headings[index].scope_end:
                return index
            index = headings[index].parent
        return None

    def __call__(self, start: int) -> Link:
        heading = self.innermost(start)
        path = tuple(self.structure.path(heading)) if heading is not None else ()
        problem = role = None
        for index in reversed(path):
            if index in self.problem_of_heading:
                problem = self.problem_of_heading[index]
                owner = self.structure.headings[index]
                role = "finding" if owner.start <= start < owner.end else "measure"
                break
        return Link(heading=heading, path=path, problem=problem, role=role)
