"""The journal's competency framework (skills) and ratings of mentees on those skills."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from . import mentee, session  # noqa: F401 - tables its foreign keys name
from .base import Stamped, enum_type, short_text
from .enums import Rater, SkillGroup


class SkillFields(SQLModel):
    name: str = Field(sa_type=short_text(200))
    group: SkillGroup = Field(default=SkillGroup.TECHNICAL, sa_type=enum_type(SkillGroup))
    description: str = ""
    position: int = 0  # order in lists and rating tables
    # A retired skill keeps its ratings (history) but is no longer offered for new ratings.
    retired: bool = False


class Skill(SkillFields, Stamped, table=True):
    __tablename__ = "skill"


class RatingFields(SQLModel):
    """One rating on the 1-5 scale of `RATING_SCALE`, by the mentor or by the mentee."""

    rated_on: date
    rating: int
    rater: Rater = Field(default=Rater.MENTOR, sa_type=enum_type(Rater))
    note: str = ""


class SkillRating(RatingFields, Stamped, table=True):
    __tablename__ = "skill_rating"
    __table_args__ = (sa.CheckConstraint("rating BETWEEN 1 AND 5", name="rating"),)

    mentee_id: int = Field(foreign_key="mentee.id", ondelete="CASCADE", index=True)
    skill_id: int = Field(foreign_key="skill.id", ondelete="CASCADE", index=True)
    session_id: int | None = Field(
        default=None, foreign_key="mentoring_session.id", ondelete="SET NULL"
    )
