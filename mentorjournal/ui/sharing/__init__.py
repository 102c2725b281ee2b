"""Sharing summaries from the main window: File > Share summary… (Ctrl+Shift+E), File >
Programme report…, and Mentee > Calendar file…, all through one Share dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from ...reports.share import Format, Scope
    from ..main_window import MainWindow
    from .dialog import ShareDialog


def open_share_dialog(
    window: MainWindow, scope: Scope | None = None, fmt: Format | None = None
) -> ShareDialog:
    """Open the Share dialog over `window` for its selected mentee (kept as window.share_dialog)."""
    from ...reports.share import Format, Scope
    from .dialog import ShareDialog

    mentee_id = window.current_mentee_id()
    if scope is None:
        scope = Scope.MENTEE if mentee_id is not None else Scope.PROGRAMME
    dialog = ShareDialog(
        window.services,
        mentee_id,
        window,
        today=window.today,
        scope=scope,
        fmt=fmt or Format.PDF,
    )
    dialog.saved.connect(
        lambda path: window.statusBar().showMessage(
            window.tr("Saved {path}").format(path=path), 8000
        )
    )
    dialog.finished.connect(dialog.deleteLater)
    window.share_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


def install(window: MainWindow) -> None:
    t = window.tr
    share = QAction(t("S&hare summary…"), window)
    share.setShortcut(QKeySequence("Ctrl+Shift+E"))
    share.setToolTip(t("Save or print a summary as PDF, Markdown, HTML, CSV or calendar file"))
    share.triggered.connect(lambda _checked=False: open_share_dialog(window))
    programme = QAction(t("P&rogramme report…"), window)
    programme.triggered.connect(lambda _checked=False: _programme(window))
    calendar = QAction(t("&Calendar file (.ics)…"), window)
    calendar.setToolTip(t("The next meeting and open action items, for a calendar program"))
    calendar.triggered.connect(lambda _checked=False: _calendar(window))
    window.mentee_actions.append(calendar)
    window.act_share = share  # type: ignore[attr-defined]
    window.act_programme_report = programme  # type: ignore[attr-defined]
    window.act_calendar = calendar  # type: ignore[attr-defined]

    file_menu = window.file_menu
    anchor = window.act_owner
    file_menu.insertAction(anchor, share)
    file_menu.insertAction(anchor, programme)
    file_menu.insertSeparator(anchor)
    window.mentee_menu.insertAction(window.act_rate_skills, calendar)
    window.toolbar.addAction(share)


def _programme(window: MainWindow) -> None:
    from ...reports.share import Scope

    open_share_dialog(window, Scope.PROGRAMME)


def _calendar(window: MainWindow) -> None:
    from ...reports.share import Format, Scope

    if window.current_mentee_id() is not None:
        open_share_dialog(window, Scope.MENTEE, Format.CALENDAR)
