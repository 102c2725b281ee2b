"""Search across everything a trainer writes: ranked hits grouped by mentee, with snippets.

The store's `search_index` finds and ranks the rows (it alone knows FTS5); this service says
which mentee each hit belongs to (a group session belongs to each of its attendees, a check-in
to its goal's mentee), what to call it, and which words to highlight in a short snippet. The
GUI's search box and `mentorjournal search` both use it.

Private text (private notes, private reflections) is found only when `include_private` is
true: the app shows it, marked; the command line leaves it out unless asked. No summary or
export reads the search index (a test checks).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Session

from ..store import search_index
from ..store.journal import Journal
from ..store.search_index import RecordKind
from .search_snippets import SNIPPET_WORDS as SNIPPET_WORDS  # re-exported
from .search_snippets import Snippet as Snippet
from .search_snippets import make_snippet as make_snippet
from .search_snippets import query_patterns, snippet_of

DEFAULT_LIMIT = 100


class HitKind(StrEnum):
    """What a hit is, in the trainer's words (also the `kind` of `mentorjournal search`)."""

    MENTEE = "mentee"
    SESSION = "session"
    ACTION_ITEM = "action item"
    GOAL = "goal"
    CHECK_IN = "check-in"
    REFLECTION = "reflection"
    SKILL_RATING = "skill rating"


KIND_OF: dict[RecordKind, HitKind] = {
    RecordKind.MENTEE: HitKind.MENTEE,
    RecordKind.SESSION: HitKind.SESSION,
    RecordKind.ACTION_ITEM: HitKind.ACTION_ITEM,
    RecordKind.GOAL: HitKind.GOAL,
    RecordKind.CHECK_IN: HitKind.CHECK_IN,
    RecordKind.REFLECTION: HitKind.REFLECTION,
    RecordKind.SKILL_RATING: HitKind.SKILL_RATING,
}


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One record that matched, seen from one mentee (a group session appears once for each
    attendee). `record_id` is the id of the session, goal, check-in... `goal_id` is set for a
    check-in (the Goals tab selects the goal, then the check-in)."""

    kind: HitKind
    record_id: int
    mentee_id: int
    day: date | None
    title: str  # the session's topics, the goal's title, the skill's name... or ""
    snippet: Snippet
    private: bool
    score: float  # lower is better
    goal_id: int | None = None


def title_beside_snippet(hit: SearchHit) -> str:
    """The hit's title when it adds something to the snippet (not when the snippet is the
    title, or a piece of it)."""
    core = hit.snippet.text.strip("…")
    if not hit.title or core in hit.title or hit.title in core:
        return ""
    return hit.title


@dataclass(frozen=True, slots=True)
class MenteeHits:
    """A mentee and their hits, best first."""

    mentee_id: int
    public_id: str
    full_name: str
    hits: list[SearchHit] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class SearchResults:
    """What a search found: mentees in the order of their best hit.

    `limited`: more rows matched than were asked for (only the best are here);
    `common`: the words are in so many records that only the newest of them were ranked."""

    query: str
    groups: list[MenteeHits]
    limited: bool = False
    common: bool = False

    @property
    def hits(self) -> list[SearchHit]:
        return [hit for group in self.groups for hit in group.hits]

    def __len__(self) -> int:
        return sum(len(group.hits) for group in self.groups)


class SearchService:
    """Full-text search over one journal. Reads only."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal

    def search(
        self,
        text: str,
        *,
        mentee_id: int | None = None,
        include_private: bool = True,
        limit: int = DEFAULT_LIMIT,
    ) -> SearchResults:
        """The best `limit` matches of `text` (words as prefixes, "quoted phrases", all of
        them), grouped by mentee. Whatever is typed, this never raises for the query's sake."""
        with self._journal.reading() as s:
            found = search_index.find(
                s, text, mentee_id=mentee_id, include_private=include_private, limit=limit
            )
            hits = found.hits
            about = _about(s, hits, mentee_id)
        patterns = query_patterns(search_index.terms(text))
        groups: dict[int, MenteeHits] = {}
        for hit in hits:
            owners = about.owners.get((hit.kind, hit.record_id), ())
            if not owners:
                continue
            snippet = snippet_of(hit.title, hit.body, patterns)
            title = _title(hit, about)
            goal = about.goals.get(hit.record_id) if hit.kind is RecordKind.CHECK_IN else None
            for owner, public_id, name in owners:
                if mentee_id is not None and owner != mentee_id:
                    continue
                group = groups.get(owner)
                if group is None:
                    group = groups[owner] = MenteeHits(owner, public_id, name)
                group.hits.append(
                    SearchHit(
                        kind=KIND_OF[hit.kind],
                        record_id=hit.record_id,
                        mentee_id=owner,
                        day=_day(hit.day),
                        title=title,
                        snippet=snippet,
                        private=hit.private,
                        score=hit.score,
                        goal_id=goal[0] if goal else None,
                    )
                )
        return SearchResults(
            query=text,
            groups=list(groups.values()),
            limited=len(hits) >= limit,
            common=found.windowed,
        )


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


