"""The lock screen: what the main window shows instead of the journal while locked.

Nothing from the journal is on it: no names, no file path. With a passphrase set it asks for
it (a wrong one is refused with a message right under the field); without one, a button opens
the journal again (the lock then only hides the screen from a passer-by).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..common import plain_label


class LockScreen(QWidget):
    """Asks for the passphrase; emits `unlock_requested(passphrase)` ("" without one)."""

    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.title = plain_label(self.tr("Mentor Journal is locked"))
        self.title.setObjectName("pageTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.explanation = plain_label("")
        self.explanation.setWordWrap(True)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Journal passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setMinimumWidth(280)
        self.passphrase.returnPressed.connect(self._submit)
        self.error = plain_label("", role="overdue")
        self.error.setWordWrap(True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.error.setAccessibleName(self.tr("Unlock problem"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setProperty("role", "primary")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)

        box = QFrame()
        box.setObjectName("lockBox")
        box.setMaximumWidth(460)
        inner = QVBoxLayout(box)
        inner.setSpacing(12)
        inner.addWidget(self.title)
        inner.addWidget(self.explanation)
        inner.addWidget(self.passphrase)
        inner.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        inner.addLayout(row)

        outer = QVBoxLayout(self)
        outer.addStretch(2)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(box, 2)
        centre.addStretch(1)
        outer.addLayout(centre)
        outer.addStretch(3)
        self.set_needs_passphrase(True)

    def set_needs_passphrase(self, needed: bool) -> None:
        self.needs_passphrase = needed
        self.passphrase.setVisible(needed)
        if needed:
            self.explanation.setText(
                self.tr("Your notes are hidden. Type the journal's passphrase to go on.")
            )
            self.unlock_button.setText(self.tr("&Unlock"))
        else:
            self.explanation.setText(
                self.tr(
                    "Your notes are hidden. This journal has no passphrase, so anyone can "
                    "open it again; set one in Tools > App lock passphrase."
                )
            )
            self.unlock_button.setText(self.tr("&Open the journal"))

    def reset(self) -> None:
        self.passphrase.clear()
        self.error.clear()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def focus_input(self) -> None:
        (self.passphrase if self.needs_passphrase else self.unlock_button).setFocus()

    def _submit(self) -> None:
        self.unlock_requested.emit(self.passphrase.text() if self.needs_passphrase else "")
