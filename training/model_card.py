"""The model card written next to every trained pipeline.

It records what a reader needs to trust or reproduce the model: data files
and their hashes, label counts, the encoder's pretraining sources and
licences, hyper-parameters, scores (cross-validation when available) and
measured speed.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

CARD = "README.md"
META = "training.json"


def _table(rows: list[list[Any]], header: list[str]) -> str:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(out)


def _scores_table(report: dict) -> str:
    rows = [
        [label, f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}", s["support"]]
        for label, s in report["labels"].items()
    ]
    for avg in ("micro", "macro"):
        s = report[avg]
        rows.append(
            [avg, f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}", s["support"]]
        )
    return _table(rows, ["label", "P", "R", "F1", "support"])


def _stopping_line(notices: dict, config: dict, minutes: float) -> str:
    if notices.get("best_epoch"):
        head = (
            f"Early stopping on the dev split: best epoch {notices['best_epoch']}, "
            f"dev micro-F1 {notices.get('best_dev_f1', 0):.3f}"
        )
    else:
        head = f"Fixed {config.get('epochs')} epochs, no dev split"
    return f"{head}; {minutes:.1f} minutes on 2 CPU cores."


def train_command_line(config: dict) -> str:
    """The command that reproduces a run, from its recorded configuration."""
    parts = ["python -m training.train", "--corpus", *config.get("corpus", ["corpus/gold"])]
    flags = {
        "encoder": "--encoder",
        "output": "--output",
        "ner_dir": "--ner-dir",
        "epochs": "--epochs",
        "lr": "--lr",
        "head_lr_scale": "--head-lr-scale",
        "dev_fraction": "--dev-fraction",
        "rule_dropout": "--rule-dropout",
        "rule_prior": "--rule-prior",
        "rule_prior_outside": "--rule-prior-outside",
        "augment": "--augment",
        "split": "--split",
        "seed": "--seed",
    }
    for key, flag in flags.items():
        if config.get(key) is not None:
            parts += [flag, str(config[key])]
    if config.get("rule_labels"):
        parts += ["--rule-labels", *config["rule_labels"]]
    if config.get("ner_dir"):
        parts += ["--aux-limit", str(config.get("aux_limit"))]
    if not config.get("rule_features", True):
        parts.append("--no-rule-features")
    if config.get("combination", "model") != "model":
        parts += ["--combination", config["combination"]]
    return " ".join(parts)


def data_licence(path: str) -> str:
    """Where a fine-tuning file comes from and on what terms, as its folder's notes say.

    The notices' README (``../shared/data/notices/README.md``) states they are public
    government information used for training and measurement here; the seeds are the
    project's own public notices; anything else is the user's and says so."""
    name = Path(path).as_posix()
    if "data/notices" in name:
        return (
            "40 public rectification notices (openings), train part only per "
            "corpus/splits/notices.json; public government information (PRC Copyright Law "
            "Art. 5(1)), see ../shared/data/notices/README.md and SOURCES.tsv"
        )
    if "corpus/gold" in name:
        return "project seed notices (public notices), gold by this project"
    if "corpus/constructed" in name:
        return "notices written and annotated by this project (corpus/constructed/README.md)"
    if "training-data" in name:
        return "converted annotation export supplied by the user"
    return "supplied by the user"


def _state_summary(state: dict) -> dict:
    """The parts of an encoder's pretraining state a model card reports."""
    keys = ("step", "tokens_seen", "total_tokens_seen", "eval_loss", "eval_accuracy")
    return {k: state[k] for k in (*keys, "sources", "continued_from") if k in state}


def _newer_encoder_lines(folder: str, used: dict) -> list[str]:
    """A note on a later encoder than the tagger's: in its own folder (or in
    ``<folder>-next``, where pretraining goes on without changing the shipped tagger)."""
    for candidate in (Path(folder), Path(f"{folder}-next")):
        state_file = candidate / "pretrain_state.json"
        if not state_file.is_file():
            continue
        later = json.loads(state_file.read_text(encoding="utf-8"))
        if later.get("step") == used.get("step") and candidate == Path(folder):
            continue
        return [
            "",
            f"`{candidate.as_posix()}` holds a later encoder (step {later.get('step')}, "
            f"{later.get('tokens_seen')} tokens in its last run, eval MLM loss "
            f"{later.get('eval_loss')}, accuracy {later.get('eval_accuracy')}); this tagger was "
            "fine-tuned from the one above (`reports/experiments.md` says how each encoder "
            "was tried).",
        ]
    return []


