"""The app lock's passphrase verifier (issue 6): what proves a passphrase right, never the
passphrase itself.

At most one row. `services/lock.py` derives `verifier` from the passphrase with scrypt over a
random `salt`, with the cost parameters stored beside it so that a later version can raise
them without locking anyone out. No row means the journal has no app passphrase.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from .base import utcnow


class AppLock(SQLModel, table=True):
    """The journal's app-lock passphrase verifier (salted scrypt; hex strings)."""

    __tablename__ = "app_lock"

    id: int | None = Field(default=None, primary_key=True)
    kdf: str = Field(default="scrypt", max_length=16)
    salt: str = Field(max_length=128)  # hex
    cost: int  # scrypt N (a power of two)
    block_size: int  # scrypt r
    parallelism: int  # scrypt p
    verifier: str = Field(max_length=256)  # hex of the derived key
    created_at: datetime = Field(default_factory=utcnow)
