"""The data behind a mentee's progress charts, read from the journal in a few queries.

Builds the small dataclasses of `charts.data` (Qt-free, matplotlib-free) so the GUI can hand
them to the chart functions and to the text tables. Like the dashboard, everything that depends
on "now" takes `today`, so tests and printed reports can fix it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import sqlalchemy as sa
from sqlmodel import Session, col, select

from ..charts.data import (
    ConfidencePoint,
    GoalSeries,
    RatingPoint,
    SessionDates,
    SkillComparison,
    SkillHistory,
    SkillRow,
)
from ..models import (
    Goal,
    GoalCheckIn,
    GoalStatus,
    JournalInfo,
    Mentee,
    Rater,
    SessionAttendee,
    Skill,
    SkillRating,
)
from ..models.enums import label
from ..store.journal import Journal
from ._common import get_or_fail
from .goals import progress_percent
from .skills import SkillProgress, SkillService

# Open goals first (the legend lists them first when there are many), then achieved, then
# dropped (only when asked for).
_GOAL_ORDER = {
    GoalStatus.IN_PROGRESS: 0,
    GoalStatus.NOT_STARTED: 1,
    GoalStatus.ACHIEVED: 2,
    GoalStatus.DROPPED: 3,
}


@dataclass(frozen=True, slots=True)
class MenteeProgress:
    """Everything the progress tab draws for one mentee."""

    goals: tuple[GoalSeries, ...]
    skills: SkillComparison
    # Skills the mentee was rated on by anyone, (id, name) in framework order: the history
    # chart's picker.
    rated_skills: tuple[tuple[int, str], ...]
    history: SkillHistory | None  # of the most recently rated skill; None: never rated
    history_skill_id: int | None
    confidence: tuple[ConfidencePoint, ...]
    sessions: SessionDates


class ProgressService:
    """Chart data for one mentee. Each method is one read; none issues a query per row."""

    def __init__(self, journal: Journal, skills: SkillService | None = None) -> None:
        self._journal = journal
        self._skills = skills or SkillService(journal)

    # --- one chart at a time --------------------------------------------------------------
    def goal_series(self, mentee_id: int, *, include_dropped: bool = False) -> list[GoalSeries]:
        """One series per goal: the percent of each check-in (given, or value over target)."""
        with self._journal.reading() as s:
            return _goal_series(s, mentee_id, include_dropped)

    def skill_comparison(
        self, mentee_id: int, rater: Rater | None = Rater.MENTOR
    ) -> SkillComparison:
        """First vs latest rating per skill (by the mentor unless told otherwise)."""
        return _comparison(self._skills.progress(mentee_id, rater), rater or Rater.MENTOR)

    def skill_history(self, mentee_id: int, skill_id: int) -> SkillHistory:
        """Every rating of one skill, by mentor and mentee, oldest first."""
        with self._journal.reading() as s:
            return _skill_history(s, mentee_id, skill_id)

    def skill_choices(self, mentee_id: int) -> tuple[tuple[tuple[int, str], ...], int | None]:
        """The history chart's picker: skills rated by anyone, (id, name) in framework order
        (a skill only self-rated has a history too), and the skill rated last (the one under
        discussion lately; ties go to framework order), None when nothing was rated."""
        anyone = self._skills.progress(mentee_id, None)
        rated = tuple((p.skill.id or 0, p.skill.name) for p in anyone)
        if not any(p.latest for p in anyone):
            return rated, None
        newest = max(p.latest.rated_on for p in anyone if p.latest)
        latest = next(p.skill.id for p in anyone if p.latest and p.latest.rated_on == newest)
        return rated, latest

    def confidence(self, mentee_id: int, *, today: date) -> list[ConfidencePoint]:
        """The mentee's self-rated confidence at each session up to `today`."""
        with self._journal.reading() as s:
            rows = _sessions(s, mentee_id, today)
        return [ConfidencePoint(day, c) for day, c in rows if c is not None]

    def session_dates(self, mentee_id: int, *, today: date) -> SessionDates:
        """Days of the sessions the mentee attended up to `today`, and the expected cadence."""
        with self._journal.reading() as s:
            cadence = _cadence(s, mentee_id)
            rows = _sessions(s, mentee_id, today)
        return SessionDates(days=tuple(d for d, _ in rows), cadence_days=cadence, today=today)

    # --- the whole progress tab -----------------------------------------------------------
    def overview(
        self, mentee_id: int, *, today: date, skill_id: int | None = None
    ) -> MenteeProgress:
        """All chart data at once; the history is of `skill_id`, or else the skill rated last."""
        comparison = _comparison(self._skills.progress(mentee_id, Rater.MENTOR), Rater.MENTOR)
        rated, latest = self.skill_choices(mentee_id)
        if skill_id is None:
            skill_id = latest
        with self._journal.reading() as s:
            cadence = _cadence(s, mentee_id)
            sessions = _sessions(s, mentee_id, today)
            goals = _goal_series(s, mentee_id, include_dropped=False)
            history = _skill_history(s, mentee_id, skill_id) if skill_id is not None else None
        return MenteeProgress(
            goals=tuple(goals),
            skills=comparison,
            rated_skills=rated,
            history=history,
            history_skill_id=skill_id,
            confidence=tuple(ConfidencePoint(d, c) for d, c in sessions if c is not None),
            sessions=SessionDates(
                days=tuple(d for d, _ in sessions), cadence_days=cadence, today=today
            ),
        )


