"""File > Backups…: the journal's backups with dates, reasons and sizes; Back up now; Restore;
encrypted backups on or off.

Restoring here does the careful part while the journal is still open (back up the current
state, write the chosen backup out beside the journal and run the full check on it), then
emits `restore_ready` with the checked file; the backups feature swaps it in when the window
closes and the app opens the journal again (ui/backups_feature.py). Backing up and restoring
run on a worker thread (ui/background.py): seconds on a whole college's journal.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..backups import (
    Backup,
    Reason,
    folder_for,
    list_backups,
    make_backup,
    prepare_restore,
)
from ..store.errors import JournalError
from .background import BackgroundWork
from .translation import translatable

if TYPE_CHECKING:
    from ..backups.keys import NewKey
    from ..store.journal import Journal
    from .backup_passphrase import BackupPassphraseDialog

REASONS = {
    Reason.CLOSE: translatable("BackupsDialog", "On closing"),
    Reason.AUTO: translatable("BackupsDialog", "While working"),
    Reason.MANUAL: translatable("BackupsDialog", "Backed up now"),
    Reason.MIGRATION: translatable("BackupsDialog", "Before a schema upgrade"),
    Reason.IMPORT: translatable("BackupsDialog", "Before an import"),
    Reason.RESTORE: translatable("BackupsDialog", "Before a restore"),
}


def local_time(backup: Backup, form: QLocale.FormatType) -> str:
    """When a backup was made, in the trainer's time zone and words."""
    when = QDateTime.fromSecsSinceEpoch(int(backup.taken_at.timestamp()))
    return QLocale().toString(when, form)


