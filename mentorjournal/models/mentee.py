"""A mentee (a learner the trainer mentors) and the tags put on mentees."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field, SQLModel

from .base import Stamped, enum_type, short_text
from .enums import MenteeStatus, MentoringModel


class MenteeFields(SQLModel):
    """Everything the mentee editor edits. `private_notes` never leaves the app unless asked."""

    full_name: str = Field(sa_type=short_text(200))
    preferred_name: str = Field(default="", sa_type=short_text(200))
    programme: str = Field(default="", sa_type=short_text(200))
    cohort: str = Field(default="", sa_type=short_text(200))
    level: str = Field(default="", sa_type=short_text(100))
    start_date: date | None = None
    mentoring_model: MentoringModel = Field(
        default=MentoringModel.ONE_TO_ONE, sa_type=enum_type(MentoringModel)
    )
    status: MenteeStatus = Field(
        default=MenteeStatus.ACTIVE, sa_type=enum_type(MenteeStatus), index=True
    )
    consent_date: date | None = None
    contact: str = Field(default="", sa_type=short_text(500))
    private_notes: str = ""
    # Expected days between sessions; None means the journal's default cadence.
    cadence_days: int | None = None


class Mentee(MenteeFields, Stamped, table=True):
    __tablename__ = "mentee"


class Tag(SQLModel, table=True):
    """A label a trainer reuses across records; "Welding" and "welding" are one tag."""

    __tablename__ = "tag"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_type=short_text(100))
    # casefold(name): unique, so that case never makes two tags (portable, unlike NOCASE).
    key: str = Field(sa_type=short_text(100), unique=True)


class MenteeTag(SQLModel, table=True):
    __tablename__ = "mentee_tag"

    mentee_id: int = Field(foreign_key="mentee.id", ondelete="CASCADE", primary_key=True)
    tag_id: int = Field(foreign_key="tag.id", ondelete="CASCADE", primary_key=True, index=True)
