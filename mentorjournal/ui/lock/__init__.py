"""The app lock (issue 6): File > Lock now (Ctrl+L), the idle lock, the passphrase asked at
start, and Tools > App lock passphrase….

`install(window)` (listed in ui/features.py) puts an `AppLock` on the window as
`window.app_lock`; when the journal has a passphrase the window starts locked, so the
passphrase is asked before any journal content is shown. Whether it has one is read in one
plain statement (`services.lock_state`); the passphrase service loads on the first lock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from ...services.lock_state import passphrase_is_set
from .controller import AppLock

if TYPE_CHECKING:
    from ..main_window import MainWindow
    from .dialogs import PassphraseDialog

__all__ = ["AppLock", "install", "open_passphrase_dialog"]


def open_passphrase_dialog(window: MainWindow) -> PassphraseDialog:
    """Open the set/change/remove passphrase dialog (window-modal, with open())."""
    from ...settings import IDLE_LOCK_MINUTES
    from .dialogs import PassphraseDialog

    app_lock: AppLock = window.app_lock  # type: ignore[attr-defined]
    dialog = PassphraseDialog(app_lock.service, window.settings.get(IDLE_LOCK_MINUTES), window)
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    window.lock_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


def install(window: MainWindow) -> None:
    app_lock = AppLock(window)
    window.app_lock = app_lock  # type: ignore[attr-defined]

    lock_now = QAction(window.tr("&Lock now"), window)
    lock_now.setShortcut(QKeySequence("Ctrl+L"))
    # Also from an open editor: the shortcut must not depend on which window has the focus.
    lock_now.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    lock_now.setToolTip(window.tr("Hide everything until the passphrase is typed (Ctrl+L)"))
    lock_now.triggered.connect(lambda _checked=False: app_lock.lock())
    window.act_lock_now = lock_now  # type: ignore[attr-defined]
    quit_action = window.act_quit
    window.file_menu.insertAction(quit_action, lock_now)
    window.file_menu.insertSeparator(quit_action)

    passphrase = QAction(window.tr("App lock &passphrase…"), window)
    passphrase.triggered.connect(lambda _checked=False: open_passphrase_dialog(window))
    window.act_lock_passphrase = passphrase  # type: ignore[attr-defined]
    window.tools_menu.addSeparator()
    window.tools_menu.addAction(passphrase)

    if passphrase_is_set(window.services.journal):
        app_lock.lock()  # before the window is shown: the passphrase comes first
