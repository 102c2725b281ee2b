"""Sessions across all mentees, filtered in SQL and read a page at a time.

A "huge" journal (a whole college) has 300,000 sessions: the list never reads them all. A
`SessionQuery` resolves the filter once (which mentees, which tags), then reads pages of light
rows newest first by keyset ("older than the last row shown"), so the thousandth page costs what
the first does, and counts the matches with one indexed query.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session

from ..models import Mentee, MentoringSession, SessionAttendee, SessionKind, SessionTag, Tag
from ..models.tag_names import tag_key
from ..store.journal import Journal
from . import tags as tagging
from ._common import table_of
from .filters import SessionFilter, fold

PAGE_SIZE = 200
TOPICS_PREVIEW = 200  # characters of the topics read per row: the list shows one line
FEW_MENTEES = 50  # up to this many, a mentee filter starts from the mentees' attendances

_S = table_of(MentoringSession)
_A = table_of(SessionAttendee)
_M = table_of(Mentee)
_ST = table_of(SessionTag)
_T = table_of(Tag)


@dataclass(frozen=True, slots=True)
class SessionListRow:
    """One line of the Sessions view: when, who, what, tags. No notes: they stay unread."""

    id: int
    started_at: datetime
    kind: SessionKind
    duration_minutes: int | None
    topics: str  # the first line of the topics, shortened
    mentee_ids: tuple[int, ...]  # attendees, in the order of `mentees`
    mentees: tuple[str, ...]  # attendees' names, sorted
    programmes: tuple[str, ...]  # the attendees' different programmes
    tags: tuple[str, ...]

    @property
    def key(self) -> tuple[datetime, int]:
        """Where the next page starts (see `SessionQuery.page`)."""
        return (self.started_at, self.id)


@dataclass(frozen=True, slots=True)
class SessionListPage:
    rows: list[SessionListRow]
    more: bool  # whether older sessions follow


class SessionQuery:
    """The sessions a `SessionFilter` accepts, newest first, read through `journal` on demand.

    The mentees and tags the filter names are looked up on first use and kept: paging through
    one filter's results does that work once, not per page.
    """

    def __init__(self, journal: Journal, where: SessionFilter) -> None:
        self._journal = journal
        self.where = where
        self._conditions: list[sa.ColumnElement[bool]] | None = None
        # The mentees a mentee criterion matched (None: no such criterion), and the
        # conditions on the session itself, for counting from the attendances.
        self._mentee_ids: list[int] | None = None
        self._session_conditions: list[sa.ColumnElement[bool]] = []

    def page(
        self, after: tuple[datetime, int] | None = None, limit: int = PAGE_SIZE
    ) -> SessionListPage:
        """Up to `limit` sessions older than `after` (the previous page's last `key`)."""
        with self._journal.reading() as s:
            conditions = self._resolve(s)
            if conditions is None:
                return SessionListPage([], False)
            query = sa.select(
                _S.c.id,
                _S.c.started_at,
                _S.c.kind,
                _S.c.duration_minutes,
                sa.func.substr(_S.c.topics, 1, TOPICS_PREVIEW),
            ).where(*conditions)
            if after is not None:
                # Row values keep paging exact when several sessions start at the same minute.
                # The start is read back from the row itself, so the comparison is between
                # stored values whatever text form a tool wrote them in.
                started, after_id = after
                stored = sa.select(_S.c.started_at).where(_S.c.id == after_id).scalar_subquery()
                query = query.where(
                    sa.tuple_(_S.c.started_at, _S.c.id)
                    < sa.tuple_(sa.func.coalesce(stored, started), after_id)
                )
            query = query.order_by(_S.c.started_at.desc(), _S.c.id.desc()).limit(limit + 1)
            rows = s.connection().execute(query).all()[: limit + 1]
            more = len(rows) > limit
            rows = rows[:limit]
            ids = [r[0] for r in rows]
            people = _attendees(s, ids)
            tags = tagging.tags_of_many(s, "session", ids)
        out = []
        for session_id, started_at, kind, duration, topics in rows:
            attendees = people.get(session_id, [])
            out.append(
                SessionListRow(
                    id=session_id,
                    started_at=started_at,
                    kind=SessionKind(kind),
                    duration_minutes=duration,
                    topics=_first_line(topics or ""),
                    mentee_ids=tuple(a[0] for a in attendees),
                    mentees=tuple(a[1] for a in attendees),
                    programmes=tuple(dict.fromkeys(a[2] for a in attendees if a[2])),
                    tags=tuple(tags.get(session_id, ())),
                )
            )
        return SessionListPage(out, more)

    def count(self, at_most: int | None = None) -> int:
        """How many sessions the filter accepts; with `at_most`, counting stops one past it
        (a result above `at_most` means "more than that")."""
        with self._journal.reading() as s:
            conditions = self._resolve(s)
            if conditions is None:
                return 0
            if self._mentee_ids is None:
                matching = sa.select(_S.c.id).where(*conditions)
            else:
                # Counted from the chosen mentees' attendances (an index): testing every
                # session of a huge journal for its attendees took seconds.
                matching = (
                    sa.select(_A.c.session_id)
                    .distinct()
                    .join(_S, _S.c.id == _A.c.session_id)
                    .where(_A.c.mentee_id.in_(self._mentee_ids), *self._session_conditions)
                )
            if at_most is not None:
                matching = matching.limit(at_most + 1)
            query = sa.select(sa.func.count()).select_from(matching.subquery())
            return int(s.connection().execute(query).scalar_one())

    # --- resolving the filter --------------------------------------------------------------
    def _resolve(self, s: Session) -> list[sa.ColumnElement[bool]] | None:
        """SQL conditions for the filter, or None when nothing can match (a tag that no
        session has, a name no mentee has)."""
        if self._conditions is not None:
            return self._conditions
        where = self.where
        conditions: list[sa.ColumnElement[bool]] = []
        # Days as ISO text ("2026-03-01"): before or equal to any time of that day, whether the
        # time was stored with microseconds or without.
        if where.date_from is not None:
            start = sa.literal(where.date_from.isoformat(), sa.String)
            conditions.append(_S.c.started_at >= start)
        if where.date_to is not None:
            end = sa.literal((where.date_to + timedelta(days=1)).isoformat(), sa.String)
            conditions.append(_S.c.started_at < end)
        for name in sorted(where.tags):
            tag_id = (
                s.connection().execute(sa.select(_T.c.id).where(_T.c.key == tag_key(name))).scalar()
            )
            if tag_id is None:
                return None
            # Uncorrelated: SQLite builds the set of tagged sessions once per query.
            conditions.append(
                _S.c.id.in_(sa.select(_ST.c.session_id).where(_ST.c.tag_id == tag_id))
            )
        self._session_conditions = list(conditions)
        if where.filters_mentees():
            mentee_ids = _matching_mentees(s, where)
            self._mentee_ids = mentee_ids
            if not mentee_ids:
                return None
            if len(mentee_ids) <= FEW_MENTEES:
                # Few mentees: start from their attendances (an index), a small set.
                conditions.append(
                    _S.c.id.in_(sa.select(_A.c.session_id).where(_A.c.mentee_id.in_(mentee_ids)))
                )
            else:
                # Many (a programme): walk the sessions newest first and test each one's
                # attendees, stopping at a page; a set of all their sessions would cost more.
                # "+ 0" keeps SQLite from probing the index once per listed mentee: it reads
                # the session's one to three attendees and looks each up in the list instead.
                conditions.append(
                    sa.exists().where(
                        _A.c.session_id == _S.c.id, (_A.c.mentee_id + 0).in_(mentee_ids)
                    )
                )
        self._conditions = conditions
        return conditions


def _matching_mentees(s: Session, where: SessionFilter) -> list[int]:
    """Ids of the mentees whose name contains every word of `mentee_text` and whose programme
    and cohort are the chosen ones (case and accents ignored, like the mentee list)."""
    words = fold(where.mentee_text).split()
    programme = fold(where.programme.strip()) if where.programme is not None else None
    cohort = fold(where.cohort.strip()) if where.cohort is not None else None
    rows = s.connection().execute(
        sa.select(_M.c.id, _M.c.full_name, _M.c.preferred_name, _M.c.programme, _M.c.cohort)
    )
    out = []
    for mentee_id, full_name, preferred, prog, coh in rows:
        if programme is not None and fold(prog.strip()) != programme:
            continue
        if cohort is not None and fold(coh.strip()) != cohort:
            continue
        if words:
            names = fold(f"{full_name} {preferred}")
            if not all(w in names for w in words):
                continue
        out.append(int(mentee_id))
    return out


def _attendees(s: Session, session_ids: Sequence[int]) -> dict[int, list[tuple[int, str, str]]]:
    """(mentee id, full name, programme) of each session's attendees, by name."""
    out: dict[int, list[tuple[int, str, str]]] = {}
    if not session_ids:
        return out
    rows = s.connection().execute(
        sa.select(_A.c.session_id, _M.c.id, _M.c.full_name, _M.c.programme)
        .join(_M, _M.c.id == _A.c.mentee_id)
        .where(_A.c.session_id.in_(list(session_ids)))
    )
    for session_id, mentee_id, name, programme in rows:
        out.setdefault(session_id, []).append((mentee_id, name, programme))
    for people in out.values():
        people.sort(key=lambda p: fold(p[1]))
    return out


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) < TOPICS_PREVIEW else line[: TOPICS_PREVIEW - 1] + "…"
