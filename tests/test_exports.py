"""Table exports: safe in Excel (no formulas, no refused characters), atomic, readable."""

from __future__ import annotations

import csv
import io
import json
import os
import re

import openpyxl
import pytest

import extractor
from extractor import exports
from tests.conftest import read_seed

HYPERLINK = '=HYPERLINK("http://example.invalid/x","点击")'


@pytest.fixture(scope="module")
def seed_notices():
    return [
        extractor.extract(read_seed(p), backend="rules", source=f"{p}.txt") for p in ("000", "003")
    ]


def _hostile_notice(source: str = "=cmd|' /C calc'!A0.txt"):
    """Seed 003 with a formula as its first problem statement and a hostile file name."""
    notice = extractor.extract(read_seed("003"), backend="rules", source=source)
    notice.problems[0].statement = HYPERLINK
    notice.headings[notice.problems[0].heading].title = "@SUM(1+1)*cmd"
    return notice


def _csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1+2", "@SUM(A1)", "\t=1", "\r=1"])
def test_formula_prefixes_get_a_quote(text):
    assert exports.cell_text(text).startswith("'")
    assert exports.cell_text(text).lstrip("'").lstrip("\t").startswith(("=", "+", "-", "@"))


def test_csv_neutralises_formulas_in_statements_and_file_names():
    notice = _hostile_notice()
    rows = _csv_rows(exports.csv_text([notice], "problems"))
    assert rows[0]["statement"] == "'" + HYPERLINK
    assert all(r["source"].startswith("'=cmd") for r in rows)
    heads = _csv_rows(exports.csv_text([notice], "headings"))
    assert "'@SUM(1+1)*cmd" in {h["title"] for h in heads}
    # no cell of any table starts with a formula character
    for table in exports.TABLES:
        for row in _csv_rows(exports.csv_text([notice], table)):
            assert not any(str(v).startswith(exports.FORMULA_PREFIXES) for v in row.values())


