"""What every chart shares: a styled Figure, the friendly empty state, locale-aware date axes,
rating axes in words, and text helpers.

Figures are made with `matplotlib.figure.Figure` directly (never the global plotting
interface: no global state, no GUI backend chosen behind our back) and attached to no canvas;
the Qt widget or `savefig` gives them one.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from typing import Any, Literal, cast

import matplotlib as mpl
import matplotlib.dates as mdates
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator, Formatter, FuncFormatter

from . import style
from .style import ChartLocale

EMPTY_GID = "empty-state"


@contextmanager
def styled() -> Iterator[None]:
    """The app's rcParams while a chart is built (artists read most of them on creation)."""
    with mpl.rc_context(cast(Any, dict(style.RC))):
        yield


def new_figure(
    label: str, title: str, *, height: float | None = None, margins: Mapping[str, float] = {}
) -> tuple[Figure, Axes]:
    """A figure with one axes, the title top left and fixed margins (no constrained layout)."""
    width, default_height = style.FIGSIZE
    fig = Figure(figsize=(width, height or default_height), dpi=style.DPI)
    fig.set_label(label)
    ax = fig.add_subplot()
    fig.subplots_adjust(**(dict(style.MARGINS) | dict(margins)))
    _title(fig, title, height or default_height)
    return fig, ax


def empty_figure(label: str, title: str, message: str) -> Figure:
    """The chart's title and a centred, friendly sentence; no axes, nothing to misread."""
    fig = Figure(figsize=style.FIGSIZE, dpi=style.DPI)
    fig.set_label(label)
    _title(fig, title, style.FIGSIZE[1])
    fig.text(
        0.5,
        0.5,
        "\n".join(textwrap.wrap(message, 60)),
        ha="center",
        va="center",
        fontsize=10,
        color=style.MUTED_COLOUR,
        gid=EMPTY_GID,
    )
    return fig


def _title(fig: Figure, title: str, height: float) -> None:
    # Left-aligned with the axes, a fixed distance from the top whatever the figure's height.
    fig.suptitle(
        title,
        x=style.MARGINS["left"],
        y=1 - 0.08 / height,
        ha="left",
        va="top",
        fontsize=11,
        fontweight="bold",
        color=style.TEXT_COLOUR,
    )


def is_empty(fig: Figure) -> bool:
    return any(t.get_gid() == EMPTY_GID for t in fig.texts)


class LocaleDateFormatter(Formatter):
    """Tick labels in the trainer's language: "3 Mar" on short spans, "Mar 2026" on longer ones
    (and for month ticks from six weeks on), "2026" for January ticks of a span of years."""

    def __init__(self, locale: ChartLocale) -> None:
        self.locale = locale

    def __call__(self, x: float, pos: int | None = None) -> str:
        d = mdates.num2date(x).date()  # type: ignore[no-untyped-call]
        lo, hi = self.axis.get_view_interval() if self.axis is not None else (x, x)
        span = abs(hi - lo)
        if span > 3 * 365 and d.month == 1 and d.day == 1:
            return self.locale.number(d.year)
        if span > 100 or (span > 45 and d.day == 1):
            return self.locale.format_month_year(d)
        return self.locale.format_day_month(d)


def date_axis(ax: Axes, locale: ChartLocale, label: str) -> None:
    locator = mdates.AutoDateLocator(minticks=3, maxticks=7)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(LocaleDateFormatter(locale))
    ax.set_xlabel(label)


def number_axis(ax: Axes, locale: ChartLocale, which: Literal["x", "y"] = "y") -> None:
    """Whole-number tick labels in the locale's digits (matplotlib writes Western digits)."""
    axis = ax.yaxis if which == "y" else ax.xaxis
    axis.set_major_formatter(FuncFormatter(lambda x, _pos: locale.number(round(x))))


def percent_axis(ax: Axes, locale: ChartLocale) -> None:
    """A 0-100 axis labelled "40%" in the locale's digits and percent sign."""
    ax.yaxis.set_major_formatter(FuncFormatter(lambda x, _pos: locale.percent(x)))


def num(d: date) -> float:
    """A date as matplotlib's day number. Charts plot numbers, not dates: no unit converter
    involved, and the axis formatter alone decides how dates read."""
    return float(mdates.date2num(d))  # type: ignore[no-untyped-call]


def nums(days: Iterable[date]) -> list[float]:
    return [num(d) for d in days]


def pad_dates(ax: Axes, first: date, last: date) -> None:
    """Some room left and right of the data, so a single point or the last marker is not cut."""
    lo, hi = num(first), num(last)
    pad = max(7.0, (hi - lo) * 0.03)
    ax.set_xlim(lo - pad, hi + pad)


def rating_axis(ax: Axes, locale: ChartLocale, which: Literal["x", "y"] = "y") -> None:
    """A 1-5 rating axis labelled with the scale's words, wrapped to fit a small chart."""
    levels = [1, 2, 3, 4, 5]
    words = [wrap(locale.rating_word(v), 11) for v in levels]
    axis = ax.yaxis if which == "y" else ax.xaxis
    axis.set_major_locator(FixedLocator(levels))
    axis.set_major_formatter(FuncFormatter(_words_formatter(words)))
    ax.grid(True, axis=which, color=style.GRID_COLOUR, linewidth=0.8)
    ax.set_axisbelow(True)


def _words_formatter(words: list[str]) -> Callable[[float, int | None], str]:
    def fmt(x: float, pos: int | None = None) -> str:
        i = round(x)
        return words[i - 1] if 1 <= i <= len(words) and abs(x - i) < 1e-6 else ""

    return fmt


def wrap(text: str, width: int, max_lines: int = 2) -> str:
    """Break a label over at most `max_lines` lines, shortening with an ellipsis if needed."""
    lines = textwrap.wrap(text, width) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = shorten(lines[-1] + " …", width)
    return "\n".join(lines)


def shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def legend_above(ax: Axes, **kw: Any) -> None:
    """A one-row legend between the title and the plot, where it never hides data."""
    ax.legend(loc="lower right", bbox_to_anchor=(1.0, 1.0), ncol=kw.pop("ncol", 3), **kw)
