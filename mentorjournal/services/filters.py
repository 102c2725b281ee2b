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
    if text.isascii():
        # The same result, without the per-character pass: NFKD leaves ASCII as it is, it
        # has no combining marks, and its casefold is its lower case. Most names, programmes
        # and cohorts are ASCII, and the mentee list folds thousands of them as it opens.
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    # (str.translate with a table of marks and itertools.compress measured no faster.)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class MenteeKeys:
    """A mentee's values folded for the filter and the list's order.

    Each is folded when first asked for, then kept: opening the list sorts by name only,
    and the other keys wait for a filter that reads them (on a journal of thousands of
    mentees, folding everything up front was most of the list's cost before first paint).
    """

    __slots__ = ("_mentee", "_name", "_text", "_tags", "_programme", "_cohort")

    def __init__(self, mentee: MenteeSummary) -> None:
        self._mentee = mentee
        self._name: str | None = None
        self._text: str | None = None
        self._tags: frozenset[str] | None = None
        self._programme: str | None = None
        self._cohort: str | None = None

    @property
    def name(self) -> str:
        """The full name: the list's order."""
        if self._name is None:
            self._name = fold(self._mentee.full_name)
        return self._name

    @property
    def text(self) -> str:
        """Names, programme, cohort and tags: what the live filter searches in."""
        if self._text is None:
            m = self._mentee
            self._text = fold(
                " ".join((m.full_name, m.preferred_name, m.programme, m.cohort, *m.tags))
            )
        return self._text

    @property
    def tags(self) -> frozenset[str]:
        if self._tags is None:
            self._tags = frozenset(fold(t) for t in self._mentee.tags)
        return self._tags

    @property
    def programme(self) -> str:
        if self._programme is None:
            self._programme = fold(self._mentee.programme.strip())
        return self._programme

    @property
    def cohort(self) -> str:
        if self._cohort is None:
            self._cohort = fold(self._mentee.cohort.strip())
        return self._cohort


def mentee_keys(m: MenteeSummary) -> MenteeKeys:
    """`m`'s keys, each folded on first use (making them costs nothing up front)."""
    return MenteeKeys(m)


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
            if not words:
                return True  # the folded text is not needed (nor made) without typed words
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
