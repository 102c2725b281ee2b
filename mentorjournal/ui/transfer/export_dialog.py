"""File > Export journal…: the whole journal or chosen mentees, as one file.

Encryption choices: a passphrase (default; "Generate" suggests six random words, a strength
hint follows what is typed, "Remember on this computer" is off by default and disabled with
the reason where there is no usable keyring), people's public keys (age1... recipients), or
plain JSON with a warning. The journal is read, encrypted (the passphrase step in a child
process) and written off the GUI thread, with a busy bar (ui/background.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...crypto import CryptoError, keys
from ...crypto.keyring_store import PassphraseKeyring
from ...models import JournalInfo
from ...services import Services
from ...store.errors import JournalError
from ..background import BackgroundWork
from ..formatting import count
from ..screen_fit import fit_height, scrolling
from ..style import ColourRole, colour
from .passwords import strength, suggest_passphrase
from .widgets import FileField, busy_bar, status_label

if TYPE_CHECKING:
    from ...transfer import BundleStream

# Theme roles, not fixed colours: they read on the dark and high-contrast themes too.
STRENGTH_COLOURS: tuple[ColourRole, ...] = ("warning", "amber", "good", "good")


def journal_account(services: Services) -> str:
    """The keyring entry for this journal's export passphrase."""
    with services.journal.reading() as s:
        public_id = s.connection().execute(sa.select(JournalInfo.public_id)).scalar()  # type: ignore[call-overload]
    return f"export:{public_id}"


def own_recipient(services: Services) -> str | None:
    """This journal's public key (made when encrypted backups were turned on), if any."""
    try:
        from ...backups.keys import key_status

        status = key_status(services.journal)
    except (ImportError, JournalError):
        return None
    return status.recipient if status is not None else None


