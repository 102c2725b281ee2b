"""The main window on a journal with known data: list, filters, page, tabs, deleting, editors."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from mentorjournal import __version__
from mentorjournal.models import (
    ActionItemFields,
    ActionItemInput,
    ActionOwner,
    Attendance,
    CheckInInput,
    GoalInput,
    MenteeInput,
    MenteeStatus,
    ReflectionInput,
    SessionInput,
)
from mentorjournal.services import Services
from mentorjournal.store import NotFound
from mentorjournal.ui import dialogs
from mentorjournal.ui.item_models import ActionTableModel, StatusFilter
from mentorjournal.ui.main_window import MainWindow

TODAY = date(2026, 3, 20)


class Known:
    """Ids of the records `fill` makes."""

    abebe: int
    eloise: int
    hiwot: int
    mekdes: int
    joseph: int
    session: int
    goal: int
    overdue_action: int
    loose_action: int
    reflection: int


def _mentee(services: Services, name: str, programme: str, status: MenteeStatus, **kw: Any) -> int:
    m = services.mentees.create(
        MenteeInput(full_name=name, programme=programme, status=status, cohort="2026 A", **kw)
    )
    assert m.id is not None
    return m.id


def fill(services: Services) -> Known:
    k = Known()
    k.abebe = _mentee(
        services,
        "Abebe Kebede",
        "Welding and Fabrication",
        MenteeStatus.ACTIVE,
        preferred_name="Abe",
        private_notes="Prefers afternoons.",
        tags=["first year"],
    )
    k.eloise = _mentee(services, "Éloïse Martin", "Electrical Installation", MenteeStatus.ACTIVE)
    k.hiwot = _mentee(services, "Hiwot Girma", "Plumbing", MenteeStatus.PAUSED)
    k.mekdes = _mentee(services, "Mekdes Alemu", "Plumbing", MenteeStatus.COMPLETED)
    k.joseph = _mentee(services, "Joseph Otieno", "Automotive", MenteeStatus.WITHDRAWN)
    session = services.sessions.create(
        SessionInput(
            started_at=datetime(2026, 3, 2, 14, 0),
            topics="Vertical welds",
            notes="Porosity near the start of each weld.",
            attendees=[Attendance(mentee_id=k.abebe, confidence=3)],
        ),
        actions=[
            ActionItemFields(text="Practise ten joints", due_date=date(2026, 3, 10)),
            ActionItemFields(text="Book the booth", owner=ActionOwner.MENTOR),
        ],
    )
    assert session.id is not None
    k.session = session.id
    items = services.actions.list_for_mentee(k.abebe)
    k.overdue_action = next(i.id for i in items if i.text == "Practise ten joints")  # type: ignore[assignment]
    loose = services.actions.create(
        ActionItemInput(mentee_id=k.abebe, text="Read the safety chapter")
    )
    assert loose.id is not None
    k.loose_action = loose.id
    goal = services.goals.create(
        GoalInput(mentee_id=k.abebe, title="Pass the bend test", target_value=10, unit="joints")
    )
    assert goal.id is not None
    k.goal = goal.id
    services.goals.add_check_in(CheckInInput(goal_id=goal.id, checked_on=TODAY, value=4))
    reflection = services.reflections.create(
        ReflectionInput(mentee_id=k.abebe, written_on=TODAY, text="He is turning a corner.")
    )
    assert reflection.id is not None
    k.reflection = reflection.id
    return k


@pytest.fixture
def known(services: Services) -> Known:
    return fill(services)


@pytest.fixture
def window(qtbot: Any, services: Services, known: Known) -> Iterator[MainWindow]:
    w = MainWindow(services, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    if w.current_editor is not None:
        w.current_editor.done(0)


def _select(window: MainWindow, mentee_id: int) -> None:
    assert window.select_mentee(mentee_id)
    assert window.current_mentee_id() == mentee_id


def _visit(window: MainWindow, *tabs: Any) -> None:
    """Show each tab in turn, as a trainer would: tabs are read when first shown."""
    for tab in tabs:
        window.page.tabs.setCurrentWidget(tab)
        assert window.page.is_loaded(tab)


# --- the list ----------------------------------------------------------------------------
def test_list_shows_current_mentees_by_default_and_all_on_request(window: MainWindow) -> None:
    pane = window.mentee_list
    assert pane.status_combo.currentData() is StatusFilter.CURRENT
    assert pane.visible_names() == ["Abebe Kebede", "Éloïse Martin", "Hiwot Girma"]
    pane.set_status_filter(StatusFilter.ALL)
    assert pane.visible_names() == [
        "Abebe Kebede",
        "Éloïse Martin",
        "Hiwot Girma",
        "Joseph Otieno",
        "Mekdes Alemu",
    ]
    pane.set_status_filter(StatusFilter.COMPLETED)
    assert pane.visible_names() == ["Mekdes Alemu"]
    assert "1 of 5" in pane.count_label.text()


def test_list_rows_show_programme_last_session_and_open_actions(window: MainWindow) -> None:
    model = window.mentee_list.model
    row = model.index_of_id(window.mentee_list.model.rows()[0].id).row()
    assert model.index(row, 0).data() == "Abebe Kebede (Abe)"
    assert "Welding and Fabrication · 2026 A" in model.index(row, 0).data(Qt.UserRole + 10)
    assert model.index(row, 1).data() not in ("", "never")
    assert model.index(row, 2).data() == "3"
    eloise = model.index_of_id(window.mentee_list.model.rows()[1].id).row()
    assert model.index(eloise, 1).data() == "never"


def test_live_filter_ignores_case_and_accents(qtbot: Any, window: MainWindow) -> None:
    pane = window.mentee_list
    qtbot.keyClicks(pane.filter_edit, "ELOISE")
    assert pane.visible_names() == ["Éloïse Martin"]
    pane.filter_edit.clear()
    qtbot.keyClicks(pane.filter_edit, "weld")
    assert pane.visible_names() == ["Abebe Kebede"]
    pane.filter_edit.setText("plumbing")
    assert pane.visible_names() == ["Hiwot Girma"]  # Mekdes is completed: hidden
    pane.set_status_filter(StatusFilter.ALL)
    assert pane.visible_names() == ["Hiwot Girma", "Mekdes Alemu"]
    pane.filter_edit.setText("nobody like this")
    assert pane.visible_names() == []
    assert pane.stack.is_empty()
    assert "No mentee matches" in pane.stack.empty_label.text()


def test_ctrl_f_focuses_the_filter(qtbot: Any, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.page.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.mentee_list.filter_edit.hasFocus()


# --- the page ----------------------------------------------------------------------------
def test_selecting_a_mentee_fills_header_and_tabs(window: MainWindow, known: Known) -> None:
    _select(window, known.eloise)
    page = window.page
    assert page.header.name_label.text() == "Éloïse Martin"
    _visit(window, page.sessions_tab)
    assert page.sessions_tab.stack.is_empty()
    assert "Ctrl+N" in page.sessions_tab.stack.empty_label.text()

    _select(window, known.abebe)
    assert page.currentWidget() is page.mentee_widget
    assert page.header.name_label.text() == "Abebe Kebede"
    assert page.header.name_label.textFormat() == Qt.TextFormat.PlainText
    assert "Abe" in page.header.preferred_label.text()
    assert page.header.status_label.text() == "Active"
    assert page.tabs.currentWidget() is page.brief_tab  # another mentee: the brief first
    _visit(window, page.overview_tab)
    overview = page.overview_tab
    assert overview.sessions_card.number.text() == "1"
    assert overview.open_actions_card.number.text() == "3"
    assert overview.fields["programme"].text() == "Welding and Fabrication"
    assert overview.private_notes.text() == "Prefers afternoons."
    assert overview.fields["overdue_actions"].text() == "1"
    assert "Practise ten joints — overdue (" in overview.open_items.text()
    assert "Read the safety chapter" in overview.open_items.text()

    _visit(window, page.sessions_tab, page.goals_tab, page.actions_tab, page.reflections_tab)
    assert page.sessions_tab.model.rowCount() == 1
    assert page.sessions_tab.current_id() == known.session
    detail = page.sessions_tab.detail.toPlainText()
    assert "Porosity near the start" in detail and "Practise ten joints" in detail
    assert page.goals_tab.model.rowCount() == 1
    assert page.goals_tab.model.index(0, 4).data() == "40 %"
    assert page.goals_tab.check_in_model.rowCount() == 1
    assert page.actions_tab.model.rowCount() == 3
    assert page.reflections_tab.model.rowCount() == 1
    assert "turning a corner" in page.reflections_tab.reader.toPlainText()


def test_welcome_page_when_journal_is_empty(qtbot: Any, journal_path: Any) -> None:
    from mentorjournal.store import open_journal

    with open_journal(journal_path) as journal:
        w = MainWindow(Services.for_journal(journal))
        qtbot.addWidget(w)
        assert w.page.currentWidget() is w.page.welcome
        assert "journal is empty" in w.page.welcome.message.text()
        assert not w.act_new_session.isEnabled()
        assert w.mentee_list.stack.is_empty()
        w.close()


def test_overdue_action_is_highlighted(window: MainWindow, known: Known) -> None:
    _select(window, known.abebe)
    _visit(window, window.page.actions_tab)
    model = window.page.actions_tab.model
    row = model.index_of_id(known.overdue_action).row()
    assert "overdue" in model.index(row, ActionTableModel.DUE).data()
    assert model.index(row, ActionTableModel.TEXT).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_mark_done_button_writes_done_date(
    qtbot: Any, window: MainWindow, services: Services, known: Known
) -> None:
    _select(window, known.abebe)
    tab = window.page.actions_tab
    window.page.tabs.setCurrentWidget(tab)
    assert tab.select_id(known.overdue_action)
    qtbot.mouseClick(tab.done_button, Qt.MouseButton.LeftButton)
    assert services.actions.get(known.overdue_action).done_date == TODAY
    assert tab.current_id() == known.overdue_action
    assert tab.done_button.text() == "Reopen"
    # The list's badge follows.
    row = window.mentee_list.model.index_of_id(known.abebe).row()
    assert window.mentee_list.model.index(row, 2).data() == "2"
    qtbot.mouseClick(tab.done_button, Qt.MouseButton.LeftButton)
    assert services.actions.get(known.overdue_action).done_date is None


def test_ticking_the_checkbox_writes_done_date(
    qtbot: Any, window: MainWindow, services: Services, known: Known
) -> None:
    _select(window, known.abebe)
    tab = window.page.actions_tab
    _visit(window, tab)
    index = tab.model.index(tab.model.index_of_id(known.loose_action).row(), 0)
    assert tab.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: services.actions.get(known.loose_action).done_date == TODAY)
    row = tab.model.index_of_id(known.loose_action).row()
    assert tab.model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


# --- deleting ----------------------------------------------------------------------------
def test_erasing_a_mentee_asks_and_shows_what_goes(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, services: Services, known: Known
) -> None:
    _select(window, known.abebe)
    asked: list[tuple[str, str]] = []

    def answer(yes: bool) -> Any:
        def fake(_parent: Any, _title: str, text: str, details: str, _action: str) -> bool:
            asked.append((text, details))
            return yes

        return fake

    monkeypatch.setattr(dialogs, "confirm", answer(False))
    window.act_delete_mentee.trigger()
    assert services.mentees.get(known.abebe).full_name == "Abebe Kebede"
    text, details = asked[-1]
    assert "Abebe Kebede" in text
    assert "1 session" in details and "3 action item" in details
    assert "1 goal with 1 check-in" in details and "1 reflection" in details
    assert "cannot be undone" in details

    monkeypatch.setattr(dialogs, "confirm", answer(True))
    window.act_delete_mentee.trigger()
    with pytest.raises(NotFound):
        services.mentees.get(known.abebe)
    assert "Abebe Kebede" not in window.mentee_list.visible_names()
    assert window.current_mentee_id() is None
    assert window.page.currentWidget() is window.page.welcome


def test_erase_confirmation_box_defaults_to_cancel(
    qtbot: Any, window: MainWindow, services: Services, known: Known
) -> None:
    _select(window, known.eloise)
    seen: list[str] = []

    def press_escape() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        box.reject()

    QTimer.singleShot(0, press_escape)
    window.act_delete_mentee.trigger()
    assert seen and "Éloïse Martin" in seen[0]
    assert services.mentees.get(known.eloise).full_name == "Éloïse Martin"


@pytest.mark.parametrize(
    ("tab_name", "record", "getter"),
    [
        ("sessions_tab", "session", lambda s: s.sessions.get),
        ("goals_tab", "goal", lambda s: s.goals.get),
        ("actions_tab", "loose_action", lambda s: s.actions.get),
        ("reflections_tab", "reflection", lambda s: s.reflections.get),
    ],
)
def test_deleting_records_asks_first(
    monkeypatch: pytest.MonkeyPatch,
    qtbot: Any,
    window: MainWindow,
    services: Services,
    known: Known,
    tab_name: str,
    record: str,
    getter: Any,
) -> None:
    _select(window, known.abebe)
    tab = getattr(window.page, tab_name)
    _visit(window, tab)
    record_id = getattr(known, record)
    assert tab.select_id(record_id)
    monkeypatch.setattr(dialogs, "confirm", lambda *a: False)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    getter(services)(record_id)  # still there
    monkeypatch.setattr(dialogs, "confirm", lambda *a: True)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    with pytest.raises(NotFound):
        getter(services)(record_id)
    assert tab.model.index_of_id(record_id) == QModelIndex()


def test_deleting_a_check_in(
    monkeypatch: pytest.MonkeyPatch,
    qtbot: Any,
    window: MainWindow,
    services: Services,
    known: Known,
) -> None:
    _select(window, known.abebe)
    tab = window.page.goals_tab
    _visit(window, tab)
    assert tab.current_check_in_id() is not None
    monkeypatch.setattr(dialogs, "confirm", lambda *a: True)
    qtbot.mouseClick(tab.delete_check_in_button, Qt.MouseButton.LeftButton)
    assert services.goals.check_ins(known.goal) == []
    assert tab.current_id() == known.goal
    assert tab.check_in_stack.is_empty()


# --- editors, shortcuts, About, closing ----------------------------------------------------
@pytest.mark.parametrize(
    ("key", "modifiers", "editor_class"),
    [
        (Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier, "SessionEditor"),
        (Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier, "GoalEditor"),
        (Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier, "ReflectionEditor"),
        (
            Qt.Key.Key_M,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            "MenteeEditor",
        ),
    ],
)
def test_shortcuts_open_the_right_editor(
    qtbot: Any, window: MainWindow, known: Known, key: Qt.Key, modifiers: Any, editor_class: str
) -> None:
    from mentorjournal.ui import editors

    _select(window, known.abebe)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.mentee_list.view.setFocus()
    qtbot.keyClick(window.mentee_list.view, key, modifiers)
    editor = window.current_editor
    assert isinstance(editor, getattr(editors, editor_class))
    assert editor.isVisible()
    editor.done(0)
    qtbot.waitUntil(lambda: window.current_editor is None)


def test_menu_actions_open_editors_for_the_selected_records(
    window: MainWindow, known: Known
) -> None:
    from mentorjournal.ui import editors

    _select(window, known.abebe)
    page = window.page
    _visit(window, page.sessions_tab, page.goals_tab, page.actions_tab, page.reflections_tab)
    cases = [
        (window.act_new_action.trigger, editors.ActionEditor),
        (window.act_edit_mentee.trigger, editors.MenteeEditor),
        (window.act_owner.trigger, editors.OwnerEditor),
        (window.page.sessions_tab.edit_button.click, editors.SessionEditor),
        (window.page.goals_tab.add_check_in_button.click, editors.CheckInEditor),
        (window.page.goals_tab.edit_check_in_button.click, editors.CheckInEditor),
        (window.page.actions_tab.edit_button.click, editors.ActionEditor),
        (window.page.reflections_tab.edit_button.click, editors.ReflectionEditor),
    ]
    for open_it, editor_class in cases:
        open_it()
        assert isinstance(window.current_editor, editor_class)
        window.current_editor.done(0)
        assert window.current_editor is None


def test_editing_a_mentee_through_the_window_updates_list_and_header(
    qtbot: Any, window: MainWindow, services: Services, known: Known
) -> None:
    _select(window, known.eloise)
    qtbot.mouseClick(window.page.header.edit_button, Qt.MouseButton.LeftButton)
    editor = window.current_editor
    editor.full_name.clear()
    qtbot.keyClicks(editor.full_name, "Eloise Martin-Dubois")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert window.current_editor is None
    assert services.mentees.get(known.eloise).full_name == "Eloise Martin-Dubois"
    assert window.page.header.name_label.text() == "Eloise Martin-Dubois"
    assert "Eloise Martin-Dubois" in window.mentee_list.visible_names()
    assert window.current_mentee_id() == known.eloise


def test_cancelling_an_editor_changes_nothing(
    monkeypatch: pytest.MonkeyPatch,
    qtbot: Any,
    window: MainWindow,
    services: Services,
    known: Known,
) -> None:
    _select(window, known.abebe)
    _visit(window, window.page.reflections_tab)
    window.page.reflections_tab.edit_button.click()
    editor = window.current_editor
    editor.text.setPlainText("Something else entirely")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    qtbot.mouseClick(editor.cancel_button, Qt.MouseButton.LeftButton)
    assert window.current_editor is None
    assert services.reflections.get(known.reflection).text == "He is turning a corner."


def test_about_shows_version_qt_and_journal_path(window: MainWindow, services: Services) -> None:
    window.act_about.trigger()
    about = window.about_dialog
    assert about is not None and about.isVisible()
    text = about.texts()
    assert __version__ in text
    assert "Qt " in text and "PySide" in text
    assert str(services.journal.path) in text
    about.close()


def test_closing_with_unsaved_editor_asks_first(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, window: MainWindow, known: Known
) -> None:
    _select(window, known.abebe)
    window.act_new_goal.trigger()
    editor = window.current_editor
    qtbot.keyClicks(editor.title, "Lead a toolbox talk")
    assert editor.has_unsaved_changes()
    questions: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> Any:
        def fake(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> Any:
            questions.append(text)
            return button

        return fake

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    window.close()
    assert window.isVisible() and editor.isVisible()
    assert len(questions) == 1

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    window.close()
    assert not window.isVisible()
    assert len(questions) == 2  # the editor did not ask a second time


def test_closing_without_changes_does_not_ask(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, known: Known
) -> None:
    _select(window, known.abebe)
    window.act_new_goal.trigger()

    def fail(*_a: Any, **_k: Any) -> Any:
        raise AssertionError("asked")

    monkeypatch.setattr(QMessageBox, "question", fail)
    window.close()
    assert not window.isVisible()


# --- item models -------------------------------------------------------------------------
def test_item_models_pass_the_model_tester(
    qtmodeltester: Any, window: MainWindow, known: Known
) -> None:
    _select(window, known.abebe)
    page = window.page
    _visit(window, page.sessions_tab, page.goals_tab, page.actions_tab, page.reflections_tab)
    for model in (
        window.mentee_list.model,
        window.mentee_list.proxy,
        page.sessions_tab.model,
        page.goals_tab.model,
        page.goals_tab.check_in_model,
        page.actions_tab.model,
        page.reflections_tab.model,
    ):
        qtmodeltester.check(model)


def test_models_report_stale_ids_as_missing(window: MainWindow) -> None:
    assert not window.page.sessions_tab.model.index_of_id(10**6).isValid()


def test_date_of_last_session_uses_short_format(window: MainWindow, known: Known) -> None:
    model = window.mentee_list.model
    row = model.index_of_id(known.abebe).row()
    text = model.index(row, 1).data()
    assert "2026" in text or "26" in text
    assert text != (TODAY - timedelta(days=1)).isoformat()


def test_filtering_never_switches_the_page_to_another_mentee(
    qtbot: Any, window: MainWindow, known: Known
) -> None:
    _select(window, known.eloise)
    qtbot.keyClicks(window.mentee_list.filter_edit, "weld")
    assert window.mentee_list.visible_names() == ["Abebe Kebede"]
    assert window.mentee_list.current_id() is None
    assert window.current_mentee_id() == known.eloise
    assert window.page.header.name_label.text() == "Éloïse Martin"
    window.mentee_list.filter_edit.clear()
    assert window.mentee_list.current_id() == known.eloise  # back in the list: selected again
    # Narrowing to a list that still holds the selected mentee keeps them selected.
    _select(window, known.abebe)
    qtbot.keyClicks(window.mentee_list.filter_edit, "abe")
    assert window.mentee_list.current_id() == known.abebe


def test_editing_a_record_deleted_meanwhile_says_so(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, services: Services, known: Known
) -> None:
    _select(window, known.abebe)
    _visit(window, window.page.reflections_tab)
    services.reflections.delete(known.reflection)  # e.g. from the command line
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, message: shown.append(message))
    window.page.reflections_tab.edit_button.click()
    assert window.current_editor is None
    assert shown == ["That reflection no longer exists in this journal."]
    assert window.page.reflections_tab.model.rowCount() == 0


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform cannot raise
def test_only_one_editor_at_a_time(window: MainWindow, known: Known) -> None:
    _select(window, known.abebe)
    window.act_new_goal.trigger()
    first = window.current_editor
    window.act_new_session.trigger()
    assert window.current_editor is first


def test_closing_hides_the_window_before_the_close_hooks_run(window: MainWindow) -> None:
    """The backup made on closing takes seconds on a huge journal: the window is gone from
    the screen by then instead of looking hung."""
    visible_during_hooks: list[bool] = []
    window.close_hooks.insert(0, lambda: visible_during_hooks.append(window.isVisible()))
    assert window.isVisible()
    assert window.close()
    assert visible_during_hooks == [False]
