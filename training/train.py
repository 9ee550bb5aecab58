"""Fine-tune the character BERT tagger and ship it as a spaCy pipeline.

``python -m training.train --corpus corpus/gold --encoder models/encoder
--output models/extractor-zh`` trains on the gold notices (optionally after
a first stage on ORG-bearing public NER sets), early-stops on a document-level
dev split, and writes a complete pipeline directory: spaCy ``zh`` with the
local pkuseg segmenter plus the ``extractor_bert_ner`` component, weights as
safetensors, and a model card. ``--cv`` runs leave-one-notice-out
cross-validation instead and reports seqeval scores beside the rule baseline.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

import torch

from extractor.spans import IOB2_TAGS, LABELS, Span
from training.augment import augment
from training.corpus import AnnotatedDocument, CorpusFormatError, load_corpus
from training.ner_data import TaggedText, encode_examples, gold_to_clean, load_auxiliary
from training.options import (
    TrainConfig,
    TrainingSetupError,
    add_train_arguments,
    config_from_args,
    resolve_training_paths,
)
from training.validate import CorpusValidationError, require_valid


def set_seed(seed: int) -> None:
    random.seed(seed)
    torch.manual_seed(seed)


def drop_rule_spans(
    tags: list[int], rate: float, rng: random.Random, labels: Sequence[str] = ("ORG",)
) -> list[int]:
    """Blank whole rule-tagged spans of ``labels`` at ``rate`` so the model also
    learns to find the entities the rules miss instead of only copying the rule
    tags. Numbers stay visible by default: their rules are near exact, and
    hiding them only taught the model to guess numbers (measured: more spurious
    DATE/COUNT)."""
    if rate <= 0:
        return tags
    out = list(tags)
    i = 0
    while i < len(out):
        if out[i] and IOB2_TAGS[out[i]].startswith("B-") and IOB2_TAGS[out[i]][2:] in labels:
            j = i + 1
            while j < len(out) and out[j] and IOB2_TAGS[out[j]].startswith("I-"):
                j += 1
            if rng.random() < rate:
                out[i:j] = [0] * (j - i)
            i = j
        else:
            i += 1
    return out


def _collate(batch: list[dict[str, list[int]]], pad_id: int) -> dict[str, torch.Tensor]:
    width = max(len(b["input_ids"]) for b in batch)
    ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
    labels = torch.full((len(batch), width), -100, dtype=torch.long)
    mask = torch.zeros((len(batch), width), dtype=torch.long)
    rule_tags = torch.zeros((len(batch), width), dtype=torch.long)
    for row, b in enumerate(batch):
        n = len(b["input_ids"])
        ids[row, :n] = torch.tensor(b["input_ids"])
        labels[row, :n] = torch.tensor(b["labels"])
        mask[row, :n] = 1
        if "rule_tags" in b:
            rule_tags[row, :n] = torch.tensor(b["rule_tags"])
    out = {"input_ids": ids, "attention_mask": mask, "labels": labels}
    if "rule_tags" in batch[0]:
        out["rule_tags"] = rule_tags
    return out


def new_model(
    encoder: str | Path,
    rule_features: bool = True,
    rule_labels: Sequence[str] | None = None,
    rule_prior: float = 8.0,
    rule_prior_outside: float = 3.0,
):
    """A token classifier on top of a local encoder checkpoint (safetensors only).

    ``rule_labels`` (default all) and the priors are written into the model config, so the
    saved model feeds itself the same rule tags at inference."""
    from extractor.recognizers.ner_model import RuleFeatureTagger, check_safetensors

    path = Path(encoder)
    check_safetensors(path)
    from transformers import BertConfig

    config = BertConfig.from_pretrained(
        path,
        num_labels=len(IOB2_TAGS),
        id2label=dict(enumerate(IOB2_TAGS)),
        label2id={t: i for i, t in enumerate(IOB2_TAGS)},
        local_files_only=True,
    )
    config.rule_feature_tags = len(IOB2_TAGS) if rule_features else 0
    config.rule_feature_labels = list(rule_labels) if rule_labels is not None else None
    config.rule_prior = rule_prior
    config.rule_prior_outside = rule_prior_outside
    model = RuleFeatureTagger.from_pretrained(
        path, config=config, local_files_only=True, use_safetensors=True
    )
    # loading re-initialises layers missing from the encoder
    model.reset_rule_features(rule_prior, rule_prior_outside)
    return model


def run_epochs(
    model,
    examples: list[dict[str, list[int]]],
    *,
    epochs: int,
    config: TrainConfig,
    pad_id: int,
    evaluate=None,
    desc: str = "train",
) -> dict:
    """A plain AdamW loop with linear warm-up/decay and early stopping on ``evaluate``."""
    from tqdm.auto import tqdm
    from transformers import get_linear_schedule_with_warmup

    rng = random.Random(config.seed)
    steps_per_epoch = math.ceil(len(examples) / config.batch_size)
    total = max(1, steps_per_epoch * epochs)
    groups = _param_groups(model, config)
    optimizer = torch.optim.AdamW(groups, lr=config.lr)
    scheduler = get_linear_schedule_with_warmup(optimizer, int(config.warmup * total), total)
    best = {"score": -1.0, "epoch": 0, "state": None}
    history = []
    started = time.time()
    for epoch in range(1, epochs + 1):
        model.train()
        order = list(range(len(examples)))
        rng.shuffle(order)
        losses = []
        bar = tqdm(
            range(0, len(order), config.batch_size), desc=f"{desc} epoch {epoch}", leave=False
        )
        for b in bar:
            chosen = [examples[i] for i in order[b : b + config.batch_size]]
            if config.rule_dropout > 0:
                chosen = [
                    {**e, "rule_tags": drop_rule_spans(e["rule_tags"], config.rule_dropout, rng)}
                    if "rule_tags" in e
                    else e
                    for e in chosen
                ]
            batch = _collate(chosen, pad_id)
            loss = model(**batch).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad()
            losses.append(loss.item())
            bar.set_postfix(loss=f"{sum(losses[-20:]) / len(losses[-20:]):.4f}")
        entry = {"epoch": epoch, "loss": sum(losses) / max(1, len(losses))}
        if evaluate is not None:
            model.eval()
            entry["dev_f1"] = evaluate(model)
            if entry["dev_f1"] > best["score"]:
                best = {"score": entry["dev_f1"], "epoch": epoch, "state": _copy_state(model)}
        history.append(entry)
        print(f"[{desc}] " + json.dumps(entry), flush=True)
        if evaluate is not None and epoch - best["epoch"] >= config.patience:
            print(f"[{desc}] early stop: no dev gain for {config.patience} epochs", flush=True)
            break
        if config.max_minutes and (time.time() - started) / 60 > config.max_minutes:
            print(f"[{desc}] time budget of {config.max_minutes} min reached", flush=True)
            break
    if best["state"] is not None:
        model.load_state_dict(best["state"])
    model.eval()
    return {"history": history, "best_epoch": best["epoch"], "best_dev_f1": best["score"]}


def _param_groups(model, config: TrainConfig) -> list[dict]:
    """Fresh layers (classifier, rule-tag embeddings) learn ``head_lr_scale`` times faster
    than the pretrained encoder: with a few hundred steps they would barely move otherwise."""
    no_decay = ("bias", "LayerNorm.weight")
    groups: dict[tuple[bool, bool], list] = {}
    for name, param in model.named_parameters():
        fresh = name.startswith(("classifier", "rule_embeddings", "rule_logits"))
        groups.setdefault((fresh, name.endswith(no_decay)), []).append(param)
    return [
        {
            "params": params,
            "lr": config.lr * (config.head_lr_scale if fresh else 1.0),
            "weight_decay": 0.0 if plain else config.weight_decay,
        }
        for (fresh, plain), params in groups.items()
    ]


def _copy_state(model) -> dict[str, torch.Tensor]:
    return {k: v.detach().clone() for k, v in model.state_dict().items()}


def _add_tagger(nlp, model, vocab, window: int, stride: int, combination: str = "model"):
    """Add the runtime NER component to ``nlp``, holding ``model``."""
    from extractor.recognizers.bert import FACTORY
    from extractor.recognizers.ner_model import CharTagger, TaggerSettings

    component = nlp.add_pipe(
        FACTORY, config={"window": window, "stride": stride, "combination": combination}
    )
    component.set_tagger(CharTagger(model, vocab, TaggerSettings(window=window, stride=stride)))
    return nlp


def tagger_predictor(model, vocab, window: int, stride: int, combination: str = "model"):
    """Spans in the caller's offsets from the runtime component itself (on a blank
    ``zh`` pipeline: one token per character), so dev and CV scores are the
    pipeline's own, cleaning, rule features and offset map included."""
    import spacy

    nlp = _add_tagger(spacy.blank("zh"), model, vocab, window, stride, combination)

    def predict(texts: list[str]) -> list[list[Span]]:
        return [
            [Span(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in nlp.pipe(texts)
        ]

    return predict


def dev_scorer(dev_docs: list[AnnotatedDocument], vocab, config: TrainConfig):
    from training.evaluate import score_spans

    def evaluate(model) -> float:
        predict = tagger_predictor(model, vocab, config.window, 192, config.combination)
        return score_spans(dev_docs, predict([d.text for d in dev_docs])).micro.f1

    return evaluate


def fit(
    train_docs: list[AnnotatedDocument],
    dev_docs: list[AnnotatedDocument],
    config: TrainConfig,
    aux: list[TaggedText] | None = None,
):
    """Train one model: optional auxiliary stage, then the notices with early stopping."""
    from extractor.tokenization import CharVocab

    set_seed(config.seed)
    torch.set_num_threads(config.threads)
    vocab = CharVocab.from_dir(config.encoder)
    model = new_model(
        config.encoder,
        config.rule_features,
        config.rule_labels,
        config.rule_prior,
        config.rule_prior_outside,
    )
    info: dict = {}
    if aux:
        aux_examples = encode_examples(
            aux,
            vocab,
            config.window,
            config.stride,
            rule_features=config.rule_features,
            rule_labels=config.rule_labels,
        )
        info["aux"] = run_epochs(
            model,
            aux_examples,
            epochs=config.aux_epochs,
            config=config,
            pad_id=vocab.pad_id,
            desc="aux",
        )
    items = [gold_to_clean(d) for d in train_docs]
    items += augment(items, config.augment, config.seed)
    examples = encode_examples(
        items,
        vocab,
        config.window,
        config.stride,
        rule_features=config.rule_features,
        rule_labels=config.rule_labels,
    )
    evaluate = dev_scorer(dev_docs, vocab, config) if dev_docs else None
    info["notices"] = run_epochs(
        model,
        examples,
        epochs=config.epochs,
        config=config,
        pad_id=vocab.pad_id,
        evaluate=evaluate,
        desc="notices",
    )
    info["train_windows"] = len(examples)
    return model, vocab, info


def build_pipeline(model, vocab, config: TrainConfig):
    """spaCy zh + local pkuseg + the BERT NER component, ready for ``to_disk``."""
    from extractor.recognizers.bert import FACTORY
    from extractor.segmentation import make_zh_pipeline

    pkuseg = Path(config.pkuseg)
    user_dict = pkuseg / "user_dict.txt"
    nlp = make_zh_pipeline(pkuseg, user_dict if user_dict.is_file() else None)
    _add_tagger(nlp, model, vocab, config.window, config.stride, config.combination)
    nlp.meta.update(
        {
            "name": Path(config.output).name.replace("-", "_"),
            "version": _package_version(),
            "description": "Rectification-notice NER: pkuseg segmentation + character BERT "
            "(ORG, DATE, AMOUNT, COUNT, PERCENT, QUANTITY)",
            "license": "Apache-2.0 (code); see README.md for the training data licences",
            "labels": {FACTORY: list(LABELS)},
        }
    )
    return nlp


def _package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("extractor")
    except PackageNotFoundError:
        return "0.0.0"


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def label_counts(docs: Sequence[AnnotatedDocument]) -> dict[str, int]:
    counts = Counter(s.label for d in docs for s in d.spans)
    return {label: counts.get(label, 0) for label in LABELS}


def drop_test_documents(
    docs: list[AnnotatedDocument], split_path: str | Path
) -> list[AnnotatedDocument]:
    """The documents not in the test part of ``split_path``: a model is never trained or
    selected on the notices it is scored on."""
    from training.yardstick import NoticeSplit

    test = set(NoticeSplit.read(split_path).test)
    kept = [d for d in docs if d.id not in test]
    if len(kept) < len(docs):
        print(f"[split] {len(docs) - len(kept)} test notices left out ({split_path})", flush=True)
    return kept


def document_folds(docs: Sequence[AnnotatedDocument], folds: int, seed: int) -> list[list[int]]:
    """``folds`` groups of document indices (leave-one-out when ``folds`` is 0 or ≥ n).

    Grouped by document: sentences of one notice share names, so they never straddle a
    train/held-out boundary. Documents are dealt round-robin after a seeded shuffle."""
    n = len(docs)
    if folds <= 0 or folds >= n:
        return [[i] for i in range(n)]
    order = list(range(n))
    random.Random(seed).shuffle(order)
    return [sorted(order[k::folds]) for k in range(folds)]


def cross_validate(docs: list[AnnotatedDocument], config: TrainConfig, aux=None) -> dict:
    """Held-out predictions for every document, the model retrained without its fold.

    The report keeps the predicted spans per document id (offsets only), so
    ``extractor evaluate`` can score them beside the rules, per label and issuer kind."""
    from extractor.recognizers.rules import RuleRecognizer
    from extractor.text import prepare
    from training.evaluate import score_spans

    groups = document_folds(docs, config.folds, config.seed)
    predictions: dict[str, list[list]] = {}
    for k, held_index in enumerate(groups, 1):
        held = [docs[i] for i in held_index]
        train = [d for i, d in enumerate(docs) if i not in set(held_index)]
        print(f"[cv] fold {k}/{len(groups)}: held out {[d.id for d in held]}", flush=True)
        model, vocab, _ = fit(train, [], config, aux)
        predict = tagger_predictor(model, vocab, config.window, 192, config.combination)
        for doc, spans in zip(held, predict([d.text for d in held]), strict=True):
            predictions[doc.id] = [[s.start, s.end, s.label] for s in spans]
    rules = RuleRecognizer(prepared=True)
    rules_pred = []
    for doc in docs:
        prep = prepare(doc.text)
        rules_pred.append(
            [Span(*prep.to_original(s.start, s.end), s.label) for s in rules(prep.text)]
        )
    bert = score_spans(docs, [[Span(*s) for s in predictions[d.id]] for d in docs])
    baseline = score_spans(docs, rules_pred)
    return {
        "folds": [[docs[i].id for i in g] for g in groups],
        "config": asdict(config),
        "bert": bert.to_dict(),
        "rules": baseline.to_dict(),
        "bert_text": bert.to_text(f"BERT ({len(groups)}-fold, by document)"),
        "rules_text": baseline.to_text("rules (same documents)"),
        "predictions": predictions,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_train_arguments(parser)
    parser.add_argument("--cv", action="store_true", help="leave-one-notice-out cross-validation")
    parser.add_argument("--cv-output", default="reports/crossval.json")
    args = parser.parse_args(argv)
    try:
        config = resolve_training_paths(config_from_args(args))
    except TrainingSetupError as err:
        parser.error(str(err))
    return train_command(config, cv=args.cv, cv_output=args.cv_output, refit=not args.no_refit)


def train_command(
    config: TrainConfig,
    *,
    cv: bool = False,
    cv_output: str = "reports/crossval.json",
    refit: bool = True,
) -> int:
    from training.model_card import write_model_card
    from training.splits import train_dev_split

    try:  # the validator's hard rules first: a bad span never trains silently
        docs = load_corpus(config.corpus)
        require_valid(docs)
    except (CorpusFormatError, CorpusValidationError) as err:
        raise SystemExit(f"training stopped: {err}") from None
    if config.split:
        docs = drop_test_documents(docs, config.split)
    if not docs:
        raise SystemExit(f"no annotated documents found in {config.corpus}")
    aux = (
        load_auxiliary(Path(config.ner_dir), config.aux_limit, config.seed)
        if config.ner_dir
        else None
    )
    started = time.time()
    if cv:
        result = cross_validate(docs, config, aux)
        Path(cv_output).parent.mkdir(parents=True, exist_ok=True)
        Path(cv_output).write_text(json.dumps(result, ensure_ascii=False, indent=2))
        print(result["bert_text"])
        print()
        print(result["rules_text"])
        return 0
    if config.dev_fraction > 0:
        split = train_dev_split(docs, config.dev_fraction, config.seed)
    else:
        from training.splits import TrainDevSplit

        split = TrainDevSplit(
            docs, [], False, f"no dev split: {config.epochs} epochs on all documents"
        )
    print(f"[split] {split.note}", flush=True)
    model, vocab, info = fit(split.train, split.dev, config, aux)
    # the dev split served early stopping; the shipped model then sees every document
    final_epochs = max(1, info["notices"]["best_epoch"] or config.epochs)
    if split.dev and refit:
        print(f"[final] retraining on all documents for {final_epochs} epochs", flush=True)
        final_config = TrainConfig(**{**asdict(config), "epochs": final_epochs})
        model, vocab, final_info = fit(docs, [], final_config, aux)
        info["final"] = final_info
    nlp = build_pipeline(model, vocab, config)
    output = Path(config.output)
    from extractor.recognizers.bert import save_pipeline

    save_pipeline(nlp, output)
    data_files = sorted(
        {
            p
            for c in config.corpus
            for p in (Path(c).glob("*.jsonl") if Path(c).is_dir() else [Path(c)])
        }
    )
    write_model_card(
        output,
        config=asdict(config),
        data=[{"file": str(p), "sha256": file_sha256(p)} for p in data_files],
        label_counts=label_counts(docs),
        training=info,
        split_note=split.note,
        minutes=(time.time() - started) / 60,
    )
    print(
        f"[done] pipeline written to {output} in {(time.time() - started) / 60:.1f} min", flush=True
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
