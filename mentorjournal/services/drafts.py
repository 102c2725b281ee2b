"""Drafts: an editor's unsaved fields, kept in the journal while the trainer types, so a
crash, a kill or a dead battery loses at most the last two seconds (issue 6).

A draft is keyed by the editor's kind and the record (or "new" and the mentee it is for).
A saved record never depends on a draft: the editor deletes its draft when it saves or
discards. When the journal itself cannot be written (disk full, read-only media, locked),
the draft goes to a fallback file instead: owner-only, in the user's data folder, one folder
per journal; the next successful keep moves it back into the journal and removes the file.

Drafts are confidential text: nothing here logs them, and no export reads this table.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from ..models import Draft, Mentee, utcnow
from ..store.errors import JournalError
from ..store.journal import Journal

FOLDER_MODE = 0o700


class DraftPlace(StrEnum):
    """Where `DraftService.keep` put a draft."""

    JOURNAL = "journal"
    FILE = "file"  # the journal could not be written; a fallback file holds it
    NOWHERE = "nowhere"  # neither could be written: only the editor holds the text now


@dataclass(frozen=True, slots=True)
class DraftData:
    """One draft as the editors and the restore prompt see it (plain, JSON-able values)."""

    key: str
    kind: str
    record_id: int | None = None
    mentee_id: int | None = None
    context: dict[str, Any] = field(default_factory=dict)
    title: str = ""
    content: dict[str, Any] = field(default_factory=dict)
    updated_at: datetime | None = None
    in_file: bool = False  # read from a fallback file, not from the journal


def draft_key(kind: str, record_id: int | None, **context: object) -> str:
    """The key of an editor's draft: "reflection:12", or "session:new:mentee=3" for a new one.

    A new record's key names what it hangs off (mentee, goal), so that two new-record editors
    opened one after the other for different mentees keep separate drafts.
    """
    if record_id is not None:
        return f"{kind}:{record_id}"
    parts = [f"{name}={value}" for name, value in sorted(context.items()) if value is not None]
    return ":".join([kind, "new", *parts])


def base_folder() -> Path:
    """Where fallback drafts live: the user's data folder (not beside the journal, whose
    drive may be the read-only or full one)."""
    from platformdirs import user_data_path

    return user_data_path("mentorjournal", appauthor=False) / "drafts"


def fallback_folder(journal_path: Path, base: Path | None = None) -> Path:
    """The fallback folder of one journal, named by a digest of its full path."""
    digest = hashlib.sha256(str(journal_path.resolve()).encode("utf-8")).hexdigest()[:16]
    return (base or base_folder()) / digest


def _file_of(folder: Path, key: str) -> Path:
    return folder / (hashlib.sha256(key.encode("utf-8")).hexdigest()[:24] + ".json")


def delete_drafts_of_mentee(session: Session, journal_path: Path, mentee_id: int) -> None:
    """Part of erasing a mentee: their drafts in the journal (inside the caller's transaction;
    the foreign key would cascade too, this says it outright) and in fallback files."""
    session.execute(sa.delete(Draft).where(col(Draft.mentee_id) == mentee_id))
    folder = fallback_folder(journal_path)
    for draft in _read_files(folder):
        if draft.mentee_id == mentee_id:
            _remove(_file_of(folder, draft.key))


class DraftService:
    """The drafts of one journal. `folder` overrides the fallback folder (tests)."""

    def __init__(self, journal: Journal, folder: Path | None = None) -> None:
        self._journal = journal
        self._folder = folder

    @property
    def folder(self) -> Path:
        return self._folder or fallback_folder(self._journal.path)

    # --- writing -------------------------------------------------------------------------
    def keep(self, draft: DraftData) -> DraftPlace:
        """Store `draft` (replacing the one with its key): in the journal if it can be
        written, else in a fallback file. Never raises for a full or read-only disk."""
        draft = replace(draft, updated_at=utcnow(), in_file=False)
        try:
            self._keep_in_journal(draft)
        except IntegrityError:
            # Its mentee was erased meanwhile: the draft must not outlive them.
            return DraftPlace.NOWHERE
        except JournalError:
            return DraftPlace.FILE if self._keep_in_file(draft) else DraftPlace.NOWHERE
        _remove(_file_of(self.folder, draft.key))
        return DraftPlace.JOURNAL

    def discard(self, key: str) -> bool:
        """Delete the draft `key` wherever it is. False when the journal could not be
        written (the draft is then offered again at the next start, never lost silently)."""
        _remove(_file_of(self.folder, key))
        try:
            with self._journal.transaction() as s:
                s.execute(sa.delete(Draft).where(col(Draft.key) == key))
        except JournalError:
            return False
        return True

    def _keep_in_journal(self, draft: DraftData) -> None:
        with self._journal.transaction() as s:
            row = s.exec(select(Draft).where(Draft.key == draft.key)).first()
            if row is None:
                row = Draft(key=draft.key, kind=draft.kind)
            if draft.mentee_id is not None and s.get(Mentee, draft.mentee_id) is None:
                raise IntegrityError("draft", None, Exception("mentee erased"))
            row.kind = draft.kind
            row.record_id = draft.record_id
            row.mentee_id = draft.mentee_id
            row.context = json.dumps(draft.context, ensure_ascii=False)
            row.title = draft.title
            row.content = json.dumps(draft.content, ensure_ascii=False)
            row.updated_at = draft.updated_at or utcnow()
            s.add(row)

    def _keep_in_file(self, draft: DraftData) -> bool:
        from ..reports.files import write_atomically

        folder = self.folder
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
            os.chmod(folder, FOLDER_MODE)
            write_atomically(_file_of(folder, draft.key), _to_json(draft).encode("utf-8"))
        except OSError:
            return False
        return True

    # --- reading -------------------------------------------------------------------------
    def all(self) -> list[DraftData]:
        """Every draft of this journal, newest first; a fallback file wins over the journal's
        copy of the same draft when it is newer (it was kept while the journal failed)."""
        drafts: dict[str, DraftData] = {}
        with self._journal.reading() as s:
            for row in s.exec(select(Draft)).all():
                drafts[row.key] = _from_row(row)
        for draft in _read_files(self.folder):
            kept = drafts.get(draft.key)
            if kept is None or _stamp(draft) >= _stamp(kept):
                drafts[draft.key] = draft
        return sorted(drafts.values(), key=_stamp, reverse=True)

    def get(self, key: str) -> DraftData | None:
        return next((d for d in self.all() if d.key == key), None)

    def count(self) -> int:
        return len(self.all())


def _stamp(draft: DraftData) -> datetime:
    stamp = draft.updated_at or datetime.min.replace(tzinfo=UTC)
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)


def _from_row(row: Draft) -> DraftData:
    return DraftData(
        key=row.key,
        kind=row.kind,
        record_id=row.record_id,
        mentee_id=row.mentee_id,
        context=_json_dict(row.context),
        title=row.title,
        content=_json_dict(row.content),
        updated_at=row.updated_at,
    )


def _json_dict(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _to_json(draft: DraftData) -> str:
    return json.dumps(
        {
            "key": draft.key,
            "kind": draft.kind,
            "record_id": draft.record_id,
            "mentee_id": draft.mentee_id,
            "context": draft.context,
            "title": draft.title,
            "content": draft.content,
            "updated_at": (draft.updated_at or utcnow()).isoformat(),
        },
        ensure_ascii=False,
    )


def _read_files(folder: Path) -> list[DraftData]:
    """The fallback drafts in `folder`; unreadable or half-written files are skipped."""
    if not folder.is_dir():
        return []
    out: list[DraftData] = []
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            out.append(
                DraftData(
                    key=str(data["key"]),
                    kind=str(data["kind"]),
                    record_id=_int_or_none(data.get("record_id")),
                    mentee_id=_int_or_none(data.get("mentee_id")),
                    context=dict(data.get("context") or {}),
                    title=str(data.get("title", "")),
                    content=dict(data.get("content") or {}),
                    updated_at=datetime.fromisoformat(str(data["updated_at"])),
                    in_file=True,
                )
            )
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return out


def _int_or_none(value: object) -> int | None:
    return int(value) if isinstance(value, int) else None


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
