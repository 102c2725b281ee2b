"""The passphrase of the journal's backup key: asked to restore an encrypted backup, or chosen
when encrypted backups are turned on.

The slow passphrase step (scrypt, 1-2 s, holds the GIL) runs in a child process
(`crypto.passphrase.start_*`); a timer polls it, so the window keeps turning meanwhile.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from ..crypto.passphrase import PassphraseJob

POLL_MS = 40


class BackupPassphraseDialog(QDialog):
    """`new=False`: unlock the keys in the backup folder; emits `unlocked(list[str])` with the
    secret keys. `new=True`: choose a passphrase for a new key; emits `key_made(NewKey)`."""

    unlocked = Signal(list)
    key_made = Signal(object)

    def __init__(
        self, journal_path: Path, parent: QWidget | None, *, new: bool, root: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.journal_path = journal_path
        self.new = new
        self.root = root
        self._job: PassphraseJob | None = None
        self._pending: list[Path] = []
        self._secrets: list[str] = []
        self._recipient = ""
        self.setWindowTitle(self.tr("Encrypt backups") if new else self.tr("Backup passphrase"))
        intro = QLabel(
            self.tr(
                "Backups will be encrypted to a key of this journal, protected by this "
                "passphrase. Only restoring a backup asks for it. Without it, encrypted "
                "backups cannot be restored: keep it somewhere safe."
            )
            if new
            else self.tr("This backup is encrypted. Enter the passphrase of the journal's backups.")
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        if new:
            form.addRow(self.tr("&Repeat:"), self.repeat)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)
        self.setMinimumWidth(420)

    def start(self) -> None:
        """OK: check what was typed, then start the slow step in a child process."""
        from ..crypto.errors import CryptoError

        text = self.passphrase.text()
        if not text:
            self._say(self.tr("Enter the passphrase."))
            return
        if self.new and text != self.repeat.text():
            self._say(self.tr("The two passphrases differ."))
            return
        self._busy(True)
        try:
            if self.new:
                self._start_new_key(text)
            else:
                from ..backups.keys import key_files

                self._pending = key_files(self.journal_path, root=self.root)
                self._secrets = []
                if not self._pending:
                    self._busy(False)
                    self._say(self.tr("The key of these backups is missing from their folder."))
                    return
                self._next_key()
        except CryptoError as e:
            self._busy(False)
            self._say(str(e))

    def _start_new_key(self, passphrase: str) -> None:
        from ..backups.keys import identity_text
        from ..crypto.keys import generate_identity
        from ..crypto.passphrase import start_encrypt

        pair = generate_identity()
        self._recipient = pair.recipient
        text = identity_text(pair.secret, pair.recipient, datetime.now(UTC))
        self._say(self.tr("Protecting the key with the passphrase…"))
        self._job = start_encrypt(text.encode("ascii"), passphrase)
        self.timer.start()

    def _next_key(self) -> None:
        from ..crypto.passphrase import start_decrypt

        path = self._pending.pop(0)
        self._say(self.tr("Unlocking the backup key…"))
        self._job = start_decrypt(path.read_bytes(), self.passphrase.text())
        self.timer.start()

    def _poll(self) -> None:
        from ..crypto.errors import CryptoError, WrongPassphrase

        job = self._job
        if job is None or not job.done():
            return
        self.timer.stop()
        self._job = None
        try:
            result = job.result()
        except WrongPassphrase:
            result = None
        except CryptoError as e:
            self._busy(False)
            self._say(str(e))
            return
        if self.new:
            from ..backups.keys import NewKey

            assert result is not None
            self.key_made.emit(NewKey(self._recipient, result))
            self.accept()
            return
        if result is not None:
            from ..backups.keys import secret_from

            self._secrets.append(secret_from(result))
        if self._pending:
            self._next_key()
        elif self._secrets:
            self.unlocked.emit(self._secrets)
            self.accept()
        else:
            self._busy(False)
            self._say(self.tr("The passphrase does not open this journal's backups."))
            self.passphrase.selectAll()
            self.passphrase.setFocus()

    def reject(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None
        self.timer.stop()
        super().reject()

    def _busy(self, busy: bool) -> None:
        self.passphrase.setEnabled(not busy)
        self.repeat.setEnabled(not busy)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not busy)

    def _say(self, text: str) -> None:
        self.status.setText(text)
