"""Use cases on mentees: create, edit, list with counts, find by name or id, erase."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlmodel import Session, col, select

from ..models import (
    ActionItem,
    Goal,
    GoalCheckIn,
    Mentee,
    MenteeFields,
    MenteeInput,
    MenteeStatus,
    MentoringSession,
    Reflection,
    SessionAttendee,
    SkillRating,
)
from ..store import search_index
from ..store.errors import JournalError, NotFound
from ..store.journal import Journal
from . import tags as tagging
from ._common import copy_fields, get_or_fail, table_of, touch
from .drafts import delete_drafts_of_mentee
from .filters import MenteeFilter, fold
from .mentee_list import MenteeListService, MenteeSummary
from .tags import MAX_TAG_LENGTH
from .validation import Problems, text_fields

__all__ = ["MAX_TAG_LENGTH", "ErasurePreview", "MenteeService", "MenteeSummary", "fold"]


@dataclass(frozen=True, slots=True)
class ErasurePreview:
    """What erasing a mentee removes, for the confirmation a trainer must give."""

    full_name: str
    sessions: int  # sessions removed because this mentee was their only attendee
    group_sessions: int  # group sessions kept for the others, without this mentee
    action_items: int
    goals: int
    check_ins: int
    reflections: int
    skill_ratings: int = 0


class MenteeService:
    """Mentees of one journal. Every method is one transaction."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal

    # --- reading -------------------------------------------------------------------------
    def get(self, mentee_id: int) -> Mentee:
        with self._journal.reading() as s:
            return get_or_fail(s, Mentee, mentee_id, "mentee")

    def tags(self, mentee_id: int) -> list[str]:
        with self._journal.reading() as s:
            return tagging.tags_of(s, "mentee", mentee_id)

    def all_tags(self) -> list[str]:
        """The journal's whole tag vocabulary (mentees, sessions, goals, reflections), for
        completion in every tags field."""
        with self._journal.reading() as s:
            return tagging.tags_in_use(s)

    def tags_in_use(self) -> list[str]:
        """The tags some mentee has (what the mentee list can filter by)."""
        with self._journal.reading() as s:
            return tagging.tags_in_use(s, "mentee")

    def programmes_and_cohorts(self) -> tuple[list[str], list[str]]:
        """The different programmes and cohorts mentees are in, each once whatever its case
        or accents (the spelling met first), sorted: the choices of the filters."""
        m = table_of(Mentee)
        with self._journal.reading() as s:
            rows = s.connection().execute(sa.select(m.c.programme, m.c.cohort).distinct()).all()
        return _distinct([r[0] for r in rows]), _distinct([r[1] for r in rows])

    def list_summaries(
        self,
        status: MenteeStatus | None = None,
        *,
        filter: MenteeFilter | None = None,
        today: date | None = None,
    ) -> list[MenteeSummary]:
        """Every mentee (or those with `status`, or those `filter` accepts) with last session,
        counts and tags, by name (see `MenteeListService.summaries`)."""
        return MenteeListService(self._journal).summaries(status, filter=filter, today=today)

    def find(self, name_or_id: str) -> Mentee:
        """The one mentee a trainer means by a public id, an exact name, or a unique part of one.

        Raises NotFound, or a JournalError listing the candidates when the text is ambiguous.
        """
        wanted = name_or_id.strip()
        with self._journal.reading() as s:
            by_id = s.exec(select(Mentee).where(Mentee.public_id == wanted)).first()
            if by_id is not None:
                return by_id
            mentees = list(s.exec(select(Mentee)).all())
        key = fold(wanted)
        exact = [x for x in mentees if key in (fold(x.full_name), fold(x.preferred_name))]
        if len(exact) == 1:
            return exact[0]
        partial = exact or [x for x in mentees if key and key in fold(x.full_name)]
        if len(partial) == 1:
            return partial[0]
        if not partial:
            raise NotFound("mentee", wanted)
        ids = ", ".join(x.public_id for x in partial[:5])
        raise JournalError(f"{len(partial)} mentees match; give a public id instead: {ids}")

    # --- writing -------------------------------------------------------------------------
    def create(self, data: MenteeInput) -> Mentee:
        data = _validated(data)
        with self._journal.transaction() as s:
            mentee = Mentee.model_validate(data.model_dump(exclude={"tags"}))
            s.add(mentee)
            s.flush()
            assert mentee.id is not None
            tagging.set_tags(s, "mentee", mentee.id, data.tags)
        return mentee

    def update(self, mentee_id: int, data: MenteeInput) -> Mentee:
        data = _validated(data)
        with self._journal.transaction() as s:
            mentee = get_or_fail(s, Mentee, mentee_id, "mentee")
            copy_fields(mentee, data, MenteeFields)
            touch(mentee)
            s.add(mentee)
            tagging.set_tags(s, "mentee", mentee_id, data.tags)
        return mentee

    def set_status(self, mentee_id: int, status: MenteeStatus) -> None:
        with self._journal.transaction() as s:
            mentee = get_or_fail(s, Mentee, mentee_id, "mentee")
            mentee.status = status
            touch(mentee)
            s.add(mentee)

    def erasure_preview(self, mentee_id: int) -> ErasurePreview:
        with self._journal.reading() as s:
            mentee = get_or_fail(s, Mentee, mentee_id, "mentee")
            solo, shared = _sessions_of(s, mentee_id)
            goal_ids = select(Goal.id).where(Goal.mentee_id == mentee_id)
            return ErasurePreview(
                full_name=mentee.full_name,
                sessions=len(solo),
                group_sessions=len(shared),
                action_items=_count(s, ActionItem, col(ActionItem.mentee_id) == mentee_id),
                goals=_count(s, Goal, col(Goal.mentee_id) == mentee_id),
                check_ins=_count(s, GoalCheckIn, col(GoalCheckIn.goal_id).in_(goal_ids)),
                reflections=_count(s, Reflection, col(Reflection.mentee_id) == mentee_id),
                skill_ratings=_count(s, SkillRating, col(SkillRating.mentee_id) == mentee_id),
            )

    def erase(self, mentee_id: int) -> None:
        """Delete a mentee and everything about them (a data-protection erasure).

        Sessions this mentee attended alone go too; group sessions stay for the others,
        without this mentee. Goals, check-ins, action items, reflections and tags cascade.
        """
        with self._journal.transaction() as s:
            mentee = get_or_fail(s, Mentee, mentee_id, "mentee")
            solo, _shared = _sessions_of(s, mentee_id)
            if solo:
                s.execute(sa.delete(MentoringSession).where(col(MentoringSession.id).in_(solo)))
            s.delete(mentee)
            # Unsaved editor text about them goes too (the journal's and any fallback file).
            delete_drafts_of_mentee(s, self._journal.path, mentee_id)
            # Tags nobody uses any more would still show the erased mentee's labels.
            s.flush()
            tagging.prune_unused(s)
            # The index's triggers removed their text; merging its segments drops the erased
            # words from the older segments too, before the checkpoint below.
            search_index.forget_deleted(s)
        # Committed: now push the deleted text out of the -wal file too (secure_delete zeroes
        # it in the journal file itself when the pages are written back).
        self._journal.checkpoint()


