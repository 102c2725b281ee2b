"""Backups in the main window: File > Backups… and Back up now, a backup when the window
closes, and one at most every 30 minutes while the journal changes (both set in Settings >
Backups, with how many daily and weekly backups rotation keeps).

Whether the journal changed is read from its files (size and time of the journal and its -wal:
every save in WAL mode appends to the -wal), which costs no database connection. Backups made
here never stop the window from closing: a failure is shown in the status bar or, on closing,
simply skipped (the next start makes one again).

A restore chosen in the Backups dialog is swapped in here, when the window closes: the window
asks the app to open the same journal again (`window.switch_to`, read by app.run_gui), and the
last close hook closes the journal's connections and renames the checked backup over it.

The backups' own code (`mentorjournal.backups`) loads when a backup is first made or listed,
not to install the feature: the first window paints sooner (issue 7, cold start).
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from ..settings import BACKUP_EVERY_MINUTES, BACKUP_ON_CLOSE, BACKUPS_DAILY, BACKUPS_WEEKLY
from ..store.errors import JournalError

if TYPE_CHECKING:
    from ..backups import Backup, Reason
    from .backups_dialog import BackupsDialog
    from .main_window import MainWindow

Signature = tuple[tuple[int, int], ...]
POLL_MS = 100


def file_signature(path: Path) -> Signature:
    """Size and modification time of the journal and its -wal (changes with every save)."""
    parts = []
    for p in (path, path.with_name(path.name + "-wal")):
        try:
            st = os.stat(p)
        except OSError:
            parts.append((-1, -1))
        else:
            parts.append((st.st_size, st.st_mtime_ns))
    return tuple(parts)


class BackupsFeature(QObject):
    """The backups of the window's journal (one per window, a child of it)."""

    def __init__(
        self, window: MainWindow, *, interval_ms: int | None = None, root: Path | None = None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.root = root
        self.dialog: BackupsDialog | None = None
        self.pending_restore: Path | None = None
        self.opened = file_signature(self.path)
        self.last_backup: Signature | None = None  # of the journal when we last backed it up
        self.worker: threading.Thread | None = None  # an automatic backup under way
        self._finished: Callable[[], None] = lambda: None
        t = window.tr
        self.act_backups = QAction(t("&Backups…"), window)
        self.act_backups.triggered.connect(lambda _checked=False: self.open_dialog())
        self.act_backup_now = QAction(t("Back &up now"), window)
        self.act_backup_now.triggered.connect(lambda _checked=False: self.back_up_now())
        self.timer = QTimer(self)
        if interval_ms is None:
            interval_ms = window.settings.get(BACKUP_EVERY_MINUTES) * 60 * 1000
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.auto_backup)
        self.timer.start()
        # Polls a worker's end. A child of this feature, so it dies with the window: a bare
        # QTimer.singleShot outlived it and reported to a deleted window.
        self._poll = QTimer(self)
        self._poll.setSingleShot(True)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(lambda: self._finished())

    @property
    def path(self) -> Path:
        return self.window.services.journal.path

    def changed(self) -> bool:
        """Has the journal changed since the last backup (or since it was opened)?"""
        reference = self.last_backup if self.last_backup is not None else self.opened
        return file_signature(self.path) != reference

    def _make(self, reason: Reason) -> Backup:
        from ..backups import make_backup

        settings = self.window.settings
        return make_backup(
            self.window.services.journal,
            reason,
            root=self.root,
            daily=settings.get(BACKUPS_DAILY),
            weekly=settings.get(BACKUPS_WEEKLY),
        )

    def back_up(self, reason: Reason) -> bool:
        """A backup now, on this thread (on closing: the window is hidden by then)."""
        from ..backups import Reason

        self.wait_for_backup()
        signature = file_signature(self.path)
        try:
            backup = self._make(reason)
        except JournalError as e:
            self.window.statusBar().showMessage(self.window.tr("No backup: {e}").format(e=e))
            return False
        self.last_backup = signature
        if reason != Reason.CLOSE:
            self._done(backup)
        return True

    def back_up_now(self) -> bool:
        """File > Back up now: a backup on the worker thread, like the automatic ones (seconds
        on a whole college's journal); the status bar says when it is done. Returns whether
        one was started (not while another is under way)."""
        from ..backups import Reason

        started = self._start_backup(Reason.MANUAL)
        if started:
            self.window.statusBar().showMessage(self.window.tr("Backing up…"))
        return started

    def auto_backup(self) -> bool:
        """Every 30 minutes: a backup if the journal changed since the last one, on a worker
        thread (a large journal takes a second or more; SQLite's backup step runs without the
        GIL, so the window keeps working). Returns whether one was started."""
        if self.worker is not None or not self.changed():
            return False
        from ..backups import Reason

        return self._start_backup(Reason.AUTO)

    def _start_backup(self, reason: Reason) -> bool:
        """A backup for `reason` on the worker thread, reported in the status bar when done."""
        if self.worker is not None:
            return False
        signature = file_signature(self.path)
        outcome: list[Backup | JournalError] = []

        def work() -> None:
            try:
                outcome.append(self._make(reason))
            except JournalError as e:
                outcome.append(e)

        def finished() -> None:
            if self.worker is None:
                return  # already reported (wait_for_backup ran it on closing)
            if self.worker.is_alive():
                self._poll.start()
                return
            self._poll.stop()
            self.worker = None
            result = outcome[0] if outcome else None
            if isinstance(result, JournalError):
                self.window.statusBar().showMessage(
                    self.window.tr("No backup: {e}").format(e=result)
                )
            elif result is not None:
                self.last_backup = signature
                self._done(result)

        self.worker = threading.Thread(target=work, name="mentorjournal-backup", daemon=True)
        self._finished = finished
        self.worker.start()
        self._poll.start()
        return True

    def wait_for_backup(self) -> None:
        """Let a backup running on the worker thread finish (before closing, restoring...)."""
        worker = self.worker
        if worker is not None:
            worker.join()
            self._finished()
        self._poll.stop()

    def _done(self, backup: Backup) -> None:
        self.window.statusBar().showMessage(
            self.window.tr("Backed up to {name}").format(name=backup.path.name), 5000
        )

    def open_dialog(self) -> BackupsDialog:
        from .backups_dialog import BackupsDialog

        self.wait_for_backup()
        dialog = BackupsDialog(self.window.services.journal, self.window, root=self.root)
        dialog.restore_ready.connect(self.restore_on_reopen)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def restore_on_reopen(self, prepared: Path) -> bool:
        """Close the window; the journal is swapped for `prepared` and opened again."""
        self.pending_restore = prepared
        self.window.switch_to = self.path
        if self.window.close():
            return True
        # The trainer kept the window (unsaved changes in an editor): nothing changes.
        self.pending_restore = None
        self.window.switch_to = None
        with contextlib.suppress(FileNotFoundError):
            prepared.unlink()
        return False

    def on_close(self) -> None:
        from ..backups import Reason, put_in_place

        self.timer.stop()
        self.wait_for_backup()
        prepared = self.pending_restore
        if prepared is None:
            if not self.window.settings.get(BACKUP_ON_CLOSE):
                return
            if self.last_backup is None or self.changed():
                self.back_up(Reason.CLOSE)
            return
        self.pending_restore = None
        journal = self.window.services.journal
        journal.close()  # every connection closed, so the -wal is folded in and gone
        try:
            put_in_place(prepared, journal.path, keep_current=False)
        except JournalError as e:
            with contextlib.suppress(FileNotFoundError):
                prepared.unlink()
            QMessageBox.warning(None, self.window.tr("Restore backup"), str(e))


def install(window: MainWindow) -> None:
    feature = BackupsFeature(window)
    window.backups = feature  # type: ignore[attr-defined]
    window.file_menu.insertAction(window.act_quit, feature.act_backups)
    window.file_menu.insertAction(window.act_quit, feature.act_backup_now)
    window.file_menu.insertSeparator(window.act_quit)
    window.close_hooks.append(feature.on_close)
