"""What every journal row has: an internal key, a stable public id, and timestamps.

The integer `id` is private to one journal file. The `public_id` (a UUID4 string) is what leaves
the journal: exports, imports and merges match records by it, so it never changes once made.
Timestamps are timezone-aware UTC; the trainer's own dates and times (session start, due date)
are local wall-clock values without a zone, as she wrote them.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

# Constraint names that Alembic's batch mode on SQLite can find again (DESIGN.md, convention 3).
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Now, timezone-aware in UTC (SQLModel's datetime columns require aware values)."""
    return datetime.now(UTC)


def new_public_id() -> str:
    return str(uuid.uuid4())


def enum_type(enum: type[StrEnum]) -> sa.Enum:
    """Store an enum by its lowercase value, as a plain string (portable to PostgreSQL later)."""
    return sa.Enum(
        enum,
        values_callable=lambda e: [m.value for m in e],
        native_enum=False,
        create_constraint=False,
        length=32,
        validate_strings=True,
    )


def short_text(length: int) -> sa.String:
    """A bounded text column. The bound lives in the column, not in pydantic, so that a too
    long entry reaches the services' validation (a message next to the field) instead of
    failing inside the input class."""
    return sa.String(length)


class Stamped(SQLModel):
    """Columns shared by every table: internal key, public id, created and updated stamps."""

    id: int | None = Field(default=None, primary_key=True)
    public_id: str = Field(default_factory=new_public_id, max_length=36, unique=True)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
