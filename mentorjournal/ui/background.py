"""Work on the whole journal on a worker thread, so the window keeps answering meanwhile.

Exporting the large benchmark journal takes ~5 s, previewing its import ~6 s, importing it
~20 s, backing it up ~0.7 s; ten times that for a whole college's journal. On the GUI thread
the window would freeze that long ("not responding"). `BackgroundWork` runs one callable on a
thread of its own and reports from the event loop (a QTimer owned by it polls the thread: no
signal crosses threads, and nothing fires after its owner is gone). The journal is safe to
use from there: every service call opens its own session, SQLAlchemy's pool hands the thread
its own SQLite connection, and WAL lets the window read meanwhile.

The thread is a daemon: if the app is killed or quits in the middle, an unfinished import's
transaction is rolled back by SQLite, and an unfinished export or backup leaves at most its
temporary file behind (backups sweep theirs).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

POLL_MS = 40


class BackgroundWork(QObject):
    """One piece of work at a time: `start(work)`; emits `finished(result)` or `failed(error)`
    (the exception `work` raised) on the GUI thread."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self._result: object = None
        self._error: BaseException | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def running(self) -> bool:
        return self._thread is not None

    def start(self, work: Callable[[], object]) -> bool:
        """Run `work` on a worker thread; False (and nothing started) while one runs."""
        if self._thread is not None:
            return False
        self._result, self._error = None, None
        self._thread = threading.Thread(
            target=self._run, args=(work,), name="mentorjournal-work", daemon=True
        )
        self._thread.start()
        self._timer.start()
        return True

    def wait(self) -> None:
        """Block until the work is done and report it (for tests and closing)."""
        if self._thread is not None:
            self._thread.join()
            self._poll()

    def _run(self, work: Callable[[], object]) -> None:
        try:
            self._result = work()
        except BaseException as error:  # handed to the GUI thread by _poll
            self._error = error

    def _poll(self) -> None:
        thread = self._thread
        if thread is None or thread.is_alive():
            return
        self._timer.stop()
        self._thread = None
        error, result = self._error, self._result
        self._result, self._error = None, None
        if error is not None:
            self.failed.emit(error)
        else:
            self.finished.emit(result)
