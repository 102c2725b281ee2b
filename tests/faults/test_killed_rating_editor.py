"""A trainer rates skills and is typing a note in the rating table; the app is killed before
she saves (or even leaves the cell). At the next start the restore prompt offers the draft,
and the ratings, the note and the rater come back complete."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mentorjournal.models import MenteeInput, Rater
from mentorjournal.services import Services
from mentorjournal.store import open_journal
from mentorjournal.ui.editors import SkillRatingDialog
from mentorjournal.ui.main_window import MainWindow

CHILD = Path(__file__).with_name("rating_child.py")
NOTE = "Measures twice — يقيس مرتين. ሰላም 👩🏽‍🔧 e\u0301 \u202eRLO\u202c"


def test_killed_rating_dialog_draft_is_offered_and_restored_complete(
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
        services = Services.for_journal(journal)
        mentee = services.mentees.create(MenteeInput(full_name="Amina"))
        first, second = (int(s.id or 0) for s in services.skills.framework()[:2])

    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(journal_path), str(mentee.id), NOTE],
        stdout=subprocess.PIPE,
        env=env,
        text=True,
        encoding="utf-8",
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
        assert "Measures twice" in prompt.list.item(0).text()
        qtbot.mouseClick(prompt.restore_button, Qt.MouseButton.LeftButton)
        editor = window.current_editor
        assert isinstance(editor, SkillRatingDialog)
        assert [(r["skill_id"], r["rating"], r["note"]) for r in editor.model.typed()] == [
            (first, 2, ""),
            (second, 4, NOTE),
        ]
        with qtbot.waitSignal(editor.saved):
            assert editor.save(), editor.message.text()
        saved = {
            (r.skill_id, r.rating, r.note, r.rater)
            for r in services.skills.ratings_for_mentee(mentee.id or 0)
        }
        assert saved == {(first, 2, "", Rater.MENTOR), (second, 4, NOTE, Rater.MENTOR)}
        assert services.drafts.all() == []
        window.close()
    finally:
        journal.close()
