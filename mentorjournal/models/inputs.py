"""What the editors submit and the services take: each entity's fields plus its links.

Kept apart from the tables (issue 7, cold start): building a pydantic class costs 1-4 ms of
CPU, and the first window reads mentees without ever building an input. These load with the
first editor or service that takes one (`mentorjournal.models` loads them on first use).
"""

from __future__ import annotations

from sqlmodel import Field, SQLModel

from .goal import CheckInFields, GoalFields
from .mentee import MenteeFields
from .reflection import ReflectionFields
from .session import ActionItemFields, SessionFields
from .skill import RatingFields


class MenteeInput(MenteeFields):
    """A mentee as the editor submits it: the fields plus its tags."""

    tags: list[str] = Field(default_factory=list)


class Attendance(SQLModel):
    """One mentee at a session, with the confidence they rated themselves (1-5) if asked."""

    mentee_id: int
    confidence: int | None = None


class SessionInput(SessionFields):
    """A session as the editor submits it: the fields plus one or more attendees."""

    attendees: list[Attendance] = Field(default_factory=list)


class ActionItemInput(ActionItemFields):
    """An action item as an editor submits it: for which mentee and, usually, from which session."""

    mentee_id: int
    session_id: int | None = None


class GoalInput(GoalFields):
    mentee_id: int
    session_id: int | None = None


class CheckInInput(CheckInFields):
    goal_id: int
    session_id: int | None = None


class ReflectionInput(ReflectionFields):
    mentee_id: int
    session_id: int | None = None


class RatingInput(RatingFields):
    mentee_id: int
    skill_id: int
    session_id: int | None = None
