"""Matching a bundle's checked records with this journal's, and the preview that results.

Records are matched by public id (skills and templates also by name, tags by their case-folded
key). A matched record is compared with ours, field by field, with its links, tags and
attendees; the later change decides between "updated" and "conflict" (importing.py says what
each means). `Planner` only reads; writing.py writes what it planned.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC
from typing import Any

import sqlalchemy as sa

from ..models import (
    JournalInfo,
    SessionAttendee,
    Tag,
)
from ..models.tag_names import tag_key
from .bundle import Bundle
from .errors import BundleInvalid
from .kinds import KINDS, TAG_LINKS, Kind, table_of
from .plan import Action, ImportPlan, KindPlan
from .records import IncomingRecord, describe, validate_record


def load_attendees(conn: sa.Connection, ids: list[int]) -> dict[int, dict[int, int | None]]:
    """Per session id: its attendees' mentee ids and their confidence."""
    att = table_of(SessionAttendee)
    out: dict[int, dict[int, int | None]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = conn.execute(
            sa.select(att.c.session_id, att.c.mentee_id, att.c.confidence).where(
                att.c.session_id.in_(chunk)
            )
        )
        for session_id, mentee_id, confidence in rows:
            out.setdefault(session_id, {})[mentee_id] = confidence
    return out


class Planner:
    """Plans an import: what happens to each record of the bundle in this journal."""

    def __init__(
        self,
        conn: sa.Connection,
        bundle: Bundle,
        validated: dict[str, list[IncomingRecord]] | None = None,
    ) -> None:
        self.conn = conn
        self.bundle = bundle
        # Validated records per kind: they depend on the bundle only, so a second plan (inside
        # the import's transaction) reuses the first plan's.
        self.validated: dict[str, list[IncomingRecord]] = dict(validated or {})
        # public id -> local id, and back, for every kind (and the bundle's skills matched by
        # name to ours).
        self.ids: dict[str, dict[str, int]] = {}
        self.pids: dict[str, dict[int, str]] = {}
        self.items: dict[str, list[IncomingRecord]] = {}
        self.in_bundle: dict[str, set[str]] = {}

    def plan(self) -> None:
        for kind in KINDS:
            rows = self.conn.execute(sa.select(kind.table.c.id, kind.table.c.public_id)).all()
            self.ids[kind.name] = {pid: rid for rid, pid in rows}
            self.pids[kind.name] = {rid: pid for rid, pid in rows}
        for kind in KINDS:
            records = self.bundle.content.get(kind.name, [])
            if kind.name in self.validated:
                fresh = self.validated[kind.name]
            else:
                fresh = [validate_record(kind, i, r) for i, r in enumerate(records)]
                self.validated[kind.name] = fresh
            # Planning marks items (and applying may give copies new ids): work on copies.
            items = [replace(item) for item in fresh]
            pids = [item.public_id for item in items]
            if len(set(pids)) != len(pids):
                raise BundleInvalid(kind.label, "the same public id appears twice")
            self.in_bundle[kind.name] = set(pids)
            names = self._by_name(kind) if kind.match_by_name else {}
            matched: list[IncomingRecord] = []
            for item in items:
                self._check_refs(item)
                local = self.ids[kind.name].get(item.public_id)
                if local is None and kind.match_by_name:
                    local = names.get(tag_key(str(item.all_values["name"])))
                    if local is not None:
                        # The same skill (or template) under another id: use ours as it is.
                        self.ids[kind.name][item.public_id] = local
                        item.action, item.local_id = Action.SAME, local
                        continue
                if local is None:
                    item.action = Action.ADD
                    continue
                item.local_id = local
                matched.append(item)
            # Ours, read in a few large queries rather than a few per record.
            ids = [item.local_id for item in matched if item.local_id is not None]
            local_rows = self._load_rows(kind, ids)
            tags = self._load_tags(kind, ids) if kind.tags else {}
            attendees = load_attendees(self.conn, ids) if kind.name == "sessions" else {}
            for item in matched:
                assert item.local_id is not None
                item.action = self._compare(
                    item,
                    local_rows[item.local_id],
                    tags.get(item.local_id, set()),
                    attendees.get(item.local_id, {}),
                )
            self.items[kind.name] = items
        self._journal_details()

    def _by_name(self, kind: Kind) -> dict[str, int]:
        table = kind.table
        rows = self.conn.execute(sa.select(table.c.id, table.c.name).order_by(table.c.id))
        names: dict[str, int] = {}
        for rid, name in rows:
            names.setdefault(tag_key(name), rid)
        return names

    def _check_refs(self, item: IncomingRecord) -> None:
        for ref in item.kind.refs:
            target = item.refs[ref.column]
            if target is None:
                continue
            if (
                target not in self.in_bundle.get(ref.target, set())
                and target not in self.ids[ref.target]
            ):
                raise BundleInvalid(
                    f"{item.kind.label.lower()}, record {item.index + 1}",
                    f"it refers to a {ref.key} that is neither in the file nor in this journal",
                )
        for mentee, _ in item.attendees:
            if mentee not in self.in_bundle["mentees"] and mentee not in self.ids["mentees"]:
                raise BundleInvalid(
                    f"sessions, record {item.index + 1}",
                    "an attendee is neither in the file nor in this journal",
                )

    def _resolve(self, target_kind: str, pid: str | None) -> object:
        if pid is None:
            return None
        local = self.ids[target_kind].get(pid)
        return local if local is not None else ("new", pid)

    def _load_rows(self, kind: Kind, ids: list[int]) -> dict[int, Any]:
        out: dict[int, Any] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for row in self.conn.execute(sa.select(kind.table).where(kind.table.c.id.in_(chunk))):
                out[row.id] = row._mapping
        return out

    def _load_tags(self, kind: Kind, ids: list[int]) -> dict[int, set[str]]:
        assert kind.tags is not None
        model, column = TAG_LINKS[kind.tags]
        link, tag = table_of(model), table_of(Tag)
        out: dict[int, set[str]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = self.conn.execute(
                sa.select(link.c[column], tag.c.key)
                .join(tag, tag.c.id == link.c.tag_id)
                .where(link.c[column].in_(chunk))
            )
            for record_id, key in rows:
                out.setdefault(record_id, set()).add(key)
        return out

    def _compare(
        self,
        item: IncomingRecord,
        mapping: Any,
        local_tags: set[str],
        local_attendees: dict[int, int | None],
    ) -> Action:
        kind = item.kind
        same = all(_equal(mapping[n], v) for n, v in item.values.items())
        for ref in kind.refs:
            same = same and mapping[ref.column] == self._resolve(ref.target, item.refs[ref.column])
        if same and item.tags is not None:
            same = local_tags == {tag_key(t) for t in item.tags}
        if same and kind.name == "sessions":
            for mentee, confidence in item.attendees:
                local = self.ids["mentees"].get(mentee)
                if (
                    local is None
                    or local not in local_attendees
                    or local_attendees[local] != confidence
                ):
                    same = False
        if same:
            return Action.SAME
        local_updated = mapping["updated_at"]
        if local_updated.tzinfo is None:  # SQLite hands stamps back naive; they are UTC
            local_updated = local_updated.replace(tzinfo=UTC)
        return Action.UPDATE if item.updated_at > local_updated else Action.CONFLICT

    def _journal_details(self) -> None:
        self.fill_details = False
        source = self.bundle.source_journal
        if self.bundle.scope != "journal" or not (
            source.get("owner_name") or source.get("institution")
        ):
            return
        info = self.conn.execute(sa.select(table_of(JournalInfo))).mappings().first()
        self.fill_details = info is not None and not info["owner_name"] and not info["institution"]

    def summary(self) -> ImportPlan:
        kinds: list[KindPlan] = []
        conflicts: list[tuple[str, str]] = []
        for kind in KINDS:
            plan = KindPlan(kind.name, kind.label)
            for item in self.items.get(kind.name, []):
                if item.action is Action.ADD:
                    plan.added += 1
                elif item.action is Action.SAME:
                    plan.unchanged += 1
                elif item.action is Action.UPDATE:
                    plan.updated += 1
                else:
                    plan.conflicts += 1
                    conflicts.append((kind.label, describe(item)))
            kinds.append(plan)
        return ImportPlan(kinds, conflicts, self.fill_details)


def _equal(local: Any, incoming: Any) -> bool:
    if isinstance(local, float) or isinstance(incoming, float):
        return local is not None and incoming is not None and float(local) == float(incoming)
    return bool(local == incoming)
