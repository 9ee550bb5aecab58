"""Many notices on one HTML page: completion per issuer, sums per notice, every problem.

An analyst who reads a folder of notices asks across them: which issuers
report their problems as done, how much money each notice reports, which
problems are still open.  This page answers those from the same numbers as
the one-notice page (:meth:`Notice.problems_frame`: yuan only, bounds left
out) and with the same charts, plus money per notice.  It is as
self-contained as the one-notice page: one file, no script, no fetch.

Completion rate = completed ÷ problems with a stated status: many notices
state no status per problem (the whole notice reports progress), and
counting those as "not done" would call them failures they are not.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from extractor.report import (
    LABEL_COLOURS,
    charts_html,
    page,
    problem_cells,
    problem_head,
    problem_row,
    write_page,
)
from extractor.report_figures import figures, notice_name
from extractor.report_text import DEFAULT_LANGUAGE, Words
from extractor.result import Notice
from extractor.values.totals import AmountTotals, format_money, sum_amounts

__all__ = ["IssuerRow", "issuer_rows", "render_corpus_html", "write_corpus_html"]

_STATUSES = ("completed", "in_progress", "long_term", None)


@dataclass
class IssuerRow:
    """The problems of one issuer's notices, by status."""

    issuer: str
    notices: int = 0
    by_status: dict[str | None, int] = field(default_factory=dict)

    @property
    def problems(self) -> int:
        return sum(self.by_status.values())

    @property
    def completion(self) -> float | None:
        """Completed ÷ problems with a stated status; None when none states one."""
        stated = sum(n for s, n in self.by_status.items() if s is not None)
        return self.by_status.get("completed", 0) / stated if stated else None


def issuer_of(notice: Notice) -> str | None:
    """Who issued the notice: the signature, else the inspected organisation
    (notices are published by the inspected unit's Party committee), else None."""
    m = notice.metadata
    return m.issuer or m.inspected_organisation or None


