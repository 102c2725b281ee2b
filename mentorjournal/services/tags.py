"""Tags on mentees, sessions, goals and reflections: one vocabulary shared by all of them.

A tag is found by its casefold key, so "Welding" typed on a session reuses the tag "welding" a
mentee already has (keeping the spelling first used). A tag no record uses any more is removed,
so the completion lists and filters never offer labels of deleted or erased records. These
helpers run inside the caller's transaction; the services own the commit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any, Literal

import sqlalchemy as sa
from sqlmodel import Session

from ..models.tag_names import clean_tags, tag_key
from .filters import fold
from .validation import Problems, unstorable

MAX_TAG_LENGTH = 100

TagKind = Literal["mentee", "session", "goal", "reflection"]

# The tag tables as light clauses of the columns used here: reading or writing tags builds no
# table class, so the first window reads the mentees' tags before any model it does not need
# is loaded (issue 7). The models (models/mentee.py, models/tags.py) define the tables;
# tests/services/test_light_tables.py checks these clauses against them.
_TAG = sa.table(
    "tag", sa.column("id", sa.Integer), sa.column("name", sa.String), sa.column("key", sa.String)
)
# Each kind of record: its link table and the link's column naming the record.
_LINKS: dict[str, tuple[sa.TableClause, str]] = {
    kind: (
        sa.table(
            f"{kind}_tag", sa.column(f"{kind}_id", sa.Integer), sa.column("tag_id", sa.Integer)
        ),
        f"{kind}_id",
    )
    for kind in ("mentee", "session", "goal", "reflection")
}


def _link(kind: str) -> tuple[sa.TableClause, str]:
    """The link table of `kind` and its column naming the record."""
    return _LINKS[kind]


def _tag() -> sa.TableClause:
    return _TAG


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


# Built once per kind: opening a mentee reads the tags of several lists, and building the
# statement each time cost more than running it.
@cache
def _tags_of_many_query(kind: TagKind) -> sa.Select[Any]:
    tag_table = _tag()
    link, column = _link(kind)
    return (
        sa.select(link.c[column], tag_table.c.name)
        .join(tag_table, tag_table.c.id == link.c.tag_id)
        .where(link.c[column].in_(sa.bindparam("ids", expanding=True)))
    )


def tags_of_many(s: Session, kind: TagKind, record_ids: Sequence[int]) -> dict[int, list[str]]:
    """Tag names per record for `record_ids` (records without tags are absent)."""
    out: dict[int, list[str]] = {}
    ids = list(record_ids)
    conn = s.connection()
    # Chunks: SQLite limits the number of bound parameters.
    for start in range(0, len(ids), 500):
        rows = conn.execute(_tags_of_many_query(kind), {"ids": ids[start : start + 500]})
        for row in rows:
            out.setdefault(int(row[0]), []).append(str(row[1]))
    for names in out.values():
        names.sort(key=fold)
    return out


def all_tags_of_kind(s: Session, kind: TagKind) -> dict[int, list[str]]:
    """Tag names per record for every record of `kind` that has tags (for lists)."""
    tag_table = _tag()
    link, column = _link(kind)
    out: dict[int, list[str]] = {}
    rows = s.connection().execute(
        sa.select(link.c[column], tag_table.c.name).join(tag_table, tag_table.c.id == link.c.tag_id)
    )
    for record_id, name in rows:
        out.setdefault(record_id, []).append(name)
    for names in out.values():
        names.sort(key=fold)
    return out


def tags_in_use(s: Session, kind: TagKind | None = None) -> list[str]:
    """Every tag name (or those on records of `kind`), sorted for a trainer."""
    tag_table = _tag()
    query = sa.select(tag_table.c.name)
    if kind is not None:
        link, _column = _link(kind)
        query = query.where(sa.exists().where(link.c.tag_id == tag_table.c.id))
    return sorted(s.connection().execute(query).scalars().all(), key=fold)


def set_tags(s: Session, kind: TagKind, record_id: int, tags: Sequence[str]) -> None:
    """Make `tags` (already cleaned) the record's tags, reusing the vocabulary by key."""
    tag_table = _tag()
    link, column = _link(kind)
    conn = s.connection()
    conn.execute(sa.delete(link).where(link.c[column] == record_id))
    for name in tags:
        key = tag_key(name)
        tag_id = conn.execute(sa.select(tag_table.c.id).where(tag_table.c.key == key)).scalar()
        if tag_id is None:
            tag_id = conn.execute(
                sa.insert(tag_table).values(name=name, key=key).returning(tag_table.c.id)
            ).scalar_one()
        conn.execute(sa.insert(link).values({column: record_id, "tag_id": tag_id}))
    prune_unused(s)


def prune_unused(s: Session) -> None:
    """Delete tags that no mentee, session, goal or reflection uses any more.

    The tag table is small (hundreds of rows) and each test is an index probe per link
    table, so doing it after every change costs well under a millisecond."""
    tag_table = _tag()
    unused = sa.and_(
        *(~sa.exists().where(link.c.tag_id == tag_table.c.id) for link, _c in _LINKS.values())
    )
    s.connection().execute(sa.delete(tag_table).where(unused))
