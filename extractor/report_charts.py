"""Bar charts for the HTML reports, drawn by matplotlib as inline SVG.

Why SVG written into the page: the report is one self-contained file whose
Content-Security-Policy forbids every fetch and every script, so a chart can
be neither a JavaScript widget nor a linked image.  matplotlib's SVG with
``svg.fonttype = "path"`` turns every glyph into a path, so the Chinese tick
labels show on a machine without any Chinese font; only the machine that
*draws* the chart needs one.  The chart's caption is HTML text beside it
(searchable, translatable), the SVG holds axes, bars and ticks.

Why one horizontal bar chart for everything: the quantities are counts and
sums over named things (statuses, categories, problems, labels), whose names
are long Chinese phrases that read well only horizontally.

A missing CJK font is not an error: the chart is still drawn (Chinese glyphs
as empty boxes) and one :class:`CJKFontWarning` says which package to install.
"""

from __future__ import annotations

import io
import logging
import re
import warnings
from dataclasses import dataclass
from functools import lru_cache
from itertools import count
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # matplotlib is imported only when a chart is drawn
    from matplotlib.axes import Axes

__all__ = ["CJK_FONTS", "Bar", "CJKFontWarning", "bar_chart", "cjk_font"]

#: fonts with Chinese glyphs, in order of preference (Linux packages first:
#: fonts-noto-cjk, fonts-wqy-zenhei; then the macOS and Windows ones)
CJK_FONTS: tuple[str, ...] = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Heiti SC",
    "Microsoft YaHei",
    "SimHei",
    "Droid Sans Fallback",
    "AR PL UMing CN",
)
_INK = "#1d1d1f"
_MUTED = "#6b6b70"
_DEFAULT_BAR = "#5b7db1"
_MAX_TICK_CHARS = 22
_chart_ids = count(1)


class CJKFontWarning(UserWarning):
    """No font with Chinese glyphs: charts are drawn, their Chinese text is not."""


@dataclass(frozen=True)
class Bar:
    """One bar: its name on the axis, its length, and how it is drawn."""

    label: str
    value: float
    colour: str | None = None
    #: a muted, hatched bar (a bound such as 超亿元, shown but not summed)
    muted: bool = False
    #: the text at the bar's end (default: the value)
    note: str | None = None


@lru_cache(maxsize=1)
def cjk_font() -> str | None:
    """The first installed font of :data:`CJK_FONTS`, or None (with a warning)."""
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    for name in CJK_FONTS:
        if name in installed:
            return name
    warnings.warn(
        "no CJK font found for the report charts: Chinese labels will show as boxes "
        "(install one, e.g. apt-get install fonts-wqy-zenhei or fonts-noto-cjk)",
        CJKFontWarning,
        stacklevel=2,
    )
    return None


def _shorten(text: str, limit: int = _MAX_TICK_CHARS) -> str:
    text = re.sub(r"\s+", " ", re.sub(r"\s*\n\s*", "", text)).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _number(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def bar_chart(bars: list[Bar], *, axis_label: str = "", aria_label: str = "") -> str:
    """Horizontal bars, first bar on top, as an ``<svg>`` element for inline use.

    The SVG carries no XML prologue, no metadata and ids unique to this chart
    (several charts share one page), and scales to the width of its box.
    """
    from matplotlib import rc_context
    from matplotlib.figure import Figure

    font = cjk_font()
    height = 0.7 + 0.28 * max(len(bars), 1)
    with rc_context(_style(font)), warnings.catch_warnings(), _quiet("matplotlib.font_manager"):
        if font is None:  # one CJKFontWarning said it; not one warning per glyph
            warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        figure = Figure(figsize=(5.8, height))
        ax = figure.add_subplot()
        _draw_bars(ax, bars)
        _draw_value_axis(ax, [b.value for b in bars], axis_label)
        figure.tight_layout(pad=0.4)
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    return _inline(buffer.getvalue(), f"c{next(_chart_ids)}-", aria_label)


def _style(font: str | None) -> dict[str, object]:
    """matplotlib settings: glyphs as paths (no font needed to view), stable ids, page colours."""
    families = ([font] if font else []) + ["DejaVu Sans"]
    return {
        "font.family": families,
        "font.size": 9,
        "svg.fonttype": "path",
        "svg.hashsalt": "extractor-report",
        "axes.unicode_minus": False,
        "axes.edgecolor": _MUTED,
        "axes.labelcolor": _INK,
        "xtick.color": _MUTED,
        "ytick.color": _INK,
    }


def _draw_bars(ax: Axes, bars: list[Bar]) -> None:
    """The bars with their names on the y axis and their notes at their ends."""
    labels = [_shorten(b.label) for b in bars]
    positions = list(range(len(bars)))
    drawn = ax.barh(
        positions,
        [b.value for b in bars],
        color=[("#c9c9cf" if b.muted else (b.colour or _DEFAULT_BAR)) for b in bars],
        hatch=None,
        edgecolor="none",
        height=0.7,
    )
    for patch, b in zip(drawn, bars, strict=True):
        if b.muted:
            patch.set_hatch("///")
            patch.set_edgecolor("#9e9ea8")
    ax.set_yticks(positions, labels)
    ax.invert_yaxis()
    ax.bar_label(
        drawn,
        labels=[b.note if b.note is not None else _number(b.value) for b in bars],
        padding=3,
        color=_INK,
        fontsize=8,
    )


def _draw_value_axis(ax: Axes, values: list[float], axis_label: str) -> None:
    """The x axis: room for the notes, plain numbers, whole ticks for counts, light grid."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    top = max(values, default=0) or 1
    ax.set_xlim(0, top * 1.22)
    ax.set_xlabel(axis_label)
    # plain numbers with thousands separators, never a "1e6" offset
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: _number(v)))
    if all(float(v).is_integer() for v in values):  # counts: no 2.5 mentions
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.spines[["top", "right"]].set_visible(False)
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x", color="#e2e2e6", linewidth=0.6)
    ax.set_axisbelow(True)


class _quiet:
    """Silence a logger for a while (matplotlib logs a line per font-weight guess)."""

    def __init__(self, name: str) -> None:
        self.logger = logging.getLogger(name)

    def __enter__(self) -> None:
        self.level = self.logger.level
        self.logger.setLevel(logging.ERROR)

    def __exit__(self, *exc: object) -> None:
        self.logger.setLevel(self.level)


def _inline(svg: str, prefix: str, aria_label: str) -> str:
    """matplotlib's SVG document → one ``<svg>`` element fit for an HTML page."""
    svg = svg[svg.index("<svg") :]
    svg = re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.S)
    # comments repeat every tick text; the page has no use for them
    svg = re.sub(r"<!--.*?-->\s*", "", svg, flags=re.S)
    # its one rule (* { stroke-linejoin }) would apply to the whole page
    svg = re.sub(r"<style[^>]*>.*?</style>\s*", "", svg, flags=re.S)
    svg = re.sub(r'\bid="([^"]+)"', rf'id="{prefix}\1"', svg)
    svg = svg.replace('href="#', f'href="#{prefix}').replace("url(#", f"url(#{prefix}")
    # scale with the page: drop the fixed size in points, keep the viewBox
    svg = re.sub(r'^<svg([^>]*?) width="[^"]*" height="[^"]*"', r"<svg\1", svg, count=1)
    label = aria_label.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    return svg.replace("<svg", f'<svg role="img" aria-label="{label}" class="chart"', 1).strip()
