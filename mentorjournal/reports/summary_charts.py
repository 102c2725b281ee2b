"""The charts of a shared summary (goal progress, first vs latest skill ratings), drawn from the
summary's data only, as SVG for the PDF (vector) and the HTML file (inline, self-contained).

Built from `MenteeSummaryData`, never from the journal, so a chart can show nothing that the
summary leaves out. matplotlib is imported here, so import this module late.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import matplotlib as mpl
from matplotlib.figure import Figure

from ..charts import goals as goal_charts
from ..charts import skills as skill_charts
from ..charts.data import GoalSeries, SkillComparison, SkillRow
from ..charts.style import ENGLISH, ChartLocale
from ..charts.tables import ChartTable, goal_progress_table, skill_comparison_table
from ..models import LABELS, GoalStatus
from ..services.summaries import MenteeSummaryData, Section


@dataclass(frozen=True)
class SummaryChart:
    """A chart as SVG with its data as a table (the text alternative); `key` ("goals",
    "skills") names it whatever the language of its title."""

    key: str
    title: str
    svg: bytes
    table: ChartTable
    aspect: float  # height / width, to place it without parsing the SVG


def goal_series(data: MenteeSummaryData) -> tuple[GoalSeries, ...]:
    """Each goal's check-ins in the period as (date, percent), for the progress chart."""
    return tuple(
        GoalSeries(
            title=goal.title,
            points=tuple(
                (c.checked_on, c.progress_percent)
                for c in goal.check_ins
                if c.progress_percent is not None
            ),
            target_date=goal.target_date,
            achieved=goal.status == GoalStatus.ACHIEVED,
        )
        for goal in data.goals
    )


def skill_comparison(data: MenteeSummaryData, locale: ChartLocale = ENGLISH) -> SkillComparison:
    return SkillComparison(
        rows=tuple(
            SkillRow(
                skill=k.name,
                group=locale.tr(LABELS[k.group]),
                first=k.first.rating,
                latest=k.latest.rating,
                first_on=k.first.rated_on,
                latest_on=k.latest.rated_on,
            )
            for k in data.skills
        )
    )


def figure_svg(fig: Figure, text_as_text: bool = False) -> bytes:
    """The figure as SVG without a creation date (the same data gives the same bytes).

    Text is drawn as paths (no fonts needed to show it: right for a self-contained HTML
    file), or with `text_as_text` kept as `<text>` elements (escaped by matplotlib) for the
    PDF, which shapes and embeds it in its own fonts (`reports/pdf/svg_text.py`)."""
    out = io.BytesIO()
    with mpl.rc_context({"svg.fonttype": "none" if text_as_text else "path"}):
        # No metadata block: no date (same data, same bytes) and no links to RDF vocabularies.
        fig.savefig(
            out,
            format="svg",
            metadata={"Date": None, "Creator": None, "Format": None, "Type": None},
        )
    return out.getvalue()


def summary_charts(
    data: MenteeSummaryData, text_as_text: bool = False, locale: ChartLocale = ENGLISH
) -> list[SummaryChart]:
    """The charts for the sections chosen that have something to draw (see `figure_svg` for
    `text_as_text`), in `locale`'s language, month names and digits."""
    charts: list[SummaryChart] = []
    series = goal_series(data)
    if data.has(Section.GOALS) and any(s.points for s in series):
        fig = goal_charts.goal_progress_chart(series, locale)
        charts.append(
            SummaryChart(
                "goals",
                locale.tr("Progress on goals"),
                figure_svg(fig, text_as_text),
                goal_progress_table(series, locale),
                _aspect(fig),
            )
        )
    if data.has(Section.SKILLS) and data.skills:
        comparison = skill_comparison(data, locale)
        fig = skill_charts.skill_comparison_chart(comparison, locale)
        charts.append(
            SummaryChart(
                "skills",
                locale.tr("Skills: first and latest rating"),
                figure_svg(fig, text_as_text),
                skill_comparison_table(comparison, locale),
                _aspect(fig),
            )
        )
    return charts


def _aspect(fig: Figure) -> float:
    width, height = fig.get_size_inches()
    return float(height / width)
