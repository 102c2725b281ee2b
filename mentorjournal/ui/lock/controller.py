"""Locking and unlocking one main window.

Locking hides all journal content: the window shows the lock screen instead of the journal
(menus, toolbar and status bar hidden, shortcuts swallowed); every other window of the app
(editors, tool dialogs, the drafts prompt) is hidden and comes back on unlock exactly as it
was, typed text included (an editor also keeps its draft when hidden). The app's clipboard
text is cleared and the database closed: every pooled connection is closed, so the -wal is
checkpointed and nothing is held open while nobody is there. Unlocking checks the passphrase
against the verifier read before closing (nothing from the journal is needed to check it), and
the journal reopens on the next read.

What locking needs and the open window does not (the passphrase service with its table
class, the lock screen) is made on the first lock: the idle watcher and the clipboard guard
work from the start, and the first window paints ~15 ms of CPU sooner (issue 7).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)
from shiboken6 import isValid

from ...settings import IDLE_LOCK_MINUTES
from .clipboard import ClipboardGuard
from .idle import CHECK_EVERY_MS, IdleWatcher

if TYPE_CHECKING:
    from ...services.lock import AppLockService, Verifier
    from ..main_window import MainWindow
    from .screen import LockScreen


class AppLock(QObject):
    """The lock of `window`: `lock()`, `unlock(passphrase)`, an idle watcher and a clipboard
    guard. Installed by `ui.lock.install` as `window.app_lock`."""

    locked_changed = Signal(bool)

    def __init__(self, window: MainWindow, check_every_ms: int | None = None) -> None:
        super().__init__(window)
        self.window = window
        self._service: AppLockService | None = None
        self._screen: LockScreen | None = None
        self.locked = False
        self.verifier: Verifier | None = None
        self.hidden_windows: list[QWidget] = []
        self.bars: list[QWidget] = []

        # The journal's widgets and the lock screen (added on the first lock) share the
        # central place.
        self.stack = QStackedWidget()
        content = window.takeCentralWidget()
        assert content is not None
        self.content: QWidget = content
        self.stack.addWidget(content)
        window.setCentralWidget(self.stack)

        self.clipboard = ClipboardGuard(self)
        self.idle = IdleWatcher(
            self._idle_seconds, self, check_every_ms=check_every_ms or CHECK_EVERY_MS
        )
        self.idle.idle.connect(self.lock)
        # The application-wide filter below is installed only while locked: every event of
        # the app passes through it, and in Python that cost a few ms per mentee opened.
        window.close_hooks.append(self._stop)

    @property
    def service(self) -> AppLockService:
        """The journal's passphrase service (loaded on first use)."""
        if self._service is None:
            from ...services.lock import AppLockService

            self._service = AppLockService(self.window.services.journal)
        return self._service

    @property
    def screen(self) -> LockScreen:
        """The lock screen, made (and put beside the journal's widgets) on first use."""
        if self._screen is None:
            from .screen import LockScreen

            self._screen = LockScreen()
            self.stack.addWidget(self._screen)
            self._screen.unlock_requested.connect(self.unlock)
        return self._screen

    def _idle_seconds(self) -> float:
        return 60.0 * self.window.settings.get(IDLE_LOCK_MINUTES)

    # --- locking ---------------------------------------------------------------------------
    def lock(self) -> None:
        """Hide everything, clear the app's clipboard text, close the database."""
        if self.locked:
            return
        try:
            self.verifier = self.service.verifier()
        except Exception:  # the journal cannot be read now: lock anyway, ask for nothing
            self.verifier = None
        self.locked = True
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        window = self.window
        for widget in QApplication.topLevelWidgets():
            if widget is window or not widget.isVisible() or isinstance(widget, QMainWindow):
                continue  # another main window (tests, "Open another journal") is not ours
            if isinstance(widget, QMenu):
                widget.close()
                continue
            # Hiding an editor keeps its fields (and writes its draft) before the database
            # closes below.
            widget.hide()
            self.hidden_windows.append(widget)
        # isHidden(), not isVisible(): at start the window itself is not shown yet.
        bars = (window.menuBar(), window.statusBar(), *window.findChildren(QToolBar))
        self.bars = [w for w in bars if not w.isHidden()]
        for bar in self.bars:
            bar.hide()
        self.screen.reset()
        self.screen.set_needs_passphrase(self.verifier is not None)
        self.stack.setCurrentWidget(self.screen)
        self.clipboard.clear_ours()
        window.services.journal.close()  # reopens on the next session, after unlocking
        self.screen.focus_input()
        self.locked_changed.emit(True)

    def unlock(self, passphrase: str = "") -> bool:
        """Show the journal again if `passphrase` is right (any, without a passphrase)."""
        if not self.locked:
            return True
        if self.verifier is not None:
            from ...services.lock import matches

            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                right = matches(passphrase, self.verifier)
            finally:
                QGuiApplication.restoreOverrideCursor()
            if not right:
                self.screen.show_error(self.tr("That is not the journal's passphrase. Try again."))
                return False
        self.locked = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.screen.reset()
        self.stack.setCurrentWidget(self.content)
        for bar in self.bars:
            bar.show()
        self.bars = []
        hidden, self.hidden_windows = self.hidden_windows, []
        hidden = [w for w in hidden if isValid(w)]  # closed meanwhile (deleteLater)
        for widget in hidden:
            widget.show()
        if hidden:
            hidden[-1].activateWindow()  # shown last, so already on top
        self.idle.restart()
        self.locked_changed.emit(False)
        return True

    # --- while locked ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self.locked:
            return False
        kind = event.type()
        if kind == QEvent.Type.Shortcut:
            # No menu shortcut reaches the journal while locked; the lock screen's own
            # mnemonics (Alt+U) still work.
            return not (isinstance(watched, QWidget) and self.screen.isAncestorOf(watched))
        if kind == QEvent.Type.Close and watched is self.window:
            # Closing now could lose an editor's text (its draft cannot be written while the
            # database is closed): unlock first.
            event.ignore()
            self.screen.show_error(self.tr("Unlock first to close the journal."))
            return True
        if (
            kind == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched is not self.window
            and not isinstance(watched, QMainWindow)
            and not isinstance(watched, (QMenu, QMessageBox))
            and watched.windowType() not in (Qt.WindowType.ToolTip, Qt.WindowType.Popup)
        ):
            # A window opened while locked (the drafts prompt at start, a finished background
            # task) waits for the unlock.
            QTimer.singleShot(0, self, lambda w=watched: self._defer(w))
        return False

    def _defer(self, widget: QWidget) -> None:
        if self.locked and widget.isVisible():
            widget.hide()
            if widget not in self.hidden_windows:
                self.hidden_windows.append(widget)

    def _stop(self) -> None:
        self.idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
