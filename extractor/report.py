"""One notice as a self-contained HTML page, for an analyst to read and check.

The page shows what the extraction found in the order an analyst checks it:
the notice's metadata, a table of its problems (the one-row-per-problem view of
:meth:`Notice.problems_frame`), then the text itself with every entity
highlighted in place (displaCy style: a coloured box, the label after the
mention, the normalised value on hover), grouped under its headings.

Why self-contained: the page is mailed around and opened on machines without
network access, so everything (CSS included) is inline, there are no scripts,
fonts or images to fetch, and a Content-Security-Policy forbids any fetch.

Why Chinese by default: the readers of these notices read Chinese; every word
the page shows comes from :mod:`extractor.report_text` (``lang="en"`` for
English).  Charts (:mod:`extractor.report_figures`) are matplotlib SVG written
into the page, so it stays one file with no script and no fetch.

Why the text is shown from the original string: every offset the library
reports indexes the caller's text, so rendering ``notice.text[e.start:e.end]``
is the check that offsets and mentions agree. Layout artefacts are undone only
for display: line breaks that the cleaning judged to be (``notice.joined_breaks``)
column wraps of a hard-wrapped PDF are joined, every other line break ends a
paragraph.
"""

from __future__ import annotations

import html
import json
import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from extractor.report_figures import STATUS_COLOURS, Figure, figures
from extractor.report_text import DEFAULT_LANGUAGE, Words
from extractor.result import Entity, Heading, Notice
from extractor.spans import LABEL_COLOURS, LABELS
from extractor.values.totals import format_money

__all__ = ["LABEL_COLOURS", "format_yuan", "render_html", "write_html"]

_OTHER_COLOUR = "#dddddd"
_LEVEL_TAGS = {1: "h2", 2: "h3"}  # level 3 and deeper: h4
_RUN_IN_ENDS = ("。", "：", ":")
_NOWRAP_CHARS = 40

_CSS = """
:root { --ink: #1d1d1f; --muted: #6b6b70; --rule: #e2e2e6; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff;
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
    "WenQuanYi Zen Hei", "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  font-size: 15px; line-height: 1.6; }
main { max-width: 1180px; margin: 0 auto; padding: 24px 32px 64px; }
h1 { font-size: 22px; margin: 0 0 4px; }
.sub { color: var(--muted); margin: 0 0 18px; font-size: 13px; }
h2.part { font-size: 17px; border-bottom: 2px solid var(--ink); padding-bottom: 4px; margin: 28px 0 12px; }
.warn { background: #fff4e5; border-left: 4px solid #b26a00; padding: 6px 12px; margin: 8px 0; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 4px 18px; margin: 0; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
.norm { color: var(--muted); font-size: 12px; margin-left: 6px; }
table.problems { border-collapse: collapse; width: 100%; font-size: 13px; }
table.problems th, table.problems td { border-bottom: 1px solid var(--rule); padding: 5px 6px;
  text-align: left; vertical-align: top; }
table.problems td.stmt { min-width: 16em; }
table.problems th { background: #f4f4f6; font-weight: 600; white-space: nowrap; }
table.problems td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.problems a { color: inherit; }
.badge { display: inline-block; font-size: 11px; line-height: 1.5; padding: 0 6px; border-radius: 9px;
  color: #fff; background: #888; vertical-align: middle; white-space: nowrap; font-weight: 600; }
.kind { display: inline-block; font-size: 11px; color: var(--muted); border: 1px solid var(--rule);
  border-radius: 9px; padding: 0 6px; margin-left: 6px; vertical-align: middle; font-weight: 400; }
.legend { display: flex; flex-wrap: wrap; gap: 8px 14px; margin: 0 0 14px; font-size: 13px; }
.legend span.chip { display: inline-block; padding: 1px 8px; border-radius: 5px; }
.doc { border-top: 1px solid var(--rule); padding-top: 8px; }
.doc p { margin: 0 0 10px; line-height: 2.3; }
.doc h2, .doc h3, .doc h4 { line-height: 2.1; margin: 18px 0 6px; }
.doc h2 { font-size: 19px; }
.doc h3 { font-size: 17px; }
.doc h4 { font-size: 15px; }
.doc h4.lvl-4 { font-style: italic; }
.doc section.lvl-2, .doc section.lvl-3, .doc section.lvl-4 { margin-left: 14px; padding-left: 12px;
  border-left: 2px solid var(--rule); }
.doc section.problem { border-left-color: #9e9ea8; }
.doc .outside { color: var(--muted); }
mark.e { padding: 0.2em 0.4em; margin: 0 0.15em; line-height: 1; border-radius: 0.35em;
  color: var(--ink); box-decoration-break: clone; -webkit-box-decoration-break: clone; }
mark.e.nw { white-space: nowrap; }
mark.e .l { font-size: 0.72em; font-weight: 700; line-height: 1; margin-left: 0.4em;
  vertical-align: middle; font-variant-caps: all-small-caps; letter-spacing: 0.03em; }
details.dup { margin-top: 18px; color: var(--muted); }
details.dup pre { white-space: pre-wrap; font-family: inherit; }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(420px, 1fr)); gap: 14px 28px; }
figure.chart { margin: 0; }
figure.chart figcaption { font-weight: 600; font-size: 14px; margin: 0 0 4px; }
figure.chart svg { width: 100%; height: auto; display: block; }
.note { color: var(--muted); font-size: 12px; margin: 4px 0 10px; }
table.problems td.other { white-space: nowrap; }
"""


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _trim_number(value: float, digits: int = 2) -> str:
    text = f"{value:,.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_yuan(amount: float | int | None) -> str:
    """An amount in yuan the way Chinese readers scan it: 亿元 / 万元 / 元.

    >>> format_yuan(152_0000), format_yuan(2163_0000), format_yuan(1.5e8), format_yuan(3500)
    ('152 万元', '2,163 万元', '1.5 亿元', '3,500 元')
    """
    return format_money(amount, "CNY")


