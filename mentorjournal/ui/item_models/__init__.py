"""Table models over the services' row dataclasses: one model row per record, no widgets.

Every model holds plain rows (dataclasses or detached table objects) and answers `ID_ROLE`
with the record's id, so views and tests find records without knowing column layouts.
"""

from .base import ID_ROLE, SORT_ROLE, RowTableModel
from .mentees import MenteeFilterProxy, MenteeListModel, StatusFilter
from .records import (
    ActionTableModel,
    CheckInTableModel,
    GoalTableModel,
    ReflectionTableModel,
    SessionTableModel,
)

__all__ = [
    "ID_ROLE",
    "SORT_ROLE",
    "ActionTableModel",
    "CheckInTableModel",
    "GoalTableModel",
    "MenteeFilterProxy",
    "MenteeListModel",
    "ReflectionTableModel",
    "RowTableModel",
    "SessionTableModel",
    "StatusFilter",
]
