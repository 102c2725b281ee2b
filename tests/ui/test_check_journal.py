"""Tools > Check journal…: a sound journal reads as sound; a damaged one names its problems."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mentorjournal.models import GoalInput, MenteeInput
from mentorjournal.services import Services
from mentorjournal.store import open_journal
from mentorjournal.ui.check_journal import CheckJournalDialog
from mentorjournal.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w


def run_check(qtbot: QtBot, window: MainWindow) -> CheckJournalDialog:
    action = window.act_check_journal  # type: ignore[attr-defined]
    assert action in window.tools_menu.actions()
    action.trigger()
    dialog = window.check_dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, CheckJournalDialog)
    qtbot.waitUntil(lambda: dialog.report is not None or dialog.error is not None, timeout=20000)
    assert QApplication.overrideCursor() is None  # the busy cursor is gone
    return dialog


def test_sound_journal_is_reported_sound(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    services.mentees.create(MenteeInput(full_name="Hiwot Tesfaye"))
    dialog = run_check(qtbot, window)
    assert dialog.report is not None and dialog.report.ok
    assert "no problems found" in dialog.headline.text()
    assert "1 mentees" in dialog.details.toPlainText()
    assert dialog.buttons.isEnabled()
    dialog.reject()


def test_damaged_journal_names_its_problems(qtbot: QtBot, journal_path: Path) -> None:
    with open_journal(journal_path) as journal:
        services = Services.for_journal(journal)
        m = services.mentees.create(MenteeInput(full_name="Someone"))
        for title in ("One", "Two"):
            services.goals.create(GoalInput(mentee_id=m.id or 0, title=title))
    conn = sqlite3.connect(journal_path)  # foreign keys are off in a bare connection
    conn.execute("UPDATE goal SET mentee_id = 999")
    conn.commit()
    conn.close()
    before = journal_path.read_bytes()

    with open_journal(journal_path) as journal:
        w = MainWindow(Services.for_journal(journal))
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        dialog = run_check(qtbot, w)
        assert dialog.report is not None and not dialog.report.ok
        assert "1 problem found" in dialog.headline.text()
        text = dialog.details.toPlainText()
        assert "2 of the goals refer to mentees that no longer exist." in text
        assert "restore the latest backup" in text
        dialog.reject()
        w.close()
    assert journal_path.read_bytes() == before  # checking changed nothing
