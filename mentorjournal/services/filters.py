"""Filters that combine (every criterion set must hold): for the mentee list and for the list of
sessions across all mentees.

A `MenteeFilter` is applied in memory to the mentee list's rows (hundreds to a few thousand
lightweight summaries already read for the list), so changing it costs no database round trip;
`compile()` does the per-filter work once, so that testing each row is a few comparisons.
A `SessionFilter` becomes SQL (services/session_list.py): the sessions are far too many to read.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from ..models import MenteeStatus

if TYPE_CHECKING:
    from .mentees import MenteeSummary

# The statuses the mentee list shows when no status is chosen: the mentees one works with now.
CURRENT_STATUSES = frozenset({MenteeStatus.ACTIVE, MenteeStatus.PAUSED})


def fold(text: str) -> str:
    """Case- and accent-insensitive form for matching ("Éloïse" finds "eloise")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class MenteeKeys:
    """A mentee's values folded once (when the list is read), so filtering folds nothing."""

    name: str  # the full name: the list's order
    text: str  # names, programme, cohort and tags: what the live filter searches in
    tags: frozenset[str]
    programme: str
    cohort: str


def mentee_keys(m: MenteeSummary) -> MenteeKeys:
    return MenteeKeys(
        name=fold(m.full_name),
        text=fold(" ".join((m.full_name, m.preferred_name, m.programme, m.cohort, *m.tags))),
        tags=frozenset(fold(t) for t in m.tags),
        programme=fold(m.programme.strip()),
        cohort=fold(m.cohort.strip()),
    )


@dataclass(frozen=True)
class MenteeFilter:
    """What the mentee list shows. Empty criteria do not filter.

    A mentee must have all of `tags` (case and accents ignored). `programme` and `cohort`
    match whole values, case and accents ignored. A last-session range leaves out mentees
    never met. `statuses` None means every status.
    """

    text: str = ""
    statuses: frozenset[MenteeStatus] | None = CURRENT_STATUSES
    tags: frozenset[str] = field(default_factory=frozenset)
    programme: str | None = None
    cohort: str | None = None
    last_session_from: date | None = None
    last_session_to: date | None = None
    overdue_only: bool = False

    def with_(self, **changes: object) -> MenteeFilter:
        return replace(self, **changes)  # type: ignore[arg-type]

    def active_criteria(self) -> list[str]:
        """Names of the criteria that narrow the list, apart from the typed text (which is in
        plain view in its box): what "n filters active" counts."""
        out = []
        # "All mentees" shows more than the default, never less: not a narrowing filter.
        if self.statuses not in (None, CURRENT_STATUSES, frozenset(MenteeStatus)):
            out.append("status")
        if self.tags:
            out.append("tags")
        if self.programme is not None:
            out.append("programme")
        if self.cohort is not None:
            out.append("cohort")
        if self.last_session_from is not None or self.last_session_to is not None:
            out.append("last session")
        if self.overdue_only:
            out.append("overdue")
        return out

    def compile(self) -> Callable[[MenteeSummary, MenteeKeys], bool]:
        """A fast test `(summary, its folded keys) -> bool` for this filter."""
        words = fold(self.text).split()
        statuses = self.statuses
        tags = frozenset(fold(t) for t in self.tags)
        programme = fold(self.programme) if self.programme is not None else None
        cohort = fold(self.cohort) if self.cohort is not None else None
        start, end = self.last_session_from, self.last_session_to
        overdue_only = self.overdue_only

        def accepts(m: MenteeSummary, keys: MenteeKeys) -> bool:
            if statuses is not None and m.status not in statuses:
                return False
            if overdue_only and not m.overdue_actions:
                return False
            if programme is not None and keys.programme != programme:
                return False
            if cohort is not None and keys.cohort != cohort:
                return False
            if start is not None or end is not None:
                last = m.last_session_at
                if last is None:
                    return False
                if start is not None and last.date() < start:
                    return False
                if end is not None and last.date() > end:
                    return False
            if tags and not tags <= keys.tags:
                return False
            hay = keys.text
            return all(w in hay for w in words)

        return accepts

    def accepts(self, m: MenteeSummary) -> bool:
        """One-off test (the list uses `compile()` and cached haystacks instead)."""
        return self.compile()(m, mentee_keys(m))


@dataclass(frozen=True)
class SessionFilter:
    """Which sessions the cross-mentee Sessions view shows. Empty criteria do not filter.

    `mentee_text` finds attendees by name (case and accents ignored); `programme` and
    `cohort` are those of an attendee (the mentee criteria hold for one same attendee of a
    group session); `tags` must all be on the session (case ignored); dates are inclusive.
    """

    mentee_text: str = ""
    tags: frozenset[str] = field(default_factory=frozenset)
    programme: str | None = None
    cohort: str | None = None
    date_from: date | None = None
    date_to: date | None = None

    def with_(self, **changes: object) -> SessionFilter:
        return replace(self, **changes)  # type: ignore[arg-type]

    def active_criteria(self) -> list[str]:
        out = []
        if self.mentee_text.strip():
            out.append("mentee")
        if self.tags:
            out.append("tags")
        if self.programme is not None:
            out.append("programme")
        if self.cohort is not None:
            out.append("cohort")
        if self.date_from is not None or self.date_to is not None:
            out.append("dates")
        return out

    def filters_mentees(self) -> bool:
        return (
            bool(self.mentee_text.strip())
            or self.programme is not None
            or (self.cohort is not None)
        )
