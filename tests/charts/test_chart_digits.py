"""Charts in a locale with its own digits (Egyptian Arabic): tick labels, legend texts and the
tables' numbers use `ChartLocale.digits`; the English default, used by exported reports,
keeps Western digits."""

from __future__ import annotations

from datetime import date

import pytest
from matplotlib.text import Text

from mentorjournal.charts.data import ConfidencePoint, GoalSeries, SessionDates
from mentorjournal.charts.goals import goal_progress_chart
from mentorjournal.charts.sessions import confidence_chart, session_cadence_chart
from mentorjournal.charts.style import ENGLISH, ChartLocale
from mentorjournal.charts.tables import (
    confidence_table,
    goal_progress_table,
    session_cadence_table,
)

from .helpers import drawn, only_axes

ARABIC = ChartLocale(digits="٠١٢٣٤٥٦٧٨٩", percent_sign="٪")
GOAL = GoalSeries("Weld", ((date(2026, 1, 5), 10.0), (date(2026, 3, 2), 40.0)), date(2026, 3, 31))


def ticks(labels: list[Text]) -> list[str]:
    return [t.get_text() for t in labels if t.get_text()]


def western(text: str) -> bool:
    return any(ch.isascii() and ch.isdigit() for ch in text)


def test_numbers_and_dates_use_the_locales_digits() -> None:
    assert ARABIC.number(2026) == "٢٠٢٦" and ARABIC.number(-3) == "-٣"
    assert ARABIC.percent(40.0) == "٤٠٪"
    assert ARABIC.format_date(date(2026, 3, 5)) == "٥ Mar ٢٠٢٦"
    assert ENGLISH.format_date(date(2026, 3, 5)) == "5 Mar 2026"
    assert ENGLISH.percent(40.4) == "40%"
    with pytest.raises(ValueError, match="digits"):
        ChartLocale(digits="0123")


def test_tick_labels_use_the_locales_digits() -> None:
    ax = only_axes(drawn(goal_progress_chart([GOAL], ARABIC)))
    assert ticks(ax.get_yticklabels()) == ["٠٪", "٢٥٪", "٥٠٪", "٧٥٪", "١٠٠٪"]
    dates = ticks(ax.get_xticklabels())
    assert dates and not any(western(d) for d in dates), dates

    points = [ConfidencePoint(date(2026, 1, 5), 2), ConfidencePoint(date(2026, 2, 5), 4)]
    ax = only_axes(drawn(confidence_chart(points, ARABIC)))
    assert ticks(ax.get_yticklabels())[1:4] == ["٢", "٣", "٤"]

    sessions = SessionDates((date(2026, 1, 5), date(2026, 1, 19), date(2026, 3, 2)), 14)
    ax = only_axes(drawn(session_cadence_chart(sessions, ARABIC)))
    counts = ticks(ax.get_yticklabels())
    assert counts and not any(western(c) for c in counts), counts


def test_tables_use_the_locales_digits() -> None:
    assert goal_progress_table([GOAL], ARABIC).rows[1][1:3] == ("٢ Mar ٢٠٢٦", "٤٠٪")
    points = [ConfidencePoint(date(2026, 1, 5), 2)]
    assert confidence_table(points, ARABIC).rows == (("٥ Jan ٢٠٢٦", "٢"),)
    sessions = SessionDates((date(2026, 1, 5), date(2026, 3, 2)), 14)
    table = session_cadence_table(sessions, ARABIC)
    assert not any(western(cell) for row in table.rows for cell in row), table.rows
    assert goal_progress_table([GOAL]).rows[1][2] == "40%"  # exported reports: Western
