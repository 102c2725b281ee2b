"""The search page: Ctrl+Shift+F, search as you type, results grouped by mentee, keyboard
navigation, and opening a hit on the right tab with the record selected."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from mentorjournal.services import Services
from mentorjournal.services.search import HitKind, SearchHit
from mentorjournal.ui import formatting
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
    # The hit's day as the locale writes dates elsewhere in the window, not ISO.
    day = formatting.short_date(date(2026, 2, 10))
    assert f"{day} · Session — Café visit to the workshop: " in shown[1][1][0]
    assert "found for 2 mentees." in page.status.text()
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


def _inked_pixels(image: Any, rect: Any) -> int:
    """Pixels in `rect` of `image` darker than the row's background (drawn text)."""
    background = image.pixelColor(rect.right() - 1, rect.top() + 1).lightness()
    return sum(
        1
        for x in range(rect.left(), rect.right(), 2)
        for y in range(rect.top(), rect.bottom(), 2)
        if image.pixelColor(x, y).lightness() < background - 60
    )


def test_rows_are_shaped_once_and_repainted_from_the_cache(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentorjournal.ui.search import delegate

    calls: list[int] = []
    real = delegate.shape_row

    def counted(*args: Any) -> Any:
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(delegate, "shape_row", counted)
    page = show_search(window)
    type_query(qtbot, page, "torque")
    page.view.viewport().repaint()
    shaped = len(calls)
    assert shaped == page.delegate.shaped_rows() == 5  # two mentees and three hits
    page.view.viewport().repaint()
    assert len(calls) == shaped  # a repaint draws the rows already shaped
    type_query(qtbot, page, "scaffolding")
    page.view.viewport().repaint()
    assert len(calls) > shaped and page.delegate.shaped_rows() == len(calls) - shaped


def test_arabic_snippet_rows_are_drawn(qtbot: QtBot, window: MainWindow) -> None:
    page = show_search(window)
    page.edit.setText("بنجاح")  # keyClicks types ASCII only
    qtbot.waitUntil(lambda: not page.timer.isActive() and page.results is not None)
    hit = page.model.index(0, 0, page.model.index(0, 0))
    assert "بنجاح" in hit.data()
    image = page.view.viewport().grab().toImage()
    assert _inked_pixels(image, page.view.visualRect(hit)) > 20


def test_long_rows_end_in_an_ellipsis_and_are_cut_before_shaping(qapp: object) -> None:
    from PySide6.QtGui import QFont

    from mentorjournal.ui.search.delegate import shape_row

    font = QFont()
    short = shape_row(
        [("2026-02-10", "muted"), (" — ", "plain"), ("torque", "mark")], font, 600, False
    )
    assert short.cut_x is None
    pieces = [("2026-02-10", "muted"), (" — ", "plain"), ("word " * 20_000, "plain")]
    long = shape_row(pieces, font, 600, False)
    assert long.cut_x is not None and 0 < long.cut_x <= 600
    assert len(long.layout.text()) < 2_000  # not 100,000 characters shaped for 600 pixels
    mixed = shape_row([("ليلى ركّبت أنابيب المياه ", "plain"), ("بنجاح", "mark")], font, 600, True)
    assert mixed.layout.text() == "ليلى ركّبت أنابيب المياه بنجاح"
    [bold] = mixed.layout.formats()
    assert (bold.start, bold.length) == (25, 5)


def test_a_mentees_count_stays_right_of_an_arabic_name(qapp: object) -> None:
    from PySide6.QtGui import QFont

    from mentorjournal.ui.search.delegate import shape_row

    name = "عمر محمود"
    shaped = shape_row([(name, "name"), ("  (1)", "muted")], QFont(), 600, False)
    line = shaped.layout.lineAt(0)
    paren = shaped.layout.text().index("(")
    name_xs = [line.cursorToX(i)[0] for i in range(len(name) + 1)]  # type: ignore[index]
    assert line.cursorToX(paren)[0] > max(name_xs)  # type: ignore[index]
