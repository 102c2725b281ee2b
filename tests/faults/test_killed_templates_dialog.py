"""A trainer writes a new session template in the templates dialog; the app is killed before
she saves. At the next start the restore prompt offers the draft, the templates dialog opens
with the name and every line of the note prompts, and saving it leaves no draft."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from mentorjournal.services import Services
from mentorjournal.store import open_journal
from mentorjournal.ui.drafts.restore import DraftRestorer
from mentorjournal.ui.editors.templates import TemplatesDialog
from mentorjournal.ui.main_window import MainWindow

CHILD = Path(__file__).with_name("templates_child.py")
NAME = "Before the trade test"
NOTES = "What went well — ما سار جيدا:\nሰላም 👩🏽‍🔧 e\u0301 \u202eRLO\u202c\n\nNext time:  "


def test_killed_templates_dialog_draft_is_offered_and_restored_complete(
    journal_path: Path, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_STATE_HOME=str(tmp_path / "state"),
    )
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, env[name])

    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(journal_path), NAME, NOTES],
        stdout=subprocess.PIPE,
        env=env,
        text=True,
        encoding="utf-8",
    )
    assert child.stdout is not None
    try:
        lines: list[str] = []
        while not lines or not lines[-1].startswith("KEPT"):
            line = child.stdout.readline()
            assert line, "the app ended before it kept a draft"
            lines.append(line.strip())
        assert lines[-2:] == ["TYPED", "KEPT journal"]
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    journal = open_journal(journal_path)
    try:
        services = Services.for_journal(journal)
        window = MainWindow(services)
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        restorer: DraftRestorer = window.draft_restorer  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: restorer.dialog is not None)
        prompt = restorer.dialog
        assert prompt is not None
        assert prompt.heading.text() == "1 unsaved draft from last time"
        assert f"{NAME} · What went well" in prompt.list.item(0).text()
        QTest.mouseClick(prompt.restore_button, Qt.MouseButton.LeftButton)
        dialog = window.tool_dialog
        assert isinstance(dialog, TemplatesDialog)
        panel = dialog.sessions
        assert (panel.current_id(), panel.name.text()) == (None, NAME)
        assert panel.notes.toPlainText() == NOTES
        assert panel.save(), panel.message.text()
        assert [t.notes for t in services.templates.session_templates() if t.name == NAME] == [
            NOTES
        ]
        assert services.drafts.all() == []
        window.close()
    finally:
        journal.close()
