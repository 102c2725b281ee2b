"""Reflections of the mentor, or of the mentee as told to the mentor."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field, SQLModel

from . import mentee, session  # noqa: F401 - tables its foreign keys name
from .base import Stamped, enum_type
from .enums import ReflectionAuthor


class ReflectionFields(SQLModel):
    """Free text plus the optional prompts of a reflective cycle."""

    written_on: date
    author: ReflectionAuthor = Field(
        default=ReflectionAuthor.MENTOR, sa_type=enum_type(ReflectionAuthor)
    )
    text: str = ""
    what_happened: str = ""
    went_well: str = ""
    to_change: str = ""
    next_steps: str = ""
    # A private reflection stays in the app, like the mentor's private notes.
    is_private: bool = False


class Reflection(ReflectionFields, Stamped, table=True):
    __tablename__ = "reflection"

    mentee_id: int = Field(foreign_key="mentee.id", ondelete="CASCADE", index=True)
    session_id: int | None = Field(
        default=None, foreign_key="mentoring_session.id", ondelete="SET NULL", index=True
    )
