"""The analyst's HTML report: structure, exact mentions, escaping, offline, speed,
Chinese labels, charts, the corpus page, and pixels in a real browser."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import re
import shutil
import signal
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

import extractor
from extractor.report import LABEL_COLOURS, format_yuan, render_html, write_html
from extractor.report_corpus import issuer_rows, render_corpus_html
from extractor.report_text import LABEL_NAMES, STATUS_NAMES, WORDS
from extractor.result import Entity, Heading, Metadata, Notice, Problem
from tests.conftest import ROOT, SEEDS

#: where the browser tests keep their screenshots (set it to refresh reports/screenshots/)
KEEP_SCREENSHOTS = os.environ.get("EXTRACTOR_SCREENSHOTS")


def _seed_path(prefix: str) -> Path:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path


@pytest.fixture(scope="module")
def notices() -> dict[str, Notice]:
    out = {}
    for prefix in ("000", "001", "002", "003", "004"):
        path = _seed_path(prefix)
        out[prefix] = extractor.extract(
            path.read_text(encoding="utf-8"),
            backend="rules",
            source=path.relative_to(ROOT).as_posix(),
        )
    return out


class _Page(HTMLParser):
    """Collects what the tests look at: marks, problem rows, headings, body text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.marks: dict[int, str] = {}
        self.mark_labels: dict[int, str] = {}
        self.mark_titles: dict[int, str] = {}
        self.problem_rows = 0
        self.headings: list[tuple[str, str, str]] = []  # (tag, id, class)
        self.doc_text: list[str] = []
        self.hrefs: list[str] = []
        self.in_doc = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "tr" and a.get("class") == "problem":
            self.problem_rows += 1
        if tag in ("h2", "h3", "h4") and (a.get("id") or "").startswith("h-"):
            self.headings.append((tag, a["id"] or "", a.get("class") or ""))
        if tag == "a" and a.get("href") is not None:
            self.hrefs.append(a["href"] or "")
        if tag == "div" and a.get("class") == "doc":
            self.in_doc = len(self.stack) + 1
        if tag == "mark" and a.get("data-e") is not None:
            index = int(a["data-e"] or "-1")
            self.marks.setdefault(index, "")
            self.mark_titles[index] = a.get("title") or ""
        if tag not in ("meta", "br", "link", "img", "input"):
            self.stack.append((tag, a))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("meta", "br", "link", "img", "input"):
            return
        while self.stack:
            open_tag, _ = self.stack.pop()
            if open_tag == tag:
                break
        if self.in_doc and len(self.stack) < self.in_doc:
            self.in_doc = 0

    def _inside(self, predicate) -> dict[str, str | None] | None:
        for tag, attrs in reversed(self.stack):
            if predicate(tag, attrs):
                return attrs
        return None

    def handle_data(self, data: str) -> None:
        is_decoration = self._inside(
            lambda t, a: (
                t == "span" and (a.get("class") or "").split()[0:1] in (["l"], ["badge"], ["kind"])
            )
        )
        mark = self._inside(lambda t, a: t == "mark" and a.get("data-e") is not None)
        label = self._inside(lambda t, a: t == "span" and a.get("class") == "l")
        if mark is not None:
            index = int(mark["data-e"] or "-1")
            if label is not None:
                self.mark_labels[index] = data
            else:
                self.marks[index] += data
        if self.in_doc and not is_decoration:
            self.doc_text.append(data)


def _parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    return parser


def test_problem_table_has_one_row_per_problem(notices: dict[str, Notice]) -> None:
    notice = notices["000"]
    assert notice.problems, "seed 000 has problems"
    page = render_html(notice)
    parsed = _parse(page)
    assert parsed.problem_rows == len(notice.problems)
    for p in notice.problems:
        assert f'href="#h-{p.heading}"' in page
    # the seed that is not a notice gets no problem table
    assert _parse(render_html(notices["004"])).problem_rows == len(notices["004"].problems) == 0