def _value_text(value: Any, words: Words) -> str:
    """A normalised value as ``key: value`` lines for a hover title."""
    if value is None:
        return words["no_value"]
    if isinstance(value, dict):
        return "\n".join(
            f"{k}: {json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else v}"
            for k, v in value.items()
            if v is not None
        )
    return str(value)


def _date_text(text: str | None, value: dict[str, Any] | None, words: Words) -> str:
    """The date as written, then its normalised range (all fields on hover)."""
    if not text and not value:
        return ""
    out = _esc(text or "")
    if value:
        start, end = value.get("start"), value.get("end")
        norm = f"{start} – {end}" if start and end and start != end else str(start or end or "")
        full = _value_text(value, words)
        if norm:
            out += f'<span class="norm" title="{_esc(full)}">{_esc(norm)}</span>'
    return out


def _status_badge(status: str | None, words: Words, *, unstated: bool = False) -> str:
    """The status as a coloured badge (``st-completed``), named in the page's language."""
    if not status and not unstated:
        return ""
    colour = STATUS_COLOURS.get(status, "#888")
    css = _esc(status or "none")
    return (
        f'<span class="badge st-{css}" style="background:{colour}">'
        f"{_esc(words.status(status))}</span>"
    )


class _Body:
    """Renders the text with marks, sections and headings in one left-to-right pass.

    Entities are sorted and non-overlapping (an overlapping one is skipped and
    counted), so the entities touching any range are found by bisection and
    the whole pass is linear in the text length.
    """

    def __init__(self, notice: Notice, words: Words) -> None:
        self.notice = notice
        self.words = words
        self.text = notice.text
        analysed_end = (
            notice.duplicate_from if notice.duplicate_from is not None else len(self.text)
        )
        self.end = analysed_end
        self.soft = set(notice.joined_breaks)
        ordered = sorted(range(len(notice.entities)), key=lambda i: notice.entities[i].start)
        self.entities: list[tuple[int, Entity]] = []
        self.skipped = 0
        last_end = -1
        for i in ordered:
            e = notice.entities[i]
            if e.start < last_end or e.end <= e.start or e.end > len(self.text):
                self.skipped += 1
                continue
            self.entities.append((i, e))
            last_end = e.end
        self.ends = [e.end for _, e in self.entities]
        self.problem_of_heading = {p.heading: p for p in notice.problems}
        self.out: list[str] = []

    # -- inline text -------------------------------------------------------

    def _plain(self, a: int, b: int) -> str:
        chunk = self.text[a:b]
        if "\n" in chunk or "\r" in chunk:
            chunk = "".join(
                c
                for k, c in enumerate(chunk, a)
                if c != "\r" and not (c == "\n" and k in self.soft)
            )
        return html.escape(chunk, quote=False)

    def _mark(self, index: int, e: Entity, a: int, b: int) -> str:
        title = f"{e.label} · {_value_text(e.value, self.words)}"
        if e.problem is not None and e.problem < len(self.notice.problems):
            p = self.notice.problems[e.problem]
            title += f"\n{self.words.format('problem_hover', key=p.key)}: {p.statement}"
            title += f" ({e.role})" if e.role else ""
        label = f'<span class="l">{_esc(e.label)}</span>' if b == e.end else ""
        # a short mention stays on one line with its label, as one box
        nowrap = " nw" if b - a <= _NOWRAP_CHARS else ""
        return (
            f'<mark class="e e-{_esc(e.label)}{nowrap}" data-e="{index}" title="{_esc(title)}">'
            f"{self._plain(a, b)}{label}</mark>"
        )

    def inline(self, a: int, b: int) -> str:
        """Text ``[a, b)`` with its entities marked (clipped at the range edges)."""
        parts: list[str] = []
        i = bisect_right(self.ends, a)
        cur = a
        while i < len(self.entities) and self.entities[i][1].start < b:
            index, e = self.entities[i]
            s, t = max(e.start, a), min(e.end, b)
            if s > cur:
                parts.append(self._plain(cur, s))
            parts.append(self._mark(index, e, s, t))
            cur = t
            i += 1
        if cur < b:
            parts.append(self._plain(cur, b))
        return "".join(parts)

    def paragraphs(self, a: int, b: int) -> None:
        """Body text ``[a, b)``: one ``<p>`` per run between hard line breaks."""
        start = a
        for match in re.finditer("\n", self.text[a:b]):
            pos = a + match.start()
            if pos in self.soft:
                continue
            self._paragraph(start, pos)
            start = pos + 1
        self._paragraph(start, b)

    def _paragraph(self, a: int, b: int) -> None:
        if not self.text[a:b].strip():
            return
        # indentation and trailing blanks are layout, not content
        while a < b and self.text[a] in " \t\u3000\xa0\r\n":
            a += 1
        while b > a and self.text[b - 1] in " \t\u3000\xa0\r\n":
            b -= 1
        self.out.append(f"<p>{self.inline(a, b)}</p>")

    # -- structure ---------------------------------------------------------

    def _heading(self, index: int, h: Heading, end: int) -> str:
        tag = _LEVEL_TAGS.get(h.level, "h4")
        status = h.status
        problem = self.problem_of_heading.get(index)
        if problem is not None:
            status = problem.status
        badges = _status_badge(status, self.words)
        if h.kind != "section":
            badges += f'<span class="kind">{_esc(self.words.kind(h.kind))}</span>'
        return (
            f'<{tag} id="h-{index}" class="hd k-{_esc(h.kind)} lvl-{h.level}">'
            f"{self.inline(h.start, end)} {badges}</{tag}>"
        )

    def render(self) -> str:
        headings = self.notice.headings
        stack: list[tuple[int, int]] = []  # (heading index, scope end)
        pos = 0

        def close_until(limit: int) -> None:
            """Emit text up to ``limit``, closing every section whose scope ends first."""
            nonlocal pos
            while stack and stack[-1][1] <= limit:
                scope_end = max(pos, stack[-1][1])
                self.paragraphs(pos, scope_end)
                pos = scope_end
                stack.pop()
                self.out.append("</section>")
            self.paragraphs(pos, limit)
            pos = max(pos, limit)

        for index, h in enumerate(headings):
            if h.start < pos or h.start >= self.end:
                continue  # malformed or in the unanalysed copy
            close_until(h.start)
            open_ids = [i for i, _ in stack]
            while stack and (
                h.parent is None or h.parent not in open_ids or stack[-1][0] != h.parent
            ):
                stack.pop()
                self.out.append("</section>")
                open_ids = [i for i, _ in stack]
            scope_end = min(max(h.scope_end, h.end), self.end)
            # a run-in heading ends before its 。/：; show that mark with the heading
            end = h.end + 1 if self.text[h.end : h.end + 1] in _RUN_IN_ENDS else h.end
            kind = f" {_esc(h.kind)}" if h.kind else ""
            self.out.append(f'<section class="lvl-{h.level}{kind}">')
            self.out.append(self._heading(index, h, min(end, scope_end)))
            stack.append((index, scope_end))
            pos = max(pos, min(end, scope_end))
        close_until(self.end)
        while stack:
            stack.pop()
            self.out.append("</section>")
        return "\n".join(self.out)


