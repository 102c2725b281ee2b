"""What an export holds, kind by kind: table, editable fields, links, and private parts.

One `Kind` per record type, in dependency order (a kind refers only to kinds before it).
The export, the import and docs/export-format.md follow this table; a new field on a model's
`XxxFields` class travels automatically (readers ignore fields they do not know).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import sqlalchemy as sa
from sqlmodel import SQLModel

from ..models import (
    ActionItem,
    ActionItemFields,
    CheckInFields,
    Goal,
    GoalCheckIn,
    GoalFields,
    GoalTag,
    Mentee,
    MenteeFields,
    MenteeTag,
    MentoringSession,
    RatingFields,
    Reflection,
    ReflectionFields,
    ReflectionTag,
    ReflectionTemplate,
    ReflectionTemplateFields,
    SessionFields,
    SessionTag,
    SessionTemplate,
    SessionTemplateFields,
    Skill,
    SkillFields,
    SkillRating,
)
from ..models.base import Stamped

# Per kind of tag: the link table and its column pointing at the tagged record (export reads
# them, import writes them).
TAG_LINKS: dict[str, tuple[Any, str]] = {
    "mentee": (MenteeTag, "mentee_id"),
    "session": (SessionTag, "session_id"),
    "goal": (GoalTag, "goal_id"),
    "reflection": (ReflectionTag, "reflection_id"),
}


def table_of(model: Any) -> sa.Table:
    """The SQLAlchemy table of a SQLModel table class (typed for mypy)."""
    table = model.__table__
    assert isinstance(table, sa.Table)
    return table


@dataclass(frozen=True)
class Ref:
    """A link to another record: `column` (local integer id) travels as `key` (public id)."""

    column: str
    key: str
    target: str  # the Kind.name it points to
    required: bool


@dataclass(frozen=True, eq=False)
class Kind:
    name: str  # key in the bundle's "content" and in the manifest counts
    label: str  # how the preview names it
    model: type[Stamped]
    fields: type[SQLModel]
    refs: tuple[Ref, ...] = ()
    # Fields that stay out of an export unless the trainer asks for private notes.
    private_fields: tuple[str, ...] = ()
    # A boolean field that makes the whole record private (reflections).
    private_flag: str | None = None
    tags: str | None = None  # the tag kind ("mentee", "session"...) when records carry tags
    # "Keep both" adds the file's version as a copy; not for people or the skills framework.
    can_copy: bool = True
    whole_journal_only: bool = False  # templates travel only with the whole journal
    # Also matched by name: every new journal is seeded with the same skills and templates,
    # each with its own public id; a same-named one here is used as it is.
    match_by_name: bool = False
    extra: tuple[str, ...] = field(default=())

    @property
    def table(self) -> sa.Table:
        table = self.model.__table__  # type: ignore[attr-defined]
        assert isinstance(table, sa.Table)
        return table

    @cached_property
    def field_names(self) -> tuple[str, ...]:
        return tuple(self.fields.model_fields)

    @cached_property
    def lengths(self) -> dict[str, int | None]:
        """The longest text each field's column holds (None: unbounded or not text)."""
        columns = self.table.c
        return {n: getattr(columns[n].type, "length", None) for n in self.field_names}


_MENTEE = Ref("mentee_id", "mentee", "mentees", True)
_SESSION = Ref("session_id", "session", "sessions", False)

KINDS: tuple[Kind, ...] = (
    Kind("skills", "Skills", Skill, SkillFields, can_copy=False, match_by_name=True),
    Kind(
        "mentees",
        "Mentees",
        Mentee,
        MenteeFields,
        private_fields=("private_notes",),
        tags="mentee",
        can_copy=False,
    ),
    Kind(
        "sessions",
        "Sessions",
        MentoringSession,
        SessionFields,
        private_fields=("private_note",),
        tags="session",
        extra=("attendees",),
    ),
    Kind("action_items", "Action items", ActionItem, ActionItemFields, refs=(_MENTEE, _SESSION)),
    Kind("goals", "Goals", Goal, GoalFields, refs=(_MENTEE, _SESSION), tags="goal"),
    Kind(
        "check_ins",
        "Goal check-ins",
        GoalCheckIn,
        CheckInFields,
        refs=(Ref("goal_id", "goal", "goals", True), _SESSION),
    ),
    Kind(
        "reflections",
        "Reflections",
        Reflection,
        ReflectionFields,
        refs=(_MENTEE, _SESSION),
        private_flag="is_private",
        tags="reflection",
    ),
    Kind(
        "skill_ratings",
        "Skill ratings",
        SkillRating,
        RatingFields,
        refs=(_MENTEE, Ref("skill_id", "skill", "skills", True), _SESSION),
    ),
    Kind(
        "session_templates",
        "Session templates",
        SessionTemplate,
        SessionTemplateFields,
        whole_journal_only=True,
        match_by_name=True,
    ),
    Kind(
        "reflection_templates",
        "Reflection templates",
        ReflectionTemplate,
        ReflectionTemplateFields,
        whole_journal_only=True,
        match_by_name=True,
    ),
)

BY_NAME = {kind.name: kind for kind in KINDS}

# The kinds others link to (records' links and sessions' attendees): their public ids are
# kept at hand while exporting and importing.
REF_TARGETS = frozenset({"mentees"} | {ref.target for kind in KINDS for ref in kind.refs})

# The order of the kinds in a bundle file written by this app: the order of the manifest's
# checksum (sorted keys), so the checksum is made while the records are written.
FILE_ORDER = tuple(sorted(BY_NAME))
