"""Building a bundle from a journal: the whole journal, or chosen mentees with their history.

For chosen mentees the bundle holds their sessions (with only the chosen mentees as
attendees: other people's names never travel), action items, goals with check-ins,
reflections, skill ratings and the skills those ratings use. Private notes and private
reflections stay out unless `include_private` (moving one's own journal needs them).
Drafts, backups keys, the search index and settings never travel.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from .. import __version__
from ..models import JournalInfo, SessionAttendee
from ..models import Tag as TagModel
from ..store.journal import Journal
from .bundle import FORMAT_NAME, FORMAT_VERSION, make_manifest, stamp_to_json, to_json_value
from .kinds import KINDS, TAG_LINKS, Kind, table_of


def build_bundle(
    journal: Journal,
    *,
    mentee_ids: Sequence[int] | None = None,
    include_private: bool = False,
    now: datetime | None = None,
) -> dict[str, Any]:
    """The bundle document (a dict ready for `bundle.dump`) for the journal or the mentees
    with internal ids `mentee_ids`. One read transaction: a consistent snapshot."""
    with journal.reading() as s:
        conn = s.connection()
        selected = _selection(s, mentee_ids)
        public: dict[str, dict[int, str]] = {}
        content: dict[str, list[dict[str, Any]]] = {}
        for kind in KINDS:
            if kind.whole_journal_only and mentee_ids is not None:
                content[kind.name] = []
                continue
            rows = _rows(conn, kind, selected, include_private)
            public[kind.name] = {row["id"]: row["public_id"] for row in rows}
            tags = _tags(conn, kind, [row["id"] for row in rows]) if kind.tags else {}
            attendees = (
                _attendees(conn, [row["id"] for row in rows], selected.get("mentees"))
                if kind.name == "sessions"
                else {}
            )
            records = []
            for row in rows:
                record = _record(kind, row, public, include_private)
                if kind.tags:
                    record["tags"] = tags.get(row["id"], [])
                if kind.name == "sessions":
                    record["attendees"] = [
                        {"mentee": public["mentees"][mid], "confidence": conf}
                        for mid, conf in attendees.get(row["id"], [])
                        if mid in public["mentees"]
                    ]
                records.append(record)
            content[kind.name] = records
        info = s.connection().execute(sa.select(table_of(JournalInfo))).mappings().first()
    source = (
        {
            "public_id": info["public_id"],
            "owner_name": info["owner_name"],
            "institution": info["institution"],
            "default_cadence_days": info["default_cadence_days"],
        }
        if info is not None
        else {}
    )
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": stamp_to_json((now or datetime.now(UTC)).replace(microsecond=0)),
        "source_journal": source,
        "scope": "journal" if mentee_ids is None else "mentees",
        "includes_private": include_private,
        "content": content,
        "manifest": make_manifest(content),
    }


def _selection(s: Session, mentee_ids: Sequence[int] | None) -> dict[str, set[int] | None]:
    """Internal ids to export per kind; None means all rows of that kind."""
    if mentee_ids is None:
        return {}
    conn = s.connection()
    mentees = set(mentee_ids)
    att = table_of(SessionAttendee)
    sessions = set(
        conn.execute(
            sa.select(att.c.session_id).where(att.c.mentee_id.in_(sorted(mentees))).distinct()
        ).scalars()
    )
    rating = table_of(_kind("skill_ratings").model)
    skills = set(
        conn.execute(
            sa.select(rating.c.skill_id).where(rating.c.mentee_id.in_(sorted(mentees))).distinct()
        ).scalars()
    )
    return {"mentees": mentees, "sessions": sessions, "skills": skills}


def _kind(name: str) -> Kind:
    return next(k for k in KINDS if k.name == name)


def _rows(
    conn: sa.Connection, kind: Kind, selected: dict[str, set[int] | None], include_private: bool
) -> list[Any]:
    table = kind.table
    query = sa.select(table).order_by(table.c.id)
    if selected:
        ids = selected.get(kind.name)
        if ids is not None:
            query = query.where(table.c.id.in_(sorted(ids)))
        elif any(ref.column == "mentee_id" for ref in kind.refs):
            query = query.where(table.c.mentee_id.in_(sorted(selected["mentees"] or ())))
        elif kind.name == "check_ins":
            goals = table_of(_kind("goals").model)
            query = query.where(
                table.c.goal_id.in_(
                    sa.select(goals.c.id).where(
                        goals.c.mentee_id.in_(sorted(selected["mentees"] or ()))
                    )
                )
            )
    if kind.private_flag and not include_private:
        query = query.where(table.c[kind.private_flag].is_(False))
    return list(conn.execute(query).mappings())


def _record(
    kind: Kind, row: Any, public: dict[str, dict[int, str]], include_private: bool
) -> dict[str, Any]:
    record: dict[str, Any] = {
        "public_id": row["public_id"],
        "created_at": stamp_to_json(row["created_at"]),
        "updated_at": stamp_to_json(row["updated_at"]),
    }
    for name in kind.field_names:
        if name in kind.private_fields and not include_private:
            continue
        record[name] = to_json_value(row[name])
    for ref in kind.refs:
        value = row[ref.column]
        # A link to a record outside the export (a reflection written in a session of
        # mentees not exported) travels as no link rather than as a dangling one.
        record[ref.key] = public.get(ref.target, {}).get(value) if value is not None else None
    return record


def _tags(conn: sa.Connection, kind: Kind, ids: Iterable[int]) -> dict[int, list[str]]:
    assert kind.tags is not None
    model, column = TAG_LINKS[kind.tags]
    link = table_of(model)
    tag = table_of(TagModel)
    out: dict[int, list[str]] = {}
    wanted = set(ids)
    rows = conn.execute(
        sa.select(link.c[column], tag.c.name)
        .join(tag, tag.c.id == link.c.tag_id)
        .order_by(link.c[column], tag.c.key)
    )
    for record_id, name in rows:
        if record_id in wanted:
            out.setdefault(record_id, []).append(name)
    return out


def _attendees(
    conn: sa.Connection, session_ids: Sequence[int], mentees: set[int] | None
) -> dict[int, list[tuple[int, int | None]]]:
    att = table_of(SessionAttendee)
    wanted = set(session_ids)
    out: dict[int, list[tuple[int, int | None]]] = {}
    rows = conn.execute(
        sa.select(att.c.session_id, att.c.mentee_id, att.c.confidence).order_by(
            att.c.session_id, att.c.mentee_id
        )
    )
    for session_id, mentee_id, confidence in rows:
        if session_id in wanted and (mentees is None or mentee_id in mentees):
            out.setdefault(session_id, []).append((mentee_id, confidence))
    return out