def test_one_mark_per_entity_with_the_exact_mention(notices: dict[str, Notice]) -> None:
    for prefix, notice in notices.items():
        assert notice.entities, f"seed {prefix}: the rules backend finds entities"
        parsed = _parse(render_html(notice))
        assert set(parsed.marks) == set(range(len(notice.entities))), prefix
        for i, e in enumerate(notice.entities):
            # line breaks inside a mention are layout (joined, or a paragraph end)
            assert parsed.marks[i] == re.sub(r"[\r\n]", "", notice.text[e.start : e.end]), (
                prefix,
                e,
            )
            assert parsed.mark_labels[i] == e.label
            assert parsed.mark_titles[i].startswith(e.label)


def test_text_is_rendered_completely_and_in_order(notices: dict[str, Notice]) -> None:
    """Every character of the analysed text appears once, in order (whitespace aside)."""
    for prefix, notice in notices.items():
        end = notice.duplicate_from if notice.duplicate_from is not None else len(notice.text)
        shown = re.sub(r"\s", "", "".join(_parse(render_html(notice)).doc_text))
        assert shown == re.sub(r"\s", "", notice.text[:end]), prefix


def test_hard_wrapped_lines_are_joined_and_paragraphs_kept(notices: dict[str, Notice]) -> None:
    notice = notices["000"]  # a newspaper PDF: a hard break every ~17 characters
    page = render_html(notice)
    doc = page[page.index('<div class="doc">') :]
    paragraphs = re.findall(r"<p>(.*?)</p>", doc, flags=re.S)
    lines = [line for line in notice.text.split("\n") if line.strip()]
    assert 10 < len(paragraphs) < len(lines) / 3
    # no line break left inside a paragraph's text (hover titles may have them)
    assert all("\n" not in re.sub(r'title="[^"]*"', "", p) for p in paragraphs)
    # a web page keeps each of its lines as a paragraph
    web = notices["001"]
    web_doc = render_html(web)
    web_lines = [line for line in web.text.split("\n") if line.strip()]
    web_paragraphs = re.findall(r"<p>", web_doc[web_doc.index('<div class="doc">') :])
    assert len(web_paragraphs) + len(web.headings) >= len(web_lines)


def test_headings_by_level_with_problem_status(notices: dict[str, Notice]) -> None:
    notice = notices["000"]
    page = render_html(notice)
    parsed = _parse(page)
    assert [h[1] for h in parsed.headings] == [f"h-{i}" for i in range(len(notice.headings))]
    for (tag, _, css), h in zip(parsed.headings, notice.headings, strict=True):
        assert tag == {1: "h2", 2: "h3"}.get(h.level, "h4")
        assert f"k-{h.kind}" in css
    for p in notice.problems:
        heading_html = re.search(rf'<h\d id="h-{p.heading}".*?</h\d>', page, flags=re.S)
        assert heading_html and f"st-{p.status}" in heading_html.group(0)


def test_self_contained_no_external_resources(notices: dict[str, Notice]) -> None:
    for notice in notices.values():
        page = render_html(notice)
        lowered = page.lower()
        for needle in ("<script", "<link", "<img", "<iframe", "src=", "@import", "<foreignobject"):
            assert needle not in lowered, needle
        # the charts' clip paths point inside the page, never outside
        assert re.findall(r"url\((?!#c\d+-)", page) == []
        assert re.findall(r'href="(?!#)', page) == []
        assert all(href.startswith("#") for href in _parse(page).hrefs)
        assert re.search(r"https?://", page.split("<body>")[0]) is None
        assert "default-src 'none'" in page  # the browser refuses any fetch


