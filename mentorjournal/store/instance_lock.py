"""Is a journal open in the app right now? The lock file the app holds, read without Qt.

The app (ui/single_instance.py) holds a QLockFile for each journal it has open, at
`lock_path(journal)`: one per journal file, keyed by its resolved path, in the temporary
folder (so a journal on read-only media gets one too). QLockFile writes its process id in the
file and, on Linux and BSD, also holds an `flock` on it while the app lives: that is what
`holder` checks, so a lock left behind by a crashed app reads as free.

The CLI's writing commands call `refuse_if_open_in_app` before they open a journal: a
scripted erasure while the app has the same journal open would otherwise leave the window
showing (and an open editor's draft keeping) what was just erased.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import tempfile
from pathlib import Path

from .errors import JournalUnavailable


def journal_key(journal: Path) -> str:
    """A short, stable name for the journal file at `journal` (any way it is spelled)."""
    resolved = os.path.normcase(str(Path(journal).expanduser().resolve()))
    return hashlib.sha256(resolved.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def _user() -> str:
    try:
        name = getpass.getuser()
    except Exception:  # no user name known (containers): the uid still separates users
        name = str(getattr(os, "getuid", lambda: 0)())
    return "".join(c for c in name if c.isalnum())[:32] or "user"


def lock_path(journal: Path) -> Path:
    """Where the app's lock for `journal` is."""
    return Path(tempfile.gettempdir()) / f"mentorjournal-{_user()}-{journal_key(journal)}.lock"


def holder(journal: Path) -> int | None:
    """The process id of the app that has `journal` open, or None when no app has.

    0 when the app holds it but its id could not be read.
    """
    path = lock_path(journal)
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return None
    except PermissionError:  # Windows: the holder keeps it open without sharing
        return 0
    try:
        try:
            import fcntl
        except ImportError:  # Windows, and the file could be opened: nobody holds it
            return None
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            first = os.read(fd, 64).split(b"\n", 1)[0]
            return int(first) if first.isdigit() else 0
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None  # left behind by an app that is gone
    finally:
        os.close(fd)


def refuse_if_open_in_app(journal: Path) -> None:
    """JournalUnavailable, in words, when the app has `journal` open."""
    pid = holder(journal)
    if pid is not None:
        process = f" (process {pid})" if pid else ""
        raise JournalUnavailable(
            f"{journal} is open in the Mentor Journal app{process}. Close the app first; "
            "nothing was changed."
        )
