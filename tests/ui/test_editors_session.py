"""Session editor: attendees and confidence, inline action items, editing, validation."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from pytestqt.qtbot import QtBot

from mentorjournal.models import ActionOwner, SessionKind
from mentorjournal.services import Services
from mentorjournal.ui.editors import SessionEditor


def test_new_session_with_two_action_items_typed_with_enter(
    services: Services, qtbot: QtBot, show, abebe: int
) -> None:
    dialog = show(SessionEditor(services, mentee_id=abebe))
    assert dialog.windowTitle() == "New session — Abebe Kebede"
    assert dialog.attendees.checklist.checked_ids() == [abebe]
    dialog.started_at.setDateTime(QDateTime(QDate(2025, 6, 2), QTime(9, 30)))
    qtbot.keyClicks(dialog.topics, "Earthing")
    entry = dialog.action_items.entry
    qtbot.keyClicks(entry, "Read chapter 4")
    qtbot.keyClick(entry, Qt.Key.Key_Return)  # adds the row; must not save the dialog
    assert dialog.isVisible()
    assert entry.text() == ""
    dialog.action_items.owner.setCurrentIndex(
        dialog.action_items.owner.findData(ActionOwner.MENTOR)
    )
    dialog.action_items.due.set_date(date(2025, 6, 9))
    qtbot.keyClicks(entry, "Bring the inspection checklist")
    qtbot.keyClick(entry, Qt.Key.Key_Enter)
    assert dialog.action_items.table.rowCount() == 2

    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    detail = services.sessions.get(saved.args[0])
    assert detail.session.topics == "Earthing"
    assert detail.session.started_at.isoformat() == "2025-06-02T09:30:00"
    assert detail.session.duration_minutes == 60
    assert [(a.text, a.owner, a.due_date, a.mentee_id) for a in detail.actions] == [
        ("Read chapter 4", ActionOwner.MENTEE, None, abebe),
        ("Bring the inspection checklist", ActionOwner.MENTOR, date(2025, 6, 9), abebe),
    ]


def test_action_still_in_the_entry_line_is_not_lost(
    services: Services, qtbot: QtBot, show, abebe: int
) -> None:
    dialog = show(SessionEditor(services, mentee_id=abebe))
    qtbot.keyClicks(dialog.action_items.entry, "Practise conduit bending")
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save()
    assert [a.text for a in services.sessions.get(saved.args[0]).actions] == [
        "Practise conduit bending"
    ]


def test_removed_action_row_is_not_saved(
    services: Services, qtbot: QtBot, show, abebe: int
) -> None:
    dialog = show(SessionEditor(services, mentee_id=abebe))
    for text in ("Keep me", "Drop me"):
        qtbot.keyClicks(dialog.action_items.entry, text)
        qtbot.keyClick(dialog.action_items.entry, Qt.Key.Key_Return)
    dialog.action_items.table.selectRow(1)
    qtbot.keyClick(dialog.action_items.table, Qt.Key.Key_Delete)
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save()
    assert [a.text for a in services.sessions.get(saved.args[0]).actions] == ["Keep me"]


def test_group_session_saves_confidence_per_attendee(
    services: Services, qtbot: QtBot, show, abebe: int, fatima: int
) -> None:
    dialog = show(SessionEditor(services, mentee_id=abebe))
    checklist = dialog.attendees.checklist
    qtbot.keyClicks(checklist.filter_edit, "fatima")
    qtbot.keyClick(checklist.filter_edit, Qt.Key.Key_Return)  # ticks the match, no save
    assert dialog.isVisible()
    assert checklist.checked_ids() == [abebe, fatima]
    assert dialog.kind.currentData() == SessionKind.GROUP  # suggested for two mentees
    dialog.attendees.confidence_combo(abebe).setCurrentIndex(2)  # 2
    dialog.attendees.confidence_combo(fatima).setCurrentIndex(5)  # 5
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save()
    detail = services.sessions.get(saved.args[0])
    assert detail.session.kind == SessionKind.GROUP
    assert {a.mentee_id: a.confidence for a in detail.attendees} == {abebe: 2, fatima: 5}


def test_edit_session_shows_values_and_keeps_attendees_and_actions(
    services: Services, qtbot: QtBot, show, abebe: int, fatima: int, group_session: int
) -> None:
    dialog = show(SessionEditor(services, session_id=group_session))
    assert dialog.windowTitle().startswith("Edit session")
    assert dialog.topics.toPlainText() == "Cable sizing"
    assert dialog.duration.value() == 45
    assert dialog.next_meeting.date() == date(2025, 5, 26)
    assert dialog.attendees.confidence_combo(abebe).currentData() == 3
    assert dialog.action_items is None  # shown read-only
    assert not dialog.has_unsaved_changes()

    dialog.notes.setPlainText("Reviewed the practical. ملاحظة")
    with qtbot.waitSignal(dialog.saved, check_params_cb=lambda i: i == group_session):
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    detail = services.sessions.get(group_session)
    assert detail.session.notes == "Reviewed the practical. ملاحظة"
    assert detail.session.private_note == "Abe seemed tired."
    assert {a.mentee_id: a.confidence for a in detail.attendees} == {abebe: 3, fatima: None}
    assert [a.text for a in detail.actions] == ["Revise voltage drop tables"]


def test_session_without_attendees_shows_error_and_writes_nothing(
    services: Services, qtbot: QtBot, show, abebe: int
) -> None:
    dialog = show(SessionEditor(services, mentee_id=abebe))
    dialog.attendees.checklist.set_checked([])
    qtbot.keyClicks(dialog.topics, "Safety")
    dialog.next_meeting.set_date(date(1999, 1, 1))
    with qtbot.assertNotEmitted(dialog.saved):
        dialog.save()
    error = dialog.error_label_for("attendees")
    assert error.isVisible() and error.text() == "Choose at least one mentee who attended."
    assert dialog.error_label_for("next_meeting_date").isVisible()
    assert dialog.topics.toPlainText() == "Safety"
    assert dialog.isVisible()
    assert services.sessions.list_for_mentee(abebe) == []
