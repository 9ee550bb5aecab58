"""Training options: one set for ``python -m training.train`` and ``extractor train``.

They live apart from :mod:`training.train` so that building the command line
(``extractor --help``) does not import torch. Default paths name the files of
this project checkout, so training works from any directory; a missing encoder
is a :class:`TrainingSetupError` that names the option to pass.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from copy import deepcopy
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from extractor.combination import COMBINATIONS
from extractor.spans import LABELS

#: the project checkout this package runs from (models/ and corpus/ live there)
PROJECT_ROOT = Path(__file__).resolve().parent.parent


#: the gold corpus of this project, the default training data
DEFAULT_CORPUS: tuple[str, ...] = ("corpus/gold",)


class TrainingSetupError(ValueError):
    """A training input (encoder, segmenter, corpus) is missing: says which option fixes it."""


@dataclass
class TrainConfig:
    encoder: str = "models/encoder"
    output: str = "models/extractor-zh"
    pkuseg: str = "models/pkuseg"
    ner_dir: str | None = None
    aux_limit: int = 6000
    aux_epochs: int = 1
    epochs: int = 30
    patience: int = 5
    batch_size: int = 8
    lr: float = 3e-4
    head_lr_scale: float = 1.0
    weight_decay: float = 0.01
    warmup: float = 0.06
    window: int = 256
    stride: int = 192
    dev_fraction: float = 0.15
    seed: int = 13
    threads: int = 2
    rule_features: bool = True
    #: share of rule-tagged spans blanked in each training batch
    rule_dropout: float = 0.0
    #: labels whose rule tags the model sees (None: all labels)
    rule_labels: list[str] | None = None
    #: output-logit bias copying a rule tag, and copying the rules' "outside"
    rule_prior: float = 8.0
    rule_prior_outside: float = 3.0
    #: how the component combines model and rule spans (extractor/combination.py)
    combination: str = "model"
    #: entity-substituted copies of each training document (training/augment.py)
    augment: int = 0
    #: a committed notice split; its test notices are never trained on
    split: str | None = None
    #: cross-validation folds by document (0: leave one document out)
    folds: int = 0
    max_minutes: float | None = None
    corpus: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Option:
    """One training option: its flags, help and further ``add_argument`` keywords.

    ``copied``: the parsed value goes as it is into the :class:`TrainConfig`
    field named by the option's dest (``config_from_args`` reads this table, so
    an option and its field cannot drift apart)."""

    flags: tuple[str, ...]
    help: str
    keywords: dict[str, Any] = field(default_factory=dict)
    copied: bool = True

    @property
    def dest(self) -> str:
        return self.keywords.get("dest") or self.flags[0].lstrip("-").replace("-", "_")


def _tuned(flag: str, kind: type, help: str) -> _Option:
    """A number option typed and defaulting as the TrainConfig field of its name."""
    name = flag.lstrip("-").replace("-", "_")
    return _Option((flag,), help, {"type": kind, "default": getattr(TrainConfig, name)})


#: the training options, in ``--help`` order
_OPTIONS: tuple[_Option, ...] = (
    _Option(
        ("--corpus",),
        "guideline JSONL files/dirs (extractor train: also doccano / Label Studio exports)",
        {"nargs": "+", "default": list(DEFAULT_CORPUS)},
        copied=False,
    ),
    _Option(
        ("--base-model", "--encoder"),
        "local pretrained BERT directory (safetensors + vocab.txt), "
        "e.g. a downloaded bert-base-chinese",
        {"dest": "encoder", "default": TrainConfig.encoder},
    ),
    _Option(
        ("--output", "-o"),
        "directory the trained spaCy pipeline and its model card are written to",
        {"default": TrainConfig.output},
    ),
    _Option(
        ("--pkuseg",),
        "local pkuseg word-segmenter directory (default: models/pkuseg of this project)",
        {"default": TrainConfig.pkuseg},
    ),
    _Option(("--ner-dir",), "public NER sets (shared/data/ner) for an auxiliary ORG first stage"),
    _tuned("--aux-limit", int, "at most this many auxiliary NER sentences (with --ner-dir)"),
    _tuned("--aux-epochs", int, "epochs of the auxiliary ORG stage (with --ner-dir)"),
    _tuned("--epochs", int, "most epochs on the notices"),
    _tuned("--patience", int, "stop after this many epochs without a better dev score"),
    _tuned("--batch-size", int, "windows per step"),
    _tuned("--lr", float, "peak learning rate (AdamW)"),
    _tuned(
        "--head-lr-scale",
        float,
        "learning-rate multiplier for the freshly initialised head and rule-tag layers",
    ),
    _Option(
        ("--no-rule-features",),
        "train the plain BERT tagger without the rule-tag input and prior",
        {"action": "store_true"},
        copied=False,
    ),
    _Option(
        ("--combination",),
        "model: the model's spans; rules_plus_model: the rules' spans plus the model's ORG "
        "names where the rules found none, when their form passes the rule checks",
        {"choices": list(COMBINATIONS), "default": TrainConfig.combination},
    ),
    _tuned(
        "--rule-dropout",
        float,
        "share of rule-tagged ORG spans hidden from the model in each batch",
    ),
    _Option(
        ("--rule-labels",),
        "feed the model the rule tags of these labels only (default: all)",
        {"nargs": "+", "choices": LABELS},
    ),
    _tuned(
        "--rule-prior",
        float,
        "initial logit bias towards a rule tag (lower: the model overrules more easily)",
    ),
    _tuned(
        "--rule-prior-outside",
        float,
        "initial logit bias towards O where the rules see nothing",
    ),
    _tuned(
        "--augment",
        int,
        "entity-substituted copies of each training document (names, places, numbers)",
    ),
    _Option(
        ("--split",),
        "notice split JSON (corpus/splits/notices.json): its test notices are dropped "
        "from training and cross-validation",
    ),
    _tuned("--folds", int, "with --cv: folds by document (0: leave one document out)"),
    _tuned("--seed", int, "random seed (splits, init, order)"),
    _tuned(
        "--dev-fraction",
        float,
        "share of each notice held out for early stopping (0: fixed epochs on all data)",
    ),
    _Option(("--max-minutes",), "stop training after this many minutes", {"type": float}),
    _Option(
        ("--no-refit",),
        "ship the early-stopped model instead of refitting on all documents",
        {"action": "store_true"},
        copied=False,
    ),
)


def add_train_arguments(parser: argparse.ArgumentParser) -> None:
    """The training options, shared by ``python -m training.train`` and ``extractor train``."""
    for option in _OPTIONS:
        # a copy per parser: no two parsers may share a mutable default (the --corpus list)
        parser.add_argument(*option.flags, help=option.help, **deepcopy(option.keywords))


def config_from_args(args: argparse.Namespace, corpus: Sequence[str] | None = None) -> TrainConfig:
    """The config of parsed training options; ``corpus`` replaces ``--corpus`` when given."""
    copied = {option.dest: getattr(args, option.dest) for option in _OPTIONS if option.copied}
    return TrainConfig(
        **copied,
        corpus=list(corpus if corpus is not None else args.corpus),
        rule_features=not args.no_rule_features,
    )


def _project_path(value: str, default: str) -> Path:
    """``value`` as given; the project's own file when it is the unchanged default."""
    path = Path(value).expanduser()
    if value == default and not path.exists():
        return PROJECT_ROOT / default
    return path


