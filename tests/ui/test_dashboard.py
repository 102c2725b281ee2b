"""The programme dashboard in the window: figures, the losing-touch list (order, colours,
words), opening a mentee from it, Ctrl+D and Escape; and the window's new commands (Ctrl+K,
competency framework, templates)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mentorjournal.models import (
    ActionItemFields,
    Attendance,
    GoalInput,
    GoalStatus,
    MenteeInput,
    MenteeStatus,
    SessionInput,
)
from mentorjournal.services import Services
from mentorjournal.ui.dashboard import CONTACT_ROLE, TouchTableModel
from mentorjournal.ui.item_models import ID_ROLE, StatusFilter
from mentorjournal.ui.main_window import MainWindow

TODAY = date(2026, 11, 23)


@dataclass
class People:
    green: int
    amber: int
    red: int
    never: int
    paused: int


def _mentee(services: Services, name: str, **kw: Any) -> int:
    m = services.mentees.create(MenteeInput(full_name=name, **kw)).id
    assert m is not None
    return m


def _session(services: Services, mentee: int, days_ago: int, **kw: Any) -> None:
    services.sessions.create(
        SessionInput(
            started_at=datetime.combine(TODAY - timedelta(days=days_ago), datetime.min.time()),
            attendees=[Attendance(mentee_id=mentee)],
        ),
        **kw,
    )


@pytest.fixture
def people(services: Services) -> People:
    p = People(
        green=_mentee(services, "Abebe Kebede"),
        amber=_mentee(services, "Birtukan Ayele"),
        red=_mentee(services, "Chala Bekele"),
        never=_mentee(services, "Dawit Mekonnen"),
        paused=_mentee(services, "Eden Haile", status=MenteeStatus.PAUSED),
    )
    _session(
        services,
        p.green,
        3,
        actions=[ActionItemFields(text="Late", due_date=TODAY - timedelta(days=1))],
    )
    _session(services, p.amber, 18)
    _session(services, p.red, 40)
    _session(services, p.paused, 100)
    services.goals.create(GoalInput(mentee_id=p.green, title="Done", status=GoalStatus.ACHIEVED))
    return p


@pytest.fixture
def window(qtbot: Any, services: Services, people: People) -> Iterator[MainWindow]:
    w = MainWindow(services, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    if w.current_editor is not None:
        w.current_editor.done(0)


def _ids(model: TouchTableModel) -> list[int]:
    return [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]


def test_dashboard_shows_figures_and_the_losing_touch_list(
    window: MainWindow, services: Services, people: People
) -> None:
    window.act_dashboard.trigger()
    assert window.dashboard_shown()
    d = window.dashboard
    assert d.active_card.number.text() == "4"
    assert d.sessions_card.number.text() == "2"  # 3 and 18 days ago are in November
    expected = services.dashboard.build(TODAY)
    assert expected.goals_achieved == 1
    assert d.goals_card.number.text() == str(expected.goals_achieved_this_month)
    assert d.goals_card.detail.text() == "1 in all"
    assert d.overdue_card.number.text() == "1"
    assert d.overdue_card.number.property("alert") == "true"

    model = d.model
    assert _ids(model) == [people.never, people.red, people.amber, people.green]
    words = [model.index(r, TouchTableModel.STATUS).data() for r in range(4)]
    assert words == ["Never met", "Overdue", "Due", "On track"]
    contacts = [model.index(r, 0).data(CONTACT_ROLE) for r in range(4)]
    assert contacts == ["red", "red", "amber", "green"]
    colours = [
        model.index(r, TouchTableModel.STATUS).data(Qt.ItemDataRole.ForegroundRole).name()
        for r in range(4)
    ]
    assert colours[0] == colours[1] != colours[2] != colours[3]
    assert model.index(0, TouchTableModel.STATUS).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(2, TouchTableModel.DAYS_SINCE).data() == "18"
    assert model.index(0, TouchTableModel.LAST_SESSION).data() == "never"
    assert model.index(2, TouchTableModel.CADENCE).data() == "14 days"


def test_dashboard_is_shown_when_no_mentee_is_selected(window: MainWindow) -> None:
    window.mentee_list.view.selectionModel().clear()
    window.mentee_list.mentee_selected.emit(None)
    assert window.dashboard_shown()
    assert not window.act_new_session.isEnabled()


def test_clicking_a_row_opens_the_mentee(qtbot: Any, window: MainWindow, people: People) -> None:
    window.act_dashboard.trigger()
    view = window.dashboard.view
    row = _ids(window.dashboard.model).index(people.red)
    rect = view.visualRect(window.dashboard.model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not window.dashboard_shown()
    assert window.current_mentee_id() == people.red
    assert window.mentee_list.current_id() == people.red
    assert window.page.tabs.currentWidget() is window.page.brief_tab


def test_enter_opens_a_mentee_hidden_by_the_filters(
    qtbot: Any, window: MainWindow, people: People
) -> None:
    window.mentee_list.set_status_filter(StatusFilter.PAUSED)
    window.mentee_list.filter_edit.setText("Eden")
    window.act_dashboard.trigger()
    d = window.dashboard
    d.view.setFocus()
    d.view.setCurrentIndex(d.model.index(_ids(d.model).index(people.amber), 0))
    qtbot.keyClick(d.view, Qt.Key.Key_Return)
    assert window.current_mentee_id() == people.amber
    assert window.mentee_list.current_id() == people.amber
    assert not window.dashboard_shown()


def test_ctrl_d_shows_the_dashboard_and_escape_leaves_it(
    qtbot: Any, window: MainWindow, people: People
) -> None:
    assert window.select_mentee(people.amber)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.mentee_list.view.setFocus()
    qtbot.keyClick(window.mentee_list.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.dashboard_shown()
    assert window.dashboard.view.hasFocus()
    qtbot.keyClick(window.dashboard.view, Qt.Key.Key_Escape)
    assert not window.dashboard_shown()
    assert window.current_mentee_id() == people.amber
    # Selecting a mentee leaves it too, even the one already selected.
    window.act_dashboard.trigger()
    index = window.mentee_list.view.currentIndex()
    rect = window.mentee_list.view.visualRect(index)
    qtbot.mouseClick(
        window.mentee_list.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    assert not window.dashboard_shown()


def test_dashboard_follows_a_save(window: MainWindow, services: Services, people: People) -> None:
    window.act_dashboard.trigger()
    _session(services, people.never, 0)
    window.refresh()
    assert window.dashboard.model.index(0, 0).data(ID_ROLE) == people.red
    assert window.dashboard.sessions_card.number.text() == "3"


def test_ctrl_k_opens_the_rating_dialog(qtbot: Any, window: MainWindow, people: People) -> None:
    from mentorjournal.ui.editors import SkillRatingDialog

    assert window.select_mentee(people.amber)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.mentee_list.view.setFocus()
    qtbot.keyClick(window.mentee_list.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.current_editor
    assert isinstance(dialog, SkillRatingDialog) and dialog.isVisible()
    assert dialog.mentee_id == people.amber
    dialog.done(0)


def test_framework_and_templates_open_from_the_tools_menu(window: MainWindow) -> None:
    from mentorjournal.ui.editors.framework import SkillFrameworkDialog
    from mentorjournal.ui.editors.templates import TemplatesDialog

    for action, kind in (
        (window.act_framework, SkillFrameworkDialog),
        (window.act_templates, TemplatesDialog),
    ):
        action.trigger()
        dialog = window.tool_dialog
        assert isinstance(dialog, kind) and dialog.isVisible()
        dialog.done(0)
        assert window.tool_dialog is None


def test_touch_model_passes_the_model_tester(qtmodeltester: Any, window: MainWindow) -> None:
    window.act_dashboard.trigger()
    qtmodeltester.check(window.dashboard.model)


def test_rating_skills_from_a_session_links_the_ratings_to_it(
    qtbot: Any, window: MainWindow, people: People, services: Services
) -> None:
    from mentorjournal.ui.editors import SkillRatingDialog

    assert window.select_mentee(people.amber)
    tab = window.page.sessions_tab
    window.page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    tab.select_row(0)
    session_id = tab.current_id()
    assert session_id is not None and tab.rate_button.isEnabled()
    qtbot.mouseClick(tab.rate_button, Qt.MouseButton.LeftButton)
    dialog = window.current_editor
    assert isinstance(dialog, SkillRatingDialog)
    qtbot.waitExposed(dialog)
    assert (
        dialog.rated_on.date().toPython()
        == services.sessions.get(session_id).session.started_at.date()
    )
    qtbot.keyClick(dialog.table, Qt.Key.Key_4)
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save(), dialog.message.text()
    (rating,) = services.skills.ratings_for_mentee(people.amber)
    session = services.sessions.get(session_id).session
    assert (rating.rating, rating.session_id) == (4, session_id)
    assert rating.rated_on == session.started_at.date()
