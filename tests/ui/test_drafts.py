"""Drafts in the editors: autosave after typing, saving and discarding delete the draft, a
failed save keeps text and draft, and the restore prompt at start brings every field back."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from mentorjournal.models import (
    ActionItemFields,
    ActionOwner,
    GoalInput,
    Rater,
    ReflectionAuthor,
)
from mentorjournal.services import DraftData, Services
from mentorjournal.store import Journal
from mentorjournal.ui.editors import (
    ActionEditor,
    CheckInEditor,
    GoalEditor,
    MenteeEditor,
    OwnerEditor,
    ReflectionEditor,
    SessionEditor,
    SkillRatingDialog,
)
from mentorjournal.ui.editors.rating_model import NEW, NOTE
from mentorjournal.ui.main_window import MainWindow
from tests.ui.restore_prompt import restore_prompt

TEXT = "مرحبا — ሰላም 👩🏽‍🔧 e\u0301 \u202eevil\u202c\nsecond line"


@pytest.fixture(autouse=True)
def private_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "data-home"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def _texts(services: Services) -> list[str]:
    return [d.content["fields"].get("text", "") for d in services.drafts.all()]


def test_typing_keeps_a_draft_after_a_pause(
    services: Services, qtbot: QtBot, show: Any, abebe: int
) -> None:
    dialog = show(ReflectionEditor(services, mentee_id=abebe))
    qtbot.keyClicks(dialog.text, "Explained the wiring")
    assert services.drafts.all() == []  # not at every keystroke
    with qtbot.waitSignal(dialog.draft_keeper.kept, timeout=10_000):
        pass
    (draft,) = services.drafts.all()
    assert draft.key == f"reflection:new:mentee_id={abebe}"
    assert draft.mentee_id == abebe
    assert draft.content["fields"]["text"] == "Explained the wiring"
    assert draft.title == "New reflection — Abebe Kebede"
    assert "Draft kept" in dialog.draft_status.text()


def test_focus_leaving_a_field_keeps_the_draft_at_once(
    services: Services, qtbot: QtBot, show: Any, abebe: int
) -> None:
    dialog = show(ReflectionEditor(services, mentee_id=abebe))
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, "typed")
    dialog.went_well.setFocus()
    qtbot.waitUntil(lambda: _texts(services) == ["typed"])


def test_saving_deletes_the_draft(services: Services, qtbot: QtBot, show: Any, abebe: int) -> None:
    dialog = show(ReflectionEditor(services, mentee_id=abebe))
    dialog.text.setPlainText(TEXT)
    dialog.keep_draft_now()
    assert _texts(services) == [TEXT]
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert services.drafts.all() == []
    assert services.reflections.get(saved.args[0]).text == TEXT


def test_discarding_deletes_the_draft(
    services: Services, show: Any, question: Any, abebe: int
) -> None:
    dialog = show(ReflectionEditor(services, mentee_id=abebe))
    dialog.text.setPlainText("not wanted")
    dialog.keep_draft_now()
    question.answer = QMessageBox.StandardButton.Cancel
    dialog.reject()
    assert dialog.isVisible() and _texts(services) == ["not wanted"]
    question.answer = QMessageBox.StandardButton.Discard
    dialog.reject()
    assert not dialog.isVisible()
    assert services.drafts.all() == []


def test_undoing_every_change_removes_the_draft(services: Services, show: Any, abebe: int) -> None:
    dialog = show(ReflectionEditor(services, mentee_id=abebe))
    dialog.text.setPlainText("x")
    dialog.keep_draft_now()
    dialog.text.setPlainText("")
    dialog.keep_draft_now()
    assert services.drafts.all() == []


def test_a_failed_save_keeps_the_text_and_the_draft_and_works_again(
    services: Services, journal: Journal, qtbot: QtBot, show: Any, abebe: int
) -> None:
    dialog = show(ReflectionEditor(services, mentee_id=abebe))
    dialog.text.setPlainText(TEXT)
    limit = {"on": True}
    journal.engine.dispose()

    @event.listens_for(journal.engine, "connect")
    def _read_only(dbapi: Any, _record: Any) -> None:
        if limit["on"]:
            dbapi.execute("PRAGMA query_only = 1")

    assert dialog.save() is False
    assert dialog.isVisible()
    assert "read-only" in dialog.message.text()
    assert "kept as a draft outside the journal" in dialog.message.text()
    assert dialog.text.toPlainText() == TEXT
    (draft,) = services.drafts.all()
    assert draft.in_file and draft.content["fields"]["text"] == TEXT

    limit["on"] = False
    journal.engine.dispose()
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save() is True
    assert services.drafts.all() == []
    assert [r.text for r in services.reflections.list_for_mentee(abebe)] == [TEXT]


# --- every editor comes back complete ---------------------------------------------------
def _fill_session(d: SessionEditor, abebe: int, fatima: int) -> None:
    d.topics.setPlainText("Cable sizing " + TEXT)
    d.notes.setPlainText(TEXT * 3)
    d.private_note.setPlainText("private " + TEXT)
    d.duration.setValue(75)
    d.next_meeting.set_date(date(2025, 7, 1))
    d.attendees.checklist.set_checked([abebe, fatima])
    d.attendees.confidence_combo(fatima).setCurrentIndex(4)
    d.action_items.add_row(
        ActionItemFields(text="Revise " + TEXT, owner=ActionOwner.MENTOR, due_date=date(2025, 6, 2))
    )
    d.action_items.entry.setText("still typing")


def _fill_ratings(d: SkillRatingDialog) -> None:
    """Ratings and notes in the table (one note without a rating yet), rated by the mentee."""
    model = d.model
    rows = model.skill_rows()
    d.self_button.setChecked(True)
    model.setData(model.index(rows[0], NEW), 3)
    model.setData(model.index(rows[0], NOTE), "Steady hands " + TEXT)
    model.setData(model.index(rows[2], NEW), 5)
    model.setData(model.index(rows[-1], NOTE), "still thinking " + TEXT)


def _fill_generic(d: Any) -> None:
    """Change every text field of an editor, whatever it is."""
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

    for name, widget in d._draft_keys():
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(f"{name}: {TEXT}")
        elif isinstance(widget, QLineEdit) and not widget.validator():
            widget.setText(f"{name} {TEXT}"[:150])


EDITORS = {
    "mentee-new": lambda s, ids: MenteeEditor(s),
    "mentee-edit": lambda s, ids: MenteeEditor(s, mentee_id=ids["abebe"]),
    "session-new": lambda s, ids: SessionEditor(s, mentee_id=ids["abebe"]),
    "goal-new": lambda s, ids: GoalEditor(s, mentee_id=ids["abebe"]),
    "checkin-new": lambda s, ids: CheckInEditor(s, goal_id=ids["goal"]),
    "action-new": lambda s, ids: ActionEditor(s, mentee_id=ids["abebe"]),
    "reflection-new": lambda s, ids: ReflectionEditor(s, mentee_id=ids["abebe"]),
    "reflection-any": lambda s, ids: ReflectionEditor(s),
    "owner": lambda s, ids: OwnerEditor(s),
    "ratings": lambda s, ids: SkillRatingDialog(s, mentee_id=ids["abebe"]),
}


@pytest.mark.parametrize("which", list(EDITORS))
def test_every_editor_comes_back_complete(
    services: Services, show: Any, abebe: int, fatima: int, which: str
) -> None:
    goal = services.goals.create(GoalInput(mentee_id=abebe, title="Pass the wiring test"))
    ids = {"abebe": abebe, "fatima": fatima, "goal": goal.id}
    first = show(EDITORS[which](services, ids))
    if isinstance(first, SessionEditor):
        _fill_session(first, abebe, fatima)
    elif isinstance(first, SkillRatingDialog):
        _fill_ratings(first)
    else:
        _fill_generic(first)
    if isinstance(first, ReflectionEditor):
        first.author.setCurrentIndex(first.author.findData(ReflectionAuthor.MENTEE))
        first.is_private.setChecked(True)
        if first.mentee is not None:
            first.mentee.setCurrentIndex(first.mentee.findData(fatima))
    assert first.has_unsaved_changes()
    first.keep_draft_now()
    state = first._state()
    (draft,) = services.drafts.all()
    # The app is killed: the editor never closes. The next start builds it again.
    first.draft_keeper.stop()

    second = EDITORS[which](services, ids)
    assert second.editor_args == draft.context
    second.restore_draft(draft.content)
    assert second._state() == state
    assert second.has_unsaved_changes()
    if isinstance(first, SkillRatingDialog):
        assert second.model.typed() == first.model.typed() != []
        assert second.rater() == Rater.SELF


# --- the restore prompt -----------------------------------------------------------------
def _leave_draft(services: Services, show: Any, editor: Any, text: str) -> None:
    dialog = show(editor)
    if isinstance(dialog, GoalEditor):
        dialog.specific.setPlainText(text)
    else:
        dialog.text.setPlainText(text)
    dialog.keep_draft_now()
    dialog.draft_keeper.stop()  # killed: no save, no discard
    dialog.hide()


@pytest.fixture
def window(services: Services, qtbot: QtBot) -> MainWindow:
    w = MainWindow(services)
    qtbot.addWidget(w)
    return w


def test_no_prompt_without_drafts(services: Services, qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitExposed(window):
        window.show()
    qtbot.wait(50)
    assert window.draft_restorer.dialog is None


def test_restore_opens_each_draft_complete_in_turn(
    services: Services, qtbot: QtBot, show: Any, abebe: int, fatima: int
) -> None:
    _leave_draft(services, show, ReflectionEditor(services, mentee_id=abebe), "first " + TEXT)
    _leave_draft(services, show, ReflectionEditor(services, mentee_id=fatima), "second " + TEXT)
    window = MainWindow(services)
    qtbot.addWidget(window)
    prompt = restore_prompt(qtbot, window)
    assert prompt.heading.text() == "2 unsaved drafts from last time"
    assert prompt.list.count() == 2
    assert "second" in prompt.list.item(0).text()  # newest first
    qtbot.mouseClick(prompt.restore_button, Qt.MouseButton.LeftButton)

    editor = window.current_editor
    assert isinstance(editor, ReflectionEditor)
    assert editor.text.toPlainText() == "second " + TEXT
    assert editor.has_unsaved_changes()
    assert window.current_mentee_id() == fatima
    with qtbot.waitSignal(editor.saved):
        editor.save()
    qtbot.waitUntil(lambda: window.current_editor not in (None, editor))
    editor = window.current_editor
    assert editor.text.toPlainText() == "first " + TEXT
    with qtbot.waitSignal(editor.saved):
        editor.save()
    assert services.drafts.all() == []
    assert [r.text for r in services.reflections.list_for_mentee(fatima)] == ["second " + TEXT]
    assert [r.text for r in services.reflections.list_for_mentee(abebe)] == ["first " + TEXT]


def test_later_keeps_the_drafts_and_discard_all_removes_them(
    services: Services, qtbot: QtBot, show: Any, question: Any, abebe: int
) -> None:
    _leave_draft(services, show, ReflectionEditor(services, mentee_id=abebe), "kept")
    window = MainWindow(services)
    qtbot.addWidget(window)
    prompt = restore_prompt(qtbot, window)
    assert prompt.heading.text() == "1 unsaved draft from last time"
    qtbot.mouseClick(prompt.later_button, Qt.MouseButton.LeftButton)
    assert _texts(services) == ["kept"]
    assert window.current_editor is None

    prompt = window.draft_restorer.offer()
    assert prompt is not None
    question.answer = QMessageBox.StandardButton.Discard
    qtbot.mouseClick(prompt.discard_button, Qt.MouseButton.LeftButton)
    assert question.asked == ["Discard drafts?"]
    assert services.drafts.all() == []


def test_draft_of_a_deleted_record_opens_as_a_new_one(
    services: Services, qtbot: QtBot, show: Any, abebe: int
) -> None:
    from mentorjournal.models import ReflectionInput

    r = services.reflections.create(
        ReflectionInput(mentee_id=abebe, written_on=date(2025, 1, 2), text="old")
    )
    _leave_draft(services, show, ReflectionEditor(services, reflection_id=r.id), "rewritten")
    services.reflections.delete(r.id)
    window = MainWindow(services)
    qtbot.addWidget(window)
    prompt = restore_prompt(qtbot, window)
    qtbot.mouseClick(prompt.restore_button, Qt.MouseButton.LeftButton)
    editor = window.current_editor
    assert isinstance(editor, ReflectionEditor)
    assert editor.reflection_id is None
    assert editor.text.toPlainText() == "rewritten"
    with qtbot.waitSignal(editor.saved):
        editor.save()
    assert services.drafts.all() == []
    assert [x.text for x in services.reflections.list_for_mentee(abebe)] == ["rewritten"]


def test_erasing_a_mentee_drops_the_drafts_about_them(
    services: Services, show: Any, abebe: int, fatima: int
) -> None:
    _leave_draft(services, show, ReflectionEditor(services, mentee_id=abebe), "about Abebe")
    goal = services.goals.create(GoalInput(mentee_id=fatima, title="Weld"))
    _leave_draft(services, show, GoalEditor(services, goal_id=goal.id), "weld it")
    services.mentees.erase(abebe)
    assert [d.kind for d in services.drafts.all()] == ["goal"]
    services.mentees.erase(fatima)
    assert services.drafts.all() == []


def test_draft_data_is_plain(services: Services) -> None:
    assert DraftData(key="k", kind="reflection").content == {}


# --- the skill rating table ---------------------------------------------------------------
def test_ratings_typed_into_the_table_are_kept_after_a_pause(
    services: Services, qtbot: QtBot, show: Any, abebe: int
) -> None:
    dialog = show(SkillRatingDialog(services, mentee_id=abebe))
    qtbot.keyClick(dialog.table, Qt.Key.Key_4)  # the first skill, with the keyboard only
    assert services.drafts.all() == []
    with qtbot.waitSignal(dialog.draft_keeper.kept, timeout=10_000):
        pass
    (draft,) = services.drafts.all()
    assert draft.kind == "ratings" and draft.mentee_id == abebe
    first = dialog.model.skill_name(dialog.model.skill_rows()[0])
    assert draft.content["extra"]["rows"] == [
        {"skill_id": _skill_id(services, first), "skill": first, "rating": 4, "note": ""}
    ]
    # Choosing the other rater follows into the draft (the table is not all a draft holds).
    qtbot.mouseClick(dialog.self_button, Qt.MouseButton.LeftButton)
    dialog.keep_draft_now()
    (draft,) = services.drafts.all()
    assert draft.content["extra"]["rater"] == str(Rater.SELF)


def _skill_id(services: Services, name: str) -> int:
    return next(int(s.id or 0) for s in services.skills.framework() if s.name == name)


def test_a_rating_draft_is_restored_complete_at_start_and_saved(
    services: Services, qtbot: QtBot, show: Any, abebe: int
) -> None:
    dialog = show(SkillRatingDialog(services, mentee_id=abebe))
    _fill_ratings(dialog)
    typed = dialog.model.typed()
    dialog.keep_draft_now()
    dialog.draft_keeper.stop()  # killed: no save, no discard
    dialog.hide()

    window = MainWindow(services)
    qtbot.addWidget(window)
    prompt = restore_prompt(qtbot, window)
    # What the trainer recognises the draft by: how many skills, and the longest note.
    assert "2 skills rated · still thinking" in prompt.list.item(0).text()
    qtbot.mouseClick(prompt.restore_button, Qt.MouseButton.LeftButton)
    editor = window.current_editor
    assert isinstance(editor, SkillRatingDialog)
    assert editor.model.typed() == typed
    assert editor.rater() == Rater.SELF
    assert editor.has_unsaved_changes()
    # The note without a rating is refused as always; clear it, then save the ratings.
    editor.model.setData(editor.model.index(editor.model.skill_rows()[-1], NOTE), "")
    with qtbot.waitSignal(editor.saved):
        assert editor.save(), editor.message.text()
    assert services.drafts.all() == []
    saved = {
        (r.skill_id, r.rating, r.note, r.rater) for r in services.skills.ratings_for_mentee(abebe)
    }
    rows = [t for t in typed if t["rating"] is not None]
    assert saved == {(t["skill_id"], t["rating"], t["note"].strip(), Rater.SELF) for t in rows}


def test_a_rating_draft_for_a_retired_skill_is_shown_not_dropped(
    services: Services, show: Any, abebe: int
) -> None:
    dialog = show(SkillRatingDialog(services, mentee_id=abebe))
    rows = [{"skill_id": 999_999, "skill": "Old skill", "rating": 2, "note": "keep this"}]
    dialog.restore_draft({"fields": {}, "extra": {"rater": "mentor", "rows": rows}})
    assert dialog.message.isVisible()
    assert "Old skill" in dialog.message.text() and "keep this" in dialog.message.text()
    dialog.mark_clean()


def _start_note(qtbot: QtBot, dialog: SkillRatingDialog, text: str) -> QLineEdit:
    """Rate the first skill, Tab to its note and type `text` there, leaving the cell open."""
    table = dialog.table
    qtbot.keyClick(table, Qt.Key.Key_3)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    qtbot.keyClicks(table, text[0])  # typing opens the note's line editor
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, text[1:])
    return editor


def test_a_note_still_being_typed_in_its_cell_is_in_the_draft(
    services: Services, qtbot: QtBot, show: Any, abebe: int
) -> None:
    dialog = show(SkillRatingDialog(services, mentee_id=abebe))
    editor = _start_note(qtbot, dialog, "Uses a steel rule")
    editor.setCursorPosition(4)  # typing in the middle keeps its place
    qtbot.keyClicks(editor, "d")
    assert editor.text() == "Usesd a steel rule" and editor.cursorPosition() == 5
    with qtbot.waitSignal(dialog.draft_keeper.kept, timeout=10_000):
        pass  # the cell is still open: the app could die now
    assert QApplication.focusWidget() is editor
    (draft,) = services.drafts.all()
    (row,) = draft.content["extra"]["rows"]
    assert (row["rating"], row["note"]) == (3, "Usesd a steel rule")


def test_escape_in_a_note_puts_it_back_as_it_was(
    services: Services, qtbot: QtBot, show: Any, abebe: int
) -> None:
    dialog = show(SkillRatingDialog(services, mentee_id=abebe))
    editor = _start_note(qtbot, dialog, "Not this")
    first = dialog.model.skill_rows()[0]
    assert dialog.model.index(first, NOTE).data() == "Not this"  # live in the model
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert dialog.model.index(first, NOTE).data() == ""
    assert dialog.model.index(first, NEW).data(Qt.ItemDataRole.EditRole) == 3
    assert dialog.isVisible()
    dialog.mark_clean()


# --- a draft left for later is never overwritten or dropped by another editor -------------
def test_an_editor_opened_and_closed_leaves_an_earlier_draft_alone(
    services: Services, show: Any, abebe: int
) -> None:
    _leave_draft(services, show, ReflectionEditor(services, mentee_id=abebe), "left for later")
    # The trainer chose "Later"; now opens a new reflection for the same mentee and cancels.
    dialog = show(ReflectionEditor(services, mentee_id=abebe))
    dialog.reject()  # nothing typed: closes without asking
    assert not dialog.isVisible()
    assert _texts(services) == ["left for later"]


def test_a_second_editor_for_the_same_record_keeps_its_own_draft(
    services: Services, qtbot: QtBot, show: Any, abebe: int
) -> None:
    _leave_draft(services, show, ReflectionEditor(services, mentee_id=abebe), "left for later")
    dialog = show(ReflectionEditor(services, mentee_id=abebe))
    dialog.text.setPlainText("typed now")
    dialog.keep_draft_now()
    assert sorted(_texts(services)) == ["left for later", "typed now"]
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    assert _texts(services) == ["left for later"]  # only its own draft went with the save

    # Restored at the next start, the earlier draft is saved and goes, under its own key.
    window = MainWindow(services)
    qtbot.addWidget(window)
    prompt = restore_prompt(qtbot, window)
    qtbot.mouseClick(prompt.restore_button, Qt.MouseButton.LeftButton)
    editor = window.current_editor
    assert isinstance(editor, ReflectionEditor)
    assert editor.text.toPlainText() == "left for later"
    editor.text.appendPlainText("and more")
    editor.keep_draft_now()
    assert _texts(services) == ["left for later\nand more"]  # the same draft, not a copy
    with qtbot.waitSignal(editor.saved):
        editor.save()
    assert services.drafts.all() == []
    texts = sorted(r.text for r in services.reflections.list_for_mentee(abebe))
    assert texts == ["left for later\nand more", "typed now"]


def test_a_rating_draft_whose_session_was_deleted_opens_for_the_mentee(
    services: Services, qtbot: QtBot, show: Any, abebe: int, group_session: int
) -> None:
    dialog = show(SkillRatingDialog(services, mentee_id=abebe, session_id=group_session))
    _fill_ratings(dialog)
    typed = dialog.model.typed()
    dialog.keep_draft_now()
    dialog.draft_keeper.stop()  # killed
    dialog.hide()
    services.sessions.delete(group_session)

    window = MainWindow(services)
    qtbot.addWidget(window)
    prompt = restore_prompt(qtbot, window)
    qtbot.mouseClick(prompt.restore_button, Qt.MouseButton.LeftButton)
    editor = window.current_editor
    assert isinstance(editor, SkillRatingDialog)
    assert editor.session_id is None and editor.mentee_id == abebe
    assert editor.model.typed() == typed
    editor.model.setData(editor.model.index(editor.model.skill_rows()[-1], NOTE), "")
    with qtbot.waitSignal(editor.saved):
        assert editor.save(), editor.message.text()
    assert services.drafts.all() == []
    assert len(services.skills.ratings_for_mentee(abebe)) == 2
