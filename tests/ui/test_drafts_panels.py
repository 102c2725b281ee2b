"""Drafts in the templates and competency framework dialogs (issue 6): what is typed into a
record panel is kept after a pause, comes back complete in its dialog after a kill, and goes
when saved or when the trainer closes the dialog and agrees to drop it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from mentorjournal.models import SessionKind, SessionTemplateFields, SkillGroup
from mentorjournal.services import Services
from mentorjournal.store import Journal
from mentorjournal.ui.drafts.restore import RestoreDraftsDialog
from mentorjournal.ui.editors.common import set_choice
from mentorjournal.ui.editors.framework import SkillFrameworkDialog
from mentorjournal.ui.editors.templates import TemplatesDialog
from mentorjournal.ui.main_window import MainWindow
from tests.ui.restore_prompt import restore_prompt

NOTES = "مرحبا — ሰላም 👩🏽‍🔧 e\u0301 \u202eevil\u202c\nWhat went well:\n\nWhat to practise:  "


@pytest.fixture(autouse=True)
def private_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "data-home"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def _prompt(qtbot: QtBot, services: Services) -> tuple[MainWindow, RestoreDraftsDialog]:
    """The next start: a new main window on the same journal, and its restore prompt."""
    window = MainWindow(services)
    qtbot.addWidget(window)
    return window, restore_prompt(qtbot, window)


def _killed(dialog: Any, *panels: Any) -> None:
    """The app dies: the dialog is never closed, saved or discarded."""
    for panel in panels:
        panel.draft_keeper.stop()
    dialog.hide()


def _fill_session_template(d: TemplatesDialog, qtbot: QtBot) -> None:
    panel = d.sessions
    panel.start_new()
    QTest.keyClicks(panel.name, "Before the trade test")
    set_choice(panel.kind, SessionKind.GROUP)
    panel.duration.setValue(90)
    panel.topics.setPlainText("Practical assessment checklist")
    panel.notes.setPlainText(NOTES)


# --- session templates ------------------------------------------------------------------
def test_typing_a_template_keeps_a_draft_after_a_pause(
    services: Services, qtbot: QtBot, show: Any
) -> None:
    dialog = show(TemplatesDialog(services))
    panel = dialog.sessions
    panel.start_new()
    QTest.keyClicks(panel.name, "Workplace visit")
    assert services.drafts.all() == []  # not at every keystroke
    with qtbot.waitSignal(panel.draft_keeper.kept, timeout=10_000):
        pass
    (draft,) = services.drafts.all()
    assert draft.key == "session_template:new"
    assert draft.kind == "session_template"
    assert draft.mentee_id is None
    assert draft.content["fields"]["name"] == "Workplace visit"
    assert draft.title == "Templates: New session template"


def test_a_template_draft_comes_back_complete_after_a_kill_and_saving_clears_it(
    services: Services, qtbot: QtBot, show: Any
) -> None:
    dialog = show(TemplatesDialog(services))
    _fill_session_template(dialog, qtbot)
    dialog.tabs.setCurrentIndex(1)  # leaving the tab keeps the sessions draft at once
    reflections = dialog.reflections
    reflections.start_new()
    reflections.name.setText("After a visit")
    reflections.body.setPlainText("What did I see?\nWhat will I do next?")
    reflections.keep_draft_now()
    _killed(dialog, dialog.sessions, reflections)
    assert {d.kind for d in services.drafts.all()} == {"session_template", "reflection_template"}

    window, prompt = _prompt(qtbot, services)
    texts = [prompt.list.item(i).text() for i in range(prompt.list.count())]
    assert any(t.startswith("Templates: New session template") for t in texts)
    assert any("Before the trade test · مرحبا" in t for t in texts)
    assert any("After a visit · What did I see? What will I do next?" in t for t in texts)
    QTest.mouseClick(prompt.restore_button, Qt.MouseButton.LeftButton)

    # Both drafts return in one templates dialog, each in its own tab, every field as typed.
    restored = window.tool_dialog
    assert isinstance(restored, TemplatesDialog)
    s = restored.sessions
    assert s.current_id() is None
    assert s.name.text() == "Before the trade test"
    assert s.kind.currentData() == SessionKind.GROUP
    assert s.duration.value() == 90
    assert s.topics.toPlainText() == "Practical assessment checklist"
    assert s.notes.toPlainText() == NOTES
    r = restored.reflections
    assert r.name.text() == "After a visit"
    assert r.body.toPlainText() == "What did I see?\nWhat will I do next?"
    assert s.has_unsaved_changes() and r.has_unsaved_changes()

    assert s.save() and r.save()
    assert services.drafts.all() == []
    (saved,) = [t for t in services.templates.session_templates() if t.name.startswith("Before")]
    assert (saved.name, saved.kind, saved.duration_minutes, saved.notes) == (
        "Before the trade test",
        SessionKind.GROUP,
        90,
        NOTES,
    )
    assert "After a visit" in [t.name for t in services.templates.reflection_templates()]


def test_a_draft_of_a_changed_template_reopens_on_that_template(
    services: Services, qtbot: QtBot, show: Any
) -> None:
    first = services.templates.save_session_template(SessionTemplateFields(name="First"))
    second = services.templates.save_session_template(
        SessionTemplateFields(name="Second", notes="old")
    )
    dialog = show(TemplatesDialog(services))
    dialog.sessions.select(second.id)
    dialog.sessions.notes.setPlainText(NOTES)
    dialog.sessions.keep_draft_now()
    _killed(dialog, dialog.sessions)
    (draft,) = services.drafts.all()
    assert draft.key == f"session_template:{second.id}"

    window, prompt = _prompt(qtbot, services)
    QTest.mouseClick(prompt.restore_button, Qt.MouseButton.LeftButton)
    restored = window.tool_dialog
    assert isinstance(restored, TemplatesDialog)
    assert restored.sessions.current_id() == second.id != first.id
    assert restored.sessions.notes.toPlainText() == NOTES
    assert restored.sessions.save()
    assert services.drafts.all() == []
    saved = {t.id: t.notes for t in services.templates.session_templates()}
    assert (saved[first.id], saved[second.id]) == ("", NOTES)


def test_closing_the_dialog_and_agreeing_discards_the_draft(
    services: Services, qtbot: QtBot, show: Any, question: Any
) -> None:
    dialog = show(TemplatesDialog(services))
    _fill_session_template(dialog, qtbot)
    dialog.sessions.keep_draft_now()
    question.answer = QMessageBox.StandardButton.Cancel
    dialog.reject()
    assert dialog.isVisible()
    assert [d.content["fields"]["notes"] for d in services.drafts.all()] == [NOTES]
    question.answer = QMessageBox.StandardButton.Discard
    dialog.reject()
    assert not dialog.isVisible()
    assert services.drafts.all() == []
    assert "Before the trade test" not in [t.name for t in services.templates.session_templates()]


def test_leaving_a_record_and_agreeing_discards_its_draft(
    services: Services, show: Any, question: Any
) -> None:
    kept = services.templates.save_session_template(SessionTemplateFields(name="Kept"))
    dialog = show(TemplatesDialog(services))
    panel = dialog.sessions
    panel.start_new()
    panel.name.setText("Dropped")
    panel.keep_draft_now()
    assert len(services.drafts.all()) == 1
    question.answer = QMessageBox.StandardButton.Discard
    panel.select(kept.id)
    assert services.drafts.all() == []
    panel.name.setText("Kept, renamed")
    panel.keep_draft_now()
    assert [d.key for d in services.drafts.all()] == [f"session_template:{kept.id}"]


def test_the_app_closing_with_the_dialog_open_keeps_the_draft(
    services: Services, qtbot: QtBot
) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    dialog = window.edit_templates()
    assert isinstance(dialog, TemplatesDialog)
    qtbot.waitUntil(dialog.isVisible)
    _fill_session_template(dialog, qtbot)
    window.close()  # no question for the dialog: its text stays as a draft for next time
    (draft,) = services.drafts.all()
    assert draft.content["fields"]["notes"] == NOTES


# --- the competency framework -------------------------------------------------------------
def test_a_skill_draft_comes_back_complete_after_a_kill_and_saving_clears_it(
    services: Services, qtbot: QtBot, show: Any
) -> None:
    before = {s.name for s in services.skills.framework()}
    dialog = show(SkillFrameworkDialog(services))
    panel = dialog.panel
    panel.start_new()
    QTest.keyClicks(panel.name, "Fault finding")
    set_choice(panel.group, SkillGroup.SOFT)
    panel.description.setPlainText(NOTES)
    with qtbot.waitSignal(panel.draft_keeper.kept, timeout=10_000):
        pass
    _killed(dialog, panel)
    (draft,) = services.drafts.all()
    assert (draft.key, draft.title) == ("skill:new", "Competency framework: New skill")

    window, prompt = _prompt(qtbot, services)
    assert "Fault finding · مرحبا" in prompt.list.item(0).text()
    QTest.mouseClick(prompt.restore_button, Qt.MouseButton.LeftButton)
    restored = window.tool_dialog
    assert isinstance(restored, SkillFrameworkDialog)
    p = restored.panel
    assert (p.name.text(), p.group.currentData()) == ("Fault finding", SkillGroup.SOFT)
    assert p.description.toPlainText() == NOTES
    assert p.save()
    assert services.drafts.all() == []
    (added,) = [s for s in services.skills.framework() if s.name not in before]
    assert (added.name, added.group) == ("Fault finding", SkillGroup.SOFT)


def test_closing_the_framework_and_agreeing_discards_the_draft(
    services: Services, show: Any, question: Any
) -> None:
    dialog = show(SkillFrameworkDialog(services))
    dialog.panel.start_new()
    dialog.panel.name.setText("Not wanted")
    dialog.panel.keep_draft_now()
    assert len(services.drafts.all()) == 1
    question.answer = QMessageBox.StandardButton.Discard
    dialog.reject()
    assert services.drafts.all() == []


def test_the_panel_says_where_the_draft_is_and_focus_leaving_keeps_it_at_once(
    services: Services, qtbot: QtBot, show: Any
) -> None:
    dialog = show(TemplatesDialog(services))
    panel = dialog.sessions
    panel.start_new()
    panel.notes.setFocus()
    QTest.keyClicks(panel.notes, "typed")
    assert panel.draft_keeper is not None and panel.draft_keeper.timer.isActive()
    panel.topics.setFocus()  # long before the two seconds are up
    assert [d.content["fields"]["notes"] for d in services.drafts.all()] == ["typed"]
    assert panel.draft_status.text().startswith("Draft kept ")
    assert panel.has_unsaved_changes()
    panel.notes.clear()
    panel.start_new()  # nothing typed any more: another new template, nothing to ask
    assert panel.draft_status.text() == ""


def test_a_draft_of_a_deleted_template_opens_as_a_new_one(
    services: Services, qtbot: QtBot, show: Any
) -> None:
    gone = services.templates.save_session_template(SessionTemplateFields(name="Old name"))
    dialog = show(TemplatesDialog(services))
    dialog.sessions.select(gone.id)
    dialog.sessions.name.setText("New name")
    dialog.sessions.keep_draft_now()
    _killed(dialog, dialog.sessions)
    assert gone.id is not None
    services.templates.delete_session_template(gone.id)

    window, prompt = _prompt(qtbot, services)
    QTest.mouseClick(prompt.restore_button, Qt.MouseButton.LeftButton)
    restored = window.tool_dialog
    assert isinstance(restored, TemplatesDialog)
    assert restored.sessions.current_id() is None
    assert restored.sessions.name.text() == "New name"
    assert restored.sessions.save()
    assert services.drafts.all() == []
    assert "New name" in [t.name for t in services.templates.session_templates()]


def test_a_failed_save_keeps_the_text_and_the_draft_outside_the_journal(
    services: Services, journal: Journal, show: Any
) -> None:
    dialog = show(SkillFrameworkDialog(services))
    panel = dialog.panel
    panel.start_new()
    panel.name.setText("Reading drawings")
    panel.description.setPlainText(NOTES)
    journal.engine.dispose()

    @event.listens_for(journal.engine, "connect")
    def _read_only(dbapi: Any, _record: Any) -> None:
        dbapi.execute("PRAGMA query_only = 1")

    assert panel.save() is False
    assert "read-only" in panel.message.text()
    assert panel.description.toPlainText() == NOTES
    assert "outside the journal" in panel.draft_status.text()
    (draft,) = services.drafts.all()
    assert draft.in_file and draft.content["fields"]["description"] == NOTES
