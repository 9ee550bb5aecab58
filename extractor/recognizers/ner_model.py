"""The character-level BERT tagger behind the spaCy NER component.

It slides overlapping windows over documents of any length (never
truncating), averages the log-probabilities where windows overlap, and decodes
with a Viterbi pass restricted to valid IOB2 transitions, so every predicted
span is well formed and an entity crossing a window edge comes out whole.
Weights are loaded from safetensors only: pickled checkpoints can run code.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from torch import nn
from transformers import BertForTokenClassification

from extractor.spans import IOB2_TAGS, Span
from extractor.tokenization import CharVocab

__all__ = [
    "IOB2_TAGS",
    "CharTagger",
    "RuleFeatureTagger",
    "TaggerSettings",
    "UnsafeWeightsError",
    "check_safetensors",
]


class RuleFeatureTagger(BertForTokenClassification):
    """BERT token classifier that also sees the rule recogniser's IOB2 tag of each character.

    The rule layer is precise on the regular labels (dates, money, counts), the
    network is better at organisations and context. The rule tags enter twice:
    as an embedding added to each character's input embedding (so the encoder
    can reason about them in context), and as a learned tag-to-tag bias added to
    the output logits (so copying a reliable rule tag needs no deep learning
    from a few thousand examples). With ``config.rule_feature_tags == 0`` it is
    a plain ``BertForTokenClassification``.
    """

    def __init__(self, config):
        super().__init__(config)
        n_tags = getattr(config, "rule_feature_tags", 0) or 0
        self.rule_embeddings = nn.Embedding(n_tags, config.hidden_size) if n_tags else None
        self.rule_logits = nn.Embedding(n_tags, config.num_labels) if n_tags else None
        self.post_init()
        self.reset_rule_features(
            getattr(config, "rule_prior", 8.0), getattr(config, "rule_prior_outside", 3.0)
        )

    @property
    def rule_feature_labels(self) -> tuple[str, ...] | None:
        """Labels whose rule tags the model sees (``None``: all). Stored in the config, so
        inference feeds exactly the tags the model was trained with."""
        labels = getattr(self.config, "rule_feature_labels", None)
        return tuple(labels) if labels is not None else None

    def reset_rule_features(self, prior: float = 8.0, prior_outside: float = 3.0) -> None:
        """Start from "trust the rules": the output bias copies each rule tag with
        logit margin ``prior``; fine-tuning learns where to overrule it. Where the
        rules see nothing (tag ``O``) the margin is smaller, ``prior_outside``, so
        the network can add the organisations the rules miss. The input embedding
        starts at zero, i.e. the plain encoder."""
        if self.rule_embeddings is None:
            return
        with torch.no_grad():
            self.rule_embeddings.weight.zero_()
            self.rule_logits.weight.zero_()
            n = min(self.rule_logits.num_embeddings, self.rule_logits.embedding_dim)
            self.rule_logits.weight[:n, :n] += prior * torch.eye(n)
            self.rule_logits.weight[0, 0] = prior_outside

    @property
    def uses_rule_features(self) -> bool:
        return self.rule_embeddings is not None

    def forward(self, input_ids=None, attention_mask=None, labels=None, rule_tags=None, **kwargs):
        if self.rule_embeddings is None:
            return super().forward(
                input_ids=input_ids, attention_mask=attention_mask, labels=labels, **kwargs
            )
        from transformers.modeling_outputs import TokenClassifierOutput

        if rule_tags is None:
            rule_tags = torch.zeros_like(input_ids)
        embeds = self.bert.embeddings.word_embeddings(input_ids) + self.rule_embeddings(rule_tags)
        hidden = self.bert(inputs_embeds=embeds, attention_mask=attention_mask).last_hidden_state
        logits = self.classifier(self.dropout(hidden)) + self.rule_logits(rule_tags)
        loss = None
        if labels is not None:
            loss = nn.functional.cross_entropy(
                logits.view(-1, self.num_labels), labels.view(-1), ignore_index=-100
            )
        return TokenClassifierOutput(loss=loss, logits=logits)


TAGGER_CONFIG = "tagger.json"
_PICKLE_WEIGHTS = ("pytorch_model.bin", "model.pt", "model.pth", "model.ckpt", "pytorch_model.pkl")


class UnsafeWeightsError(RuntimeError):
    """A model directory offers only pickled weights; they are never loaded."""


def check_safetensors(path: Path) -> None:
    """Refuse directories whose weights are not safetensors."""
    if any(path.glob("*.safetensors")):
        return
    pickles = [
        p.name
        for p in path.iterdir()
        if p.name in _PICKLE_WEIGHTS or p.suffix in {".bin", ".pt", ".pth", ".pkl", ".ckpt"}
    ]
    if pickles:
        raise UnsafeWeightsError(
            f"{path} holds pickled weights ({', '.join(sorted(pickles))}) and no .safetensors file; "
            "pickles can execute code when loaded and are refused. Convert them with "
            "model.save_pretrained(dir, safe_serialization=True)."
        )
    raise FileNotFoundError(f"{path} holds no model weights (*.safetensors)")


def rule_tag_ids(
    text: str,
    positions: list[int],
    labels: Sequence[str] | None = None,
    spans: Sequence[Span] | None = None,
) -> list[int]:
    """The rule recogniser's IOB2 tag id for each encoded character of ``text``; with
    ``labels``, rule spans of other labels are left out (tag ``O``). ``spans``: the
    rule spans of ``text`` when already found (the spaCy component reads them from
    ``doc.spans["rules"]``), else the rules run here."""
    if spans is None:
        from extractor.recognizers.rules import shared_recognizer

        spans = shared_recognizer()(text)
    tags = [0] * len(text)
    for span in spans:
        if labels is not None and span.label not in labels:
            continue
        tags[span.start] = IOB2_TAGS.index(f"B-{span.label}")
        inside = IOB2_TAGS.index(f"I-{span.label}")
        for k in range(span.start + 1, span.end):
            tags[k] = inside
    return [tags[p] for p in positions]


def transition_mask(tags: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Allowed IOB2 transitions (0 or -inf) and allowed first tags."""
    n = len(tags)
    trans = np.zeros((n, n), dtype=np.float32)
    start = np.zeros(n, dtype=np.float32)
    for j, cur in enumerate(tags):
        if cur.startswith("I-"):
            start[j] = -np.inf
            for i, prev in enumerate(tags):
                if prev not in (f"B-{cur[2:]}", cur):
                    trans[i, j] = -np.inf
    return trans, start


