"""Tools > Check journal…: the full integrity and reference check, reported in plain words.

`store.integrity.full_check` reads every page, index and reference (about 0.3 s per 100 MB;
SQLite does the work without the GIL), so it runs on a worker thread while the dialog says
what is happening and the window stays responsive; a busy cursor shows meanwhile. The report
names what the journal holds and, per problem, a sentence a trainer can act on.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
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
from .formatting import count as locale_count
from .translation import translatable

if TYPE_CHECKING:
    from ..store.integrity import CheckReport, Finding
    from ..store.journal import Journal
    from .main_window import MainWindow

# What the summary line counts, in this order (plain names from store.integrity).
SHOWN = ("mentees", "sessions", "action items", "goals", "goal check-ins", "reflections")
# Every plain table name of store.integrity.PLAIN_NAMES, marked for the translators.
RECORD_NAMES = frozenset(
    (
        translatable("check_journal", "mentees"),
        translatable("check_journal", "sessions"),
        translatable("check_journal", "session attendees"),
        translatable("check_journal", "action items"),
        translatable("check_journal", "goals"),
        translatable("check_journal", "goal check-ins"),
        translatable("check_journal", "reflections"),
        translatable("check_journal", "skills"),
        translatable("check_journal", "skill ratings"),
        translatable("check_journal", "tags"),
        translatable("check_journal", "mentee tags"),
        translatable("check_journal", "session tags"),
        translatable("check_journal", "goal tags"),
        translatable("check_journal", "reflection tags"),
        translatable("check_journal", "session templates"),
        translatable("check_journal", "reflection templates"),
        translatable("check_journal", "journal settings"),
        translatable("check_journal", "backup key"),
        translatable("check_journal", "schema version"),
    )
)


def _tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    # Counted texts are Qt plurals ("%n", as self.tr(text, "", n)): Arabic has six forms,
    # French and Amharic two, English's are in its plurals-only file; the translations write
    # "%Ln" so the number takes the language's digits.
    return QCoreApplication.translate("check_journal", text, disambiguation or None, n)


def _records(name: str) -> str:
    """A plain table name in the trainer's language (an unknown table keeps its own name)."""
    return _tr(name) if name in RECORD_NAMES else name


def finding_text(finding: Finding) -> str:
    """One problem of the report as a translated sentence (SQLite's words stay as they are)."""
    if finding.kind == "dangling":
        return (
            _tr("{count} of the {records} refer to {other} that no longer exist.")
            .replace("{count}", locale_count(finding.count))
            .replace("{records}", _records(finding.records))
            .replace("{other}", _records(finding.refers_to))
        )
    if finding.kind == "index":
        return (
            _tr("An index of the {records} is out of step with the records ({detail}).")
            .replace("{records}", _records(finding.records))
            .replace("{detail}", finding.detail)
        )
    return _tr("The file's structure is damaged: {detail}.").replace("{detail}", finding.detail)


def repaired_text(what: str) -> str:
    """What the check put right, in a translated sentence. `what` is store.search_index's
    plain English account of the problem (what the CLI prints as is); the dialog says it in
    the trainer's language, as done, not as a fault."""
    if what == "The search index is missing.":
        return _tr("The search index was missing and has been rebuilt.")
    if "triggers are missing" in what:
        return _tr(
            "Parts of the search index that keep it up to date were missing; they are back "
            "and the index has been rebuilt."
        )
    if "damaged" in what:
        return _tr("The search index was damaged and has been rebuilt.")
    if "out of step" in what:
        return _tr("The search index was out of step with your records and has been rebuilt.")
    return _tr("The search index had a problem and has been rebuilt.")


# Counted with Qt plurals, not "{count} {name}": Arabic's noun changes with the number (one,
# two, three to ten, eleven and more), and "%Ln" in a translation gives the language's digits.
COUNTED = {
    "mentees": lambda n: _tr("%n mentee(s)", "", n),
    "sessions": lambda n: _tr("%n session(s)", "", n),
    "action items": lambda n: _tr("%n action item(s)", "", n),
    "goals": lambda n: _tr("%n goal(s)", "", n),
    "goal check-ins": lambda n: _tr("%n goal check-in(s)", "", n),
    "reflections": lambda n: _tr("%n reflection(s)", "", n),
}


def _holds(report: CheckReport) -> str:
    return ", ".join(COUNTED[name](report.rows.get(name, 0)) for name in SHOWN)


def describe(report: CheckReport) -> tuple[str, str]:
    """(headline, details) for `report`, in words, translated."""
    holds = _holds(report)
    if report.ok:
        repaired = [f"- {repaired_text(what)}" for what in report.repaired]
        headline = (
            _tr("Your journal is sound; the check put one thing right.")
            if len(repaired) == 1
            else _tr("Your journal is sound; the check put some things right.")
            if repaired
            else _tr("Your journal is sound: no problems found.")
        )
        lines = [*repaired, ""] if repaired else []
        lines += [
            _tr("Every page, index and link between records was checked."),
            _tr("It holds {holds}.").replace("{holds}", holds),
        ]
        return headline, "\n".join(lines)
    count = len(report.problems)
    headline = _tr("%n problem(s) found in your journal.", "", count)
    # The store's findings in parts, said here in the trainer's language; its English
    # sentences only if a report came without them.
    if len(report.findings) == count:
        lines = [f"- {finding_text(f)}" for f in report.findings]
    else:
        lines = [f"- {p}" for p in report.problems]
    lines += [
        "",
        _tr("It holds {holds}.").replace("{holds}", holds),
        _tr(
            "Your notes are still there. Make a copy of the journal file before changing "
            "anything, and restore the latest backup if you can."
        ),
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
        self.headline.setText(headline)
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
