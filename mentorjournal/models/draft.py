"""Drafts: what an editor holds but has not saved yet, kept so a crash or a dead battery does
not lose it (issue 6).

One row per open editor, keyed by the editor's kind and the record it edits (or "new" with
the mentee it is for). The content is the editor's fields as JSON. A saved record never
depends on a draft: saving or discarding deletes it, and so does erasing its mentee (the
foreign key cascades). Drafts never leave the journal: exports and summaries ignore them.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from . import mentee  # noqa: F401 - tables its foreign keys name
from .base import utcnow


class Draft(SQLModel, table=True):
    """An editor's unsaved fields (confidential text: never logged, never exported)."""

    __tablename__ = "draft"

    id: int | None = Field(default=None, primary_key=True)
    # "reflection:12", "session:new:mentee=3": one draft per editor and record.
    key: str = Field(max_length=200, unique=True)
    kind: str = Field(max_length=32)
    record_id: int | None = None
    # The mentee the draft is about, when there is one: erasing them erases the draft.
    mentee_id: int | None = Field(
        default=None, foreign_key="mentee.id", ondelete="CASCADE", index=True
    )
    # How to open the editor again (its keyword arguments), as JSON.
    context: str = Field(default="{}", sa_type=sa.Text)
    # The editor's window title when the draft was kept, for the restore prompt.
    title: str = Field(default="", sa_type=sa.Text)
    # The fields, as JSON: {"fields": {name: value}}.
    content: str = Field(default="{}", sa_type=sa.Text)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