def viterbi(scores: np.ndarray, trans: np.ndarray, start: np.ndarray) -> list[int]:
    """Best tag path under hard IOB2 constraints (scores: n × tags log-probs).

    The constraints only forbid paths, so when the per-character argmax is
    already a valid path it is the optimum; the dynamic programme (a Python
    loop over characters) runs only when it is not."""
    n = scores.shape[0]
    if n == 0:
        return []
    greedy = scores.argmax(axis=1)
    if np.isfinite(start[greedy[0]]) and np.isfinite(trans[greedy[:-1], greedy[1:]]).all():
        return greedy.tolist()
    back = np.zeros(scores.shape, dtype=np.int32)
    current = scores[0] + start
    for i in range(1, n):
        candidates = current[:, None] + trans
        back[i] = candidates.argmax(axis=0)
        current = candidates.max(axis=0) + scores[i]
    path = [int(current.argmax())]
    for i in range(n - 1, 0, -1):
        path.append(int(back[i, path[-1]]))
    return path[::-1]


def window_starts(length: int, size: int, stride: int) -> list[int]:
    if length <= size:
        return [0]
    starts = list(range(0, length - size + 1, stride))
    if starts[-1] + size < length:
        starts.append(length - size)
    return starts


@dataclass
class TaggerSettings:
    window: int = 256
    stride: int = 192
    batch_size: int = 16