def issuer_rows(notices: Sequence[Notice]) -> list[IssuerRow]:
    """One row per issuer, in order of first appearance; unknown issuers under None's name."""
    rows: dict[str, IssuerRow] = {}
    for n in notices:
        name = issuer_of(n) or ""
        row = rows.setdefault(name, IssuerRow(name))
        row.notices += 1
        for p in n.problems:
            row.by_status[p.status] = row.by_status.get(p.status, 0) + 1
    return list(rows.values())


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def _issuers_html(notices: Sequence[Notice], words: Words) -> str:
    head = [words["col_issuer"], words["col_notices"], words["col_problems"]]
    head += [words.status(s) for s in _STATUSES] + [words["col_rate"]]
    rows = []
    for row in issuer_rows(notices):
        cells = [f"<td>{_esc(row.issuer or words['unknown_issuer'])}</td>"]
        numbers = [row.notices, row.problems, *(row.by_status.get(s, 0) for s in _STATUSES)]
        cells += [f'<td class="num">{n}</td>' for n in numbers]
        cells.append(f'<td class="num">{_rate(row.completion)}</td>')
        rows.append(f'<tr class="issuer">{"".join(cells)}</tr>')
    return (
        f'<p class="note">{_esc(words["rate_note"])}</p>'
        '<table class="problems"><thead><tr>'
        + "".join(f"<th>{_esc(h)}</th>" for h in head)
        + f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def notice_totals(notice: Notice) -> AmountTotals:
    """The money of all the notice's problems (yuan apart, bounds left out)."""
    return sum_amounts(
        notice.entities[i].value
        for p in notice.problems
        for i in p.entities
        if 0 <= i < len(notice.entities) and notice.entities[i].label == "AMOUNT"
    )


def _notices_html(notices: Sequence[Notice], words: Words) -> str:
    head = [
        words["col_notice"],
        words["col_issuer"],
        words["col_problems"],
        words.status("completed"),
        words["col_rate"],
        words["col_money"],
        words["col_other_money"],
        words["col_thresholds"],
        words["col_entities"],
    ]
    rows = []
    for i, n in enumerate(notices):
        totals = notice_totals(n)
        done = sum(1 for p in n.problems if p.status == "completed")
        stated = sum(1 for p in n.problems if p.status is not None)
        title = n.metadata.title or notice_name(n, i)
        source = f' title="{_esc(n.source)}"' if n.source else ""
        money = format_money(totals.yuan, approximate="CNY" in totals.approximate)
        cells = [
            f"<td{source}>{_esc(title)}</td>",
            f"<td>{_esc(issuer_of(n) or words['unknown_issuer'])}</td>",
            f'<td class="num">{len(n.problems)}</td>',
            f'<td class="num">{done}</td>',
            f'<td class="num">{_rate(done / stated if stated else None)}</td>',
            f'<td class="num">{_esc(money)}</td>',
            f'<td class="other">{_esc(totals.describe_foreign())}</td>',
            f'<td class="num">{totals.thresholds or ""}</td>',
            f'<td class="num">{len(n.entities)}</td>',
        ]
        rows.append(f'<tr class="notice">{"".join(cells)}</tr>')
    return (
        '<table class="problems"><thead><tr>'
        + "".join(f"<th>{_esc(h)}</th>" for h in head)
        + f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _all_problems_html(notices: Sequence[Notice], words: Words) -> str:
    if not any(n.problems for n in notices):
        return f'<p class="sub">{_esc(words["no_problems"])}</p>'
    rows = []
    for i, n in enumerate(notices):
        name = _esc(notice_name(n, i))
        for cells in problem_cells(n, words, anchors=False):
            rows.append(problem_row(cells, first=(name,)))
    head = problem_head(words, first=(words["col_notice"],))
    return (
        f'<p class="note">{_esc(words["threshold_note"])}</p>'
        f'<table class="problems"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'
    )


def render_corpus_html(
    notices: Sequence[Notice],
    *,
    title: str | None = None,
    lang: str = DEFAULT_LANGUAGE,
    charts: bool = True,
) -> str:
    """One page over many notices (an empty list gives a page that says so)."""
    words = Words(lang)
    notices = list(notices)
    page_title = title or words.format("corpus_title", n=len(notices))
    subtitle = words.format(
        "corpus_summary",
        notices=len(notices),
        problems=sum(len(n.problems) for n in notices),
        entities=sum(len(n.entities) for n in notices),
    )
    chart_html = charts_html(figures(notices, words, LABEL_COLOURS)) if charts else ""
    parts = []
    if chart_html:
        parts.append(f'<h2 class="part">{_esc(words["part_charts"])}</h2>\n{chart_html}')
    parts.append(f'<h2 class="part">{_esc(words["part_issuers"])}</h2>')
    parts.append(_issuers_html(notices, words))
    parts.append(f'<h2 class="part">{_esc(words["part_notices"])}</h2>')
    parts.append(_notices_html(notices, words))
    parts.append(f'<h2 class="part">{_esc(words["part_all_problems"])}</h2>')
    parts.append(_all_problems_html(notices, words))
    warnings = [
        f"{n.source or notice_name(n, i)}: {w}" for i, n in enumerate(notices) for w in n.warnings
    ]
    warn_html = "".join(f'<div class="warn">{_esc(w)}</div>' for w in warnings)
    return page(page_title, subtitle, warn_html + "\n".join(parts), words)


def write_corpus_html(
    notices: Sequence[Notice],
    path: str | Path,
    *,
    title: str | None = None,
    lang: str = DEFAULT_LANGUAGE,
    charts: bool = True,
) -> Path:
    """Write :func:`render_corpus_html` to ``path`` (UTF-8) and return the path."""
    return write_page(path, render_corpus_html(notices, title=title, lang=lang, charts=charts))
