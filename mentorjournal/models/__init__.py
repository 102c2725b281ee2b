"""SQLModel tables, vocabularies and input classes of the journal (no Qt, no database session).

Each entity has `XxxFields` (what an editor edits), `XxxInput` (fields plus links, what the
services take; in `inputs`) and the table class.

Nothing is imported until it is used (issue 7, cold start): every table class costs 2-7 ms of
CPU to build (pydantic and SQLAlchemy's declarative mapping), about 0.15 s for all of them,
and the first window reads only mentees and their counts. `from mentorjournal.models import X`
works as before (PEP 562 module `__getattr__`). A table's module imports the modules of the
tables its foreign keys name, so SQLAlchemy can always resolve them when it writes.
`load_all()` registers every table on `SQLModel.metadata`, for what compares the whole schema
(the migrations' environment, schema tests).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from ..lazy import lazy_names

if TYPE_CHECKING:  # what type checkers see; at run time `__getattr__` below loads these
    from .app_lock import AppLock
    from .base import Stamped, new_public_id, utcnow
    from .draft import Draft
    from .enums import (
        LABELS,
        RATING_SCALE,
        ActionOwner,
        GoalCategory,
        GoalStatus,
        MenteeStatus,
        MentoringModel,
        Rater,
        ReflectionAuthor,
        SessionKind,
        SkillGroup,
        label,
    )
    from .goal import CheckInFields, Goal, GoalCheckIn, GoalFields
    from .inputs import (
        ActionItemInput,
        Attendance,
        CheckInInput,
        GoalInput,
        MenteeInput,
        RatingInput,
        ReflectionInput,
        SessionInput,
    )
    from .journal import DEFAULT_CADENCE_DAYS, JournalInfo, JournalOwnerFields
    from .journal_key import JournalKey
    from .mentee import Mentee, MenteeFields, MenteeTag, Tag
    from .reflection import Reflection, ReflectionFields
    from .session import (
        ActionItem,
        ActionItemFields,
        MentoringSession,
        SessionAttendee,
        SessionFields,
    )
    from .skill import RatingFields, Skill, SkillFields, SkillRating
    from .tags import GoalTag, ReflectionTag, SessionTag
    from .template import (
        ReflectionTemplate,
        ReflectionTemplateFields,
        SessionTemplate,
        SessionTemplateFields,
    )

# Each name this package offers -> the submodule that defines it.
_HOMES = {
    "AppLock": "app_lock",
    "Stamped": "base",
    "new_public_id": "base",
    "utcnow": "base",
    "Draft": "draft",
    "LABELS": "enums",
    "RATING_SCALE": "enums",
    "ActionOwner": "enums",
    "GoalCategory": "enums",
    "GoalStatus": "enums",
    "MenteeStatus": "enums",
    "MentoringModel": "enums",
    "Rater": "enums",
    "ReflectionAuthor": "enums",
    "SessionKind": "enums",
    "SkillGroup": "enums",
    "label": "enums",
    "CheckInFields": "goal",
    "Goal": "goal",
    "GoalCheckIn": "goal",
    "GoalFields": "goal",
    "ActionItemInput": "inputs",
    "Attendance": "inputs",
    "CheckInInput": "inputs",
    "GoalInput": "inputs",
    "MenteeInput": "inputs",
    "RatingInput": "inputs",
    "ReflectionInput": "inputs",
    "SessionInput": "inputs",
    "DEFAULT_CADENCE_DAYS": "journal",
    "JournalInfo": "journal",
    "JournalOwnerFields": "journal",
    "JournalKey": "journal_key",
    "Mentee": "mentee",
    "MenteeFields": "mentee",
    "MenteeTag": "mentee",
    "Tag": "mentee",
    "Reflection": "reflection",
    "ReflectionFields": "reflection",
    "ActionItem": "session",
    "ActionItemFields": "session",
    "MentoringSession": "session",
    "SessionAttendee": "session",
    "SessionFields": "session",
    "RatingFields": "skill",
    "Skill": "skill",
    "SkillFields": "skill",
    "SkillRating": "skill",
    "GoalTag": "tags",
    "ReflectionTag": "tags",
    "SessionTag": "tags",
    "ReflectionTemplate": "template",
    "ReflectionTemplateFields": "template",
    "SessionTemplate": "template",
    "SessionTemplateFields": "template",
}


__getattr__, __dir__ = lazy_names(__name__, _HOMES)


def load_all() -> None:
    """Import every model module: all tables are then on `SQLModel.metadata`."""
    for home in sorted(set(_HOMES.values())):
        import_module(f".{home}", __name__)


__all__ = [
    "ActionItem",
    "ActionItemFields",
    "ActionItemInput",
    "ActionOwner",
    "AppLock",
    "Attendance",
    "CheckInFields",
    "CheckInInput",
    "DEFAULT_CADENCE_DAYS",
    "Draft",
    "Goal",
    "GoalCategory",
    "GoalCheckIn",
    "GoalFields",
    "GoalInput",
    "GoalStatus",
    "GoalTag",
    "JournalInfo",
    "JournalKey",
    "JournalOwnerFields",
    "label",
    "LABELS",
    "Mentee",
    "MenteeFields",
    "MenteeInput",
    "MenteeStatus",
    "MenteeTag",
    "MentoringModel",
    "MentoringSession",
    "new_public_id",
    "Rater",
    "RATING_SCALE",
    "RatingFields",
    "RatingInput",
    "Reflection",
    "ReflectionAuthor",
    "ReflectionFields",
    "ReflectionInput",
    "ReflectionTag",
    "ReflectionTemplate",
    "ReflectionTemplateFields",
    "SessionAttendee",
    "SessionFields",
    "SessionInput",
    "SessionKind",
    "SessionTag",
    "SessionTemplate",
    "SessionTemplateFields",
    "Skill",
    "SkillFields",
    "SkillGroup",
    "SkillRating",
    "Stamped",
    "Tag",
    "utcnow",
]
