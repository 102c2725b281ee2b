"""Keyboard and screen-reader access: the tab order of the main views and dialogs reaches the
controls that matter and comes back round, and every control the focus lands on has a name
for a screen reader (its own, its text or its label's); every menu command has a key; the
focus shows in every theme; and the dialogs reached from the menus name their inputs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QElapsedTimer, QLocale, Qt, QTimer
from PySide6.QtGui import QAccessible, QAction, QFont
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QFileDialog,
    QMenu,
    QWidget,
)

from mentorjournal.demo.generator import fill_demo_journal
from mentorjournal.services import Services
from mentorjournal.ui import translation
from mentorjournal.ui.main_window import MainWindow
from mentorjournal.ui.settings import open_settings
from mentorjournal.ui.sharing import open_share_dialog
from mentorjournal.ui.translation import install_language
from tests.ui.test_translation import compile_shipped

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


def _next(widget: QWidget) -> QWidget:
    following = widget.nextInFocusChain()
    assert following is not None  # the chain is a ring
    return following


def tab_order(start: QWidget, limit: int = 200) -> list[QWidget]:
    """The widgets Tab visits from `start` until it comes back to `start`."""
    order = [start]
    current = start
    for _ in range(limit):
        current = _next(current)
        while not _focusable(current):
            current = _next(current)
        if current is start:
            return order
        order.append(current)
    raise AssertionError("the tab order never comes back to where it started")


def spoken_name(widget: QWidget) -> str:
    # The line edit inside a spin box or date edit hands its focus to the box: a screen
    # reader announces the box, so the box's name is the one that counts.
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractSpinBox) and widget.focusProxy() is parent:
        widget = parent
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


# --- Every menu command has a key ---------------------------------------------------------


def menu_commands(menu: QMenu) -> Iterator[QAction]:
    for action in menu.actions():
        if action.isSeparator():
            continue
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from menu_commands(sub)
        else:
            yield action


def mnemonic(text: str) -> str:
    """The letter after a single "&" ("" without one; "&&" is a literal ampersand)."""
    rest = text.replace("&&", "")
    at = rest.find("&")
    return rest[at + 1].casefold() if 0 <= at < len(rest) - 1 else ""


@pytest.fixture
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[None]:
    folder = compile_shipped(tmp_path / "shipped")
    monkeypatch.setattr(translation, "translations_dir", lambda: folder)
    yield
    install_language(qapp, "en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def _window_in(language: str, qapp: QApplication, qtbot: Any, services: Services) -> MainWindow:
    """The window in `language` over a journal of one mentee (the demo journal takes many
    seconds to fill: these tests look at menus and dialogs, not at lists)."""
    assert install_language(qapp, language) == language
    w = MainWindow(services, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.mark.parametrize("language", ["en", "fr", "am", "ar"])
def test_every_menu_command_has_its_own_letter(
    qapp: QApplication, qtbot: Any, services: Services, abebe: int, shipped: None, language: str
) -> None:
    """Alt and a letter open each menu and run each command, in every shipped language; a
    letter used twice in one menu would only move between the two."""
    w = _window_in(language, qapp, qtbot, services)
    tops = [(a, a.menu()) for a in w.menuBar().actions()]
    menus = [(a, m) for a, m in tops if isinstance(m, QMenu)]
    levels = [("menu bar", [a for a, _m in menus])]
    levels += [(a.text(), list(menu_commands(m))) for a, m in menus]
    clashes = []
    for level, actions in levels:
        letters = [mnemonic(a.text()) for a in actions]
        assert all(letters), f"{level}: {[a.text() for a in actions if not mnemonic(a.text())]}"
        clashes += [f"{level}: {x}" for x in set(letters) if letters.count(x) > 1]
    assert clashes == []


def test_often_used_commands_have_shortcuts(
    qapp: QApplication, qtbot: Any, services: Services
) -> None:
    window = _window_in("en", qapp, qtbot, services)
    for action in (
        window.act_new_mentee,
        window.act_new_session,
        window.act_new_goal,
        window.act_new_reflection,
        window.act_find,
        window.act_dashboard,
        window.act_print_brief,
        window.act_quit,
        window.act_settings,  # type: ignore[attr-defined]
        window.act_search,  # type: ignore[attr-defined]
    ):
        assert not action.shortcut().isEmpty(), action.text()


# --- The dialogs reached from the menus -------------------------------------------------------


def inspect_dialog_opened_by(
    action: QAction, qtbot: Any, inspect: Callable[[QDialog], object]
) -> QDialog | None:
    """Run `inspect` on the dialog `action` opens, then close it; None when none opened. Works
    for dialogs shown with exec() (the inspection runs inside their event loop) and open()."""
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    seen: list[QDialog] = []

    def look() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible() and id(w) not in before:
                seen.append(w)
                inspect(w)
                w.reject()
                return

    QTimer.singleShot(200, look)
    action.trigger()
    clock = QElapsedTimer()
    clock.start()
    while not seen and clock.elapsed() < 1500:
        qtbot.wait(50)
    return seen[0] if seen else None


# Commands that open no dialog of ours: they quit, lock, print (Qt's print dialog) or ask
# a file name (the system's file dialog).
NO_DIALOG = ("act_quit", "act_lock_now", "act_print_brief", "act_brief_pdf")


MENU_DIALOGS = [
    "New mentee…",
    "Share summary…",
    "Programme report…",
    "Export journal…",
    "Import…",
    "Journal owner…",
    "Backups…",
    "New session…",
    "New goal…",
    "New action item…",
    "New reflection…",
    "Calendar file (.ics)…",
    "Rate skills…",
    "Edit mentee…",
    "Settings…",
    "Competency framework…",
    "Templates…",
    "Check journal…",
    "App lock passphrase…",
    "About Mentor Journal",
]


def _command(window: MainWindow, text: str) -> QAction:
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            for action in menu_commands(menu):
                if action.text().replace("&", "") == text:
                    return action
    raise AssertionError(f"no menu command {text!r}")


@pytest.mark.parametrize("command", MENU_DIALOGS)
def test_dialogs_from_the_menus_name_their_inputs(
    qapp: QApplication,
    qtbot: Any,
    services: Services,
    abebe: int,
    monkeypatch: pytest.MonkeyPatch,
    command: str,
) -> None:
    """Every input a Tab reaches in the dialog has a name a screen reader says."""
    window = _window_in("en", qapp, qtbot, services)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    window.show_first_mentee()
    found: dict[str, Any] = {}

    def names(dialog: QDialog) -> None:
        # Where Tab starts: the focused input, or the first one (the offscreen window may not
        # be active yet when this runs).
        start = dialog.focusWidget() or next(
            w for w in dialog.findChildren(QWidget) if _focusable(w)
        )
        order = tab_order(start)
        found["order"] = len(order)
        found["unnamed"] = _unnamed(order)

    dialog = inspect_dialog_opened_by(_command(window, command), qtbot, names)
    assert dialog is not None, f"{command} opened no dialog"
    assert found["order"] >= 1
    assert found["unnamed"] == []


@pytest.mark.parametrize("theme", ["light", "dark", "contrast"])
def test_passphrase_strength_reads_in_every_theme(
    qapp: QApplication, qtbot: Any, services: Services, theme: str
) -> None:
    """The strength words take the theme's colours: 4.5:1 on the dialog in every theme."""
    from mentorjournal.ui.style import apply_style, current
    from mentorjournal.ui.transfer.export_dialog import ExportDialog
    from tests.ui.test_focus_visible import _luminance

    apply_style(qapp, theme)
    try:
        dialog = ExportDialog(services)
        qtbot.addWidget(dialog)
        for typed in ("abc", "correct horse battery staple trade test"):
            dialog.passphrase.setText(typed)
            sheet = dialog.strength.styleSheet()
            ink = int(sheet.split("#")[1][:6], 16)
            ground = int(current().window.lstrip("#"), 16)
            la, lb = _luminance(ink), _luminance(ground)
            assert (max(la, lb) + 0.05) / (min(la, lb) + 0.05) >= 4.5, (theme, sheet)
    finally:
        apply_style(qapp, "light")
