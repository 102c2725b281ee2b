"""Set, change or remove the journal's app-lock passphrase (Tools > App lock passphrase…).

The passphrase is checked and stored by `services.lock.AppLockService` (a salted scrypt
verifier). Refusals appear under the field they are about; the dialog stays open with what
was typed. The idle-lock time is a setting (Edit > Settings), shown here for reference.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.lock import MIN_LENGTH, AppLockService
from ...store.errors import ValidationError
from ..common import plain_label


def _secret(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    edit.setMinimumWidth(260)
    return edit


class PassphraseDialog(QDialog):
    """Set a passphrase (none yet), or change or remove the one there is."""

    def __init__(
        self, service: AppLockService, idle_minutes: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.has_passphrase = service.is_set()
        self.setWindowTitle(self.tr("App lock passphrase"))
        t = self.tr
        intro = plain_label(
            t(
                "With a passphrase, Mentor Journal asks for it when it starts and after it "
                "locks (Ctrl+L, or after {minutes} idle minutes). It hides your notes from "
                "others on a shared laptop; it does not encrypt the journal file. A forgotten "
                "passphrase cannot be recovered."
            ).replace("{minutes}", str(idle_minutes))
            if idle_minutes
            else t(
                "With a passphrase, Mentor Journal asks for it when it starts and after it "
                "locks (Ctrl+L; the idle lock is off in Settings). It hides your notes from "
                "others on a shared laptop; it does not encrypt the journal file. A forgotten "
                "passphrase cannot be recovered."
            )
        )
        intro.setWordWrap(True)
        self.current = _secret(t("Current passphrase"))
        self.new = _secret(t("New passphrase"))
        self.confirm = _secret(t("New passphrase again"))
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        if self.has_passphrase:
            form.addRow(t("&Current passphrase:"), self.current)
            form.addRow("", self._error_label("current"))
        else:
            self.current.hide()
        form.addRow(t("&New passphrase:"), self.new)
        form.addRow("", self._error_label("new"))
        form.addRow(t("New passphrase &again:"), self.confirm)
        form.addRow("", self._error_label("confirm"))
        self.new.setPlaceholderText(t("at least {n} characters").replace("{n}", str(MIN_LENGTH)))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(
            t("&Change passphrase") if self.has_passphrase else t("&Set passphrase")
        )
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.remove_button = QPushButton(t("&Remove passphrase"))
        self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.remove_button.setVisible(self.has_passphrase)  # after addButton, which shows it
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self.buttons.rejected.connect(self.reject)
        self.outcome = ""  # "set", "changed" or "removed" once done

        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        (self.current if self.has_passphrase else self.new).setFocus()

    def _error_label(self, field: str) -> QLabel:
        label = plain_label("", role="overdue")
        label.setWordWrap(True)
        label.hide()
        self.errors[field] = label
        return label

    def _show_errors(self, fields: dict[str, str]) -> None:
        for name, label in self.errors.items():
            label.setText(fields.get(name, ""))
            label.setVisible(name in fields)
        self.adjustSize()  # room for the message, which may wrap onto two lines
        edits = {"current": self.current, "new": self.new, "confirm": self.confirm}
        for name in ("current", "new", "confirm"):
            if name in fields:
                edits[name].setFocus()
                edits[name].selectAll()
                break

    def save(self) -> None:
        if self.new.text() != self.confirm.text():
            self._show_errors({"confirm": self.tr("The two new passphrases differ.")})
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.service.set_passphrase(self.new.text(), current=self.current.text())
        except ValidationError as error:
            self._show_errors(error.fields)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.outcome = "changed" if self.has_passphrase else "set"
        self.accept()

    def remove(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.service.remove_passphrase(self.current.text())
        except ValidationError as error:
            self._show_errors(error.fields)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.outcome = "removed"
        self.accept()
