"""Making and restoring backups on real journal files."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mentorjournal.backups import (
    BackupFailed,
    BackupUnusable,
    Reason,
    list_backups,
    make_backup,
    restore_backup,
    restore_offer_applies,
)
from mentorjournal.models import Mentee, MenteeInput
from mentorjournal.services import Services
from mentorjournal.store import Journal, JournalError, open_journal

from .conftest import mentee_names

NOW = datetime(2026, 3, 18, 17, 30, tzinfo=UTC)


def test_backup_while_the_app_has_the_journal_open_and_is_writing(
    journal: Journal, services: Services, two_mentees: list[str]
) -> None:
    # The app is in the middle of a save (an uncommitted write on its connection): Python's
    # backup() would hang if that connection were the source; ours reads on its own.
    with journal.transaction() as session:
        session.add(Mentee(full_name="Not yet saved"))
        session.flush()
        backup = make_backup(journal, Reason.AUTO, now=NOW)
    assert mentee_names(backup.path) == sorted(two_mentees)  # committed ones, not the pending
    assert backup.reason == Reason.AUTO and not backup.encrypted
    assert backup.taken_at == NOW
    assert backup.size == backup.path.stat().st_size > 0
    assert backup.path.stat().st_mode & 0o777 == 0o600
    assert backup.path.parent.stat().st_mode & 0o777 == 0o700
    # A self-contained file: no -wal needed, and nothing left half-written in the folder.
    assert sorted(p.name for p in backup.path.parent.iterdir()) == [
        backup.path.name,
        "journal.txt",
    ]
    # The app keeps working on the journal afterwards.
    services.mentees.create(MenteeInput(full_name="After the backup"))
    assert len(services.mentees.list_summaries()) == 4


def test_backup_of_a_closed_journal_leaves_it_byte_identical(journal_path: Path) -> None:
    before = journal_path.read_bytes()
    make_backup(journal_path, Reason.MANUAL, now=NOW)
    assert journal_path.read_bytes() == before
    assert sorted(p.name for p in journal_path.parent.iterdir()) == ["backups", "journal.sqlite"]


def test_two_backups_in_the_same_second_both_kept(journal_path: Path) -> None:
    a = make_backup(journal_path, Reason.MANUAL, now=NOW)
    b = make_backup(journal_path, Reason.MANUAL, now=NOW)
    assert a.path != b.path and a.path.exists() and b.path.exists()
    assert [x.path for x in list_backups(journal_path)] == [b.path, a.path]


def test_damaged_journal_cannot_be_backed_up_and_stays_untouched(
    journal_path: Path, tmp_path: Path
) -> None:
    journal_path.write_bytes(b"SQLite format 3\x00" + b"\x17" * 8000)
    before = journal_path.read_bytes()
    with pytest.raises(JournalError):
        make_backup(journal_path, Reason.MANUAL, now=NOW)
    assert journal_path.read_bytes() == before
    assert list_backups(journal_path) == []


def test_backup_folder_not_writable_is_a_plain_error(journal_path: Path, backup_root: Path) -> None:
    backup_root.write_text("a file where the folder should be")  # (root ignores permissions)
    with pytest.raises(BackupFailed, match="Cannot make the backup folder"):
        make_backup(journal_path, Reason.MANUAL, now=NOW)


def test_restore_backs_up_the_current_state_first(
    journal: Journal, services: Services, two_mentees: list[str]
) -> None:
    old = make_backup(journal, Reason.MANUAL, now=NOW)
    services.mentees.create(MenteeInput(full_name="Added after the backup"))
    path = journal.path
    journal.close()

    restored = restore_backup(path, old)

    assert mentee_names(path) == sorted(two_mentees)
    assert restored.kept_aside is None
    assert restored.safety_backup is not None
    assert restored.safety_backup.reason == Reason.RESTORE
    assert "Added after the backup" in mentee_names(restored.safety_backup.path)
    assert path.stat().st_mode & 0o777 == 0o600
    with open_journal(path) as reopened:
        assert len(Services.for_journal(reopened).mentees.list_summaries()) == 2


def test_restore_refuses_a_damaged_backup_and_changes_nothing(
    journal: Journal, two_mentees: list[str]
) -> None:
    backup = make_backup(journal, Reason.MANUAL, now=NOW)
    journal.close()
    data = bytearray(backup.path.read_bytes())
    # Scramble a page in the middle (records), leaving the header intact.
    page = 4096
    data[3 * page : 4 * page] = b"\xa5" * page
    backup.path.write_bytes(bytes(data))
    before = journal.path.read_bytes()
    folder_before = sorted(p.name for p in journal.path.parent.iterdir())

    with pytest.raises(BackupUnusable, match="not usable|failed its check"):
        restore_backup(journal.path, backup)

    assert journal.path.read_bytes() == before
    assert sorted(p.name for p in journal.path.parent.iterdir()) == folder_before
    assert [b.reason for b in list_backups(journal.path)] == [Reason.MANUAL]


BAD = {
    "zero-byte": b"",
    "not-sqlite": b"Dear diary, " * 100,
    "truncated": None,
}


@pytest.mark.parametrize("kind", [*BAD, "directory"])
def test_restore_over_a_damaged_journal_keeps_it_aside_byte_identical(
    journal: Journal, two_mentees: list[str], kind: str
) -> None:
    backup = make_backup(journal, Reason.CLOSE, now=NOW)
    path = journal.path
    journal.close()
    if kind == "directory":
        path.unlink()
        path.mkdir()
        (path / "inside.txt").write_text("kept")
    else:
        content = BAD[kind]
        if content is None:
            content = path.read_bytes()[: 3 * 4096 + 100]
        path.write_bytes(content)
    before = None if kind == "directory" else path.read_bytes()
    with pytest.raises(JournalError) as opening:
        open_journal(path)
    assert restore_offer_applies(opening.value, path)

    restored = restore_backup(path, backup)

    assert restored.kept_aside is not None and restored.safety_backup is None
    if kind == "directory":
        assert (restored.kept_aside / "inside.txt").read_text() == "kept"
    else:
        assert restored.kept_aside.read_bytes() == before
    assert restored.kept_aside.name.startswith("journal.damaged-")
    assert mentee_names(path) == sorted(two_mentees)


def test_a_newer_journal_is_no_case_for_a_restore(journal_path: Path) -> None:
    conn = sqlite3.connect(journal_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    with pytest.raises(JournalError) as opening:
        open_journal(journal_path)
    assert not restore_offer_applies(opening.value, journal_path)


def test_restore_works_when_the_journal_is_gone(
    journal: Journal, two_mentees: list[str], tmp_path: Path
) -> None:
    backup = make_backup(journal, Reason.CLOSE, now=NOW)
    journal.close()
    journal.path.unlink()
    restored = restore_backup(journal.path, backup)
    assert restored.kept_aside is None and restored.safety_backup is None
    assert mentee_names(journal.path) == sorted(two_mentees)


def test_backup_from_an_older_schema_restores_and_upgrades(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(Path(__file__).parent.parent / "data" / "journals" / "schema-0001.sqlite", path)
    with open_journal(path):
        pass  # upgrading made a "migration" backup at schema 0001
    (before_upgrade,) = list_backups(path)
    assert before_upgrade.reason == Reason.MIGRATION
    restore_backup(path, before_upgrade)
    with open_journal(path) as journal:
        assert len(Services.for_journal(journal).mentees.list_summaries()) == 2
