"""`passphrase_is_set`, the start's light question, answers as the passphrase service does."""

from __future__ import annotations

from mentorjournal.services.lock import AppLockService
from mentorjournal.services.lock_state import passphrase_is_set
from mentorjournal.store import Journal

CHEAP = 2**10


def test_passphrase_is_set_follows_the_service(journal: Journal) -> None:
    lock = AppLockService(journal)
    assert passphrase_is_set(journal) is False is lock.is_set()
    lock.set_passphrase("river stone 7", cost=CHEAP)
    assert passphrase_is_set(journal) is True is lock.is_set()
    lock.set_passphrase("river stone 8", current="river stone 7", cost=CHEAP)  # still one row
    assert passphrase_is_set(journal) is True is lock.is_set()
    lock.remove_passphrase("river stone 8")
    assert passphrase_is_set(journal) is False is lock.is_set()
