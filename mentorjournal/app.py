"""Composition root of the GUI: QApplication, look, journal, services, main window.

Everything is built here and passed down (no global singletons). Start-up stays light: no
matplotlib, PDF or encryption code, not even SQLAlchemy, SQLModel or pydantic, is imported on
the way to the first window (the mentee list is read with the standard library's sqlite3, see
`Journal.plain_reading`); this module imports only Qt at the top, and the journal's check starts
before the rest loads (see `run_gui`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from . import __version__
from .ui.pyside_imports import skip_feature_scan

# Before anything else is imported: every module loaded after PySide6 (the app's own,
# SQLAlchemy after the first paint, matplotlib...) would otherwise have its source read by
# PySide6's import hook (PYSIDE-2029; see ui/pyside_imports.py).
skip_feature_scan()

if TYPE_CHECKING:
    from .services import Services
    from .store.precheck import Precheck
    from .ui.main_window import MainWindow
    from .ui.single_instance import SingleInstance

APP_NAME = "Mentor Journal"
ORGANISATION = "Mentor Journal"


def build_main_window(services: Services) -> MainWindow:
    """The main window over `services` (also used by tests and the screenshot script)."""
    from .ui.main_window import MainWindow

    return MainWindow(services)


class _AfterFirstPaint(QObject):
    """Calls `then` from the event loop once `widget` has painted for the first time."""

    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.widget and event.type() == QEvent.Type.Paint:
            self.widget.removeEventFilter(self)
            # Posted now, run once this paint (children included) is done and on screen.
            QTimer.singleShot(0, self.widget, self.then)
        return False


def after_first_paint(widget: QWidget, then: Callable[[], object]) -> None:
    """Run `then` once `widget` is on screen: work the first screen does not need waits
    until the window is seen (a zero timer alone would run before the first paint)."""
    _AfterFirstPaint(widget, then)


def first_painted(window: MainWindow, instance: SingleInstance) -> Callable[[], None]:
    """What the app does once `window` has painted: open the first mentee (SQLAlchemy and
    SQLModel load then, with the first session: the window painted without them), then listen
    for later starts on its journal (QtNetwork loads then; a second start waits up to
    `ui.single_instance.START_WAIT_S` for a first one still starting)."""

    def run() -> None:
        window.show_first_mentee()
        instance.serve()

    return run


def await_verdict(precheck: Precheck, window: QWidget, refused: list[str]) -> None:
    """Poll `precheck` from the event loop; if it refuses the journal, put its message in
    `refused` and leave the event loop at once (no close hooks: nothing more is written)."""
    from .store.errors import JournalError

    timer = QTimer(window)
    timer.setInterval(25)

    def poll() -> None:
        if not precheck.done():
            return
        timer.stop()
        try:
            precheck.revision()
        except JournalError as error:
            refused.append(str(error))
            QApplication.exit(1)

    timer.timeout.connect(poll)
    timer.start()


def fallback_locale(system: QLocale) -> QLocale | None:
    """English (United Kingdom) when the system gives only the C locale (CI, minimal systems),
    whose dates read badly ("5 03 2026"); None to keep the system's own locale."""
    if system.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return None


def create_application(argv: list[str], theme: str = "light") -> QApplication:
    """The QApplication with name, organisation, icon and look set (reused if one exists);
    `theme` is the Settings choice: system, light, dark or contrast."""
    from .ui.icons import app_icon
    from .ui.style import apply_style

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    locale = fallback_locale(QLocale.system())
    if locale is not None:
        QLocale.setDefault(locale)  # dates read "5 Mar 2026" everywhere, editors included
    apply_style(app, theme)
    return app


@contextmanager
def style_sheet_held_back(app: QApplication) -> Iterator[None]:
    """Build widgets inside this block without the app's style sheet; it is set again (on
    the whole new widget tree at once) when the block ends, even if building failed.

    With a style sheet in force, Qt re-resolves the style of a whole subtree every time a
    widget is given a parent (`QWidgetPrivate::inheritStyle`), and a window is built by
    putting finished parts into their containers: on the main window that cost about as
    much CPU as creating the widgets. Nothing is polished or shown before the sheet is
    back, so the window looks exactly the same (the palette, font and theme colours that
    widgets read when they are made stay in force)."""
    sheet = app.styleSheet()
    app.setStyleSheet("")
    try:
        yield
    finally:
        app.setStyleSheet(sheet)


