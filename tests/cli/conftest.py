"""Fixtures for the command line: a demo journal made once per test session, copied per test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from mentorjournal.__main__ import main
from mentorjournal.services import Services
from mentorjournal.store import open_journal

# A fixed "today" so that every date in the demo journal is known to the tests.
TODAY = date(2026, 3, 18)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    assert main(["demo", "--db", str(path), "--today", TODAY.isoformat()]) == 0
    return path


@pytest.fixture
def demo_path(tmp_path: Path, demo_template: Path) -> Path:
    """A fresh copy of the demo journal that no one has open."""
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def demo_services(demo_path: Path) -> Iterator[Services]:
    journal = open_journal(demo_path)
    yield Services.for_journal(journal)
    journal.close()
