"""Importing a bundle into a journal: a preview first, then one transaction.

Records are matched by public id (skills also by name, tags by their case-folded key), so the
same file imported twice changes nothing. Per record the preview says:
- added: not in this journal yet;
- unchanged: the same content is already here (time stamps aside);
- updated: here with other content, and the file's copy was changed later;
- conflict: here with other content, and this journal's copy was changed later (after the
  file's copy): both sides changed it.
The trainer picks the rule for records that differ (`ConflictRule`):
- keep the newer: the later-changed version wins (updated -> the file's; conflict -> ours);
- keep both: ours stays as it is and the file's version is added beside it as a copy (new
  public id). Mentees and skills are never doubled: for them the newer version wins.
Import adds and updates; it never deletes (attendees and tags missing from the file stay).
Everything happens in one transaction: any error rolls the whole import back.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from pydantic import ValidationError as PydanticError

from ..models import (
    GoalTag,
    JournalInfo,
    MenteeTag,
    ReflectionTag,
    SessionAttendee,
    SessionTag,
    Tag,
    new_public_id,
)
from ..store.journal import Journal
from .bundle import Bundle, stamp_from_json
from .errors import BundleInvalid
from .kinds import KINDS, Kind
from .plan import Action, ConflictRule, ImportPlan, ImportResult, KindPlan

# From this many new records on, the search index is rebuilt once instead of row by row.
BULK_RECORDS = 5000


@dataclass
class _Item:
    kind: Kind
    index: int
    public_id: str
    created_at: datetime
    updated_at: datetime
    values: dict[str, Any]  # validated field values present in the file
    all_values: dict[str, Any]  # the same with model defaults for absent fields (for adding)
    refs: dict[str, str | None]  # column -> public id
    tags: list[str] | None
    attendees: list[tuple[str, int | None]] = field(default_factory=list)
    action: Action = Action.ADD
    local_id: int | None = None


_LINKS: dict[str, tuple[Any, str]] = {
    "mentee": (MenteeTag, "mentee_id"),
    "session": (SessionTag, "session_id"),
    "goal": (GoalTag, "goal_id"),
    "reflection": (ReflectionTag, "reflection_id"),
}


def _t(model: Any) -> sa.Table:
    table = model.__table__
    assert isinstance(table, sa.Table)
    return table


def tag_key(name: str) -> str:
    return unicodedata.normalize("NFC", name.strip()).casefold()


def preview_import(journal: Journal, bundle: Bundle) -> ImportPlan:
    """Validate every record of the bundle against this journal and say what importing would
    do. Reads only. Raises `BundleInvalid` for a record that cannot be imported."""
    with journal.reading() as s:
        planner = _Planner(s.connection(), bundle)
        planner.plan()
        return planner.summary()


def apply_import(
    journal: Journal,
    bundle: Bundle,
    rule: ConflictRule = ConflictRule.KEEP_NEWER,
    *,
    backup: Callable[[Journal], Any] | None = None,
) -> ImportResult:
    """Import the bundle in one transaction, resolving differing records by `rule`.

    `backup(journal)` is called right before the transaction when the import changes
    anything (by default `mentorjournal.backups.make_backup(journal, reason="import")`).
    """
    with journal.reading() as s:
        first = _Planner(s.connection(), bundle)
        first.plan()
        plan = first.summary()
    result = ImportResult()
    if not plan.changes_anything:
        result.unchanged = plan.unchanged
        return result
    result.backup = (backup or backup_before_import)(journal)
    with journal.transaction() as s:
        # Planned again inside the transaction: what we write matches what is there now.
        planner = _Planner(s.connection(), bundle, first.validated)
        planner.plan()
        planner.apply(rule, result)
    return result


def backup_before_import(journal: Journal) -> Any:
    """The hook the import calls before its transaction: a backup with the reason "import"."""
    from ..backups import make_backup

    return make_backup(journal, reason="import")


class _Planner:
    def __init__(
        self,
        conn: sa.Connection,
        bundle: Bundle,
        validated: dict[str, list[_Item]] | None = None,
    ) -> None:
        self.conn = conn
        self.bundle = bundle
        # Validated records per kind: they depend on the bundle only, so a second plan (inside
        # the import's transaction) reuses the first plan's.
        self.validated: dict[str, list[_Item]] = dict(validated or {})
        # public id -> local id, and back, for every kind (and the bundle's skills matched by
        # name to ours).
        self.ids: dict[str, dict[str, int]] = {}
        self.pids: dict[str, dict[int, str]] = {}
        self.items: dict[str, list[_Item]] = {}
        self.in_bundle: dict[str, set[str]] = {}

    # --- planning --------------------------------------------------------------------------
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
                fresh = [self._validate(kind, i, r) for i, r in enumerate(records)]
                self.validated[kind.name] = fresh
            # Planning marks items (and applying may give copies new ids): work on copies.
            items = [replace(item) for item in fresh]
            pids = [item.public_id for item in items]
            if len(set(pids)) != len(pids):
                raise BundleInvalid(kind.label, "the same public id appears twice")
            self.in_bundle[kind.name] = set(pids)
            names = self._by_name(kind) if kind.match_by_name else {}
            matched: list[_Item] = []
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
            attendees = self._load_attendees(ids) if kind.name == "sessions" else {}
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

    def _validate(self, kind: Kind, index: int, record: dict[str, Any]) -> _Item:
        where = f"{kind.label.lower()}, record {index + 1}"
        public_id = record.get("public_id")
        if not isinstance(public_id, str) or not 0 < len(public_id) <= 36 or "\x00" in public_id:
            raise BundleInvalid(where, "its public id is missing or malformed")
        try:
            created = stamp_from_json(record.get("created_at"))
            updated = stamp_from_json(record.get("updated_at"))
        except (ValueError, TypeError):
            raise BundleInvalid(where, "its time stamps are missing or malformed") from None
        present = {n: record[n] for n in kind.field_names if n in record}
        try:
            # pydantic's validator itself: SQLModel's model_validate wrapper costs ten times more
            # per record, which counts over 200,000 records (these are not table models).
            model = kind.fields.__pydantic_validator__.validate_python(present)
        except PydanticError as error:
            fields = ", ".join(str(e["loc"][0]) for e in error.errors() if e["loc"])
            raise BundleInvalid(where, f"invalid value in {fields or 'a field'}") from None
        fields = model.__dict__
        all_values = {n: fields[n] for n in kind.field_names}
        values = {n: all_values[n] for n in present}
        self._check_values(kind, where, all_values)
        refs: dict[str, str | None] = {}
        for ref in kind.refs:
            target = record.get(ref.key)
            if target is not None and not isinstance(target, str):
                raise BundleInvalid(where, f"its {ref.key} link is malformed")
            if target is None and ref.required:
                raise BundleInvalid(where, f"it has no {ref.key}")
            refs[ref.column] = target
        tags: list[str] | None = None
        if kind.tags and "tags" in record:
            raw = record["tags"]
            if not isinstance(raw, list) or not all(isinstance(t, str) for t in raw):
                raise BundleInvalid(where, "its tags are malformed")
            tags = _clean_tags(raw)
            if any(len(t) > 100 for t in tags):
                raise BundleInvalid(where, "a tag is too long")
            for tag in tags:
                if (problem := _unstorable(tag)) is not None:
                    raise BundleInvalid(where, f"a tag holds {problem}")
        attendees: list[tuple[str, int | None]] = []
        if kind.name == "sessions":
            raw = record.get("attendees", [])
            if not isinstance(raw, list) or not raw:
                raise BundleInvalid(where, "a session needs at least one attendee")
            for entry in raw:
                mentee = entry.get("mentee") if isinstance(entry, dict) else None
                confidence = entry.get("confidence") if isinstance(entry, dict) else None
                if not isinstance(mentee, str) or not (
                    confidence is None or (type(confidence) is int and 1 <= confidence <= 5)
                ):
                    raise BundleInvalid(where, "an attendee is malformed")
                attendees.append((mentee, confidence))
            if len({m for m, _ in attendees}) != len(attendees):
                raise BundleInvalid(where, "an attendee is listed twice")
        return _Item(
            kind, index, public_id, created, updated, values, all_values, refs, tags, attendees
        )

    def _check_values(self, kind: Kind, where: str, values: dict[str, Any]) -> None:
        lengths = kind.lengths
        for name, value in values.items():
            if isinstance(value, str):
                if (problem := _unstorable(value)) is not None:
                    raise BundleInvalid(where, f"{name} holds {problem}")
                length = lengths[name]
                if length is not None and len(value) > length:
                    raise BundleInvalid(where, f"{name} is longer than {length} characters")
            elif isinstance(value, float) and not math.isfinite(value):
                raise BundleInvalid(where, f"{name} is not a number")
            elif isinstance(value, date) and not FIRST_YEAR <= value.year <= LAST_YEAR:
                raise BundleInvalid(
                    where, f"{name} is outside the years {FIRST_YEAR} to {LAST_YEAR}"
                )
        if kind.name == "skill_ratings" and not 1 <= values["rating"] <= 5:
            raise BundleInvalid(where, "a rating must be between 1 and 5")
        percent = values.get("percent") if kind.name == "check_ins" else None
        if percent is not None and not 0 <= percent <= 100:
            raise BundleInvalid(where, "a percentage must be between 0 and 100")

    def _check_refs(self, item: _Item) -> None:
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
        model, column = _LINKS[kind.tags]
        link, tag = _t(model), _t(Tag)
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

    def _load_attendees(self, ids: list[int]) -> dict[int, dict[int, int | None]]:
        att = _t(SessionAttendee)
        out: dict[int, dict[int, int | None]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = self.conn.execute(
                sa.select(att.c.session_id, att.c.mentee_id, att.c.confidence).where(
                    att.c.session_id.in_(chunk)
                )
            )
            for session_id, mentee_id, confidence in rows:
                out.setdefault(session_id, {})[mentee_id] = confidence
        return out

    def _compare(
        self,
        item: _Item,
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
        info = self.conn.execute(sa.select(_t(JournalInfo))).mappings().first()
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
                    conflicts.append((kind.label, _describe(item)))
            kinds.append(plan)
        return ImportPlan(kinds, conflicts, self.fill_details)

    # --- applying --------------------------------------------------------------------------
    def apply(self, rule: ConflictRule, result: ImportResult) -> None:
        adds = sum(1 for items in self.items.values() for i in items if i.action is Action.ADD)
        if adds >= BULK_RECORDS:
            # Many new records: index them for search once at the end, not row by row.
            from ..store import search_index

            with search_index.bulk_load(self.conn):
                self._apply(rule, result)
        else:
            self._apply(rule, result)

    def _apply(self, rule: ConflictRule, result: ImportResult) -> None:
        self.tags_removed = False
        tag = _t(Tag)
        self.tag_ids: dict[str, int] = {
            key: rid for rid, key in self.conn.execute(sa.select(tag.c.id, tag.c.key))
        }
        for kind in KINDS:
            adds: list[_Item] = []
            for item in self.items.get(kind.name, []):
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
        if self.fill_details:
            source = self.bundle.source_journal
            cadence = source.get("default_cadence_days")
            values: dict[str, Any] = {
                "owner_name": str(source.get("owner_name", ""))[:200],
                "institution": str(source.get("institution", ""))[:200],
            }
            if type(cadence) is int and 1 <= cadence <= 365:
                values["default_cadence_days"] = cadence
            self.conn.execute(sa.update(_t(JournalInfo)).values(**values))
        if self.tags_removed:
            self._drop_unused_tags()

    def _row_values(self, item: _Item, values: dict[str, Any]) -> dict[str, Any]:
        out = dict(values)
        for ref in item.kind.refs:
            pid = item.refs[ref.column]
            out[ref.column] = None if pid is None else self.ids[ref.target][pid]
        return out

    def _insert(self, kind: Kind, items: list[_Item]) -> None:
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
        # New ids, by public id, for the links of later kinds.
        table = kind.table
        wanted = [item.public_id for item in items]
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            for rid, pid in self.conn.execute(
                sa.select(table.c.id, table.c.public_id).where(table.c.public_id.in_(chunk))
            ):
                self.ids[kind.name][pid] = rid
        links: list[dict[str, Any]] = []
        attendees: list[dict[str, Any]] = []
        for item in items:
            new_id = self.ids[kind.name][item.public_id]
            if kind.tags and item.tags:
                column = _LINKS[kind.tags][1]
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
            self.conn.execute(sa.insert(_t(_LINKS[kind.tags][0])), links)
        if attendees:
            self.conn.execute(sa.insert(_t(SessionAttendee)), attendees)

    def _tag_id(self, name: str) -> int:
        key = tag_key(name)
        tag_id = self.tag_ids.get(key)
        if tag_id is None:
            inserted = self.conn.execute(sa.insert(_t(Tag)).values(name=name, key=key))
            tag_id = int(inserted.inserted_primary_key[0])  # type: ignore[index]
            self.tag_ids[key] = tag_id
        return tag_id

    def _update(self, item: _Item) -> None:
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
        model, column = _LINKS[kind.tags]
        link = _t(model)
        if replace:
            self.conn.execute(sa.delete(link).where(link.c[column] == record_id))
            self.tags_removed = True
        for name in tags:
            self.conn.execute(
                sa.insert(link).values({column: record_id, "tag_id": self._tag_id(name)})
            )

    def _set_attendees(self, session_id: int, item: _Item) -> None:
        att = _t(SessionAttendee)
        started = item.values.get("started_at", item.all_values["started_at"])
        existing = self._load_attendees([session_id]).get(session_id, {})
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
        tag = _t(Tag)
        used = sa.union(*(sa.select(_t(model).c.tag_id) for model, _ in _LINKS.values()))
        self.conn.execute(sa.delete(tag).where(tag.c.id.not_in(used)))


def _equal(local: Any, incoming: Any) -> bool:
    if isinstance(local, float) or isinstance(incoming, float):
        return local is not None and incoming is not None and float(local) == float(incoming)
    return bool(local == incoming)


# The years a trainer can enter at any date field (services/validation.py, which this floor
# cannot import): a file is held to the same rule, so no view meets a year the editors refuse.
FIRST_YEAR = 1900
LAST_YEAR = 2200


def _unstorable(text: str) -> str | None:
    """What in `text` cannot be stored, or None. JSON's "\\ud800" escapes give Python lone
    surrogates, which no UTF-8 database takes: refused here like NUL, with the file named,
    instead of failing inside the transaction (the rule of services/validation.py, which
    this floor cannot import)."""
    if "\x00" in text:
        return "a NUL character"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "a broken character (half of an emoji or symbol)"
    return None


def _clean_tags(tags: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for tag in tags:
        tag = unicodedata.normalize("NFC", tag.strip())
        if tag and tag_key(tag) not in seen:
            seen.add(tag_key(tag))
            out.append(tag)
    return out


def _describe(item: _Item) -> str:
    """A short label of a conflicting record for the preview (shown on screen only)."""
    values = item.all_values
    for name in ("full_name", "name", "title", "text", "topics"):
        if values.get(name):
            text = str(values[name]).replace("\n", " ")
            return text if len(text) <= 60 else text[:57] + "..."
    for name in ("started_at", "checked_on", "written_on", "rated_on"):
        if values.get(name):
            return str(values[name])
    return item.public_id
