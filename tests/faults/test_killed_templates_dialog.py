"""A trainer writes a new session template in the templates dialog; the app is killed before
she saves. At the next start the restore prompt offers the draft, the templates dialog opens
with the name and every line of the note prompts, and saving it leaves no draft."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from mentorjournal.ui.editors.templates import TemplatesDialog
from tests.faults.killing import kill_once_drafted, restarted

NAME = "Before the trade test"
NOTES = "What went well — ما سار جيدا:\nሰላም 👩🏽‍🔧 e\u0301 \u202eRLO\u202c\n\nNext time:  "


def test_killed_templates_dialog_draft_is_offered_and_restored_complete(
    journal_path: Path, qtbot: QtBot, app_env: dict[str, str]
) -> None:
    kill_once_drafted("templates_child.py", [str(journal_path), NAME, NOTES], app_env)

    with restarted(journal_path, qtbot) as app:
        assert f"{NAME} · What went well" in app.prompt.list.item(0).text()
        QTest.mouseClick(app.prompt.restore_button, Qt.MouseButton.LeftButton)
        dialog = app.window.tool_dialog
        assert isinstance(dialog, TemplatesDialog)
        panel = dialog.sessions
        assert (panel.current_id(), panel.name.text()) == (None, NAME)
        assert panel.notes.toPlainText() == NOTES
        assert panel.save(), panel.message.text()
        assert [t.notes for t in app.services.templates.session_templates() if t.name == NAME] == [
            NOTES
        ]
        assert app.services.drafts.all() == []
