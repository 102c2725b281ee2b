"""Writes that fail for reasons outside the app: a full disk, read-only media, a locked file.

SQLite reports these as `sqlite3.OperationalError` (wrapped by SQLAlchemy); left alone they
would reach the error dialog as bugs. `plain_write_error` turns them into `JournalUnavailable`
errors with a message a trainer can act on (DESIGN.md, convention 4). The failed transaction
is rolled back whole, so the journal stays as it was before the save, and the next save
works as soon as the cause is gone (space freed, stick unlocked).
"""

from __future__ import annotations

import errno
import sqlite3

from sqlalchemy.exc import DBAPIError

from .errors import JournalUnavailable


class JournalFull(JournalUnavailable):
    """The disk (or the journal's size limit) is full: nothing was saved."""


class JournalReadOnly(JournalUnavailable):
    """The journal's file or drive cannot be written (read-only media, permissions)."""


class JournalBusy(JournalUnavailable):
    """Another program holds the journal's write lock for longer than we wait."""


FULL = (
    "The disk is full, so nothing was saved. Free some space (delete or move files you do "
    "not need), then save again."
)
READ_ONLY = (
    "The journal cannot be written: its file or drive is read-only (a locked USB stick, or a "
    "folder you may not change). Nothing was saved."
)
BUSY = "The journal is busy in another program, so nothing was saved. Try again in a moment."
IO_ERROR = (
    "The drive reported an error while saving (was it removed?). Nothing was saved; check "
    "the drive, then save again."
)


def plain_write_error(error: BaseException) -> JournalUnavailable | None:
    """The plain error for a failed write, or None when `error` is not one we can explain."""
    orig = error.orig if isinstance(error, DBAPIError) else error
    if isinstance(orig, sqlite3.Error):
        code = (getattr(orig, "sqlite_errorcode", 0) or 0) & 0xFF
        if code == sqlite3.SQLITE_FULL:
            return JournalFull(FULL)
        if code == sqlite3.SQLITE_READONLY:
            return JournalReadOnly(READ_ONLY)
        if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            return JournalBusy(BUSY)
        if code in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN):
            return JournalUnavailable(IO_ERROR)
        return None
    if isinstance(orig, OSError):
        if orig.errno in (errno.ENOSPC, errno.EDQUOT):
            return JournalFull(FULL)
        if orig.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return JournalReadOnly(READ_ONLY)
        if orig.errno == errno.EIO:
            return JournalUnavailable(IO_ERROR)
    return None
