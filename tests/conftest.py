"""Shared fixtures: every test gets its own real journal file in tmp_path.

Creating a journal runs the migrations (~0.2 s), so a template journal is made once per test
session and copied for each test.
"""

from __future__ import annotations

import os
import tempfile

# Before anything imports Qt: without a display, pytest-qt would abort the whole run.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never touch the user's real journal, settings or keyring.
os.environ.pop("MENTORJOURNAL_DB", None)
# QSettings (and anything else following the XDG rules) writes under a throw-away folder.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="mentorjournal-test-config-")

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentorjournal.services import Services
from mentorjournal.store import Journal, open_journal


@pytest.fixture(autouse=True)
def backup_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Backups (before a migration, on closing the window...) go to a folder of the test,
    never to the user's data folder."""
    root = tmp_path / "backups"
    monkeypatch.setenv("MENTORJOURNAL_BACKUP_DIR", str(root))
    return root


@pytest.fixture(scope="session")
def template_journal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    open_journal(path, create=True).close()
    return path


@pytest.fixture
def journal_path(tmp_path: Path, template_journal: Path) -> Path:
    """A fresh, empty journal file (schema at head) that no one has open."""
    path = tmp_path / "journal.sqlite"
    shutil.copyfile(template_journal, path)
    path.chmod(0o600)
    return path


@pytest.fixture
def journal(journal_path: Path) -> Iterator[Journal]:
    j = open_journal(journal_path)
    yield j
    j.close()


@pytest.fixture
def services(journal: Journal) -> Services:
    return Services.for_journal(journal)
