"""A full disk, simulated with SQLite's page limit on every connection of the journal: saving
fails with a plain message, the journal stays whole and readable, the editor keeps the text
and its draft (outside the journal), and everything works again once space is freed."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from mentorjournal.models import MenteeInput, ReflectionInput
from mentorjournal.services import Services
from mentorjournal.store import Journal
from mentorjournal.store.faults import JournalFull
from mentorjournal.ui.editors import ReflectionEditor
from mentorjournal.ui.main_window import MainWindow

NOTE = "Long reflection about the inspection. " * 2000  # ~76 KB: needs new pages


class FullDisk:
    """Caps the journal at its current size (plus `spare` pages) until `free()`."""

    def __init__(self, journal: Journal, spare: int = 0) -> None:
        self.journal = journal
        with journal.engine.connect() as conn:
            self.pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar() or 0) + spare
        self.full = True
        journal.engine.dispose()
        event.listen(journal.engine, "connect", self._on_connect)

    def _on_connect(self, dbapi: Any, _record: Any) -> None:
        if self.full:
            dbapi.execute(f"PRAGMA max_page_count = {self.pages}")

    def free(self) -> None:
        self.full = False
        self.journal.engine.dispose()


@pytest.fixture(autouse=True)
def private_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "data-home"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


@pytest.fixture
def mentee(services: Services) -> int:
    m = services.mentees.create(MenteeInput(full_name="Abebe Kebede", private_notes="nights"))
    assert m.id is not None
    services.reflections.create(
        ReflectionInput(mentee_id=m.id, written_on=date(2025, 1, 5), text="before the disk filled")
    )
    return m.id


@pytest.fixture
def full(journal: Journal, mentee: int) -> Iterator[FullDisk]:
    disk = FullDisk(journal)
    yield disk
    disk.free()


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def test_services_refuse_plainly_and_keep_what_was_there(
    services: Services, mentee: int, full: FullDisk, journal_path: Path
) -> None:
    for _ in range(5):  # again and again: each refusal is clean
        with pytest.raises(JournalFull, match="disk is full"):
            services.reflections.create(
                ReflectionInput(mentee_id=mentee, written_on=date(2025, 2, 1), text=NOTE)
            )
    # Reading still works while full.
    assert [r.text for r in services.reflections.list_for_mentee(mentee)] == [
        "before the disk filled"
    ]
    assert services.mentees.get(mentee).private_notes == "nights"
    assert _integrity(journal_path) == "ok"
    full.free()
    services.reflections.create(
        ReflectionInput(mentee_id=mentee, written_on=date(2025, 2, 1), text=NOTE)
    )
    assert len(services.reflections.list_for_mentee(mentee)) == 2
    assert _integrity(journal_path) == "ok"


def test_window_stays_usable_and_the_editor_keeps_the_text(
    services: Services, mentee: int, journal: Journal, qtbot: QtBot, journal_path: Path
) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.open_mentee(mentee)
    disk = FullDisk(journal)
    try:
        window.new_reflection()
        editor = window.current_editor
        assert isinstance(editor, ReflectionEditor)
        editor.text.setPlainText(NOTE)
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        assert editor.isVisible()
        assert "The disk is full" in editor.message.text()
        assert "kept as a draft outside the journal" in editor.message.text()
        assert editor.text.toPlainText() == NOTE
        (draft,) = services.drafts.all()
        assert draft.in_file and draft.content["fields"]["text"] == NOTE

        # The rest of the app still reads the journal.
        window.refresh()
        window.show_dashboard()
        window.open_mentee(mentee)
        assert _integrity(journal_path) == "ok"
    finally:
        disk.free()

    # Space freed: the same editor saves, and the draft is gone.
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    texts = sorted(r.text for r in services.reflections.list_for_mentee(mentee))
    assert texts == sorted([NOTE, "before the disk filled"])
    assert services.drafts.all() == []
    assert _integrity(journal_path) == "ok"
