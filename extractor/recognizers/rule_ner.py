"""The rules as a spaCy NER component (``extractor_rule_ner``): the ``rules`` backend.

The baseline is a pipeline configuration, not a branch in the pipeline code:
a blank ``zh`` pipeline (character tokens, no model files) plus this
component, which writes the same Doc attributes as ``extractor_bert_ner``
(``doc._.prepared``, ``doc.spans["rules"]``, ``doc.ents`` and their values).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.scorer import get_ner_prf
from spacy.tokens import Doc
from spacy.training import Example

from extractor.doc_view import finish, rule_spans, text_view
from extractor.spans import LABELS

FACTORY = "extractor_rule_ner"


class RuleNER:
    """spaCy pipe: ``doc.ents`` are the rule spans of the Doc's cleaned view."""

    labels: tuple[str, ...] = LABELS

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        view = text_view(doc)
        rules = rule_spans(doc, view)
        return finish(doc, view, rules, rules)

    def score(self, examples: Iterable[Example], **kwargs) -> dict[str, object]:
        """Exact-span NER scores (``ents_p/r/f``, per type) for ``spacy evaluate``."""
        return get_ner_prf(examples)


@Language.factory(FACTORY, assigns=["doc.ents", "token.ent_iob", "token.ent_type"])
def make_rule_ner(nlp: Language, name: str) -> RuleNER:
    return RuleNER(nlp, name)


def rules_pipeline() -> Language:
    """A blank ``zh`` pipeline (one token per character) with the rule component."""
    import spacy

    nlp = spacy.blank("zh")
    nlp.add_pipe(FACTORY)
    return nlp
