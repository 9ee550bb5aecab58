"""The shipped JSON Schema describes what ``Notice.to_dict()`` and the CLI really write."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest

import extractor
from extractor.cli import main
from extractor.schema import notice_schema
from extractor.spans import HEADING_KINDS, LABELS
from tests.conftest import ROOT, SEEDS

VARIANTS = ROOT / "corpus" / "variants"
NOTICE_FILES = sorted(SEEDS.glob("*.txt")) + sorted(VARIANTS.glob("*.txt"))


@pytest.fixture(scope="module")
def validator():
    schema = notice_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="module")
def results():
    return {
        p.name: extractor.extract(p.read_text(encoding="utf-8"), backend="rules", source=p.name)
        for p in NOTICE_FILES
    }


def test_every_seed_and_variant_validates(validator, results):
    assert len(results) >= 15
    for name, notice in results.items():
        errors = [e.message for e in validator.iter_errors(notice.to_dict(include_text=True))]
        assert not errors, f"{name}: {errors[:3]}"


def test_empty_and_non_chinese_results_validate(validator):
    for text in ("", "An English page."):
        validator.validate(extractor.extract(text, backend="rules").to_dict())


def test_schema_names_the_codes_labels_and_heading_kinds():
    defs = notice_schema()["$defs"]
    assert tuple(defs["entity"]["properties"]["label"]["enum"]) == LABELS
    assert tuple(defs["heading"]["properties"]["kind"]["enum"]) == HEADING_KINDS


def test_schema_lists_every_field_the_result_has(results):
    """A field added to the result is described here too (the schema allows extra keys)."""
    defs = notice_schema()["$defs"]
    top = notice_schema()["properties"]
    for notice in results.values():
        data = notice.to_dict(include_text=True)
        assert set(data) <= set(top)
        assert set(data["metadata"]) <= set(defs["metadata"]["properties"])
        for section, name in (
            ("headings", "heading"),
            ("problems", "problem"),
            ("entities", "entity"),
        ):
            for item in data[section]:
                assert set(item) <= set(defs[name]["properties"]), (
                    section,
                    set(item) - set(defs[name]["properties"]),
                )


@pytest.mark.parametrize(
    "break_it",
    [
        lambda d: d.pop("problems"),
        lambda d: d["entities"][0].update(label="PERSON"),
        lambda d: d["entities"][0].update(start=-1),
        lambda d: d["headings"][0].update(kind="chapter"),
        lambda d: d["problems"][0].update(status="done"),
        lambda d: d["metadata"].update(period={"start": 2021}),
        lambda d: d["entities"].__setitem__(
            0, {**d["entities"][0], "label": "AMOUNT", "value": {"unit": "元"}}
        ),
    ],
)
def test_schema_rejects_malformed_results(validator, results, break_it):
    data = copy.deepcopy(next(iter(results.values())).to_dict())
    break_it(data)
    assert list(validator.iter_errors(data))


def test_cli_json_output_validates(validator, tmp_path):
    out = tmp_path / "seeds.json"
    assert main(["extract", str(SEEDS), "-o", str(out), "--backend", "rules"]) == 0
    documents = json.loads(Path(out).read_text(encoding="utf-8"))
    assert len(documents) == len(list(SEEDS.glob("*.txt")))
    for document in documents:
        validator.validate(document)
