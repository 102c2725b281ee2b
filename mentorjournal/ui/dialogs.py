"""Message boxes of the main window: confirmations before deleting, errors, the About box.

`confirm` is one function so tests can replace it (monkeypatch) instead of driving a modal box.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from .common import plain_label
from .icons import app_icon

if TYPE_CHECKING:  # only named in hints: importing it loads the mentee use cases
    from ..services import ErasurePreview


def _tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    # Counted texts are Qt plurals ("%n", as self.tr(text, "", n)): Arabic has six forms,
    # French and Amharic two, English's are in its plurals-only file; the translations write
    # "%Ln" so the number takes the language's digits.
    return QCoreApplication.translate("dialogs", text, disambiguation or None, n)


def confirm(parent: QWidget, title: str, text: str, details: str, action: str) -> bool:
    """Ask before something that cannot be undone; Cancel is the default answer."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setInformativeText(details)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is yes


def show_error(parent: QWidget, message: str) -> None:
    """A problem the trainer can act on (a JournalError), in its plain words."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Mentor Journal"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(message)
    box.exec()


def erasure_details(p: ErasurePreview) -> str:
    """What erasing a mentee removes, one line per kind of record, and that it is final."""
    lines = []
    if p.sessions:
        lines.append(_tr("• %n session(s) they attended alone", "", p.sessions))
    if p.group_sessions:
        lines.append(
            _tr("• their place in %n group session(s) (kept for the others)", "", p.group_sessions)
        )
    if p.action_items:
        lines.append(_tr("• %n action item(s)", "", p.action_items))
    if p.goals:
        lines.append(
            _tr("• {goals} with {check_ins}").format(
                goals=_tr("%n goal(s)", "", p.goals),
                check_ins=_tr("%n check-in(s)", "", p.check_ins),
            )
        )
    if p.reflections:
        lines.append(_tr("• %n reflection(s)", "", p.reflections))
    lines.append(_tr("• their profile, tags and private notes"))
    return _tr("This erases:") + "\n" + "\n".join(lines) + "\n\n" + _tr("This cannot be undone.")


class AboutDialog(QDialog):
    """Name, version, Qt and PySide versions, and which journal file is open."""

    def __init__(self, journal_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Mentor Journal"))
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        title = plain_label(self.tr("Mentor Journal"), object_name="pageTitle")
        self.version_label = plain_label(
            self.tr("Version {version}").format(version=__version__), selectable=True
        )
        blurb = plain_label(
            self.tr(
                "An offline journal for trainers who mentor learners: sessions, goals, "
                "action items and reflections, kept on this computer."
            ),
            wrap=True,
        )
        self.qt_label = plain_label(
            self.tr("Qt {qt} · PySide {pyside} · Python {python}").format(
                qt=qVersion(),
                pyside=PySide6.__version__,
                python=".".join(map(str, sys.version_info[:3])),
            ),
            role="muted",
            selectable=True,
        )
        self.path_label = plain_label(
            self.tr("Journal file: {path}").format(path=journal_path),
            wrap=True,
            selectable=True,
            role="muted",
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        text = QVBoxLayout()
        text.setSpacing(6)
        for w in (title, self.version_label, blurb, self.qt_label, self.path_label):
            text.addWidget(w)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def texts(self) -> str:
        """Everything the box says, for tests."""
        return "\n".join(label.text() for label in self.findChildren(QLabel) if label.text())
