"""The search page: Ctrl+Shift+F, search as you type, results grouped by mentee, keyboard
navigation, and opening a hit on the right tab with the record selected."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from mentorjournal.services import Services
from mentorjournal.services.search import HitKind, SearchHit
from mentorjournal.ui.main_window import MainWindow
from mentorjournal.ui.search import show_search
from mentorjournal.ui.search.model import HIT_ROLE, HTML_ROLE, SearchResultsModel
from mentorjournal.ui.search.page import SearchPage
from tests.search.conftest import Known, make_known


@pytest.fixture
def known_ui(services: Services) -> Known:
    return make_known(services)


@pytest.fixture
def window(qtbot: QtBot, services: Services, known_ui: Known) -> Iterator[MainWindow]:
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w


def page_of(window: MainWindow) -> SearchPage:
    page = window.search_page  # type: ignore[attr-defined]
    assert isinstance(page, SearchPage)
    return page


def type_query(qtbot: QtBot, page: SearchPage, text: str) -> None:
    page.edit.clear()
    qtbot.keyClicks(page.edit, text)
    # Search as you type, after a short pause: nothing until the timer fires.
    assert page.timer.isActive()
    qtbot.waitUntil(lambda: not page.timer.isActive() and page.results is not None)


def hits_shown(page: SearchPage) -> list[tuple[str, list[str]]]:
    model = page.model
    out = []
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        rows = [model.index(r, 0, group).data() for r in range(model.rowCount(group))]
        out.append((group.data(), rows))
    return out


def test_shortcut_shows_the_page_with_the_field_focused(qtbot: QtBot, window: MainWindow) -> None:
    action = window.act_search  # type: ignore[attr-defined]
    assert action.shortcut() == QKeySequence("Ctrl+Shift+F")
    assert action in window.edit_menu.actions()
    window.activateWindow()
    qtbot.keyClick(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    page = page_of(window)
    assert window.right.currentWidget() is page
    qtbot.waitUntil(lambda: page.edit.hasFocus())


def test_typing_searches_and_groups_by_mentee(qtbot: QtBot, window: MainWindow) -> None:
    page = show_search(window)
    type_query(qtbot, page, "torque")
    shown = hits_shown(page)
    assert [name for name, _rows in shown] == ["Tomás Okafor (2)", "Éloïse Martin (1)"]
    goal_row = shown[0][1][0]
    assert goal_row.startswith("Goal — ") or "Goal" in goal_row
    assert "Torque settings by heart" in goal_row
    assert "2026-02-10 · Session — Café visit to the workshop: " in shown[1][1][0]
    assert "found for 2 mentee(s)" in page.status.text()
    type_query(qtbot, page, "zzznothing")
    assert hits_shown(page) == [] and page.status.text() == "Nothing found."


def test_private_hits_are_marked(qtbot: QtBot, window: MainWindow) -> None:
    page = show_search(window)
    type_query(qtbot, page, "cried")
    [(_name, [row])] = hits_shown(page)
    assert "Session · private" in row


def test_snippets_are_escaped_rich_text(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    from mentorjournal.models import ActionItemInput

    mentee = services.mentees.list_summaries()[0].id
    services.actions.create(
        ActionItemInput(mentee_id=mentee, text="Check <b>valve</b> & <img src=x>")
    )
    page = show_search(window)
    type_query(qtbot, page, "valve")
    index = page.model.index(0, 0, page.model.index(0, 0))
    rich = index.data(HTML_ROLE)
    assert "&lt;b&gt;<b>valve</b>&lt;/b&gt; &amp; &lt;img src=x&gt;" in rich
    assert index.data().endswith("Check <b>valve</b> & <img src=x>")


def test_keyboard_down_then_enter_opens_the_session(
    qtbot: QtBot, window: MainWindow, known_ui: Known
) -> None:
    page = show_search(window)
    type_query(qtbot, page, '"safety glasses"')
    qtbot.keyClick(page.edit, Qt.Key.Key_Down)
    assert page.view.hasFocus() or page.view.currentIndex().isValid()
    hit = page.current_hit()
    assert hit is not None and hit.record_id == known_ui.eloise_session
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert window.right.currentWidget() is window.page
    assert window.current_mentee_id() == known_ui.eloise
    assert window.page.tabs.currentWidget() is window.page.sessions_tab
    assert window.page.sessions_tab.current_id() == known_ui.eloise_session


def test_enter_in_the_field_opens_the_best_hit(
    qtbot: QtBot, window: MainWindow, known_ui: Known
) -> None:
    page = show_search(window)
    qtbot.keyClicks(page.edit, "alternator ones")
    qtbot.keyClick(page.edit, Qt.Key.Key_Return)  # without waiting for the pause
    assert window.current_mentee_id() == known_ui.tomas
    goals = window.page.goals_tab
    assert window.page.tabs.currentWidget() is goals
    assert goals.current_id() == known_ui.torque_goal
    assert goals.current_check_in_id() == known_ui.check_in


@pytest.mark.parametrize(
    ("query", "kind", "tab"),
    [
        ("square", HitKind.ACTION_ITEM, "actions_tab"),
        ("alternator group", HitKind.REFLECTION, "reflections_tab"),
        ("wheel", HitKind.GOAL, "goals_tab"),
        ("martin", HitKind.MENTEE, "overview_tab"),
        ("multimeter", HitKind.SKILL_RATING, "progress_tab"),
    ],
)
def test_each_kind_opens_its_tab(
    qtbot: QtBot, window: MainWindow, query: str, kind: HitKind, tab: str
) -> None:
    page = show_search(window)
    type_query(qtbot, page, query)
    index = page.model.index(0, 0, page.model.index(0, 0))
    hit: SearchHit = index.data(HIT_ROLE)
    assert hit.kind is kind
    page.view.activated.emit(index)
    assert window.current_mentee_id() == hit.mentee_id
    assert window.page.tabs.currentWidget() is getattr(window.page, tab)
    if kind in (HitKind.ACTION_ITEM, HitKind.REFLECTION, HitKind.GOAL):
        assert getattr(window.page, tab).current_id() == hit.record_id


def test_a_mentee_hidden_by_the_list_filter_is_still_opened(
    qtbot: QtBot, window: MainWindow, known_ui: Known
) -> None:
    window.mentee_list.filter_edit.setText("Selam-not-matching")
    page = show_search(window)
    type_query(qtbot, page, "scaffolding")
    index = (
        page.model.index(1, 0, page.model.index(0, 0))
        if False
        else page.model.index(0, 0, page.model.index(0, 0))
    )
    page.view.activated.emit(index)
    assert window.current_mentee_id() == index.data(HIT_ROLE).mentee_id


def test_escape_and_close_go_back_to_the_mentee_page(qtbot: QtBot, window: MainWindow) -> None:
    page = show_search(window)
    qtbot.keyClick(page.edit, Qt.Key.Key_Escape)
    assert window.right.currentWidget() is not page


def test_results_model_passes_the_model_tester(
    qtmodeltester: Any, services: Services, known_ui: Known
) -> None:
    model = SearchResultsModel()
    model.set_results(services.search.search("torque"))
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    model.set_results(services.search.search("scaffolding"))
    qtmodeltester.check(model)
    model.set_results(None)
    assert model.rowCount() == 0 and not model.index(0, 0, QModelIndex()).isValid()
    qtmodeltester.check(model)


def test_search_again_shows_records_changed_meanwhile(
    qtbot: QtBot, window: MainWindow, services: Services, known_ui: Known
) -> None:
    page = show_search(window)
    type_query(qtbot, page, "torque")
    services.sessions.delete(known_ui.long_session)
    window.show_page()
    show_search(window)
    assert sum(len(rows) for _n, rows in hits_shown(page)) == 2
