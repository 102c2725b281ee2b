"""Running the slow passphrase step (age's scrypt) without freezing the window.

`PassphraseRunner` starts a `crypto.passphrase` job, which works in a child process (scrypt
holds the GIL, so a thread would not do), and polls it from a QTimer; the event loop keeps
turning, and the dialog shows a busy bar meanwhile. Tests measure the longest gap between
timer ticks while it runs.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from ...crypto import CryptoError
from ...crypto.passphrase import PassphraseJob

POLL_MS = 40


class PassphraseRunner(QObject):
    """One job at a time: `start(lambda: start_encrypt(data, pw))`; emits `finished(bytes)` or
    `failed(str)` (a plain message)."""

    finished = Signal(bytes)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job: PassphraseJob | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def running(self) -> bool:
        return self._job is not None

    def start(self, make_job: Callable[[], PassphraseJob]) -> bool:
        """Start the job; a file refused before any work (bad header, empty passphrase) fails
        at once. Returns whether a job is now running."""
        if self._job is not None:
            return False
        try:
            self._job = make_job()
        except CryptoError as error:
            self.failed.emit(str(error))
            return False
        self._timer.start()
        return True

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _poll(self) -> None:
        job = self._job
        if job is None or not job.done():
            return
        self._timer.stop()
        self._job = None
        try:
            result = job.result()
        except CryptoError as error:
            self.failed.emit(str(error))
            return
        self.finished.emit(result)
