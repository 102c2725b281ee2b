"""The programme dashboard: figures across all mentees and who the trainer is losing touch with.

Everything is computed for a given `today`, so the tests (and a report printed later) can fix it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import col, select

from ..models import (
    ActionItem,
    Goal,
    GoalStatus,
    JournalInfo,
    Mentee,
    MenteeStatus,
    MentoringSession,
    SessionAttendee,
)
from ..store.journal import Journal

# Past its cadence a mentee turns amber; past this multiple of it, red.
RED_AFTER = 1.5


class Contact(StrEnum):
    """How recent the last session is, against the mentee's expected cadence."""

    GREEN = "green"  # seen within the cadence
    AMBER = "amber"  # a meeting is overdue
    RED = "red"  # long overdue, or never met


@dataclass(frozen=True, slots=True)
class TouchRow:
    mentee_id: int
    full_name: str
    last_session: date | None
    days_since: int | None  # None: never met
    cadence_days: int
    contact: Contact


@dataclass(frozen=True, slots=True)
class Dashboard:
    today: date
    active_mentees: int
    sessions_this_month: int
    goals_achieved: int
    goals_achieved_this_month: int
    overdue_actions: int
    losing_touch: list[TouchRow]  # every active mentee, most urgent first


def contact_status(days_since: int | None, cadence_days: int) -> Contact:
    if days_since is None or days_since > cadence_days * RED_AFTER:
        return Contact.RED
    if days_since > cadence_days:
        return Contact.AMBER
    return Contact.GREEN


class DashboardService:
    def __init__(self, journal: Journal) -> None:
        self._journal = journal

    def build(self, today: date) -> Dashboard:
        month_start = datetime.combine(today.replace(day=1), time.min)
        next_month = (today.replace(day=28) + (date.resolution * 4)).replace(day=1)
        month_end = datetime.combine(next_month, time.min)
        with self._journal.reading() as s:
            default_cadence = s.exec(select(JournalInfo.default_cadence_days)).one()
            active = s.exec(
                select(Mentee.id, Mentee.full_name, Mentee.cadence_days).where(
                    Mentee.status == MenteeStatus.ACTIVE
                )
            ).all()
            last = dict(
                s.exec(
                    select(
                        SessionAttendee.mentee_id, sa.func.max(SessionAttendee.session_started_at)
                    )
                    .where(
                        col(SessionAttendee.session_started_at)
                        < datetime.combine(today + date.resolution, time.min)
                    )
                    .group_by(col(SessionAttendee.mentee_id))
                ).all()
            )
            sessions_this_month = s.exec(
                select(sa.func.count()).where(
                    col(MentoringSession.started_at) >= month_start,
                    col(MentoringSession.started_at) < month_end,
                )
            ).one()
            achieved = s.exec(
                select(col(Goal.achieved_on)).where(Goal.status == GoalStatus.ACHIEVED)
            ).all()
            overdue = s.exec(
                select(sa.func.count()).where(
                    col(ActionItem.done_date).is_(None), col(ActionItem.due_date) < today
                )
            ).one()
        rows = []
        for mentee_id, name, cadence in active:
            assert mentee_id is not None
            cadence_days = cadence or default_cadence
            last_at = last.get(mentee_id)
            days = (today - last_at.date()).days if last_at else None
            rows.append(
                TouchRow(
                    mentee_id=mentee_id,
                    full_name=name,
                    last_session=last_at.date() if last_at else None,
                    days_since=days,
                    cadence_days=cadence_days,
                    contact=contact_status(days, cadence_days),
                )
            )
        urgency = {Contact.RED: 0, Contact.AMBER: 1, Contact.GREEN: 2}
        rows.sort(
            key=lambda r: (
                urgency[r.contact],
                -(r.days_since if r.days_since is not None else 10**6) / r.cadence_days,
                r.full_name.casefold(),
            )
        )
        return Dashboard(
            today=today,
            active_mentees=len(active),
            sessions_this_month=int(sessions_this_month),
            goals_achieved=len(achieved),
            goals_achieved_this_month=sum(
                1 for day in achieved if day and (day.year, day.month) == (today.year, today.month)
            ),
            overdue_actions=int(overdue),
            losing_touch=rows,
        )
