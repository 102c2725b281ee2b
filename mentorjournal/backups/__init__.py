"""Automatic backups of a journal, their rotation, and restoring one (issue 5 item 6). Qt-free.

- `make_backup(journal, reason)`: a backup with SQLite's online backup API into the journal's
  owner-only folder in the user data folder, encrypted to the journal's age key when the
  trainer turned that on. **An import calls `make_backup(journal, reason="import")` before its
  transaction**; `open_journal` makes the "migration" one; the GUI makes "close" and "auto"
  ones (ui/backups_feature.py); "manual" is the Back up now button and `mentorjournal backup`.
- `list_backups(journal_path)`: newest first, found from the path alone (also for a damaged
  or lost journal).
- `restore_backup(journal_path, backup)`: checked, the current state backed up (or a damaged
  journal kept aside untouched), then swapped in atomically. The GUI does it in steps
  (`prepare_restore`, `put_in_place`) to close its journal only for the swap.
- `keys`: the journal's age identity for encrypted backups.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..store.errors import JournalDamaged, JournalError, JournalUnavailable, NotAJournal
from .catalog import REASON_LABELS, Backup, Reason, list_folder, rotate, to_keep
from .location import ENV_VAR, backup_root, folder_for
from .make import BackupFailed, make_backup
from .restore import (
    BackupUnusable,
    Restored,
    keep_aside,
    prepare_restore,
    put_in_place,
    restore_backup,
)


def list_backups(journal_path: Path, *, root: Path | None = None) -> list[Backup]:
    """The backups of the journal at `journal_path`, newest first."""
    return list_folder(folder_for(journal_path, root))


def restore_offer_applies(error: JournalError, journal_path: Path) -> bool:
    """Is `error` (from opening `journal_path`) one that restoring a backup can cure?

    Damaged, not a journal (empty, foreign, a folder), or unreadable: yes. A journal from a
    newer version (update the app instead) or one locked by another program: no.
    """
    if isinstance(error, (JournalDamaged, NotAJournal)):
        return True
    if isinstance(error, JournalUnavailable):
        return journal_path.is_dir() or (
            journal_path.exists() and not os.access(journal_path, os.R_OK)
        )
    return False


__all__ = [
    "ENV_VAR",
    "REASON_LABELS",
    "Backup",
    "BackupFailed",
    "BackupUnusable",
    "Reason",
    "Restored",
    "backup_root",
    "folder_for",
    "keep_aside",
    "list_backups",
    "make_backup",
    "prepare_restore",
    "put_in_place",
    "restore_backup",
    "restore_offer_applies",
    "rotate",
    "to_keep",
]
