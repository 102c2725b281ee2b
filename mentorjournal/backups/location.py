"""Where the backups of a journal live: one owner-only folder per journal in the user data folder.

The folder is named by a hash of the journal file's resolved path, so it is found again from the
path alone, even when the journal itself is damaged, unreadable or gone (the restore offer and
`mentorjournal backup --list` need exactly that case). A small `journal.txt` inside says which
journal it belongs to, for a person looking at the folder.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

# Tests, and trainers who keep backups on another disk, set this to a folder of their choice.
ENV_VAR = "MENTORJOURNAL_BACKUP_DIR"
FOLDER_MODE = 0o700
FILE_MODE = 0o600


def backup_root() -> Path:
    """The folder that holds one sub-folder of backups per journal."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path("mentorjournal", appauthor=False) / "backups"


def journal_key(journal_path: Path) -> str:
    """A short stable name for the journal at `journal_path` (its resolved path, hashed)."""
    resolved = os.path.realpath(os.fspath(journal_path))
    return hashlib.sha256(resolved.encode("utf-8", "surrogateescape")).hexdigest()[:20]


def folder_for(journal_path: Path, root: Path | None = None) -> Path:
    """The backup folder of the journal at `journal_path` (it may not exist yet)."""
    return (root or backup_root()) / journal_key(journal_path)


def ensure_folder(journal_path: Path, root: Path | None = None) -> Path:
    """The backup folder of the journal, created owner-only (0o700) if needed."""
    folder = folder_for(journal_path, root)
    folder.parent.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    folder.mkdir(exist_ok=True, mode=FOLDER_MODE)
    # mkdir's mode is cut by the umask, and an older folder may have been made looser.
    os.chmod(folder, FOLDER_MODE)
    note = folder / "journal.txt"
    if not note.exists():
        text = (
            "Backups of the Mentor Journal at:\n"
            f"{os.path.realpath(os.fspath(journal_path))}\n"
            "Restore one from the app (File > Backups) or with: "
            "mentorjournal backup --db JOURNAL --list\n"
        )
        fd = os.open(note, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
    return folder
