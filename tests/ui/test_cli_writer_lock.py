"""The app and a CLI command that writes (erase, import, restore) never write one journal at
the same time: a start while a command writes explains and does not open the journal; the
command, in turn, refuses while the app holds it (tests/cli/test_open_in_app.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from mentorjournal.store.errors import JournalUnavailable
from mentorjournal.store.instance_lock import holder, writing_from_cli
from mentorjournal.ui.single_instance import claim


def test_the_app_does_not_open_a_journal_a_command_is_writing(
    qapp: object, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _parent, _title, text: told.append(text))
    )
    with writing_from_cli(journal_path):
        assert claim(journal_path) is None
        assert holder(journal_path) is None  # the app let go of the lock it had taken
    (text,) = told
    assert "is being changed by a mentorjournal command" in text
    assert f"process {os.getpid()}" in text

    # The command has finished: the app opens it, and a command now waits its turn.
    instance = claim(journal_path)
    assert instance is not None
    try:
        refused = pytest.raises(JournalUnavailable, match="open in the Mentor Journal app")
        with refused, writing_from_cli(journal_path):
            pass
    finally:
        instance.release()
    assert len(told) == 1
