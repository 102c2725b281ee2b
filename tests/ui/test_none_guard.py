"""The guard against PySide6 6.12.0 dropping references to None: a process that makes many
void Qt calls, then exits, must not abort ("Fatal Python error: none_dealloc")."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from mentorjournal.ui.none_guard import RESERVE, keep_none_alive, references_lost_per_call

# More void calls than there are references to None in a bare process (about 5,000).
CHILD = textwrap.dedent(
    """
    from PySide6.QtWidgets import QApplication, QWidget
    from mentorjournal.ui.none_guard import keep_none_alive
    app = QApplication([])
    keep_none_alive()
    widget = QWidget()
    for _ in range(50_000):
        widget.update()
    print("survived")
    """
)


def test_many_void_calls_then_exit_do_not_abort() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "survived" in done.stdout


def test_the_reserve_is_added_only_where_references_are_lost(qapp: object) -> None:
    lost = references_lost_per_call()
    before = sys.getrefcount(None)
    applied = keep_none_alive()
    if sys.version_info < (3, 12) and lost >= 1:
        assert applied and sys.getrefcount(None) > before + RESERVE // 2
    else:
        assert not applied
