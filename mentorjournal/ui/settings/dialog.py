"""The Settings dialog (Edit > Settings…, Ctrl+,): journal file, language, theme, default
session cadence, backups, idle lock and the keyring.

Preferences go to the settings registry (mentorjournal/settings.py); the default session
cadence is the journal's own (it travels with the journal), saved through the owner service.
A value that cannot be kept is explained next to its field and nothing is saved.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...models import JournalOwnerFields
from ...services import Services
from ...settings import (
    BACKUP_EVERY_MINUTES,
    BACKUP_ON_CLOSE,
    BACKUPS_DAILY,
    BACKUPS_WEEKLY,
    IDLE_LOCK_MINUTES,
    LANGUAGE,
    REMEMBER_PASSPHRASE,
    THEME,
    Setting,
    Settings,
)
from ...store.errors import JournalError, ValidationError
from ..translation import translatable

LANGUAGES = (
    ("system", translatable("SettingsDialog", "Same as the system")),
    ("en", "English"),
    ("fr", "Français"),
    ("am", "አማርኛ (Amharic)"),
    ("ar", "العربية (Arabic)"),
)
THEMES = (
    ("system", translatable("SettingsDialog", "Same as the system")),
    ("light", translatable("SettingsDialog", "Light")),
    ("dark", translatable("SettingsDialog", "Dark")),
    ("contrast", translatable("SettingsDialog", "High contrast")),
)


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setProperty("role", "muted")  # the theme's muted colour (readable when dark)
    return label


def breakable_path(path: Path) -> str:
    """A file path that a word-wrapping label can break after each folder: a path has no
    spaces, so without these zero-width spaces a long one would be cut off."""
    return str(path).replace("/", "/\u200b").replace("\\", "\\\u200b")


class SettingsDialog(QDialog):
    """Edit the settings; OK saves them all or, if one cannot be kept, none."""

    journal_switch_requested = Signal(Path)

    def __init__(
        self,
        settings: Settings,
        services: Services,
        parent: QWidget | None = None,
        keyring_reason: str | None = None,
    ) -> None:
        """`keyring_reason`: why the system keyring cannot be used here (None: it can)."""
        super().__init__(parent)
        self.settings = settings
        self.services = services
        self.setWindowTitle(self.tr("Settings"))
        self.errors: dict[str, QLabel] = {}
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        # Every page's name in view (long in Amharic at 150 %), not behind scroll arrows.
        self.tabs.setUsesScrollButtons(False)
        self.tabs.addTab(self._general(), self.tr("&General"))
        self.tabs.addTab(self._sessions(), self.tr("&Sessions"))
        self.tabs.addTab(self._backups(), self.tr("&Backups"))
        self.tabs.addTab(self._privacy(keyring_reason), self.tr("&Privacy"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        # At least the room the pages ask for (long translations, 150 % text), with the
        # wrapped lines counted: a fixed size cut them off.
        hint = self.sizeHint()
        self.resize(max(560, hint.width()), max(420, hint.height()))
        self.tabs.tabBar().setFocus()  # keyboard users start on the page tabs

    # --- pages ---------------------------------------------------------------------------------
    def _form(self) -> tuple[QWidget, QFormLayout]:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        return page, form

    def _error_label(self, key: str) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setProperty("role", "overdue")  # the theme's warning colour
        label.hide()
        self.errors[key] = label
        return label

    def _spin(self, setting: Setting[int], suffix: str = "") -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(setting.minimum or 0, setting.maximum or 9999)
        spin.setValue(self.settings.get(setting))
        if suffix:
            spin.setSuffix(suffix)
        spin.setAccessibleName(self.tr(setting.label))
        return spin

    def _general(self) -> QWidget:
        page, form = self._form()
        path = self.services.journal.path
        self.journal_label = QLabel(breakable_path(path))
        self.journal_label.setTextFormat(Qt.TextFormat.PlainText)
        self.journal_label.setWordWrap(True)
        self.journal_label.setToolTip(str(path))
        self.journal_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_other = QPushButton(self.tr("&Open another journal…"))
        self.open_other.clicked.connect(self._choose_journal)
        # The path gets the whole width of the page (not beside the button, where a long one
        # in a long translation ran out of room), the button the line below.
        form.addRow(QLabel(self.tr("Journal file:")))
        form.addRow(self.journal_label)
        row = QHBoxLayout()
        row.addWidget(self.open_other)
        row.addStretch(1)
        form.addRow(row)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES:
            self.language.addItem(self.tr(name) if code == "system" else name, code)
        self.language.setCurrentIndex(self.language.findData(self.settings.get(LANGUAGE)))
        form.addRow(self.tr("&Language:"), self.language)
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        for code, name in THEMES:
            self.theme.addItem(self.tr(name), code)
        self.theme.setCurrentIndex(self.theme.findData(self.settings.get(THEME)))
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(_note(self.tr("Language and theme apply the next time the app starts.")))
        return page

    def _sessions(self) -> QWidget:
        page, form = self._form()
        self.cadence = QSpinBox()
        self.cadence.setRange(1, 365)
        self.cadence.setSuffix(self.tr(" days"))
        self.cadence.setValue(self.services.owner.get().default_cadence_days)
        self.cadence.setAccessibleName(self.tr("Default time between sessions"))
        form.addRow(self.tr("&Default time between sessions:"), self.cadence)
        form.addRow(self._error_label("cadence"))
        form.addRow(
            _note(
                self.tr(
                    "Used for mentees without a cadence of their own: the brief and the "
                    "dashboard say when a meeting is due. Kept in the journal."
                )
            )
        )
        return page

    def _backups(self) -> QWidget:
        page, form = self._form()
        self.backup_on_close = QCheckBox(self.tr("Back up when the app &closes"))
        self.backup_on_close.setChecked(self.settings.get(BACKUP_ON_CLOSE))
        form.addRow(self.backup_on_close)
        self.backup_every = self._spin(BACKUP_EVERY_MINUTES, self.tr(" min"))
        form.addRow(self.tr("While you work, at most every:"), self.backup_every)
        self.backups_daily = self._spin(BACKUPS_DAILY)
        form.addRow(self.tr("Daily backups kept:"), self.backups_daily)
        self.backups_weekly = self._spin(BACKUPS_WEEKLY)
        form.addRow(self.tr("Weekly backups kept:"), self.backups_weekly)
        form.addRow(
            _note(
                self.tr(
                    "Backups are copies of the whole journal in your user data folder, made "
                    "with SQLite's backup function. A backup is always made before an upgrade "
                    "and before an import."
                )
            )
        )
        return page

    def _privacy(self, keyring_reason: str | None) -> QWidget:
        page, form = self._form()
        self.idle_lock = self._spin(IDLE_LOCK_MINUTES, self.tr(" min"))
        self.idle_lock.setSpecialValueText(self.tr("Never"))
        form.addRow(self.tr("Lock after &idle time:"), self.idle_lock)
        form.addRow(
            _note(
                self.tr(
                    "When the journal has a passphrase, the app hides everything and asks for "
                    "it again after this long without use."
                )
            )
        )
        self.remember = QCheckBox(self.tr("&Remember export passphrases on this computer"))
        self.remember.setChecked(self.settings.get(REMEMBER_PASSPHRASE))
        form.addRow(self.remember)
        if keyring_reason:
            self.remember.setChecked(False)
            self.remember.setEnabled(False)
            form.addRow(_note(self.tr("Not available: {why}.").format(why=keyring_reason)))
        else:
            form.addRow(
                _note(self.tr("Off by default: anyone using this computer could then use them."))
            )
        return page

    # --- actions -------------------------------------------------------------------------------
    def _choose_journal(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open another journal"),
            str(self.services.journal.path.parent),
            self.tr("Mentor Journal files (*.sqlite *.db);;All files (*)"),
        )
        if name:
            self.journal_switch_requested.emit(Path(name))
            self.reject()

    def save(self) -> bool:
        """Save every setting, or none (the reason next to its field); True when saved."""
        for label in self.errors.values():
            label.hide()
        values: list[tuple[Setting[str] | Setting[int] | Setting[bool], object]] = [
            (LANGUAGE, self.language.currentData()),
            (THEME, self.theme.currentData()),
            (BACKUP_ON_CLOSE, self.backup_on_close.isChecked()),
            (BACKUP_EVERY_MINUTES, self.backup_every.value()),
            (BACKUPS_DAILY, self.backups_daily.value()),
            (BACKUPS_WEEKLY, self.backups_weekly.value()),
            (IDLE_LOCK_MINUTES, self.idle_lock.value()),
            (REMEMBER_PASSPHRASE, self.remember.isEnabled() and self.remember.isChecked()),
        ]
        problems = [p for s, v in values if (p := s.problem(v)) is not None]
        if problems:  # the widgets keep values in range; this guards the registry's rules
            self._show("cadence", problems[0])
            return False
        owner = self.services.owner.get()
        if owner.default_cadence_days != self.cadence.value():
            try:
                self.services.owner.update(
                    JournalOwnerFields(
                        owner_name=owner.owner_name,
                        institution=owner.institution,
                        default_cadence_days=self.cadence.value(),
                    )
                )
            except ValidationError as error:
                self._show("cadence", "; ".join(error.fields.values()))
                self.tabs.setCurrentIndex(1)
                return False
            except JournalError as error:
                self._show("cadence", str(error))
                self.tabs.setCurrentIndex(1)
                return False
        for setting, value in values:
            self.settings.set_checked(setting, value)
        self.accept()
        return True

    def _show(self, key: str, message: str) -> None:
        label = self.errors[key]
        label.setText(message)
        label.show()
