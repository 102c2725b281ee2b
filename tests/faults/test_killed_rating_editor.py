"""A trainer rates skills and is typing a note in the rating table; the app is killed before
she saves (or even leaves the cell). At the next start the restore prompt offers the draft,
and the ratings, the note and the rater come back complete."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from mentorjournal.models import MenteeInput, Rater
from mentorjournal.services import Services
from mentorjournal.store import open_journal
from mentorjournal.ui.editors import SkillRatingDialog
from tests.faults.killing import kill_once_drafted, restarted

NOTE = "Measures twice — يقيس مرتين. ሰላም 👩🏽‍🔧 e\u0301 \u202eRLO\u202c"


def test_killed_rating_dialog_draft_is_offered_and_restored_complete(
    journal_path: Path, qtbot: QtBot, app_env: dict[str, str]
) -> None:
    with open_journal(journal_path) as journal:
        services = Services.for_journal(journal)
        mentee = services.mentees.create(MenteeInput(full_name="Amina"))
        first, second = (int(s.id or 0) for s in services.skills.framework()[:2])

    kill_once_drafted("rating_child.py", [str(journal_path), str(mentee.id), NOTE], app_env)

    with restarted(journal_path, qtbot) as app:
        assert "Measures twice" in app.prompt.list.item(0).text()
        QTest.mouseClick(app.prompt.restore_button, Qt.MouseButton.LeftButton)
        editor = app.window.current_editor
        assert isinstance(editor, SkillRatingDialog)
        assert [(r["skill_id"], r["rating"], r["note"]) for r in editor.model.typed()] == [
            (first, 2, ""),
            (second, 4, NOTE),
        ]
        with qtbot.waitSignal(editor.saved):
            assert editor.save(), editor.message.text()
        saved = {
            (r.skill_id, r.rating, r.note, r.rater)
            for r in app.services.skills.ratings_for_mentee(mentee.id or 0)
        }
        assert saved == {(first, 2, "", Rater.MENTOR), (second, 4, NOTE, Rater.MENTOR)}
        assert app.services.drafts.all() == []
