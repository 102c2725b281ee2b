"""Building a bundle from a journal: the whole journal, or chosen mentees with their history.

For chosen mentees the bundle holds their sessions (with only the chosen mentees as
attendees: other people's names never travel), action items, goals with check-ins,
reflections, skill ratings and the skills those ratings use. Private notes and private
reflections stay out unless `include_private` (moving one's own journal needs them).
Drafts, backups keys, the search index and settings never travel.

Records are read in batches (`record_batches`), so the export never holds the journal in
memory: `BundleStream` writes them as they come, one record per line (bundle.py describes
the layout), and `build_bundle` collects them into one document for small uses and tests.
"""

from __future__ import annotations

import hashlib
import io
import json
import threading
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from .. import __version__
from ..models import JournalInfo, SessionAttendee
from ..models import Tag as TagModel
from ..store.journal import Journal
from .bundle import (
    FORMAT_NAME,
    FORMAT_VERSION,
    canonical_bytes,
    make_manifest,
    stamp_to_json,
    to_json_value,
)
from .errors import ExportCancelled
from .kinds import BY_NAME, FILE_ORDER, KINDS, REF_TARGETS, TAG_LINKS, Kind, table_of

# Records read from the journal at a time: large enough for few queries, small enough that a
# batch (with its tags and attendees) is a few megabytes at most.
BATCH = 1000

Selection = dict[str, set[int] | None]


def build_bundle(
    journal: Journal,
    *,
    mentee_ids: Sequence[int] | None = None,
    include_private: bool = False,
    now: datetime | None = None,
) -> dict[str, Any]:
    """The bundle document (a dict ready for `bundle.dump`) for the journal or the mentees
    with internal ids `mentee_ids`, all in memory. One read transaction: a consistent
    snapshot. (Exports to a file stream instead: `BundleStream`.)"""
    with journal.reading() as s:
        reader = _Reader(s, mentee_ids, include_private)
        content = {
            kind.name: [record for batch in reader.batches(kind) for record in batch]
            for kind in KINDS
        }
        header = reader.header(now)
    return {**header, "content": content, "manifest": make_manifest(content)}


class BundleStream:
    """The bytes of a bundle file, produced piece by piece (`chunks()`), one record per line.

    Reads the journal in one read transaction while the chunks are taken; `counts` holds the
    number of records per kind once all chunks are taken. The manifest's checksum is made
    from the very lines written (each one the record's canonical JSON)."""

    def __init__(
        self,
        journal: Journal,
        *,
        mentee_ids: Sequence[int] | None = None,
        include_private: bool = False,
        now: datetime | None = None,
    ) -> None:
        self.journal = journal
        self.mentee_ids = mentee_ids
        self.include_private = include_private
        self.now = now
        self.counts: dict[str, int] = {}
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        """Stop the chunks (from any thread): the next one raises `ExportCancelled`, so the
        file being written is removed (the writer is atomic) and an encrypting child is
        stopped."""
        self._cancelled.set()

    def _go_on(self) -> None:
        if self._cancelled.is_set():
            raise ExportCancelled()

    def chunks(self) -> Iterator[bytes]:
        self._go_on()
        with self.journal.reading() as s:
            reader = _Reader(s, self.mentee_ids, self.include_private)
            header = json.dumps(reader.header(self.now), ensure_ascii=False, allow_nan=False)
            yield header[:-1].encode("utf-8") + b',\n"content": {\n'
            digest = hashlib.sha256(b"{")
            counts: dict[str, int] = {}
            for position, name in enumerate(FILE_ORDER):
                key = json.dumps(name, ensure_ascii=False).encode("utf-8")
                digest.update((b"," if position else b"") + key + b":[")
                yield key + b": ["
                count = 0
                for batch in reader.batches(BY_NAME[name]):
                    self._go_on()
                    lines = [canonical_bytes(record) for record in batch]
                    joined = b",".join(lines)
                    digest.update(b"," + joined if count else joined)
                    yield (b",\n" if count else b"\n") + b",\n".join(lines)
                    count += len(lines)
                digest.update(b"]")
                last = position == len(FILE_ORDER) - 1
                yield b"\n]\n" if last else b"\n],\n"
                counts[name] = count
            digest.update(b"}")
        self.counts = {kind.name: counts[kind.name] for kind in KINDS}
        manifest = {"counts": self.counts, "sha256": digest.hexdigest()}
        yield b'},\n"manifest": ' + json.dumps(manifest).encode("ascii") + b"\n}\n"

    def to_bytes(self) -> bytes:
        """The whole file's bytes, for a caller that needs them at once (the passphrase
        encryption in the window's child process): one copy, no document of objects."""
        out = io.BytesIO()
        for chunk in self.chunks():
            out.write(chunk)
        return out.getvalue()


