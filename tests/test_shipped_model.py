"""The shipped pipeline in models/extractor-zh, loaded offline exactly as a user would."""

from __future__ import annotations

import pytest
import spacy

import extractor
from extractor.recognizers.bert import FACTORY
from tests.conftest import ROOT, read_seed
from training.corpus import load_corpus
from training.evaluate import evaluate_pipeline

MODEL = ROOT / "models" / "extractor-zh"


@pytest.fixture(autouse=True)
def offline(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")


def test_spacy_load_finds_the_component_and_pkuseg():
    nlp = spacy.load(MODEL)
    assert nlp.lang == "zh"
    assert FACTORY in nlp.pipe_names or FACTORY in nlp.pipe_factories.values()
    assert nlp.tokenizer.segmenter == "pkuseg"
    doc = nlp("锡山经济技术开发区党工委立即召开会议，罚款29.02万元。")
    assert {(e.text, e.label_) for e in doc.ents} >= {("29.02万元", "AMOUNT")}
    assert not list(MODEL.rglob("*.bin")) and not list(MODEL.rglob("*.pt"))
    assert list((MODEL / FACTORY).glob("*.safetensors"))


def test_extract_uses_the_shipped_model_by_default():
    text = read_seed("000")
    notice = extractor.extract(text)
    assert notice.backend == "bert"
    assert len(notice.problems) == 9
    assert len(notice.entities) > 150
    for entity in notice.entities:
        assert text[entity.start : entity.end] == entity.text
    labels = {e.label for e in notice.entities}
    assert {"ORG", "DATE", "AMOUNT", "COUNT", "PERCENT"} <= labels


def test_model_path_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("EXTRACTOR_MODEL", str(tmp_path / "missing"))
    with pytest.raises(extractor.ModelNotFoundError, match="EXTRACTOR_MODEL"):
        extractor.Extractor()
    monkeypatch.setenv("EXTRACTOR_MODEL", str(MODEL))
    assert extractor.Extractor().recognizer.path == MODEL


def test_in_sample_quality_floor():
    """On its own training notices the model must at least match what it was given;
    a broken export or tag mapping would fall far below this."""
    report = evaluate_pipeline(load_corpus([ROOT / "corpus" / "gold"]))
    assert report.micro.f1 > 0.9
    for label in ("DATE", "AMOUNT", "COUNT", "PERCENT"):
        assert report.labels[label].f1 > 0.9
    assert report.headings["f1"] == 1.0
