"""One notice as a self-contained HTML page, for an analyst to read and check.

The page shows what the extraction found in the order an analyst checks it:
the notice's metadata, a table of its problems (the one-row-per-problem view of
:meth:`Notice.problems_frame`), then the text itself with every entity
highlighted in place (displaCy style: a coloured box, the label after the
mention, the normalised value on hover), grouped under its headings.

Why self-contained: the page is mailed around and opened on machines without
network access, so everything (CSS included) is inline, there are no scripts,
fonts or images to fetch, and a Content-Security-Policy forbids any fetch.

Why the text is shown from the original string: every offset the library
reports indexes the caller's text, so rendering ``notice.text[e.start:e.end]``
is the check that offsets and mentions agree. Layout artefacts are undone only
for display: line breaks that :func:`extractor.text.prepare` judged to be
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

from extractor.result import Entity, Heading, Notice
from extractor.spans import LABELS
from extractor.text import prepare

__all__ = ["LABEL_COLOURS", "format_yuan", "render_html", "write_html"]

#: one background colour per label (displaCy's palette, one hue per label)
LABEL_COLOURS: dict[str, str] = {
    "ORG": "#7aecec",
    "DATE": "#feca74",
    "AMOUNT": "#bfeeb7",
    "COUNT": "#aa9cfc",
    "PERCENT": "#ff8197",
    "QUANTITY": "#ffeb80",
}
_OTHER_COLOUR = "#dddddd"
_STATUS_COLOURS = {
    "completed": "#2e7d32",
    "in_progress": "#b26a00",
    "long_term": "#1565c0",
}
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
    if amount is None or (isinstance(amount, float) and math.isnan(amount)):
        return ""
    value = float(amount)
    if abs(value) >= 1e8:
        return f"{_trim_number(value / 1e8)} 亿元"
    if abs(value) >= 1e4:
        return f"{_trim_number(value / 1e4)} 万元"
    return f"{_trim_number(value)} 元"


def _value_text(value: Any) -> str:
    """A normalised value as ``key: value`` lines for a hover title."""
    if value is None:
        return "no normalised value"
    if isinstance(value, dict):
        return "\n".join(
            f"{k}: {json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else v}"
            for k, v in value.items()
            if v is not None
        )
    return str(value)


def _date_text(text: str | None, value: dict[str, Any] | None) -> str:
    """The date as written, then its normalised range (all fields on hover)."""
    if not text and not value:
        return ""
    out = _esc(text or "")
    if value:
        start, end = value.get("start"), value.get("end")
        norm = f"{start} – {end}" if start and end and start != end else str(start or end or "")
        full = _value_text(value)
        if norm:
            out += f'<span class="norm" title="{_esc(full)}">{_esc(norm)}</span>'
    return out


def _status_badge(status: str | None) -> str:
    if not status:
        return ""
    colour = _STATUS_COLOURS.get(status, "#888")
    return (
        f'<span class="badge st-{_esc(status)}" style="background:{colour}">{_esc(status)}</span>'
    )


class _Body:
    """Renders the text with marks, sections and headings in one left-to-right pass.

    Entities are sorted and non-overlapping (an overlapping one is skipped and
    counted), so the entities touching any range are found by bisection and
    the whole pass is linear in the text length.
    """

    def __init__(self, notice: Notice) -> None:
        self.notice = notice
        self.text = notice.text
        analysed_end = (
            notice.duplicate_from if notice.duplicate_from is not None else len(self.text)
        )
        self.end = analysed_end
        self.soft = _soft_breaks(self.text[:analysed_end])
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
        title = f"{e.label} · {_value_text(e.value)}"
        if e.problem is not None and e.problem < len(self.notice.problems):
            p = self.notice.problems[e.problem]
            number = f" {p.number}" if p.number is not None else ""
            title += f"\nproblem{number}: {p.statement}" + (f" ({e.role})" if e.role else "")
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
        badges = _status_badge(status)
        if h.kind != "section":
            badges += f'<span class="kind">{_esc(h.kind)}</span>'
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


def _soft_breaks(text: str) -> set[int]:
    """Line breaks that the pipeline joins as column wraps (hard-wrapped PDFs only).

    :func:`prepare` stops at a repeated copy of the document, so the rest is
    judged on its own, copy by copy.
    """
    soft: set[int] = set()
    offset = 0
    while "\n" in text:
        prepared = prepare(text)
        stop = len(text) if prepared.duplicate_from is None else prepared.duplicate_from
        if prepared.hard_wrapped:
            kept = set(prepared.origin)
            soft.update(
                offset + m.start() for m in re.finditer("\n", text[:stop]) if m.start() not in kept
            )
        if stop >= len(text) or stop <= 0:
            break
        offset += stop
        text = text[stop:]
    return soft


def _metadata_html(notice: Notice) -> str:
    m = notice.metadata
    totals = ", ".join(f"{k}: {v}" for k, v in (m.stated_totals or {}).items())
    inspected = _esc(m.inspected_organisation or "")
    if m.inspected_alias:
        inspected += f'<span class="norm">（简称 {_esc(m.inspected_alias)}）</span>'
    rows = [
        ("title", _esc(m.title or "")),
        ("inspection kind", _esc(m.inspection_kind or "")),
        ("team", _esc(m.team or "")),
        ("inspected organisation", inspected),
        ("period", _date_text(m.period_text, m.period)),
        ("feedback date", _date_text(m.feedback_date_text, m.feedback_date)),
        ("issuer", _esc(m.issuer or "")),
        ("signature date", _date_text(m.signature_date_text, m.signature_date)),
        ("published", _esc(m.published or "")),
        ("stated totals", _esc(totals)),
        ("is a notice", "yes" if m.is_notice else "no"),
        ("backend", _esc(notice.backend)),
        ("source", _esc(notice.source or "")),
    ]
    body = "".join(
        f"<dt>{_esc(k)}</dt><dd>{v or '<span class=norm>—</span>'}</dd>" for k, v in rows
    )
    return f'<dl class="meta">{body}</dl>'


def _problems_html(notice: Notice) -> str:
    if not notice.problems:
        return '<p class="sub">No problems found in this document.</p>'
    frame = notice.problems_frame()
    head = (
        "<tr><th>#</th><th>problem</th><th>status</th><th>category</th><th>money</th>"
        "<th>amounts</th><th>counts</th><th>dates</th><th>organisations</th><th>entities</th></tr>"
    )
    rows = []
    for problem, row in zip(notice.problems, frame.to_dict("records"), strict=True):
        number = "" if row["number"] is None or _isnan(row["number"]) else int(row["number"])
        amount = row["amount_yuan"]
        money = format_yuan(None if amount is None or _isnan(amount) else amount)
        exact = "" if not money else f' title="{_esc(_trim_number(float(amount)))} 元"'
        status = _status_badge(row["status"])
        if row["status_text"]:
            status = f'<span title="{_esc(row["status_text"])}">{status}</span>'
        rows.append(
            f'<tr class="problem"><td class="num">{number}</td>'
            f'<td class="stmt"><a href="#h-{problem.heading}">{_esc(row["statement"])}</a></td>'
            f"<td>{status}</td><td>{_esc(row['category'] or '')}</td>"
            f'<td class="num"{exact}>{_esc(money)}</td><td class="num">{row["amounts"]}</td>'
            f'<td class="num">{row["counts"]}</td><td>{_esc(row["dates"] or "")}</td>'
            f"<td>{_esc(row['organisations'] or '')}</td>"
            f'<td class="num">{row["entities"]}</td></tr>'
        )
    return f'<table class="problems"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'


def _isnan(value: Any) -> bool:
    return isinstance(value, float) and math.isnan(value)


def _legend_html(entities: Iterable[Entity]) -> str:
    counts = Counter(e.label for e in entities)
    labels = list(LABELS) + sorted(set(counts) - set(LABELS))
    chips = "".join(
        f'<span><span class="chip e-{_esc(label)}">{_esc(label)}</span> {counts.get(label, 0)}</span>'
        for label in labels
    )
    return f'<div class="legend">{chips}</div>'


def _label_css(labels: Iterable[str]) -> str:
    rules = [f".e-{label} {{ background: {colour}; }}" for label, colour in LABEL_COLOURS.items()]
    rules += [f".e-{label} {{ background: {_OTHER_COLOUR}; }}" for label in labels]
    return "\n".join(rules)


def render_html(notice: Notice, *, title: str | None = None) -> str:
    """The whole report page as one HTML string (no external resources)."""
    fallback = Path(notice.source).name if notice.source else "Notice"
    page_title = title or notice.metadata.title or fallback
    body = _Body(notice)
    text_html = body.render()
    other_labels = sorted({e.label for e in notice.entities} - set(LABEL_COLOURS))
    other_labels = [label for label in other_labels if re.fullmatch(r"[A-Za-z0-9_-]+", label)]
    warnings = list(notice.warnings)
    if body.skipped:
        warnings.append(f"{body.skipped} overlapping or invalid entities not shown")
    warn_html = "".join(f'<div class="warn">{_esc(w)}</div>' for w in warnings)
    if not notice.metadata.is_notice:
        warn_html += '<div class="warn">Not read as a rectification notice.</div>'
    duplicate = ""
    if notice.duplicate_from is not None:
        rest = notice.text[notice.duplicate_from :]
        duplicate = (
            f'<details class="dup"><summary>Second copy of the document from offset '
            f"{notice.duplicate_from} ({len(rest):,} characters, not analysed)</summary>"
            f"<pre>{html.escape(rest, quote=False)}</pre></details>"
        )
    subtitle = (
        f"{len(notice.problems)} problems · {len(notice.entities)} entities · "
        f"{len(notice.headings)} headings · {len(notice.text):,} characters · backend {notice.backend}"
    )
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(page_title)}</title>
<style>{_CSS}
{_label_css(other_labels)}
</style>
</head>
<body>
<main>
<h1>{_esc(page_title)}</h1>
<p class="sub">{_esc(subtitle)}</p>
{warn_html}
<h2 class="part">Metadata</h2>
{_metadata_html(notice)}
<h2 class="part">Problems</h2>
{_problems_html(notice)}
<h2 class="part">Text</h2>
{_legend_html(notice.entities)}
<div class="doc">
{text_html}
</div>
{duplicate}
<footer>Generated by extractor. Hover a highlighted mention for its normalised value.</footer>
</main>
</body>
</html>
"""


def write_html(notice: Notice, path: str | Path, *, title: str | None = None) -> Path:
    """Write :func:`render_html` to ``path`` (UTF-8) and return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(notice, title=title), encoding="utf-8")
    return path
