"""Settings in the GUI: the QSettings store of the registry and the Settings dialog
(Edit > Settings…, Ctrl+,). "Open another journal…" closes the window and asks the app to
open the chosen file (`window.switch_to`, read by app.run_gui)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from ..translation import translatable

if TYPE_CHECKING:
    from ..main_window import MainWindow
    from .dialog import SettingsDialog


# Why the system keyring cannot be used, as crypto/keyring_store.py says it (in English, with
# no Qt there): marked here so the translators get them; shown in the trainer's language.
KEYRING_REASONS = (
    translatable("keyring", "there is no system keyring (password store) here"),
    translatable("keyring", "the system keyring is switched off"),
    translatable("keyring", "the only keyring here stores passwords unprotected"),
    translatable("keyring", "keyring support is not installed"),
    translatable("keyring", "the system keyring could not be loaded"),
    translatable("keyring", "the system keyring is locked; unlock it and try again"),
    translatable("keyring", "there is no usable system keyring here"),
)


def keyring_reason_text(reason: str) -> str:
    """`reason` (from PassphraseKeyring.status) in the trainer's language."""
    return QCoreApplication.translate("keyring", reason)


def open_settings(window: MainWindow) -> SettingsDialog:
    from ...crypto.keyring_store import PassphraseKeyring
    from .dialog import SettingsDialog

    status = PassphraseKeyring().status()
    dialog = SettingsDialog(
        window.settings,
        window.services,
        window,
        keyring_reason=None if status.usable else keyring_reason_text(status.reason),
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
