"""A trainer's first session with the app, end to end through real widgets and a real file:
everything typed is there again after closing and reopening the journal."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from mentorjournal.services import Services
from mentorjournal.store import open_journal
from mentorjournal.ui.main_window import MainWindow


def _save(qtbot: Any, window: MainWindow) -> None:
    editor = window.current_editor
    assert editor is not None
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert window.current_editor is None, editor.message.text()


def test_a_trainers_first_mentee_survives_reopening(qtbot: Any, journal_path: Path) -> None:
    journal = open_journal(journal_path)
    window = MainWindow(Services.for_journal(journal))
    qtbot.addWidget(window)
    window.show()
    assert window.page.currentWidget() is window.page.welcome

    # A mentee, through the mentee editor's fields.
    qtbot.mouseClick(window.page.welcome.new_button, Qt.MouseButton.LeftButton)
    editor = window.current_editor
    qtbot.keyClicks(editor.full_name, "Selam Tadesse")
    qtbot.keyClicks(editor.preferred_name, "Selam")
    qtbot.keyClicks(editor.programme, "Electrical Installation")
    qtbot.keyClicks(editor.cohort, "EI-2026B")
    _save(qtbot, window)
    mentee_id = window.current_mentee_id()
    assert mentee_id is not None
    assert window.page.header.name_label.text() == "Selam Tadesse"

    # A session with two action items, typed into the entry line and added with Enter.
    window.act_new_session.trigger()
    editor = window.current_editor
    qtbot.keyClicks(editor.topics, "Cable colours")
    qtbot.keyClicks(editor.notes, "Went through the colour codes again.")
    entry = editor.action_items.entry
    qtbot.keyClicks(entry, "Label the practice board")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    qtbot.keyClicks(entry, "Revise the earthing chapter")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert editor.action_items.table.rowCount() == 2
    _save(qtbot, window)
    assert window.page.tabs.currentWidget() is window.page.sessions_tab
    assert window.page.sessions_tab.model.rowCount() == 1

    # A goal and a progress check-in on it.
    window.act_new_goal.trigger()
    editor = window.current_editor
    qtbot.keyClicks(editor.title, "Wire a consumer unit unaided")
    _save(qtbot, window)
    goals = window.page.goals_tab
    assert goals.model.rowCount() == 1
    qtbot.mouseClick(goals.add_check_in_button, Qt.MouseButton.LeftButton)
    editor = window.current_editor
    qtbot.keyClicks(editor.percent, "40")
    qtbot.keyClicks(editor.note, "Half the circuits done alone.")
    _save(qtbot, window)
    assert goals.check_in_model.rowCount() == 1

    # A reflection.
    window.act_new_reflection.trigger()
    editor = window.current_editor
    qtbot.keyClicks(editor.text, "Selam is gaining confidence.")
    _save(qtbot, window)
    assert window.page.reflections_tab.model.rowCount() == 1

    window.close()
    journal.close()

    # A new window on the journal opened again from the file.
    journal = open_journal(journal_path)
    try:
        again = MainWindow(Services.for_journal(journal))
        qtbot.addWidget(again)
        assert again.mentee_list.visible_names() == ["Selam Tadesse"]
        model = again.mentee_list.model
        assert model.index(0, 0).data() == "Selam Tadesse"
        assert model.index(0, 2).data() == "2"  # two open action items
        assert again.current_mentee_id() == mentee_id  # the first mentee is selected
        page = again.page
        assert page.header.details_label.text().startswith("Electrical Installation · EI-2026B")
        for tab in page.all_tabs():  # tabs are read when first shown
            page.tabs.setCurrentWidget(tab)
        assert page.overview_tab.sessions_card.number.text() == "1"
        assert page.sessions_tab.model.rowCount() == 1
        assert "Went through the colour codes" in page.sessions_tab.detail.toPlainText()
        actions = [page.actions_tab.model.index(r, 1).data() for r in range(2)]
        assert sorted(actions) == ["Label the practice board", "Revise the earthing chapter"]
        assert page.goals_tab.model.index(0, 0).data() == "Wire a consumer unit unaided"
        assert page.goals_tab.model.index(0, 2).data() == "In progress"
        assert page.goals_tab.model.index(0, 4).data() == "40 %"
        assert "Half the circuits" in page.goals_tab.check_in_model.index(0, 3).data()
        assert "gaining confidence" in page.reflections_tab.reader.toPlainText()
        again.close()
    finally:
        journal.close()


def test_cancelling_a_new_mentee_creates_nothing(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, services: Services
) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.act_new_mentee.trigger()
    editor = window.current_editor
    qtbot.keyClicks(editor.full_name, "Half typed")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    qtbot.mouseClick(editor.cancel_button, Qt.MouseButton.LeftButton)
    assert window.current_editor is None
    assert services.mentees.list_summaries() == []
    assert window.page.currentWidget() is window.page.welcome


def test_a_refused_save_keeps_the_editor_open(qtbot: Any, services: Services) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.act_new_mentee.trigger()
    editor = window.current_editor
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)  # no name
    assert window.current_editor is editor and editor.isVisible()
    assert services.mentees.list_summaries() == []
    qtbot.keyClicks(editor.full_name, "Named now")
    _save(qtbot, window)
    assert window.mentee_list.visible_names() == ["Named now"]