def test_xlsx_has_no_live_formula(tmp_path):
    path = exports.write_xlsx([_hostile_notice()], tmp_path / "n.xlsx")
    book = openpyxl.load_workbook(path)
    cells = [c for ws in book for row in ws.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    statements = [c.value for c in book["problems"]["D"][1:]]
    assert statements[0] == "'" + HYPERLINK


def test_xlsx_survives_form_feed_and_control_characters(tmp_path):
    # pdftotext starts every page with a form feed; this one falls inside a problem heading
    text = read_seed("003")
    at = text.index("2.关于") + 4
    text = text[:at] + "\x0c\x01" + text[at:]
    notice = extractor.extract(text, backend="rules", source="page\x0cbreak.txt")
    assert any("\x0c" in h.text for h in notice.headings)
    path = exports.write_xlsx([notice], tmp_path / "ff.xlsx")
    book = openpyxl.load_workbook(path)
    values = [c.value for ws in book for row in ws.iter_rows() for c in row]
    strings = [v for v in values if isinstance(v, str)]
    assert not [v for v in strings if "\x0c" in v or "\x01" in v]
    assert "page break.txt" in strings  # a form feed separates like a line break


def test_non_utf8_file_name_never_crashes(tmp_path):
    name = os.fsdecode(b"\xc9\xfa\xb3\xc9-notice.txt")  # a GBK name read on a UTF-8 system
    notice = extractor.extract(read_seed("003"), backend="rules", source=name)
    rows = _csv_rows(exports.csv_text([notice], "problems"))
    assert rows[0]["source"] == "\\xc9\\xfa\\xb3\\xc9-notice.txt"
    book = openpyxl.load_workbook(exports.write_xlsx([notice], tmp_path / "n.xlsx"))
    assert book["metadata"]["A2"].value == "\\xc9\\xfa\\xb3\\xc9-notice.txt"
    exports.write_output([notice], "json", tmp_path / "n.json")
    (back,) = json.loads((tmp_path / "n.json").read_text(encoding="utf-8"))
    assert back["source"] == name  # JSON keeps the name exactly (as a \\udcNN escape)
    exports.write_output([notice], "csv", tmp_path / "n.csv", table="entities")
    assert (tmp_path / "n.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_csv_cells_have_no_line_breaks():
    # seed 003 is a PDF copy: hard line breaks fall inside mentions (10余\n\n场)
    notice = extractor.extract(read_seed("003"), backend="rules", source="003.txt")
    broken = [e for e in notice.entities if "\n" in e.text]
    assert broken
    out = exports.csv_text([notice], "entities")
    assert out.count("\n") == len(notice.entities) + 1  # one line per row, no break in a cell
    rows = _csv_rows(out)
    assert len(rows) == len(notice.entities)
    texts = {(int(r["start"]), r["text"]) for r in rows}
    for entity in broken:
        assert (entity.start, re.sub(r"\s*\n\s*", "", entity.text)) in texts


def test_workbook_is_made_for_excel(seed_notices, tmp_path):
    book = openpyxl.load_workbook(exports.write_xlsx(seed_notices, tmp_path / "s.xlsx"))
    assert book.sheetnames == ["problems", "entities", "headings", "metadata"]
    for sheet in book:
        assert sheet.freeze_panes == "A2"
        assert sheet["A1"].font.b
        assert (
            sheet.auto_filter.ref
            == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"
        )
        widths = [
            sheet.column_dimensions[c[0].column_letter].width for c in sheet.iter_cols(max_row=1)
        ]
        assert all(6 <= w <= exports.MAX_WIDTH for w in widths)
    meta = book["metadata"]
    header = [c.value for c in meta[1]]
    assert {"period.start", "period.end", "stated_totals.problems", "team"} <= set(header)
    row = dict(zip(header, [c.value for c in meta[2]], strict=True))
    assert row["source"] == "000.txt" and row["period.start"] == "2021-06-23"
    assert row["stated_totals.problems"] == 12
    assert not [
        v
        for c in meta.iter_rows(min_row=2)
        for v in [x.value for x in c]
        if isinstance(v, str) and v.startswith("{")
    ]
    problems = book["problems"]
    assert problems.max_row - 1 == sum(len(n.problems) for n in seed_notices)
    column = [c.value for c in problems[1]].index("amount_yuan") + 1
    money = [r[0] for r in problems.iter_rows(min_row=2, min_col=column, max_col=column)]
    assert [c.number_format for c in money if isinstance(c.value, int)]
    assert all(c.number_format == "#,##0" for c in money if isinstance(c.value, int))
    headings = book["headings"]
    assert headings.max_row - 1 == sum(len(n.headings) for n in seed_notices)
    assert headings["A1"].value == "source"


def test_failed_write_leaves_the_old_file_and_no_temporary(seed_notices, tmp_path, monkeypatch):
    path = tmp_path / "keep.xlsx"
    exports.write_xlsx(seed_notices[:1], path)
    before = path.read_bytes()

    def broken_save(self, filename):
        with open(filename, "wb") as handle:
            handle.write(b"PK\x03\x04 half a workbook")
        raise OSError("disk full")

    monkeypatch.setattr(openpyxl.Workbook, "save", broken_save)
    with pytest.raises(OSError, match="disk full"):
        exports.write_xlsx(seed_notices, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.xlsx"]


def test_atomic_write_keeps_normal_permissions(tmp_path):
    path = exports.write_bytes_atomic(tmp_path / "a.json", b"[]\n")
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask


def test_json_is_always_a_list_and_jsonl_one_line_each(seed_notices):
    one = json.loads(exports.json_text(seed_notices[:1]))
    many = json.loads(exports.json_text(seed_notices))
    assert isinstance(one, list) and len(one) == 1 and one[0]["source"] == "000.txt"
    assert [d["source"] for d in many] == ["000.txt", "003.txt"]
    lines = list(exports.jsonl_lines(seed_notices))
    assert len(lines) == 2 and all(line.count("\n") == 1 for line in lines)
    assert json.loads(lines[1])["source"] == "003.txt"


def test_no_notices_give_well_formed_empty_tables(tmp_path):
    assert _csv_rows(exports.csv_text([], "problems")) == []
    assert exports.csv_text([], "problems").startswith("source,")
    book = openpyxl.load_workbook(exports.write_xlsx([], tmp_path / "e.xlsx"))
    assert book.sheetnames == list(exports.TABLES)
    assert book["entities"]["A1"].value == "source"
    assert json.loads(exports.json_text([])) == []


def test_prepare_output_creates_or_refuses(tmp_path):
    target = tmp_path / "new" / "dir" / "out.csv"
    assert exports.prepare_output(target) == target and target.parent.is_dir()
    target.write_text("old")
    with pytest.raises(exports.OutputError, match="--force"):
        exports.prepare_output(target)
    assert exports.prepare_output(target, force=True) == target
    with pytest.raises(exports.OutputError, match="directory"):
        exports.prepare_output(tmp_path)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(exports.OutputError, match="cannot create"):
        exports.prepare_output(blocker / "out.csv")


def test_format_follows_the_output_suffix():
    assert exports.format_for("a/b.XLSX", None) == "xlsx"
    assert exports.format_for("b.jsonl", None) == "jsonl"
    assert exports.format_for("b.out", None) == "json"
    assert exports.format_for("b.csv", "json") == "json"
    assert exports.format_for(None, None) == "json"
