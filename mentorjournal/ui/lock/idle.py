"""The idle watcher: an application event filter that notices the trainer's hands, and a
timer that says "idle" when they have been away longer than the idle-lock time.

The clock counts time asleep: a laptop closed for lunch and opened again must come back
locked, and Linux's monotonic clock stops while suspended (CLOCK_BOOTTIME does not).
Tests pass a fake clock and call `check()`, or a short timeout.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QInputEvent, QInputMethodEvent
from PySide6.QtWidgets import QApplication

# What counts as someone at the keyboard. Paint, timer and focus events do not.
ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)

_INPUT = (QInputEvent, QInputMethodEvent)  # the classes of every ACTIVITY event

CHECK_EVERY_MS = 15_000  # how often the timer looks; at most this late after the idle time


def idle_clock() -> float:
    """Seconds on a clock that keeps running while the computer sleeps."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        return time.clock_gettime(boottime)
    return time.monotonic()  # Windows and macOS: already counts sleep


class IdleWatcher(QObject):
    """Emits `idle` once when nobody has used the app for `timeout_s()` seconds (0 = never);
    after that it waits for `restart()` (the app was unlocked)."""

    idle = Signal()

    def __init__(
        self,
        timeout_s: Callable[[], float],
        parent: QObject | None = None,
        clock: Callable[[], float] = idle_clock,
        check_every_ms: int = CHECK_EVERY_MS,
    ) -> None:
        super().__init__(parent)
        self.timeout_s = timeout_s
        self.clock = clock
        self.last_activity = clock()
        self.active = True
        self.timer = QTimer(self)
        self.timer.setInterval(check_every_ms)
        self.timer.timeout.connect(self.check)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.timer.start()

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Every event of the app comes here: paint and layout events (the most) are turned
        # away by a class check, cheaper than building the Python enum of event.type().
        if isinstance(event, _INPUT) and event.type() in ACTIVITY:
            self.last_activity = self.clock()
        return False

    def check(self) -> bool:
        """Emit `idle` when the idle time has passed; True if it did."""
        timeout = self.timeout_s()
        if not self.active or timeout <= 0:
            return False
        if self.clock() - self.last_activity < timeout:
            return False
        self.active = False
        self.idle.emit()
        return True

    def restart(self) -> None:
        self.last_activity = self.clock()
        self.active = True

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
