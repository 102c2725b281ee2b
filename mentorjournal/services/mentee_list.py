"""The mentee list's reading: one line per mentee with its counts and tags (`MenteeSummary`).

Apart from the rest of the mentee use cases (services/mentees.py) so that the first window,
which shows this list, loads none of their modules and builds no table class: it reads the
mentees, attendance, action items and mentee tags through light table clauses (issue 7,
cold start). `MenteeService.list_summaries` answers the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa

from ..models.base import enum_type
from ..models.enums import MenteeStatus
from ..store.journal import Journal
from . import tags as tagging
from .filters import MenteeFilter, fold, mentee_keys

__all__ = ["MenteeListService", "MenteeSummary"]

# The columns the list reads, as light table clauses: the first window then builds no table
# class (the mentee, session and action item models cost ~30 ms of CPU to build; issue 7).
# The models define the tables; tests/services/test_light_tables.py checks these against them.
MENTEE = sa.table(
    "mentee",
    sa.column("id", sa.Integer),
    sa.column("public_id", sa.String),
    sa.column("full_name", sa.String),
    sa.column("preferred_name", sa.String),
    sa.column("programme", sa.String),
    sa.column("cohort", sa.String),
    sa.column("status", enum_type(MenteeStatus)),
)
ATTENDEE = sa.table(
    "session_attendee",
    sa.column("mentee_id", sa.Integer),
    sa.column("session_started_at", sa.DateTime),
)
ACTION_ITEM = sa.table(
    "action_item",
    sa.column("mentee_id", sa.Integer),
    sa.column("done_date", sa.Date),
    sa.column("due_date", sa.Date),
)


@dataclass(frozen=True, slots=True)
class MenteeSummary:
    """One line of the mentee list: who, and how things stand."""

    id: int
    public_id: str
    full_name: str
    preferred_name: str
    programme: str
    cohort: str
    status: MenteeStatus
    last_session_at: datetime | None
    sessions: int
    open_actions: int
    overdue_actions: int = 0  # open action items whose due date has passed
    tags: tuple[str, ...] = ()

    def matches(self, text: str) -> bool:
        """Whether the live filter `text` finds this mentee (case and accents ignored)."""
        words = fold(text).split()
        haystack = mentee_keys(self).text
        return all(word in haystack for word in words)


class MenteeListService:
    """Reads the mentee list of one journal (one read transaction per call)."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal

    def summaries(
        self,
        status: MenteeStatus | None = None,
        *,
        filter: MenteeFilter | None = None,
        today: date | None = None,
    ) -> list[MenteeSummary]:
        """Every mentee (or those with `status`, or those `filter` accepts) with last session,
        counts and tags, by name. Only light columns are read: never notes or contacts."""
        today = today or date.today()
        # Correlated subqueries on purpose: each is one search of a covering index that
        # starts with mentee_id (ix_session_attendee_mentee_started,
        # ix_action_item_mentee_done_due; max() is a single seek). Grouped aggregates
        # LEFT JOINed once were measured slower on the large benchmark journal (issue 7):
        # 94 M instructions against 41 M, as they read every row and build automatic indexes.
        m, attendee, action = MENTEE, ATTENDEE, ACTION_ITEM
        last_session = (
            sa.select(sa.func.max(attendee.c.session_started_at))
            .where(attendee.c.mentee_id == m.c.id)
            .scalar_subquery()
        )
        sessions = (
            sa.select(sa.func.count())
            .select_from(attendee)
            .where(attendee.c.mentee_id == m.c.id)
            .scalar_subquery()
        )
        open_actions = (
            sa.select(sa.func.count())
            .select_from(action)
            .where(action.c.mentee_id == m.c.id, action.c.done_date.is_(None))
            .scalar_subquery()
        )
        overdue_actions = (
            sa.select(sa.func.count())
            .select_from(action)
            .where(
                action.c.mentee_id == m.c.id,
                action.c.done_date.is_(None),
                action.c.due_date < today,
            )
            .scalar_subquery()
        )
        query = sa.select(
            m.c.id,
            m.c.public_id,
            m.c.full_name,
            m.c.preferred_name,
            m.c.programme,
            m.c.cohort,
            m.c.status,
            last_session,
            sessions,
            open_actions,
            overdue_actions,
        )
        if status is not None:
            query = query.where(m.c.status == status)
        with self._journal.reading() as s:
            rows = s.connection().execute(query).all()
            tag_names = tagging.all_tags_of_kind(s, "mentee")
        # The query has exactly the columns before `tags`.
        summaries = [MenteeSummary(*row, tags=tuple(tag_names.get(row[0], ()))) for row in rows]
        if filter is not None:
            accepts = filter.compile()
            summaries = [x for x in summaries if accepts(x, mentee_keys(x))]
        summaries.sort(key=lambda x: fold(x.full_name))
        return summaries
