"""Confidence per session and session cadence (monthly bars, long gaps shaded)."""

from __future__ import annotations

from datetime import date, timedelta

from matplotlib.patches import Rectangle

from mentorjournal.charts.data import (
    ConfidencePoint,
    Gap,
    SessionDates,
    long_gaps,
    sessions_per_month,
)
from mentorjournal.charts.sessions import confidence_chart, session_cadence_chart
from mentorjournal.charts.tables import confidence_table, session_cadence_table

from .helpers import by_gid, drawn, empty_message, legend, num, only_axes, ticks, xy

DAYS = (date(2026, 1, 5), date(2026, 1, 19), date(2026, 1, 26), date(2026, 3, 9))


def test_confidence_over_time() -> None:
    pairs = list(zip(DAYS, (2, 3, 3, 4), strict=True))
    points = [ConfidencePoint(d, c) for d, c in pairs]
    fig = drawn(confidence_chart(points))
    ax = only_axes(fig)
    assert fig.get_suptitle() == "Confidence at each session"
    assert xy(by_gid(ax, "confidence")) == [(d, float(c)) for d, c in pairs]
    assert ticks(ax.get_yticklabels()) == ["1 low", "2", "3", "4", "5 high"]
    assert ax.get_ylabel() == "Confidence" and ax.get_xlabel() == "Session date"
    assert legend(ax) == ["Self rating"]  # too few sessions for a running average


def test_confidence_trend_appears_with_enough_sessions() -> None:
    points = [ConfidencePoint(date(2026, 1, 1) + timedelta(weeks=i), 1 + i % 5) for i in range(12)]
    ax = only_axes(drawn(confidence_chart(points)))
    trend = by_gid(ax, "trend")
    assert trend.get_ydata()[4] == (1 + 2 + 3 + 4 + 5) / 5  # type: ignore[index]
    assert "Average of the last 5 sessions" in legend(ax)


def test_long_gaps_and_months() -> None:
    data = SessionDates(DAYS, cadence_days=14, today=date(2026, 4, 1))
    assert long_gaps(data) == [
        Gap(date(2026, 1, 26), date(2026, 3, 9)),
        Gap(date(2026, 3, 9), date(2026, 4, 1), ongoing=True),
    ]
    # Exactly the cadence is not a gap.
    assert long_gaps(SessionDates(DAYS[:2], cadence_days=14)) == []
    assert sessions_per_month(list(DAYS)) == [
        (date(2026, 1, 1), 3),
        (date(2026, 2, 1), 0),
        (date(2026, 3, 1), 1),
    ]


def test_cadence_bars_per_month_and_shaded_gaps() -> None:
    data = SessionDates(DAYS, cadence_days=14, today=date(2026, 4, 1))
    fig = drawn(session_cadence_chart(data))
    ax = only_axes(fig)
    assert fig.get_label() == "session-cadence"
    bars = [p for p in ax.patches if isinstance(p, Rectangle) and p.get_gid() == "months"]
    assert [b.get_height() for b in bars] == [3, 0, 1]
    # Each bar centred in its month.
    assert bars[1].get_x() + bars[1].get_width() / 2 == num(date(2026, 2, 15))
    spans = {p.get_gid(): p for p in ax.patches if str(p.get_gid()).startswith("gap:")}
    assert set(spans) == {"gap:2026-01-26", "gap:2026-03-09"}
    gap = spans["gap:2026-01-26"]
    assert isinstance(gap, Rectangle)
    x0, x1 = gap.get_x(), gap.get_x() + gap.get_width()
    assert (x0, x1) == (num(date(2026, 1, 26)), num(date(2026, 3, 9)))
    assert gap.get_hatch()  # visible in grayscale too
    assert legend(ax) == ["Sessions", "Gap over 14 days", "No session since 9 Mar 2026"]
    assert ax.get_ylabel() == "Sessions" and ax.get_xlabel() == "Month"
    assert ticks(ax.get_yticklabels())[:2] == ["0", "1"]  # whole sessions only


def test_no_gap_no_gap_legend() -> None:
    days = tuple(date(2026, 1, 5) + timedelta(weeks=i) for i in range(6))
    ax = only_axes(drawn(session_cadence_chart(SessionDates(days, cadence_days=14))))
    assert legend(ax) == ["Sessions"]
    assert not [p for p in ax.patches if str(p.get_gid()).startswith("gap:")]


def test_empty_states() -> None:
    fig = drawn(confidence_chart([]))
    assert fig.axes == [] and "No confidence ratings yet" in (empty_message(fig) or "")
    fig = drawn(session_cadence_chart(SessionDates((), 14, today=date(2026, 1, 1))))
    assert fig.axes == [] and empty_message(fig) == (
        "No sessions yet — log a session with this mentee to see it here."
    )


def test_tables() -> None:
    data = SessionDates(DAYS, cadence_days=14, today=date(2026, 4, 20))
    table = session_cadence_table(data)
    assert table.rows == (
        ("Jan 2026", "3", ""),
        ("Feb 2026", "0", ""),
        ("Mar 2026", "1", "42"),
        ("Apr 2026", "0", "42"),
    )
    points = [ConfidencePoint(DAYS[0], 2)]
    assert confidence_table(points).rows == (("5 Jan 2026", "2"),)