class CharTagger:
    """A ``BertForTokenClassification`` over characters plus its vocabulary."""

    def __init__(self, model, vocab: CharVocab, settings: TaggerSettings | None = None):
        self.model = model.eval()
        self.vocab = vocab
        self.settings = settings or TaggerSettings()
        id2label = model.config.id2label
        self.tags = [id2label[i] for i in range(len(id2label))]
        self._trans, self._start = transition_mask(self.tags)

    # ------------------------------------------------------------------ io
    @classmethod
    def from_dir(cls, path: str | Path, settings: TaggerSettings | None = None) -> CharTagger:
        path = Path(path)
        if not path.is_dir():
            raise FileNotFoundError(f"NER model directory not found: {path}")
        check_safetensors(path)
        model = RuleFeatureTagger.from_pretrained(path, local_files_only=True, use_safetensors=True)
        if settings is None and (path / TAGGER_CONFIG).is_file():
            settings = TaggerSettings(**json.loads((path / TAGGER_CONFIG).read_text()))
        return cls(model, CharVocab.from_dir(path), settings)

    def save(self, path: str | Path) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        self.model.save_pretrained(path, safe_serialization=True)
        self.vocab.save(path)
        (path / TAGGER_CONFIG).write_text(json.dumps(self.settings.__dict__, indent=2) + "\n")

    # ------------------------------------------------------------------ inference
    @property
    def uses_rule_features(self) -> bool:
        return bool(getattr(self.model, "uses_rule_features", False))

    @torch.inference_mode()
    def log_probs(self, ids: list[int], features: list[int] | None = None) -> np.ndarray:
        """Per-character log-probabilities, averaged over overlapping windows."""
        return self.log_probs_many([ids], None if features is None else [features])[0]

    @torch.inference_mode()
    def log_probs_many(
        self, docs: list[list[int]], features: list[list[int]] | None = None
    ) -> list[np.ndarray]:
        size = self.settings.window - 2
        stride = min(self.settings.stride, size)
        jobs: list[tuple[int, int, list[int]]] = []
        for d, ids in enumerate(docs):
            for s in window_starts(len(ids), size, stride):
                jobs.append((d, s, ids[s : s + size]))
        use_features = features is not None and self.uses_rule_features
        sums = [np.zeros((len(ids), len(self.tags)), dtype=np.float32) for ids in docs]
        counts = [np.zeros((len(ids), 1), dtype=np.float32) for ids in docs]
        order = sorted(range(len(jobs)), key=lambda j: -len(jobs[j][2]))
        cls_id, sep_id, pad_id = self.vocab.cls_id, self.vocab.sep_id, self.vocab.pad_id
        for b in range(0, len(order), self.settings.batch_size):
            batch = [jobs[j] for j in order[b : b + self.settings.batch_size]]
            width = max(len(chunk) for _, _, chunk in batch) + 2
            input_ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
            attention = torch.zeros((len(batch), width), dtype=torch.long)
            rule_tags = torch.zeros((len(batch), width), dtype=torch.long)
            for row, (d, s, chunk) in enumerate(batch):
                n = len(chunk)
                input_ids[row, : n + 2] = torch.tensor([cls_id, *chunk, sep_id])
                attention[row, : n + 2] = 1
                if use_features:
                    rule_tags[row, 1 : n + 1] = torch.tensor(features[d][s : s + n])
            extra = {"rule_tags": rule_tags} if use_features else {}
            logits = self.model(input_ids=input_ids, attention_mask=attention, **extra).logits
            logp = torch.log_softmax(logits.float(), dim=-1).numpy()
            for row, (d, s, chunk) in enumerate(batch):
                n = len(chunk)
                sums[d][s : s + n] += logp[row, 1 : n + 1]
                counts[d][s : s + n] += 1
        return [total / np.maximum(count, 1) for total, count in zip(sums, counts, strict=True)]

    def predict(
        self, texts: Sequence[str], rule_spans: Sequence[Sequence[Span]] | None = None
    ) -> list[list[Span]]:
        """Entity spans (character offsets into each text) for a batch of texts;
        ``rule_spans``: each text's rule spans when already known."""
        encoded = [self.vocab.encode(text) for text in texts]
        features = None
        if self.uses_rule_features:
            labels = getattr(self.model, "rule_feature_labels", None)
            known = rule_spans if rule_spans is not None else [None] * len(texts)
            features = [
                rule_tag_ids(t, pos, labels, spans)
                for t, (_, pos), spans in zip(texts, encoded, known, strict=True)
            ]
        scores = self.log_probs_many([ids for ids, _ in encoded], features) if encoded else []
        out: list[list[Span]] = []
        for (_, positions), score in zip(encoded, scores, strict=True):
            path = viterbi(score, self._trans, self._start)
            out.append(self._spans(path, positions))
        return out

    def _spans(self, path: list[int], positions: list[int]) -> list[Span]:
        spans: list[Span] = []
        start = label = None
        for i, tag_id in enumerate(path + [0]):
            tag = self.tags[tag_id]
            if start is not None and not (tag.startswith("I-") and tag[2:] == label):
                spans.append(Span(positions[start], positions[i - 1] + 1, label))
                start = label = None
            if tag.startswith("B-"):
                start, label = i, tag[2:]
        return spans
