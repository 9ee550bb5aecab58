"""The spaCy NER component mechanics, on a tiny random model (fast, no training)."""

from __future__ import annotations

import numpy as np
import pytest
import spacy
import torch
from spacy.tokens import Doc
from transformers import BertForTokenClassification

from extractor.recognizers.bert import FACTORY, save_pipeline, set_entities
from extractor.recognizers.ner_model import (
    CharTagger,
    TaggerSettings,
    UnsafeWeightsError,
    check_safetensors,
    transition_mask,
    viterbi,
)
from extractor.spans import IOB2_TAGS, Span
from extractor.tokenization import CharVocab
from tests.conftest import read_seed, tiny_bert_config


@pytest.fixture(scope="module")
def tiny_tagger() -> CharTagger:
    torch.manual_seed(0)
    vocab = CharVocab.build(read_seed("000") + read_seed("003"))
    config = tiny_bert_config(
        len(vocab),
        num_labels=len(IOB2_TAGS),
        id2label=dict(enumerate(IOB2_TAGS)),
        label2id={t: i for i, t in enumerate(IOB2_TAGS)},
    )
    model = BertForTokenClassification(config)
    # bias the classifier so the random model predicts some entities
    with torch.no_grad():
        model.classifier.bias[IOB2_TAGS.index("B-COUNT")] += 1.5
        model.classifier.bias[IOB2_TAGS.index("I-COUNT")] += 1.5
    return CharTagger(model, vocab, TaggerSettings(window=32, stride=20, batch_size=4))


def test_viterbi_output_is_valid_iob2():
    rng = np.random.default_rng(0)
    trans, start = transition_mask(IOB2_TAGS)
    path = viterbi(np.log(rng.dirichlet(np.ones(len(IOB2_TAGS)), size=500)), trans, start)
    tags = [IOB2_TAGS[i] for i in path]
    assert not tags[0].startswith("I-")
    for prev, cur in zip(tags, tags[1:], strict=False):
        if cur.startswith("I-"):
            assert prev in (f"B-{cur[2:]}", cur)


def test_long_document_is_covered_by_windows(tiny_tagger):
    text = read_seed("000")  # 11 K characters, window of 30
    ids, _ = tiny_tagger.vocab.encode(text)
    scores = tiny_tagger.log_probs(ids)
    assert scores.shape == (len(ids), len(IOB2_TAGS))
    assert np.isfinite(scores).all()
    spans = tiny_tagger.predict([text])[0]
    assert spans and spans[-1].end > len(text) * 0.8  # predictions reach the end
    for span in spans:
        assert text[span.start : span.end].strip() == text[span.start : span.end]


def test_entity_across_a_window_edge_is_not_cut(tiny_tagger):
    # force one long COUNT run spanning several windows: it must come out as one span
    ids = list(range(5, 105))
    scores = np.full((len(ids), len(IOB2_TAGS)), -10.0, dtype=np.float32)
    scores[:, IOB2_TAGS.index("I-COUNT")] = 0.0
    scores[0, IOB2_TAGS.index("B-COUNT")] = 1.0
    trans, start = transition_mask(IOB2_TAGS)
    path = viterbi(scores, trans, start)
    spans = tiny_tagger._spans(path, list(range(len(ids))))
    assert spans == [Span(0, 100, "COUNT")]


def test_entities_split_words_instead_of_being_dropped():
    nlp = spacy.blank("en")
    doc = Doc(
        nlp.vocab,
        words=["锡山经济技术开发区党工委", "召开", "会议3次"],
        spaces=[False, False, False],
    )
    spans = [Span(9, 12, "ORG"), Span(16, 18, "COUNT")]
    doc = set_entities(doc, spans)
    assert [(e.text, e.label_) for e in doc.ents] == [("党工委", "ORG"), ("3次", "COUNT")]
    assert doc.text == "锡山经济技术开发区党工委召开会议3次"


def test_pipeline_round_trip_with_to_disk(tiny_tagger, tmp_path):
    nlp = spacy.blank("zh")
    component = nlp.add_pipe(FACTORY, config={"window": 32, "stride": 20})
    component.set_tagger(tiny_tagger)
    text = read_seed("003")[:3000]
    before = [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents]
    save_pipeline(nlp, tmp_path / "pipe")
    assert list((tmp_path / "pipe" / FACTORY).glob("*.safetensors"))
    assert not list((tmp_path / "pipe").rglob("*.bin"))
    loaded = spacy.load(tmp_path / "pipe")
    after = [(e.start_char, e.end_char, e.label_) for e in loaded(text).ents]
    assert before == after and before


def test_pickled_weights_are_refused(tmp_path, tiny_tagger):
    folder = tmp_path / "pickled"
    folder.mkdir()
    torch.save(tiny_tagger.model.state_dict(), folder / "pytorch_model.bin")
    tiny_tagger.model.config.save_pretrained(folder)
    tiny_tagger.vocab.save(folder)
    with pytest.raises(UnsafeWeightsError, match="pickle"):
        check_safetensors(folder)
    with pytest.raises(UnsafeWeightsError):
        CharTagger.from_dir(folder)


def test_rule_feature_model_saves_and_reloads(tmp_path, tiny_tagger):
    from extractor.recognizers.ner_model import RuleFeatureTagger

    config = tiny_tagger.model.config.__class__.from_dict(tiny_tagger.model.config.to_dict())
    config.rule_feature_tags = len(IOB2_TAGS)
    torch.manual_seed(1)
    model = RuleFeatureTagger(config)
    with torch.no_grad():
        model.rule_embeddings.weight.normal_()
    tagger = CharTagger(model, tiny_tagger.vocab, TaggerSettings(window=32, stride=20))
    assert tagger.uses_rule_features
    text = read_seed("000")[:2000]
    before = tagger.predict([text])[0]
    tagger.save(tmp_path / "m")
    loaded = CharTagger.from_dir(tmp_path / "m")
    assert loaded.uses_rule_features
    assert loaded.predict([text])[0] == before