def _hostile_notice() -> Notice:
    text = '关于"<script>alert(1)</script>"问题的整改\n<b>无锡&市委</b> 罚款"152万元"。'
    heading_end = text.index("\n")
    org = text.index("<b>")
    org_end = text.index("</b>") + len("</b>")
    amount = text.index("152")
    return Notice(
        text=text,
        metadata=Metadata(title="<i>标题</i>", team='"><img src=x>', is_notice=True),
        headings=[
            Heading(
                0,
                heading_end,
                3,
                "problem",
                text[:heading_end],
                "",
                1,
                "t",
                None,
                problem="<script>alert(1)</script>",
                scope_end=len(text),
            )
        ],
        problems=[
            Problem(
                0,
                1,
                "<script>alert(1)</script>",
                0,
                "completed",
                None,
                None,
                0,
                len(text),
                entities=[0, 1],
            )
        ],
        entities=[
            Entity(org, org_end, "ORG", text[org:org_end], problem=0, role="measure"),
            Entity(
                amount,
                amount + 5,
                "AMOUNT",
                "152万元",
                value={"amount": 1520000, "note": '"quoted" <x>'},
                problem=0,
            ),
        ],
        backend="rules",
        source="<evil>.txt",
    )


def test_everything_is_escaped() -> None:
    notice = _hostile_notice()
    page = render_html(notice)
    assert "<script>" not in page and "<b>" not in page and "<img" not in page
    assert "<i>标题" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;无锡&amp;市委&lt;/b&gt;" in page
    parsed = _parse(page)
    assert parsed.marks[0] == "<b>无锡&市委</b>"
    assert '"quoted" <x>' in parsed.mark_titles[1]
    assert parsed.problem_rows == 1
    assert "152 万元" in page  # the problem's money, readable


def test_format_yuan() -> None:
    assert format_yuan(1_520_000) == "152 万元"
    assert format_yuan(290_200) == "29.02 万元"
    assert format_yuan(21_630_000) == "2,163 万元"
    assert format_yuan(20_730_000_000) == "207.3 亿元"
    assert format_yuan(3500) == "3,500 元"
    assert format_yuan(None) == "" and format_yuan(float("nan")) == ""


def _stacked(notice: Notice, copies: int) -> Notice:
    """One long notice made of ``copies`` numbered copies of ``notice`` (offsets shifted)."""
    parts, headings, problems, entities, breaks = ["附\n"], [], [], [], []
    for k in range(copies):
        base = sum(len(p) for p in parts)
        breaks += [b + base for b in notice.joined_breaks]
        nh, np_, ne = len(headings), len(problems), len(entities)
        parts.append(notice.text + f"\n附件{k}\n")
        for h in notice.headings:
            parent = None if h.parent is None else h.parent + nh
            headings.append(
                dataclasses.replace(
                    h,
                    start=h.start + base,
                    end=h.end + base,
                    parent=parent,
                    scope_end=h.scope_end + base,
                )
            )
        for p in notice.problems:
            problems.append(
                dataclasses.replace(
                    p,
                    index=p.index + np_,
                    heading=p.heading + nh,
                    start=p.start + base,
                    end=p.end + base,
                    entities=[i + ne for i in p.entities],
                )
            )
        for e in notice.entities:
            entities.append(
                dataclasses.replace(
                    e,
                    start=e.start + base,
                    end=e.end + base,
                    heading=None if e.heading is None else e.heading + nh,
                    problem=None if e.problem is None else e.problem + np_,
                    heading_path=[i + nh for i in e.heading_path],
                )
            )
    return dataclasses.replace(
        notice,
        text="".join(parts),
        headings=headings,
        problems=problems,
        entities=entities,
        duplicate_from=None,
        joined_breaks=breaks,
    )


def test_large_document_renders_whole(notices: dict[str, Notice]) -> None:
    big = _stacked(notices["000"], 18)
    assert len(big.text) > 200_000
    page = render_html(big, charts=False)  # the text and tables; charts cost per chart
    assert page.count("<mark ") == len(big.entities)
    assert _parse(page).problem_rows == len(big.problems)
    # with charts: still one chart per kind, each at most 15 bars, whatever the size
    charted = render_html(big)
    assert 3 <= charted.count("<svg") <= 6


