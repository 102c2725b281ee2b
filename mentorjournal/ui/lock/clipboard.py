"""Which clipboard text the app put there, so locking clears that and nothing else.

The app's own copies (Ctrl+C in a note, "Copy details") happen while one of its windows is
active; whatever another program copies happens while it is not. The guard keeps a hash of
each text that arrived while the app was active (never the text itself) and, on locking,
clears the clipboard only if it still holds one of them. Where the platform can tell
(`ownsClipboard()` on X11, Windows, macOS), that answer counts too.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QClipboard, QGuiApplication


def _fingerprint(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def _app_active() -> bool:
    return QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive


class ClipboardGuard(QObject):
    """Remembers what the app copied; `clear_ours()` removes it from the clipboard."""

    def __init__(
        self, parent: QObject | None = None, app_active: Callable[[], bool] = _app_active
    ) -> None:
        super().__init__(parent)
        self.app_active = app_active
        self.clipboard: QClipboard = QGuiApplication.clipboard()
        self.ours: set[bytes] = set()
        self.clipboard.dataChanged.connect(self._changed)

    def _changed(self) -> None:
        text = self.clipboard.text()
        if text and self.app_active():
            self.ours.add(_fingerprint(text))

    def clear_ours(self) -> bool:
        """Clear the clipboard (and the X11 selection) if it holds the app's text."""
        cleared = False
        modes = [QClipboard.Mode.Clipboard]
        if self.clipboard.supportsSelection():
            modes.append(QClipboard.Mode.Selection)
        for mode in modes:
            text = self.clipboard.text(mode)
            owned = (
                self.clipboard.ownsClipboard()
                if mode == QClipboard.Mode.Clipboard
                else (self.clipboard.ownsSelection())
            )
            if owned or (text and _fingerprint(text) in self.ours):
                self.clipboard.clear(mode)
                cleared = True
        self.ours.clear()
        return cleared
