"""The word lists in ``extractor/data``: one loader, clean files, and the
recognisers and normalisers really use what the files say."""

from __future__ import annotations

import fnmatch
import json
import tomllib
from pathlib import Path

import pytest

from extractor import lexicon, places
from extractor.lexicon import data_files, json_table, word_list, word_table
from extractor.numerals import CN_NUMERAL_CHARS
from extractor.recognizers.rules import RuleRecognizer, companies, orgs
from extractor.report_text import LANGUAGES, STATUS_NAMES, WORDS, Words
from extractor.values import parse_amount, parse_count, parse_quantity, units
from extractor.values.qualifiers import (
    AT_LEAST_BEFORE,
    NOT_QUALIFIERS,
    read_qualifier,
)

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "extractor" / "data"
TEXT_FILES = [name for name in data_files() if name.endswith((".txt", ".tsv"))]


@pytest.fixture(scope="module")
def recognizer() -> RuleRecognizer:
    return RuleRecognizer(prepared=True)


def _mentions(recognizer: RuleRecognizer, text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in recognizer(text)]


def _entries(name: str) -> list[str]:
    """The data lines of a text file, read here without the loader."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


# --- the files ------------------------------------------------------------------


def test_every_data_file_is_found_and_shipped() -> None:
    on_disk = sorted(p.name for p in DATA.iterdir() if p.is_file())
    assert list(data_files()) == on_disk
    assert {"places_full.txt", "org_standalone.txt", "report_words.json"} <= set(on_disk)
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = pyproject["tool"]["setuptools"]["package-data"]["extractor"]
    for name in on_disk:
        assert any(fnmatch.fnmatch(f"data/{name}", g) for g in globs), name


@pytest.mark.parametrize("name", TEXT_FILES)
def test_text_file_loads_with_a_header_and_clean_entries(name: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    assert text.startswith("# "), "every list says what it is in a # header"
    assert text.endswith("\n") and "\r" not in text
    loaded = word_table(name) if name.endswith(".tsv") else word_list(name)
    assert loaded, "an empty list"
    for line in _entries(name):
        fields = line.split("\t")
        assert all(f and f == f.strip() for f in fields), f"stray whitespace in {line!r}"
        assert all("\u3000" not in f and "  " not in f for f in fields), line
        if name.endswith(".txt"):
            assert len(fields) == 1 and " " not in line, f"one entry a line: {line!r}"
    keys = [row[0] for row in loaded] if name.endswith(".tsv") else list(loaded)
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    assert not duplicates, f"{name}: duplicates {duplicates}"
    # what the loader gives is exactly the file's data lines
    assert ["\t".join(row) if name.endswith(".tsv") else row for row in loaded] == _entries(name)


def test_tsv_rows_have_their_fields() -> None:
    assert all(len(row) == 3 for row in word_table("currencies.tsv"))
    assert {row[2] for row in word_table("currencies.tsv")} == {"unit", "before", "colloquial"}
    assert all(len(row) == 2 for row in word_table("physical_units.tsv"))
    assert all(len(row) == 3 for row in word_table("qualifier_words.tsv"))
    assert all(len(row) == 2 for row in word_table("org_suffix_guards.tsv"))
    # a measure alone on its row has no guard (人次)
    guards = {row[0]: row[1:] for row in word_table("count_measure_guards.tsv")}
    assert guards["人次"] == ()
    assert set(guards) <= set(units.COUNT_MEASURES)


def test_json_table_drops_comments_and_is_fresh() -> None:
    raw = json.loads((DATA / "report_words.json").read_text(encoding="utf-8"))
    assert "_comment" in raw
    table = json_table("report_words.json")
    assert "_comment" not in table and list(table) == ["zh", "en"]
    table["zh"]["words"]["notice"] = "changed"
    assert json_table("report_words.json")["zh"]["words"]["notice"] == "通报"


def test_comments_blank_lines_and_whitespace_are_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "demo.txt").write_text(
        "# a header\n#no space\n\n   \n 甲 \n乙\n  # an indented comment\n丙\n", encoding="utf-8"
    )
    (tmp_path / "demo.tsv").write_text("# header\n键\t值 一\n\n单\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "data_file", lambda name: tmp_path / name)
    word_list.cache_clear()
    word_table.cache_clear()
    try:
        assert word_list("demo.txt") == ("甲", "乙", "丙")
        assert word_table("demo.tsv") == (("键", "值 一"), ("单",))
    finally:
        word_list.cache_clear()
        word_table.cache_clear()


def test_a_data_file_is_named_not_pathed() -> None:
    for name in ("../pyproject.toml", "data/org_owners.txt", ".hidden"):
        with pytest.raises(ValueError):
            word_list(name)
    with pytest.raises(FileNotFoundError):
        word_list("no_such_list.txt")


# --- the modules read the files ---------------------------------------------------


def test_modules_expose_the_files_with_their_old_types() -> None:
    assert orgs.STANDALONE == word_list("org_standalone.txt")
    assert orgs.ANCHORED == word_list("org_anchored_suffixes.txt")
    assert orgs.ZONES == word_list("org_zones.txt")
    assert isinstance(orgs._GUARDS, dict) and orgs._GUARDS["局"] == "面|势|限|部|长"
    assert places.PLACE_NAMES == frozenset(word_list("places_full.txt")) | frozenset(
        word_list("places_short.txt")
    )
    assert places.MAX_PLACE_LEN == max(map(len, places.PLACE_NAMES))
    assert companies.WELL_KNOWN_COMPANIES == frozenset(word_list("well_known_companies.txt"))
    assert units.COUNT_MEASURES == word_list("count_measures.txt")
    assert isinstance(units.COUNT_MEASURES, tuple)
    assert list(units.CURRENCIES.items()) == [r[:2] for r in word_table("currencies.tsv")]
    assert units.CURRENCY_NAMES["USD"] == "美元" and units.CURRENCY_NAMES["CNY"] == "元"
    assert list(units.PHYSICAL_UNITS) == [r[0] for r in word_table("physical_units.tsv")]
    assert units.DIGIT_ONLY_UNITS == frozenset(word_list("digit_only_units.txt"))
    assert isinstance(units.DIGIT_ONLY_UNITS, frozenset)
    assert AT_LEAST_BEFORE[:2] == ("不低于", "不少于") and "赶超" in NOT_QUALIFIERS


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("根据攀枝花市委部署。", "攀枝花市委"),  # places_short.txt + 市委 (org_standalone.txt)
        ("根据丁青县委部署。", "丁青县委"),
        ("根据锡山经济技术开发区党工委部署。", "锡山经济技术开发区党工委"),  # + org_zones.txt
        ("根据乌兰察布经开区管委会部署。", "乌兰察布经开区管委会"),
    ],
)
def test_a_place_of_the_gazetteer_begins_the_organ(
    recognizer: RuleRecognizer, text: str, org: str
) -> None:
    assert _mentions(recognizer, text) == [(org, "ORG")]


def test_a_name_missing_from_the_gazetteer_is_not_a_prefix(recognizer: RuleRecognizer) -> None:
    assert "花攀枝" not in places.PLACE_NAMES
    assert _mentions(recognizer, "根据花攀枝市委部署。") != [("花攀枝市委", "ORG")]


def test_nearly_every_short_place_name_anchors_a_committee(recognizer: RuleRecognizer) -> None:
    """The whole short-name file reaches the ORG walk: 根据X市委部署 → [X市委].

    A few names cannot (会同, 新建 are verbs; 本溪, 全州 begin like a generic
    reference; 三门 reads as a COUNT), so the bar is 99 %, not all."""
    names = word_list("places_short.txt")
    found = sum(
        (f"{name}市委", "ORG") in _mentions(recognizer, f"根据{name}市委部署。") for name in names
    )
    assert found >= 0.99 * len(names), f"{found} of {len(names)}"


def test_every_well_known_company_is_recognised(recognizer: RuleRecognizer) -> None:
    missed = [
        name
        for name in word_list("well_known_companies.txt")
        if (name, "ORG") not in _mentions(recognizer, f"，{name}、")
    ]
    assert not missed


def test_every_count_measure_counts_and_every_guard_blocks(recognizer: RuleRecognizer) -> None:
    for measure in word_list("count_measures.txt"):
        assert (f"3{measure}", "COUNT") in _mentions(recognizer, f"共有3{measure}。"), measure
        assert parse_count(f"3{measure}")["unit"] == measure
    blocked = 0
    for measure, *rest in word_table("count_measure_guards.tsv"):
        for after in rest[0].split() if rest else []:
            text = f"共有3{measure}{after}。"
            assert (f"3{measure}", "COUNT") not in _mentions(recognizer, text), text
            blocked += 1
    assert blocked > 250
    assert _mentions(recognizer, "共有3个问题，用时3个月。") == [("3个", "COUNT")]


def test_the_unit_tables_drive_the_normaliser() -> None:
    for unit, canonical in word_table("physical_units.tsv"):
        assert parse_quantity(f"5{unit}")["unit"] == canonical, unit
    for word, code, _role in word_table("currencies.tsv"):
        assert parse_amount(f"5{word}")["currency"] == code, word


def test_the_currency_table_says_which_words_the_recogniser_reads_after_a_number() -> None:
    from extractor.recognizers.rules import RuleRecognizer

    recognise = RuleRecognizer()
    for word, _code, role in word_table("currencies.tsv"):
        text = f"追缴资金12.5万{word}，"
        amounts = [text[s.start : s.end] for s in recognise(text) if s.label == "AMOUNT"]
        assert amounts == ([f"12.5万{word}"] if role == "unit" else []), word


def test_every_qualifier_word_means_what_its_row_says() -> None:
    for word, side, meaning in word_table("qualifier_words.tsv"):
        if side == "before":
            qualifier = read_qualifier("5000万元", before=f"项目{word}")
        else:
            qualifier = read_qualifier("5000万元", after=f"{word}的项目")
        got = "approximate" if qualifier.approximate else qualifier.bound or "none"
        assert got == meaning, (word, side, qualifier)


def test_report_words_come_from_the_json_file() -> None:
    table = json_table("report_words.json")
    assert LANGUAGES == ("zh", "en") == tuple(table)
    for lang in LANGUAGES:
        assert table[lang].keys() == table["zh"].keys()
        for part in ("status", "labels", "kinds", "totals", "words"):
            assert table[lang][part].keys() == table["zh"][part].keys(), (lang, part)
        assert WORDS[lang] == table[lang]["words"]
        # JSON keys are strings: "null" is the status None
        assert None in STATUS_NAMES[lang] and "null" not in STATUS_NAMES[lang]
        assert list(STATUS_NAMES[lang])[:3] == ["completed", "in_progress", "long_term"]
    assert Words("zh").status(None) == table["zh"]["status"]["null"] == "未标明"
    assert Words("en")["part_text"] == "Text"
    assert Words("en").label("ORG") == "organisation"


def test_the_validator_reads_numerals_and_measures_from_their_homes() -> None:
    from training import validate

    assert validate._CN_NUMERAL == CN_NUMERAL_CHARS
    single = {m for m in units.COUNT_MEASURES if len(m) == 1}
    assert single - {"届"} <= set(validate._CN_MEASURE)
    assert "届" not in validate._CN_MEASURE  # 十四届省委 numbers a term
    assert not set(validate._CN_MEASURE) & units.DIGIT_ONLY_UNITS  # 一方面, 三度
