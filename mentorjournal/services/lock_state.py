"""Whether the journal has an app-lock passphrase, read without the lock's table class.

The first window asks this before it is shown (a locked journal shows nothing before the
passphrase), and that answer is all it needs of the lock: `services/lock.py` (its table
class, scrypt, the verifier) loads when the lock is used. Issue 7, cold start: building the
`AppLock` table class and its statement cost ~15 ms of CPU before the first paint.
"""

from __future__ import annotations

from ..store.journal import Journal

__all__ = ["passphrase_is_set"]


def passphrase_is_set(journal: Journal) -> bool:
    """True when the journal keeps a passphrase verifier: the same answer as
    `AppLockService(journal).is_set()` (a row in `app_lock`), in one plain statement."""
    with journal.plain_reading() as conn:  # before SQLAlchemy loads: see Journal.plain_reading
        row = conn.execute("SELECT 1 FROM app_lock LIMIT 1").fetchone()
    return row is not None
