"""Tags through the session, goal and reflection editors: typed with completion, saved, shown
again when editing, in the tabs, and after the journal file is closed and opened again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from mentorjournal.models import Attendance, GoalInput, ReflectionInput, SessionInput
from mentorjournal.services import Services
from mentorjournal.store import open_journal
from mentorjournal.ui.editors import GoalEditor, MenteeEditor, ReflectionEditor, SessionEditor
from mentorjournal.ui.item_models import GoalTableModel, ReflectionTableModel, SessionTableModel
from mentorjournal.ui.main_window import MainWindow

Show = Callable[[QWidget], Any]


def save(qtbot: QtBot, dialog: Any) -> int:
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return int(saved.args[0])


# The completion popup asks the offscreen platform for things it cannot do.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_session_tags_typed_with_completion_round_trip(
    services: Services, qtbot: QtBot, show: Show, abebe: int
) -> None:
    dialog = show(SessionEditor(services, mentee_id=abebe))
    # The mentee's tag "wiring" is offered while typing the second tag.
    qtbot.keyClicks(dialog.tags, "Trade test, WIR")
    popup = dialog.tags._completer.popup()
    assert popup.isVisible()
    assert popup.model().index(0, 0).data() == "wiring"
    dialog.tags._completer.activated.emit("wiring")
    assert dialog.tags.text() == "Trade test, wiring, "
    session_id = save(qtbot, dialog)
    assert services.sessions.tags(session_id) == ["Trade test", "wiring"]

    again = show(SessionEditor(services, session_id=session_id))
    assert again.tags.tags() == ["Trade test", "wiring"]
    again.tags.clear()
    qtbot.keyClicks(again.tags, "safety")
    save(qtbot, again)
    assert services.sessions.tags(session_id) == ["safety"]
    assert services.mentees.all_tags() == ["safety", "wiring"]  # "Trade test" is on nothing


def test_a_too_long_tag_is_shown_at_the_field_and_nothing_is_saved(
    services: Services, qtbot: QtBot, show: Show, abebe: int
) -> None:
    dialog = show(GoalEditor(services, mentee_id=abebe))
    qtbot.keyClicks(dialog.title, "Pass the AM2")
    dialog.tags.setText("ok, " + "x" * 101)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = dialog.error_label_for("tags")
    assert error is not None and error.isVisible()
    assert "at most 100 characters" in error.text()
    assert dialog.isVisible() and dialog.tags.text().startswith("ok, x")
    assert services.goals.list_for_mentee(abebe) == []


def test_goal_and_reflection_tags_round_trip(
    services: Services, qtbot: QtBot, show: Show, abebe: int
) -> None:
    goal = show(GoalEditor(services, mentee_id=abebe))
    qtbot.keyClicks(goal.title, "Pass the AM2")
    # keyClicks types ASCII only; insert() is typing for other scripts.
    goal.tags.insert("assessment، ሙያ")  # an Arabic comma separates tags too
    goal_id = save(qtbot, goal)
    assert services.goals.tags(goal_id) == ["assessment", "ሙያ"]
    goal_again = show(GoalEditor(services, goal_id=goal_id))
    assert goal_again.tags.tags() == ["assessment", "ሙያ"]
    assert not goal_again.has_unsaved_changes()
    goal_again.done(0)

    reflection = show(ReflectionEditor(services, mentee_id=abebe))
    qtbot.keyClicks(reflection.text, "He found the fault himself.")
    qtbot.keyClicks(reflection.tags, "confidence")
    reflection_id = save(qtbot, reflection)
    assert services.reflections.tags(reflection_id) == ["confidence"]
    again = show(ReflectionEditor(services, reflection_id=reflection_id))
    assert again.tags.text() == "confidence"
    again.tags.setText("")
    save(qtbot, again)
    assert services.reflections.tags(reflection_id) == []


def test_tags_show_in_the_tabs_after_reopening_the_journal(
    qtbot: QtBot, services: Services, journal_path: Path, abebe: int
) -> None:
    session = services.sessions.create(
        SessionInput(started_at=datetime(2026, 2, 3, 9), attendees=[Attendance(mentee_id=abebe)]),
        tags=["trade test"],
    )
    services.goals.create(GoalInput(title="AM2", mentee_id=abebe), tags=["assessment"])
    services.reflections.create(
        ReflectionInput(written_on=date(2026, 2, 4), text="Calm today", mentee_id=abebe),
        tags=["confidence"],
    )
    services.journal.close()

    with open_journal(journal_path) as journal:
        window = MainWindow(Services.for_journal(journal))
        qtbot.addWidget(window)
        window.show()
        assert window.select_mentee(abebe)
        page = window.page
        page.tabs.setCurrentWidget(page.sessions_tab)
        tab = page.sessions_tab
        assert tab.model.index(0, SessionTableModel.TAGS).data() == "trade test"
        assert tab.current_id() == session.id
        assert "Tags: trade test" in tab.detail.toPlainText()
        page.tabs.setCurrentWidget(page.goals_tab)
        assert page.goals_tab.model.index(0, GoalTableModel.TAGS).data() == "assessment"
        assert "Tags: assessment" in page.goals_tab.goal_detail.toPlainText()
        page.tabs.setCurrentWidget(page.reflections_tab)
        model = page.reflections_tab.model
        assert model.index(0, ReflectionTableModel.TAGS).data() == "confidence"
        assert "Tags: confidence" in page.reflections_tab.reader.toPlainText()
        window.close()


def test_a_tag_that_cannot_be_stored_is_refused_at_the_field_in_every_tag_editor(
    services: Services, qtbot: QtBot, show: Show, abebe: int
) -> None:
    from mentorjournal.services.validation import unstorable

    # Qt itself drops lone surrogates from a line edit; a NUL (from a paste) reaches the field.
    bad = "ok, we\x00lding"
    expected = unstorable(bad)
    assert expected is not None
    mentee = show(MenteeEditor(services))
    qtbot.keyClicks(mentee.full_name, "Hanna Tesfaye")
    session = show(SessionEditor(services, mentee_id=abebe))
    goal = show(GoalEditor(services, mentee_id=abebe))
    qtbot.keyClicks(goal.title, "Pass the AM2")
    reflection = show(ReflectionEditor(services, mentee_id=abebe))
    qtbot.keyClicks(reflection.text, "He found the fault himself.")
    for dialog in (mentee, session, goal, reflection):
        dialog.tags.setText(bad)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        error = dialog.error_label_for("tags")
        assert error is not None and error.isVisible()
        # The same words every other text field uses for such a character.
        assert error.text() == expected
        assert dialog.isVisible() and dialog.tags.text() == bad
        dialog.tags.setText("ok")  # so closing the test does not ask to discard
        dialog.mark_clean()
    assert [m.id for m in services.mentees.list_summaries()] == [abebe]
    assert services.sessions.list_for_mentee(abebe) == []
    assert services.goals.list_for_mentee(abebe) == []
    assert services.reflections.list_for_mentee(abebe) == []
    assert "we\x00lding" not in services.mentees.all_tags()
