"""Table models over the services' row dataclasses: one model row per record, no widgets.

Every model holds plain rows (dataclasses or detached table objects) and answers `ID_ROLE`
with the record's id, so views and tests find records without knowing column layouts.
"""

from typing import TYPE_CHECKING

from ...lazy import lazy_names

if TYPE_CHECKING:  # what type checkers see; at run time `__getattr__` below loads these
    from .base import ID_ROLE, SORT_ROLE, RowTableModel
    from .mentees import MenteeFilterProxy, MenteeListModel, StatusFilter
    from .records import (
        ActionTableModel,
        CheckInTableModel,
        GoalTableModel,
        ReflectionTableModel,
        SessionTableModel,
    )

# Each name -> its submodule, loaded on first use (PEP 562): the first window needs the
# mentee list's model, not the record tabs' (which load the goal, reflection... tables and
# services; issue 7, cold start).
_HOMES = {
    "ID_ROLE": "base",
    "SORT_ROLE": "base",
    "RowTableModel": "base",
    "MenteeFilterProxy": "mentees",
    "MenteeListModel": "mentees",
    "StatusFilter": "mentees",
    "ActionTableModel": "records",
    "CheckInTableModel": "records",
    "GoalTableModel": "records",
    "ReflectionTableModel": "records",
    "SessionTableModel": "records",
}


__getattr__, __dir__ = lazy_names(__name__, _HOMES)


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
