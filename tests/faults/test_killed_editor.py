"""A trainer types a reflection; the app is killed (battery, crash) before she saves. At the
next start the restore prompt offers the draft, and it comes back complete."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mentorjournal.models import MenteeInput
from mentorjournal.services import Services
from mentorjournal.store import open_journal
from mentorjournal.ui.editors import ReflectionEditor
from mentorjournal.ui.main_window import MainWindow

CHILD = Path(__file__).with_name("editor_child.py")
NOTE = (
    "Amina explained the wiring diagram — شرحت المخطط للمجموعة. ሰላም! 👩🏽‍🔧 "
    "e\u0301 \u202eRLO\u202c\n" + "Long note line.\n" * 20_000
)


def test_killed_editor_draft_is_offered_and_restored_complete(
    journal_path: Path, tmp_path: Path, qtbot: QtBot, monkeypatch
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
    with open_journal(journal_path) as journal:
        mentee = Services.for_journal(journal).mentees.create(MenteeInput(full_name="Amina"))
    text_file = tmp_path / "note.txt"
    text_file.write_text(NOTE, encoding="utf-8")

    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(journal_path), str(mentee.id), str(text_file)],
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )
    assert child.stdout is not None
    try:
        lines = []
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
        qtbot.waitUntil(lambda: window.draft_restorer.dialog is not None)
        prompt = window.draft_restorer.dialog
        assert prompt.heading.text() == "1 unsaved draft from last time"
        qtbot.mouseClick(prompt.restore_button, Qt.MouseButton.LeftButton)
        editor = window.current_editor
        assert isinstance(editor, ReflectionEditor)
        assert editor.text.toPlainText() == NOTE + " and typed"
        with qtbot.waitSignal(editor.saved):
            editor.save()
        assert [r.text for r in services.reflections.list_for_mentee(mentee.id)] == [
            NOTE + " and typed"
        ]
        assert services.drafts.all() == []
        window.close()
    finally:
        journal.close()
