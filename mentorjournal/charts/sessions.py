"""Charts of the meetings themselves: the mentee's confidence per session, and the cadence
(sessions per month, with the stretches longer than the expected interval shaded)."""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import timedelta

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FixedLocator, MaxNLocator

from . import style
from ._base import (
    date_axis,
    empty_figure,
    legend_above,
    new_figure,
    num,
    number_axis,
    nums,
    pad_dates,
    styled,
)
from .data import ConfidencePoint, SessionDates, long_gaps, sessions_per_month
from .style import ENGLISH, ChartLocale

CONFIDENCE_LABEL = "confidence"
CADENCE_LABEL = "session-cadence"
# A running mean smooths week-to-week noise; only worth drawing with enough sessions.
TREND_WINDOW = 5
TREND_MIN_POINTS = 10


def confidence_chart(points: Sequence[ConfidencePoint], locale: ChartLocale = ENGLISH) -> Figure:
    """The mentee's self-rated confidence (1 low - 5 high) at each session."""
    tr = locale.tr
    title = tr("Confidence at each session")
    with styled():
        if not points:
            return empty_figure(
                CONFIDENCE_LABEL,
                title,
                tr(
                    "No confidence ratings yet — ask the mentee at the next session to see it here."
                ),
            )
        pts = sorted(points, key=lambda p: p.day)
        fig, ax = new_figure(CONFIDENCE_LABEL, title, margins={"left": 0.12, "top": 0.82})
        many = len(pts) > 40
        (line,) = ax.plot(
            nums(p.day for p in pts),
            [p.confidence for p in pts],
            color=style.BLUE,
            marker="o",
            markersize=3 if many else 5,
            linewidth=0.8 if many else 1.5,
            alpha=0.75 if many else 1.0,
            label=tr("Self rating"),
            gid="confidence",
        )
        handles = [line]
        if len(pts) >= TREND_MIN_POINTS:
            means = [
                sum(p.confidence for p in pts[max(0, i - TREND_WINDOW + 1) : i + 1])
                / len(pts[max(0, i - TREND_WINDOW + 1) : i + 1])
                for i in range(len(pts))
            ]
            (trend,) = ax.plot(
                nums(p.day for p in pts),
                means,
                color=style.VERMILLION,
                linewidth=2.2,
                linestyle=(0, (6, 2)),
                label=tr("Average of the last {n} sessions").format(n=locale.number(TREND_WINDOW)),
                gid="trend",
            )
            handles.append(trend)
        pad_dates(ax, pts[0].day, pts[-1].day)
        ax.set_ylim(0.6, 5.4)
        ax.yaxis.set_major_locator(FixedLocator([1, 2, 3, 4, 5]))
        ax.set_yticks(
            [1, 2, 3, 4, 5], [tr("1 low"), *(locale.number(n) for n in (2, 3, 4)), tr("5 high")]
        )
        ax.grid(True, axis="y")
        ax.set_axisbelow(True)
        ax.set_ylabel(tr("Confidence"))
        date_axis(ax, locale, tr("Session date"))
        legend_above(ax, handles=handles, ncol=2)
    return fig


def session_cadence_chart(data: SessionDates, locale: ChartLocale = ENGLISH) -> Figure:
    """Bars of sessions per month; shaded, hatched spans where the mentee went longer than the
    expected cadence without a session, so a trainer sees when contact lapsed."""
    tr = locale.tr
    title = tr("Sessions per month")
    with styled():
        if not data.days:
            return empty_figure(
                CADENCE_LABEL,
                title,
                tr("No sessions yet — log a session with this mentee to see it here."),
            )
        months = sessions_per_month(list(data.days))
        fig, ax = new_figure(CADENCE_LABEL, title, margins={"left": 0.09, "top": 0.82})
        starts = [m for m, _ in months]
        widths = [calendar.monthrange(m.year, m.month)[1] * 0.8 for m in starts]
        bars = ax.bar(
            # Centred in its month, so the bar sits between the month's ticks.
            [num(m) + calendar.monthrange(m.year, m.month)[1] / 2 for m in starts],
            [c for _, c in months],
            width=widths,
            color=style.BAR_COLOUR,
            edgecolor="#00664A",
            linewidth=0.5,
            label=tr("Sessions"),
            gid="months",
            zorder=2,
        )
        handles: list[Line2D | Patch] = [bars.patches[0]]
        handles[0].set_label(bars.get_label())
        gaps = long_gaps(data)
        for gap in gaps:
            ax.axvspan(
                num(gap.start),
                num(gap.end),
                facecolor=style.GAP_COLOUR,
                alpha=0.22,
                edgecolor=style.GAP_COLOUR,
                hatch="///" if not gap.ongoing else "xx",
                linewidth=0,
                gid=f"gap:{gap.start.isoformat()}",
                zorder=1,
            )
        if any(not g.ongoing for g in gaps):
            handles.append(
                Patch(
                    facecolor=style.GAP_COLOUR,
                    alpha=0.35,
                    edgecolor=style.GAP_COLOUR,
                    hatch="///",
                    linewidth=0,
                    label=tr("Gap over {n} days").format(n=locale.number(data.cadence_days)),
                )
            )
        ongoing = [g for g in gaps if g.ongoing]
        if ongoing:
            handles.append(
                Patch(
                    facecolor=style.GAP_COLOUR,
                    alpha=0.35,
                    edgecolor=style.GAP_COLOUR,
                    hatch="xx",
                    linewidth=0,
                    label=tr("No session since {day}").format(
                        day=locale.format_date(ongoing[0].start)
                    ),
                )
            )
        last_month = starts[-1]
        end = last_month + timedelta(days=calendar.monthrange(last_month.year, last_month.month)[1])
        if data.today is not None and data.today > end:
            end = data.today
        pad_dates(ax, starts[0], end)
        top = max(c for _, c in months)
        ax.set_ylim(0, top + 0.5)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=5))
        number_axis(ax, locale)
        ax.grid(True, axis="y")
        ax.set_axisbelow(True)
        ax.set_ylabel(tr("Sessions"))
        date_axis(ax, locale, tr("Month"))
        legend_above(ax, handles=handles, ncol=3)
    return fig
