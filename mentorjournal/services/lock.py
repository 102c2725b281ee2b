"""The app lock's passphrase, Qt-free: a salted scrypt verifier kept in the journal.

The passphrase itself is never stored. `make_verifier` derives a key from it with
`hashlib.scrypt` over 16 random bytes of salt; the journal keeps salt, cost parameters and the
derived key (`models.AppLock`). `matches` derives again with the stored parameters and compares
in constant time. This is a lock on the screen, not encryption of the file: see
docs/decisions/sqlcipher.md for why the file itself is not encrypted yet.

The cost (N=2**15, r=8: 32 MiB, about 0.1 s here) is small enough to run on the GUI thread
with a busy cursor, and large enough that guessing passphrases from a copied journal costs
real time per guess. Passphrases are normalised to NFC first, so the same word typed on two
keyboards (a precomposed or a combining accent) is the same passphrase.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import unicodedata
from dataclasses import dataclass

from sqlmodel import delete, select

from ..models import AppLock
from ..store.errors import ValidationError
from ..store.journal import Journal

MIN_LENGTH = 6
MAX_LENGTH = 1024
SALT_BYTES = 16
KEY_BYTES = 32


@dataclass(frozen=True, slots=True)
class Verifier:
    """What proves a passphrase right: salt, scrypt parameters and the derived key."""

    salt: bytes
    cost: int = 2**15
    block_size: int = 8
    parallelism: int = 1
    key: bytes = b""


def _normalise(passphrase: str) -> bytes:
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _derive(passphrase: str, v: Verifier) -> bytes:
    # scrypt needs 128 * N * r bytes; allow twice that so a raised cost still runs.
    maxmem = 256 * v.cost * v.block_size + 1024 * 1024
    return hashlib.scrypt(
        _normalise(passphrase),
        salt=v.salt,
        n=v.cost,
        r=v.block_size,
        p=v.parallelism,
        maxmem=maxmem,
        dklen=KEY_BYTES,
    )


def make_verifier(passphrase: str, *, cost: int = 2**15) -> Verifier:
    """A new verifier for `passphrase` with a fresh random salt."""
    v = Verifier(salt=os.urandom(SALT_BYTES), cost=cost)
    return Verifier(v.salt, v.cost, v.block_size, v.parallelism, _derive(passphrase, v))


def matches(passphrase: str, verifier: Verifier) -> bool:
    """True when `passphrase` is the one `verifier` was made from (constant-time compare)."""
    return hmac.compare_digest(_derive(passphrase, verifier), verifier.key)


def passphrase_problem(passphrase: str) -> str | None:
    """Why `passphrase` cannot be the journal's passphrase, in words; None when it can."""
    if len(passphrase) < MIN_LENGTH:
        return f"Use at least {MIN_LENGTH} characters."
    if len(passphrase) > MAX_LENGTH:
        return f"Use at most {MAX_LENGTH} characters."
    if "\x00" in passphrase:
        return "The passphrase cannot contain a NUL character."
    if passphrase.strip() == "":
        return "The passphrase cannot be only spaces."
    return None


class AppLockService:
    """Set, change, remove and check the journal's app-lock passphrase."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal

    def verifier(self) -> Verifier | None:
        """The stored verifier, or None when the journal has no app passphrase."""
        with self.journal.reading() as session:
            row = session.exec(select(AppLock).order_by(AppLock.id)).first()  # type: ignore[arg-type]
        if row is None:
            return None
        return Verifier(
            salt=bytes.fromhex(row.salt),
            cost=row.cost,
            block_size=row.block_size,
            parallelism=row.parallelism,
            key=bytes.fromhex(row.verifier),
        )

    def is_set(self) -> bool:
        return self.verifier() is not None

    def check(self, passphrase: str) -> bool:
        """True when `passphrase` opens the journal (always True when none is set)."""
        v = self.verifier()
        return v is None or matches(passphrase, v)

    def set_passphrase(self, new: str, *, current: str = "", cost: int = 2**15) -> None:
        """Set or change the passphrase. Changing needs the current one.

        ValidationError with "current" (wrong current passphrase) or "new" (too short...).
        """
        existing = self.verifier()
        if existing is not None and not matches(current, existing):
            raise ValidationError({"current": "That is not the journal's current passphrase."})
        problem = passphrase_problem(new)
        if problem is not None:
            raise ValidationError({"new": problem})
        v = make_verifier(new, cost=cost)
        with self.journal.transaction() as session:
            session.exec(delete(AppLock))
            session.add(
                AppLock(
                    salt=v.salt.hex(),
                    cost=v.cost,
                    block_size=v.block_size,
                    parallelism=v.parallelism,
                    verifier=v.key.hex(),
                )
            )

    def remove_passphrase(self, current: str) -> None:
        """Remove the passphrase (the app then opens without asking). Needs the current one."""
        existing = self.verifier()
        if existing is None:
            return
        if not matches(current, existing):
            raise ValidationError({"current": "That is not the journal's current passphrase."})
        with self.journal.transaction() as session:
            session.exec(delete(AppLock))
