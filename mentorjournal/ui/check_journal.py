"""Tools > Check journal…: the full integrity and reference check, reported in plain words.

`store.integrity.full_check` reads every page, index and reference (about 0.3 s per 100 MB;
SQLite does the work without the GIL), so it runs on a worker thread while the dialog says
what is happening and the window stays responsive; a busy cursor shows meanwhile. The report
names what the journal holds and, per problem, a sentence a trainer can act on.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..store.errors import JournalError
from .common import plain_label

if TYPE_CHECKING:
    from ..store.integrity import CheckReport
    from ..store.journal import Journal
    from .main_window import MainWindow

# What the summary line counts, in this order (plain names from store.integrity).
SHOWN = ("mentees", "sessions", "action items", "goals", "goal check-ins", "reflections")


def describe(report: CheckReport) -> tuple[str, str]:
    """(headline, details) for `report`, in words."""
    holds = ", ".join(f"{report.rows.get(name, 0)} {name}" for name in SHOWN)
    if report.ok:
        return (
            "Your journal is sound: no problems found.",
            f"Every page, index and link between records was checked.\nIt holds {holds}.",
        )
    count = len(report.problems)
    headline = f"{count} problem{'s' if count != 1 else ''} found in your journal."
    lines = [f"- {p}" for p in report.problems]
    lines += [
        "",
        f"It holds {holds}.",
        "Your notes are still there. Make a copy of the journal file before changing "
        "anything, and restore the latest backup if you can.",
    ]
    return headline, "\n".join(lines)


class CheckJournalDialog(QDialog):
    """Runs the check on a worker thread and shows the report; `report` once done."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.setWindowTitle(self.tr("Check journal"))
        self.report: CheckReport | None = None
        self.error: str | None = None
        self.headline = plain_label(self.tr("Checking the journal… (a few seconds at most)"))
        self.headline.setObjectName("checkHeadline")
        self.headline.setProperty("role", "strong")
        self.headline.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Check report"))
        self.details.setMinimumSize(520, 180)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)
        self._outcome: list[object] = []
        self._poll = QTimer(self)
        self._poll.setInterval(30)
        self._poll.timeout.connect(self._check_done)

    def start(self) -> None:
        from ..store.integrity import full_check

        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

        def work() -> None:
            try:
                self._outcome.append(full_check(self.journal))
            except JournalError as error:
                self._outcome.append(error)
            except Exception as error:  # a bug: shown as one, raised on the GUI thread
                self._outcome.append(error)

        self._thread = threading.Thread(target=work, name="check-journal", daemon=True)
        self._thread.start()
        self._poll.start()

    def _check_done(self) -> None:
        if not self._outcome:
            return
        self._poll.stop()
        QGuiApplication.restoreOverrideCursor()
        self.buttons.setEnabled(True)
        outcome = self._outcome[0]
        if isinstance(outcome, JournalError):
            self.error = str(outcome)
            self.headline.setText(self.tr("The journal could not be checked."))
            self.details.setPlainText(self.error)
            return
        if isinstance(outcome, Exception):
            self.headline.setText(self.tr("The check stopped on an unexpected error."))
            raise outcome
        from ..store.integrity import CheckReport

        assert isinstance(outcome, CheckReport)
        self.report = outcome
        headline, details = describe(outcome)
        self.headline.setText(self.tr(headline))
        self.details.setPlainText(details)


def check_journal(window: MainWindow) -> CheckJournalDialog:
    """Open the dialog (window-modal, with open()) and start the check."""
    dialog = CheckJournalDialog(window.services.journal, window)
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    window.check_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    dialog.start()
    return dialog


def install(window: MainWindow) -> None:
    action = QAction(window.tr("C&heck journal…"), window)
    action.setToolTip(window.tr("Check every page, index and link of the journal"))
    action.triggered.connect(lambda _checked=False: check_journal(window))
    window.act_check_journal = action  # type: ignore[attr-defined]
    window.tools_menu.addSeparator()
    window.tools_menu.addAction(action)
