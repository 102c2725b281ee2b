"""Storage of a journal: the SQLite file, its schema migrations, and the unit of work.

Services reach the database only through `Journal.transaction()` / `Journal.reading()`.

Importing this package stays light (errors only): `Journal` and `open_journal` bring in
SQLAlchemy and SQLModel, so they load on first use. The GUI starts the journal's integrity
check (`store.precheck`, standard library only) before those imports, to overlap them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import (
    JournalDamaged,
    JournalError,
    JournalNotFound,
    JournalTooNew,
    JournalUnavailable,
    NotAJournal,
    NotFound,
    ValidationError,
)
from .paths import default_journal_path, resolve_journal_path

if TYPE_CHECKING:
    from .journal import Journal, open_journal

_FROM_JOURNAL = {"Journal", "open_journal"}


def __getattr__(name: str) -> Any:
    if name in _FROM_JOURNAL:
        from . import journal

        return getattr(journal, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Journal",
    "JournalDamaged",
    "JournalError",
    "JournalNotFound",
    "JournalTooNew",
    "JournalUnavailable",
    "NotAJournal",
    "NotFound",
    "ValidationError",
    "default_journal_path",
    "open_journal",
    "resolve_journal_path",
]
