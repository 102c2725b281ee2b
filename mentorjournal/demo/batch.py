"""Running many service calls as one transaction, for generating a whole journal at once.

Every service method opens its own transaction, which is right for a trainer's actions but
costs an fsync each (synchronous=FULL): a thousand of them take seconds on a laptop disk.
`one_transaction` hands the services a journal whose transactions all share one session:
each service call flushes (so new rows get their ids), and the work commits once at the end,
or not at all if anything fails.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlmodel import Session

from ..store.journal import Journal


class _SharedSessionJournal(Journal):
    """A view of an open journal whose transactions and reads all use one session."""

    def __init__(self, journal: Journal, session: Session) -> None:
        super().__init__(journal.path, journal.engine)
        self._session = session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        yield self._session
        self._session.flush()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        yield self._session

    def close(self) -> None:
        """The journal it was made from owns the engine; closing the view closes nothing."""


@contextmanager
def one_transaction(journal: Journal) -> Iterator[Journal]:
    """A journal to build services on; everything done through it commits together."""
    with journal.transaction() as session:
        yield _SharedSessionJournal(journal, session)
