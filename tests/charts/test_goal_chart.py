"""The goal progress chart, read back from the Figure's artists."""

from __future__ import annotations

from datetime import date

from mentorjournal.charts.data import GoalSeries
from mentorjournal.charts.goals import MAX_LEGEND, goal_progress_chart
from mentorjournal.charts.style import ChartLocale
from mentorjournal.charts.tables import goal_progress_table

from .helpers import by_gid, drawn, empty_message, legend, num, only_axes, ticks, xy

WELD = GoalSeries(
    "Pass the practical welding assessment",
    ((date(2026, 1, 5), 10.0), (date(2026, 2, 2), 40.0), (date(2026, 3, 2), 100.0)),
    target_date=date(2026, 3, 31),
    achieved=True,
)
ON_TIME = GoalSeries(
    "Arrive on time", ((date(2026, 1, 12), 50.0), (date(2026, 2, 9), 60.0)), date(2026, 6, 1)
)


def test_one_line_per_goal_with_its_check_ins() -> None:
    fig = drawn(goal_progress_chart([WELD, ON_TIME]))
    ax = only_axes(fig)
    assert fig.get_label() == "goal-progress"
    assert fig.get_suptitle() == "Progress on goals"
    assert xy(by_gid(ax, "goal:0")) == [(d, p) for d, p in WELD.points]
    assert xy(by_gid(ax, "goal:1")) == [(d, p) for d, p in ON_TIME.points]
    assert ax.get_ylabel() == "Progress" and ax.get_xlabel() == "Check-in date"
    assert ticks(ax.get_yticklabels()) == ["0%", "25%", "50%", "75%", "100%"]
    assert empty_message(fig) is None


def test_target_dates_are_diamonds_at_100_percent() -> None:
    ax = only_axes(drawn(goal_progress_chart([WELD, ON_TIME])))
    for i, goal in enumerate([WELD, ON_TIME]):
        target = by_gid(ax, f"target:{i}")
        assert target.get_marker() == "D"
        assert target.get_xydata().tolist() == [[num(goal.target_date), 100.0]]  # type: ignore[arg-type]


def test_achieved_goals_are_solid_and_filled_open_goals_dashed_and_hollow() -> None:
    ax = only_axes(drawn(goal_progress_chart([WELD, ON_TIME])))
    achieved, open_ = by_gid(ax, "goal:0"), by_gid(ax, "goal:1")
    assert achieved.get_linestyle() == "-" and open_.get_linestyle() != "-"
    assert achieved.get_markerfacecolor() == achieved.get_color()
    assert open_.get_markerfacecolor() == "white"
    # Different marker shapes and colours: distinguishable in grayscale and for colour-blind.
    assert achieved.get_marker() != open_.get_marker()
    assert achieved.get_color() != open_.get_color()
    names = legend(ax)
    assert names[0] == "Pass the practical weld… ✓"  # shortened, marked achieved
    assert names[1] == "Arrive on time"
    assert "Target date" in names


def test_many_goals_keep_the_legend_short() -> None:
    goals = [
        GoalSeries(f"Goal {i}", ((date(2026, 1, 1 + i), float(i)),)) for i in range(MAX_LEGEND + 3)
    ]
    ax = only_axes(drawn(goal_progress_chart(goals)))
    assert len([line for line in ax.get_lines() if str(line.get_gid()).startswith("goal:")]) == 13
    names = legend(ax)
    assert "+ 3 more goals" in names and "Goal 10" not in names


def test_no_check_ins_is_a_friendly_empty_state() -> None:
    for goals in ([], [GoalSeries("Not started", (), target_date=date(2026, 5, 1))]):
        fig = drawn(goal_progress_chart(goals))
        assert fig.axes == []
        assert empty_message(fig) == "No check-ins yet — record progress on a goal to see it here."
        assert fig.get_suptitle() == "Progress on goals"


def test_dates_and_texts_follow_the_locale() -> None:
    months = tuple(f"M{i}" for i in range(1, 13))
    loc = ChartLocale(month_abbr=months, month_year="{year}/{month}", tr=str.upper)
    fig = drawn(goal_progress_chart([WELD], loc))
    ax = only_axes(fig)
    labels = ticks(ax.get_xticklabels())
    assert labels and all(label.startswith("2026/M") for label in labels)
    assert fig.get_suptitle() == "PROGRESS ON GOALS" and ax.get_ylabel() == "PROGRESS"


def test_table_lists_every_check_in() -> None:
    table = goal_progress_table([WELD, ON_TIME, GoalSeries("New", ())])
    assert table.header == ("Goal", "Check-in", "Progress", "Target date", "Status")
    assert table.rows[0] == (WELD.title, "5 Jan 2026", "10%", "31 Mar 2026", "Achieved")
    assert table.rows[-1] == ("New", "", "", "", "Open")
    assert len(table.rows) == 6
    assert "Goal: Arrive on time; Check-in: 12 Jan 2026" in table.as_text()


def test_short_spans_show_day_and_month() -> None:
    months = tuple(f"M{i}" for i in range(1, 13))
    loc = ChartLocale(month_abbr=months, day_month="{month}.{day}")
    goal = GoalSeries("Short", ((date(2026, 3, 2), 10.0), (date(2026, 3, 20), 30.0)))
    labels = ticks(only_axes(drawn(goal_progress_chart([goal], loc))).get_xticklabels())
    assert labels and all(label.startswith(("M2.", "M3.")) for label in labels)
