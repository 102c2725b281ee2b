"""ProgressService: chart data built from a journal made through the services, known dates."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta

import pytest
import sqlalchemy as sa

from mentorjournal.charts.data import MENTOR, SELF, ConfidencePoint, RatingPoint
from mentorjournal.models import (
    Attendance,
    CheckInInput,
    GoalInput,
    GoalStatus,
    MenteeInput,
    Rater,
    RatingInput,
    SessionInput,
    SkillGroup,
)
from mentorjournal.services import Services
from mentorjournal.store import NotFound

TODAY = date(2026, 11, 23)


def _session(services: Services, mentee: int, day: date, confidence: int | None = None) -> None:
    services.sessions.create(
        SessionInput(
            started_at=datetime.combine(day, datetime.min.time()).replace(hour=15),
            attendees=[Attendance(mentee_id=mentee, confidence=confidence)],
        )
    )


def _goal(services: Services, mentee: int, title: str, **kw: object) -> int:
    return services.goals.create(GoalInput(mentee_id=mentee, title=title, **kw)).id or 0  # type: ignore[arg-type]


def _check_in(services: Services, goal: int, day: date, **kw: float) -> None:
    services.goals.add_check_in(CheckInInput(goal_id=goal, checked_on=day, **kw))


def _rate(
    services: Services, mentee: int, skill: int, day: date, rating: int, rater: Rater
) -> None:
    services.skills.rate(
        RatingInput(mentee_id=mentee, skill_id=skill, rated_on=day, rating=rating, rater=rater)
    )


def test_sessions_confidence_and_cadence(services: Services) -> None:
    m = services.mentees.create(MenteeInput(full_name="Hana", cadence_days=7)).id or 0
    other = services.mentees.create(MenteeInput(full_name="Other")).id or 0
    _session(services, m, date(2026, 10, 5), confidence=2)
    _session(services, m, date(2026, 10, 12))  # not asked
    _session(services, m, date(2026, 11, 2), confidence=4)
    _session(services, m, date(2026, 12, 1), confidence=5)  # planned: not contact yet
    _session(services, other, date(2026, 10, 6), confidence=1)

    dates = services.progress.session_dates(m, today=TODAY)
    assert dates.days == (date(2026, 10, 5), date(2026, 10, 12), date(2026, 11, 2))
    assert dates.cadence_days == 7 and dates.today == TODAY
    assert services.progress.confidence(m, today=TODAY) == [
        ConfidencePoint(date(2026, 10, 5), 2),
        ConfidencePoint(date(2026, 11, 2), 4),
    ]
    # Without a cadence of its own, the journal's default applies.
    assert services.progress.session_dates(other, today=TODAY).cadence_days == 14
    with pytest.raises(NotFound):
        services.progress.session_dates(999, today=TODAY)


def test_goal_series_with_percent_and_measured_values(services: Services) -> None:
    m = services.mentees.create(MenteeInput(full_name="Hana")).id or 0
    joints = _goal(
        services, m, "Weld 20 joints", target_value=20, unit="joints", target_date=date(2027, 1, 1)
    )
    _check_in(services, joints, date(2026, 10, 1), value=5)
    _check_in(services, joints, date(2026, 9, 1), percent=10)  # entered late, dated earlier
    _check_in(services, joints, date(2026, 11, 1), value=30)  # over target: capped at 100
    done = _goal(services, m, "Arrive on time", status=GoalStatus.ACHIEVED)
    _check_in(services, done, date(2026, 9, 15), percent=100)
    dropped = _goal(services, m, "Old plan", status=GoalStatus.DROPPED)
    _check_in(services, dropped, date(2026, 9, 15), percent=20)
    _goal(services, m, "Not started yet")

    series = services.progress.goal_series(m)
    assert [g.title for g in series] == ["Weld 20 joints", "Not started yet", "Arrive on time"]
    weld = series[0]
    assert weld.points == (
        (date(2026, 9, 1), 10.0),
        (date(2026, 10, 1), 25.0),
        (date(2026, 11, 1), 100.0),
    )
    assert weld.target_date == date(2027, 1, 1) and not weld.achieved
    assert series[1].points == ()
    assert series[2].achieved and series[2].points == ((date(2026, 9, 15), 100.0),)
    with_dropped = services.progress.goal_series(m, include_dropped=True)
    assert [g.title for g in with_dropped][-1] == "Old plan"


def test_skill_comparison_and_history(services: Services) -> None:
    m = services.mentees.create(MenteeInput(full_name="Hana")).id or 0
    framework = services.skills.framework()
    tools, drawings = [k for k in framework if k.group == SkillGroup.TECHNICAL][:2]
    soft = next(k for k in framework if k.group == SkillGroup.SOFT)
    _rate(services, m, tools.id or 0, date(2026, 9, 1), 1, Rater.MENTOR)
    _rate(services, m, tools.id or 0, date(2026, 9, 3), 3, Rater.SELF)
    _rate(services, m, tools.id or 0, date(2026, 11, 1), 4, Rater.MENTOR)
    _rate(services, m, soft.id or 0, date(2026, 10, 1), 2, Rater.MENTOR)
    _rate(services, m, drawings.id or 0, date(2026, 11, 10), 2, Rater.SELF)  # self only

    comparison = services.progress.skill_comparison(m)
    # In the framework's order (its groups, then positions), as the rating table lists them.
    assert [(r.skill, r.group, r.first, r.latest) for r in comparison.rows] == [
        (soft.name, "Soft", 2, 2),
        (tools.name, "Technical", 1, 4),
    ]
    assert comparison.rows[1].first_on == date(2026, 9, 1) and comparison.rater == MENTOR
    by_self = services.progress.skill_comparison(m, Rater.SELF)
    assert by_self.rater == SELF and [r.skill for r in by_self.rows] == [tools.name, drawings.name]

    history = services.progress.skill_history(m, tools.id or 0)
    assert history.skill == tools.name
    assert history.points == (
        RatingPoint(date(2026, 9, 1), 1, MENTOR),
        RatingPoint(date(2026, 9, 3), 3, SELF),
        RatingPoint(date(2026, 11, 1), 4, MENTOR),
    )

    overview = services.progress.overview(m, today=TODAY)
    # The history shown first is the skill rated most recently (here by the mentee only).
    assert overview.history_skill_id == drawings.id
    assert overview.history and overview.history.skill == drawings.name
    assert [name for _, name in overview.rated_skills] == [soft.name, tools.name, drawings.name]
    assert overview.skills == comparison


def test_overview_of_a_new_mentee_is_empty_not_broken(services: Services) -> None:
    m = services.mentees.create(MenteeInput(full_name="New")).id or 0
    overview = services.progress.overview(m, today=TODAY)
    assert overview.goals == () and overview.skills.rows == () and overview.history is None
    assert overview.confidence == () and overview.sessions.days == ()
    assert overview.sessions.cadence_days == 14


@contextmanager
def _counting(services: Services) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(conn: object, cursor: object, statement: str, *args: object) -> None:
        statements.append(statement)

    engine = services.journal.engine
    sa.event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        sa.event.remove(engine, "before_cursor_execute", count)


def test_overview_query_count_does_not_grow_with_the_data(services: Services) -> None:
    """No query per session, goal or check-in: a mentee of years loads in a few queries."""

    def fill(mentee: int, weeks: int, goals: int) -> None:
        start = TODAY - timedelta(weeks=weeks)
        for w in range(weeks):
            _session(services, mentee, start + timedelta(weeks=w), confidence=1 + w % 5)
        for g in range(goals):
            goal = _goal(services, mentee, f"Goal {g}", target_value=10)
            for c in range(3):
                _check_in(services, goal, start + timedelta(days=30 * c + g), value=c * 3)
        skill = services.skills.framework()[0].id or 0
        for w in range(0, weeks, 4):
            _rate(services, mentee, skill, start + timedelta(weeks=w), 1 + w % 5, Rater.MENTOR)

    small = services.mentees.create(MenteeInput(full_name="Small")).id or 0
    big = services.mentees.create(MenteeInput(full_name="Big")).id or 0
    fill(small, weeks=2, goals=1)
    fill(big, weeks=40, goals=8)
    with _counting(services) as few:
        services.progress.overview(small, today=TODAY)
    with _counting(services) as many:
        data = services.progress.overview(big, today=TODAY)
    assert len(data.sessions.days) == 40 and len(data.goals) == 8
    assert len(many) == len(few) <= 12