Owner = tuple[int, str, str]  # mentee id, public id, full name


@dataclass(frozen=True, slots=True)
class _About:
    """What the index rows do not say about the hits: whose they are and what to call them."""

    owners: dict[tuple[RecordKind, int], list[Owner]]
    goals: dict[int, tuple[int, str]]  # check-in id -> (goal id, goal title)
    topics: dict[int, str]  # session id -> topics
    skills: dict[int, str]  # skill rating id -> skill name


# One query for all the hits: a group session's attendees (each sees the session) and topics,
# a check-in's goal and its mentee, a rating's skill, and the names of the mentees of the other
# records. Separate queries per kind cost more than the search itself on a rare word. The
# topics come from the session, not from the index row: a hit in a private note (an index row
# of its own, without the topics) is called by its session's topics too.
_ABOUT_SQL = sa.text(
    f"""
    SELECT {int(RecordKind.SESSION)}, a.session_id, m.id, m.public_id, m.full_name, NULL,
           t.topics
      FROM session_attendee AS a JOIN mentee AS m ON m.id = a.mentee_id
      JOIN mentoring_session AS t ON t.id = a.session_id
     WHERE a.session_id IN :sessions AND (:only IS NULL OR a.mentee_id = :only)
    UNION ALL
    SELECT {int(RecordKind.CHECK_IN)}, c.id, m.id, m.public_id, m.full_name, g.id, g.title
      FROM goal_check_in AS c JOIN goal AS g ON g.id = c.goal_id
      JOIN mentee AS m ON m.id = g.mentee_id
     WHERE c.id IN :check_ins
    UNION ALL
    SELECT {int(RecordKind.SKILL_RATING)}, r.id, NULL, NULL, NULL, NULL, k.name
      FROM skill_rating AS r JOIN skill AS k ON k.id = r.skill_id
     WHERE r.id IN :ratings
    UNION ALL
    SELECT -1, m.id, m.id, m.public_id, m.full_name, NULL, NULL
      FROM mentee AS m WHERE m.id IN :mentees
    ORDER BY 1, 2, 3
    """
).bindparams(
    sa.bindparam("sessions", expanding=True),
    sa.bindparam("check_ins", expanding=True),
    sa.bindparam("ratings", expanding=True),
    sa.bindparam("mentees", expanding=True),
)


def _about(s: Session, hits: Sequence[search_index.IndexHit], only: int | None) -> _About:
    about = _About({}, {}, {}, {})
    if not hits:
        return about
    ids: dict[RecordKind, list[int]] = {}
    for hit in hits:
        ids.setdefault(hit.kind, []).append(hit.record_id)
    direct = sorted({h.mentee_id for h in hits if h.mentee_id is not None})
    params = {
        "sessions": ids.get(RecordKind.SESSION, []),
        "check_ins": ids.get(RecordKind.CHECK_IN, []),
        "ratings": ids.get(RecordKind.SKILL_RATING, []),
        "mentees": direct,
        "only": only,
    }
    mentees: dict[int, Owner] = {}
    for kind, record, mentee, public_id, name, goal, title in s.connection().execute(
        _ABOUT_SQL, params
    ):
        if kind == -1:
            mentees[record] = (mentee, public_id, name)
        elif kind == RecordKind.SKILL_RATING:
            about.skills[record] = title
        else:
            about.owners.setdefault((RecordKind(kind), record), []).append(
                (mentee, public_id, name)
            )
            if kind == RecordKind.CHECK_IN:
                about.goals[record] = (goal, title)
            else:
                about.topics[record] = title or ""
    for hit in hits:
        if hit.mentee_id is not None and hit.mentee_id in mentees:
            about.owners[(hit.kind, hit.record_id)] = [mentees[hit.mentee_id]]
    return about


def _title(hit: search_index.IndexHit, about: _About) -> str:
    """What to call a hit beside its snippet: topics, goal title, skill name."""
    if hit.kind is RecordKind.SESSION:
        return " ".join(about.topics.get(hit.record_id, "").split())
    if hit.kind is RecordKind.GOAL:
        return " ".join(hit.title.split())
    if hit.kind is RecordKind.CHECK_IN:
        goal = about.goals.get(hit.record_id)
        return goal[1] if goal else ""
    if hit.kind is RecordKind.SKILL_RATING:
        return about.skills.get(hit.record_id, "")
    return ""