# ---------------------------------------------------------------- in a real browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def screenshot(html_path: Path, png_path: Path, size: str = "1280,2000") -> Path:
    """Render ``html_path`` in headless Chromium to ``png_path``."""
    assert CHROMIUM is not None
    with tempfile.TemporaryDirectory() as profile:
        # its own session, killed whole at the end: a browser helper left running would
        # hold the output pipes open and hang the run (``subprocess.run``'s timeout only
        # kills the browser's first process, then waits for the pipes to close)
        browser = subprocess.Popen(
            [
                CHROMIUM,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={profile}",
                f"--screenshot={png_path}",
                f"--window-size={size}",
                html_path.resolve().as_uri(),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        try:
            _, stderr = browser.communicate(timeout=180)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(browser.pid, signal.SIGKILL)
            browser.wait()
        assert browser.returncode == 0, stderr.decode("utf-8", "replace")[-2000:]
    return png_path


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


@pytest.mark.skipif(
    CHROMIUM is None,
    reason="chromium is not installed (apt-get install -y chromium fonts-wqy-zenhei)",
)
def test_screenshot_in_headless_chromium(notices: dict[str, Notice], tmp_path: Path) -> None:
    Image = pytest.importorskip("PIL.Image", reason="pillow is needed to read the screenshot")

    notice = notices["000"]
    html_path = write_html(notice, tmp_path / "000.html", charts=False)  # the text on screen 1
    png = screenshot(html_path, tmp_path / "000.png")
    assert png.exists() and png.stat().st_size > 50_000
    image = Image.open(png).convert("RGB")
    assert image.size == (1280, 2000)
    colours = image.getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 200, "the page is blank"
    counts = {rgb: n for n, rgb in colours}
    # a label whose mentions open the notice is highlighted on the first screen, far
    # more than its legend chip alone (a few hundred pixels) could account for
    early = {e.label for e in notice.entities if e.start < 200}
    assert early, "seed 000 opens with dates and organisations"
    for label in early:
        assert counts.get(_rgb(LABEL_COLOURS[label]), 0) > 5_000, label
    # and the status badge of the problem table is there
    assert counts.get((0x2E, 0x7D, 0x32), 0) > 100


# ---------------------------------------------------------------- language and charts

ZH = WORDS["zh"]


def _svg_count(page: str) -> int:
    return len(re.findall(r"<svg\b", page))


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_page_speaks_chinese_and_has_three_charts(notices: dict[str, Notice], prefix: str) -> None:
    notice = notices[prefix]
    page = render_html(notice)
    assert _svg_count(page) >= 3
    for key in ("part_metadata", "part_charts", "part_problems", "part_text", "chart_labels"):
        assert f">{ZH[key]}<" in page, key
    assert '<html lang="zh-CN">' in page
    assert "Metadata" not in page and ">Problems<" not in page
    if notice.problems:
        assert f"<th>{ZH['col_status']}</th>" in page and f"<th>{ZH['col_money']}</th>" in page
        for status in {p.status for p in notice.problems}:
            assert f">{STATUS_NAMES['zh'][status]}</span>" in page
        assert ">in_progress<" not in page and ">completed<" not in page
    else:
        assert ZH["no_problems"] in page
    # the legend names every label in Chinese beside its code
    for label, name in LABEL_NAMES["zh"].items():
        assert f"{label}</span> {name} " in page
    # every id on the page is unique (several SVGs share one document)
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert len(ids) == len(set(ids))


def test_english_on_request(notices: dict[str, Notice]) -> None:
    page = render_html(notices["000"], lang="en")
    assert '<html lang="en">' in page
    assert ">Metadata<" in page and ">Charts<" in page and ">Problems by status<" in page
    assert ">in progress</span>" in page and ">整改中<" not in page
    with pytest.raises(ValueError, match="unknown report language"):
        render_html(notices["000"], lang="fr")


def test_both_languages_name_the_same_things() -> None:
    assert set(WORDS["zh"]) == set(WORDS["en"])
    assert set(STATUS_NAMES["zh"]) == set(STATUS_NAMES["en"])
    assert set(LABEL_NAMES["zh"]) == set(LABEL_NAMES["en"]) == set(extractor.LABELS)


def test_charts_follow_the_data(notices: dict[str, Notice]) -> None:
    """A chart is there when it has data: seed 000 has money and statuses,
    the news page 004 has no problems, so no status or per-problem chart."""
    with_problems = render_html(notices["000"])
    for key in ("status", "money", "counts", "labels", "amounts", "units"):
        assert f'id="chart-{key}"' in with_problems, key
    news = render_html(notices["004"])
    assert 'id="chart-status"' not in news and 'id="chart-money"' not in news
    assert 'id="chart-labels"' in news and 'id="chart-amounts"' in news
    # the bound 超亿元 (seed 000, problem 9) is shown, hatched, not summed
    amounts = re.search(r'id="chart-amounts".*?</figure>', with_problems, flags=re.S)
    assert amounts and "#c9c9cf" in amounts.group(0)
    # charts are paths: no text of the notice leaks into the SVG unescaped
    assert "<text" not in with_problems


def test_problem_table_shows_key_and_yuan_only(notices: dict[str, Notice]) -> None:
    notice = notices["000"]  # problem 9 of 000 is "正在推进 1": numbering restarts
    page = render_html(notice)
    rows = re.findall(r'<tr class="problem">(.*?)</tr>', page, flags=re.S)
    last = re.findall(r"<td[^>]*>(.*?)</td>", rows[-1], flags=re.S)
    assert (last[0], last[1]) == ("9", "1")  # key, number as written
    frame = notice.problems_frame().set_index("key")
    assert frame.loc[9, "thresholds"] == 4 and frame.loc[9, "amounts_other"] == "1 亿美元"
    assert "1 亿美元" in rows[-1]


def test_charts_without_a_cjk_font_are_drawn_with_a_warning(monkeypatch) -> None:
    from extractor import report_charts

    monkeypatch.setattr(report_charts, "CJK_FONTS", ("No Such Font For This Test",))
    report_charts.cjk_font.cache_clear()
    try:
        with pytest.warns(report_charts.CJKFontWarning, match="fonts-wqy-zenhei"):
            svg = report_charts.bar_chart([report_charts.Bar("已完成", 3)], axis_label="问题数")
    finally:
        report_charts.cjk_font.cache_clear()
    assert svg.startswith("<svg") and "<path" in svg


# ---------------------------------------------------------------- many notices


@pytest.fixture(scope="module")
def corpus(notices: dict[str, Notice]) -> list[Notice]:
    variants = sorted((ROOT / "corpus" / "variants").glob("v0[1-4].txt"))
    more = extractor.extract_many(
        [p.read_text(encoding="utf-8") for p in variants],
        backend="rules",
        sources=[p.relative_to(ROOT).as_posix() for p in variants],
    )
    return [*notices.values(), *more]


def test_corpus_page_tables_and_charts(corpus: list[Notice]) -> None:
    page = render_corpus_html(corpus)
    assert _svg_count(page) >= 3
    for key in ("part_charts", "part_issuers", "part_notices", "part_all_problems"):
        assert f">{ZH[key]}<" in page, key
    assert 'id="chart-notice_money"' in page
    parsed = _parse(page)
    assert parsed.problem_rows == sum(len(n.problems) for n in corpus)
    assert page.count('<tr class="notice">') == len(corpus)
    assert page.count('<tr class="issuer">') == len(issuer_rows(corpus))
    # seed 000: 8 of 9 problems completed, all with a stated status
    row = next(
        r for r in issuer_rows(corpus) if r.issuer == corpus[0].metadata.inspected_organisation
    )
    assert (row.problems, row.by_status["completed"]) == (9, 8)
    assert row.completion == pytest.approx(8 / 9)
    assert "89%" in page
    # seed 001 states no status per problem: its rate is unknown, not 0 %
    assert issuer_rows([corpus[1]])[0].completion is None


def test_empty_corpus_is_a_page_that_says_so() -> None:
    page = render_corpus_html([])
    assert ZH["no_problems"] in page and _svg_count(page) == 0


def test_cli_report_of_a_folder_is_one_corpus_page(tmp_path: Path) -> None:
    from extractor.cli import main

    folder = tmp_path / "notices"
    folder.mkdir()
    for p in sorted((ROOT / "corpus" / "variants").glob("v0[5-8].txt")):
        shutil.copy(p, folder / p.name)
    out = tmp_path / "corpus.html"
    assert main(["report", str(folder), "-o", str(out), "--backend", "rules"]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.count('<tr class="notice">') == 4 and _svg_count(page) >= 3
    one = tmp_path / "one.html"
    args = ["report", str(folder / "v05.txt"), "-o", str(one), "--backend", "rules", "--lang", "en"]
    assert main(args) == 0
    assert '<div class="doc">' in one.read_text(encoding="utf-8")
    assert ">Metadata<" in one.read_text(encoding="utf-8")


# ---------------------------------------------------------------- the pages in a browser


def _keep(png: Path, name: str) -> None:
    """A small copy (800 px wide, 256 colours) in $EXTRACTOR_SCREENSHOTS, if set."""
    if not KEEP_SCREENSHOTS:
        return
    from PIL import Image

    folder = Path(KEEP_SCREENSHOTS)
    folder.mkdir(parents=True, exist_ok=True)
    image = Image.open(png).convert("RGB")
    image = image.resize((800, round(image.height * 800 / image.width)), Image.LANCZOS)
    image.quantize(colors=256).save(folder / name, optimize=True)


def _check_screenshot(png: Path) -> dict[tuple[int, int, int], int]:
    from PIL import Image

    image = Image.open(png).convert("RGB")
    assert image.size == (1280, 1600)
    colours = image.getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 200, "the page is blank"
    counts = {rgb: n for n, rgb in colours}
    # the charts sit above the text: the COUNT bars (counts per problem, labels,
    # measure words) fill far more of the first screen than COUNT marks in the
    # text could (measured: 39,000–95,000 pixels with charts, at most 9,400 without)
    assert counts.get(_rgb(LABEL_COLOURS["COUNT"]), 0) > 20_000
    return counts


@pytest.mark.skipif(
    CHROMIUM is None,
    reason="chromium is not installed (apt-get install -y chromium fonts-wqy-zenhei)",
)
@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_report_in_headless_chromium(
    notices: dict[str, Notice], prefix: str, tmp_path: Path
) -> None:
    pytest.importorskip("PIL.Image", reason="pillow is needed to read the screenshot")
    notice = notices[prefix]
    html_path = write_html(notice, tmp_path / f"{prefix}.html")
    page = html_path.read_text(encoding="utf-8")
    assert _svg_count(page) >= 3 and f">{ZH['part_charts']}<" in page
    png = screenshot(html_path, tmp_path / f"{prefix}.png", size="1280,1600")
    counts = _check_screenshot(png)
    if any(p.status == "completed" for p in notice.problems):
        assert counts.get((0x2E, 0x7D, 0x32), 0) > 1_000  # the 已完成 bar and badges
    _keep(png, f"seed-{prefix}.png")


@pytest.mark.skipif(
    CHROMIUM is None,
    reason="chromium is not installed (apt-get install -y chromium fonts-wqy-zenhei)",
)
def test_corpus_report_in_headless_chromium(corpus: list[Notice], tmp_path: Path) -> None:
    pytest.importorskip("PIL.Image", reason="pillow is needed to read the screenshot")
    html_path = tmp_path / "corpus.html"
    html_path.write_text(render_corpus_html(corpus), encoding="utf-8")
    page = html_path.read_text(encoding="utf-8")
    assert _svg_count(page) >= 3 and f">{ZH['part_issuers']}<" in page
    png = screenshot(html_path, tmp_path / "corpus.png", size="1280,1600")
    _check_screenshot(png)
    _keep(png, "corpus.png")
