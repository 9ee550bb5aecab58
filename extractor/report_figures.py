"""Which charts a report shows, computed from one notice or many.

The one-notice page and the corpus page show the same charts (the corpus
page adds money per notice), so both call :func:`figures` with their list
of notices.  A chart is drawn only when it has something to show: a news
page without problems gets the entity, money and count charts, not empty
status axes.  Money is yuan only and bounds are left out of every sum, as in
:meth:`Notice.problems_frame`; the "amounts in the text" chart shows the
bounds too, hatched grey, so a reader sees what was left out and why.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from extractor.report_charts import Bar, bar_chart
from extractor.report_text import STATUS_NAMES, Words
from extractor.result import Entity, Notice, Problem
from extractor.spans import LABELS
from extractor.values.totals import format_money

#: bars per chart at most; the rest are summed into one "other" bar or left out
TOP = 15

#: one colour per status, shared by the badges and the charts
STATUS_COLOURS: dict[str | None, str] = {
    "completed": "#2e7d32",
    "in_progress": "#b26a00",
    "long_term": "#1565c0",
    None: "#8e8e96",
}


@dataclass(frozen=True)
class Figure:
    """A drawn chart and the caption the page shows above it."""

    key: str
    caption: str
    svg: str
    note: str = ""


def notice_name(notice: Notice, index: int | None = None) -> str:
    """A short name for a notice on a chart axis or in a table."""
    m = notice.metadata
    name = m.inspected_organisation or m.issuer or m.title
    if not name and notice.source:
        name = Path(notice.source).stem
    return name or (f"#{index + 1}" if index is not None else "")


#: a problem with the index of its notice and the notice itself
_Located = tuple[int, Notice, Problem]


def _problems(notices: Sequence[Notice]) -> list[_Located]:
    return [(i, n, p) for i, n in enumerate(notices) for p in n.problems]


def _tick(words: Words, notices: Sequence[Notice], i: int, problem: Problem) -> str:
    tick = words.format("problem_tick", key=problem.key)
    return tick if len(notices) == 1 else f"{notice_name(notices[i], i)} · {tick}"


def _top(counter: Counter, words: Words) -> list[tuple[object, int]]:
    """The TOP most common items, the rest summed into one "other" item."""
    common = counter.most_common()
    if len(common) <= TOP:
        return common
    rest = sum(n for _, n in common[TOP - 1 :])
    return [*common[: TOP - 1], (words["other"], rest)]


def figures(notices: Sequence[Notice], words: Words, label_colours: dict[str, str]) -> list[Figure]:
    """Every chart that has data, in reading order."""
    problems = _problems(notices)
    entities = [e for n in notices for e in n.entities]
    drawn: list[Figure | None] = []
    if problems:
        drawn += [
            _status_figure(problems, words),
            _category_figure(problems, words),
            _problem_money_figure(notices, problems, words),
            _counts_figure(notices, problems, words, label_colours),
        ]
    if len(notices) > 1:
        drawn.append(_notice_money_figure(notices, words))
    drawn += [
        _labels_figure(entities, words, label_colours),
        _amounts_figure(entities, words, label_colours),
        _units_figure(entities, words, label_colours),
    ]
    return [figure for figure in drawn if figure is not None]


def _status_figure(problems: list[_Located], words: Words) -> Figure:
    """Problems per status, in the statuses' reading order."""
    statuses = Counter(p.status for _, _, p in problems)
    order = [s for s in STATUS_NAMES[words.lang] if statuses.get(s)]
    bars = [Bar(words.status(s), statuses[s], STATUS_COLOURS.get(s)) for s in order]
    return _figure("status", words["chart_status"], bars, words["axis_problems"])


def _category_figure(problems: list[_Located], words: Words) -> Figure | None:
    """Problems per category, the TOP most common."""
    categories = Counter(p.category for _, _, p in problems if p.category)
    if not categories:
        return None
    bars = [Bar(str(c), n) for c, n in _top(categories, words)]
    return _figure("category", words["chart_category"], bars, words["axis_problems"])


