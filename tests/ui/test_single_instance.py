"""One app per journal: a second start brings the first window forward (or explains), the
CLI's erase refuses while the app has the journal open, and a crashed app's lock is stale."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from mentorjournal.models import MenteeInput
from mentorjournal.services import Services
from mentorjournal.store import open_journal
from mentorjournal.store.instance_lock import holder, journal_key, lock_path
from mentorjournal.ui.single_instance import SingleInstance, claim


@pytest.fixture
def app_env(tmp_path: Path) -> dict[str, str]:
    """The environment of an app started by a test: offscreen, its own settings folder."""
    config = tmp_path / "config"
    config.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config)}
    env.pop("MENTORJOURNAL_DB", None)
    return env


def _app(journal: Path, env: dict[str, str], *extra: str) -> list[str]:
    return [sys.executable, "-m", "mentorjournal", "--db", str(journal), *extra]


@pytest.fixture
def first_app(journal_path: Path, app_env: dict[str, str]) -> Iterator[subprocess.Popen[str]]:
    """The real app, in its own process, with `journal_path` open."""
    with open_journal(journal_path) as journal:
        Services.for_journal(journal).mentees.create(MenteeInput(full_name="Sara Tesfaye"))
    proc = subprocess.Popen(
        _app(journal_path, app_env),
        env=app_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 90
    while holder(journal_path) is None:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the app did not take its journal"
        time.sleep(0.1)
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.communicate(timeout=30)


def test_the_same_journal_spelled_two_ways_has_one_lock(tmp_path: Path) -> None:
    journal = tmp_path / "j.sqlite"
    journal.touch()
    (tmp_path / "sub").mkdir()
    assert journal_key(tmp_path / "sub" / ".." / "j.sqlite") == journal_key(journal)
    link = tmp_path / "link.sqlite"
    link.symlink_to(journal)
    assert lock_path(link) == lock_path(journal)
    assert journal_key(tmp_path / "other.sqlite") != journal_key(journal)


def test_second_start_asks_the_first_to_show_its_window(
    qtbot: QtBot, journal_path: Path, app_env: dict[str, str]
) -> None:
    first = SingleInstance(journal_path)
    assert first.acquire()
    first.serve()
    asked: list[bool] = []
    first.show_requested.connect(lambda: asked.append(True))
    before = journal_path.read_bytes()
    try:
        second = subprocess.Popen(
            _app(journal_path, app_env),
            env=app_env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        qtbot.waitUntil(lambda: bool(asked), timeout=90_000)
        _out, err = second.communicate(timeout=60)
    finally:
        first.release()
    assert second.returncode == 0, err
    # The second app never opened the journal: not a byte written, no -wal beside it.
    assert journal_path.read_bytes() == before
    assert not journal_path.with_name(journal_path.name + "-wal").exists()


def test_unanswered_second_start_explains_that_the_journal_is_open(
    qapp: object, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentorjournal.ui import single_instance

    monkeypatch.setattr(single_instance, "START_WAIT_S", 0.5)
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _parent, _title, text: told.append(text))
    )
    # A first app that holds the lock but does not answer (hung, or another session).
    lock = QLockFile(str(lock_path(journal_path)))
    assert lock.tryLock(0)
    try:
        assert claim(journal_path) is None
    finally:
        lock.unlock()
    assert len(told) == 1
    assert "already open in Mentor Journal" in told[0]
    assert f"process {os.getpid()}" in told[0]


def test_the_explanation_is_in_the_trainers_language(
    qapp: QApplication, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second start has no window yet; its message still follows the language setting."""
    from mentorjournal.settings import LANGUAGE
    from mentorjournal.ui import single_instance
    from mentorjournal.ui.settings.store import user_settings
    from mentorjournal.ui.translation import install_language

    monkeypatch.setattr(single_instance, "START_WAIT_S", 0.5)
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _parent, _title, text: told.append(text))
    )
    user_settings().set(LANGUAGE, "fr")
    lock = QLockFile(str(lock_path(journal_path)))
    assert lock.tryLock(0)
    try:
        assert claim(journal_path) is None
    finally:
        lock.unlock()
        user_settings().set(LANGUAGE, "system")
        install_language(qapp, "en")
    assert told == [
        f"{journal_path} est déjà ouvert dans Mentor Journal (processus {os.getpid()}). "
        "Passez à cette fenêtre : un journal ne peut pas être ouvert deux fois."
    ]


def test_two_real_apps_and_the_cli(
    first_app: subprocess.Popen[str], journal_path: Path, app_env: dict[str, str]
) -> None:
    assert holder(journal_path) == first_app.pid

    second = subprocess.run(
        _app(journal_path, app_env), env=app_env, capture_output=True, text=True, timeout=90
    )
    assert second.returncode == 0, second.stderr
    assert first_app.poll() is None  # the first app goes on

    erase = _app(journal_path, app_env, "erase", "--mentee", "Sara Tesfaye", "--yes")
    refused = subprocess.run(erase, env=app_env, capture_output=True, text=True, timeout=90)
    assert refused.returncode == 1
    assert "open in the Mentor Journal app" in refused.stderr
    assert f"process {first_app.pid}" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1  # one plain line, no traceback

    first_app.send_signal(signal.SIGKILL)  # even a crashed app's lock does not stay
    first_app.wait(timeout=30)
    assert holder(journal_path) is None
    done = subprocess.run(erase, env=app_env, capture_output=True, text=True, timeout=90)
    assert done.returncode == 0, done.stderr
    with open_journal(journal_path) as journal:
        assert Services.for_journal(journal).mentees.list_summaries() == []


def test_lock_of_a_killed_app_is_taken_over(journal_path: Path) -> None:
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from pathlib import Path\n"
            "from mentorjournal.ui.single_instance import SingleInstance\n"
            "s = SingleInstance(Path(sys.argv[1]))\n"
            "print(s.acquire(), flush=True)\n"
            "time.sleep(120)\n",
            str(journal_path),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "True"
        assert holder(journal_path) == child.pid
        assert SingleInstance(journal_path).acquire() is False
    finally:
        child.kill()
        child.wait(timeout=30)
    again = SingleInstance(journal_path)
    assert again.acquire()
    again.release()
