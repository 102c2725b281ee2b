"""Skill comparison (first vs latest) and one skill's history, read back from the Figure."""

from __future__ import annotations

from datetime import date

import pytest
from matplotlib.axes import Axes
from matplotlib.patches import Rectangle

from mentorjournal.charts.data import (
    MENTOR,
    SELF,
    RatingPoint,
    SkillComparison,
    SkillHistory,
    SkillRow,
)
from mentorjournal.charts.skills import skill_comparison_chart, skill_history_chart
from mentorjournal.charts.style import ChartLocale
from mentorjournal.charts.tables import skill_comparison_table, skill_history_table

from .helpers import by_gid, drawn, empty_message, legend, only_axes, ticks, xy

WORDS = ["Not yet", "Assisted", "Supervised", "Independent", "Can teach\nothers"]
ROWS = (
    SkillRow("Safe use of tools and equipment", "Technical", 1, 4),
    SkillRow("Reading technical drawings", "Technical", 2, 2),
    SkillRow("Teamwork", "Soft", 3, 5),
)


def _bars(ax: Axes, gid: str) -> list[Rectangle]:
    return [p for p in ax.patches if isinstance(p, Rectangle) and p.get_gid() == gid]


def test_first_and_latest_rating_per_skill_as_horizontal_bars() -> None:
    fig = drawn(skill_comparison_chart(SkillComparison(ROWS)))
    ax = only_axes(fig)
    assert fig.get_label() == "skill-comparison"
    assert fig.get_suptitle() == "Skills: first and latest rating"
    first, latest = _bars(ax, "first"), _bars(ax, "latest")
    assert [b.get_width() for b in first] == [1, 2, 3]
    assert [b.get_width() for b in latest] == [4, 2, 5]
    # The first skill is at the top, each skill's first rating above its latest one.
    assert first[0].get_y() > first[1].get_y() > first[2].get_y()
    assert all(f.get_y() > la.get_y() for f, la in zip(first, latest, strict=True))
    # Distinct in grayscale: the first rating is hatched, the latest solid.
    assert first[0].get_hatch() and not latest[0].get_hatch()
    assert ticks(ax.get_yticklabels()) == [
        "Safe use of tools and\nequipment",
        "Reading technical drawings",
        "Teamwork",
    ]
    assert ticks(ax.get_xticklabels()) == WORDS
    assert ax.get_xlabel() == "Rating by the mentor"
    assert legend(ax) == ["First rating", "Latest rating"]
    texts = [t.get_text() for t in ax.texts]
    assert "+3" in texts and "+2" in texts  # the change, where it happened
    assert "Technical" in texts and "Soft" in texts  # group headings
    # Each latest bar says its level in words, so a row reads without the axis.
    words = [t.get_text() for t in ax.texts if t.get_gid() == "latest-word"]
    assert words == ["Independent", "Assisted", "Can teach others"]


def test_rating_words_come_from_the_locale() -> None:
    words = {1: "Bado", 2: "Kwa msaada", 3: "Chini ya usimamizi", 4: "Peke yake", 5: "Anafundisha"}
    ax = only_axes(
        drawn(skill_comparison_chart(SkillComparison(ROWS), ChartLocale(rating_words=words)))
    )
    assert ticks(ax.get_xticklabels())[0] == "Bado"


def test_a_long_framework_makes_a_taller_figure_not_thinner_bars() -> None:
    rows = tuple(SkillRow(f"Skill {i}", "Technical", 1, 2) for i in range(16))
    fig = drawn(skill_comparison_chart(SkillComparison(rows)))
    assert fig.get_figheight() > 6
    assert len(ticks(only_axes(fig).get_yticklabels())) == 16


def test_skill_history_mentor_and_self_in_words() -> None:
    history = SkillHistory(
        "Welding (MIG)",
        (
            RatingPoint(date(2026, 1, 10), 1, MENTOR),
            RatingPoint(date(2026, 1, 12), 2, SELF),
            RatingPoint(date(2026, 3, 1), 3, MENTOR),
        ),
    )
    fig = drawn(skill_history_chart(history))
    ax = only_axes(fig)
    assert fig.get_suptitle() == "Welding (MIG): ratings over time"
    mentor, self_ = by_gid(ax, "rater:mentor"), by_gid(ax, "rater:self")
    assert xy(mentor) == [(date(2026, 1, 10), 1.0), (date(2026, 3, 1), 3.0)]
    assert xy(self_) == [(date(2026, 1, 12), 2.0)]
    assert mentor.get_drawstyle() == "steps-post"  # a rating holds until the next one
    assert mentor.get_marker() != self_.get_marker()
    assert mentor.get_linestyle() != self_.get_linestyle()
    assert ticks(ax.get_yticklabels()) == WORDS
    assert legend(ax) == ["Mentor's rating", "Mentee's own rating"]
    assert ax.get_xlabel() == "Date rated"


def test_history_says_when_one_rater_never_rated() -> None:
    history = SkillHistory("Teamwork", (RatingPoint(date(2026, 1, 10), 2, MENTOR),))
    ax = only_axes(drawn(skill_history_chart(history)))
    assert legend(ax) == ["Mentor's rating", "No self ratings yet"]


@pytest.mark.parametrize(
    ("fig_factory", "message"),
    [
        (
            lambda: skill_comparison_chart(SkillComparison(())),
            "No skill ratings yet — rate the mentee's skills to see their progress here.",
        ),
        (
            lambda: skill_history_chart(SkillHistory("Teamwork", ())),
            "This skill has not been rated yet — rate it in a session to see it here.",
        ),
    ],
)
def test_empty_states(fig_factory: object, message: str) -> None:
    fig = drawn(fig_factory())  # type: ignore[operator]
    assert fig.axes == [] and empty_message(fig) == message


def test_tables_use_words() -> None:
    table = skill_comparison_table(SkillComparison(ROWS))
    assert table.rows[0] == (
        "Safe use of tools and equipment",
        "Technical",
        "Not yet",
        "Independent",
        "Mentor",
    )
    history = SkillHistory("Teamwork", (RatingPoint(date(2026, 1, 10), 5, SELF),))
    assert skill_history_table(history).rows == (("10 Jan 2026", "Can teach others", "Mentee"),)
