"""The app lock on a real window and journal: Lock now, the idle lock, the passphrase at
start, wrong passphrases, editors' typed text kept, the clipboard, the database closed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from mentorjournal.services import Services
from mentorjournal.services.lock import AppLockService
from mentorjournal.settings import IDLE_LOCK_MINUTES
from mentorjournal.ui.lock import AppLock
from mentorjournal.ui.main_window import MainWindow

CHEAP = 2**10


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _window(qtbot: QtBot, services: Services) -> MainWindow:
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def window(qtbot: QtBot, services: Services, abebe: int) -> Iterator[MainWindow]:
    w = _window(qtbot, services)
    w.show_first_mentee()
    yield w
    lock: AppLock = w.app_lock  # type: ignore[attr-defined]
    lock.locked = False  # let the window close at teardown
    if w.current_editor is not None:
        w.current_editor.done(0)


def app_lock(window: MainWindow) -> AppLock:
    lock = window.app_lock  # type: ignore[attr-defined]
    assert isinstance(lock, AppLock)
    return lock


def visible_texts(window: MainWindow) -> str:
    """Every text a passer-by could read in the app's windows."""
    texts = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for label in [top, *top.findChildren(QWidget)]:
            if label.isVisible() and isinstance(label, QLabel):
                texts.append(label.text())
    return "\n".join(texts)


def test_lock_now_hides_the_journal_and_closes_the_database(
    qtbot: QtBot, window: MainWindow
) -> None:
    lock = app_lock(window)
    assert "Abebe" in visible_texts(window)
    assert window.services.journal.engine.pool.checkedin() >= 1  # type: ignore[attr-defined]

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.mentee_list.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert lock.locked
    assert lock.stack.currentWidget() is lock.screen
    assert not window.mentee_list.isVisible() and not window.page.isVisible()
    assert not window.menuBar().isVisible() and not window.toolbar.isVisible()
    assert "Abebe" not in visible_texts(window)
    assert "locked" in visible_texts(window)
    assert window.services.journal.engine.pool.checkedin() == 0  # type: ignore[attr-defined]

    # No passphrase set: the lock screen opens the journal again with one click.
    assert not lock.screen.passphrase.isVisible()
    qtbot.mouseClick(lock.screen.unlock_button, Qt.MouseButton.LeftButton)
    assert not lock.locked
    assert window.mentee_list.isVisible() and window.menuBar().isVisible()
    assert "Abebe" in visible_texts(window)


def test_menu_shortcuts_do_nothing_while_locked(qtbot: QtBot, window: MainWindow) -> None:
    app_lock(window).lock()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # new reflection
    assert window.current_editor is None


