"""The command line as a user meets it: inputs, outputs, progress, errors, retraining UX.

Every test runs the rule backend (the model is not the point here) through
:func:`extractor.cli.main`, as the ``extractor`` script does.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib.metadata import version

import openpyxl
import pytest

import extractor
import extractor.pipeline
from extractor.cli import _EXTRA_COMMANDS, _load_extra_commands, build_parser, main
from extractor.spans import LABELS
from tests.conftest import GOLD, ROOT, SEEDS, read_seed

RULES = ["--backend", "rules"]


@pytest.fixture()
def notices_dir(tmp_path):
    folder = tmp_path / "notices"
    folder.mkdir()
    for prefix in ("000", "003"):
        (folder / f"{prefix}.txt").write_text(read_seed(prefix), encoding="utf-8")
    (folder / "readme.md").write_text("not a notice", encoding="utf-8")
    return folder


@pytest.fixture()
def no_model_load(monkeypatch):
    """Fail the test if a command gets as far as loading a pipeline."""

    def refuse(*args, **kwargs):
        raise AssertionError("the command started extracting before checking its arguments")

    monkeypatch.setattr(extractor.pipeline, "load", refuse)


def _run(args, capsys) -> tuple[int, str, str]:
    status = main(args)
    out, err = capsys.readouterr()
    return status, out, err


# ---------------------------------------------------------------- start-up


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"extractor {version('extractor')}"
    assert extractor.__version__ == version("extractor")


def test_help_imports_no_heavy_library():
    code = (
        "import sys\n"
        "from extractor.cli import main\n"
        "for args in (['--help'], ['extract', '--help'], ['train', '--help']):\n"
        "    try:\n"
        "        main(args)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "heavy = ('torch', 'transformers', 'spacy', 'pandas', 'openpyxl')\n"
        "print(','.join(m for m in heavy if m in sys.modules), file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert done.stderr.strip() == ""
    assert "--base-model" in done.stdout


def _parsers() -> dict[str, argparse.ArgumentParser]:
    _load_extra_commands()
    parser = build_parser()
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return {"extractor": parser, **sub.choices}


def test_every_option_has_help():
    for name, parser in _parsers().items():
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                continue
            assert action.help, (
                f"extractor {name}: {action.option_strings or action.dest} has no help"
            )


def test_one_output_flag_everywhere():
    assert _EXTRA_COMMANDS  # train, evaluate, annotate, report registered
    for name, parser in _parsers().items():
        if name in ("extractor", "serve"):
            continue
        flags = {
            s for a in parser._actions for s in a.option_strings if a.help != argparse.SUPPRESS
        }
        assert {"-o", "--output"} <= flags, name
        assert not flags & {"--out", "--html"}, name  # old spellings: accepted, not shown


# ---------------------------------------------------------------- inputs


def test_folder_as_input(notices_dir, capsys):
    status, out, _ = _run(["extract", str(notices_dir), "--format", "jsonl", *RULES], capsys)
    assert status == 0
    sources = [json.loads(line)["source"] for line in out.splitlines()]
    assert sources == [str(notices_dir / "000.txt"), str(notices_dir / "003.txt")]


def test_glob_as_input(notices_dir, capsys):
    pattern = str(notices_dir / "00[3-9].txt")  # quoted: the shell did not expand it
    status, out, _ = _run(["extract", pattern, "-f", "jsonl", *RULES], capsys)
    assert status == 0
    assert [json.loads(line)["source"] for line in out.splitlines()] == [
        str(notices_dir / "003.txt")
    ]


def test_json_is_a_list_even_for_one_file(notices_dir, capsys):
    status, out, _ = _run(["extract", str(notices_dir / "003.txt"), *RULES], capsys)
    assert status == 0
    (result,) = json.loads(out)
    assert result["source"].endswith("003.txt") and result["problems"]


def test_non_utf8_file_name(tmp_path, capsys):
    folder = tmp_path / "gbk"
    folder.mkdir()
    name = os.fsdecode(b"\xc9\xfa\xb3\xc9.txt")  # bytes that are not UTF-8
    (folder / name).write_text(read_seed("003"), encoding="utf-8")
    out = tmp_path / "out.csv"
    status, _, err = _run(
        ["extract", str(folder), "-o", str(out), "--table", "problems", *RULES], capsys
    )
    assert status == 0, err
    rows = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) > 1 and all("\\xc9\\xfa\\xb3\\xc9.txt" in r for r in rows[1:])
    xlsx = tmp_path / "out.xlsx"
    assert main(["extract", str(folder), "-o", str(xlsx), *RULES]) == 0
    jsonl = tmp_path / "out.jsonl"
    assert main(["extract", str(folder), "-o", str(jsonl), *RULES]) == 0
    assert json.loads(jsonl.read_text(encoding="utf-8"))["source"].endswith(name)


# ---------------------------------------------------------------- outputs


def test_xlsx_without_output_fails_before_extracting(notices_dir, capsys, no_model_load):
    status, out, err = _run(["extract", str(notices_dir), "--format", "xlsx", *RULES], capsys)
    assert status == 2 and out == ""
    assert err.strip() == "extractor: error: --format xlsx needs an output file: -o FILE.xlsx"


def test_existing_output_is_refused_before_extracting(notices_dir, tmp_path, capsys, no_model_load):
    out = tmp_path / "results.json"
    out.write_text("precious", encoding="utf-8")
    for args in (
        ["extract", str(notices_dir), "-o", str(out)],
        ["annotate", str(notices_dir), "-o", str(out)],
        ["report", str(notices_dir / "000.txt"), "-o", str(out)],
        ["evaluate", "--corpus", str(GOLD), "-o", str(out)],
    ):
        status, _, err = _run([*args, *RULES], capsys)
        assert status == 2, args
        assert "exists; pass --force" in err
    assert out.read_text(encoding="utf-8") == "precious"


def test_force_overwrites(notices_dir, tmp_path, capsys):
    out = tmp_path / "results.json"
    out.write_text("old", encoding="utf-8")
    assert main(["extract", str(notices_dir / "003.txt"), "-o", str(out), "--force", *RULES]) == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))) == 1


def test_output_into_a_missing_folder_is_created(notices_dir, tmp_path, capsys):
    out = tmp_path / "new" / "deeper" / "problems.csv"
    status, _, _ = _run(
        ["extract", str(notices_dir), "-o", str(out), "--table", "problems", *RULES], capsys
    )
    assert status == 0
    header = out.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("source,key,number,statement")


def test_output_folder_that_cannot_exist_is_refused_first(
    notices_dir, tmp_path, capsys, no_model_load
):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    status, _, err = _run(["extract", str(notices_dir), "-o", str(blocker / "out.json")], capsys)
    assert status == 2 and "cannot create the output directory" in err


def test_formula_file_name_and_form_feed_reach_excel_safely(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text = read_seed("003")
    at = text.index("2.关于")
    (tmp_path / "=1+1.txt").write_text(text[:at] + "\x0c" + text[at:], encoding="utf-8")
    status, _, err = _run(["extract", "=1+1.txt", "-o", "out.xlsx", *RULES], capsys)
    assert status == 0, err
    book = openpyxl.load_workbook(tmp_path / "out.xlsx")
    assert book["metadata"]["A2"].value == "'=1+1.txt"
    assert not [c for ws in book for row in ws.iter_rows() for c in row if c.data_type == "f"]


def test_annotate_and_report_take_o_and_their_old_flags(notices_dir, tmp_path, capsys):
    seed = str(notices_dir / "003.txt")
    assert main(["annotate", seed, "-o", str(tmp_path / "a.jsonl"), *RULES]) == 0
    assert main(["annotate", seed, "--out", str(tmp_path / "b.jsonl"), *RULES]) == 0
    assert main(["report", seed, "-o", str(tmp_path / "a.html"), *RULES]) == 0
    assert main(["report", seed, "--html", str(tmp_path / "b.html"), *RULES]) == 0
    assert (tmp_path / "a.jsonl").read_text() == (tmp_path / "b.jsonl").read_text()
    assert "<html" in (tmp_path / "b.html").read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "a.html",
        "a.jsonl",
        "b.html",
        "b.jsonl",
        "notices",
    ]


# ---------------------------------------------------------------- progress and messages


def test_progress_bar_moves_per_document(notices_dir, tmp_path, capsys):
    args = ["extract", str(notices_dir), "-o", str(tmp_path / "o.json"), *RULES]
    status, _, err = _run([*args, "--progress"], capsys)
    assert status == 0
    assert "1/2" in err and "2/2" in err
    status, _, err = _run([*args, "--force"], capsys)  # standard error is not a terminal here
    assert status == 0 and "/2" not in err


def test_annotate_shows_progress(notices_dir, tmp_path, capsys):
    out = str(tmp_path / "pre.json")
    status, _, err = _run(["annotate", str(notices_dir), "-o", out, "--progress", *RULES], capsys)
    assert status == 0 and "annotate" in err and "2/2" in err


def test_non_chinese_file_warns_on_stderr(tmp_path, capsys):
    (tmp_path / "english.txt").write_text("An English page, not a notice.", encoding="utf-8")
    status, out, err = _run(["extract", str(tmp_path / "english.txt"), *RULES], capsys)
    assert status == 0
    assert f"extractor: warning: {tmp_path / 'english.txt'}: no Chinese text found" in err
    assert json.loads(out)[0]["warnings"] == ["no Chinese text found"]


def test_one_bad_file_costs_only_itself(notices_dir, tmp_path, capsys, monkeypatch):
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "boom.txt").write_text(read_seed("003"), encoding="utf-8")
    original = extractor.pipeline.Extractor._assemble

    def fail_on_boom(self, *args):  # the last argument is the document's source
        if args[-1] and args[-1].endswith("boom.txt"):
            raise RuntimeError("simulated failure\nsecond line")
        return original(self, *args)

    monkeypatch.setattr(extractor.pipeline.Extractor, "_assemble", fail_on_boom)
    out = tmp_path / "out.jsonl"
    args = ["extract", str(notices_dir / "000.txt"), str(tmp_path / "binary.txt")]
    args += [
        str(tmp_path / "missing.txt"),
        str(tmp_path / "boom.txt"),
        str(notices_dir / "003.txt"),
    ]
    status, _, err = _run([*args, "-o", str(out), *RULES], capsys)
    assert status == 1
    errors = [line for line in err.splitlines() if line.startswith("extractor: error:")]
    assert len(errors) == 3
    assert "binary.txt" in errors[0] and "missing.txt" in errors[1]
    assert errors[2].endswith("boom.txt: RuntimeError: simulated failure")
    written = [json.loads(line)["source"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert written == [str(notices_dir / "000.txt"), str(notices_dir / "003.txt")]


def test_missing_model_is_one_line(notices_dir, tmp_path, capsys):
    seed = str(notices_dir / "003.txt")
    status, _, err = _run(["extract", seed, "--model", str(tmp_path / "none")], capsys)
    assert status == 2 and err.startswith("extractor: error: No NER pipeline found")
    assert "Traceback" not in err


# ---------------------------------------------------------------- retraining


def _fake_encoder(folder):
    """Enough of an encoder for the argument checks (training itself is not run)."""
    folder.mkdir()
    (folder / "config.json").write_text("{}", encoding="utf-8")
    (folder / "vocab.txt").write_text("[PAD]\n", encoding="utf-8")
    return folder


def test_train_names_base_model_when_the_encoder_is_missing(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    args = ["train", "--corpus", str(GOLD), "--base-model", "nowhere", "-o", "m"]
    status, _, err = _run(args, capsys)
    assert status == 2
    assert err.startswith("extractor: error: base model nowhere does not exist; pass --base-model")
    assert not (tmp_path / "m").exists()


def test_train_defaults_come_from_the_project_not_the_working_directory(tmp_path, monkeypatch):
    from training.options import PROJECT_ROOT, TrainConfig, resolve_training_paths

    monkeypatch.chdir(tmp_path)
    config = resolve_training_paths(TrainConfig(corpus=["corpus/gold"]))
    assert config.encoder == str(PROJECT_ROOT / "models" / "encoder")
    assert config.pkuseg == str(PROJECT_ROOT / "models" / "pkuseg")
    assert config.corpus == [str(PROJECT_ROOT / "corpus" / "gold")]


def _label_studio_export(tmp_path, *, annotated: list[bool]):
    from training.corpus import load_corpus
    from training.formats import to_labelstudio

    docs = load_corpus(str(GOLD))[: len(annotated)]
    tasks = [to_labelstudio(d, predictions=not a) for d, a in zip(docs, annotated, strict=True)]
    path = tmp_path / "export.json"
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    return path, docs


@pytest.mark.parametrize("annotated", [[False, False], [True, False]])
def test_label_studio_predictions_only_are_refused(tmp_path, capsys, monkeypatch, annotated):
    monkeypatch.chdir(tmp_path)
    export, _ = _label_studio_export(tmp_path, annotated=annotated)
    # run outside the project with the default encoder: it is found in the project
    status, _, err = _run(["train", "--corpus", str(export), "--output", "m"], capsys)
    assert status == 2
    assert f"{annotated.count(False)} of 2 Label Studio task(s) have no human annotation" in err
    assert "--accept-predictions" in err
    assert not (tmp_path / "runs").exists()
    assert not (tmp_path / "m" / "training-data").exists()


def test_label_studio_conversions_go_under_the_output(tmp_path, monkeypatch):
    from extractor.workflow_cli import _collect_corpus
    from training.corpus import load_corpus

    monkeypatch.chdir(tmp_path)
    export, docs = _label_studio_export(tmp_path, annotated=[True, False])
    (path,) = _collect_corpus(
        [str(export)], tmp_path / "m" / "training-data", accept_predictions=True
    )
    assert path == str(tmp_path / "m" / "training-data" / "export.jsonl")
    assert [d.spans for d in load_corpus(path)] == [d.spans for d in docs]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.json", "m"]  # no runs/


def test_train_refuses_a_non_empty_output_without_force(tmp_path, capsys):
    out = tmp_path / "model"
    out.mkdir()
    (out / "config.cfg").write_text("[nlp]\n", encoding="utf-8")
    encoder = _fake_encoder(tmp_path / "enc")
    args = ["train", "--corpus", str(GOLD), "--base-model", str(encoder), "-o", str(out)]
    status, _, err = _run(args, capsys)
    assert status == 2 and "is not empty; pass --force" in err


def test_label_studio_config_matches_the_exports():
    from training.corpus import load_corpus
    from training.formats import to_labelstudio

    root = ET.parse(ROOT / "training" / "label_studio_config.xml").getroot()
    (labels,) = root.iter("Labels")
    (text,) = root.iter("Text")
    assert tuple(label.get("value") for label in labels.iter("Label")) == LABELS
    task = to_labelstudio(load_corpus(str(GOLD))[0])
    result = task["annotations"][0]["result"][0]
    assert (labels.get("name"), labels.get("toName")) == (result["from_name"], result["to_name"])
    assert text.get("name") == result["to_name"]
    assert text.get("value") == "$text" and "text" in task["data"]


def test_seeds_folder_is_what_the_readme_shows(capsys):
    # README: `extractor extract corpus/seeds/*.txt`; the folder itself works the same
    status, out, _ = _run(["extract", str(SEEDS), "-f", "jsonl", *RULES], capsys)
    assert status == 0 and len(out.splitlines()) == len(list(SEEDS.glob("*.txt")))


def test_model_load_prints_nothing_but_the_result(tmp_path):
    """No transformers "Loading weights" bar, LOAD REPORT or warning on a normal run."""
    text = read_seed("003")
    small = tmp_path / "small.txt"
    small.write_text(text[: text.index("2.关于")], encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TRANSFORMERS_", "HF_HUB_"))}
    env["OMP_NUM_THREADS"] = "1"
    out = tmp_path / "out.json"
    done = subprocess.run(
        [sys.executable, "-m", "extractor", "extract", str(small), "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines() == [f"wrote 1 notice(s) to {out} (json)"]
    assert json.loads(out.read_text(encoding="utf-8"))[0]["backend"] == "bert"
