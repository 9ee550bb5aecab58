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
) -> Path:
    output = Path(output)
    meta = {
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
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
    encoder_state = Path(config["encoder"]) / "pretrain_state.json"
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
        _table([[d["file"], d["sha256"][:16]] for d in data], ["file", "sha256 (16)"]),
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
    if encoder_state.is_file():
        state = json.loads(encoder_state.read_text(encoding="utf-8"))
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
            "",
            _table(rows, ["source", "chars", "licence", "origin"]),
        ]
    lines += [
        "",
        "## Fine-tuning",
        "",
        "```",
        json.dumps({k: v for k, v in config.items() if k != "corpus"}, ensure_ascii=False),
        "```",
        "",
        f"Best dev epoch: {training.get('notices', {}).get('best_epoch')}, "
        f"dev micro-F1 {training.get('notices', {}).get('best_dev_f1', 0):.3f}; "
        f"{minutes:.1f} minutes on 2 CPU cores.",
        "",
        "Command: `python -m training.train --corpus corpus/gold --encoder models/encoder "
        "--ner-dir ../shared/data/ner --output models/extractor-zh`",
    ]
    if cv_file.is_file():
        cv = json.loads(cv_file.read_text(encoding="utf-8"))
        lines += [
            "",
            "## Cross-validation (leave one notice out, seqeval strict IOB2)",
            "",
            f"Held-out notices: {', '.join(cv['folds'])}.",
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
