"""Templates a trainer reuses: session templates pre-fill a new session, reflection templates
pre-fill a reflection with the prompts of a reflective model (Gibbs; What? So what? Now what?)."""

from __future__ import annotations

from sqlmodel import Field, SQLModel

from .base import Stamped, enum_type, short_text
from .enums import SessionKind


class SessionTemplateFields(SQLModel):
    name: str = Field(sa_type=short_text(200))
    kind: SessionKind = Field(default=SessionKind.ONE_TO_ONE, sa_type=enum_type(SessionKind))
    duration_minutes: int | None = 60
    topics: str = ""
    notes: str = ""  # note prompts, one per line, copied into the session's notes


class SessionTemplate(SessionTemplateFields, Stamped, table=True):
    __tablename__ = "session_template"


class ReflectionTemplateFields(SQLModel):
    name: str = Field(sa_type=short_text(200))
    body: str = ""  # prompts, one per line, copied into the reflection's text


class ReflectionTemplate(ReflectionTemplateFields, Stamped, table=True):
    __tablename__ = "reflection_template"
