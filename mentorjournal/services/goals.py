"""Use cases on SMART goals and their progress check-ins."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlmodel import col, select

from ..models import (
    CheckInFields,
    CheckInInput,
    Goal,
    GoalCheckIn,
    GoalFields,
    GoalInput,
    GoalStatus,
    Mentee,
    MentoringSession,
)
from ..store.journal import Journal
from . import tags as tagging
from ._common import copy_fields, get_or_fail, touch
from .validation import Problems, text_fields

FieldsT = TypeVar("FieldsT", bound=GoalFields)

# Open goals first, in the order a trainer works on them.
_STATUS_ORDER = {
    GoalStatus.IN_PROGRESS: 0,
    GoalStatus.NOT_STARTED: 1,
    GoalStatus.ACHIEVED: 2,
    GoalStatus.DROPPED: 3,
}


@dataclass(frozen=True, slots=True)
class GoalRow:
    """A goal with where it stands: its latest progress and number of check-ins."""

    goal: Goal
    progress_percent: float | None
    last_check_in: date | None
    check_ins: int
    tags: tuple[str, ...] = ()


def progress_percent(goal: Goal, check_in: GoalCheckIn) -> float | None:
    """Progress of one check-in in percent: given directly, or measured value over target."""
    if check_in.percent is not None:
        return check_in.percent
    if check_in.value is not None and goal.target_value:
        return max(0.0, min(100.0, 100.0 * check_in.value / goal.target_value))
    return None


class GoalService:
    """Goals and check-ins of one journal. Every method is one transaction."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal

    def get(self, goal_id: int) -> Goal:
        with self._journal.reading() as s:
            return get_or_fail(s, Goal, goal_id, "goal")

    def list_for_mentee(self, mentee_id: int) -> list[GoalRow]:
        with self._journal.reading() as s:
            goals = list(s.exec(select(Goal).where(Goal.mentee_id == mentee_id)).all())
            ids = [g.id for g in goals]
            check_ins = s.exec(
                select(GoalCheckIn)
                .where(col(GoalCheckIn.goal_id).in_(ids))
                .order_by(col(GoalCheckIn.checked_on), col(GoalCheckIn.id))
            ).all()
            tags = tagging.tags_of_many(s, "goal", [g.id for g in goals if g.id is not None])
        by_goal: dict[int, list[GoalCheckIn]] = {}
        for c in check_ins:
            by_goal.setdefault(c.goal_id, []).append(c)
        rows = []
        for g in goals:
            mine = by_goal.get(g.id or 0, [])
            last = mine[-1] if mine else None
            rows.append(
                GoalRow(
                    goal=g,
                    progress_percent=progress_percent(g, last) if last else None,
                    last_check_in=last.checked_on if last else None,
                    check_ins=len(mine),
                    tags=tuple(tags.get(g.id or 0, ())),
                )
            )
        rows.sort(
            key=lambda r: (
                _STATUS_ORDER[r.goal.status],
                r.goal.target_date or date.max,
                r.goal.title.casefold(),
            )
        )
        return rows

    def tags(self, goal_id: int) -> list[str]:
        with self._journal.reading() as s:
            return tagging.tags_of(s, "goal", goal_id)

    def create(self, data: GoalInput, *, tags: Sequence[str] = ()) -> Goal:
        clean_tags = _validate_goal(data, tags)
        data = _with_achieved_on(data, previous=None)
        with self._journal.transaction() as s:
            get_or_fail(s, Mentee, data.mentee_id, "mentee")
            if data.session_id is not None:
                get_or_fail(s, MentoringSession, data.session_id, "session")
            goal = Goal.model_validate(data.model_dump())
            s.add(goal)
            if clean_tags:
                s.flush()
                assert goal.id is not None
                tagging.set_tags(s, "goal", goal.id, clean_tags)
        return goal

    def update(self, goal_id: int, data: GoalFields, *, tags: Sequence[str] | None = None) -> Goal:
        """Change a goal; its tags become `tags` (None keeps them as they are)."""
        clean_tags = _validate_goal(data, tags or ())
        with self._journal.transaction() as s:
            goal = get_or_fail(s, Goal, goal_id, "goal")
            copy_fields(goal, _with_achieved_on(data, previous=goal), GoalFields)
            touch(goal)
            s.add(goal)
            if tags is not None:
                tagging.set_tags(s, "goal", goal_id, clean_tags)
        return goal

    def set_status(
        self, goal_id: int, status: GoalStatus, *, achieved_on: date | None = None
    ) -> Goal:
        """Move a goal to `status`; achieving it records when (today unless `achieved_on`)."""
        p = Problems()
        p.sensible_date("achieved_on", achieved_on, "Achieved on")
        p.raise_if_any()
        with self._journal.transaction() as s:
            goal = get_or_fail(s, Goal, goal_id, "goal")
            goal.status = status
            goal.achieved_on = (
                (achieved_on or goal.achieved_on or date.today())
                if status == GoalStatus.ACHIEVED
                else None
            )
            touch(goal)
            s.add(goal)
        return goal

    def delete(self, goal_id: int) -> None:
        """Delete a goal and its check-ins."""
        with self._journal.transaction() as s:
            s.delete(get_or_fail(s, Goal, goal_id, "goal"))
            s.flush()
            tagging.prune_unused(s)

    # --- check-ins -----------------------------------------------------------------------
    def check_ins(self, goal_id: int) -> list[GoalCheckIn]:
        """A goal's check-ins, oldest first."""
        with self._journal.reading() as s:
            return list(
                s.exec(
                    select(GoalCheckIn)
                    .where(GoalCheckIn.goal_id == goal_id)
                    .order_by(col(GoalCheckIn.checked_on), col(GoalCheckIn.id))
                ).all()
            )

    def add_check_in(self, data: CheckInInput) -> GoalCheckIn:
        """Record progress; a goal not started moves to in progress with its first check-in."""
        _validate_check_in(data)
        with self._journal.transaction() as s:
            goal = get_or_fail(s, Goal, data.goal_id, "goal")
            if data.session_id is not None:
                get_or_fail(s, MentoringSession, data.session_id, "session")
            check_in = GoalCheckIn.model_validate(data.model_dump())
            s.add(check_in)
            if goal.status == GoalStatus.NOT_STARTED:
                goal.status = GoalStatus.IN_PROGRESS
                touch(goal)
                s.add(goal)
        return check_in

    def update_check_in(self, check_in_id: int, data: CheckInFields) -> GoalCheckIn:
        _validate_check_in(data)
        with self._journal.transaction() as s:
            check_in = get_or_fail(s, GoalCheckIn, check_in_id, "check-in")
            copy_fields(check_in, data, CheckInFields)
            touch(check_in)
            s.add(check_in)
        return check_in

    def delete_check_in(self, check_in_id: int) -> None:
        with self._journal.transaction() as s:
            s.delete(get_or_fail(s, GoalCheckIn, check_in_id, "check-in"))


