"""PySide6 must keep its references to None: 6.12.0 dropped one on every call of a method that
returns nothing, and on Python 3.11 (where None is not yet immortal) the app then aborted with
"Fatal Python error: none_dealloc" after a few thousand calls (one repaint of the search results
makes hundreds). pyproject.toml keeps PySide6 below 6.12 for that; these tests fail if a PySide6
with the fault is installed, before a trainer meets it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

# More void calls than there are references to None in a bare process (about 5,000).
CHILD = textwrap.dedent(
    """
    from PySide6.QtWidgets import QApplication, QWidget
    app = QApplication([])
    widget = QWidget()
    for _ in range(50_000):
        widget.update()
        widget.setObjectName("")
    print("survived")
    """
)


def test_void_calls_leave_references_to_none_alone(qapp: object) -> None:
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(1_000):
        probe.setObjectName("")
    # Other code may take or drop a handful meanwhile; the fault loses one per call.
    assert abs(sys.getrefcount(None) - before) < 100


def test_many_void_calls_then_exit_do_not_abort() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "survived" in done.stdout
