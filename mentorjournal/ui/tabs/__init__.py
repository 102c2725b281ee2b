"""The tabs of a mentee's page: overview, sessions, goals, action items, reflections."""

from .actions import ActionsTab
from .base import RecordTab
from .goals import GoalsTab
from .overview import OverviewTab
from .reflections import ReflectionsTab
from .sessions import SessionsTab

__all__ = ["ActionsTab", "GoalsTab", "OverviewTab", "RecordTab", "ReflectionsTab", "SessionsTab"]
