"""A demo journal made once per test session (fixed 'today'), copied for each test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from mentorjournal.demo import fill_demo_journal
from mentorjournal.services import Services
from mentorjournal.store import Journal, open_journal

TODAY = date(2026, 3, 18)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("transfer-demo") / "demo.sqlite"
    with open_journal(path, create=True) as journal:
        fill_demo_journal(Services.for_journal(journal), today=TODAY)
    return path


@pytest.fixture
def demo_journal(tmp_path: Path, demo_template: Path) -> Iterator[Journal]:
    path = tmp_path / "source.sqlite"
    shutil.copyfile(demo_template, path)
    with open_journal(path) as journal:
        yield journal
