"""The SQLite engine of one journal file, with the pragmas every connection needs.

Why each pragma: foreign keys make erasure cascade and forbid dangling rows; WAL lets the GUI
read while a save is written; synchronous=FULL makes an acknowledged save survive a power cut
(a laptop whose battery dies); secure_delete overwrites erased notes instead of leaving them in
free pages; busy_timeout waits for a short lock instead of failing at once.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

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
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine
