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

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Session

from ..models import Goal, GoalCheckIn, Mentee, SessionAttendee, Skill, SkillRating
from ..store import search_index
from ..store.journal import Journal
from ..store.search_index import RecordKind
from ._common import table_of

DEFAULT_LIMIT = 100
SNIPPET_WORDS = 14


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
class Snippet:
    """A short piece of the matching text as (text, highlighted) segments, on one line."""

    segments: tuple[tuple[str, bool], ...]

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.segments)

    @property
    def highlights(self) -> list[tuple[int, int]]:
        """(start, end) character offsets of the highlighted words in `text`."""
        spans, at = [], 0
        for text, marked in self.segments:
            if marked:
                spans.append((at, at + len(text)))
            at += len(text)
        return spans


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
            sessions = [h.record_id for h in hits if h.kind is RecordKind.SESSION]
            check_ins = [h.record_id for h in hits if h.kind is RecordKind.CHECK_IN]
            attendees = _attendees(s, sessions, mentee_id)
            check_in_goal = _check_in_goals(s, check_ins)
            titles = _titles(s, hits, check_in_goal)
            owners: list[list[int]] = []
            for hit in hits:
                if hit.kind is RecordKind.SESSION:
                    owners.append(attendees.get(hit.record_id, []))
                elif hit.kind is RecordKind.CHECK_IN:
                    goal = check_in_goal.get(hit.record_id)
                    owners.append([goal[1]] if goal else [])
                else:
                    owners.append([hit.mentee_id] if hit.mentee_id is not None else [])
            wanted = {m for ms in owners for m in ms}
            m = table_of(Mentee)
            mentees = {
                row[0]: (row[0], row[1], row[2])
                for row in s.connection().execute(
                    sa.select(m.c.id, m.c.public_id, m.c.full_name).where(m.c.id.in_(wanted))
                )
            }
        words = search_index.terms(text)
        groups: dict[int, MenteeHits] = {}
        for hit, mentee_ids in zip(hits, owners, strict=True):
            snippet = make_snippet(hit.title, hit.body, words)
            for owner in mentee_ids:
                if owner not in mentees or (mentee_id is not None and owner != mentee_id):
                    continue
                if owner not in groups:
                    _id, public_id, name = mentees[owner]
                    groups[owner] = MenteeHits(owner, public_id, name)
                goal = check_in_goal.get(hit.record_id) if hit.kind is RecordKind.CHECK_IN else None
                groups[owner].hits.append(
                    SearchHit(
                        kind=KIND_OF[hit.kind],
                        record_id=hit.record_id,
                        mentee_id=owner,
                        day=_day(hit.day),
                        title=titles.get((hit.kind, hit.record_id), ""),
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


def _attendees(s: Session, sessions: list[int], only: int | None) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    if not sessions:
        return out
    a = table_of(SessionAttendee)
    query = sa.select(a.c.session_id, a.c.mentee_id).where(a.c.session_id.in_(sessions))
    if only is not None:
        query = query.where(a.c.mentee_id == only)
    for session_id, mentee in s.connection().execute(query.order_by(a.c.mentee_id)):
        out.setdefault(session_id, []).append(mentee)
    return out


def _check_in_goals(s: Session, check_ins: list[int]) -> dict[int, tuple[int, int, str]]:
    """check-in id -> (goal id, mentee id, goal title)."""
    if not check_ins:
        return {}
    c, g = table_of(GoalCheckIn), table_of(Goal)
    query = (
        sa.select(c.c.id, g.c.id, g.c.mentee_id, g.c.title)
        .join(g, g.c.id == c.c.goal_id)
        .where(c.c.id.in_(check_ins))
    )
    return {row[0]: (row[1], row[2], row[3]) for row in s.connection().execute(query)}


def _titles(
    s: Session,
    hits: Sequence[search_index.IndexHit],
    check_in_goal: dict[int, tuple[int, int, str]],
) -> dict[tuple[RecordKind, int], str]:
    """What to call each hit beside its snippet: topics, goal title, skill name."""
    titles: dict[tuple[RecordKind, int], str] = {}
    for hit in hits:
        if hit.kind in (RecordKind.SESSION, RecordKind.GOAL):
            titles[(hit.kind, hit.record_id)] = " ".join(hit.title.split())
        elif hit.kind is RecordKind.CHECK_IN and hit.record_id in check_in_goal:
            titles[(hit.kind, hit.record_id)] = check_in_goal[hit.record_id][2]
    ratings = [h.record_id for h in hits if h.kind is RecordKind.SKILL_RATING]
    if ratings:
        r, k = table_of(SkillRating), table_of(Skill)
        query = (
            sa.select(r.c.id, k.c.name).join(k, k.c.id == r.c.skill_id).where(r.c.id.in_(ratings))
        )
        for rating_id, name in s.connection().execute(query):
            titles[(RecordKind.SKILL_RATING, rating_id)] = name
    return titles


# --- snippets -------------------------------------------------------------------------------
# Built here rather than by FTS5's snippet(), which would run the whole query again for each
# hit; and so that another backend's search gets the same snippets. The matching follows the
# index's tokenizer closely enough to highlight: words are runs of letters, digits and marks,
# compared without case and without Latin accents; a word is a prefix unless quoted.
# Letters and digits (not "_", a separator for the index), and the combining marks of Latin
# accents, Arabic vowels, Indic and Ethiopic scripts, so that words are not cut at them.
_WORD = re.compile(
    r"(?:[^\W_]|[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f"
    r"\u0670\u06d6-\u06ed\u0900-\u0dff\u135d-\u135f\u1ab0-\u1aff\u1dc0-\u1dff"
    r"\u20d0-\u20ff\ufe20-\ufe2f])+"
)


def _fold(word: str) -> str:
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not 0x300 <= ord(c) <= 0x36F)


_ASCII_WORD = re.compile(r"[a-z0-9]+")


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded word) for each word of `text`."""
    if text.isascii():  # most notes: fold once, offsets unchanged
        return [(m.start(), m.end(), m.group()) for m in _ASCII_WORD.finditer(text.lower())]
    return [(m.start(), m.end(), _fold(m.group())) for m in _WORD.finditer(text)]


def _patterns(words: Iterable[tuple[str, bool]]) -> list[tuple[list[str], bool]]:
    """Each query piece as its folded words, and whether the last one is a prefix."""
    out = []
    for text, phrase in words:
        folded = [w for _s, _e, w in _tokens(text)]
        if folded:
            prefix = not phrase and len(folded[-1]) >= search_index.MIN_PREFIX
            out.append((folded, prefix))
    return out


def _marked(tokens: list[tuple[int, int, str]], patterns: list[tuple[list[str], bool]]) -> set[int]:
    """Indexes of the tokens that the query's pieces match."""
    marked: set[int] = set()
    for words, prefix in patterns:
        n = len(words)
        for i in range(len(tokens) - n + 1):
            ok = all(tokens[i + j][2] == words[j] for j in range(n - 1))
            last = tokens[i + n - 1][2]
            if ok and (last == words[-1] or (prefix and last.startswith(words[-1]))):
                marked.update(range(i, i + n))
    return marked


