"""Restoring a backup: write it out beside the journal, check it fully, then swap it in.

Three steps, so the GUI can close its journal only for the short last one:
1. `prepare_restore`: decrypt or copy the backup into a temporary file in the journal's folder
   and run the full integrity check on it; a backup that fails is refused, nothing changed.
2. The caller backs up the current journal (`make_backup(..., reason="before-restore")`) or,
   when it cannot be opened (damaged, not a journal...), keeps it aside untouched.
3. `put_in_place`: with the journal closed, rename the checked file over it in one step.

`restore_backup` does all three for a journal that no one has open (CLI, start-up offer).
A damaged journal is never written to: it is renamed aside (its bytes stay exactly as they
were, and so do its -wal/-shm files), next to where it was, and the message says where.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..durable import sync_folder as _sync_folder
from ..store.errors import JournalError, JournalTooNew, JournalUnavailable, NotAJournal
from ..store.schema import KNOWN_REVISIONS, check_sqlite_file, read_revision
from .catalog import Backup, Reason
from .location import FILE_MODE

SIDE_FILES = ("-wal", "-shm")


class BackupUnusable(JournalError):
    """The backup chosen cannot be restored (damaged, cut short, wrong key); nothing changed."""


@dataclass(frozen=True, slots=True)
class Restored:
    """What a restore did: which backup, and where the journal it replaced went."""

    backup: Backup
    kept_aside: Path | None  # the damaged journal, renamed; None when it was backed up
    safety_backup: Backup | None  # the current state, backed up before the restore


def prepare_restore(backup: Backup, journal_path: Path, *, identities: Sequence[str] = ()) -> Path:
    """The backup's journal in a checked temporary file beside `journal_path`.

    `identities`: the journal's secret keys (`keys.unlock_identities`) for an encrypted
    backup. Raises `BackupUnusable` when the file cannot be read or fails the full check.
    """
    folder = journal_path.parent
    fd, name = tempfile.mkstemp(dir=folder, prefix=f".{journal_path.name}.", suffix=".restoring")
    os.close(fd)
    temp = Path(name)
    os.chmod(temp, FILE_MODE)
    try:
        if backup.encrypted:
            _decrypt(backup, temp, identities)
        else:
            with backup.path.open("rb") as src, temp.open("wb") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
                dst.flush()
                os.fsync(dst.fileno())
        check_restorable(temp, backup)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    return temp


def _decrypt(backup: Backup, temp: Path, identities: Sequence[str]) -> None:
    from ..crypto import keys
    from ..crypto.errors import CryptoError

    if not identities:
        raise BackupUnusable("This backup is encrypted: the passphrase is needed to restore it.")
    try:
        with backup.path.open("rb") as src, temp.open("wb") as dst:
            # On a damaged body part of the plaintext may be in `temp`: the caller deletes it.
            keys.decrypt_io(src, dst, list(identities))
            dst.flush()
            os.fsync(dst.fileno())
    except CryptoError as e:
        raise BackupUnusable(f"The backup {backup.path.name} cannot be restored: {e}") from e


def check_restorable(path: Path, backup: Backup) -> None:
    """A journal of a schema we know, whose pages, indexes and references are all sound."""
    from ..store.integrity import check_file, quick_check

    try:
        check_sqlite_file(path)
        revision = read_revision(path)
        if revision is None:
            raise NotAJournal(path, "it holds no journal")
        if revision not in KNOWN_REVISIONS:
            raise JournalTooNew(path, revision)
        quick_check(path)
        report = check_file(path)
    except JournalError as e:
        raise BackupUnusable(f"The backup {backup.path.name} is not usable: {e}") from e
    if not report.ok:
        raise BackupUnusable(
            f"The backup {backup.path.name} failed its check: {report.problems[0]}"
        )


def aside_name(journal_path: Path, now: datetime | None = None) -> Path:
    """Where a damaged journal is kept: `journal.damaged-20261123-142030.sqlite`, beside it."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    suffix = journal_path.suffix
    stem = journal_path.name[: -len(suffix)] if suffix else journal_path.name
    for n in range(1, 1000):
        extra = f"-{n}" if n > 1 else ""
        candidate = journal_path.with_name(f"{stem}.damaged-{stamp}{extra}{suffix}")
        if not os.path.lexists(candidate):
            return candidate
    raise JournalUnavailable(f"Cannot find a free name beside {journal_path}.")


def keep_aside(journal_path: Path, now: datetime | None = None) -> Path:
    """Rename the journal (file or folder) and its -wal/-shm aside; not a byte is written."""
    target = aside_name(journal_path, now)
    try:
        os.rename(journal_path, target)
        for side in SIDE_FILES:
            companion = journal_path.with_name(journal_path.name + side)
            if os.path.lexists(companion):
                os.rename(companion, target.with_name(target.name + side))
    except OSError as e:
        raise JournalUnavailable(
            f"Cannot move the damaged journal aside ({e.strerror or e}); nothing was restored."
        ) from e
    return target


def settle_wal(journal_path: Path) -> None:
    """Fold a leftover -wal into the journal (after a crash) so no stale -wal is paired with
    the restored file; refuse when another program still has the journal open."""
    wal = journal_path.with_name(journal_path.name + "-wal")
    if not wal.exists():
        return
    conn = sqlite3.connect(journal_path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error:
        pass
    finally:
        conn.close()  # the last connection to close deletes the -wal
    if wal.exists():
        raise JournalUnavailable(
            f"{journal_path} is open in another window or program; close it, then restore."
        )


def put_in_place(prepared: Path, journal_path: Path, *, keep_current: bool) -> Path | None:
    """Rename the checked file `prepared` to `journal_path` (the journal must be closed).

    `keep_current`: the journal there cannot be opened; rename it aside and return its new
    name. Otherwise the journal there (already backed up) is replaced in one step.
    """
    kept: Path | None = None
    if os.path.lexists(journal_path):
        if keep_current:
            kept = keep_aside(journal_path)
        else:
            settle_wal(journal_path)
            shm = journal_path.with_name(journal_path.name + "-shm")
            with contextlib.suppress(FileNotFoundError):
                shm.unlink()
    try:
        os.replace(prepared, journal_path)
    except OSError as e:
        raise JournalUnavailable(f"Cannot put the backup in place: {e.strerror or e}.") from e
    _sync_folder(journal_path.parent)
    return kept


def restore_backup(
    journal_path: Path,
    backup: Backup,
    *,
    identities: Sequence[str] = (),
    root: Path | None = None,
    now: datetime | None = None,
) -> Restored:
    """Restore `backup` over the journal at `journal_path`, which no one has open.

    The current journal is backed up first; if it cannot be (damaged, not a journal, a
    folder, unreadable), it is kept aside untouched instead. Raises `BackupUnusable` (nothing
    changed) when the backup fails its check.
    """
    from .make import make_backup

    prepared = prepare_restore(backup, journal_path, identities=identities)
    try:
        safety: Backup | None = None
        keep_current = False
        if os.path.lexists(journal_path):
            try:
                safety = make_backup(journal_path, Reason.RESTORE, root=root, now=now)
            except JournalError:
                keep_current = True
        kept = put_in_place(prepared, journal_path, keep_current=keep_current)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            prepared.unlink()
        raise
    return Restored(backup, kept, safety)
