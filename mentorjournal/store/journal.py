"""Opening a journal file: checks, creation, upgrade, and the unit of work on it.

`open_journal` is the only way in. It never creates a file unless asked (only `demo`, `import`
and the GUI create journals), never writes to a file it refuses (a quick integrity check on a
read-only connection runs on every open), and backs up a journal before upgrading its schema
(into its backup folder, see `mentorjournal.backups`).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import JournalNotFound, JournalUnavailable
from .paths import ENV_VAR, default_journal_path, resolve_journal_path
from .precheck import Precheck, inspect_file
from .schema import HEAD_REVISION

if TYPE_CHECKING:  # SQLAlchemy and SQLModel load with the first session (issue 7)
    from sqlalchemy import Engine
    from sqlmodel import Session

__all__ = [  # the paths are re-exported: callers found them here first
    "ENV_VAR",
    "Journal",
    "backup_before_upgrade",
    "default_journal_path",
    "open_journal",
    "resolve_journal_path",
]


class Journal:
    """One open journal file. Services get it passed in and open transactions on it.

    SQLAlchemy (with SQLModel and pydantic, half a second of imports on a workshop laptop)
    loads with the first session, not with the journal: the first window reads its mentee
    list through `plain_reading` and paints before that import (issue 7, cold start).
    """

    def __init__(
        self, path: Path, engine: Engine | None = None, pending: Precheck | None = None
    ) -> None:
        self.path = path
        self._engine = engine
        self._engine_made = threading.Lock()  # a worker thread may ask for it first
        # The integrity check still running when the journal was opened to read early
        # (`open_journal(..., verdict_later=True)`): every write waits for its verdict.
        self._pending = pending

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine on the file, made (and SQLAlchemy imported) on first use."""
        if self._engine is None:
            with self._engine_made:
                if self._engine is None:
                    from .engine import make_engine

                    self._engine = make_engine(self.path)
        return self._engine

    @contextmanager
    def plain_reading(self) -> Iterator[sqlite3.Connection]:
        """A plain sqlite3 connection for a read that must not wait for SQLAlchemy's import
        (the first window's mentee list, see services/mentee_list.py), closed afterwards.
        It is read-only (`query_only`): writes go through `transaction()`."""
        from .engine import connect_plain

        conn = connect_plain(self.path)
        try:
            yield conn
        finally:
            conn.close()

    def ensure_sound(self) -> None:
        """Wait for the integrity check still running, if any; raise `JournalDamaged` (and
        keep raising it) if it failed. Writing paths call this before writing."""
        if self._pending is not None:
            self._pending.revision()
            self._pending = None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: everything inside commits together or not at all."""
        from sqlalchemy.exc import DBAPIError
        from sqlmodel import Session

        from .faults import plain_write_error

        self.ensure_sound()
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except DBAPIError as error:
                # Disk full, read-only media, locked: roll back whole, then say it plainly.
                session.rollback()
                plain = plain_write_error(error)
                if plain is None:
                    raise
                raise plain from error
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads; objects stay usable after it closes."""
        from sqlmodel import Session

        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    def checkpoint(self) -> bool:
        """Move everything in the -wal file into the journal and empty the -wal file.

        After an erasure, the deleted text would otherwise linger in the -wal file until
        SQLite checkpoints on its own (secure_delete only zeroes the pages of the journal
        itself). Returns False when another connection (the app open elsewhere) kept SQLite
        from finishing; the -wal file is then emptied when the last connection closes.
        """
        self.ensure_sound()
        with self.engine.connect() as conn:
            row = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
        busy, _log_frames, _checkpointed = row
        return not busy

    def close(self) -> None:
        """Close every connection (the lock and the window's end); a later session reopens."""
        if self._engine is not None:
            self._engine.dispose()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _create_file(path: Path) -> None:
    """Make an empty, owner-only file (SQLite gives its -wal and -shm files the same mode)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except PermissionError as e:
        raise JournalUnavailable(f"Cannot create a journal at {path}: permission denied.") from e
    except OSError as e:
        raise JournalUnavailable(f"Cannot create a journal at {path}: {e.strerror}.") from e
    os.close(fd)


def backup_before_upgrade(path: Path) -> Path:
    """Back the journal up (SQLite's online backup API, into its backup folder) before its
    schema changes; an upgrade never starts without one."""
    from ..backups import Reason, make_backup

    return make_backup(path, Reason.MIGRATION).path


def open_journal(
    path: str | os.PathLike[str],
    *,
    create: bool = False,
    precheck: Precheck | None = None,
    verdict_later: bool = False,
) -> Journal:
    """Open the journal at `path`, creating it only if `create` and nothing is there yet.

    Raises a `JournalError` with a plain message for a missing, foreign, damaged or too new
    file; such a file is left byte-for-byte as it was. `precheck`, started earlier on the
    same path (see `store.precheck`), saves checking the file here again.

    With a precheck and `verdict_later`, a journal of the current schema opens for reading
    before the quick check has finished (it takes seconds on a huge journal): every write
    waits for the verdict (`Journal.ensure_sound`) and a damaged journal is then refused, its
    file unchanged (reading writes nothing to it; the -wal and -shm files SQLite makes beside
    it go when it is closed). The caller must show that refusal, see `app.run_gui`.
    """
    path = Path(path).expanduser()
    created = False
    if not path.exists():
        if not create:
            raise JournalNotFound(path)
        _create_file(path)
        created = True
        revision = None
        verdict_later = False
    else:
        if precheck is not None and precheck.path == path and precheck.inspected():
            revision = precheck.schema_revision() if verdict_later else precheck.revision()
            if revision != HEAD_REVISION:  # an upgrade writes: the verdict comes first
                revision = precheck.revision()
                verdict_later = False
        else:
            verdict_later = False
            revision = inspect_file(path)
        if revision is None and not create:
            raise JournalNotFound(path)

    if revision == HEAD_REVISION:  # the usual case: SQLAlchemy loads with the first session
        return Journal(path, None, precheck if verdict_later else None)
    if revision is not None:
        backup_before_upgrade(path)
    from sqlmodel import Session

    from ..models import JournalInfo
    from .engine import make_engine
    from .schema import upgrade

    engine = make_engine(path)
    try:
        with engine.begin() as connection:
            upgrade(connection)
        if revision is None:
            with Session(engine) as session:
                session.add(JournalInfo())
                session.commit()
    except BaseException:
        engine.dispose()
        if created:
            path.unlink(missing_ok=True)
        raise
    return Journal(path, engine, None)
