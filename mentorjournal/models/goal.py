"""SMART goals of a mentee and their progress check-ins over time."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from . import mentee, session  # noqa: F401 - tables its foreign keys name
from .base import Stamped, enum_type, short_text
from .enums import GoalCategory, GoalStatus


class GoalFields(SQLModel):
    """The goal editor's fields: the title and the five SMART parts."""

    title: str = Field(sa_type=short_text(300))
    specific: str = ""
    measure: str = ""  # how progress is measured, in words ("joints passing inspection")
    target_value: float | None = None  # the number to reach, when the measure is a number
    unit: str = Field(default="", sa_type=short_text(50))
    achievable: str = ""
    relevant: str = ""
    target_date: date | None = None  # the time-bound part
    category: GoalCategory = Field(
        default=GoalCategory.TECHNICAL_SKILL, sa_type=enum_type(GoalCategory)
    )
    status: GoalStatus = Field(default=GoalStatus.NOT_STARTED, sa_type=enum_type(GoalStatus))
    # When it was achieved; set by the goals service when the status becomes achieved.
    achieved_on: date | None = None


class Goal(GoalFields, Stamped, table=True):
    __tablename__ = "goal"

    mentee_id: int = Field(foreign_key="mentee.id", ondelete="CASCADE", index=True)
    # The session where the goal was set; the goal outlives that session.
    session_id: int | None = Field(
        default=None, foreign_key="mentoring_session.id", ondelete="SET NULL"
    )


class CheckInFields(SQLModel):
    """Progress on a goal at a date: a percentage, a measured value, or both."""

    checked_on: date
    percent: float | None = None
    value: float | None = None
    note: str = ""


class GoalCheckIn(CheckInFields, Stamped, table=True):
    __tablename__ = "goal_check_in"
    __table_args__ = (
        sa.CheckConstraint("percent IS NULL OR percent BETWEEN 0 AND 100", name="percent"),
    )

    goal_id: int = Field(foreign_key="goal.id", ondelete="CASCADE", index=True)
    session_id: int | None = Field(
        default=None, foreign_key="mentoring_session.id", ondelete="SET NULL"
    )
