"""The pre-meeting brief: what a mentor needs to remember before meeting a mentee.

Built for a given `today` from the other services' data; one call, a handful of queries.
Opening a mentee shows the brief, so it reads only what it shows: the last session by the
attendees' index, the latest shared reflections with a LIMIT, ratings as plain columns (about
half the time of reading every session, reflection and rating as objects).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import sqlalchemy as sa
from sqlmodel import col, select

from ..models import (
    ActionItem,
    ActionOwner,
    GoalStatus,
    Mentee,
    Rater,
    Reflection,
    SessionAttendee,
    Skill,
    SkillRating,
)
from ..store.journal import Journal
from .actions import ActionService
from .dashboard import Contact, contact_status
from .goals import GoalRow, GoalService
from .mentees import MenteeService
from .owner import OwnerService
from .reflections import ReflectionService
from .sessions import SessionDetail, SessionService
from .skills import SkillService

LATEST_REFLECTIONS = 2


@dataclass(frozen=True, slots=True)
class ActionLine:
    item: ActionItem
    overdue: bool


@dataclass(frozen=True, slots=True)
class GoalLine:
    row: GoalRow
    days_left: int | None  # negative when the target date has passed


@dataclass(frozen=True, slots=True)
class SkillChange:
    skill_name: str
    before: int | None  # None: first rating of this skill
    after: int
    rated_on: date
    rater: Rater = Rater.MENTOR


@dataclass(frozen=True, slots=True)
class Brief:
    today: date
    mentee: Mentee
    tags: list[str]
    last_session: SessionDetail | None
    days_since_contact: int | None
    next_meeting: date | None
    open_actions: list[ActionLine]  # every open item, mentee's and mentor's, overdue first
    mentee_commitments: list[ActionLine]  # the open items the mentee owns
    active_goals: list[GoalLine]
    skill_changes: list[SkillChange]
    reflections: list[Reflection]  # the latest ones that are not private
    cadence_days: int = 14  # the mentee's, or the journal's default
    contact: Contact = Contact.RED  # days since contact against the cadence, as on the dashboard


class BriefService:
    def __init__(self, journal: Journal) -> None:
        self._journal = journal
        self._mentees = MenteeService(journal)
        self._sessions = SessionService(journal)
        self._actions = ActionService(journal)
        self._goals = GoalService(journal)
        self._reflections = ReflectionService(journal)
        self._skills = SkillService(journal)
        self._owner = OwnerService(journal)

    def build(self, mentee_id: int, today: date) -> Brief:
        mentee = self._mentees.get(mentee_id)
        last_id = self._last_session_id(mentee_id, today)
        last = self._sessions.get(last_id) if last_id is not None else None
        last_day = last.session.started_at.date() if last else None

        actions = [
            ActionLine(item=a, overdue=a.due_date is not None and a.due_date < today)
            for a in self._actions.list_for_mentee(mentee_id, open_only=True)
        ]
        actions.sort(key=lambda line: not line.overdue)
        goals = [
            GoalLine(
                row=g,
                days_left=(g.goal.target_date - today).days if g.goal.target_date else None,
            )
            for g in self._goals.list_for_mentee(mentee_id)
            if g.goal.status in (GoalStatus.NOT_STARTED, GoalStatus.IN_PROGRESS)
        ]
        cadence = mentee.cadence_days or self._owner.get().default_cadence_days
        days_since = (today - last_day).days if last_day else None
        # The brief may be printed or shown to the mentee: private reflections stay out.
        shared = self._latest_shared_reflections(mentee_id)
        return Brief(
            today=today,
            mentee=mentee,
            tags=self._mentees.tags(mentee_id),
            last_session=last,
            days_since_contact=days_since,
            next_meeting=last.session.next_meeting_date if last else None,
            open_actions=actions,
            mentee_commitments=[a for a in actions if a.item.owner == ActionOwner.MENTEE],
            active_goals=goals,
            skill_changes=self._skill_changes(mentee_id, since=last_day),
            reflections=shared,
            cadence_days=cadence,
            contact=contact_status(days_since, cadence),
        )

    def _last_session_id(self, mentee_id: int, today: date) -> int | None:
        """The mentee's latest session that started on or before `today`."""
        until = datetime.combine(today + timedelta(days=1), time())
        query = (
            select(SessionAttendee.session_id)
            .where(
                SessionAttendee.mentee_id == mentee_id,
                col(SessionAttendee.session_started_at) < until,
            )
            .order_by(
                col(SessionAttendee.session_started_at).desc(),
                col(SessionAttendee.session_id).desc(),
            )
            .limit(1)
        )
        with self._journal.reading() as s:
            return s.exec(query).first()

    def _latest_shared_reflections(self, mentee_id: int) -> list[Reflection]:
        # The brief may be printed or shown to the mentee: private reflections stay out.
        query = (
            select(Reflection)
            .where(Reflection.mentee_id == mentee_id, col(Reflection.is_private).is_(False))
            .order_by(col(Reflection.written_on).desc(), col(Reflection.id).desc())
            .limit(LATEST_REFLECTIONS)
        )
        with self._journal.reading() as s:
            return list(s.exec(query).all())

    def _skill_changes(self, mentee_id: int, since: date | None) -> list[SkillChange]:
        """Ratings given at or since the last session, each beside the one before it."""
        if since is None:
            return []
        ratings = (
            sa.select(
                col(SkillRating.skill_id),
                col(SkillRating.rater),
                col(SkillRating.rating),
                col(SkillRating.rated_on),
                col(Skill.name),
            )
            .join(Skill, col(Skill.id) == col(SkillRating.skill_id))
            .where(col(SkillRating.mentee_id) == mentee_id)
            .order_by(col(SkillRating.rated_on), col(SkillRating.id))
        )
        with self._journal.reading() as s:
            rows = s.connection().execute(ratings).all()
        previous: dict[tuple[int, str], int] = {}
        changes: list[SkillChange] = []
        for skill_id, rater, rating, rated_on, name in rows:
            key = (skill_id, rater)
            if rated_on >= since:
                changes.append(
                    SkillChange(
                        skill_name=name,
                        before=previous.get(key),
                        after=rating,
                        rated_on=rated_on,
                        rater=Rater(rater),
                    )
                )
            previous[key] = rating
        return changes
