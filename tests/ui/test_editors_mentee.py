"""Mentee and owner editors, and the behaviour every editor shares: saving, errors under
fields, keeping typed text, asking before discarding changes, shortcuts."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mentorjournal.models import MenteeStatus
from mentorjournal.services import Services
from mentorjournal.ui.editors import MenteeEditor, OwnerEditor

from .conftest import QuestionRecorder

AMHARIC = "አበበ ጥሩ ተማሪ ነው።"
ARABIC = "يحتاج إلى دعم في الرياضيات"


def test_new_mentee_is_saved_with_every_field(services: Services, qtbot: QtBot, show) -> None:
    dialog = show(MenteeEditor(services))
    assert dialog.windowTitle() == "New mentee"
    qtbot.keyClicks(dialog.full_name, "Abebe Kebede")
    qtbot.keyClicks(dialog.preferred_name, "Abe")
    qtbot.keyClicks(dialog.programme, "Electrical Installation")
    qtbot.keyClicks(dialog.cohort, "Group B")
    dialog.start_date.set_date(date(2025, 2, 3))
    dialog.status.setCurrentIndex(dialog.status.findData(MenteeStatus.PAUSED))
    dialog.cadence.setValue(21)
    qtbot.keyClicks(dialog.tags, "welding, ")
    dialog.tags.insert("ብየዳ، evening")  # QTest cannot type non-Latin letters
    notes = f"  {AMHARIC}\n{ARABIC}  \n"
    dialog.private_notes.setPlainText(notes)

    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    mentee = services.mentees.get(saved.args[0])
    assert mentee.full_name == "Abebe Kebede"
    assert mentee.preferred_name == "Abe"
    assert mentee.programme == "Electrical Installation"
    assert mentee.start_date == date(2025, 2, 3)
    assert mentee.consent_date is None
    assert mentee.status == MenteeStatus.PAUSED
    assert mentee.cadence_days == 21
    assert mentee.private_notes == notes  # never stripped or altered
    assert sorted(services.mentees.tags(mentee.id)) == sorted(["welding", "ብየዳ", "evening"])


def test_edit_mentee_shows_values_and_keeps_what_was_not_changed(
    services: Services, qtbot: QtBot, show, abebe: int
) -> None:
    dialog = show(MenteeEditor(services, abebe))
    assert dialog.windowTitle() == "Edit mentee — Abebe Kebede"
    assert dialog.full_name.text() == "Abebe Kebede"
    assert dialog.tags.text() == "wiring"
    assert dialog.cadence.value() == 0  # journal default
    assert not dialog.has_unsaved_changes()

    dialog.cohort.clear()
    qtbot.keyClicks(dialog.cohort, "Group C")
    assert dialog.has_unsaved_changes()
    with qtbot.waitSignal(dialog.saved, check_params_cb=lambda i: i == abebe):
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    mentee = services.mentees.get(abebe)
    assert mentee.cohort == "Group C"
    assert mentee.programme == "Electrical Installation"
    assert mentee.private_notes == "Works nights."
    assert mentee.cadence_days is None
    assert services.mentees.tags(abebe) == ["wiring"]


def test_empty_name_shows_error_under_field_and_keeps_text(
    services: Services, qtbot: QtBot, show
) -> None:
    dialog = show(MenteeEditor(services))
    qtbot.keyClicks(dialog.programme, "Welding and Fabrication")
    dialog.private_notes.setPlainText(ARABIC)
    qtbot.keyClicks(dialog.full_name, "   ")

    with qtbot.assertNotEmitted(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    error = dialog.error_label_for("full_name")
    assert error is not None and error.isVisible()
    assert error.text() == "Full name cannot be empty."
    assert error.textFormat() == Qt.TextFormat.PlainText
    assert not dialog.error_label_for("programme").isVisible()
    assert dialog.isVisible()
    assert dialog.programme.text() == "Welding and Fabrication"
    assert dialog.private_notes.toPlainText() == ARABIC
    assert dialog.focusWidget() is dialog.full_name
    assert services.mentees.list_summaries() == []

    # Fixing it clears the error and saves.
    qtbot.keyClicks(dialog.full_name, "Fatima")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    assert [m.full_name for m in services.mentees.list_summaries()] == ["Fatima"]


def test_out_of_range_date_is_refused_next_to_its_field(
    services: Services, qtbot: QtBot, show
) -> None:
    dialog = show(MenteeEditor(services))
    qtbot.keyClicks(dialog.full_name, "Abebe")
    dialog.consent_date.set_date(date(2205, 1, 1))
    assert dialog.save() is False
    assert "Consent date" in dialog.error_label_for("consent_date").text()
    assert dialog.error_label_for("consent_date").isVisible()


def test_unknown_field_errors_go_to_the_message_area(
    services: Services, qtbot: QtBot, show, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentorjournal.store.errors import ValidationError

    def refuse(_data: object) -> None:
        raise ValidationError({"mystery": "Something about the journal."})

    monkeypatch.setattr(services.mentees, "create", refuse)
    dialog = show(MenteeEditor(services))
    qtbot.keyClicks(dialog.full_name, "Abebe")
    assert dialog.save() is False
    assert dialog.message.isVisible()
    assert dialog.message.text() == "Something about the journal."


def test_unexpected_errors_are_not_swallowed(
    services: Services, qtbot: QtBot, show, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_data: object) -> None:
        raise RuntimeError("bug")

    monkeypatch.setattr(services.mentees, "create", broken)
    dialog = show(MenteeEditor(services))
    qtbot.keyClicks(dialog.full_name, "Abebe")
    with pytest.raises(RuntimeError):
        dialog.save()


def test_cancel_with_changes_asks_and_discards_or_stays(
    services: Services, qtbot: QtBot, show, question: QuestionRecorder
) -> None:
    dialog = show(MenteeEditor(services))
    qtbot.keyClicks(dialog.full_name, "Abebe")

    question.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert question.asked == ["Discard changes?"]
    assert dialog.isVisible()
    assert dialog.full_name.text() == "Abebe"

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(question.asked) == 2
    assert dialog.isVisible()

    question.answer = QMessageBox.StandardButton.Discard
    dialog.close()
    assert len(question.asked) == 3
    assert not dialog.isVisible()
    assert services.mentees.list_summaries() == []


def test_closing_without_changes_asks_nothing(
    services: Services, qtbot: QtBot, show, question: QuestionRecorder, abebe: int
) -> None:
    dialog = show(MenteeEditor(services, abebe))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert question.asked == []
    assert not dialog.isVisible()


def test_typing_then_undoing_counts_as_no_change(
    services: Services, qtbot: QtBot, show, abebe: int
) -> None:
    dialog = show(MenteeEditor(services, abebe))
    qtbot.keyClicks(dialog.level, "X")
    assert dialog.has_unsaved_changes()
    qtbot.keyClick(dialog.level, Qt.Key.Key_Backspace)
    assert not dialog.has_unsaved_changes()


def test_inputs_have_accessible_names_and_private_notes_are_marked(
    services: Services, show
) -> None:
    dialog = show(MenteeEditor(services))
    assert dialog.full_name.accessibleName() == "Full name"
    assert dialog.cadence.accessibleName() == "Expected days between sessions"
    assert dialog.start_date.date_edit().accessibleName() == "Start date"
    assert "Private" in dialog.private_notes.accessibleDescription()
    assert dialog.height() <= 700


def test_owner_editor_saves_name_and_cadence(services: Services, qtbot: QtBot, show) -> None:
    dialog = show(OwnerEditor(services))
    assert not dialog.has_unsaved_changes()
    qtbot.keyClicks(dialog.owner_name, "Meron Tadesse")
    dialog.institution.setText("ባሕር ዳር ፖሊቴክኒክ")
    dialog.cadence.setValue(10)
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    info = services.owner.get()
    assert (info.owner_name, info.institution, info.default_cadence_days) == (
        "Meron Tadesse",
        "ባሕር ዳር ፖሊቴክኒክ",
        10,
    )
