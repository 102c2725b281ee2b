"""A second writer while the app holds the journal: every CLI command that writes it (erase,
import, backup --restore) refuses in one plain line with status 1 and the journal untouched;
the reading ones still work, and `check` reports what it would repair instead of writing.

The app's hold is the real one: a QLockFile at `lock_path(journal)`, as ui/single_instance.py
takes it (the test process itself plays the app).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

from mentorjournal.__main__ import main
from mentorjournal.models import MenteeInput
from mentorjournal.services import Services
from mentorjournal.store import open_journal
from mentorjournal.store.instance_lock import holder, lock_path

NEWCOMER = "Yonas Girma"


class AppHold:
    """The app's lock on a journal, taken and let go by the test."""

    def __init__(self, journal: Path) -> None:
        self.lock = QLockFile(str(lock_path(journal)))
        self.journal = journal

    def take(self) -> None:
        assert self.lock.tryLock(0)
        assert holder(self.journal) == os.getpid()

    def release(self) -> None:
        self.lock.unlock()
        assert holder(self.journal) is None


@pytest.fixture
def app(demo_path: Path) -> Iterator[AppHold]:
    hold = AppHold(demo_path)
    yield hold
    if hold.lock.isLocked():
        hold.release()


def _export_with_a_newcomer(tmp_path: Path) -> Path:
    """A plain export from another journal, holding a mentee the demo journal lacks."""
    other = tmp_path / "other.sqlite"
    with open_journal(other, create=True) as journal:
        Services.for_journal(journal).mentees.create(MenteeInput(full_name=NEWCOMER))
    out = tmp_path / "newcomer.json"
    assert main(["export", "--db", str(other), "--out", str(out), "--plain"]) == 0
    return out


def _names(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {str(r[0]) for r in conn.execute("SELECT full_name FROM mentee")}
    finally:
        conn.close()


def _folder(path: Path) -> dict[str, bytes]:
    """The journal and whatever SQLite keeps beside it, byte for byte."""
    return {p.name: p.read_bytes() for p in sorted(path.parent.iterdir()) if p.is_file()}


WRITERS = {
    "erase": lambda name, export: ["erase", "--yes", "--mentee", name],
    "import": lambda name, export: ["import", str(export)],
    "restore": lambda name, export: ["backup", "--restore", "1", "--yes"],
}


@pytest.mark.parametrize("command", list(WRITERS))
def test_writing_commands_refuse_while_the_app_has_the_journal_open(
    demo_path: Path,
    tmp_path: Path,
    app: AppHold,
    capsys: pytest.CaptureFixture[str],
    command: str,
) -> None:
    exports = tmp_path / "exports"
    exports.mkdir()
    export = _export_with_a_newcomer(exports)
    # A backup to restore (taken now; the restore would then undo the erase below).
    assert main(["backup", "--db", str(demo_path)]) == 0
    name = sorted(_names(demo_path))[0]
    if command == "restore":  # so that restoring the backup is a change to see
        assert main(["erase", "--db", str(demo_path), "--yes", "--mentee", name]) == 0
    capsys.readouterr()
    args = [*WRITERS[command](name, export), "--db", str(demo_path)]
    names_before = _names(demo_path)
    before = _folder(demo_path)

    app.take()
    status = main(args)
    captured = capsys.readouterr()
    assert status == 1
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err  # one plain line, no traceback
    assert lines[0].startswith("mentorjournal: ")
    assert "is open in the Mentor Journal app" in lines[0]
    assert f"process {os.getpid()}" in lines[0] and "nothing was changed" in lines[0]
    assert captured.out == ""
    assert _folder(demo_path) == before  # byte-identical, nothing beside it

    # Once the app is closed, the same command does its work.
    app.release()
    assert main(args) == 0, capsys.readouterr().err
    after = _names(demo_path)
    if command == "erase":
        assert after == names_before - {name}
    elif command == "import":
        assert after == names_before | {NEWCOMER}
    else:
        assert after == names_before | {name}


def test_reading_commands_and_a_dry_run_still_work_while_the_app_has_it_open(
    demo_path: Path, tmp_path: Path, app: AppHold, capsys: pytest.CaptureFixture[str]
) -> None:
    export = _export_with_a_newcomer(tmp_path)
    names = _names(demo_path)
    app.take()
    db = ["--db", str(demo_path)]
    for args in (
        ["mentees"],
        ["backup"],  # a copy beside, in the backups folder: reads the journal only
        ["backup", "--list"],
        ["import", "--dry-run", str(export)],
        ["export", "--plain", "--out", str(tmp_path / "again.json")],
        ["report", "--all", "--format", "md", "--out", str(tmp_path / "report.md")],
        ["check"],
    ):
        assert main([*args, *db]) == 0, (args, capsys.readouterr().err)
    assert "Dry run: nothing was changed." in capsys.readouterr().out
    assert _names(demo_path) == names


def _search_index_exists(path: Path) -> bool:
    conn = sqlite3.connect(path)
    try:
        found = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_index'"
        ).fetchone()
        return found is not None
    finally:
        conn.close()


def test_check_repairs_the_search_index_only_when_the_app_is_not_holding_the_journal(
    demo_path: Path, app: AppHold, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = sqlite3.connect(demo_path)
    conn.execute("DROP TABLE search_index")
    conn.commit()
    conn.close()
    before = _folder(demo_path)

    app.take()
    assert main(["check", "--db", str(demo_path)]) == 0  # not damage: the records are whole
    out = capsys.readouterr().out
    assert "Not repaired: The search index is missing." in out
    assert "Tools > Check journal" in out
    assert "No problems found." in out
    assert not _search_index_exists(demo_path)
    assert _folder(demo_path) == before  # the check wrote nothing at all

    app.release()
    assert main(["check", "--db", str(demo_path)]) == 0
    out = capsys.readouterr().out
    assert "Repaired: The search index is missing. It was rebuilt." in out
    assert "Not repaired" not in out
    assert _search_index_exists(demo_path)


# --- a command writing bars the others (and the app: tests/ui/test_cli_writer_lock.py) ------


def test_a_command_writing_the_journal_bars_a_second_writing_command(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from mentorjournal.store.instance_lock import cli_writer, writing_from_cli

    name = sorted(_names(demo_path))[0]
    assert cli_writer(demo_path) is None
    with writing_from_cli(demo_path):  # an import, say, still running
        assert cli_writer(demo_path) == os.getpid()
        status = main(["erase", "--db", str(demo_path), "--yes", "--mentee", name])
        captured = capsys.readouterr()
        assert status == 1
        (line,) = captured.err.splitlines()
        assert "is being changed by another mentorjournal command" in line
        assert f"process {os.getpid()}" in line and "nothing was changed" in line
        assert name in _names(demo_path)
    assert cli_writer(demo_path) is None
    assert main(["erase", "--db", str(demo_path), "--yes", "--mentee", name]) == 0
    assert name not in _names(demo_path)


def test_a_killed_command_leaves_no_bar_behind(demo_path: Path) -> None:
    import signal
    import subprocess
    import sys

    from mentorjournal.store.instance_lock import cli_writer

    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from pathlib import Path\n"
            "from mentorjournal.store.instance_lock import writing_from_cli\n"
            "with writing_from_cli(Path(sys.argv[1])):\n"
            "    print('writing', flush=True)\n"
            "    time.sleep(120)\n",
            str(demo_path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "writing"
        assert cli_writer(demo_path) == child.pid
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert cli_writer(demo_path) is None  # the lock file stays; the hold went with the process
