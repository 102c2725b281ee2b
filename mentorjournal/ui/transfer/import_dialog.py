"""File > Import…: open an export, see what it would change, pick the conflict rule, import.

Opening a passphrase-protected file runs the passphrase step in a child process (busy bar,
window responsive). A file encrypted to a key opens with an age identity file, or with this
journal's backup key (its passphrase unlocks the key, again in a child process). The preview
lists per kind what will be added, updated, in conflict or is unchanged; Import then runs
one transaction, after a backup. Reading the file against the journal and importing run off
the GUI thread with the busy bar (ui/background.py); the dialog stays until they end.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...crypto import CryptoError, keys
from ...crypto.keyring_store import PassphraseKeyring
from ...crypto.passphrase import start_decrypt
from ...services import Services
from ...store.errors import JournalError
from ..background import BackgroundWork
from ..formatting import count
from .export_dialog import journal_account
from .runner import PassphraseRunner
from .widgets import FileField, busy_bar, status_label

if TYPE_CHECKING:
    from ...transfer import Bundle, ImportPlan, ImportResult


class ImportDialog(QDialog):
    """Emits `imported()` after a successful import (the window reloads its lists)."""

    imported = Signal()

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        keyring: PassphraseKeyring | None = None,
    ) -> None:
        super().__init__(parent)
        from ...transfer import RULE_LABELS, ConflictRule

        self.services = services
        self.keyring = keyring or PassphraseKeyring()
        self.bundle: Bundle | None = None
        self.plan: ImportPlan | None = None
        self._data = b""
        self._key_files: list[Path] = []
        self.runner = PassphraseRunner(self)
        self.runner.finished.connect(self._decrypted)
        self.runner.failed.connect(self._failed)
        # Reading the file against the journal (preview) and importing, off the GUI thread:
        # seconds to minutes on a large journal.
        self.work = BackgroundWork(self)
        self.work.finished.connect(self._work_done)
        self.work.failed.connect(self._work_failed)
        self.setWindowTitle(self.tr("Import"))
        self.setMinimumWidth(560)

        self.file = FileField(self.tr("Choose…"), self)
        self.file.edit.setAccessibleName(self.tr("File to import"))
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(
            self.tr("The export's passphrase (or this journal's backup passphrase)")
        )
        self.identity = FileField(self.tr("Choose…"), self)
        self.identity.edit.setPlaceholderText(self.tr("Only for files encrypted to a key"))
        self.identity.edit.setAccessibleName(self.tr("Secret key file"))
        self.open_button = QPushButton(self.tr("Open", "button: open the chosen file"), self)
        form = QFormLayout()
        form.addRow(self.tr("File:"), self.file)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Secret key file:"), self.identity)
        form.addRow("", self.open_button)

        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Records"),
                self.tr("Added"),
                self.tr("Updated"),
                self.tr("Conflicts"),
                self.tr("Unchanged"),
            ]
        )
        self.table.setAccessibleName(self.tr("What the import changes"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # All ten kinds of record visible without scrolling.
        self.table.setMinimumHeight(330)
        self.rule = QComboBox(self)
        self.rule.setAccessibleName(self.tr("When a record was changed on both sides"))
        for rule in ConflictRule:
            self.rule.addItem(self.tr(RULE_LABELS[rule]), rule)
        self.rule_help = status_label(self)
        self.rule_help.setText(
            self.tr(
                "Records are matched by their id, so importing the same file twice changes "
                "nothing. 'Updated' records were changed in the file after this journal's "
                "copy; 'conflicts' were changed here later. Mentees and skills are never "
                "doubled: for them the newer version is kept."
            )
        )
        rule_form = QFormLayout()
        rule_form.addRow(self.tr("Records changed on both sides:"), self.rule)

        self.busy = busy_bar(self)
        self.status = status_label(self)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(rule_form)
        layout.addWidget(self.rule_help)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.open_button.clicked.connect(self.open_file)
        self.import_button.clicked.connect(self.run_import)
        close.clicked.connect(self.reject)
        self.file.button.clicked.connect(self._choose_file)
        self.identity.button.clicked.connect(self._choose_identity)
        self.file.edit.textChanged.connect(self._forget_preview)

        self.resize(640, 680)
        if self.keyring.status().usable:
            remembered = self.keyring.recall(journal_account(services))
            if remembered:
                self.passphrase.setText(remembered)

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import"), self.file.text(), self.tr("Exports (*.age *.json)")
        )
        if name:
            self.file.setText(name)

    def _choose_identity(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Secret key file"))
        if name:
            self.identity.setText(name)

    def _forget_preview(self) -> None:
        self.bundle = None
        self.plan = None
        self.import_button.setEnabled(False)
        self.table.setRowCount(0)

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self.busy.setVisible(busy)
        self.open_button.setEnabled(not busy)
        if message:
            self.status.setText(message)

    # --- opening -------------------------------------------------------------------------
    def open_file(self) -> None:
        from ...transfer import Protection, protection_of, read_file

        if self.runner.running() or self.work.running():
            return
        self._forget_preview()
        if not self.file.text():
            self.status.setText(self.tr("Choose the file to import."))
            return
        try:
            self._data = read_file(Path(self.file.text()).expanduser())
            kind = protection_of(self._data)
        except JournalError as error:
            self.status.setText(str(error))
            return
        if kind is Protection.PLAIN:
            self._decrypted(self._data)
            return
        passphrase = self.passphrase.text()
        if kind is Protection.PASSPHRASE:
            if not passphrase:
                self.status.setText(self.tr("This file is protected: enter its passphrase."))
                self.passphrase.setFocus()
                return
            self._set_busy(True, self.tr("Checking the passphrase…"))
            data = self._data
            self.runner.start(lambda: start_decrypt(data, passphrase))
            return
        self._open_with_key(passphrase)

    def _open_with_key(self, passphrase: str) -> None:
        if self.identity.text():
            try:
                text = Path(self.identity.text()).expanduser().read_text(encoding="utf-8")
                self._with_identities([keys.identity_from_text(text).secret])
            except (OSError, UnicodeDecodeError):
                self.status.setText(self.tr("The secret key file cannot be read."))
            except CryptoError as error:
                self.status.setText(str(error))
            return
        # This journal's own key, kept encrypted with its backup passphrase.
        try:
            from ...backups.keys import key_files

            self._key_files = key_files(self.services.journal.path)
        except ImportError:
            self._key_files = []
        if not self._key_files:
            self.status.setText(
                self.tr("This file was encrypted to a key. Choose the matching secret key file.")
            )
            return
        if not passphrase:
            self.status.setText(
                self.tr("Enter this journal's backup passphrase to open it with the journal's key.")
            )
            return
        key_data = self._key_files[0].read_bytes()
        self._set_busy(True, self.tr("Unlocking this journal's key…"))
        self.runner.start(lambda: start_decrypt(key_data, passphrase))

    def _decrypted(self, plain: bytes) -> None:
        from ...transfer import Protection, parse, preview_import, protection_of

        self._set_busy(False)
        try:
            if plain is not self._data and protection_of(self._data) is Protection.RECIPIENTS:
                # What came back is the journal's unlocked key file, not the export.
                from ...backups.keys import secret_from

                self._with_identities([secret_from(plain)])
                return
        except JournalError as error:
            self.status.setText(str(error))
            return
        # The bundle reads its records from the plaintext: the encrypted bytes can go.
        self._data = plain
        journal = self.services.journal

        def preview() -> tuple[Bundle, ImportPlan]:
            bundle = parse(plain)
            return bundle, preview_import(journal, bundle)

        self._start(preview, self.tr("Reading the file…"))

    def _start(self, work: Callable[[], object], message: str) -> None:
        self._set_busy(True, message)
        self.import_button.setEnabled(False)
        self.work.start(work)

    def _work_done(self, outcome: object) -> None:
        self._set_busy(False)
        if isinstance(outcome, tuple):  # the preview
            self.bundle, self.plan = outcome
            self._show_plan()
        else:
            from ...transfer import ImportResult

            assert isinstance(outcome, ImportResult)
            self._imported(outcome)

    def _work_failed(self, error: object) -> None:
        assert isinstance(error, BaseException)
        self._set_busy(False)
        if not isinstance(error, JournalError):
            raise error  # a bug: the app's error dialog takes it
        self.status.setText(str(error))
        self.import_button.setEnabled(self.bundle is not None and self.plan is not None)

    def _with_identities(self, identities: list[str]) -> None:
        try:
            plain = keys.decrypt(self._data, identities)
        except CryptoError as error:
            self.status.setText(str(error))
            return
        self._data = plain  # so that _decrypted treats it as the export itself
        self._decrypted(plain)

    def _failed(self, message: str) -> None:
        self._set_busy(False, message)

    def _show_plan(self) -> None:
        plan = self.plan
        assert plan is not None
        rows = [k for k in plan.kinds if k.added or k.updated or k.conflicts or k.unchanged]
        self.table.setRowCount(len(rows))
        for r, k in enumerate(rows):
            numbers = [k.added, k.updated, k.conflicts, k.unchanged]
            values = [self.tr(k.label), *(count(n) for n in numbers)]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        if plan.changes_anything:
            text = self.tr("{0} to add, {1} to update, {2} in conflict.").format(
                count(plan.added), count(plan.updated), count(plan.conflict_count)
            )
            if plan.conflicts:
                shown = "; ".join(f"{kind}: {what}" for kind, what in plan.conflicts[:5])
                more = len(plan.conflicts) - 5
                text += " " + self.tr("Conflicts: {0}").format(shown)
                if more > 0:
                    text += " " + self.tr("and {0} more.").format(count(more))
        else:
            text = self.tr("Everything in this file is already in the journal.")
        self.status.setText(text)
        self.import_button.setEnabled(plan.changes_anything)

    # --- importing -----------------------------------------------------------------------
    def run_import(self) -> None:
        from ...transfer import apply_import

        if self.bundle is None:
            return
        if self.work.running():
            return
        rule = self.rule.currentData()
        journal, bundle = self.services.journal, self.bundle
        self._start(lambda: apply_import(journal, bundle, rule), self.tr("Importing…"))

    def _imported(self, result: ImportResult) -> None:
        self.import_button.setEnabled(False)
        parts = [
            self.tr("{0} added").format(count(result.added)),
            self.tr("{0} updated").format(count(result.updated)),
        ]
        if result.copied:
            parts.append(self.tr("{0} added as copies").format(count(result.copied)))
        if result.kept:
            parts.append(self.tr("{0} kept as they were").format(count(result.kept)))
        self.status.setText(self.tr("Imported: {0}.").format(", ".join(parts)))
        self.bundle = None
        self.imported.emit()

    def reject(self) -> None:
        if self.work.running():
            return  # reading or importing: it finishes (or rolls back) first
        self.runner.cancel()
        super().reject()
