"""The mentee list's reading: one line per mentee with its counts and tags (`MenteeSummary`).

Apart from the rest of the mentee use cases (services/mentees.py), and in plain SQL through
`Journal.plain_reading` (the standard library's sqlite3): the first window shows this list,
and it paints before SQLAlchemy, SQLModel and pydantic are imported at all (half a second on a
workshop laptop; issue 7, cold start). The statement is standard SQL over the columns the
models define (tests/services/test_mentee_list_sql.py checks it against them and against the
ORM's answer). `MenteeService.list_summaries` answers the same.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime

from ..models.enums import MenteeStatus
from ..store.journal import Journal
from .filters import MenteeFilter, fold, mentee_keys

__all__ = ["MenteeListService", "MenteeSummary", "TABLES_READ"]

# Correlated subqueries on purpose: each is one search of a covering index that starts with
# mentee_id (ix_session_attendee_mentee_started, ix_action_item_mentee_done_due; max() is a
# single seek). Grouped aggregates LEFT JOINed once were measured slower on the large
# benchmark journal (issue 7): 94 M instructions against 41 M, as they read every row and
# build automatic indexes. Dates are bound and compared as the models store them (ISO text).
_SUMMARIES_SQL = """
SELECT m.id, m.public_id, m.full_name, m.preferred_name, m.programme, m.cohort, m.status,
    (SELECT max(a.session_started_at) FROM session_attendee AS a WHERE a.mentee_id = m.id),
    (SELECT count(*) FROM session_attendee AS a WHERE a.mentee_id = m.id),
    (SELECT count(*) FROM action_item AS i WHERE i.mentee_id = m.id AND i.done_date IS NULL),
    (SELECT count(*) FROM action_item AS i
        WHERE i.mentee_id = m.id AND i.done_date IS NULL AND i.due_date < :today)
FROM mentee AS m
"""
_MENTEE_TAGS_SQL = """
SELECT l.mentee_id, t.name FROM mentee_tag AS l JOIN tag AS t ON t.id = l.tag_id
"""
# Every table and column the statements above name (checked against the models by a test).
TABLES_READ: dict[str, tuple[str, ...]] = {
    "mentee": (
        "id",
        "public_id",
        "full_name",
        "preferred_name",
        "programme",
        "cohort",
        "status",
    ),
    "session_attendee": ("mentee_id", "session_started_at"),
    "action_item": ("mentee_id", "done_date", "due_date"),
    "mentee_tag": ("mentee_id", "tag_id"),
    "tag": ("id", "name"),
}


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
        with self._journal.plain_reading() as conn:
            rows = conn.execute(_SUMMARIES_SQL, {"today": today.isoformat()}).fetchall()
            tag_names = _mentee_tags(conn)
        statuses = {s.value: s for s in MenteeStatus}
        summaries = []
        for row in rows:  # the columns of _SUMMARIES_SQL, in MenteeSummary's order
            row_status = statuses[row[6]]
            if status is not None and row_status is not status:
                continue
            last = None if row[7] is None else datetime.fromisoformat(row[7])
            tags = tuple(tag_names.get(row[0], ()))
            id, public_id, full_name, preferred, programme, cohort = row[:6]
            sessions, open_actions, overdue = row[8:]
            summaries.append(
                MenteeSummary(
                    id, public_id, full_name, preferred, programme, cohort, row_status, last,
                    sessions, open_actions, overdue, tags=tags,
                )
            )  # fmt: skip
        if filter is not None:
            accepts = filter.compile()
            summaries = [x for x in summaries if accepts(x, mentee_keys(x))]
        summaries.sort(key=lambda x: fold(x.full_name))
        return summaries


def _mentee_tags(conn: sqlite3.Connection) -> dict[int, list[str]]:
    """Tag names per mentee for every mentee with tags, in a trainer's order (as
    `services.tags.all_tags_of_kind(s, "mentee")` reads them through a session)."""
    out: dict[int, list[str]] = {}
    for mentee_id, name in conn.execute(_MENTEE_TAGS_SQL):
        out.setdefault(mentee_id, []).append(name)
    for names in out.values():
        names.sort(key=fold)
    return out
