"""Writing a planned import into the journal, inside the import's transaction.

`Writer` takes a `Planner` made in the same transaction, plans batch by batch with it and
carries each batch's plan out under the trainer's `ConflictRule`: new records inserted in
bulk with their tags and attendees, updated ones written over ours, copies added under new
public ids, and the journal's owner and institution filled in when they were empty. It adds
and updates; it never deletes records (only tags no record uses any longer).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa

from ..models import JournalInfo, SessionAttendee, Tag, new_public_id
from ..models.tag_names import tag_key
from .kinds import TAG_LINKS, Kind, table_of
from .matching import Planner, load_attendees
from .plan import Action, ConflictRule, ImportResult
from .records import IncomingRecord


class Writer:
    """Writes what `planner` planned; counts what it did in an `ImportResult`."""

    def __init__(self, planner: Planner) -> None:
        self.planner = planner
        self.conn = planner.conn
        self.bundle = planner.bundle
        # The plan's public id -> local id maps, extended here as new records get their ids.
        self.ids = planner.ids
        self.tag_ids: dict[str, int] = {}
        self.tags_removed = False

    def write(self, rule: ConflictRule, result: ImportResult) -> None:
        """Plan and write the bundle batch by batch (one pass over its records)."""
        self.tags_removed = False
        tag = table_of(Tag)
        self.tag_ids = {key: rid for rid, key in self.conn.execute(sa.select(tag.c.id, tag.c.key))}
        for kind, items in self.planner.batches():
            adds: list[IncomingRecord] = []
            for item in items:
                if item.action is Action.SAME:
                    result.unchanged += 1
                elif item.action is Action.ADD:
                    adds.append(item)
                    result.added += 1
                elif rule is ConflictRule.KEEP_BOTH and kind.can_copy:
                    item.public_id = new_public_id()
                    adds.append(item)
                    result.copied += 1
                elif item.action is Action.UPDATE:
                    self._update(item)
                    result.updated += 1
                else:
                    result.kept += 1
            self._insert(kind, adds)
        if self.planner.fill_details:
            source = self.bundle.source_journal
            cadence = source.get("default_cadence_days")
            values: dict[str, Any] = {
                "owner_name": str(source.get("owner_name", ""))[:200],
                "institution": str(source.get("institution", ""))[:200],
            }
            if type(cadence) is int and 1 <= cadence <= 365:
                values["default_cadence_days"] = cadence
            self.conn.execute(sa.update(table_of(JournalInfo)).values(**values))
        if self.tags_removed:
            self._drop_unused_tags()

    def _row_values(self, item: IncomingRecord, values: dict[str, Any]) -> dict[str, Any]:
        out = dict(values)
        for ref in item.kind.refs:
            pid = item.refs[ref.column]
            out[ref.column] = None if pid is None else self.ids[ref.target][pid]
        return out

    def _insert(self, kind: Kind, items: list[IncomingRecord]) -> None:
        if not items:
            return
        rows = [
            {
                "public_id": item.public_id,
                "created_at": item.created_at,
                "updated_at": item.updated_at,
                **self._row_values(item, item.all_values),
            }
            for item in items
        ]
        self.conn.execute(sa.insert(kind.table), rows)
        # New ids, by public id, for the tags and attendees, and the links of later kinds.
        table = kind.table
        wanted = [item.public_id for item in items]
        new_ids: dict[str, int] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            for rid, pid in self.conn.execute(
                sa.select(table.c.id, table.c.public_id).where(table.c.public_id.in_(chunk))
            ):
                new_ids[pid] = rid
        if kind.name in self.ids:
            self.ids[kind.name].update(new_ids)
        links: list[dict[str, Any]] = []
        attendees: list[dict[str, Any]] = []
        for item in items:
            new_id = new_ids[item.public_id]
            if kind.tags and item.tags:
                column = TAG_LINKS[kind.tags][1]
                links.extend({column: new_id, "tag_id": self._tag_id(n)} for n in item.tags)
            if kind.name == "sessions":
                started = item.all_values["started_at"]
                attendees.extend(
                    {
                        "session_id": new_id,
                        "mentee_id": self.ids["mentees"][mentee],
                        "confidence": confidence,
                        "session_started_at": started,
                    }
                    for mentee, confidence in item.attendees
                )
        if links:
            assert kind.tags is not None
            self.conn.execute(sa.insert(table_of(TAG_LINKS[kind.tags][0])), links)
        if attendees:
            self.conn.execute(sa.insert(table_of(SessionAttendee)), attendees)

    def _tag_id(self, name: str) -> int:
        key = tag_key(name)
        tag_id = self.tag_ids.get(key)
        if tag_id is None:
            inserted = self.conn.execute(sa.insert(table_of(Tag)).values(name=name, key=key))
            tag_id = int(inserted.inserted_primary_key[0])  # type: ignore[index]
            self.tag_ids[key] = tag_id
        return tag_id

    def _update(self, item: IncomingRecord) -> None:
        kind = item.kind
        assert item.local_id is not None
        values = self._row_values(item, item.values)
        values["updated_at"] = item.updated_at
        self.conn.execute(
            sa.update(kind.table).where(kind.table.c.id == item.local_id).values(**values)
        )
        if kind.tags and item.tags is not None:
            self._set_tags(kind, item.local_id, item.tags, replace=True)
        if kind.name == "sessions":
            self._set_attendees(item.local_id, item)

    def _set_tags(self, kind: Kind, record_id: int, tags: Iterable[str], *, replace: bool) -> None:
        assert kind.tags is not None
        model, column = TAG_LINKS[kind.tags]
        link = table_of(model)
        if replace:
            self.conn.execute(sa.delete(link).where(link.c[column] == record_id))
            self.tags_removed = True
        for name in tags:
            self.conn.execute(
                sa.insert(link).values({column: record_id, "tag_id": self._tag_id(name)})
            )

    def _set_attendees(self, session_id: int, item: IncomingRecord) -> None:
        att = table_of(SessionAttendee)
        started = item.values.get("started_at", item.all_values["started_at"])
        existing = load_attendees(self.conn, [session_id]).get(session_id, {})
        for mentee_pid, confidence in item.attendees:
            mentee_id = self.ids["mentees"][mentee_pid]
            if mentee_id in existing:
                self.conn.execute(
                    sa.update(att)
                    .where(att.c.session_id == session_id, att.c.mentee_id == mentee_id)
                    .values(confidence=confidence)
                )
            else:
                self.conn.execute(
                    sa.insert(att).values(
                        session_id=session_id,
                        mentee_id=mentee_id,
                        confidence=confidence,
                        session_started_at=started,
                    )
                )
        # Attendees kept from before follow the session's (possibly new) start.
        self.conn.execute(
            sa.update(att).where(att.c.session_id == session_id).values(session_started_at=started)
        )

    def _drop_unused_tags(self) -> None:
        tag = table_of(Tag)
        used = sa.union(*(sa.select(table_of(model).c.tag_id) for model, _ in TAG_LINKS.values()))
        self.conn.execute(sa.delete(tag).where(tag.c.id.not_in(used)))
