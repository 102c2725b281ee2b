"""Tags on sessions, goals and reflections (issue 7).

They share one vocabulary with the mentees' tags: the `tag` table (models/mentee.py), whose
casefold `key` is unique, so "Welding" on a mentee and "welding" on a session are one tag and a
filter by it finds both. Each link cascades with its record and with the tag; a tag that no
record uses any more is removed by the services (see services/tags.py).
"""

from __future__ import annotations

from sqlmodel import Field, SQLModel

from . import goal, mentee, reflection, session  # noqa: F401 - tables its foreign keys name


class SessionTag(SQLModel, table=True):
    __tablename__ = "session_tag"

    session_id: int = Field(
        foreign_key="mentoring_session.id", ondelete="CASCADE", primary_key=True
    )
    # Indexed: "sessions with this tag" and "is this tag still used" read it.
    tag_id: int = Field(foreign_key="tag.id", ondelete="CASCADE", primary_key=True, index=True)


class GoalTag(SQLModel, table=True):
    __tablename__ = "goal_tag"

    goal_id: int = Field(foreign_key="goal.id", ondelete="CASCADE", primary_key=True)
    tag_id: int = Field(foreign_key="tag.id", ondelete="CASCADE", primary_key=True, index=True)


class ReflectionTag(SQLModel, table=True):
    __tablename__ = "reflection_tag"

    reflection_id: int = Field(foreign_key="reflection.id", ondelete="CASCADE", primary_key=True)
    tag_id: int = Field(foreign_key="tag.id", ondelete="CASCADE", primary_key=True, index=True)
