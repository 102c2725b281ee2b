"""The tabs of a mentee's page: overview, sessions, goals, action items, reflections.

Each loads on first use (PEP 562 module `__getattr__`): the mentee page builds a tab, and
imports its module, when the tab is first shown; importing `tabs.lazy` alone must not load
them all (issue 7, cold start).
"""

from typing import TYPE_CHECKING

from ...lazy import lazy_names

if TYPE_CHECKING:  # what type checkers see; at run time `__getattr__` below loads these
    from .actions import ActionsTab
    from .base import RecordTab
    from .goals import GoalsTab
    from .overview import OverviewTab
    from .reflections import ReflectionsTab
    from .sessions import SessionsTab

_HOMES = {
    "ActionsTab": "actions",
    "GoalsTab": "goals",
    "OverviewTab": "overview",
    "RecordTab": "base",
    "ReflectionsTab": "reflections",
    "SessionsTab": "sessions",
}


__getattr__, __dir__ = lazy_names(__name__, _HOMES)


__all__ = ["ActionsTab", "GoalsTab", "OverviewTab", "RecordTab", "ReflectionsTab", "SessionsTab"]