def make_snippet(
    title: str, body: str, words: Iterable[tuple[str, bool]], size: int = SNIPPET_WORDS
) -> Snippet:
    """About `size` words of `title` or `body` (whichever has more matches) around the
    matches, with the matched words highlighted and "…" where text was cut."""
    patterns = _patterns(words)
    best: tuple[int, str, list[tuple[int, int, str]], set[int]] | None = None
    for text in (title, body):
        tokens = _tokens(text)
        marked = _marked(tokens, patterns)
        if text and (best is None or len(marked) > best[0]):
            best = (len(marked), text, tokens, marked)
    if best is None:
        return Snippet(())
    _count, text, tokens, marked = best
    # The window of `size` words with the most matches, starting a little before them.
    first = 0
    if marked and len(tokens) > size:
        starts = sorted(marked)
        first = max(
            (max(0, m - 2) for m in starts),
            key=lambda s: (sum(1 for m in starts if s <= m < s + size), -s),
        )
    last = min(len(tokens), first + size)
    begin = 0 if first == 0 or not tokens else tokens[first][0]
    end = len(text) if last >= len(tokens) else tokens[last - 1][1]
    segments: list[tuple[str, bool]] = []
    if begin > 0:
        segments.append(("…", False))
    at = begin
    for i in range(first, last):
        start, stop, _w = tokens[i]
        if i in marked:
            if start > at:
                segments.append((text[at:start], False))
            segments.append((text[start:stop], True))
            at = stop
    if end > at:
        segments.append((text[at:end], False))
    if end < len(text):
        segments.append(("…", False))
    return Snippet(tuple(_spaced(segments)))


def _spaced(segments: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Keep one space where whitespace (a line break) separated words, on one line."""
    out = []
    for text, marked in segments:
        if not marked and text.strip() == "" and text:
            out.append((" ", False))
            continue
        if not marked:
            lead = " " if text[:1].isspace() else ""
            trail = " " if text[-1:].isspace() else ""
            text = lead + " ".join(text.split()) + trail
        out.append((text, marked))
    return out
