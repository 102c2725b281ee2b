"""Is a journal open in the app right now? The lock file the app holds, read without Qt.

The app (ui/single_instance.py) holds a QLockFile for each journal it has open, at
`lock_path(journal)`: one per journal file, keyed by its resolved path, in the temporary
folder (so a journal on read-only media gets one too). QLockFile writes its process id in the
file and, on Linux and BSD, also holds an `flock` on it while the app lives: that is what
`holder` checks, so a lock left behind by a crashed app reads as free.

The CLI's writing commands (erase, import, backup --restore) refuse while the app has the
journal open (`refuse_if_open_in_app`): a scripted erasure while the app has the same journal
open would otherwise leave the window showing (and an open editor's draft keeping) what was
just erased. While they write they hold `writing_from_cli`, an `flock` on a file beside the
app's lock that the app checks at start (`cli_writer`), so neither order of the two lets both
write: each takes its own lock first, then looks for the other's.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
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


def cli_lock_path(journal: Path) -> Path:
    """The lock a CLI command holds while it writes `journal` (beside the app's)."""
    app_lock = lock_path(journal)
    return app_lock.with_name(app_lock.stem + "-cli.lock")


def _flock_holder(path: Path) -> int | None:
    """The pid written in `path` when a live process holds its flock, else None (0 when the
    pid cannot be read)."""
    try:
        import fcntl
    except ImportError:  # Windows: no CLI writer lock there (the app's refusal still holds)
        return None
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            first = os.read(fd, 64).split(b"\n", 1)[0]
            return int(first) if first.isdigit() else 0
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)


def cli_writer(journal: Path) -> int | None:
    """The process id of a CLI command writing `journal` now, or None."""
    return _flock_holder(cli_lock_path(journal))


@contextmanager
def writing_from_cli(journal: Path) -> Iterator[None]:
    """Held by a CLI command for as long as it writes `journal`. Raises JournalUnavailable,
    in words, when the app or another command has it; the operating system lets go of the
    lock if the command dies, so a killed command never leaves the journal barred."""
    refuse_if_open_in_app(journal)
    try:
        import fcntl
    except ImportError:  # Windows: the refusal above is what there is
        yield
        return
    path = cli_lock_path(journal)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            other = os.read(fd, 64).split(b"\n", 1)[0]
            process = f" (process {int(other)})" if other.isdigit() else ""
            raise JournalUnavailable(
                f"{journal} is being changed by another mentorjournal command{process}. "
                "Try again when it has finished; nothing was changed."
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        try:
            # The app may have taken its lock between the check above and ours: look again
            # now that an app starting from here on sees ours.
            refuse_if_open_in_app(journal)
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
