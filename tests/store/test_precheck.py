"""The early integrity check (store.precheck): the GUI starts it in a thread before its imports;
`open_journal` then uses its verdict, and a damaged journal is still refused untouched."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from mentorjournal.store import JournalDamaged, NotAJournal, open_journal
from mentorjournal.store import journal as journal_module
from mentorjournal.store.precheck import Precheck
from mentorjournal.store.schema import HEAD_REVISION


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _scramble_a_late_page(path: Path) -> None:
    """Fill the journal with pages of records, then overwrite one of them with noise."""
    conn = sqlite3.connect(path)
    conn.executemany(
        "INSERT INTO mentee (public_id, created_at, updated_at, full_name, preferred_name,"
        " programme, cohort, level, mentoring_model, status, contact, private_notes)"
        " VALUES (?, '2026-01-01', '2026-01-01', ?, '', '', '', '', 'one_to_one', 'active',"
        " '', ?)",
        [(f"id-{i}", f"Mentee {i}", f"note {i} " * 300) for i in range(200)],
    )
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    late = (len(data) // page_size * 3 // 4) * page_size
    data[late : late + page_size] = os.urandom(page_size)
    path.write_bytes(bytes(data))


def test_open_journal_uses_the_precheck_verdict(
    journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    check = Precheck.start(journal_path)
    assert check.revision() == HEAD_REVISION and check.inspected()

    def inspect_again(_path: Path) -> str | None:
        raise AssertionError("the file was checked a second time")

    monkeypatch.setattr(journal_module, "inspect_file", inspect_again)
    open_journal(journal_path, precheck=check).close()


def test_a_precheck_of_another_path_is_not_used(journal_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    other.write_text("not a journal")
    check = Precheck.start(other)
    with pytest.raises(NotAJournal):
        check.revision()
    open_journal(journal_path, precheck=check).close()  # its own check passes


def test_a_damaged_journal_is_refused_untouched_through_the_precheck(journal_path: Path) -> None:
    _scramble_a_late_page(journal_path)
    before = _snapshot(journal_path.parent)
    check = Precheck.start(journal_path)
    with pytest.raises(JournalDamaged):
        open_journal(journal_path, create=True, precheck=check)
    assert _snapshot(journal_path.parent) == before  # byte-identical, no -wal or -shm


def test_no_file_yet_means_open_journal_creates_it(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    check = Precheck.start(path)
    assert check.revision() is None and not check.inspected()
    open_journal(path, create=True, precheck=check).close()
    open_journal(path).close()


def test_the_precheck_imports_no_sqlalchemy() -> None:
    """It runs while the GUI imports SQLAlchemy: it must not wait on that import itself."""
    code = (
        "import sys, mentorjournal.store.precheck\n"
        "assert 'sqlalchemy' not in sys.modules, 'sqlalchemy imported'\n"
        "assert 'sqlmodel' not in sys.modules, 'sqlmodel imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