def test_wrong_passphrase_is_refused_in_the_lock_screen(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    AppLockService(services.journal).set_passphrase("river stone 7", cost=CHEAP)
    lock = app_lock(window)
    lock.lock()
    screen = lock.screen
    assert screen.passphrase.isVisible()

    qtbot.keyClicks(screen.passphrase, "river stone 8")
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert lock.locked
    assert "not the journal's passphrase" in screen.error.text()
    assert screen.error.isVisible()
    assert "Abebe" not in visible_texts(window)

    screen.passphrase.clear()
    qtbot.keyClicks(screen.passphrase, "river stone 7")
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert not lock.locked
    assert window.page.isVisible()
    assert screen.passphrase.text() == "" and screen.error.text() == ""
    # The journal opens again on the next read.
    assert services.mentees.list_summaries()


def test_open_editor_is_hidden_and_comes_back_with_its_text(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.new_reflection()
    editor = window.current_editor
    assert editor is not None
    qtbot.waitExposed(editor)
    typed = "Half-written thought about Abebe's wiring ✍🏽 ሰላም"
    editor.text.setPlainText(typed)

    app_lock(window).lock()
    assert not editor.isVisible()
    assert "Abebe" not in visible_texts(window)

    app_lock(window).unlock("")
    assert editor.isVisible()
    assert window.current_editor is editor
    assert editor.text.toPlainText() == typed


def test_idle_lock_after_the_configured_time(qtbot: QtBot, window: MainWindow) -> None:
    window.settings.set(IDLE_LOCK_MINUTES, 2)
    lock = app_lock(window)
    clock = FakeClock()
    lock.idle.clock = clock
    lock.idle.restart()

    clock.now += 100
    assert not lock.idle.check()
    # Someone uses the app: the idle time starts again.
    qtbot.keyClick(window.mentee_list.view, Qt.Key.Key_Down)
    clock.now += 100
    assert not lock.idle.check() and not lock.locked

    clock.now += 21  # 121 s since the key press
    lock.idle.timer.setInterval(10)  # the watcher's own timer notices it
    qtbot.waitUntil(lambda: lock.locked)
    assert lock.stack.currentWidget() is lock.screen

    lock.unlock("")
    clock.now += 60
    assert not lock.idle.check()  # the idle time counts from the unlock


def test_idle_lock_off_when_set_to_never(window: MainWindow) -> None:
    window.settings.set(IDLE_LOCK_MINUTES, 0)
    lock = app_lock(window)
    clock = FakeClock()
    lock.idle.clock = clock
    lock.idle.restart()
    clock.now += 10 * 24 * 3600
    assert not lock.idle.check() and not lock.locked


def test_idle_lock_default_is_five_minutes(window: MainWindow) -> None:
    lock = app_lock(window)
    clock = FakeClock()
    lock.idle.clock = clock
    lock.idle.restart()
    clock.now += 299
    assert not lock.idle.check()
    clock.now += 1
    assert lock.idle.check() and lock.locked


def test_clipboard_text_the_app_copied_is_cleared(window: MainWindow) -> None:
    clipboard = QGuiApplication.clipboard()
    lock = app_lock(window)
    lock.clipboard.app_active = lambda: True  # copied from the app's window
    clipboard.setText("Abebe works nights")
    lock.lock()
    assert clipboard.text() == ""


def test_clipboard_text_of_another_program_is_left(window: MainWindow) -> None:
    clipboard = QGuiApplication.clipboard()
    lock = app_lock(window)
    lock.clipboard.app_active = lambda: True
    clipboard.setText("Abebe works nights")  # the app copied this first...
    lock.clipboard.app_active = lambda: False
    clipboard.setText("shopping list")  # ...then another program copied over it
    lock.lock()
    assert clipboard.text() == "shopping list"


def test_passphrase_is_asked_before_anything_is_shown(
    qtbot: QtBot, services: Services, abebe: int
) -> None:
    AppLockService(services.journal).set_passphrase("river stone 7", cost=CHEAP)
    w = MainWindow(services)
    qtbot.addWidget(w)
    lock = app_lock(w)
    assert lock.locked  # before show()
    w.show()
    qtbot.waitExposed(w)
    w.show_first_mentee()  # what app.py runs after the first paint
    assert lock.stack.currentWidget() is lock.screen
    assert "Abebe" not in visible_texts(w)
    assert not w.menuBar().isVisible()
    assert lock.unlock("river stone 7")
    assert "Abebe" in visible_texts(w)


def test_closing_while_locked_is_refused(qtbot: QtBot, window: MainWindow) -> None:
    lock = app_lock(window)
    lock.lock()
    assert not window.close()
    assert window.isVisible()
    assert "Unlock first" in lock.screen.error.text()
    lock.unlock("")
    assert window.close()


def test_window_opened_while_locked_waits_for_the_unlock(qtbot: QtBot, window: MainWindow) -> None:
    lock = app_lock(window)
    lock.lock()
    window.show_about()
    about = window.about_dialog
    assert about is not None
    qtbot.waitUntil(lambda: not about.isVisible())
    lock.unlock("")
    assert about.isVisible()
    about.done(0)


def test_set_change_remove_through_the_dialog(
    qtbot: QtBot, window: MainWindow, services: Services, show: Any
) -> None:
    from mentorjournal.ui.lock import open_passphrase_dialog

    service = AppLockService(services.journal)
    dialog = open_passphrase_dialog(window)
    qtbot.waitExposed(dialog)
    assert not dialog.current.isVisible() and not dialog.remove_button.isVisible()
    qtbot.keyClicks(dialog.new, "abc")
    qtbot.keyClicks(dialog.confirm, "abc")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "at least" in dialog.errors["new"].text()
    dialog.new.setText("tea and bread")
    dialog.confirm.setText("tea and bred")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "differ" in dialog.errors["confirm"].text()
    dialog.confirm.setText("tea and bread")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome == "set" and not dialog.isVisible()
    assert service.check("tea and bread")

    dialog = open_passphrase_dialog(window)
    qtbot.waitExposed(dialog)
    assert dialog.current.isVisible() and dialog.remove_button.isVisible()
    dialog.current.setText("wrong one")
    dialog.new.setText("bread and tea")
    dialog.confirm.setText("bread and tea")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "current passphrase" in dialog.errors["current"].text()
    assert dialog.new.text() == "bread and tea"  # typed text survives a refusal
    dialog.current.setText("tea and bread")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome == "changed"
    assert service.check("bread and tea") and not service.check("tea and bread")

    dialog = open_passphrase_dialog(window)
    qtbot.waitExposed(dialog)
    dialog.current.setText("bread and tea")
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome == "removed"
    assert not service.is_set()