def _comparison(progress: list[SkillProgress], rater: Rater) -> SkillComparison:
    return SkillComparison(
        rows=tuple(
            SkillRow(
                skill=p.skill.name,
                group=label(p.skill.group),
                first=p.first.rating,
                latest=p.latest.rating,
                first_on=p.first.rated_on,
                latest_on=p.latest.rated_on,
            )
            for p in progress
            if p.first is not None and p.latest is not None
        ),
        rater=rater.value,
    )


def _cadence(s: Session, mentee_id: int) -> int:
    mentee = get_or_fail(s, Mentee, mentee_id, "mentee")
    if mentee.cadence_days:
        return mentee.cadence_days
    return s.exec(select(JournalInfo.default_cadence_days)).one()


def _sessions(s: Session, mentee_id: int, today: date) -> list[tuple[date, int | None]]:
    """(day, confidence) of every session the mentee attended up to the end of `today`.

    Planned sessions (later than today) are left out: they are not contact yet.
    """
    end = datetime.combine(today + timedelta(days=1), time.min)
    # The attendee row carries the session's start: one index range, no join.
    query = (
        sa.select(col(SessionAttendee.session_started_at), col(SessionAttendee.confidence))
        .where(
            col(SessionAttendee.mentee_id) == mentee_id,
            col(SessionAttendee.session_started_at) < end,
        )
        .order_by(col(SessionAttendee.session_started_at))
    )
    return [(started.date(), conf) for started, conf in s.connection().execute(query).all()]


def _goal_series(s: Session, mentee_id: int, include_dropped: bool) -> list[GoalSeries]:
    goals = list(s.exec(select(Goal).where(Goal.mentee_id == mentee_id)).all())
    if not include_dropped:
        goals = [g for g in goals if g.status != GoalStatus.DROPPED]
    # One query for every check-in of the mentee's goals, grouped in Python.
    check_ins = s.exec(
        select(GoalCheckIn)
        .join(Goal, col(Goal.id) == GoalCheckIn.goal_id)
        .where(Goal.mentee_id == mentee_id)
        .order_by(col(GoalCheckIn.checked_on), col(GoalCheckIn.id))
    ).all()
    by_goal: dict[int, list[tuple[date, float]]] = {}
    goal_by_id = {g.id: g for g in goals}
    for c in check_ins:
        goal = goal_by_id.get(c.goal_id)
        if goal is None:
            continue
        percent = progress_percent(goal, c)
        if percent is not None:
            by_goal.setdefault(c.goal_id, []).append((c.checked_on, percent))
    goals.sort(
        key=lambda g: (
            _GOAL_ORDER[g.status],
            g.target_date or date.max,
            g.title.casefold(),
        )
    )
    return [
        GoalSeries(
            title=g.title,
            points=tuple(by_goal.get(g.id or 0, ())),
            target_date=g.target_date,
            achieved=g.status == GoalStatus.ACHIEVED,
        )
        for g in goals
    ]


def _skill_history(s: Session, mentee_id: int, skill_id: int) -> SkillHistory:
    skill = get_or_fail(s, Skill, skill_id, "skill")
    query = (
        sa.select(col(SkillRating.rated_on), col(SkillRating.rating), col(SkillRating.rater))
        .where(col(SkillRating.mentee_id) == mentee_id, col(SkillRating.skill_id) == skill_id)
        .order_by(col(SkillRating.rated_on), col(SkillRating.id))
    )
    rows = s.connection().execute(query).all()
    return SkillHistory(
        skill=skill.name,
        points=tuple(RatingPoint(day, rating, Rater(rater).value) for day, rating, rater in rows),
    )
