"""How the NER component combines the model's spans with the rules' spans.

``model``: the model's spans as they are (it sees the rule tags as input
features and a logit prior towards them, so it overrules the rules only where
it has learnt to). ``rules_plus_model``: the rules' spans stay, and the model
adds the ORG names it finds where the rules found nothing, when the rule
layer accepts their form (:func:`orgs.acceptable_name`). On the development
notices the model's free departures were mostly wrong (cut or run-on names,
lone characters), while the names it finds in text the rules left empty are
the rules' known blind spots (units named without an owner, 公司业务部); the
form check keeps its cut names out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the rules load their word lists on import; options need only the names
    from extractor.spans import Span

#: the combinations a pipeline may be configured with
COMBINATIONS: tuple[str, ...] = ("model", "rules_plus_model")


def combine(text: str, model: list[Span], rules: list[Span], how: str = "model") -> list[Span]:
    """The component's spans for ``text`` (all offsets into the same text)."""
    if how == "model":
        return model
    if how != "rules_plus_model":
        raise ValueError(f"unknown combination {how!r}; expected one of {COMBINATIONS}")
    from extractor.recognizers.rules.orgs import name_checker

    taken = [(s.start, s.end) for s in rules]
    proposed = [
        s
        for s in model
        if s.label == "ORG" and not any(a < s.end and s.start < b for a, b in taken)
    ]
    acceptable = name_checker(text) if proposed else None
    added = [s for s in proposed if acceptable and acceptable(s.start, s.end)]
    return sorted(list(rules) + added, key=lambda s: (s.start, s.end))