def run_gui(journal_path: Path, argv: list[str] | None = None) -> int:
    """Open (or create) the journal at `journal_path` and run the window until it closes.

    Returns the process exit code: 0 normally, 1 when the journal cannot be opened (the
    reason is shown to the user in plain words).
    """
    # Start-up order matters (benchmarks/run.py measures it): the journal's integrity check
    # reads the whole file in SQLite, without the GIL, so it runs on the other core while the
    # models, services and widgets are imported; nothing touches the file before its verdict.
    from .settings import LANGUAGE, LAST_JOURNAL, THEME
    from .store.precheck import Precheck
    from .ui.settings.store import user_settings

    settings = user_settings()
    journal_path = remembered_journal(journal_path, settings.get(LAST_JOURNAL))
    previous: Path | None = None  # the journal open before "Open another journal…"
    error_reporter = None
    while True:
        from .ui.single_instance import bring_forward, claim

        instance = claim(journal_path)  # open elsewhere: that window comes forward instead
        if instance is None:
            if previous is None:
                return 0
            journal_path, previous = previous, None
            continue
        precheck = Precheck.start(journal_path)
        from .services import Services
        from .store.errors import JournalError
        from .store.journal import open_journal
        from .ui.main_window import MainWindow  # the widgets' import overlaps the check too

        app = create_application(list(sys.argv if argv is None else argv), settings.get(THEME))
        from .ui.translation import install_language

        install_language(app, settings.get(LANGUAGE))
        if error_reporter is None:  # a bug from here on: log file and error dialog
            from .ui.error_dialog import start_error_handling

            error_reporter = start_error_handling()
        refused: list[str] = []
        try:
            # The window reads the journal while a huge journal's check still runs; writes
            # wait for its verdict, and a damaged journal is refused as before (untouched).
            journal = open_journal(
                journal_path, create=previous is None, precheck=precheck, verdict_later=True
            )
            try:
                with style_sheet_held_back(app):
                    window = MainWindow(
                        Services.for_journal(journal), first_mentee=False, settings=settings
                    )
            except Exception:
                journal.close()
                precheck.revision()  # a damaged page read early: say so, not "a bug"
                raise
        except JournalError as error:
            instance.release()
            from .ui.restore_offer import offer_restore

            # Damaged, empty, not a journal...: offer its latest good backup (the file is
            # kept aside untouched); None when there is nothing to offer.
            offered = offer_restore(journal_path, error)
            if offered:
                continue  # the backup is in place: open it
            if offered is None:
                QMessageBox.critical(None, APP_NAME, str(error))
            if previous is None:
                return 1
            journal_path, previous = previous, None  # back to the journal that was open
            continue
        try:
            # The window paints with its list filled first; then the first mentee's brief
            # follows, and it answers later starts on this journal (one that comes meanwhile
            # waits for that).
            after_first_paint(window, first_painted(window, instance))
            await_verdict(precheck, window, refused)
            instance.show_requested.connect(lambda w=window: bring_forward(w))
            window.show()
            smoke_test = os.environ.get("MENTORJOURNAL_SMOKE_TEST")
            if smoke_test:  # release check of a bundle or install (packaging/build_bundle.py)
                from .ui.smoke import start_smoke_test

                start_smoke_test(window, smoke_test)
            code = app.exec()
            switch_to = window.switch_to
            window.deleteLater()
        finally:
            journal.close()
            instance.release()
        if refused:  # damaged: shown and closed; never switched to, never remembered
            QMessageBox.critical(None, APP_NAME, refused[0])
            if previous is None:
                return 1
            journal_path, previous = previous, None
            continue
        if switch_to is None:
            return code
        settings.set(LAST_JOURNAL, str(switch_to))
        previous, journal_path = journal_path, switch_to


def remembered_journal(journal_path: Path, last: str) -> Path:
    """The journal last opened with "Open another journal…" when the app is started on the
    default journal (no --db, no MENTORJOURNAL_DB) and that file still exists."""
    from .store.paths import default_journal_path

    if last and journal_path == default_journal_path() and Path(last).is_file():
        return Path(last)
    return journal_path
