"""Errors a trainer can act on, each with a plain message for the screen or the terminal.

Anything that is not a `JournalError` is a bug: the GUI shows its error dialog and logs it
(DESIGN.md, convention 4). Messages never contain note text or names of mentees.
"""

from __future__ import annotations

from pathlib import Path


class JournalError(Exception):
    """A problem the user can understand and act on; `str(error)` is the message to show."""


class JournalNotFound(JournalError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"No journal at {path}. Create one with 'mentorjournal demo --db {path}' "
            "or by opening the app on that path."
        )
        self.path = path


class NotAJournal(JournalError):
    def __init__(self, path: Path, why: str) -> None:
        super().__init__(f"{path} is not a Mentor Journal file: {why}.")
        self.path = path


class JournalTooNew(JournalError):
    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            f"{path} was written by a newer version of Mentor Journal (schema {revision}). "
            "Update the app to open it; the file was left untouched."
        )
        self.path = path
        self.revision = revision


class JournalDamaged(JournalError):
    """An SQLite file of ours whose pages or structure are broken (a crash, a failing disk or
    USB stick, a file cut short while copying). Opening it is refused; only a backup helps."""

    def __init__(self, path: Path, why: str) -> None:
        super().__init__(
            f"{path} is damaged ({why}); restore a backup. The file was left untouched."
        )
        self.path = path
        self.why = why


class JournalUnavailable(JournalError):
    """The file exists but cannot be used now: unreadable, locked, read-only media, disk full."""


class NotFound(JournalError):
    """A record asked for by id is gone (deleted elsewhere, or a stale view)."""

    def __init__(self, kind: str, ident: object) -> None:
        super().__init__(f"That {kind} no longer exists in this journal.")
        self.kind = kind
        self.ident = ident


class ValidationError(JournalError):
    """Input refused, with one message per field so the GUI can show each next to its field.

    `fields` maps a field name of the Input class (e.g. "full_name") to a sentence.
    """

    def __init__(self, fields: dict[str, str]) -> None:
        self.fields = dict(fields)
        super().__init__(" ".join(self.fields.values()))
