"""The pre-meeting brief: what a mentor needs to remember before meeting a mentee.

Built for a given `today` from the other services' data; one call, a handful of queries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..models import (
    ActionItem,
    ActionOwner,
    GoalStatus,
    Mentee,
    Rater,
    Reflection,
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
        self._mentees = MenteeService(journal)
        self._sessions = SessionService(journal)
        self._actions = ActionService(journal)
        self._goals = GoalService(journal)
        self._reflections = ReflectionService(journal)
        self._skills = SkillService(journal)
        self._owner = OwnerService(journal)

    def build(self, mentee_id: int, today: date) -> Brief:
        mentee = self._mentees.get(mentee_id)
        rows = [
            r for r in self._sessions.list_for_mentee(mentee_id) if r.started_at.date() <= today
        ]
        last = self._sessions.get(rows[0].id) if rows else None
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
        shared = [r for r in self._reflections.list_for_mentee(mentee_id) if not r.is_private]
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
            reflections=shared[:LATEST_REFLECTIONS],
            cadence_days=cadence,
            contact=contact_status(days_since, cadence),
        )

    def _skill_changes(self, mentee_id: int, since: date | None) -> list[SkillChange]:
        """Ratings given at or since the last session, each beside the one before it."""
        if since is None:
            return []
        names = {k.id: k.name for k in self._skills.framework(include_retired=True)}
        previous: dict[tuple[int, str], SkillRating] = {}
        changes: list[SkillChange] = []
        for r in self._skills.ratings_for_mentee(mentee_id):
            key = (r.skill_id, r.rater)
            if r.rated_on >= since:
                before = previous.get(key)
                changes.append(
                    SkillChange(
                        skill_name=names[r.skill_id],
                        before=before.rating if before else None,
                        after=r.rating,
                        rated_on=r.rated_on,
                        rater=r.rater,
                    )
                )
            previous[key] = r
        return changes
