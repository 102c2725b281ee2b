"""The checks `open_journal` makes before it touches a file, runnable early in a thread.

Before the app writes a byte, an existing journal must be an SQLite file of ours, of a schema
this version knows, and pass SQLite's quick integrity check. The quick check reads the whole
file (about 0.13 s for ten years of notes, ten times that for a whole college); SQLite does
that work without holding Python's GIL. So the GUI starts it in a thread before it imports Qt's
widgets, the models and the services, and the check runs on the other core meanwhile; by the
time the window is built, `open_journal(path, precheck=...)` only collects the verdict. Nothing
is written to the file until then, so a damaged journal is still refused untouched.

Only the standard library and the light store modules are imported here (no SQLAlchemy): the
thread must not wait on the imports it is meant to overlap.
"""

from __future__ import annotations

import threading
from pathlib import Path

from .errors import JournalTooNew
from .integrity import quick_check
from .schema import KNOWN_REVISIONS, check_sqlite_file, read_revision


def read_schema(path: Path) -> str | None:
    """The first, fast half of the checks (a few ms): an SQLite file of ours, of a schema this
    version knows; its revision (None for an SQLite file without tables)."""
    check_sqlite_file(path)
    revision = read_revision(path)
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise JournalTooNew(path, revision)
    return revision


def inspect_file(path: Path) -> str | None:
    """Check the existing file at `path` without writing to it; return its schema revision
    (None for an SQLite file without tables). Raises the plain `JournalError` for a file that
    is not a journal, is damaged, or is too new."""
    revision = read_schema(path)
    if revision is not None:
        # Before anything writes to it: a damaged journal only gets worse when written to.
        quick_check(path)
    return revision


class Precheck:
    """`inspect_file(path)` running in a background thread; `revision()` waits for its verdict.

    A path with no file behind it when the thread looked is not inspected (`inspected()` is
    False):
    `open_journal` then creates the journal or inspects whatever appeared meanwhile itself.
    `schema_revision()` waits only for the fast half (`read_schema`), for a caller that reads
    before the verdict and lets its journal wait for it before the first write.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.found = False
        self._revision: str | None = None
        self._error: BaseException | None = None
        self._schema_read = threading.Event()
        self._thread = threading.Thread(target=self._run, name="journal-precheck", daemon=True)

    @classmethod
    def start(cls, path: Path) -> Precheck:
        check = cls(path)
        check._thread.start()
        return check

    def _run(self) -> None:
        try:
            if self.path.exists():
                self.found = True
                self._revision = read_schema(self.path)
                self._schema_read.set()
                if self._revision is not None:
                    quick_check(self.path)
        except BaseException as error:  # handed to the opening thread by revision()
            self._error = error
        finally:
            self._schema_read.set()

    def inspected(self) -> bool:
        """Whether there was a file to inspect (waits for the thread to have looked)."""
        self._schema_read.wait()
        return self.found

    def done(self) -> bool:
        """True once the verdict is in (`revision()` then returns at once)."""
        return not self._thread.is_alive()

    def schema_revision(self) -> str | None:
        """The revision, once the fast half of the checks passed (the quick check may still be
        running; what it already found is raised)."""
        self._schema_read.wait()
        if self._error is not None:
            raise self._error
        return self._revision

    def revision(self) -> str | None:
        """The revision `inspect_file` found; re-raises what it raised."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._revision
