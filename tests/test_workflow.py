"""The analyst's loop, end to end on a small notice: annotate → correct → train → extract → evaluate."""

from __future__ import annotations

import dataclasses
import json

import pytest

from extractor.cli import main
from extractor.spans import Span
from tests.conftest import ROOT, read_seed
from training.corpus import read_jsonl, write_jsonl

PKUSEG = ROOT / "models" / "pkuseg"


@pytest.fixture()
def small_notice(tmp_path):
    text = read_seed("003")
    # the opening and the first problem: a small but complete notice
    cut = text.index("2.关于")
    path = tmp_path / "small.txt"
    path.write_text(text[:cut], encoding="utf-8")
    return path


def test_annotate_correct_train_extract_evaluate(small_notice, tmp_path, tiny_encoder, capsys):
    if not (PKUSEG / "features.msgpack").is_file():
        pytest.fail("models/pkuseg is missing")
    pre = tmp_path / "pre.jsonl"
    assert main(["annotate", str(small_notice), "--out", str(pre), "--backend", "rules"]) == 0
    (doc,) = read_jsonl(pre)
    assert doc.spans and doc.headings

    # the analyst corrects: drops one predicted span and adds a missed one
    text = doc.text
    extra_start = text.index("南通经济技术开发区党工委")
    added = Span(extra_start, extra_start + len("南通经济技术开发区党工委"), "ORG")
    kept = [s for s in doc.spans[1:] if s.end <= added.start or s.start >= added.end]
    corrected = dataclasses.replace(doc, spans=sorted([*kept, added]))
    fixed = tmp_path / "corrected.jsonl"
    write_jsonl([corrected], fixed)

    model = tmp_path / "model"
    args = ["train", "--corpus", str(fixed), "--base-model", str(tiny_encoder)]
    args += ["--output", str(model), "--epochs", "1", "--pkuseg", str(PKUSEG)]
    assert main(args) == 0
    assert (model / "config.cfg").is_file() and (model / "README.md").is_file()
    card = json.loads((model / "training.json").read_text(encoding="utf-8"))
    assert card["data"][0]["file"].endswith("corrected.jsonl") and card["data"][0]["sha256"]

    capsys.readouterr()
    assert main(["extract", str(small_notice), "--model", str(model)]) == 0
    (result,) = json.loads(capsys.readouterr().out)  # --format json: always a list
    assert result["backend"] == "bert" and len(result["problems"]) == 1

    report = tmp_path / "eval.json"
    args = ["evaluate", "--corpus", str(fixed), "--model", str(model), "--json", "-o", str(report)]
    assert main(args) == 0
    scores = json.loads(report.read_text(encoding="utf-8"))
    assert set(scores) >= {"labels", "micro", "macro", "errors", "headings", "linking"}
    assert scores["headings"]["f1"] == 1.0  # the structure parser found the corrected headings