def _metadata_html(notice: Notice, words: Words) -> str:
    m = notice.metadata
    totals = "，".join(f"{words.total(k)} {v}" for k, v in (m.stated_totals or {}).items())
    inspected = _esc(m.inspected_organisation or "")
    if m.inspected_alias:
        inspected += (
            f'<span class="norm">（{_esc(words["abbreviation"])} {_esc(m.inspected_alias)}）</span>'
        )
    rows = [
        ("title", _esc(m.title or "")),
        ("inspection_kind", _esc(m.inspection_kind or "")),
        ("team", _esc(m.team or "")),
        ("inspected_organisation", inspected),
        ("period", _date_text(m.period_text, m.period, words)),
        ("feedback_date", _date_text(m.feedback_date_text, m.feedback_date, words)),
        ("issuer", _esc(m.issuer or "")),
        ("signature_date", _date_text(m.signature_date_text, m.signature_date, words)),
        ("published", _esc(m.published or "")),
        ("stated_totals", _esc(totals)),
        ("is_notice", _esc(words["yes"] if m.is_notice else words["no"])),
        ("backend", _esc(notice.backend)),
        ("source", _esc(notice.source or "")),
    ]
    body = "".join(
        f"<dt>{_esc(words[k])}</dt><dd>{v or '<span class=norm>—</span>'}</dd>" for k, v in rows
    )
    return f'<dl class="meta">{body}</dl>'


