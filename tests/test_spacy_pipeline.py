"""One pipeline: the shipped spaCy pipeline on raw text gives ``extract()``'s entities.

``spacy.load`` users and ``extract()`` users must read the same mentions: the
NER component cleans the text itself (hard-wrapped PDF lines, folded
punctuation) and sets ``doc.ents`` in raw offsets.
"""

from __future__ import annotations

import re

import pytest
import spacy

import extractor
from extractor.pipeline import notice_from_doc
from extractor.recognizers.rule_ner import rules_pipeline
from tests.conftest import ROOT, read_seed

MODEL = ROOT / "models" / "extractor-zh"
TEXTS = sorted((ROOT / "corpus" / "seeds").glob("*.txt")) + sorted(
    (ROOT / "corpus" / "variants").glob("*.txt")
)


@pytest.fixture(autouse=True)
def offline(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL)


def _ents(doc) -> list[tuple[int, int, str]]:
    return [(e.start_char, e.end_char, e.label_) for e in doc.ents]


def _entities(notice) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.label) for e in notice.entities]


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem.split("_")[0])
def test_spacy_load_gives_extracts_entities(nlp, path):
    raw = path.read_text(encoding="utf-8")
    doc = nlp(raw)
    notice = extractor.extract(raw, model=MODEL)
    assert _ents(doc) == _entities(notice)
    assert [(h.start_char, h.end_char) for h in doc.spans["headings"]] == [
        (h.start, h.end) for h in notice.headings
    ]


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem.split("_")[0])
def test_rules_pipeline_gives_the_rules_backends_entities(path):
    raw = path.read_text(encoding="utf-8")
    assert _ents(rules_pipeline()(raw)) == _entities(extractor.extract(raw, backend="rules"))


def test_hard_wrapped_text_gives_whole_entities(nlp):
    raw = read_seed("000")  # a PDF dump: lines end mid-word
    for doc in (nlp(raw), rules_pipeline()(raw)):
        dates = [e.text for e in doc.ents if e.label_ == "DATE"]
        assert "2021年6月23\n日至7月30日" in dates
        # mentions run across the PDF's line ends instead of being cut there
        assert sum("\n" in e.text for e in doc.ents) >= 5
        assert not any(e.text.startswith("日") for e in doc.ents if e.label_ == "DATE")


def test_entities_carry_values_and_places(nlp):
    raw = read_seed("000")
    doc = nlp(raw)
    notice = extractor.Notice.from_doc(doc)
    assert notice.to_dict() == extractor.extract(raw, model=MODEL).to_dict()
    assert notice_from_doc(doc, "bert").to_dict() == notice.to_dict()
    amounts = [e for e in doc.ents if e.label_ == "AMOUNT"]
    assert amounts and all(e._.value for e in amounts)
    assert any(e._.problem is not None and e._.role for e in doc.ents)
    assert all(e._.heading_path is not None for e in doc.ents)
    assert {s.label_ for s in doc.spans["rules"]} >= {"DATE", "AMOUNT", "ORG"}


def test_component_declares_labels_and_scores(nlp):
    from spacy.training import Example

    ner = nlp.get_pipe("extractor_bert_ner")
    assert set(ner.labels) == {"ORG", "DATE", "AMOUNT", "COUNT", "PERCENT", "QUANTITY"}
    text = "锡山经济技术开发区党工委于2021年6月23日召开会议，罚款29.02万元。"
    predicted = nlp(text)
    gold = nlp.make_doc(text)
    reference = Example.from_dict(
        gold, {"entities": [(e.start_char, e.end_char, e.label_) for e in predicted.ents]}
    )
    scores = nlp.evaluate([Example(nlp.make_doc(text), reference.reference)])
    assert scores["ents_f"] == 1.0


def test_text_without_chinese_gets_no_entities(nlp):
    doc = nlp("Hello world 2021")
    assert not doc.ents


