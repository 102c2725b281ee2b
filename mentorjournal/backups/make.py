"""Making a backup with SQLite's online backup API, never by copying the file.

The copy is read through a connection of its own (never the app's, which may be in the middle
of a write: Python's `Connection.backup()` hangs forever when its source connection has an
uncommitted write). WAL lets the app keep saving while the copy is taken, and the copy is one
consistent snapshot (one backup step). A plain backup is written to a temporary file in the
backup folder and renamed into place once complete and checked; an encrypted one is taken into
memory (a memfd on Linux: one copy of the journal, see `ram_copy`) and streamed to its file
through age, so no plaintext copy ever lands on the disk.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..durable import sync_folder as _sync_folder
from ..store.errors import JournalError, JournalUnavailable
from ..store.schema import check_sqlite_file, connect_read_only, database_error
from .catalog import KEEP_DAILY, KEEP_WEEKLY, Backup, Reason, file_name, parse, rotate
from .location import FILE_MODE, ensure_folder

if TYPE_CHECKING:
    from ..store.journal import Journal


PART_SUFFIX = ".part"  # a backup being written, renamed into place once complete
CUT_SHORT_AFTER = 24 * 3600.0  # seconds: no backup takes that long, so its files are leftovers


class BackupFailed(JournalError):
    """A backup could not be written (disk full, folder not writable...); the journal is fine."""


def make_backup(
    journal: Journal | Path,
    reason: Reason | str = Reason.MANUAL,
    *,
    now: datetime | None = None,
    root: Path | None = None,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
) -> Backup:
    """Back up the journal (open `Journal` or a closed journal's path) into its backup folder.

    This is the call to make before anything that changes a lot at once: an import calls
    `make_backup(journal, reason="import")` right before its transaction (a migration's
    backup is made by `open_journal`). Encrypted to the journal's own age recipient when the
    trainer turned encrypted backups on. Rotates the folder afterwards, keeping `daily` and
    `weekly` ones (the Settings dialog's numbers). `now` and `root` are for tests (a fixed
    clock, a folder in tmp_path).

    Raises `BackupFailed` (a `JournalError`) with a plain message when it cannot be written.
    """
    path = journal.path if not isinstance(journal, Path) else journal
    reason = Reason(reason)
    taken_at = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    try:
        folder = ensure_folder(path, root)
    except OSError as e:
        raise BackupFailed(f"Cannot make the backup folder: {e.strerror or e}.") from e

    check_sqlite_file(path)
    source = _connect_source(path)
    try:
        recipient = backup_recipient(source, path)
        if recipient is not None:
            from .keys import copy_key_from

            # A journal moved to another path has a new folder: it needs its key copy there.
            copy_key_from(source, path, root=root)
        target, temp = _reserve(folder, taken_at, reason, encrypted=recipient is not None)
        try:
            if recipient is None:
                _copy_plain(source, temp, path)
            else:
                _copy_encrypted(source, temp, recipient, path)
            os.replace(temp, target)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
            raise
    finally:
        source.close()
    _sync_folder(folder)
    rotate(folder, daily=daily, weekly=weekly)
    sweep_cut_short(folder)
    backup = parse(target)
    assert backup is not None  # we made the name
    return backup


def sweep_cut_short(folder: Path, *, older_than: float = CUT_SHORT_AFTER) -> list[Path]:
    """Remove what backups cut short by a crash or a power cut left in `folder`: half-written
    `.part` files (up to a journal's size each) and the memfd path's empty anchors.

    Only those untouched for `older_than` seconds: a younger one may belong to a backup that
    another window or the command line is making right now. Returns what was removed.
    """
    from .ram_copy import ANCHOR_SUFFIX

    removed = []
    deadline = time.time() - older_than
    for pattern in (f".*{PART_SUFFIX}", f".*{ANCHOR_SUFFIX}"):
        for path in folder.glob(pattern):
            try:
                if path.is_file() and path.stat().st_mtime < deadline:
                    path.unlink()
                    removed.append(path)
            except OSError:
                continue  # gone meanwhile or not ours to remove: the next backup tries again
    return removed


def _connect_source(path: Path) -> sqlite3.Connection:
    """A reading connection of our own on the journal (read-only; see the module docstring)."""
    if path.with_name(path.name + "-wal").exists():
        # In use (or not checkpointed): read through the WAL like any reader.
        try:
            return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        except sqlite3.Error as e:
            raise JournalUnavailable(f"{path} cannot be opened: {e}.") from e
    return connect_read_only(path)


def backup_recipient(conn: sqlite3.Connection, path: Path | None = None) -> str | None:
    """The age recipient backups go to, or None when encrypted backups are off."""
    try:
        row = conn.execute(
            "SELECT recipient FROM journal_key WHERE encrypt_backups ORDER BY id DESC LIMIT 1"
        ).fetchone()
    except sqlite3.OperationalError as e:
        if "no such table" in str(e):
            return None  # a journal from before schema 0008 has no key table
        raise database_error(path or Path("journal"), e) from e
    except sqlite3.DatabaseError as e:
        raise database_error(path or Path("journal"), e) from e
    return str(row[0]) if row else None


def _reserve(
    folder: Path, taken_at: datetime, reason: Reason, *, encrypted: bool
) -> tuple[Path, Path]:
    """A free backup name (two backups in one second get -2, -3...) and its temporary file."""
    # Numbered across reasons, so backups of the same second keep the order they were made in.
    first = 1 + len(list(folder.glob(file_name(taken_at, reason, encrypted=False)[:17] + "*")))
    for n in range(first, first + 1000):
        target = folder / file_name(taken_at, reason, encrypted=encrypted, n=n)
        temp = folder / f".{target.name}{PART_SUFFIX}"
        if target.exists():
            continue
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        except FileExistsError:
            continue  # another backup of this second is being written
        except OSError as e:
            raise BackupFailed(f"Cannot write a backup in {folder}: {e.strerror or e}.") from e
        os.close(fd)
        return target, temp
    raise BackupFailed(f"Too many backups in the same second in {folder}.")


def _copy_plain(source: sqlite3.Connection, temp: Path, journal_path: Path) -> None:
    dest = sqlite3.connect(temp)
    try:
        _backup(source, dest, journal_path)
        # A self-contained file: no -wal beside it is needed to read it.
        dest.execute("PRAGMA journal_mode = DELETE")
        _check_copy(dest, journal_path)
    except sqlite3.Error as e:
        raise BackupFailed(f"Cannot write the backup: {e}.") from e
    finally:
        dest.close()
    with open(temp, "rb+") as f:
        os.fsync(f.fileno())


def _copy_encrypted(
    source: sqlite3.Connection, temp: Path, recipient: str, journal_path: Path
) -> None:
    from ..crypto import keys
    from ..crypto.errors import CryptoError
    from .ram_copy import copy_in_ram

    try:
        with (
            copy_in_ram(
                lambda dest: _backup(source, dest, journal_path),
                lambda copy: _check_copy(copy, journal_path),
                beside=temp.parent,
            ) as plain,
            open(temp, "wb") as out,
        ):
            keys.encrypt_io(plain.stream, out, [recipient])
            out.flush()
            os.fsync(out.fileno())
    except CryptoError as e:
        raise BackupFailed(f"The journal's backup key is not usable: {e}") from e
    except sqlite3.Error as e:
        raise BackupFailed(f"Cannot write the backup: {e}.") from e
    except OSError as e:
        raise BackupFailed(f"Cannot write the backup: {e.strerror or e}.") from e


def _backup(source: sqlite3.Connection, dest: sqlite3.Connection, journal_path: Path) -> None:
    try:
        source.backup(dest)  # pages=-1: one step, one consistent snapshot
    except sqlite3.OperationalError as e:
        if "disk" in str(e) or "full" in str(e):
            raise BackupFailed(f"Cannot write the backup: {e}.") from e
        raise database_error(journal_path, e) from e
    except sqlite3.DatabaseError as e:
        raise database_error(journal_path, e) from e


def _check_copy(conn: sqlite3.Connection, journal_path: Path) -> None:
    """Only a sound copy counts as a backup (a restore offer trusts the newest one)."""
    rows = conn.execute("PRAGMA quick_check").fetchall()
    if [r[0] for r in rows] != ["ok"]:
        raise BackupFailed(
            f"The copy of {journal_path} failed its check ({rows[0][0]}); "
            "run 'mentorjournal check' on the journal."
        )
