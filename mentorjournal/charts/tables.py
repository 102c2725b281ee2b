"""Each chart's data as a plain table: the text alternative for screen readers, and what a
"Show as table" view or a report prints. No matplotlib: cheap to build next to the chart."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .data import (
    SELF,
    ConfidencePoint,
    GoalSeries,
    SessionDates,
    SkillComparison,
    SkillHistory,
    long_gaps,
    sessions_per_month,
)
from .style import ENGLISH, ChartLocale


@dataclass(frozen=True, slots=True)
class ChartTable:
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    def as_text(self) -> str:
        """One line per row, "header: value" pairs: reads well aloud and in a tooltip."""
        lines = [self.title]
        for row in self.rows:
            lines.append("; ".join(f"{h}: {v}" for h, v in zip(self.header, row, strict=True)))
        return "\n".join(lines)


def goal_progress_table(goals: Sequence[GoalSeries], locale: ChartLocale = ENGLISH) -> ChartTable:
    tr = locale.tr
    rows = []
    for g in goals:
        target = locale.format_date(g.target_date) if g.target_date else ""
        status = tr("Achieved") if g.achieved else tr("Open")
        if not g.points:
            rows.append((g.title, "", "", target, status))
        for day, percent in g.points:
            rows.append((g.title, locale.format_date(day), locale.percent(percent), target, status))
    return ChartTable(
        tr("Progress on goals"),
        (tr("Goal"), tr("Check-in"), tr("Progress"), tr("Target date"), tr("Status")),
        tuple(rows),
    )


def skill_comparison_table(data: SkillComparison, locale: ChartLocale = ENGLISH) -> ChartTable:
    tr = locale.tr
    word = locale.rating_word
    return ChartTable(
        tr("Skills: first and latest rating"),
        (tr("Skill"), tr("Group"), tr("First rating"), tr("Latest rating"), tr("Rated by")),
        tuple(
            (
                r.skill,
                r.group,
                word(r.first),
                word(r.latest),
                tr("Mentee") if data.rater == SELF else tr("Mentor"),
            )
            for r in data.rows
        ),
    )


def skill_history_table(data: SkillHistory, locale: ChartLocale = ENGLISH) -> ChartTable:
    tr = locale.tr
    return ChartTable(
        tr("{skill}: ratings over time").format(skill=data.skill),
        (tr("Date"), tr("Rating"), tr("Rated by")),
        tuple(
            (
                locale.format_date(p.day),
                locale.rating_word(p.rating),
                tr("Mentee") if p.rater == SELF else tr("Mentor"),
            )
            for p in data.points
        ),
    )


def confidence_table(
    points: Sequence[ConfidencePoint], locale: ChartLocale = ENGLISH
) -> ChartTable:
    tr = locale.tr
    return ChartTable(
        tr("Confidence at each session"),
        (tr("Session date"), tr("Confidence (1-5)")),
        tuple((locale.format_date(p.day), locale.number(p.confidence)) for p in points),
    )


def session_cadence_table(data: SessionDates, locale: ChartLocale = ENGLISH) -> ChartTable:
    """Sessions per month, and per month the longest stretch without a session that ended in it
    when that was longer than the cadence."""
    tr = locale.tr
    longest: dict[tuple[int, int], int] = {}
    for gap in long_gaps(data):
        key = (gap.end.year, gap.end.month)
        longest[key] = max(longest.get(key, 0), gap.days)
    months = sessions_per_month(list(data.days))
    # An ongoing gap can end (today) after the last month with a session.
    seen = {(m.year, m.month) for m, _ in months}
    rows = [
        (
            locale.format_month_year(m),
            locale.number(n),
            locale.number(longest[(m.year, m.month)]) if (m.year, m.month) in longest else "",
        )
        for m, n in months
    ]
    if data.today is not None and (data.today.year, data.today.month) not in seen:
        key = (data.today.year, data.today.month)
        if key in longest:
            rows.append(
                (
                    locale.format_month_year(data.today),
                    locale.number(0),
                    locale.number(longest[key]),
                )
            )
    return ChartTable(
        tr("Sessions per month"),
        (
            tr("Month"),
            tr("Sessions"),
            tr("Days without a session, longer than {n}").format(
                n=locale.number(data.cadence_days)
            ),
        ),
        tuple(rows),
    )
