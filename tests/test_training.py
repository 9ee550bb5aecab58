"""Training code runs end to end on a few sentences (a smoke test, not a real training)."""

from __future__ import annotations

import pytest

from extractor.tokenization import CharVocab
from tests.conftest import GOLD, ROOT
from training.corpus import load_corpus
from training.ner_data import encode_examples, gold_to_clean
from training.splits import paragraph_cuts, slice_document
from training.train import TrainConfig, build_pipeline, fit, tagger_predictor

PKUSEG = ROOT / "models" / "pkuseg"


@pytest.fixture(scope="module")
def small_docs():
    doc = load_corpus([GOLD / "003.jsonl"])[0]
    cuts = paragraph_cuts(doc)
    a = min(cuts, key=lambda c: abs(c - 1200))
    b = min(cuts, key=lambda c: abs(c - 1900))
    return [slice_document(doc, 0, a), slice_document(doc, a, b)]


def test_gold_spans_survive_cleaning(small_docs):
    for doc in load_corpus([GOLD]):
        tagged = gold_to_clean(doc)
        assert len(tagged.spans) == len(doc.spans)
        for gold, clean in zip(doc.spans, tagged.spans, strict=True):
            original = doc.text[gold.start : gold.end].replace("\n", "").replace(" ", "")
            assert tagged.text[clean.start : clean.end].replace(" ", "") in (
                original,
                _fold(original),
            )


def _fold(text: str) -> str:
    return text.translate(str.maketrans(",:;()?!", "，：；（）？！"))


def test_examples_are_windows_with_valid_labels(tiny_encoder, small_docs):
    vocab = CharVocab.from_dir(tiny_encoder)
    items = [gold_to_clean(d) for d in small_docs]
    examples = encode_examples(items, vocab, window=64, stride=32, rule_features=True)
    assert len(examples) > 10
    for ex in examples:
        assert len(ex["input_ids"]) == len(ex["labels"]) == len(ex["rule_tags"]) <= 64
        assert ex["labels"][0] == ex["labels"][-1] == -100
    # the rule recogniser agrees with the gold on most entity characters of this notice
    tagged = [
        (r, lab)
        for ex in examples
        for r, lab in zip(ex["rule_tags"], ex["labels"], strict=True)
        if lab > 0
    ]
    assert sum(r == lab for r, lab in tagged) > 0.8 * len(tagged)
    plain = encode_examples(items, vocab, window=64, stride=32, rule_features=False)
    assert "rule_tags" not in plain[0]


def test_fit_predict_and_ship_a_pipeline(tiny_encoder, small_docs, tmp_path):
    config = TrainConfig(
        encoder=str(tiny_encoder),
        epochs=2,
        batch_size=8,
        window=64,
        stride=48,
        pkuseg=str(PKUSEG),
        lr=1e-3,
    )
    model, vocab, info = fit(small_docs[:1], small_docs[1:], config)
    history = info["notices"]["history"]
    assert len(history) == 2 and all(h["loss"] == h["loss"] for h in history)  # finite
    assert history[-1]["loss"] < history[0]["loss"] * 1.5
    predict = tagger_predictor(model, vocab, 64, 48)
    (spans,) = predict([small_docs[1].text])
    assert all(0 <= s.start < s.end <= len(small_docs[1].text) for s in spans)
    if not (PKUSEG / "features.msgpack").is_file():
        pytest.skip("models/pkuseg is not built")
    from extractor.recognizers.bert import save_pipeline

    save_pipeline(build_pipeline(model, vocab, config), tmp_path / "pipe")
    import extractor

    notice = extractor.extract(small_docs[1].text, model=tmp_path / "pipe")
    assert notice.backend == "bert"
    for entity in notice.entities:
        assert small_docs[1].text[entity.start : entity.end] == entity.text
    # what training scores (dev, CV) is what the shipped pipeline returns
    assert [(e.start, e.end, e.label) for e in notice.entities] == [
        (s.start, s.end, s.label) for s in spans
    ]


def test_rule_dropout_blanks_whole_spans_only() -> None:
    import random

    from extractor.spans import IOB2_TAGS
    from training.train import drop_rule_spans

    tag = {t: i for i, t in enumerate(IOB2_TAGS)}
    tags = [0, tag["B-ORG"], tag["I-ORG"], 0, tag["B-COUNT"], tag["I-COUNT"], tag["B-DATE"]]
    assert drop_rule_spans(tags, 0.0, random.Random(1)) == tags
    everything = ("ORG", "COUNT", "DATE")
    assert drop_rule_spans(tags, 1.0, random.Random(1), everything) == [0] * len(tags)
    assert drop_rule_spans(tags, 1.0, random.Random(1)) == [0, 0, 0, *tags[3:]]  # ORG only
    seen = set()
    for seed in range(30):
        out = drop_rule_spans(tags, 0.5, random.Random(seed), everything)
        for a, b in ((1, 3), (4, 6), (6, 7)):
            kept = out[a:b]
            assert kept == tags[a:b] or kept == [0] * (b - a)  # never half a span
        seen.add(tuple(out))
    assert len(seen) > 2