def _problem_money_figure(
    notices: Sequence[Notice], problems: list[_Located], words: Words
) -> Figure | None:
    """Yuan per problem, coloured by status."""
    money = []
    for i, n, p in problems:
        totals = n.problem_amounts(p)
        if totals.yuan:
            note = format_money(totals.yuan, approximate="CNY" in totals.approximate)
            bar = Bar(
                _tick(words, notices, i, p),
                totals.yuan,
                STATUS_COLOURS.get(p.status),
                note=note,
            )
            money.append(bar)
    return _money_figure("money", words["chart_money"], money, words) if money else None


def _counts_figure(
    notices: Sequence[Notice],
    problems: list[_Located],
    words: Words,
    label_colours: dict[str, str],
) -> Figure | None:
    """COUNT mentions per problem, the TOP most."""
    counts = []
    for i, n, p in problems:
        k = sum(1 for j in p.entities if j < len(n.entities) and n.entities[j].label == "COUNT")
        if k:
            counts.append(Bar(_tick(words, notices, i, p), k, label_colours.get("COUNT")))
    if not counts:
        return None
    counts = sorted(counts, key=lambda b: -b.value)[:TOP]
    return _figure("counts", words["chart_counts"], counts, words["axis_mentions"])


def _notice_money_figure(notices: Sequence[Notice], words: Words) -> Figure | None:
    """Yuan per notice (the corpus page)."""
    per_notice = []
    for i, n in enumerate(notices):
        yuan = sum((n.problem_amounts(p).yuan or 0.0) for p in n.problems)
        if yuan:
            per_notice.append(Bar(notice_name(n, i), yuan, _BAR_NOTICE, note=format_money(yuan)))
    if not per_notice:
        return None
    return _money_figure("notice_money", words["chart_notice_money"], per_notice, words)


def _labels_figure(
    entities: list[Entity], words: Words, label_colours: dict[str, str]
) -> Figure | None:
    """Mentions per entity label, the known labels in their order first."""
    labels = Counter(e.label for e in entities)
    if not labels:
        return None
    ordered = [label for label in LABELS if labels.get(label)]
    ordered += sorted(set(labels) - set(LABELS))
    bars = [
        Bar(f"{label} {words.label(label)}", labels[label], label_colours.get(label))
        for label in ordered
    ]
    return _figure("labels", words["chart_labels"], bars, words["axis_mentions"])


def _amounts_figure(
    entities: list[Entity], words: Words, label_colours: dict[str, str]
) -> Figure | None:
    """Every yuan amount in the text; bounds and thresholds muted, not left out."""
    amounts = []
    for e in entities:
        value = e.value or {}
        if e.label != "AMOUNT" or not isinstance(value.get("amount"), int | float):
            continue
        if (value.get("currency") or "CNY") != "CNY":
            continue
        sign = {"at_least": "≥ ", "at_most": "≤ "}.get(value.get("bound") or "", "")
        tick = sign + ("≈ " if value.get("approximate") else "") + e.text
        note = format_money(value["amount"])
        muted = bool(value.get("threshold"))
        amounts.append(Bar(tick, value["amount"], label_colours.get("AMOUNT"), muted, note))
    return _money_figure("amounts", words["chart_amounts"], amounts, words) if amounts else None


def _units_figure(
    entities: list[Entity], words: Words, label_colours: dict[str, str]
) -> Figure | None:
    """COUNT mentions per unit (个, 项, 人…), the TOP most common."""
    units = Counter((e.value or {}).get("unit") for e in entities if e.label == "COUNT" and e.value)
    units.pop(None, None)
    if not units:
        return None
    bars = [Bar(str(u), n, label_colours.get("COUNT")) for u, n in _top(units, words)]
    return _figure("units", words["chart_units"], bars, words["axis_mentions"])


_BAR_NOTICE = "#5b7db1"


def _money_figure(key: str, caption: str, bars: list[Bar], words: Words) -> Figure:
    """Bars whose values are yuan, drawn in 亿元 when the largest reaches one 亿, else 万元."""
    bars = sorted(bars, key=lambda b: -b.value)[:TOP]
    scale, axis = (1e8, "axis_yi_yuan") if bars[0].value >= 1e8 else (1e4, "axis_wan_yuan")
    scaled = [dataclasses.replace(b, value=b.value / scale) for b in bars]
    return _figure(key, caption, scaled, words[axis])


def _figure(key: str, caption: str, bars: list[Bar], axis: str) -> Figure:
    return Figure(key, caption, bar_chart(bars, axis_label=axis, aria_label=caption))