class _Reader:
    """Reads the records of one export inside one read transaction, batch by batch."""

    def __init__(self, s: Session, mentee_ids: Sequence[int] | None, include_private: bool) -> None:
        self.conn = s.connection()
        self.whole = mentee_ids is None
        self.include_private = include_private
        self.selected = _selection(self.conn, mentee_ids)
        # Public ids of the exported records that others link to, read first: links travel
        # by public id, whatever order the kinds are written in.
        self.public: dict[str, dict[int, str]] = {}
        for name in sorted(REF_TARGETS):
            table = BY_NAME[name].table
            query = self._filtered(BY_NAME[name], sa.select(table.c.id, table.c.public_id))
            self.public[name] = dict(self.conn.execute(query).all())

    def header(self, now: datetime | None) -> dict[str, Any]:
        info = self.conn.execute(sa.select(table_of(JournalInfo))).mappings().first()
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
            "scope": "journal" if self.whole else "mentees",
            "includes_private": self.include_private,
        }

    def batches(self, kind: Kind) -> Iterator[list[dict[str, Any]]]:
        """The kind's exported records in id order, `BATCH` at a time."""
        if kind.whole_journal_only and not self.whole:
            return
        table = kind.table
        last = 0
        while True:
            query = self._filtered(kind, sa.select(table).where(table.c.id > last))
            rows = self.conn.execute(query.order_by(table.c.id).limit(BATCH)).mappings().all()
            if not rows:
                return
            ids = [row["id"] for row in rows]
            tags = _tags(self.conn, kind, ids) if kind.tags else {}
            attendees = _attendees(self.conn, ids) if kind.name == "sessions" else {}
            mentees = self.public["mentees"]
            records = []
            for row in rows:
                record = self._record(kind, row)
                if kind.tags:
                    record["tags"] = tags.get(row["id"], [])
                if kind.name == "sessions":
                    record["attendees"] = [
                        {"mentee": mentees[mid], "confidence": conf}
                        for mid, conf in attendees.get(row["id"], [])
                        if mid in mentees
                    ]
                records.append(record)
            yield records
            last = ids[-1]

    def _filtered(self, kind: Kind, query: sa.Select[Any]) -> sa.Select[Any]:
        table = kind.table
        selected = self.selected
        if selected:
            ids = selected.get(kind.name)
            if ids is not None:
                query = query.where(table.c.id.in_(sorted(ids)))
            elif any(ref.column == "mentee_id" for ref in kind.refs):
                query = query.where(table.c.mentee_id.in_(sorted(selected["mentees"] or ())))
            elif kind.name == "check_ins":
                goals = BY_NAME["goals"].table
                query = query.where(
                    table.c.goal_id.in_(
                        sa.select(goals.c.id).where(
                            goals.c.mentee_id.in_(sorted(selected["mentees"] or ()))
                        )
                    )
                )
        if kind.private_flag and not self.include_private:
            query = query.where(table.c[kind.private_flag].is_(False))
        return query

    def _record(self, kind: Kind, row: Any) -> dict[str, Any]:
        record: dict[str, Any] = {
            "public_id": row["public_id"],
            "created_at": stamp_to_json(row["created_at"]),
            "updated_at": stamp_to_json(row["updated_at"]),
        }
        for name in kind.field_names:
            if name in kind.private_fields and not self.include_private:
                continue
            record[name] = to_json_value(row[name])
        for ref in kind.refs:
            value = row[ref.column]
            # A link to a record outside the export (a reflection written in a session of
            # mentees not exported) travels as no link rather than as a dangling one.
            record[ref.key] = self.public[ref.target].get(value) if value is not None else None
        return record


def _selection(conn: sa.Connection, mentee_ids: Sequence[int] | None) -> Selection:
    """Internal ids to export per kind; None means all rows of that kind."""
    if mentee_ids is None:
        return {}
    mentees = set(mentee_ids)
    att = table_of(SessionAttendee)
    sessions = set(
        conn.execute(
            sa.select(att.c.session_id).where(att.c.mentee_id.in_(sorted(mentees))).distinct()
        ).scalars()
    )
    rating = BY_NAME["skill_ratings"].table
    skills = set(
        conn.execute(
            sa.select(rating.c.skill_id).where(rating.c.mentee_id.in_(sorted(mentees))).distinct()
        ).scalars()
    )
    return {"mentees": mentees, "sessions": sessions, "skills": skills}


def _tags(conn: sa.Connection, kind: Kind, ids: Sequence[int]) -> dict[int, list[str]]:
    assert kind.tags is not None
    model, column = TAG_LINKS[kind.tags]
    link = table_of(model)
    tag = table_of(TagModel)
    out: dict[int, list[str]] = {}
    rows = conn.execute(
        sa.select(link.c[column], tag.c.name)
        .join(tag, tag.c.id == link.c.tag_id)
        .where(link.c[column].in_(ids))
        .order_by(link.c[column], tag.c.key)
    )
    for record_id, name in rows:
        out.setdefault(record_id, []).append(name)
    return out


def _attendees(
    conn: sa.Connection, session_ids: Sequence[int]
) -> dict[int, list[tuple[int, int | None]]]:
    att = table_of(SessionAttendee)
    out: dict[int, list[tuple[int, int | None]]] = {}
    rows = conn.execute(
        sa.select(att.c.session_id, att.c.mentee_id, att.c.confidence)
        .where(att.c.session_id.in_(session_ids))
        .order_by(att.c.session_id, att.c.mentee_id)
    )
    for session_id, mentee_id, confidence in rows:
        out.setdefault(session_id, []).append((mentee_id, confidence))
    return out
