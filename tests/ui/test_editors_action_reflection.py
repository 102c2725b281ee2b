"""Action item and reflection editors."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from mentorjournal.models import ActionOwner, ReflectionAuthor
from mentorjournal.services import Services
from mentorjournal.ui.editors import ActionEditor, ReflectionEditor


def test_new_action_from_a_session(
    services: Services, qtbot: QtBot, show, abebe: int, group_session: int
) -> None:
    dialog = show(ActionEditor(services, mentee_id=abebe, session_id=group_session))
    assert dialog.windowTitle() == "New action item — Abebe Kebede"
    qtbot.keyClicks(dialog.text, "Practise bending 20 mm conduit")
    dialog.owner.setCurrentIndex(dialog.owner.findData(ActionOwner.MENTOR))
    dialog.due_date.set_date(date(2025, 6, 1))
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    item = services.actions.get(saved.args[0])
    assert (item.text, item.owner, item.due_date, item.done_date) == (
        "Practise bending 20 mm conduit",
        ActionOwner.MENTOR,
        date(2025, 6, 1),
        None,
    )
    assert (item.mentee_id, item.session_id) == (abebe, group_session)


def test_edit_action_tick_done(
    services: Services, qtbot: QtBot, show, abebe: int, group_session: int
) -> None:
    [item] = services.actions.list_for_mentee(abebe)
    dialog = show(ActionEditor(services, action_id=item.id))
    assert dialog.text.text() == "Revise voltage drop tables"
    assert not dialog.has_unsaved_changes()
    qtbot.mouseClick(dialog.done_check, Qt.MouseButton.LeftButton)
    assert dialog.done_date.date() == date.today()
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    saved = services.actions.get(item.id)
    assert saved.done_date == date.today()
    assert (saved.due_date, saved.session_id) == (date(2025, 5, 20), group_session)


def test_action_with_empty_text_is_refused(services: Services, show, abebe: int) -> None:
    dialog = show(ActionEditor(services, mentee_id=abebe))
    dialog.due_date.set_date(date(2025, 6, 1))
    assert dialog.save() is False
    assert dialog.error_label_for("text").text() == "The action cannot be empty."
    assert dialog.due_date.date() == date(2025, 6, 1)
    assert services.actions.list_for_mentee(abebe) == []


def test_new_reflection_linked_to_a_session(
    services: Services, qtbot: QtBot, show, abebe: int, group_session: int
) -> None:
    dialog = show(ReflectionEditor(services, mentee_id=abebe, session_id=group_session))
    assert dialog.windowTitle() == "New reflection — Abebe Kebede"
    assert dialog.session.currentData() == group_session
    assert dialog.session.count() == 2  # "No particular session" and the one session
    dialog.written_on.setDate(QDate(2025, 5, 13))
    dialog.author.setCurrentIndex(dialog.author.findData(ReflectionAuthor.MENTEE))
    text = "  ተማሪው ዛሬ ጥሩ ነበር\n\n"
    dialog.text.setPlainText(text)
    qtbot.keyClicks(dialog.went_well, "Found the fault himself")
    qtbot.mouseClick(dialog.is_private, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save()
    r = services.reflections.get(saved.args[0])
    assert (r.session_id, r.written_on, r.author, r.text) == (
        group_session,
        date(2025, 5, 13),
        ReflectionAuthor.MENTEE,
        text,
    )
    assert (r.went_well, r.is_private, r.what_happened) == ("Found the fault himself", True, "")


def test_edit_reflection_keeps_its_session(
    services: Services, qtbot: QtBot, show, abebe: int, group_session: int
) -> None:
    first = show(ReflectionEditor(services, mentee_id=abebe, session_id=group_session))
    first.text.setPlainText("First")
    with qtbot.waitSignal(first.saved) as saved:
        first.save()
    dialog = show(ReflectionEditor(services, reflection_id=saved.args[0]))
    assert dialog.text.toPlainText() == "First"
    assert not dialog.has_unsaved_changes()
    qtbot.keyClicks(dialog.next_steps, "Visit the workplace")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    r = services.reflections.get(saved.args[0])
    assert (r.text, r.next_steps, r.session_id) == ("First", "Visit the workplace", group_session)


def test_empty_reflection_is_refused(services: Services, show, abebe: int) -> None:
    dialog = show(ReflectionEditor(services, mentee_id=abebe))
    assert dialog.save() is False
    assert dialog.error_label_for("text").isVisible()
    assert dialog.isVisible()
    assert services.reflections.list_for_mentee(abebe) == []
