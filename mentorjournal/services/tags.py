"""Tags on mentees, sessions, goals and reflections: one vocabulary shared by all of them.

A tag is found by its casefold key, so "Welding" typed on a session reuses the tag "welding" a
mentee already has (keeping the spelling first used). A tag no record uses any more is removed,
so the completion lists and filters never offer labels of deleted or erased records. These
helpers run inside the caller's transaction; the services own the commit.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any, Literal

import sqlalchemy as sa
from sqlmodel import Session

from ..models import GoalTag, MenteeTag, ReflectionTag, SessionTag, Tag
from ._common import table_of
from .filters import fold
from .validation import Problems, unstorable

MAX_TAG_LENGTH = 100

TagKind = Literal["mentee", "session", "goal", "reflection"]

# Each kind of record: its link table and the link's column naming the record.
_LINKS: dict[str, tuple[sa.Table, str]] = {
    "mentee": (table_of(MenteeTag), "mentee_id"),
    "session": (table_of(SessionTag), "session_id"),
    "goal": (table_of(GoalTag), "goal_id"),
    "reflection": (table_of(ReflectionTag), "reflection_id"),
}
_TAG = table_of(Tag)


def tag_key(name: str) -> str:
    """The key that makes "Welding", "WELDING" and "welding" one tag."""
    return unicodedata.normalize("NFC", name.strip()).casefold()


def clean_tags(tags: Iterable[str]) -> list[str]:
    """Trimmed (NFC), without empties, and without repeats that differ only in case."""
    seen: set[str] = set()
    out: list[str] = []
    for tag in tags:
        tag = unicodedata.normalize("NFC", tag.strip())
        if tag and tag_key(tag) not in seen:
            seen.add(tag_key(tag))
            out.append(tag)
    return out


def check_tags(p: Problems, tags: Iterable[str]) -> list[str]:
    """Note problems with `tags` under the field "tags"; return them cleaned."""
    cleaned = clean_tags(tags)
    for tag in cleaned:
        # Same refusal as every other text field (NUL, lone surrogates): a tag that cannot be
        # encoded would otherwise fail inside the INSERT as a bug instead of a message.
        problem = unstorable(tag)
        if problem:
            p.add("tags", problem)
        if len(tag) > MAX_TAG_LENGTH:
            p.add("tags", f"A tag can have at most {MAX_TAG_LENGTH} characters.")
    return cleaned


def tags_of(s: Session, kind: TagKind, record_id: int) -> list[str]:
    """The tag names on one record, in the order a trainer reads them (case and accents
    ignored)."""
    return tags_of_many(s, kind, [record_id]).get(record_id, [])


def _tags_of_many_query(kind: TagKind) -> sa.Select[Any]:
    link, column = _LINKS[kind]
    return (
        sa.select(link.c[column], _TAG.c.name)
        .join(_TAG, _TAG.c.id == link.c.tag_id)
        .where(link.c[column].in_(sa.bindparam("ids", expanding=True)))
    )


# Built once: opening a mentee reads the tags of several lists, and building the statement
# each time cost more than running it.
_TAGS_OF_MANY = {kind: _tags_of_many_query(kind) for kind in _LINKS}  # type: ignore[arg-type]


def tags_of_many(s: Session, kind: TagKind, record_ids: Sequence[int]) -> dict[int, list[str]]:
    """Tag names per record for `record_ids` (records without tags are absent)."""
    out: dict[int, list[str]] = {}
    ids = list(record_ids)
    conn = s.connection()
    # Chunks: SQLite limits the number of bound parameters.
    for start in range(0, len(ids), 500):
        rows = conn.execute(_TAGS_OF_MANY[kind], {"ids": ids[start : start + 500]})
        for row in rows:
            out.setdefault(int(row[0]), []).append(str(row[1]))
    for names in out.values():
        names.sort(key=fold)
    return out


def all_tags_of_kind(s: Session, kind: TagKind) -> dict[int, list[str]]:
    """Tag names per record for every record of `kind` that has tags (for lists)."""
    link, column = _LINKS[kind]
    out: dict[int, list[str]] = {}
    rows = s.connection().execute(
        sa.select(link.c[column], _TAG.c.name).join(_TAG, _TAG.c.id == link.c.tag_id)
    )
    for record_id, name in rows:
        out.setdefault(record_id, []).append(name)
    for names in out.values():
        names.sort(key=fold)
    return out


def tags_in_use(s: Session, kind: TagKind | None = None) -> list[str]:
    """Every tag name (or those on records of `kind`), sorted for a trainer."""
    query = sa.select(_TAG.c.name)
    if kind is not None:
        link, _column = _LINKS[kind]
        query = query.where(sa.exists().where(link.c.tag_id == _TAG.c.id))
    return sorted(s.connection().execute(query).scalars().all(), key=fold)


def set_tags(s: Session, kind: TagKind, record_id: int, tags: Sequence[str]) -> None:
    """Make `tags` (already cleaned) the record's tags, reusing the vocabulary by key."""
    link, column = _LINKS[kind]
    conn = s.connection()
    conn.execute(sa.delete(link).where(link.c[column] == record_id))
    for name in tags:
        key = tag_key(name)
        tag_id = conn.execute(sa.select(_TAG.c.id).where(_TAG.c.key == key)).scalar()
        if tag_id is None:
            tag_id = conn.execute(
                sa.insert(_TAG).values(name=name, key=key).returning(_TAG.c.id)
            ).scalar_one()
        conn.execute(sa.insert(link).values({column: record_id, "tag_id": tag_id}))
    prune_unused(s)


def prune_unused(s: Session) -> None:
    """Delete tags that no mentee, session, goal or reflection uses any more.

    The tag table is small (hundreds of rows) and each test is an index probe per link
    table, so doing it after every change costs well under a millisecond."""
    unused = sa.and_(
        *(~sa.exists().where(link.c.tag_id == _TAG.c.id) for link, _c in _LINKS.values())
    )
    s.connection().execute(sa.delete(_TAG).where(unused))
