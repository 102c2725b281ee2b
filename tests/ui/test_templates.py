"""Templates: pre-filling new sessions and reflections, and the templates dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mentorjournal.models import SessionKind
from mentorjournal.services import Services
from mentorjournal.ui.editors import ReflectionEditor, SessionEditor
from mentorjournal.ui.editors.templates import TemplatesDialog

from .conftest import QuestionRecorder

YES = QMessageBox.StandardButton.Yes
NO = QMessageBox.StandardButton.No


def _click(qtbot: QtBot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_choosing_a_session_template_fills_the_fields_and_saves(
    services: Services, qtbot: QtBot, show, question: QuestionRecorder, abebe: int
) -> None:
    dialog = show(SessionEditor(services, mentee_id=abebe))
    combo = dialog.template.combo
    assert combo.currentText() == "No template"
    combo.setFocus()
    for _ in range(3):  # First meeting, Progress review, Workplace visit
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Workplace visit"
    assert dialog.kind.currentData() == SessionKind.WORKPLACE_VISIT
    assert dialog.duration.value() == 90
    assert dialog.topics.toPlainText() == "Observation at the workplace; talk with the supervisor"
    assert dialog.notes.toPlainText().splitlines() == [
        "Tasks observed:",
        "Safety and working practice:",
        "Supervisor's feedback:",
        "Agreed next steps:",
    ]
    assert question.asked == []  # switching templates on untouched text never asks
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save()
    session = services.sessions.get(saved.args[0]).session
    assert session.kind == SessionKind.WORKPLACE_VISIT
    assert session.notes.startswith("Tasks observed:\n")


def test_typed_notes_are_kept_when_the_trainer_says_no(
    services: Services, qtbot: QtBot, show, question: QuestionRecorder, abebe: int
) -> None:
    dialog = show(SessionEditor(services, mentee_id=abebe))
    qtbot.keyClicks(dialog.notes, "Talked about the night shifts.")
    question.answer = NO
    dialog.template.choose("Progress review")
    assert question.asked == ["Replace your text?"]
    assert dialog.notes.toPlainText() == "Talked about the night shifts."
    assert dialog.topics.toPlainText() == ""
    assert dialog.duration.value() == 45  # kind and duration still come from the template
    question.answer = YES
    dialog.template.choose("First meeting")
    assert dialog.notes.toPlainText().startswith("Background and experience:")
    assert dialog.duration.value() == 60


def test_editing_a_session_offers_no_template(services: Services, show, group_session: int) -> None:
    dialog = show(SessionEditor(services, session_id=group_session))
    assert dialog.template is None


def test_reflection_template_fills_the_text(
    services: Services, qtbot: QtBot, show, question: QuestionRecorder, abebe: int
) -> None:
    dialog = show(ReflectionEditor(services, mentee_id=abebe))
    names = [dialog.template.combo.itemText(i) for i in range(dialog.template.combo.count())]
    assert names == ["No template", "Gibbs' reflective cycle", "What? So what? Now what?"]
    dialog.template.choose("Gibbs' reflective cycle")
    assert dialog.text.toPlainText().startswith("Description — what happened?")
    dialog.text.appendPlainText("We rewired the board together.")
    question.answer = NO
    dialog.template.choose("What? So what? Now what?")
    assert question.asked == ["Replace your text?"]
    assert dialog.text.toPlainText().endswith("We rewired the board together.")
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save()
    assert services.reflections.get(saved.args[0]).text.startswith("Description —")


def test_templates_dialog_adds_edits_and_deletes_session_templates(
    services: Services, qtbot: QtBot, show, question: QuestionRecorder
) -> None:
    dialog = show(TemplatesDialog(services))
    panel = dialog.sessions
    _click(qtbot, panel.new_button)
    qtbot.keyClicks(panel.name, "Before the trade test")
    panel.kind.setCurrentIndex(panel.kind.findData(SessionKind.GROUP))
    panel.duration.setValue(120)
    qtbot.keyClicks(panel.topics, "Mock practical")
    qtbot.keyClicks(panel.notes, "Timing:")
    _click(qtbot, panel.save_button)
    made = services.templates.session_templates()[-1]
    assert (made.name, made.kind, made.duration_minutes, made.topics, made.notes) == (
        "Before the trade test",
        SessionKind.GROUP,
        120,
        "Mock practical",
        "Timing:",
    )
    assert panel.list.currentItem().text() == "Before the trade test"

    panel.name.selectAll()
    qtbot.keyClicks(panel.name, "Mock trade test")
    _click(qtbot, panel.save_button)
    assert services.templates.session_templates()[-1].name == "Mock trade test"

    question.answer = YES
    _click(qtbot, panel.delete_button)
    assert question.asked == ["Delete template?"]
    assert "Mock trade test" not in {t.name for t in services.templates.session_templates()}
    # New sessions offer what the dialog saved.
    assert len(services.templates.session_templates()) == 4


def test_templates_dialog_reflection_tab_and_refused_empty_name(
    services: Services, qtbot: QtBot, show
) -> None:
    dialog = show(TemplatesDialog(services))
    dialog.tabs.setCurrentIndex(1)
    panel = dialog.reflections
    assert panel.name.text() == "Gibbs' reflective cycle"
    _click(qtbot, panel.new_button)
    qtbot.keyClicks(panel.body, "What did I see?")
    _click(qtbot, panel.save_button)
    error = panel.error_label_for("name")
    assert error.isVisible() and error.text() == "The template's name cannot be empty."
    qtbot.keyClicks(panel.name, "After a visit")
    _click(qtbot, panel.save_button)
    assert not error.isVisible()
    made = services.templates.reflection_templates()[-1]
    assert (made.name, made.body) == ("After a visit", "What did I see?")