def resolve_training_paths(config: TrainConfig) -> TrainConfig:
    """The config with default paths taken from the project, checked before training.

    Relative defaults (``models/encoder``) used to be read from the working
    directory, so ``extractor train`` elsewhere died in a bare FileNotFoundError.
    """
    defaults = TrainConfig()
    encoder = _project_path(config.encoder, defaults.encoder)
    if not (encoder / "config.json").is_file() or not (encoder / "vocab.txt").is_file():
        state = "has no config.json and vocab.txt" if encoder.exists() else "does not exist"
        raise TrainingSetupError(
            f"base model {encoder} {state}; pass --base-model PATH to a local BERT "
            "directory (safetensors + config.json + vocab.txt), e.g. models/encoder of this project"
        )
    pkuseg = _project_path(config.pkuseg, defaults.pkuseg)
    if not pkuseg.is_dir():
        raise TrainingSetupError(
            f"word segmenter {pkuseg} does not exist; pass --pkuseg PATH (models/pkuseg of this project)"
        )
    corpus = [str(_project_path(c, DEFAULT_CORPUS[0])) for c in config.corpus]
    for entry in corpus:
        if not Path(entry).exists():
            raise TrainingSetupError(f"corpus {entry} does not exist; pass --corpus FILE|DIR")
    return replace(config, encoder=str(encoder), pkuseg=str(pkuseg), corpus=corpus)
