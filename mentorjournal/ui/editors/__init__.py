"""Editor dialogs for every record of the journal. The main window opens them with `open()`
and listens to `saved(id)`; each writes only through the services."""

from .action import ActionEditor
from .base import EditorDialog
from .checkin import CheckInEditor
from .goal import GoalEditor
from .mentee import MenteeEditor
from .owner import OwnerEditor
from .ratings import SkillRatingDialog
from .reflection import ReflectionEditor
from .session import SessionEditor

__all__ = [
    "ActionEditor",
    "CheckInEditor",
    "EditorDialog",
    "GoalEditor",
    "MenteeEditor",
    "OwnerEditor",
    "ReflectionEditor",
    "SessionEditor",
    "SkillRatingDialog",
]