#: the problem table's columns: (word key, frame column, cell class)
_PROBLEM_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("col_key", "key", "num"),
    ("col_number", "number", "num"),
    ("col_problem", "statement", "stmt"),
    ("col_status", "status", ""),
    ("col_category", "category", ""),
    ("col_money", "amount_yuan", "num"),
    ("col_other_money", "amounts_other", "other"),
    ("col_thresholds", "thresholds", "num"),
    ("col_counts", "counts", "num"),
    ("col_dates", "dates", ""),
    ("col_organisations", "organisations", ""),
    ("col_entities", "entities", "num"),
)


def _cell_number(value: Any) -> str:
    if value is None or _isnan(value):
        return ""
    return f"{int(value):,}" if float(value).is_integer() else _trim_number(float(value))


def problem_cells(notice: Notice, words: Words, *, anchors: bool = True) -> list[list[str]]:
    """The problem table's cells (HTML), one list per problem, in column order."""
    rows = []
    frame = notice.problems_frame()
    for problem, row in zip(notice.problems, frame.to_dict("records"), strict=True):
        cells = []
        for _, column, _ in _PROBLEM_COLUMNS:
            value = row[column]
            if column == "statement":
                text = _esc(value or "")
                cell = f'<a href="#h-{problem.heading}">{text}</a>' if anchors else text
            elif column == "status":
                cell = _status_badge(value, words, unstated=True)
                if row["status_text"]:
                    cell = f'<span title="{_esc(row["status_text"])}">{cell}</span>'
            elif column == "amount_yuan":
                if value is None or _isnan(value):
                    cell = ""
                else:
                    money = format_money(value, approximate=bool(row["amount_approximate"]))
                    cell = (
                        f'<span title="{_esc(_trim_number(float(value)))} 元">{_esc(money)}</span>'
                    )
            elif column == "thresholds":
                cell = _cell_number(value) if value else ""
            elif isinstance(value, int | float) and not isinstance(value, bool):
                cell = _cell_number(value)
            else:
                cell = _esc(value if value is not None and not _isnan(value) else "")
            cells.append(cell)
        rows.append(cells)
    return rows


def problem_head(words: Words, *, first: tuple[str, ...] = ()) -> str:
    names = [*first, *(words[k] for k, _, _ in _PROBLEM_COLUMNS)]
    return "<tr>" + "".join(f"<th>{_esc(n)}</th>" for n in names) + "</tr>"


def problem_row(cells: list[str], *, first: tuple[str, ...] = ()) -> str:
    """One ``<tr class="problem">``; ``first`` are extra leading cells (HTML)."""
    classes = [""] * len(first) + [css for _, _, css in _PROBLEM_COLUMNS]
    tds = []
    for cell, css in zip([*first, *cells], classes, strict=True):
        attribute = f' class="{css}"' if css else ""
        tds.append(f"<td{attribute}>{cell}</td>")
    return '<tr class="problem">' + "".join(tds) + "</tr>"


def _problems_html(notice: Notice, words: Words) -> str:
    if not notice.problems:
        return f'<p class="sub">{_esc(words["no_problems"])}</p>'
    rows = "".join(problem_row(cells) for cells in problem_cells(notice, words))
    return (
        f'<p class="note">{_esc(words["threshold_note"])}</p>'
        f'<table class="problems"><thead>{problem_head(words)}</thead><tbody>{rows}</tbody></table>'
    )


def _isnan(value: Any) -> bool:
    return isinstance(value, float) and math.isnan(value)


