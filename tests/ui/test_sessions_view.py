"""The Sessions view across all mentees: a lazily filled model, filters that combine, and
opening a session on its mentee's page."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mentorjournal.models import Attendance, MenteeInput, SessionInput, SessionKind
from mentorjournal.services import Services
from mentorjournal.services.filters import SessionFilter
from mentorjournal.ui.item_models.session_list import SessionListModel
from mentorjournal.ui.main_window import MainWindow
from mentorjournal.ui.sessions_view import SessionsView


@pytest.fixture
def people(services: Services) -> dict[str, int]:
    def mentee(name: str, programme: str, cohort: str) -> int:
        data = MenteeInput(full_name=name, programme=programme, cohort=cohort)
        return services.mentees.create(data).id or 0

    ids = {
        "abebe": mentee("Abebe Kebede", "Welding", "2026A"),
        "eloise": mentee("Éloïse Martin", "Welding", "2026B"),
        "selam": mentee("Selam Tadesse", "Electrical Installation", "2026A"),
    }

    def session(who: list[str], when: datetime, tags: list[str], topics: str = "") -> None:
        data = SessionInput(
            started_at=when,
            topics=topics,
            kind=SessionKind.GROUP if len(who) > 1 else SessionKind.ONE_TO_ONE,
            attendees=[Attendance(mentee_id=ids[w]) for w in who],
        )
        ids[topics or f"{when:%m%d}"] = services.sessions.create(data, tags=tags).id or 0

    session(["abebe"], datetime(2026, 1, 10, 9), ["safety"], "Lockout procedure")
    session(["abebe", "eloise"], datetime(2026, 5, 20, 9), ["safety", "trade test"], "Bend test")
    session(["selam"], datetime(2026, 3, 3, 14), ["trade test"], "Cable sizing")
    session(["eloise"], datetime(2025, 11, 1, 8), [], "Portfolio")
    return ids


@pytest.fixture
def window(qtbot: QtBot, services: Services, people: dict[str, int]) -> Iterator[MainWindow]:
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w


def topics(view: SessionsView) -> list[str]:
    model = view.model
    return [model.row_at(r).topics for r in range(model.rowCount())]


def test_the_model_fetches_pages_as_the_view_needs_them(
    qtbot: QtBot, qtmodeltester: Any, services: Services
) -> None:
    mid = services.mentees.create(MenteeInput(full_name="Pager")).id or 0
    for day in range(1, 24):
        services.sessions.create(
            SessionInput(
                started_at=datetime(2026, 2, day, 9), attendees=[Attendance(mentee_id=mid)]
            )
        )
    model = SessionListModel(page_size=5)
    model.set_query(services.sessions.across_mentees())
    assert model.rowCount() == 5 and model.canFetchMore()
    qtmodeltester.check(model)  # includes fetchMore
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 23
    days = [model.row_at(r).started_at.day for r in range(23)]
    assert days == list(range(23, 0, -1))
    qtmodeltester.check(model)
    assert model.index(0, SessionListModel.MENTEES).data() == "Pager"


def test_scrolling_to_the_end_loads_the_next_page(
    qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    view = SessionsView(services)
    view.model.page_size = 2
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    view.load()
    assert view.count_label.text() == "4 sessions"
    bar = view.view.verticalScrollBar()
    qtbot.waitUntil(lambda: view.model.rowCount() == 4 or bar.maximum() > 0)
    while view.model.canFetchMore():
        bar.setValue(bar.maximum())
        view.view.scrollToBottom()
        qtbot.wait(10)
    assert topics(view) == ["Bend test", "Cable sizing", "Lockout procedure", "Portfolio"]


def test_filters_combine_and_clear(
    qtbot: QtBot, window: MainWindow, people: dict[str, int]
) -> None:
    window.act_all_sessions.trigger()  # type: ignore[attr-defined]
    view: SessionsView = window.sessions_view  # type: ignore[attr-defined]
    assert window.right.currentWidget() is view
    assert topics(view) == ["Bend test", "Cable sizing", "Lockout procedure", "Portfolio"]
    group = view.model.index(0, SessionListModel.MENTEES).data()
    assert group == "Abebe Kebede, Éloïse Martin"
    assert view.model.index(0, SessionListModel.TAGS).data() == "safety, trade test"
    assert view.clear_button.isHidden()

    view.tag.setCurrentIndex(view.tag.findText("safety"))
    assert topics(view) == ["Bend test", "Lockout procedure"]
    view.programme.setCurrentIndex(view.programme.findText("Welding"))
    view.date_from.set_date(date(2026, 2, 1))
    assert topics(view) == ["Bend test"]
    assert view.active_label.text() == "3 filters active ·"
    view.date_from.set_date(None)
    qtbot.keyClicks(view.mentee_edit, "abe")  # applied once typing pauses
    qtbot.waitUntil(lambda: view.current_filter().mentee_text == "abe")
    assert topics(view) == ["Bend test", "Lockout procedure"]
    view.tag.setCurrentIndex(0)
    view.mentee_edit.setText("eloise")
    view.apply_filters()
    assert topics(view) == ["Bend test", "Portfolio"]
    view.cohort.setCurrentIndex(view.cohort.findText("2026A"))
    assert topics(view) == []
    assert view.stack.is_empty()
    assert view.count_label.text() == "0 sessions"

    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    assert view.current_filter() == SessionFilter()
    assert len(topics(view)) == 4
    assert view.clear_button.isHidden()


def test_opening_a_session_shows_it_on_its_mentees_page(
    qtbot: QtBot, window: MainWindow, people: dict[str, int]
) -> None:
    window.act_all_sessions.trigger()  # type: ignore[attr-defined]
    view: SessionsView = window.sessions_view  # type: ignore[attr-defined]
    view.mentee_edit.setText("selam")
    view.apply_filters()
    assert topics(view) == ["Cable sizing"]
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert window.right.currentWidget() is window.page
    assert window.current_mentee_id() == people["selam"]
    assert window.page.tabs.currentWidget() is window.page.sessions_tab
    assert window.page.sessions_tab.current_id() == people["Cable sizing"]

    # In a group session, the mentee the name filter is about is the one opened.
    window.act_all_sessions.trigger()  # type: ignore[attr-defined]
    view.mentee_edit.setText("eloise")
    view.apply_filters()
    view.view.setCurrentIndex(view.model.index(0, 0))
    view.view.activated.emit(view.model.index(0, 0))
    assert window.current_mentee_id() == people["eloise"]
    assert window.page.sessions_tab.current_id() == people["Bend test"]
