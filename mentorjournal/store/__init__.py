"""Storage of a journal: the SQLite file, its schema migrations, and the unit of work.

Services reach the database only through `Journal.transaction()` / `Journal.reading()`.
"""

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
from .journal import Journal, default_journal_path, open_journal, resolve_journal_path

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