def _legend_html(entities: Iterable[Entity], words: Words) -> str:
    counts = Counter(e.label for e in entities)
    labels = list(LABELS) + sorted(set(counts) - set(LABELS))
    chips = "".join(
        f'<span><span class="chip e-{_esc(label)}">{_esc(label)}</span> '
        f"{_esc(words.label(label))} {counts.get(label, 0)}</span>"
        for label in labels
    )
    return f'<div class="legend">{chips}</div>'


def _label_css(labels: Iterable[str]) -> str:
    rules = [f".e-{label} {{ background: {colour}; }}" for label, colour in LABEL_COLOURS.items()]
    rules += [f".e-{label} {{ background: {_OTHER_COLOUR}; }}" for label in labels]
    return "\n".join(rules)


def charts_html(items: list[Figure]) -> str:
    """The charts as a grid of ``<figure>``s, each with its caption."""
    if not items:
        return ""
    cells = "".join(
        f'<figure class="chart" id="chart-{_esc(f.key)}"><figcaption>{_esc(f.caption)}</figcaption>'
        f"{f.svg}</figure>"
        for f in items
    )
    return f'<div class="charts">{cells}</div>'


def page(title: str, subtitle: str, body: str, words: Words, *, extra_css: str = "") -> str:
    """The HTML page around a report body: one file, no script, no fetch."""
    lang = "zh-CN" if words.lang == "zh" else words.lang
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(title)}</title>
<style>{_CSS}
{extra_css}
</style>
</head>
<body>
<main>
<h1>{_esc(title)}</h1>
<p class="sub">{_esc(subtitle)}</p>
{body}
<footer>{_esc(words["footer"])}</footer>
</main>
</body>
</html>
"""


def render_html(
    notice: Notice,
    *,
    title: str | None = None,
    lang: str = DEFAULT_LANGUAGE,
    charts: bool = True,
) -> str:
    """The whole report page as one HTML string (no external resources).

    ``lang`` is ``"zh"`` (default) or ``"en"``; ``charts=False`` leaves the
    charts out (they take a quarter of a second each to draw).
    """
    words = Words(lang)
    fallback = Path(notice.source).name if notice.source else words["notice"]
    page_title = title or notice.metadata.title or fallback
    body = _Body(notice, words)
    text_html = body.render()
    other_labels = sorted({e.label for e in notice.entities} - set(LABEL_COLOURS))
    other_labels = [label for label in other_labels if re.fullmatch(r"[A-Za-z0-9_-]+", label)]
    warnings = list(notice.warnings)
    if body.skipped:
        warnings.append(words.format("skipped_entities", n=body.skipped))
    warn_html = "".join(f'<div class="warn">{_esc(w)}</div>' for w in warnings)
    if not notice.metadata.is_notice:
        warn_html += f'<div class="warn">{_esc(words["not_a_notice"])}</div>'
    duplicate = ""
    if notice.duplicate_from is not None:
        rest = notice.text[notice.duplicate_from :]
        summary = words.format("duplicate", offset=notice.duplicate_from, chars=f"{len(rest):,}")
        duplicate = (
            f'<details class="dup"><summary>{_esc(summary)}</summary>'
            f"<pre>{html.escape(rest, quote=False)}</pre></details>"
        )
    subtitle = words.format(
        "summary",
        problems=len(notice.problems),
        entities=len(notice.entities),
        headings=len(notice.headings),
        chars=f"{len(notice.text):,}",
        backend=notice.backend,
    )
    chart_html = charts_html(figures([notice], words, LABEL_COLOURS)) if charts else ""
    charts_part = (
        f'<h2 class="part">{_esc(words["part_charts"])}</h2>\n{chart_html}' if chart_html else ""
    )
    content = f"""{warn_html}
<h2 class="part">{_esc(words["part_metadata"])}</h2>
{_metadata_html(notice, words)}
{charts_part}
<h2 class="part">{_esc(words["part_problems"])}</h2>
{_problems_html(notice, words)}
<h2 class="part">{_esc(words["part_text"])}</h2>
{_legend_html(notice.entities, words)}
<div class="doc">
{text_html}
</div>
{duplicate}"""
    return page(page_title, subtitle, content, words, extra_css=_label_css(other_labels))


def write_html(
    notice: Notice,
    path: str | Path,
    *,
    title: str | None = None,
    lang: str = DEFAULT_LANGUAGE,
    charts: bool = True,
) -> Path:
    """Write :func:`render_html` to ``path`` (UTF-8) and return the path."""
    return write_page(path, render_html(notice, title=title, lang=lang, charts=charts))


def write_page(path: str | Path, page: str) -> Path:
    """Write one rendered page (UTF-8), creating its folder; shared by every report kind."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
    return path
