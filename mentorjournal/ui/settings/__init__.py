"""Settings in the GUI: the QSettings store of the registry and the Settings dialog
(Edit > Settings…, Ctrl+,). "Open another journal…" closes the window and asks the app to
open the chosen file (`window.switch_to`, read by app.run_gui)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from ..main_window import MainWindow
    from .dialog import SettingsDialog


def open_settings(window: MainWindow) -> SettingsDialog:
    from ...crypto.keyring_store import PassphraseKeyring
    from .dialog import SettingsDialog

    status = PassphraseKeyring().status()
    dialog = SettingsDialog(
        window.settings,
        window.services,
        window,
        keyring_reason=None if status.usable else status.reason,
    )
    dialog.journal_switch_requested.connect(lambda path: _switch(window, path))
    dialog.finished.connect(dialog.deleteLater)
    window.settings_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


def _switch(window: MainWindow, path: Path) -> None:
    window.switch_to = path
    window.close()


def install(window: MainWindow) -> None:
    action = QAction(window.tr("Se&ttings…"), window)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
    if action.shortcut().isEmpty():  # no platform standard (Linux desktops vary)
        action.setShortcut(QKeySequence("Ctrl+,"))
    action.triggered.connect(lambda _checked=False: open_settings(window))
    window.act_settings = action  # type: ignore[attr-defined]
    window.edit_menu.addSeparator()
    window.edit_menu.addAction(action)
