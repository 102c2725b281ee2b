"""The journal itself: who keeps it (shown on summaries later) and journal-wide defaults."""

from __future__ import annotations

from sqlmodel import Field, SQLModel

from .base import Stamped, short_text

DEFAULT_CADENCE_DAYS = 14


class JournalOwnerFields(SQLModel):
    """What the trainer tells about herself; editable in the app."""

    owner_name: str = Field(default="", sa_type=short_text(200))
    institution: str = Field(default="", sa_type=short_text(200))
    default_cadence_days: int = Field(default=DEFAULT_CADENCE_DAYS)


class JournalInfo(JournalOwnerFields, Stamped, table=True):
    """Exactly one row: its public id is the journal's identity in exports and backups."""

    __tablename__ = "journal"
