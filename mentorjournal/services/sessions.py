"""Use cases on mentoring sessions and their attendees."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from ..models import (
    ActionItem,
    ActionItemFields,
    Attendance,
    Mentee,
    MentoringSession,
    SessionAttendee,
    SessionFields,
    SessionInput,
    SessionKind,
)
from ..store.journal import Journal
from . import tags as tagging
from ._common import copy_fields, get_or_fail, table_of, touch
from .actions import validate_action
from .filters import SessionFilter
from .session_list import SessionQuery
from .validation import Problems, text_fields

MAX_DURATION_MINUTES = 24 * 60


@dataclass(frozen=True, slots=True)
class SessionRow:
    """One line of a mentee's session list."""

    id: int
    started_at: datetime
    duration_minutes: int | None
    kind: SessionKind
    topics: str
    confidence: int | None  # this mentee's self rating at that session
    attendee_count: int
    action_count: int
    open_action_count: int
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SessionDetail:
    """A session with its attendees (by name), the action items agreed in it, and its tags."""

    session: MentoringSession
    attendees: list[Attendance]
    attendee_names: dict[int, str]
    actions: list[ActionItem]
    tags: list[str] = field(default_factory=list)


class SessionService:
    """Mentoring sessions of one journal. Every method is one transaction."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal

    def get(self, session_id: int) -> SessionDetail:
        with self._journal.reading() as s:
            session = get_or_fail(s, MentoringSession, session_id, "session")
            rows = s.exec(
                select(SessionAttendee, Mentee.full_name)
                .join(Mentee, col(Mentee.id) == SessionAttendee.mentee_id)
                .where(SessionAttendee.session_id == session_id)
                .order_by(Mentee.full_name)
            ).all()
            actions = s.exec(
                select(ActionItem)
                .where(ActionItem.session_id == session_id)
                .order_by(col(ActionItem.id))
            ).all()
            tags = tagging.tags_of(s, "session", session_id)
        return SessionDetail(
            session=session,
            attendees=[Attendance(mentee_id=a.mentee_id, confidence=a.confidence) for a, _ in rows],
            attendee_names={a.mentee_id: name for a, name in rows},
            actions=list(actions),
            tags=tags,
        )

    def tags(self, session_id: int) -> list[str]:
        with self._journal.reading() as s:
            return tagging.tags_of(s, "session", session_id)

    def tags_in_use(self) -> list[str]:
        """The tags some session has (what the Sessions view can filter by)."""
        with self._journal.reading() as s:
            return tagging.tags_in_use(s, "session")

    # --- across all mentees ---------------------------------------------------------------
    def across_mentees(self, where: SessionFilter | None = None) -> SessionQuery:
        """The sessions of every mentee that `where` accepts, newest first, to read a page at
        a time (see session_list.py)."""
        return SessionQuery(self._journal, where or SessionFilter())

    def list_for_mentee(self, mentee_id: int) -> list[SessionRow]:
        """The sessions a mentee attended, newest first."""
        others = (
            sa.select(sa.func.count())
            .select_from(table_of(SessionAttendee).alias("o"))
            .where(sa.literal_column("o.session_id") == MentoringSession.id)
            .scalar_subquery()
        )
        actions = (
            sa.select(sa.func.count())
            .select_from(ActionItem)
            .where(col(ActionItem.session_id) == MentoringSession.id)
            .scalar_subquery()
        )
        open_actions = (
            sa.select(sa.func.count())
            .select_from(ActionItem)
            .where(
                col(ActionItem.session_id) == MentoringSession.id,
                col(ActionItem.done_date).is_(None),
            )
            .scalar_subquery()
        )
        query = (
            sa.select(
                col(MentoringSession.id),
                col(MentoringSession.started_at),
                col(MentoringSession.duration_minutes),
                col(MentoringSession.kind),
                col(MentoringSession.topics),
                col(SessionAttendee.confidence),
                others,
                actions,
                open_actions,
            )
            .join(SessionAttendee, col(SessionAttendee.session_id) == MentoringSession.id)
            .where(col(SessionAttendee.mentee_id) == mentee_id)
            .order_by(col(MentoringSession.started_at).desc())
        )
        with self._journal.reading() as s:
            rows = s.connection().execute(query).all()
            tags = tagging.tags_of_many(s, "session", [row[0] for row in rows])
        # The query has exactly the columns before `tags`.
        return [
            SessionRow(*row, tags=tuple(tags.get(row[0], ())))  # type: ignore[misc]
            for row in rows
        ]

    def create(
        self,
        data: SessionInput,
        actions: Sequence[ActionItemFields] = (),
        *,
        tags: Sequence[str] = (),
    ) -> MentoringSession:
        """Log a session; `actions` agreed in it go to every attendee of a one-mentee session,
        or to the first attendee of a group session (edit them afterwards to reassign)."""
        data, clean_tags = _validated(data, tags)
        for action in actions:
            validate_action(action)
        with self._journal.transaction() as s:
            _check_mentees_exist(s, data.attendees)
            session = MentoringSession.model_validate(data.model_dump(exclude={"attendees"}))
            s.add(session)
            s.flush()
            assert session.id is not None
            _set_attendees(s, session, data.attendees)
            if clean_tags:
                tagging.set_tags(s, "session", session.id, clean_tags)
            for action in actions:
                s.add(
                    ActionItem.model_validate(
                        action.model_dump()
                        | {"mentee_id": data.attendees[0].mentee_id, "session_id": session.id}
                    )
                )
        return session

    def update(
        self, session_id: int, data: SessionInput, *, tags: Sequence[str] | None = None
    ) -> MentoringSession:
        """Change a session; its tags become `tags` (None keeps them as they are)."""
        data, clean_tags = _validated(data, tags or ())
        with self._journal.transaction() as s:
            _check_mentees_exist(s, data.attendees)
            session = get_or_fail(s, MentoringSession, session_id, "session")
            copy_fields(session, data, SessionFields)
            touch(session)
            s.add(session)
            _set_attendees(s, session, data.attendees)
            if tags is not None:
                tagging.set_tags(s, "session", session_id, clean_tags)
        return session

    def delete(self, session_id: int) -> None:
        """Delete a session with its action items; goals and reflections keep, unlinked."""
        with self._journal.transaction() as s:
            s.delete(get_or_fail(s, MentoringSession, session_id, "session"))
            s.flush()
            tagging.prune_unused(s)


def _validated(data: SessionInput, tags: Sequence[str]) -> tuple[SessionInput, list[str]]:
    p = Problems()
    clean_tags = tagging.check_tags(p, tags)
    p.no_nul(text_fields(data, ("topics", "notes", "private_note")))
    p.sensible_date("started_at", data.started_at, "Session date")
    p.sensible_date("next_meeting_date", data.next_meeting_date, "Next meeting")
    p.not_before(
        "next_meeting_date",
        data.next_meeting_date,
        data.started_at.date(),
        "The next meeting cannot be before this session.",
    )
    p.in_range("duration_minutes", data.duration_minutes, 1, MAX_DURATION_MINUTES, "Duration")
    if not data.attendees:
        p.add("attendees", "Choose at least one mentee who attended.")
    if len({a.mentee_id for a in data.attendees}) != len(data.attendees):
        p.add("attendees", "A mentee is listed twice.")
    for a in data.attendees:
        p.in_range("confidence", a.confidence, 1, 5, "Confidence")
    p.raise_if_any()
    return data, clean_tags


def _check_mentees_exist(s: Session, attendees: list[Attendance]) -> None:
    for a in attendees:
        get_or_fail(s, Mentee, a.mentee_id, "mentee")


def _set_attendees(s: Session, session: MentoringSession, attendees: list[Attendance]) -> None:
    """Rewrite the attendees, with the copy of the session's start they carry (see model)."""
    assert session.id is not None
    s.execute(sa.delete(SessionAttendee).where(col(SessionAttendee.session_id) == session.id))
    for a in attendees:
        s.add(
            SessionAttendee(
                session_id=session.id,
                mentee_id=a.mentee_id,
                confidence=a.confidence,
                session_started_at=session.started_at,
            )
        )