def _validated(data: MenteeInput) -> MenteeInput:
    p = Problems()
    p.required_text("full_name", data.full_name, "Full name")
    p.no_nul(
        text_fields(
            data,
            (
                "full_name",
                "preferred_name",
                "programme",
                "cohort",
                "level",
                "contact",
                "private_notes",
            ),
        )
    )
    for field, limit in (
        ("full_name", 200),
        ("preferred_name", 200),
        ("programme", 200),
        ("cohort", 200),
        ("level", 100),
        ("contact", 500),
    ):
        if len(getattr(data, field)) > limit:
            p.add(field, f"This is too long: at most {limit} characters.")
    p.sensible_date("start_date", data.start_date, "Start date")
    p.sensible_date("consent_date", data.consent_date, "Consent date")
    p.in_range("cadence_days", data.cadence_days, 1, 365, "Days between sessions")
    tags = tagging.check_tags(p, data.tags)
    p.raise_if_any()
    return data.model_copy(
        update={
            "full_name": data.full_name.strip(),
            "preferred_name": data.preferred_name.strip(),
            "tags": tags,
        }
    )


def _tags_of(s: Session, mentee_id: int) -> list[str]:
    """A mentee's tag names, inside the caller's transaction (summaries read them so)."""
    return tagging.tags_of(s, "mentee", mentee_id)


def _distinct(values: list[str]) -> list[str]:
    """Non-empty values, once per folded form, sorted as a trainer reads them."""
    seen: dict[str, str] = {}
    for value in values:
        value = value.strip()
        if value:
            seen.setdefault(fold(value), value)
    return sorted(seen.values(), key=fold)


def _sessions_of(s: Session, mentee_id: int) -> tuple[list[int], list[int]]:
    """Ids of the sessions `mentee_id` attended: (attended alone, attended with others)."""
    others = (
        sa.select(sa.func.count())
        .select_from(SessionAttendee)
        .where(
            col(SessionAttendee.session_id) == sa.literal_column("a.session_id"),
            col(SessionAttendee.mentee_id) != mentee_id,
        )
        .scalar_subquery()
    )
    a = sa.table("session_attendee", sa.column("session_id"), sa.column("mentee_id")).alias("a")
    rows = s.connection().execute(
        sa.select(a.c.session_id, others).where(a.c.mentee_id == mentee_id)
    )
    solo: list[int] = []
    shared: list[int] = []
    for session_id, other_count in rows:
        (shared if other_count else solo).append(session_id)
    return solo, shared


def _count(s: Session, model: type, where: sa.ColumnElement[bool]) -> int:
    return int(s.exec(select(sa.func.count()).select_from(model).where(where)).one())
