"""Use cases of the journal, free of Qt: the GUI, the CLI and later export/import call these.

Each service owns its transactions (one per user action) and refuses bad input with a
`ValidationError` whose messages name the field. `Services` bundles them for one open journal;
`app.py` and the CLI build it and pass it on (no global singletons).

Nothing here imports a service module until it is used (issue 7, cold start): importing every
service cost ~80 ms on the GUI thread before the window's first paint, though the first
screen needs only a few. `from mentorjournal.services import X` still works (PEP 562 module
`__getattr__`), and each of `Services`' members is built on first use.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..lazy import lazy_names

if TYPE_CHECKING:  # what type checkers see; at run time `__getattr__` below loads these
    from ..store.journal import Journal
    from .actions import ActionService
    from .brief import Brief, BriefService
    from .dashboard import Contact, Dashboard, DashboardService, TouchRow
    from .drafts import DraftData, DraftPlace, DraftService
    from .filters import fold
    from .goals import GoalRow, GoalService, progress_percent
    from .mentee_list import MenteeListService, MenteeSummary
    from .mentees import ErasurePreview, MenteeService
    from .owner import OwnerService
    from .progress import ProgressService
    from .reflections import ReflectionService
    from .search import SearchResults, SearchService
    from .sessions import SessionDetail, SessionRow, SessionService
    from .skills import RatingEntry, SkillProgress, SkillService
    from .summaries import (
        ALL_SECTIONS,
        MenteeSummaryData,
        ProgrammeData,
        Section,
        SummaryService,
    )
    from .templates import TemplateService

# Each name this package offers -> the submodule that defines it.
_HOMES = {
    "ActionService": "actions",
    "Brief": "brief",
    "BriefService": "brief",
    "Contact": "dashboard",
    "Dashboard": "dashboard",
    "DashboardService": "dashboard",
    "TouchRow": "dashboard",
    "DraftData": "drafts",
    "DraftPlace": "drafts",
    "DraftService": "drafts",
    "GoalRow": "goals",
    "GoalService": "goals",
    "progress_percent": "goals",
    "ErasurePreview": "mentees",
    "MenteeService": "mentees",
    "MenteeListService": "mentee_list",
    "MenteeSummary": "mentee_list",  # the list's module: lighter than the mentees' use cases
    "fold": "filters",
    "OwnerService": "owner",
    "ProgressService": "progress",
    "ReflectionService": "reflections",
    "SearchResults": "search",
    "SearchService": "search",
    "SessionDetail": "sessions",
    "SessionRow": "sessions",
    "SessionService": "sessions",
    "RatingEntry": "skills",
    "SkillProgress": "skills",
    "SkillService": "skills",
    "ALL_SECTIONS": "summaries",
    "MenteeSummaryData": "summaries",
    "ProgrammeData": "summaries",
    "Section": "summaries",
    "SummaryService": "summaries",
    "TemplateService": "templates",
}


__getattr__, __dir__ = lazy_names(__name__, _HOMES)


class Services:
    """The services of one open journal. Each is built (and its module imported) the first
    time it is asked for, then kept: they hold nothing but the journal, so building one
    twice, should two threads race to it, is harmless."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal

    @classmethod
    def for_journal(cls, journal: Journal) -> Services:
        return cls(journal)

    @cached_property
    def mentees(self) -> MenteeService:
        from .mentees import MenteeService

        return MenteeService(self.journal)

    @cached_property
    def mentee_list(self) -> MenteeListService:
        """The mentee list's reading alone: the first window needs no more of the mentees'
        use cases (see services/mentee_list.py)."""
        from .mentee_list import MenteeListService

        return MenteeListService(self.journal)

    @cached_property
    def sessions(self) -> SessionService:
        from .sessions import SessionService

        return SessionService(self.journal)

    @cached_property
    def actions(self) -> ActionService:
        from .actions import ActionService

        return ActionService(self.journal)

    @cached_property
    def goals(self) -> GoalService:
        from .goals import GoalService

        return GoalService(self.journal)

    @cached_property
    def reflections(self) -> ReflectionService:
        from .reflections import ReflectionService

        return ReflectionService(self.journal)

    @cached_property
    def owner(self) -> OwnerService:
        from .owner import OwnerService

        return OwnerService(self.journal)

    @cached_property
    def skills(self) -> SkillService:
        from .skills import SkillService

        return SkillService(self.journal)

    @cached_property
    def templates(self) -> TemplateService:
        from .templates import TemplateService

        return TemplateService(self.journal)

    @cached_property
    def dashboard(self) -> DashboardService:
        from .dashboard import DashboardService

        return DashboardService(self.journal)

    @cached_property
    def brief(self) -> BriefService:
        from .brief import BriefService

        return BriefService(self.journal)

    @cached_property
    def progress(self) -> ProgressService:
        from .progress import ProgressService

        return ProgressService(self.journal)

    @cached_property
    def summaries(self) -> SummaryService:
        from .summaries import SummaryService

        return SummaryService(self.journal)

    @cached_property
    def drafts(self) -> DraftService:
        from .drafts import DraftService

        return DraftService(self.journal)

    @cached_property
    def search(self) -> SearchService:
        from .search import SearchService

        return SearchService(self.journal)


__all__ = [
    "ALL_SECTIONS",
    "MenteeSummaryData",
    "ProgrammeData",
    "Section",
    "SummaryService",
    "ActionService",
    "Brief",
    "BriefService",
    "Contact",
    "Dashboard",
    "DashboardService",
    "DraftData",
    "DraftPlace",
    "DraftService",
    "RatingEntry",
    "SkillProgress",
    "SkillService",
    "TemplateService",
    "TouchRow",
    "ErasurePreview",
    "GoalRow",
    "GoalService",
    "MenteeListService",
    "MenteeService",
    "MenteeSummary",
    "OwnerService",
    "ReflectionService",
    "SessionDetail",
    "SessionRow",
    "SearchResults",
    "SearchService",
    "SessionService",
    "Services",
    "fold",
    "progress_percent",
]