def _with_achieved_on(data: FieldsT, previous: Goal | None) -> FieldsT:
    """An achieved goal always has its date: the one given, the one it had, or today.
    Any other status has none (an editor that does not show the date keeps it)."""
    if data.status != GoalStatus.ACHIEVED:
        return data.model_copy(update={"achieved_on": None})
    if data.achieved_on is not None:
        return data
    kept = previous.achieved_on if previous and previous.status == GoalStatus.ACHIEVED else None
    return data.model_copy(update={"achieved_on": kept or date.today()})


def _validate_goal(data: GoalFields, tags: Sequence[str] = ()) -> list[str]:
    p = Problems()
    clean_tags = tagging.check_tags(p, tags)
    p.required_text("title", data.title, "The goal's title")
    if len(data.title) > 300:
        p.add("title", "The title is too long: at most 300 characters.")
    p.no_nul(text_fields(data, ("title", "specific", "measure", "unit", "achievable", "relevant")))
    p.finite("target_value", data.target_value, "Target")
    p.sensible_date("target_date", data.target_date, "Target date")
    p.sensible_date("achieved_on", data.achieved_on, "Achieved on")
    p.raise_if_any()
    return clean_tags


def _validate_check_in(data: CheckInFields) -> None:
    p = Problems()
    p.sensible_date("checked_on", data.checked_on, "Check-in date")
    p.in_range("percent", data.percent, 0, 100, "Progress")
    p.finite("value", data.value, "Measured value")
    if data.percent is None and data.value is None:
        p.add("percent", "Give the progress in percent or a measured value.")
    p.no_nul(text_fields(data, ("note",)))
    p.raise_if_any()
