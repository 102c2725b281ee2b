"""The dialog for an unexpected error (a bug), and the hooks that route every uncaught
exception and Qt warning to it and to the log file (DESIGN.md, convention 4).

Errors a trainer can act on (`JournalError`) are shown where they happen; anything else
lands here: a short explanation, a "Copy details" button, and the same details in the log.
The details hold code locations and exception types, never note text or names (see
mentorjournal/logs.py). The journal stays consistent on its own: every service call is one
transaction, rolled back whole when an exception leaves it.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..logs import LOGGER, log_exception, redact

log = logging.getLogger(LOGGER)


class ErrorDialog(QDialog):
    """Says that something unexpected happened; "Copy details" puts the details on the
    clipboard for a message to whoever supports the app."""

    def __init__(
        self, details: str, log_file: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.count = 0
        self._details: list[str] = []
        icon = QLabel()
        style = self.style()
        icon.setPixmap(
            style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(40, 40)
        )
        self.heading = QLabel(self.tr("Mentor Journal ran into a problem it did not expect."))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.explain = QLabel(
            self.tr(
                "What you were doing may not have finished. Everything saved before is safe "
                "in the journal, and text in an open editor is still there. If this happens "
                "again, copy the details and send them to whoever supports the app: they "
                "contain no notes and no names."
            )
        )
        self.log_label = QLabel(
            self.tr("The details are also in the log file: {path}").replace("{path}", str(log_file))
            if log_file is not None
            else self.tr("No log file could be written.")
        )
        for label in (self.heading, self.explain, self.log_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        self.log_label.setEnabled(False)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setAccessibleName(self.tr("Details"))
        self.details.setMinimumHeight(150)

        buttons = QDialogButtonBox()
        self.copy_button = buttons.addButton(
            self.tr("&Copy details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setAutoDefault(False)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy_details)
        self.close_button.clicked.connect(self.accept)

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(icon, 0)
        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.explain)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.log_label)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.add(details)

    def add(self, details: str) -> None:
        """Another error while the dialog is open: counted, its details appended."""
        self.count += 1
        self._details.append(details)
        if self.count > 1:
            self.heading.setText(
                self.tr("Mentor Journal ran into {n} problems it did not expect.").replace(
                    "{n}", str(self.count)
                )
            )
        self.details.setPlainText(self.full_details())

    def full_details(self) -> str:
        header = (
            f"Mentor Journal {__version__}, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}"
        )
        return "\n\n".join([header, *self._details])

    def copy_details(self) -> None:
        clipboard = QApplication.clipboard()
        clipboard.setText(self.full_details())
        self.copy_button.setText(self.tr("Copied"))


class ErrorReporter(QObject):
    """Receives uncaught exceptions (any thread) and shows them in one `ErrorDialog`."""

    _from_thread = Signal(str)

    def __init__(
        self, log_file: Path | None, parent_widget: Callable[[], QWidget | None] = lambda: None
    ) -> None:
        super().__init__()
        self.log_file = log_file
        self.parent_widget = parent_widget
        self.dialog: ErrorDialog | None = None
        self._from_thread.connect(self.show_details)

    def excepthook(
        self,
        exc_type: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, error, tb)
            return
        details = log_exception(exc_type, error, tb)
        if threading.current_thread() is threading.main_thread():
            self.show_details(details)
        else:
            self._from_thread.emit(details)  # queued to the GUI thread

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def show_details(self, details: str) -> ErrorDialog:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add(details)
            return self.dialog
        self.dialog = ErrorDialog(details, self.log_file, self.parent_widget())
        self.dialog.open()
        return self.dialog


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_handler(previous: Any) -> Callable[[QtMsgType, Any, str], None]:
    """Qt's warnings into the log (redacted), then on to the handler before ours."""

    def handle(kind: QtMsgType, context: Any, message: str) -> None:
        level = _QT_LEVELS.get(kind, logging.WARNING)
        if level >= logging.WARNING:
            logging.getLogger(f"{LOGGER}.qt").log(level, "%s", redact(message))
        if previous is not None:
            previous(kind, context, message)

    return handle


def install_error_handling(
    log_file: Path | None, parent_widget: Callable[[], QWidget | None] = lambda: None
) -> ErrorReporter:
    """Route uncaught exceptions of every thread and Qt's warnings to the reporter."""
    reporter = ErrorReporter(log_file, parent_widget)
    sys.excepthook = reporter.excepthook
    threading.excepthook = reporter.thread_excepthook
    handler = qt_message_handler(None)
    previous = qInstallMessageHandler(handler)
    if previous is not None:
        qInstallMessageHandler(qt_message_handler(previous))
    log.info("Mentor Journal %s started", __version__)
    return reporter


def start_error_handling() -> ErrorReporter:
    """What app.py calls once the QApplication exists: the log file, then the hooks. The
    dialog opens over whichever window is active."""
    from ..logs import setup_logging

    return install_error_handling(setup_logging(), QApplication.activeWindow)
