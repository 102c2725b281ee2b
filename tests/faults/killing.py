"""The scaffolding of the killed-app tests: a child process runs the real app on a journal and
types into an editor until the editor's autosave has kept the draft; then it is killed with
SIGKILL (no handler runs, nothing is cleaned up: a flat battery, a crash) and the app is
started again on the same journal in the test's process, where the restore prompt must offer
that one draft. Each test says what its child typed and what must come back.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from pytestqt.qtbot import QtBot

from mentorjournal.services import Services
from mentorjournal.store import open_journal
from mentorjournal.ui.drafts.restore import RestoreDraftsDialog
from mentorjournal.ui.main_window import MainWindow
from tests.ui.restore_prompt import restore_prompt

HERE = Path(__file__).parent


def kill_once_drafted(child: str, args: list[str], env: dict[str, str]) -> None:
    """Run the script `child` (beside this module) with `args` in the environment `env` (the
    `app_env` fixture) until it says it has typed and its draft was kept in the journal, then
    kill it with SIGKILL."""
    process = subprocess.Popen(
        [sys.executable, str(HERE / child), *args],
        stdout=subprocess.PIPE,
        env=env,
        text=True,
        encoding="utf-8",
    )
    assert process.stdout is not None
    try:
        lines: list[str] = []
        while not lines or not lines[-1].startswith("KEPT"):
            line = process.stdout.readline()
            assert line, "the app ended before it kept a draft"
            lines.append(line.strip())
        assert lines[-2:] == ["TYPED", "KEPT journal"]
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL


@dataclass
class Restarted:
    """The app started again after the kill: its services, window and restore prompt."""

    services: Services
    window: MainWindow
    prompt: RestoreDraftsDialog


@contextmanager
def restarted(journal_path: Path, qtbot: QtBot) -> Iterator[Restarted]:
    """Start the app again on the journal, its window shown, and wait for the restore prompt,
    which must offer exactly one draft. The window closes when the test's block ends well;
    the journal closes in any case."""
    journal = open_journal(journal_path)
    try:
        services = Services.for_journal(journal)
        window = MainWindow(services)
        qtbot.addWidget(window)
        prompt = restore_prompt(qtbot, window)
        assert prompt.heading.text() == "1 unsaved draft from last time"
        yield Restarted(services, window, prompt)
        window.close()
    finally:
        journal.close()
