"""SQLModel tables, vocabularies and input classes of the journal (no Qt, no database session).

Each entity has `XxxFields` (what an editor edits), `XxxInput` (fields plus links, what the
services take) and the table class. Importing this package registers every table on
`SQLModel.metadata`, which the migrations compare against.
"""

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
from .goal import CheckInFields, CheckInInput, Goal, GoalCheckIn, GoalFields, GoalInput
from .journal import DEFAULT_CADENCE_DAYS, JournalInfo, JournalOwnerFields
from .journal_key import JournalKey
from .mentee import Mentee, MenteeFields, MenteeInput, MenteeTag, Tag
from .reflection import Reflection, ReflectionFields, ReflectionInput
from .session import (
    ActionItem,
    ActionItemFields,
    ActionItemInput,
    Attendance,
    MentoringSession,
    SessionAttendee,
    SessionFields,
    SessionInput,
)
from .skill import RatingFields, RatingInput, Skill, SkillFields, SkillRating
from .tags import GoalTag, ReflectionTag, SessionTag
from .template import (
    ReflectionTemplate,
    ReflectionTemplateFields,
    SessionTemplate,
    SessionTemplateFields,
)

__all__ = [
    "AppLock",
    "DEFAULT_CADENCE_DAYS",
    "Draft",
    "LABELS",
    "RATING_SCALE",
    "RatingFields",
    "RatingInput",
    "Rater",
    "ReflectionTemplate",
    "ReflectionTemplateFields",
    "SessionTemplate",
    "SessionTemplateFields",
    "Skill",
    "SkillFields",
    "SkillGroup",
    "SkillRating",
    "ActionItem",
    "ActionItemFields",
    "ActionItemInput",
    "ActionOwner",
    "Attendance",
    "CheckInFields",
    "CheckInInput",
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
    "Mentee",
    "MenteeFields",
    "MenteeInput",
    "MenteeStatus",
    "MenteeTag",
    "MentoringModel",
    "MentoringSession",
    "Reflection",
    "ReflectionAuthor",
    "ReflectionFields",
    "ReflectionInput",
    "ReflectionTag",
    "SessionAttendee",
    "SessionFields",
    "SessionInput",
    "SessionKind",
    "SessionTag",
    "Stamped",
    "Tag",
    "label",
    "new_public_id",
    "utcnow",
]
