"""The SQLite engine of one journal file, with the pragmas every connection needs.

Why each pragma: foreign keys make erasure cascade and forbid dangling rows; WAL lets the GUI
read while a save is written; synchronous=FULL makes an acknowledged save survive a power cut
(a laptop whose battery dies); secure_delete overwrites erased notes instead of leaving them in
free pages; busy_timeout waits for a short lock instead of failing at once.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Engine

BUSY_TIMEOUT_MS = 5000

PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA secure_delete = ON",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
)


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        for pragma in PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def make_engine(path: Path) -> Engine:
    """An engine on `path`. The file must already exist (opening is `store.journal`'s job)."""
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def connect_plain(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection on `path` with the same pragmas, for reads only (SQLite
    refuses writes on it: `query_only`). The file must already exist."""
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=rw", uri=True, check_same_thread=False)
    try:
        _set_pragmas(conn, None)
        conn.execute("PRAGMA query_only = ON")
    except BaseException:
        conn.close()
        raise
    return conn
