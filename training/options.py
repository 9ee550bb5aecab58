"""Training options: one set for ``python -m training.train`` and ``extractor train``.

They live apart from :mod:`training.train` so that building the command line
(``extractor --help``) does not import torch. Default paths name the files of
this project checkout, so training works from any directory; a missing encoder
is a :class:`TrainingSetupError` that names the option to pass.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

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
    #: entity-substituted copies of each training document (training/augment.py)
    augment: int = 0
    #: a committed notice split; its test notices are never trained on
    split: str | None = None
    #: cross-validation folds by document (0: leave one document out)
    folds: int = 0
    max_minutes: float | None = None
    corpus: list[str] = field(default_factory=list)


def add_train_arguments(parser: argparse.ArgumentParser) -> None:
    """The training options, shared by ``python -m training.train`` and ``extractor train``."""
    parser.add_argument(
        "--corpus",
        nargs="+",
        default=list(DEFAULT_CORPUS),
        help="guideline JSONL files/dirs (extractor train: also doccano / Label Studio exports)",
    )
    parser.add_argument(
        "--base-model",
        "--encoder",
        dest="encoder",
        default=TrainConfig.encoder,
        help="local pretrained BERT directory (safetensors + vocab.txt), "
        "e.g. a downloaded bert-base-chinese",
    )
    parser.add_argument(
        "--output",
        "-o",
        default=TrainConfig.output,
        help="directory the trained spaCy pipeline and its model card are written to",
    )
    parser.add_argument(
        "--pkuseg",
        default=TrainConfig.pkuseg,
        help="local pkuseg word-segmenter directory (default: models/pkuseg of this project)",
    )
    parser.add_argument(
        "--ner-dir", help="public NER sets (shared/data/ner) for an auxiliary ORG first stage"
    )
    parser.add_argument(
        "--aux-limit",
        type=int,
        default=TrainConfig.aux_limit,
        help="at most this many auxiliary NER sentences (with --ner-dir)",
    )
    parser.add_argument(
        "--aux-epochs",
        type=int,
        default=TrainConfig.aux_epochs,
        help="epochs of the auxiliary ORG stage (with --ner-dir)",
    )
    parser.add_argument(
        "--epochs", type=int, default=TrainConfig.epochs, help="most epochs on the notices"
    )
    parser.add_argument(
        "--patience",
        type=int,
        default=TrainConfig.patience,
        help="stop after this many epochs without a better dev score",
    )
    parser.add_argument(
        "--batch-size", type=int, default=TrainConfig.batch_size, help="windows per step"
    )
    parser.add_argument(
        "--lr", type=float, default=TrainConfig.lr, help="peak learning rate (AdamW)"
    )
    parser.add_argument(
        "--head-lr-scale",
        type=float,
        default=TrainConfig.head_lr_scale,
        help="learning-rate multiplier for the freshly initialised head and rule-tag layers",
    )
    parser.add_argument(
        "--no-rule-features",
        action="store_true",
        help="train the plain BERT tagger without the rule-tag input and prior",
    )
    parser.add_argument(
        "--rule-dropout",
        type=float,
        default=TrainConfig.rule_dropout,
        help="share of rule-tagged ORG spans hidden from the model in each batch",
    )
    parser.add_argument(
        "--rule-labels",
        nargs="+",
        choices=("ORG", "DATE", "AMOUNT", "COUNT", "PERCENT", "QUANTITY"),
        help="feed the model the rule tags of these labels only (default: all)",
    )
    parser.add_argument(
        "--rule-prior",
        type=float,
        default=TrainConfig.rule_prior,
        help="initial logit bias towards a rule tag (lower: the model overrules more easily)",
    )
    parser.add_argument(
        "--rule-prior-outside",
        type=float,
        default=TrainConfig.rule_prior_outside,
        help="initial logit bias towards O where the rules see nothing",
    )
    parser.add_argument(
        "--augment",
        type=int,
        default=TrainConfig.augment,
        help="entity-substituted copies of each training document (names, places, numbers)",
    )
    parser.add_argument(
        "--split",
        help="notice split JSON (corpus/splits/notices.json): its test notices are dropped "
        "from training and cross-validation",
    )
    parser.add_argument(
        "--folds",
        type=int,
        default=TrainConfig.folds,
        help="with --cv: folds by document (0: leave one document out)",
    )
    parser.add_argument(
        "--seed", type=int, default=TrainConfig.seed, help="random seed (splits, init, order)"
    )
    parser.add_argument(
        "--dev-fraction",
        type=float,
        default=TrainConfig.dev_fraction,
        help="share of each notice held out for early stopping (0: fixed epochs on all data)",
    )
    parser.add_argument("--max-minutes", type=float, help="stop training after this many minutes")
    parser.add_argument(
        "--no-refit",
        action="store_true",
        help="ship the early-stopped model instead of refitting on all documents",
    )


def config_from_args(args: argparse.Namespace, corpus: Sequence[str] | None = None) -> TrainConfig:
    return TrainConfig(
        encoder=args.encoder,
        output=args.output,
        pkuseg=args.pkuseg,
        ner_dir=args.ner_dir,
        aux_limit=args.aux_limit,
        aux_epochs=args.aux_epochs,
        epochs=args.epochs,
        patience=args.patience,
        batch_size=args.batch_size,
        lr=args.lr,
        head_lr_scale=args.head_lr_scale,
        rule_dropout=args.rule_dropout,
        rule_labels=args.rule_labels,
        rule_prior=args.rule_prior,
        rule_prior_outside=args.rule_prior_outside,
        augment=args.augment,
        split=args.split,
        folds=args.folds,
        seed=args.seed,
        max_minutes=args.max_minutes,
        corpus=list(corpus if corpus is not None else args.corpus),
        rule_features=not args.no_rule_features,
        dev_fraction=args.dev_fraction,
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
