"""The journal's own age key, for encrypted backups (issue 5).

Backups are encrypted to the public `recipient` (fast, no secret needed); the matching secret
key is kept here only encrypted with the trainer's passphrase (age's passphrase format), so a
restore is the one step that asks for it. A copy of the encrypted key also lives in the backup
folder, so backups stay restorable when the journal itself is lost.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Field

from .base import Stamped, short_text


class JournalKey(Stamped, table=True):
    """At most one row. `encrypt_backups` off keeps the key (older backups need it)."""

    __tablename__ = "journal_key"

    recipient: str = Field(sa_type=short_text(100))  # "age1..." (bech32, 62 characters)
    encrypted_identity: bytes = Field(sa_type=sa.LargeBinary)  # age file, passphrase (scrypt)
    encrypt_backups: bool = Field(default=True)
