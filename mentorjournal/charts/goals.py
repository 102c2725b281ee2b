"""The goal progress chart: one line per goal (percent over time), target dates as diamonds."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FixedLocator

from . import style
from ._base import (
    date_axis,
    empty_figure,
    new_figure,
    num,
    nums,
    pad_dates,
    percent_axis,
    shorten,
    styled,
)
from .data import GoalSeries
from .style import ENGLISH, ChartLocale

LABEL = "goal-progress"
# More goals than this and the legend would crowd the plot out; the rest are named in the table.
MAX_LEGEND = 10


def goal_progress_chart(goals: Sequence[GoalSeries], locale: ChartLocale = ENGLISH) -> Figure:
    """Percent done over time per goal; achieved goals solid with filled markers, open goals
    dashed with hollow ones, so the difference survives grayscale printing."""
    tr = locale.tr
    title = tr("Progress on goals")
    plotted = [g for g in goals if g.points or g.target_date]
    with styled():
        if not any(g.points for g in plotted):
            return empty_figure(
                LABEL, title, tr("No check-ins yet — record progress on a goal to see it here.")
            )
        # The legend sits right of the plot: goal titles are long, the plot area stays clear.
        fig, ax = new_figure(LABEL, title, margins={"right": 0.66, "left": 0.12})
        days: list[date] = []
        handles: list[Line2D] = []
        for i, goal in enumerate(plotted):
            colour = style.SERIES_COLOURS[i % len(style.SERIES_COLOURS)]
            marker = style.SERIES_MARKERS[i % len(style.SERIES_MARKERS)]
            xs = nums(d for d, _ in goal.points)
            ys = [p for _, p in goal.points]
            days.extend(d for d, _ in goal.points)
            name = shorten(goal.title, 24)
            if goal.achieved:
                name = f"{name} ✓"
            (line,) = ax.plot(
                xs,
                ys,
                color=colour,
                marker=marker,
                markersize=5,
                linewidth=1.8 if goal.achieved else 1.4,
                linestyle="-" if goal.achieved else (0, (4, 2)),
                markerfacecolor=colour if goal.achieved else "white",
                markeredgewidth=1.2,
                label=name,
                gid=f"goal:{i}",
            )
            handles.append(line)
            if goal.target_date is not None:
                days.append(goal.target_date)
                ax.plot(
                    [num(goal.target_date)],
                    [100],
                    linestyle="none",
                    marker=style.TARGET_MARKER,
                    markersize=7,
                    markerfacecolor=colour if goal.achieved else "white",
                    markeredgecolor=colour,
                    markeredgewidth=1.5,
                    gid=f"target:{i}",
                    clip_on=False,
                )
        pad_dates(ax, min(days), max(days))
        ax.set_ylim(-4, 106)
        ax.yaxis.set_major_locator(FixedLocator([0, 25, 50, 75, 100]))
        percent_axis(ax, locale)
        ax.grid(True, axis="y")
        ax.set_axisbelow(True)
        ax.set_ylabel(tr("Progress"))
        date_axis(ax, locale, tr("Check-in date"))

        shown = handles[:MAX_LEGEND]
        extra: list[Line2D] = []
        if len(handles) > MAX_LEGEND:
            extra.append(
                Line2D(
                    [],
                    [],
                    linestyle="none",
                    label=tr("+ {n} more goals").format(n=locale.number(len(handles) - MAX_LEGEND)),
                )
            )
        key = [
            Line2D(
                [],
                [],
                linestyle="none",
                marker=style.TARGET_MARKER,
                markerfacecolor="white",
                markeredgecolor=style.MUTED_COLOUR,
                label=tr("Target date"),
            ),
            Line2D([], [], color=style.MUTED_COLOUR, label=tr("✓ Achieved (solid)")),
            Line2D(
                [], [], color=style.MUTED_COLOUR, linestyle=(0, (4, 2)), label=tr("Open (dashed)")
            ),
        ]
        ax.legend(
            handles=[*shown, *extra, *key],
            loc="upper left",
            bbox_to_anchor=(1.02, 1.0),
            borderaxespad=0,
            handlelength=2.4,
        )
    return fig