def _combination_sentence(combination: str) -> str:
    """How the component combines the model's spans with the rules' (extractor/combination.py)."""
    if combination == "rules_plus_model":
        return (
            "Its output is combined with the rules' (`combination = rules_plus_model`): the "
            "rules' spans stay, and the model adds the ORG names it finds where the rules "
            "found none, when the rule layer accepts their form. "
        )
    return "Its spans are the output (`combination = model`). "


def _departure_sentence(yardstick_file: Path) -> str:
    """What the yardstick says about the model against the rules on the test notices."""
    if not yardstick_file.is_file():
        return "No yardstick has been written for it yet."
    test = json.loads(yardstick_file.read_text(encoding="utf-8"))["ner"]["departures"].get("test")
    if not test:
        return "The yardstick has no test part."
    if not test["differing"]:
        return (
            "On the held-out test notices its ORG spans are the rules' (no departure; "
            "yardstick below), so its scores there are the rules' scores."
        )
    return (
        f"On the held-out test notices it departs from the rules on {test['differing']} ORG "
        f"spans: the gold sides with the model on {test['model_right']}, with the rules on "
        f"{test['rules_right']}, with neither on {test['neither']} (yardstick below)."
    )


def write_model_card(
    output: Path,
    *,
    config: dict,
    data: list[dict],
    label_counts: dict[str, int],
    training: dict,
    split_note: str,
    minutes: float,
    cv_file: Path = Path("reports/crossval.json"),
    benchmark_file: Path = Path("benchmarks/results.json"),
    yardstick_file: Path = Path("reports/yardstick.json"),
    blind_file: Path = Path("reports/blind.json"),
    created: str | None = None,
) -> Path:
    """Write ``training.json`` and the card; ``created`` keeps a rebuilt card's model
    dated when it was trained, not when its card was rewritten."""
    output = Path(output)
    encoder_state = Path(config["encoder"]) / "pretrain_state.json"
    current = (
        json.loads(encoder_state.read_text(encoding="utf-8")) if encoder_state.is_file() else None
    )
    if "encoder_state" not in config and current is not None:
        # the encoder this tagger was fine-tuned from, kept with it: the folder may move on
        config = {**config, "encoder_state": _state_summary(current)}
    meta = {
        "created": created or datetime.now(UTC).isoformat(timespec="seconds"),
        "config": config,
        "data": data,
        "label_counts": label_counts,
        "training": training,
        "split": split_note,
        "minutes": round(minutes, 1),
    }
    (output / META).write_text(
        json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    lines = [
        f"# {output.name}: Chinese rectification-notice NER pipeline",
        "",
        "spaCy `zh` pipeline: word segmentation by a locally trained spacy-pkuseg model, NER by",
        "`extractor_bert_ner`, a character-level BERT (4 layers, hidden 256) pretrained here by",
        "masked-language modelling and fine-tuned on the gold notices. Weights are safetensors.",
        "Labels (see ANNOTATION.md): " + ", ".join(label_counts) + ".",
        "",
        "## Training data",
        "",
        _table(
            [[d["file"], d["sha256"][:16], data_licence(d["file"])] for d in data],
            ["file", "sha256 (16)", "source and licence"],
        ),
        "",
        _table([[k, v] for k, v in label_counts.items()], ["label", "gold mentions"]),
        "",
        f"Dev split: {split_note}.",
    ]
    if config.get("ner_dir"):
        lines += [
            "",
            f"Auxiliary first stage: {config['aux_limit']} sentences from CLUENER2020 (organization,",
            "government, company → ORG), MSRA train subset (ORG) and People's Daily 1998 NER dev (ORG);",
            "their numbers are tagged by the rule recogniser (silver). Licences: CLUENER2020 and the",
            "People's Daily NER split have no licence file (research use); the MSRA subset comes from an",
            "MIT-licensed repository, the data itself is MSRA/SIGHAN's.",
        ]
    state = config.get("encoder_state")
    if state:
        rows = [
            [s.get("name"), s.get("chars"), s.get("licence") or s.get("license"), s.get("origin")]
            for s in state.get("sources", [])
        ]
        lines += [
            "",
            "## Encoder pretraining",
            "",
            f"Steps {state.get('step')}, tokens seen {state.get('tokens_seen')}, "
            f"eval MLM loss {state.get('eval_loss')}, accuracy {state.get('eval_accuracy')}.",
            *(
                [
                    "",
                    f"Continued from {state['continued_from']['checkpoint']}; "
                    f"{state['continued_from']['note']}. Tokens seen in all: "
                    f"{state.get('total_tokens_seen')}.",
                ]
                if state.get("continued_from")
                else []
            ),
            "",
            _table(rows, ["source", "chars", "licence", "origin"]),
            *_newer_encoder_lines(config["encoder"], state),
        ]
    lines += [
        "",
        "## Fine-tuning",
        "",
        "```",
        json.dumps({k: v for k, v in config.items() if k != "corpus"}, ensure_ascii=False),
        "```",
        "",
        _stopping_line(training.get("notices", {}), config, minutes),
        "",
        f"Command: `{train_command_line(config)}`",
    ]
    lines += [
        "",
        "## Intended use and limits",
        "",
        "Tagging entities in Chinese inspection-rectification notices (巡视/巡察整改情况的通报)",
        "for `extractor.extract`. The model takes the rule recogniser's tags as input. "
        + _combination_sentence(config.get("combination", "model"))
        + _departure_sentence(yardstick_file),
        "What was tried is in `reports/experiments.md`. The rule scores on the training documents",
        "are in-sample (the rules were written while reading them); the test notices and the",
        "blind constructed sets (`corpus/constructed/heldout-2/` … `heldout-10/`) are not.",
    ]
    if yardstick_file.is_file():
        lines += [
            "",
            "## Yardstick: rules vs model (cv over the training documents, test notices)",
            "",
            "Written by `extractor evaluate --notices ../shared/data/notices --cv-report "
            "reports/crossval.json`; the test notices (`corpus/splits/notices.json`) were never "
            "read to write rules or choose the model.",
            "",
            "```",
            json.loads(yardstick_file.read_text(encoding="utf-8"))["ner_text"],
            "```",
        ]
    if blind_file.is_file():
        lines += [
            "",
            "## Blind constructed sets: what the model adds to the rules",
            "",
            "Written by `python -m training.blind_sets --json reports/blind.json`: notices "
            "written and annotated by team members who never ran the extractor, scored only "
            "(never read to write rules, never trained on). ORG and micro F1 are seqeval strict; "
            "`differ` counts the ORG spans one system gives and the other does not, and whom the "
            "gold sides with.",
            "",
            "```",
            json.loads(blind_file.read_text(encoding="utf-8"))["text"],
            "```",
        ]
    if cv_file.is_file():
        cv = json.loads(cv_file.read_text(encoding="utf-8"))
        folds = [", ".join(f) if isinstance(f, list) else f for f in cv["folds"]]
        lines += [
            "",
            f"## Cross-validation ({len(folds)} folds by document, seqeval strict IOB2)",
            "",
            "Held-out groups: " + "; ".join(folds) + ".",
            "",
            "BERT:",
            "",
            _scores_table(cv["bert"]),
            "",
            "Rule baseline on the same documents:",
            "",
            _scores_table(cv["rules"]),
        ]
    if benchmark_file.is_file():
        bench = json.loads(benchmark_file.read_text(encoding="utf-8"))
        lines += ["", "## Speed (2 CPU cores)", "", "```", json.dumps(bench, indent=2), "```"]
    path = output / CARD
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def rewrite_card(model_dir: Path) -> Path:
    """Rebuild a pipeline's card from its ``training.json`` (e.g. after new CV or speed runs)."""
    meta = json.loads((Path(model_dir) / META).read_text(encoding="utf-8"))
    return write_model_card(
        Path(model_dir),
        config=meta["config"],
        data=meta["data"],
        label_counts=meta["label_counts"],
        training=meta["training"],
        split_note=meta["split"],
        minutes=meta["minutes"],
        created=meta.get("created"),
    )


if __name__ == "__main__":
    import sys

    for directory in sys.argv[1:] or ["models/extractor-zh"]:
        print(rewrite_card(Path(directory)))
