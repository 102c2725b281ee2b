"""Matching a bundle's checked records with this journal's, and the preview that results.

Records are matched by public id (skills and templates also by name, tags by their case-folded
key). A matched record is compared with ours, field by field, with its links, tags and
attendees; the later change decides between "updated" and "conflict" (importing.py says what
each means). `Planner` only reads; writing.py writes what it planned.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC
from itertools import islice
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
from .kinds import BY_NAME, KINDS, REF_TARGETS, TAG_LINKS, Kind, table_of
from .plan import Action, ImportPlan, KindPlan
from .records import IncomingRecord, describe, validate_record

# Records checked, compared and written at a time: a few megabytes of objects at most.
BATCH = 1000


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
    """Plans an import: what happens to each record of the bundle in this journal.

    The records are read, checked and compared a batch at a time (`batches()`), so neither
    the bundle nor the journal is ever held whole: a preview (`plan()`) only counts, and
    writing.py writes each batch as it comes, in the same pass."""

    def __init__(self, conn: sa.Connection, bundle: Bundle) -> None:
        self.conn = conn
        self.bundle = bundle
        # public id -> local id for the kinds others link to (and the bundle's skills matched
        # by name to ours); extended by writing.py as new records get their ids.
        self.ids: dict[str, dict[str, int]] = {}
        # The public ids in the bundle of the kinds others link to.
        self.in_bundle: dict[str, set[str]] = {}
        self.fill_details = False

    def batches(self) -> Iterator[tuple[Kind, list[IncomingRecord]]]:
        """Every record of the bundle, checked and compared with ours (its `action` set), in
        batches of one kind, kinds in dependency order. Raises `BundleInvalid` at the first
        record that cannot be imported."""
        for name in REF_TARGETS:
            table = BY_NAME[name].table
            rows = self.conn.execute(sa.select(table.c.public_id, table.c.id))
            self.ids[name] = dict(rows.all())
        for kind in KINDS:
            names = self._by_name(kind) if kind.match_by_name else {}
            seen = self.in_bundle[kind.name] = set()
            records = enumerate(self.bundle.records(kind.name))
            while chunk := list(islice(records, BATCH)):
                items = [validate_record(kind, i, r) for i, r in chunk]
                for item in items:
                    if item.public_id in seen:
                        raise BundleInvalid(kind.label, "the same public id appears twice")
                    seen.add(item.public_id)
                self._match(kind, items, names)
                yield kind, items
            if kind.name not in REF_TARGETS:
                del self.in_bundle[kind.name]
        self._journal_details()

    def plan(self, *, enough_adds: int | None = None) -> ImportPlan:
        """The preview: what importing would do, per kind. With `enough_adds`, stops once
        that many records are to be added (the rest is not read: the import will change
        something, which is all its caller wants to know)."""
        plans = {kind.name: KindPlan(kind.name, kind.label) for kind in KINDS}
        conflicts: list[tuple[str, str]] = []
        for kind, items in self.batches():
            plan = plans[kind.name]
            for item in items:
                if item.action is Action.ADD:
                    plan.added += 1
                elif item.action is Action.SAME:
                    plan.unchanged += 1
                elif item.action is Action.UPDATE:
                    plan.updated += 1
                else:
                    plan.conflicts += 1
                    conflicts.append((kind.label, describe(item)))
            if enough_adds is not None and sum(p.added for p in plans.values()) >= enough_adds:
                break
        return ImportPlan(list(plans.values()), conflicts, self.fill_details)

    def _match(self, kind: Kind, items: list[IncomingRecord], names: dict[str, int]) -> None:
        """Find ours for each item (by public id, or by name) and decide its action."""
        known = self.ids.get(kind.name)
        if known is None:  # a kind no other links to: look its public ids up for this batch
            table = kind.table
            query = sa.select(table.c.public_id, table.c.id).where(
                table.c.public_id.in_([item.public_id for item in items])
            )
            known = dict(self.conn.execute(query).all())
        matched: list[IncomingRecord] = []
        for item in items:
            self._check_refs(item)
            local = known.get(item.public_id)
            if local is None and kind.match_by_name:
                local = names.get(tag_key(str(item.all_values["name"])))
                if local is not None:
                    # The same skill (or template) under another id: use ours as it is.
                    if kind.name in self.ids:
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


def _equal(local: Any, incoming: Any) -> bool:
    if isinstance(local, float) or isinstance(incoming, float):
        return local is not None and incoming is not None and float(local) == float(incoming)
    return bool(local == incoming)
