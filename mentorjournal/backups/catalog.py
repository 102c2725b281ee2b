"""The backups in a journal's folder: their names, what they say, and which ones rotation keeps.

A backup's file name carries everything the Backups dialog and `mentorjournal backup --list`
show, so listing needs no index file that could get out of step:
`20261123T142030Z-close.sqlite` (plain) or `...-close.sqlite.age` (encrypted), the time in UTC.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path


class Reason(StrEnum):
    """Why a backup was made. Routine ones rotate together; the others each keep a few."""

    CLOSE = "close"
    AUTO = "auto"
    MANUAL = "manual"
    MIGRATION = "migration"
    IMPORT = "import"
    RESTORE = "before-restore"


REASON_LABELS: dict[Reason, str] = {
    Reason.CLOSE: "on closing",
    Reason.AUTO: "while working",
    Reason.MANUAL: "backed up by hand",
    Reason.MIGRATION: "before a schema upgrade",
    Reason.IMPORT: "before an import",
    Reason.RESTORE: "before a restore",
}

ROUTINE = frozenset({Reason.CLOSE, Reason.AUTO, Reason.MANUAL})

# Rotation: the newest few whatever their day (a busy day's morning state stays restorable),
# the newest of each of the last 7 days and 4 weeks that have backups, and a few of each
# special kind. At most 3 + 7 + 4 + 3 * 3 = 23 files per journal.
KEEP_LATEST = 3
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_SPECIAL = 3

PLAIN_SUFFIX = ".sqlite"
ENCRYPTED_SUFFIX = ".sqlite.age"
_NAME = re.compile(
    r"^(?P<stamp>\d{8}T\d{6})Z-(?P<reason>[a-z-]+?)(?:-(?P<n>\d+))?"
    r"(?P<suffix>\.sqlite(?:\.age)?)$"
)


@dataclass(frozen=True, slots=True)
class Backup:
    """One backup file of a journal."""

    path: Path
    taken_at: datetime  # aware, UTC
    reason: Reason
    size: int
    encrypted: bool
    sequence: int = 1  # 2, 3... for more backups of one kind in the same second

    @property
    def order(self) -> tuple[datetime, int]:
        """Sort key: oldest first."""
        return self.taken_at, self.sequence

    @property
    def reason_label(self) -> str:
        return REASON_LABELS[self.reason]


def file_name(taken_at: datetime, reason: Reason, *, encrypted: bool, n: int = 1) -> str:
    stamp = taken_at.astimezone(UTC).strftime("%Y%m%dT%H%M%S")
    extra = f"-{n}" if n > 1 else ""
    return f"{stamp}Z-{reason.value}{extra}{ENCRYPTED_SUFFIX if encrypted else PLAIN_SUFFIX}"


def parse(path: Path) -> Backup | None:
    """The backup that `path` names, or None for any other file (keys, notes, temporaries)."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        reason = Reason(match["reason"])
        taken = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    encrypted = match["suffix"] == ENCRYPTED_SUFFIX
    return Backup(path, taken, reason, size, encrypted, int(match["n"] or 1))


def list_folder(folder: Path) -> list[Backup]:
    """The backups in `folder`, newest first (an absent folder has none)."""
    try:
        entries = list(folder.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    backups = [b for b in (parse(p) for p in entries if p.is_file()) if b is not None]
    backups.sort(key=lambda b: b.order, reverse=True)
    return backups


def _iso_week(day: date) -> tuple[int, int]:
    year, week, _ = day.isocalendar()
    return year, week


def to_keep(
    backups: list[Backup], *, daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY
) -> set[Path]:
    """The backups rotation keeps (see KEEP_*; `daily` and `weekly` are the Settings
    dialog's numbers); `backups` in any order."""
    newest_first = sorted(backups, key=lambda b: b.order, reverse=True)
    keep: set[Path] = set()
    routine = [b for b in newest_first if b.reason in ROUTINE]
    keep.update(b.path for b in routine[:KEEP_LATEST])
    days: dict[date, Backup] = {}
    weeks: dict[tuple[int, int], Backup] = {}
    for b in routine:
        day = b.taken_at.date()
        if day not in days and len(days) < daily:
            days[day] = b
        week = _iso_week(day)
        if week not in weeks and len(weeks) < weekly:
            weeks[week] = b
    keep.update(b.path for b in days.values())
    keep.update(b.path for b in weeks.values())
    for reason in set(Reason) - ROUTINE:
        special = [b for b in newest_first if b.reason == reason]
        keep.update(b.path for b in special[:KEEP_SPECIAL])
    return keep


def rotate(folder: Path, *, daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY) -> list[Path]:
    """Delete the backups in `folder` that rotation does not keep; returns what went."""
    backups = list_folder(folder)
    keep = to_keep(backups, daily=daily, weekly=weekly)
    removed = []
    for b in backups:
        if b.path not in keep:
            try:
                b.path.unlink()
            except FileNotFoundError:
                continue
            removed.append(b.path)
    return removed
