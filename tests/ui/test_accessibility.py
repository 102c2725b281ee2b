"""Keyboard and screen-reader access: the tab order of the main views and dialogs reaches the
controls that matter and comes back round, and every control the focus lands on has a name
for a screen reader (its own, its text or its label's)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from mentorjournal.demo.generator import fill_demo_journal
from mentorjournal.services import Services
from mentorjournal.ui.main_window import MainWindow
from mentorjournal.ui.settings import open_settings
from mentorjournal.ui.sharing import open_share_dialog

TODAY = date(2026, 11, 23)


@pytest.fixture
def window(qtbot: Any, services: Services) -> Iterator[MainWindow]:
    fill_demo_journal(services, today=TODAY)
    w = MainWindow(services, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w


def _focusable(widget: QWidget) -> bool:
    return bool(
        widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible() and widget.isEnabled()
    )


def tab_order(start: QWidget, limit: int = 200) -> list[QWidget]:
    """The widgets Tab visits from `start` until it comes back to `start`."""
    order = [start]
    current = start
    for _ in range(limit):
        current = current.nextInFocusChain()
        while not _focusable(current):
            current = current.nextInFocusChain()
        if current is start:
            return order
        order.append(current)
    raise AssertionError("the tab order never comes back to where it started")


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def _unnamed(order: list[QWidget]) -> list[str]:
    return [
        f"{type(w).__name__} in {type(w.parent()).__name__}" for w in order if not spoken_name(w)
    ]


def test_every_tab_of_the_mentee_page_is_reachable_and_named(window: MainWindow) -> None:
    page = window.page
    start = window.mentee_list.filter_edit
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        order = tab_order(start)
        assert window.mentee_list.view in order
        assert page.tabs.tabBar() in order, page.tabs.tabText(index)
        current = page.tabs.currentWidget()
        assert any(w is current or current.isAncestorOf(w) for w in order), page.tabs.tabText(index)
        assert _unnamed(order) == [], page.tabs.tabText(index)


def test_dashboard_is_reachable_and_named(window: MainWindow) -> None:
    window.show_dashboard()
    QApplication.processEvents()
    order = tab_order(window.mentee_list.filter_edit)
    assert any(window.dashboard.isAncestorOf(w) for w in order)
    assert _unnamed(order) == []


@pytest.mark.parametrize("opener", [open_share_dialog, open_settings], ids=["share", "settings"])
def test_dialogs_are_reachable_and_named(window: MainWindow, qtbot: Any, opener: Any) -> None:
    dialog: QDialog = opener(window)
    qtbot.waitExposed(dialog)
    focused = dialog.focusWidget()
    assert focused is not None and dialog.isAncestorOf(focused)
    order = tab_order(focused)
    assert len(order) >= 5
    assert _unnamed(order) == []
    dialog.done(0)


def test_main_commands_have_shortcuts_shown_in_their_tooltips(window: MainWindow) -> None:
    for action in (window.act_new_session, window.act_new_goal, window.act_find):
        shortcut = action.shortcut().toString()
        assert shortcut and shortcut in action.toolTip()


def test_large_fonts_keep_the_window_usable(qtbot: Any, services: Services) -> None:
    """At 150 % text size the main window still fits a 1366 x 768 laptop screen."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.font()
    bigger = QFont(original)
    bigger.setPointSizeF(original.pointSizeF() * 1.5)
    app.setFont(bigger)
    try:
        fill_demo_journal(services, today=TODAY)
        w = MainWindow(services, today=lambda: TODAY)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        hint = w.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 768
    finally:
        app.setFont(original)
