"""Opening journals: where they are, what is refused (untouched), and how they are set up."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from mentorjournal.store import (
    JournalNotFound,
    JournalTooNew,
    NotAJournal,
    open_journal,
    resolve_journal_path,
)
from mentorjournal.store.journal import ENV_VAR, default_journal_path


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_missing_journal_is_not_created_unless_asked(tmp_path: Path) -> None:
    path = tmp_path / "nope.sqlite"
    with pytest.raises(JournalNotFound, match="No journal at"):
        open_journal(path)
    assert list(tmp_path.iterdir()) == []


def test_new_journal_is_owner_only_with_durable_pragmas(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "j.sqlite"
    with open_journal(path, create=True) as journal, journal.engine.connect() as conn:
        pragmas = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("foreign_keys", "journal_mode", "synchronous", "secure_delete")
        }
        assert pragmas == {
            "foreign_keys": 1,
            "journal_mode": "wal",
            "synchronous": 2,  # FULL
            "secure_delete": 1,
        }
    assert path.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n" + os.urandom(200), "not an SQLite database"),
        (b"SQLite format 3\x00" + b"\x00" * 10, "damaged"),
    ],
)
def test_foreign_files_are_refused_and_left_untouched(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "bad.sqlite"
    path.write_bytes(content)
    before = _snapshot(tmp_path)
    with pytest.raises(NotAJournal, match=reason):
        open_journal(path, create=True)
    assert _snapshot(tmp_path) == before


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotAJournal, match="folder"):
        open_journal(tmp_path, create=True)


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    before = _snapshot(tmp_path)
    with pytest.raises(NotAJournal, match="another program"):
        open_journal(path, create=True)
    assert _snapshot(tmp_path) == before


def test_journal_from_a_newer_version_is_refused_untouched(journal_path: Path) -> None:
    conn = sqlite3.connect(journal_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = _snapshot(journal_path.parent)
    with pytest.raises(JournalTooNew, match="newer version") as info:
        open_journal(journal_path)
    assert info.value.revision == "9999"
    assert _snapshot(journal_path.parent) == before


def test_path_resolution_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env.sqlite"))
    assert resolve_journal_path(tmp_path / "cli.sqlite") == tmp_path / "cli.sqlite"
    assert resolve_journal_path(None) == tmp_path / "env.sqlite"
    monkeypatch.delenv(ENV_VAR)
    assert resolve_journal_path(None) == default_journal_path()
    assert default_journal_path().name == "journal.sqlite"


def test_transaction_rolls_back_on_error(journal_path: Path) -> None:
    from sqlmodel import select

    from mentorjournal.models import Mentee

    with open_journal(journal_path) as journal:
        with pytest.raises(RuntimeError), journal.transaction() as s:
            s.add(Mentee(full_name="Half written"))
            s.flush()
            raise RuntimeError("crash in the middle of a user action")
        with journal.reading() as s:
            assert s.exec(select(Mentee)).all() == []