class ExportDialog(QDialog):
    """Choose what to export and how to protect it; emits `exported(path)` when written."""

    exported = Signal(Path)

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        keyring: PassphraseKeyring | None = None,
        mentee_ids: list[int] | None = None,
        ticked: list[int] | None = None,
    ) -> None:
        """`mentee_ids`: start with "chosen mentees" and these ticked. `ticked`: start with
        the whole journal, these ticked in case the trainer switches (the current mentee)."""
        super().__init__(parent)
        self.services = services
        self.keyring = keyring or PassphraseKeyring()
        self.account = journal_account(services)
        # Reading, encrypting (the passphrase step in a child process) and writing, off the
        # GUI thread: the whole journal takes seconds.
        self.work = BackgroundWork(self)
        self.work.finished.connect(self._written)
        self.work.failed.connect(self._failed)
        self._pending_out: Path | None = None
        self._pending_passphrase = ""
        self._stream: BundleStream | None = None  # the export being written
        self._counts: dict[str, int] = {}
        self.setWindowTitle(self.tr("Export journal"))
        self.setMinimumWidth(560)

        # What
        self.whole = QRadioButton(self.tr("The whole journal"), self)
        self.chosen = QRadioButton(self.tr("Chosen mentees, with their whole history:"), self)
        self.mentees = QListWidget(self)
        self.mentees.setAccessibleName(self.tr("Mentees to export"))
        first_ticked: QListWidgetItem | None = None
        for summary in services.mentees.list_summaries():
            item = QListWidgetItem(summary.full_name, self.mentees)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = summary.id in (mentee_ids or ticked or [])
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            if checked and first_ticked is None:
                first_ticked = item
        self.mentees.setMaximumHeight(130)
        if first_ticked is not None:
            self.mentees.scrollToItem(first_ticked)
        (self.chosen if mentee_ids else self.whole).setChecked(True)
        self.include_private = QCheckBox(
            self.tr("Include private notes and private reflections (moving your own journal)"),
            self,
        )
        what = QGroupBox(self.tr("What to export"), self)
        what_layout = QVBoxLayout(what)
        for w in (self.whole, self.chosen, self.mentees, self.include_private):
            what_layout.addWidget(w)

        # How
        self.by_passphrase = QRadioButton(self.tr("Encrypt with a passphrase"), self)
        self.by_recipient = QRadioButton(self.tr("Encrypt to people's keys (age1…)"), self)
        self.plain = QRadioButton(self.tr("No encryption (plain JSON)"), self)
        self.how_group = QButtonGroup(self)
        for b in (self.by_passphrase, self.by_recipient, self.plain):
            self.how_group.addButton(b)
        self.by_passphrase.setChecked(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.generate = QPushButton(self.tr("Generate"), self)
        self.show_passphrase = QCheckBox(self.tr("Show"), self)
        self.strength = status_label(self)
        self.remember = QCheckBox(self.tr("Remember the passphrase on this computer"), self)
        self.remember_why = status_label(self)
        self.recipients = QLineEdit(self)
        self.recipients.setPlaceholderText(self.tr("age1… (several: separate with spaces)"))
        self.recipients.setAccessibleName(self.tr("Recipients"))
        self.own = status_label(self)
        self.own.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.plain_warning = status_label(self)
        self.plain_warning.setText(
            self.tr(
                "Anyone who gets the file can read everything in it. Use this only on a "
                "computer and a storage device you trust."
            )
        )
        how = QGroupBox(self.tr("Protection"), self)
        how_layout = QVBoxLayout(how)
        how_layout.addWidget(self.by_passphrase)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.show_passphrase)
        row.addWidget(self.generate)
        how_layout.addLayout(row)
        how_layout.addWidget(self.strength)
        how_layout.addWidget(self.remember)
        how_layout.addWidget(self.remember_why)
        how_layout.addWidget(self.by_recipient)
        how_layout.addWidget(self.recipients)
        how_layout.addWidget(self.own)
        how_layout.addWidget(self.plain)
        how_layout.addWidget(self.plain_warning)

        self.file = FileField(self.tr("Choose…"), self)
        self.file.edit.setAccessibleName(self.tr("Export file"))
        form = QFormLayout()
        form.addRow(self.tr("Save as:"), self.file)

        self.busy = busy_bar(self)
        self.status = status_label(self)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)

        # The choices scroll on a short screen (Amharic or Arabic at 150 % is taller than
        # 768 px); the progress, the status line and the buttons stay below them.
        choices = QWidget(self)
        fields = QVBoxLayout(choices)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addWidget(what)
        fields.addWidget(how)
        fields.addLayout(form)
        fields.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(choices), 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.export_button.clicked.connect(self.start_export)
        self.close_button.clicked.connect(self.reject)
        self.generate.clicked.connect(self.generate_passphrase)
        self.show_passphrase.toggled.connect(self._show_passphrase)
        self.passphrase.textChanged.connect(self._update_strength)
        self.file.button.clicked.connect(self._choose_file)
        for b in (self.whole, self.chosen, self.by_passphrase, self.by_recipient, self.plain):
            b.toggled.connect(self._update)
        self._setup_keyring()
        recipient = own_recipient(services)
        self.own.setText(
            self.tr("This journal's own key, for others to send to: {0}").format(recipient)
            if recipient
            else ""
        )
        self.own.setVisible(bool(recipient))
        self.file.setText(str(Path.home() / "mentor-journal.age"))
        self._update_strength()
        self._update()
        # Room for the wrapped explanations (a laptop screen is 768 pixels high).
        self.resize(620, 700)
        fit_height(self)

    # --- state ---------------------------------------------------------------------------
    def _setup_keyring(self) -> None:
        status = self.keyring.status()
        self.remember.setChecked(False)  # off by default: workshop laptops are shared
        self.remember.setEnabled(status.usable)
        if not status.usable:
            self.remember_why.setText(
                self.tr("Not available: {0}. Everything else works without it.").format(
                    status.reason
                )
            )
            return
        remembered = self.keyring.recall(self.account)
        if remembered:
            self.passphrase.setText(remembered)
            self.remember.setChecked(True)

    def _update(self) -> None:
        self.mentees.setEnabled(self.chosen.isChecked())
        by_passphrase = self.by_passphrase.isChecked()
        for w in (self.passphrase, self.generate, self.show_passphrase, self.strength):
            w.setEnabled(by_passphrase)
        self.remember.setEnabled(by_passphrase and self.keyring.status().usable)
        self.recipients.setEnabled(self.by_recipient.isChecked())
        self.plain_warning.setVisible(self.plain.isChecked())
        name = self.file.text()
        if name:
            stem = Path(name)
            wanted = ".json" if self.plain.isChecked() else ".age"
            if stem.suffix.lower() in (".json", ".age") and stem.suffix.lower() != wanted:
                self.file.setText(str(stem.with_suffix(wanted)))

    def _show_passphrase(self, shown: bool) -> None:
        self.passphrase.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )

    def generate_passphrase(self) -> None:
        try:
            self.passphrase.setText(suggest_passphrase())
        except RuntimeError as error:
            self.status.setText(str(error))
            return
        # A generated passphrase must be written down: show it.
        self.show_passphrase.setChecked(True)

    def _update_strength(self) -> None:
        hint = strength(self.passphrase.text())
        self.strength.setText(self.tr("Strength: {0}").format(self.tr(hint.text)))
        self.strength.setStyleSheet(f"color: {colour(STRENGTH_COLOURS[hint.level]).name()}")

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export journal"), self.file.text(), self.tr("Exports (*.age *.json)")
        )
        if name:
            self.file.setText(name)

    def chosen_mentee_ids(self) -> list[int] | None:
        if self.whole.isChecked():
            return None
        ids = []
        for row in range(self.mentees.count()):
            item = self.mentees.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    # --- exporting -------------------------------------------------------------------------
    def start_export(self) -> None:
        """Check the choices, then read, encrypt (the passphrase way in a child process) and
        write the export on a worker thread; `exported` when it is saved."""
        from ...transfer import BundleStream, export_file

        if self.work.running():
            return
        out_text = self.file.text()
        if not out_text:
            self.status.setText(self.tr("Choose where to save the export."))
            return
        out = Path(out_text).expanduser()
        mentee_ids = self.chosen_mentee_ids()
        if mentee_ids == []:
            self.status.setText(self.tr("Tick at least one mentee, or export the whole journal."))
            return
        recipients: list[str] = []
        if self.by_recipient.isChecked():
            try:
                recipients = [keys.parse_recipient(r) for r in self.recipients.text().split()]
            except CryptoError as error:
                self.status.setText(str(error))
                return
            if not recipients:
                self.status.setText(self.tr("Enter at least one recipient (age1…)."))
                return
        passphrase = self.passphrase.text()
        if self.by_passphrase.isChecked() and not passphrase:
            self.status.setText(self.tr("Enter a passphrase, or press Generate."))
            return
        stream = BundleStream(
            self.services.journal,
            mentee_ids=mentee_ids,
            include_private=self.include_private.isChecked(),
        )
        self._pending_out = out
        self._stream = stream
        by_passphrase = self.by_passphrase.isChecked()
        self._pending_passphrase = passphrase if by_passphrase else ""

        def export() -> dict[str, int]:
            # Written to the file as it is read (encrypted on the way): never whole in memory.
            if by_passphrase:
                export_file(out, stream, passphrase=passphrase)
            else:
                export_file(out, stream, recipients=recipients)
            return stream.counts

        self._set_busy(True, self.tr("Exporting…"))
        self.work.start(export)

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self.busy.setVisible(busy)
        self.export_button.setEnabled(not busy)
        if message:
            self.status.setText(message)

    def _failed(self, error: object) -> None:
        from ...transfer import ExportCancelled

        assert isinstance(error, BaseException)
        if not isinstance(error, JournalError):
            self._set_busy(False, "")
            raise error  # a bug: the app's error dialog takes it
        self._set_busy(False, str(error))
        if isinstance(error, ExportCancelled):
            super().reject()  # what Cancel asked for, now that nothing is left half-written

    def _written(self, counts: object) -> None:
        self._set_busy(False)
        assert isinstance(counts, dict)
        self._counts = counts
        self._saved()

    def _saved(self) -> None:
        out = self._pending_out
        assert out is not None
        if self.by_passphrase.isChecked():
            if self.remember.isChecked() and self.remember.isEnabled():
                try:
                    self.keyring.remember(self.account, self._pending_passphrase)
                except CryptoError as error:
                    self.status.setText(str(error))
            else:
                self.keyring.forget(self.account)
        self._pending_passphrase = ""
        total = sum(self._counts.values())
        self.status.setText(self.tr("Saved {0} ({1} records).").format(str(out), count(total)))
        self.exported.emit(out)

    def reject(self) -> None:
        if self.work.running():
            # Stopped at the next batch of records: the half-written file is removed (and an
            # encrypting child stopped) before the dialog closes, in `_failed`.
            if self._stream is not None:
                self._stream.cancel()
            self.status.setText(self.tr("Cancelling…"))
            return
        super().reject()
