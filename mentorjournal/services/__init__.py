"""Use cases of the journal, free of Qt: the GUI, the CLI and later export/import call these.

Each service owns its transactions (one per user action) and refuses bad input with a
`ValidationError` whose messages name the field. `Services` bundles them for one open journal;
`app.py` and the CLI build it and pass it on (no global singletons).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..store.journal import Journal
from .actions import ActionService
from .brief import Brief, BriefService
from .dashboard import Contact, Dashboard, DashboardService, TouchRow
from .drafts import DraftData, DraftPlace, DraftService
from .goals import GoalRow, GoalService, progress_percent
from .mentees import ErasurePreview, MenteeService, MenteeSummary, fold
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


@dataclass(frozen=True)
class Services:
    journal: Journal
    mentees: MenteeService
    sessions: SessionService
    actions: ActionService
    goals: GoalService
    reflections: ReflectionService
    owner: OwnerService
    skills: SkillService
    templates: TemplateService
    dashboard: DashboardService
    brief: BriefService
    progress: ProgressService
    summaries: SummaryService
    drafts: DraftService
    search: SearchService

    @classmethod
    def for_journal(cls, journal: Journal) -> Services:
        return cls(
            journal=journal,
            mentees=MenteeService(journal),
            sessions=SessionService(journal),
            actions=ActionService(journal),
            goals=GoalService(journal),
            reflections=ReflectionService(journal),
            owner=OwnerService(journal),
            skills=SkillService(journal),
            templates=TemplateService(journal),
            dashboard=DashboardService(journal),
            brief=BriefService(journal),
            progress=ProgressService(journal),
            summaries=SummaryService(journal),
            drafts=DraftService(journal),
            search=SearchService(journal),
        )


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