def test_library_does_not_import_training_or_torch_at_import_time():
    """training/ depends on extractor, never the reverse: importing the library and its
    CLI modules pulls in neither training nor torch (the commands import them lazily)."""
    import subprocess
    import sys

    code = (
        "import sys, extractor, extractor.cli, extractor.annotate, extractor.workflow_cli;"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'training', 'torch'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_spacy_evaluate_scores_match_the_exact_span_scores():
    """``python -m spacy evaluate`` (``nlp.evaluate``) on gold notices gives the same
    exact-span micro P/R/F as ``training.evaluate`` on ``extract()``'s entities.
    References are blank-zh docs (one token per character), so any gold span fits."""
    from spacy.training import Example

    from training.corpus import load_corpus
    from training.evaluate import evaluate_pipeline

    gold = load_corpus([ROOT / "corpus" / "gold" / "003.jsonl"])
    nlp = rules_pipeline()
    examples = []
    for d in gold:
        reference = spacy.blank("zh").make_doc(d.text)
        reference.ents = [reference.char_span(s.start, s.end, label=s.label) for s in d.spans]
        examples.append(Example(nlp.make_doc(d.text), reference))
    scores = nlp.evaluate(examples)
    report = evaluate_pipeline(gold, backend="rules")
    assert scores["ents_p"] == pytest.approx(report.micro.precision)
    assert scores["ents_r"] == pytest.approx(report.micro.recall)
    assert scores["ents_f"] == pytest.approx(report.micro.f1)


NOTICES = ROOT.parent / "shared" / "data" / "notices" / "notices.jsonl"


@pytest.mark.skipif(not NOTICES.is_file(), reason="../shared/data/notices not beside the clone")
def test_spacy_evaluate_on_a_docbin_of_the_40_notices_prints_extractor_evaluates_figures(
    tmp_path,
):
    """``python -m spacy evaluate models/extractor-zh notices.spacy`` (its function, on a
    DocBin written by ``training.formats``) gives the exact-span P/R/F and per-label
    figures that ``extractor evaluate`` computes from ``extract()`` on the same notices."""
    from spacy.cli.evaluate import evaluate as spacy_evaluate

    from training.corpus import load_corpus
    from training.evaluate import evaluate_pipeline
    from training.formats import main as formats_main

    docbin = tmp_path / "notices.spacy"
    assert formats_main(["export", "--format", "spacy", str(NOTICES), str(docbin)]) == 0
    scores = spacy_evaluate(MODEL, docbin, silent=True)
    gold = load_corpus([NOTICES])
    report = evaluate_pipeline(gold, backend="bert", model=MODEL)
    assert report.micro.support == sum(len(d.spans) for d in gold) > 800
    assert scores["ents_p"] == pytest.approx(report.micro.precision)
    assert scores["ents_r"] == pytest.approx(report.micro.recall)
    assert scores["ents_f"] == pytest.approx(report.micro.f1)
    for label, score in report.labels.items():
        if score.support:
            assert scores["ents_per_type"][label]["f"] == pytest.approx(score.f1), label


def test_displacy_renders_whole_entities_of_hard_wrapped_text(nlp):
    """displaCy marks each entity whole, line break included, not a cut-off piece."""
    from spacy import displacy

    raw = read_seed("000")
    doc = nlp(raw)
    html = displacy.render(doc, style="ent", page=False, jupyter=False)
    marks = re.findall(r"<mark[^>]*>(.*?)<span[^>]*>\s*(\w+)\s*</span>\s*</mark>", html, re.S)
    rendered = [(re.sub(r"<br>|</?[^>]+>", "", text).strip(), label) for text, label in marks]
    expected = [(e.text.replace("\n", "").strip(), e.label_) for e in doc.ents]
    assert [(t.replace("\n", ""), lab) for t, lab in rendered] == expected
    assert ("2021年6月23\n日至7月30日", "DATE") in rendered  # whole, with its line break


def test_sentences_end_at_full_stops_and_paragraphs_not_at_wrapped_lines():
    raw = read_seed("000")  # hard-wrapped: most line ends are inside sentences
    doc = rules_pipeline()(raw)
    sents = list(doc.sents)
    assert len(sents) > 50
    for sent in sents[:-1]:
        assert sent.text.rstrip()[-1] in "。！？!?" or "\n" in sent.text_with_ws[-3:], sent.text
    for ent in doc.ents:  # an entity never straddles two sentences
        assert ent.sent.start <= ent.start and ent.end <= ent.sent.end
    assert any("\n" in sent.text.strip() for sent in sents)  # wrapped lines joined


def test_docs_serialise_and_read_back_to_the_same_notice():
    """DocBin, ``doc.to_bytes`` and ``nlp.pipe(n_process=…)`` need msgpack-able user data:
    the view and structure are runtime objects, rebuilt from the text after a round trip."""
    from spacy.tokens import Doc, DocBin

    nlp = rules_pipeline()
    doc = nlp(read_seed("003"))
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert _ents(back) == _ents(doc)
    assert notice_from_doc(back, "rules").to_dict() == notice_from_doc(doc, "rules").to_dict()
    data = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    (again,) = DocBin().from_bytes(data).get_docs(nlp.vocab)
    assert [e._.value for e in again.ents] == [e._.value for e in doc.ents]
