"""A trainer types a reflection; the app is killed (battery, crash) before she saves. At the
next start the restore prompt offers the draft, and it comes back complete."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from mentorjournal.models import MenteeInput
from mentorjournal.services import Services
from mentorjournal.store import open_journal
from mentorjournal.ui.editors import ReflectionEditor
from tests.faults.killing import kill_once_drafted, restarted

NOTE = (
    "Amina explained the wiring diagram — شرحت المخطط للمجموعة. ሰላም! 👩🏽‍🔧 "
    "e\u0301 \u202eRLO\u202c\n" + "Long note line.\n" * 20_000
)


def test_killed_editor_draft_is_offered_and_restored_complete(
    journal_path: Path, tmp_path: Path, qtbot: QtBot, app_env: dict[str, str]
) -> None:
    with open_journal(journal_path) as journal:
        mentee = Services.for_journal(journal).mentees.create(MenteeInput(full_name="Amina"))
    text_file = tmp_path / "note.txt"
    text_file.write_text(NOTE, encoding="utf-8")

    kill_once_drafted(
        "editor_child.py", [str(journal_path), str(mentee.id), str(text_file)], app_env
    )

    with restarted(journal_path, qtbot) as app:
        QTest.mouseClick(app.prompt.restore_button, Qt.MouseButton.LeftButton)
        editor = app.window.current_editor
        assert isinstance(editor, ReflectionEditor)
        assert editor.text.toPlainText() == NOTE + " and typed"
        with qtbot.waitSignal(editor.saved):
            editor.save()
        assert [r.text for r in app.services.reflections.list_for_mentee(mentee.id or 0)] == [
            NOTE + " and typed"
        ]
        assert app.services.drafts.all() == []