def human_size(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


class BackupsDialog(QDialog):
    """The list of backups and what can be done with them."""

    restore_ready = Signal(Path)  # a checked copy of the chosen backup, beside the journal

    def __init__(self, journal: Journal, parent: QWidget | None, root: Path | None = None):
        super().__init__(parent)
        self.journal = journal
        self.root = root
        self.passphrase_dialog: BackupPassphraseDialog | None = None
        self.setWindowTitle(self.tr("Backups"))
        self.where = QLabel()
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTreeWidget()
        # Named like the window (an existing translation): what a screen reader says on Tab.
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels(
            [self.tr("Made"), self.tr("Why"), self.tr("Size"), self.tr("Encrypted")]
        )
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        self.encryption = QLabel()
        self.encryption.setTextFormat(Qt.TextFormat.PlainText)
        self.encryption.setWordWrap(True)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)

        self.back_up_button = QPushButton(self.tr("&Back up now"))
        self.back_up_button.clicked.connect(self.back_up_now)
        # Backing up and restoring run on a worker thread: the window keeps answering.
        self.work = BackgroundWork(self)
        self.work.finished.connect(self._work_done)
        self.work.failed.connect(self._work_failed)
        self._restoring = False
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.encrypt_button = QPushButton()
        self.encrypt_button.clicked.connect(self.toggle_encryption)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.back_up_button, self.restore_button, self.encrypt_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.encryption)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(680, 440)
        self.reload()

    # --- what is shown ---------------------------------------------------------------------
    def reload(self) -> None:
        from ..backups.keys import key_status

        self.backups = list_backups(self.journal.path, root=self.root)
        self.table.clear()
        for b in self.backups:
            made = local_time(b, QLocale.FormatType.ShortFormat)
            item = QTreeWidgetItem(
                [
                    made,
                    self.tr(REASONS[b.reason]),
                    human_size(b.size),
                    self.tr("Yes") if b.encrypted else "",
                ]
            )
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addTopLevelItem(item)
        for column in range(4):
            self.table.resizeColumnToContents(column)
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)
        folder = folder_for(self.journal.path, self.root)
        self.where.setText(
            self.tr(
                "Backups are made when the journal closes, regularly while it changes "
                "(Settings > Backups), and before upgrades, imports and restores. "
                "They are kept in:\n{folder}"
            ).format(folder=folder)
        )
        status = key_status(self.journal)
        if status is None or not status.encrypt_backups:
            self.encryption.setText(self.tr("New backups are not encrypted."))
            self.encrypt_button.setText(self.tr("&Encrypt backups…"))
        else:
            self.encryption.setText(
                self.tr(
                    "New backups are encrypted to this journal's key; restoring one asks for "
                    "its passphrase. Key: {recipient}"
                ).format(recipient=status.recipient)
            )
            self.encrypt_button.setText(self.tr("&Stop encrypting"))
        self._update_buttons()

    def selected(self) -> Backup | None:
        item = self.table.currentItem()
        if item is None:
            return None
        return self.backups[self.table.indexOfTopLevelItem(item)]

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    # --- actions -----------------------------------------------------------------------------
    def back_up_now(self) -> bool:
        """A backup on a worker thread (seconds on a whole college's journal); the list and
        the status follow when it is made. Returns whether one was started."""
        journal, root = self.journal, self.root
        return self._start(
            lambda: make_backup(journal, Reason.MANUAL, root=root), self.tr("Backing up…")
        )

    def _start(self, work: Callable[[], object], message: str, restoring: bool = False) -> bool:
        if self.work.running():
            return False
        self._restoring = restoring
        for button in (self.back_up_button, self.restore_button, self.encrypt_button):
            button.setEnabled(False)
        self.status.setText(message)
        return self.work.start(work)

    def _work_ended(self) -> None:
        self.back_up_button.setEnabled(True)
        self.encrypt_button.setEnabled(True)
        self._update_buttons()

    def _work_done(self, outcome: object) -> None:
        self._work_ended()
        if isinstance(outcome, Path):  # a restore, written out and checked
            self.accept()
            self.restore_ready.emit(outcome)
            return
        assert isinstance(outcome, Backup)
        self.reload()
        self.status.setText(self.tr("Backed up ({size}).").format(size=human_size(outcome.size)))

    def _work_failed(self, error: object) -> None:
        assert isinstance(error, BaseException)
        self._work_ended()
        if not isinstance(error, JournalError):
            raise error  # a bug: the app's error dialog takes it
        if self._restoring:
            self.reload()
            self.status.setText("")
            QMessageBox.warning(self, self.tr("Restore backup"), str(error))
        else:
            self.status.setText(str(error))

    def reject(self) -> None:
        if self.work.running():
            return  # a backup or restore under way finishes (or fails) first
        super().reject()

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        made = local_time(backup, QLocale.FormatType.LongFormat)
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Replace the journal with the backup made {made}? Everything written since "
                "then will be gone from the journal; the journal as it is now is backed up "
                "first, so this can be undone."
            ).format(made=made),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if not backup.encrypted:
            self.restore(backup, [])
            return
        from .backup_passphrase import BackupPassphraseDialog

        dialog = BackupPassphraseDialog(self.journal.path, self, new=False, root=self.root)
        dialog.unlocked.connect(lambda secrets: self.restore(backup, secrets))
        dialog.finished.connect(dialog.deleteLater)
        self.passphrase_dialog = dialog
        dialog.open()

    def restore(self, backup: Backup, identities: list[str]) -> bool:
        """Back up the current state, write out and check `backup`, and hand it on
        (`restore_ready`), on a worker thread: seconds to a quarter of a minute on a big
        journal. Returns whether it started."""
        journal, root = self.journal, self.root

        def work() -> Path:
            make_backup(journal, Reason.RESTORE, root=root)
            # prepare_restore removes its half-written file itself when it fails.
            return prepare_restore(backup, journal.path, identities=identities)

        return self._start(work, self.tr("Restoring…"), restoring=True)

    def toggle_encryption(self) -> None:
        from ..backups.keys import key_status, set_encrypted_backups

        status = key_status(self.journal)
        if status is not None:
            set_encrypted_backups(self.journal, not status.encrypt_backups)
            self.reload()
            return
        from .backup_passphrase import BackupPassphraseDialog

        dialog = BackupPassphraseDialog(self.journal.path, self, new=True, root=self.root)
        dialog.key_made.connect(self._save_key)
        dialog.finished.connect(dialog.deleteLater)
        self.passphrase_dialog = dialog
        dialog.open()

    def _save_key(self, key: NewKey) -> None:
        from ..backups.keys import save_key

        try:
            save_key(self.journal, key, root=self.root)
        except (JournalError, OSError) as e:
            QMessageBox.warning(self, self.tr("Encrypt backups"), str(e))
        self.reload()
        self.status.setText(self.tr("From now on, backups are encrypted."))
