"""The services package loads its modules on first use (issue 7, cold start), yet every name
it offers still imports from it and every service of `Services` is there."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import mentorjournal.services as services_package
from mentorjournal.services import Services


def test_importing_the_package_loads_no_service_module() -> None:
    # A fresh interpreter: this test process has long imported every service.
    probe = (
        "import sys, mentorjournal.services\n"
        "print(sorted(m for m in sys.modules if m.startswith('mentorjournal.services.')))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("name", services_package.__all__)
def test_every_offered_name_imports_from_the_package(name: str) -> None:
    value = getattr(importlib.import_module("mentorjournal.services"), name)
    assert getattr(value, "__name__", name) == name or name == "ALL_SECTIONS"


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_service"):
        _ = services_package.no_such_service


SERVICE_CLASSES = {
    "mentees": "MenteeService",
    "sessions": "SessionService",
    "actions": "ActionService",
    "goals": "GoalService",
    "reflections": "ReflectionService",
    "owner": "OwnerService",
    "skills": "SkillService",
    "templates": "TemplateService",
    "dashboard": "DashboardService",
    "brief": "BriefService",
    "progress": "ProgressService",
    "summaries": "SummaryService",
    "drafts": "DraftService",
    "search": "SearchService",
}


@pytest.mark.parametrize(("member", "class_name"), SERVICE_CLASSES.items())
def test_each_service_is_built_once_on_the_open_journal(
    services: Services, member: str, class_name: str
) -> None:
    service = getattr(services, member)
    assert isinstance(service, getattr(services_package, class_name))
    assert getattr(services, member) is service  # kept, not rebuilt on every use
    assert services.journal is not None
