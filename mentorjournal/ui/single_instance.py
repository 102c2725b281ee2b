"""One app per journal: a second start on the same journal brings the first window forward.

The first app to open a journal holds a QLockFile for it (path from `store.instance_lock`,
keyed by the journal's resolved path, so `./j.sqlite` and `/home/x/j.sqlite` are the same
journal) and listens on a QLocalServer named after the same key. A second start finds the
lock taken, asks the first over the local socket to show its window, and quits; if the first
does not answer (hung, or another user's session), it explains that the journal is open and
quits. Either way the journal is never open twice for writing. A lock left by a crashed app
is stale (its process is gone) and is taken over.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from ..store.instance_lock import cli_writer, journal_key, lock_path
from .translation import translatable

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

SHOW = b"show\n"
SHOWN = b"shown\n"
TIMEOUT_MS = 2000
START_WAIT_S = 10.0  # how long a second start waits for a first one that is still starting


def server_name(journal: Path) -> str:
    return f"mentorjournal-{journal_key(journal)}"


class SingleInstance(QObject):
    """The lock and the listening socket of one journal. `acquire()` first; if it fails,
    `ask_first_to_show()`. `show_requested` fires in the first app when a second starts."""

    show_requested = Signal()

    def __init__(self, journal: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.name = server_name(journal)
        self.lock = QLockFile(str(lock_path(journal)))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self.server: QLocalServer | None = None
        self.sockets: list[QLocalSocket] = []  # second starts talking to us

    def acquire(self) -> bool:
        """Take the journal's lock; True when this app may open it. Needs no QApplication;
        `serve()` starts answering once the application (and its event loop) exists."""
        return bool(self.lock.tryLock(0))

    def serve(self) -> None:
        """Listen for later starts on the same journal (after `acquire()` succeeded)."""
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # A socket file left by a crashed app: we hold the lock, so it is not in use.
            QLocalServer.removeServer(self.name)
            server.listen(self.name)
        server.newConnection.connect(self._answer)
        self.server = server

    def holder_pid(self) -> int:
        """The process id of the app holding the lock (0 if unknown)."""
        info = self.lock.getLockInfo()  # PySide6: (pid, hostname, appname), or a failure
        try:
            return int(info[0])
        except (TypeError, ValueError, IndexError):
            return 0

    def ask_first_to_show(self) -> bool:
        """Ask the app that has the journal open to bring its window forward; True if it
        answered."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        # The first app may still be starting (it listens once its window has painted).
        deadline = time.monotonic() + START_WAIT_S
        while True:
            socket.connectToServer(self.name)
            if socket.waitForConnected(TIMEOUT_MS):
                break
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.2)
        socket.write(SHOW)
        socket.flush()
        answered = False
        while socket.waitForReadyRead(TIMEOUT_MS):
            if bytes(socket.readAll().data()).startswith(SHOWN.strip()):
                answered = True
                break
        socket.disconnectFromServer()
        return answered

    def _answer(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            self.sockets.append(socket)
            socket.readyRead.connect(self._read_ready)
            if socket.canReadLine():
                self._read(socket)

    def _read_ready(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if socket.canReadLine() and socket.readLine().data() == SHOW:
            self.show_requested.emit()
            socket.write(SHOWN)
            socket.flush()

    def release(self) -> None:
        """Stop answering and give the journal's lock back (the window has closed)."""
        for socket in self.sockets:
            socket.readyRead.disconnect(self._read_ready)
            socket.abort()
        self.sockets.clear()
        if self.server is not None:
            self.server.newConnection.disconnect(self._answer)
            self.server.close()
            self.server = None
        self.lock.unlock()


def bring_forward(window: object) -> None:
    """Show `window` on top of the others (restored if minimised)."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QWidget

    assert isinstance(window, QWidget)
    if window.isMinimized():
        window.showNormal()
    window.show()
    if QGuiApplication.platformName() != "offscreen":  # offscreen warns it cannot raise
        window.raise_()
    window.activateWindow()


def claim(journal: Path) -> SingleInstance | None:
    """This app's hold on `journal`, or None when another app has it open: that app was asked
    to bring its window forward, or (no answer) the user is told the journal is open."""
    instance = SingleInstance(journal)
    if instance.acquire():
        # A CLI command (erase, import, restore) writing it now: not a second writer either.
        # Looked for after taking our lock; the command looks for ours after taking its own.
        writer = cli_writer(journal)
        if writer is None:
            return instance
        instance.release()
        _tell(
            translatable(
                "single_instance",
                "{journal} is being changed by a mentorjournal command{process}. Open it again "
                "when the command has finished.",
            ),
            journal,
            writer,
        )
        return None
    if not instance.ask_first_to_show():
        _tell(
            translatable(
                "single_instance",
                "{journal} is already open in Mentor Journal{process}. Switch to that window: "
                "a journal cannot be open twice.",
            ),
            journal,
            instance.holder_pid(),
        )
    return None


def _tell(text: str, journal: Path, pid: int | None) -> None:
    """Say `text` (a translatable source) in the trainer's language: a second start has no
    application nor translator yet, so both are made here."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ..settings import LANGUAGE
    from .settings.store import user_settings
    from .translation import install_language

    # This application lives until the box is answered (a second start has none yet).
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    install_language(app, user_settings().get(LANGUAGE))
    translate = QCoreApplication.translate
    process = translate("single_instance", " (process {pid})").format(pid=pid) if pid else ""
    shown = translate("single_instance", text).format(journal=journal, process=process)
    QMessageBox.information(None, "Mentor Journal", shown)
