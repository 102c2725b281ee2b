"""Which schema a journal file has, and bringing it to ours with Alembic.

Reading the revision uses plain `sqlite3` on a read-only connection, so a journal from a newer
version (or any file that is not ours) is judged without a single byte written to it. Alembic
itself is imported only when a journal is created or upgraded: it costs start-up time.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import JournalDamaged, JournalError, JournalUnavailable, NotAJournal

# Every revision this version knows, oldest first. A test checks this against Alembic's scripts;
# keeping it here lets an up-to-date journal open without importing Alembic at all.
KNOWN_REVISIONS: tuple[str, ...] = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]

SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS = "mentorjournal.store:migrations"

if TYPE_CHECKING:  # SQLAlchemy is not imported on the way to reading the revision
    from sqlalchemy import Connection


def check_sqlite_file(path: Path) -> None:
    """Refuse, with a plain reason, anything at `path` that is not an SQLite database file."""
    if path.is_dir():
        raise NotAJournal(path, "it is a folder")
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except PermissionError as e:
        raise JournalUnavailable(f"{path} cannot be read: permission denied.") from e
    except OSError as e:
        raise JournalUnavailable(f"{path} cannot be read: {e.strerror}.") from e
    if not header:
        raise NotAJournal(path, "the file is empty (0 bytes)")
    if header != SQLITE_HEADER:
        raise NotAJournal(path, "it is not an SQLite database")


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot change `path` and, when no -wal file is there, creates none.

    Even a read-only open of a WAL database creates -wal and -shm files beside it;
    `immutable` reads without them. With a -wal present (in use, or not checkpointed after a
    crash) its content matters, and the files exist already.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not path.with_name(path.name + "-wal").exists():
        uri += "&immutable=1"
    try:
        return sqlite3.connect(uri, uri=True)
    except sqlite3.Error as e:
        raise JournalUnavailable(f"{path} cannot be opened: {e}.") from e


def database_error(path: Path, error: sqlite3.DatabaseError) -> JournalError:
    """The plain error for what SQLite said while reading `path`."""
    code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
    if code == sqlite3.SQLITE_NOTADB:
        return NotAJournal(path, f"the database is damaged ({error})")
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return JournalUnavailable(f"{path} is locked by another program; try again later.")
    if code in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM):
        return JournalUnavailable(f"{path} cannot be read: {error}.")
    return JournalDamaged(path, str(error))


def read_revision(path: Path) -> str | None:
    """The schema revision stamped in the file, or None for an SQLite file with no tables.

    Raises NotAJournal for an SQLite file that has tables but is not a Mentor Journal, and
    JournalDamaged when SQLite finds its pages broken.
    """
    conn = connect_read_only(path)
    try:
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if not tables:
            return None
        if "alembic_version" not in tables or "mentee" not in tables:
            raise NotAJournal(path, "it holds another program's tables")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None:
            raise NotAJournal(path, "its schema version is missing")
        return str(row[0])
    except sqlite3.DatabaseError as e:
        raise database_error(path, e) from e
    finally:
        conn.close()


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Run the migrations up to `revision` inside the caller's transaction."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", MIGRATIONS)
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


def alembic_revisions() -> list[str]:
    """The revisions in the migration scripts, oldest first (for tests and `KNOWN_REVISIONS`)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", MIGRATIONS)
    scripts = ScriptDirectory.from_config(config)
    return [s.revision for s in reversed(list(scripts.walk_revisions()))]
