"""Goal editor (the SMART parts) and check-in editor (percent and/or measured value)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from mentorjournal.models import CheckInInput, GoalCategory, GoalInput, GoalStatus
from mentorjournal.services import Services
from mentorjournal.ui.editors import CheckInEditor, GoalEditor


@pytest.fixture
def goal(services: Services, abebe: int) -> int:
    g = services.goals.create(
        GoalInput(
            mentee_id=abebe,
            title="Pass the wiring practical",
            specific="Wire a ring final circuit",
            measure="circuits passing inspection",
            target_value=8,
            unit="circuits",
            target_date=date(2025, 9, 30),
        )
    )
    assert g.id is not None
    return g.id


def test_new_goal_saves_every_smart_part(
    services: Services, qtbot: QtBot, show, abebe: int
) -> None:
    dialog = show(GoalEditor(services, mentee_id=abebe))
    assert dialog.windowTitle() == "New goal — Abebe Kebede"
    qtbot.keyClicks(dialog.title, "Weld a vertical butt joint")
    qtbot.keyClicks(dialog.specific, "10 mm plate, full penetration")
    qtbot.keyClicks(dialog.measure, "joints passing the bend test")
    qtbot.keyClicks(dialog.target_value, "8")
    qtbot.keyClicks(dialog.unit, "joints")
    qtbot.keyClicks(dialog.achievable, "Two extra hours a week")
    qtbot.keyClicks(dialog.relevant, "Needed for the trade test")
    dialog.target_date.set_date(date(2025, 12, 1))
    dialog.category.setCurrentIndex(dialog.category.findData(GoalCategory.CAREER))
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    g = services.goals.get(saved.args[0])
    assert (g.mentee_id, g.title, g.specific, g.measure) == (
        abebe,
        "Weld a vertical butt joint",
        "10 mm plate, full penetration",
        "joints passing the bend test",
    )
    assert (g.target_value, g.unit, g.target_date) == (8, "joints", date(2025, 12, 1))
    assert (g.achievable, g.relevant) == ("Two extra hours a week", "Needed for the trade test")
    assert (g.category, g.status) == (GoalCategory.CAREER, GoalStatus.NOT_STARTED)


def test_edit_goal_changes_status_and_keeps_the_rest(
    services: Services, qtbot: QtBot, show, goal: int
) -> None:
    dialog = show(GoalEditor(services, goal_id=goal))
    assert dialog.windowTitle() == "Edit goal — Abebe Kebede"
    assert dialog.target_value.text() == "8"
    assert not dialog.has_unsaved_changes()
    dialog.status.setCurrentIndex(dialog.status.findData(GoalStatus.ACHIEVED))
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    g = services.goals.get(goal)
    assert g.status == GoalStatus.ACHIEVED
    assert (g.specific, g.unit, g.target_date) == (
        "Wire a ring final circuit",
        "circuits",
        date(2025, 9, 30),
    )


def test_goal_errors_empty_title_and_target_not_a_number(
    services: Services, qtbot: QtBot, show, abebe: int
) -> None:
    dialog = show(GoalEditor(services, mentee_id=abebe))
    qtbot.keyClicks(dialog.target_value, "eight")
    qtbot.keyClicks(dialog.specific, "Keep this text")
    assert dialog.save() is False
    assert dialog.error_label_for("target_value").isVisible()
    assert dialog.focusWidget() is dialog.target_value

    dialog.target_value.setText("8")
    assert dialog.save() is False
    assert not dialog.error_label_for("target_value").isVisible()
    assert dialog.error_label_for("title").text() == "The goal's title cannot be empty."
    assert dialog.specific.toPlainText() == "Keep this text"
    assert services.goals.list_for_mentee(abebe) == []


def test_goal_without_mentee_asks_for_one(services: Services, show, abebe: int) -> None:
    dialog = show(GoalEditor(services))
    dialog.title.setText("A goal")
    assert dialog.save() is False
    assert dialog.error_label_for("mentee_id").isVisible()
    dialog.mentee.setCurrentIndex(dialog.mentee.findData(abebe))
    assert dialog.save() is True
    assert len(services.goals.list_for_mentee(abebe)) == 1


def test_new_check_in_with_percent_and_value(
    services: Services, qtbot: QtBot, show, goal: int
) -> None:
    dialog = show(CheckInEditor(services, goal_id=goal))
    assert dialog.windowTitle() == "New check-in — Pass the wiring practical"
    dialog.checked_on.setDate(QDate(2025, 6, 1))
    qtbot.keyClicks(dialog.percent, "40")
    qtbot.keyClicks(dialog.value, "3.5")
    dialog.note.setPlainText("ركّز على العزل")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    [c] = services.goals.check_ins(goal)
    assert (c.checked_on, c.percent, c.value, c.note) == (
        date(2025, 6, 1),
        40,
        3.5,
        "ركّز على العزل",
    )


def test_check_in_percent_out_of_range_shows_error(
    services: Services, qtbot: QtBot, show, goal: int
) -> None:
    dialog = show(CheckInEditor(services, goal_id=goal))
    qtbot.keyClicks(dialog.percent, "150")
    qtbot.keyClicks(dialog.note, "Good week")
    with qtbot.assertNotEmitted(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = dialog.error_label_for("percent")
    assert error.isVisible()
    assert error.text() == "Progress must be between 0 and 100."
    assert dialog.percent.text() == "150"
    assert dialog.note.toPlainText() == "Good week"
    assert dialog.isVisible()
    assert services.goals.check_ins(goal) == []


def test_check_in_needs_percent_or_value(services: Services, show, goal: int) -> None:
    dialog = show(CheckInEditor(services, goal_id=goal))
    assert dialog.save() is False
    assert dialog.error_label_for("percent").isVisible()


def test_edit_check_in(services: Services, qtbot: QtBot, show, goal: int) -> None:
    c = services.goals.add_check_in(
        CheckInInput(goal_id=goal, checked_on=date(2025, 6, 1), percent=40, note="n")
    )
    dialog = show(CheckInEditor(services, goal_id=goal, check_in_id=c.id))
    assert dialog.percent.text() == "40"
    assert not dialog.has_unsaved_changes()
    dialog.percent.setText("55")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    [c2] = services.goals.check_ins(goal)
    assert (c2.percent, c2.note, c2.checked_on) == (55, "n", date(2025, 6, 1))
