"""Skill rating charts: first vs latest rating per skill, and one skill's ratings over time.

Ratings are shown in words (Not yet ... Can teach others): that is how trainers and mentees
talk about them; the number is only the position on the axis.
"""

from __future__ import annotations

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from . import style
from ._base import (
    date_axis,
    empty_figure,
    legend_above,
    new_figure,
    nums,
    pad_dates,
    rating_axis,
    styled,
    wrap,
)
from .data import MENTOR, SELF, SkillComparison, SkillHistory
from .style import ENGLISH, ChartLocale

COMPARISON_LABEL = "skill-comparison"
HISTORY_LABEL = "skill-history"
# Inches per skill row: two bars and a two-line name stay legible; the figure grows with the
# framework instead of squeezing (the Qt view scrolls).
ROW_HEIGHT = 0.42


def skill_comparison_chart(data: SkillComparison, locale: ChartLocale = ENGLISH) -> Figure:
    """Grouped horizontal bars: per skill the first rating (light, hatched) above the latest
    (dark, solid). Horizontal because skill names are long and read best on the y axis."""
    tr = locale.tr
    title = tr("Skills: first and latest rating")
    with styled():
        if not data.rows:
            return empty_figure(
                COMPARISON_LABEL,
                title,
                tr("No skill ratings yet — rate the mentee's skills to see their progress here."),
            )
        n = len(data.rows)
        height = max(style.FIGSIZE[1], ROW_HEIGHT * n + 1.3)
        fig, ax = new_figure(
            COMPARISON_LABEL,
            title,
            height=height,
            # Fixed inches for title/legend and axis labels, whatever the height.
            margins={
                "left": 0.30,
                "right": 0.95,
                "top": 1 - 0.75 / height,
                "bottom": 0.8 / height,
            },
        )
        # The first skill at the top: rows count down from n-1.
        ys = [n - 1 - i for i in range(n)]
        bar = 0.38
        first = ax.barh(
            [y + bar / 2 for y in ys],
            [r.first for r in data.rows],
            height=bar,
            color=style.FIRST_COLOUR,
            edgecolor=style.BLUE,
            linewidth=0.6,
            hatch="///",
            label=tr("First rating"),
            gid="first",
        )
        latest = ax.barh(
            [y - bar / 2 for y in ys],
            [r.latest for r in data.rows],
            height=bar,
            color=style.LATEST_COLOUR,
            edgecolor=style.LATEST_COLOUR,
            linewidth=0.6,
            label=tr("Latest rating"),
            gid="latest",
        )
        for y, row in zip(ys, data.rows, strict=True):
            # The latest level in words inside its bar: a row reads on its own, also when a
            # long framework scrolls the axis out of sight.
            ax.text(
                row.latest - 0.05,
                y - bar / 2,
                locale.rating_word(row.latest),
                ha="right",
                va="center",
                fontsize=7,
                color="white",
                gid="latest-word",
            )
            change = row.latest - row.first
            if change:
                # The change in steps of the scale, where the eye ends: the latest bar's tip.
                ax.text(
                    row.latest + 0.06,
                    y - bar / 2,
                    ("+" if change > 0 else "-") + locale.number(abs(change)),
                    va="center",
                    fontsize=7,
                    color=style.TEXT_COLOUR,
                )
        ax.set_yticks(ys, [wrap(r.skill, 26) for r in data.rows])
        ax.tick_params(axis="y", length=0)
        _group_separators(ax, data, ys)
        ax.set_xlim(0, 5.45)
        ax.set_ylim(-0.6, n - 0.4)
        rating_axis(ax, locale, which="x")
        ax.set_xlabel(
            tr("Rating by the mentee") if data.rater == SELF else tr("Rating by the mentor")
        )
        legend_above(ax, handles=[first, latest], ncol=2)
    return fig


def _group_separators(ax: Axes, data: SkillComparison, ys: list[int]) -> None:
    """A line and the group's name where the skill group changes (Technical, Soft...)."""
    groups = [r.group for r in data.rows]
    if len(set(groups)) < 2:
        return
    for i, group in enumerate(groups):
        if i == 0 or group != groups[i - 1]:
            top = ys[i] + 0.5
            if i:
                ax.axhline(top, color=style.MUTED_COLOUR, linewidth=0.6, linestyle=":")
            ax.text(
                5.42,
                top - 0.05,
                group,
                ha="right",
                va="top",
                fontsize=7,
                fontstyle="italic",
                color=style.MUTED_COLOUR,
            )


def skill_history_chart(data: SkillHistory, locale: ChartLocale = ENGLISH) -> Figure:
    """One skill's ratings over time; a rating holds until the next, so lines are steps.
    The mentor's ratings solid with filled circles, the mentee's own dashed with squares."""
    tr = locale.tr
    title = tr("{skill}: ratings over time").format(skill=data.skill)
    with styled():
        if not data.points:
            return empty_figure(
                HISTORY_LABEL,
                title,
                tr("This skill has not been rated yet — rate it in a session to see it here."),
            )
        fig, ax = new_figure(HISTORY_LABEL, title, margins={"left": 0.16, "top": 0.82})
        series = (
            (MENTOR, tr("Mentor's rating"), style.MENTOR_COLOUR, "o", "-", style.MENTOR_COLOUR),
            (SELF, tr("Mentee's own rating"), style.SELF_COLOUR, "s", (0, (4, 2)), "white"),
        )
        handles = []
        for rater, name, colour, marker, linestyle, face in series:
            pts = [p for p in data.points if p.rater == rater]
            if not pts:
                continue
            (line,) = ax.plot(
                nums(p.day for p in pts),
                [p.rating for p in pts],
                drawstyle="steps-post",
                color=colour,
                marker=marker,
                markersize=6 if rater == MENTOR else 5,
                markerfacecolor=face,
                markeredgewidth=1.3,
                linestyle=linestyle,
                linewidth=1.8,
                label=name,
                gid=f"rater:{rater}",
            )
            handles.append(line)
        days = [p.day for p in data.points]
        pad_dates(ax, min(days), max(days))
        ax.set_ylim(0.6, 5.4)
        rating_axis(ax, locale, which="y")
        date_axis(ax, locale, tr("Date rated"))
        legend_above(ax, handles=handles, ncol=2)
        if len(handles) == 1:
            # Say plainly that the other rater never rated, rather than leave it to guess.
            missing = (
                tr("No self ratings yet")
                if handles[0].get_gid() == f"rater:{MENTOR}"
                else tr("No mentor ratings yet")
            )
            handles.append(Line2D([], [], linestyle="none", label=missing))
            legend_above(ax, handles=handles, ncol=2)
    return fig
