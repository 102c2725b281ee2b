"""Fixtures for backups: a journal with a few records, and helpers to read a backup's content."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from mentorjournal.models import MenteeInput
from mentorjournal.services import Services


@pytest.fixture
def two_mentees(services: Services) -> list[str]:
    names = ["Abebe Kebede", "ሰላም ታደሰ"]
    for name in names:
        services.mentees.create(MenteeInput(full_name=name, private_notes="secret marker"))
    return names


def mentee_names(path: Path) -> list[str]:
    """The mentees in a journal file (plain sqlite3, read-only)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return sorted(r[0] for r in conn.execute("SELECT full_name FROM mentee"))
    finally:
        conn.close()
