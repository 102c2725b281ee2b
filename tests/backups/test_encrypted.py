"""Encrypted backups: made to the journal's age recipient without a passphrase, restored with
it (identity first, then the backup), and restorable with the standard `age` tool too."""

from __future__ import annotations

import os
import pty
import select
import shutil
import signal
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mentorjournal.backups import Reason, list_backups, make_backup, restore_backup
from mentorjournal.backups.keys import (
    NewKey,
    WrongBackupPassphrase,
    key_files,
    key_status,
    make_key,
    save_key,
    set_encrypted_backups,
    unlock_identities,
)
from mentorjournal.store import Journal

from .conftest import mentee_names

PASSPHRASE = "Ca\u0301rdenas workshop lamp 42"  # "á" as a + combining accent: NFC must match
NFC_PASSPHRASE = "C\u00e1rdenas workshop lamp 42"
NOW = datetime(2026, 3, 18, 17, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def new_key() -> NewKey:
    """One key for the module: the passphrase step takes a second or two each time."""
    return make_key(PASSPHRASE)


@pytest.fixture
def encrypted_journal(journal: Journal, two_mentees: list[str], new_key: NewKey) -> Journal:
    save_key(journal, new_key)
    return journal


def test_backups_are_encrypted_to_the_journal_key_and_hold_no_plaintext(
    encrypted_journal: Journal, new_key: NewKey
) -> None:
    status = key_status(encrypted_journal)
    assert status is not None and status.recipient == new_key.recipient and status.encrypt_backups
    backup = make_backup(encrypted_journal, Reason.CLOSE, now=NOW)
    assert backup.encrypted and backup.path.name.endswith(".sqlite.age")
    data = backup.path.read_bytes()
    assert data.startswith(b"age-encryption.org/v1")
    assert b"SQLite format 3" not in data and b"secret marker" not in data
    assert backup.path.stat().st_mode & 0o777 == 0o600
    # The passphrase-encrypted key is kept beside the backups, owner-only.
    (key_file,) = key_files(encrypted_journal.path)
    assert key_file.name == f"{new_key.recipient}.age"
    assert key_file.read_bytes() == new_key.encrypted_identity
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert b"AGE-SECRET-KEY" not in key_file.read_bytes()
    # Nothing half-written or in the clear was left in the folder.
    assert sorted(p.name for p in backup.path.parent.iterdir()) == sorted(
        [backup.path.name, "journal.txt", "keys"]
    )


def test_round_trip_identity_then_backup(
    encrypted_journal: Journal, two_mentees: list[str]
) -> None:
    backup = make_backup(encrypted_journal, Reason.MANUAL, now=NOW)
    path = encrypted_journal.path
    encrypted_journal.close()
    path.write_bytes(b"")  # the journal is lost

    identities = unlock_identities(path, NFC_PASSPHRASE)  # NFC: the other spelling opens it
    restored = restore_backup(path, backup, identities=identities)

    assert mentee_names(path) == sorted(two_mentees)
    assert restored.kept_aside is not None and restored.kept_aside.read_bytes() == b""


def test_wrong_passphrase_changes_nothing(encrypted_journal: Journal) -> None:
    make_backup(encrypted_journal, Reason.MANUAL, now=NOW)
    before = encrypted_journal.path.read_bytes()
    with pytest.raises(WrongBackupPassphrase):
        unlock_identities(encrypted_journal.path, "not the passphrase")
    assert encrypted_journal.path.read_bytes() == before


def test_turning_encryption_off_keeps_older_backups_restorable(
    encrypted_journal: Journal, two_mentees: list[str]
) -> None:
    old = make_backup(encrypted_journal, Reason.MANUAL, now=NOW)
    set_encrypted_backups(encrypted_journal, False)
    plain = make_backup(encrypted_journal, Reason.MANUAL, now=NOW)
    assert old.encrypted and not plain.encrypted
    path = encrypted_journal.path
    encrypted_journal.close()
    restore_backup(path, old, identities=unlock_identities(path, PASSPHRASE))
    assert mentee_names(path) == sorted(two_mentees)
    assert len(list_backups(path)) == 3  # old, plain, and the one before the restore


def _run_on_a_terminal(argv: list[str], passphrase: str) -> tuple[int, bytes]:
    """Run `argv` with a pseudo-terminal (age reads passphrases only from a terminal) and
    type `passphrase` when it asks."""
    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - the child
        os.execvp(argv[0], argv)
    output = b""
    typed = False
    try:
        while True:
            ready, _, _ = select.select([fd], [], [], 60)
            if not ready:
                os.kill(pid, signal.SIGKILL)
                raise AssertionError(f"age did not finish: {output!r}")
            try:
                chunk = os.read(fd, 1024)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            output += chunk
            if not typed and b"passphrase" in output.lower():
                os.write(fd, passphrase.encode() + b"\n")
                typed = True
    finally:
        os.close(fd)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), output


AGE = shutil.which("age")


def test_the_age_tool_restores_an_encrypted_backup(
    encrypted_journal: Journal, two_mentees: list[str], tmp_path: Path
) -> None:
    assert AGE, "the age tool is missing: packaging/install-system-deps.sh installs it"
    backup = make_backup(encrypted_journal, Reason.CLOSE, now=NOW)
    (key_file,) = key_files(encrypted_journal.path)
    key_txt = tmp_path / "key.txt"
    restored = tmp_path / "restored.sqlite"

    # Step 1 (README): decrypt the journal's key with the passphrase.
    code, output = _run_on_a_terminal(
        [AGE, "-d", "-o", str(key_txt), str(key_file)], NFC_PASSPHRASE
    )
    assert code == 0, output
    assert "AGE-SECRET-KEY-1" in key_txt.read_text()
    # Step 2: decrypt the backup with the key; no passphrase.
    subprocess.run(
        [AGE, "-d", "-i", str(key_txt), "-o", str(restored), str(backup.path)],
        check=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert mentee_names(restored) == sorted(two_mentees)


def test_the_age_tool_opens_a_backup_with_the_encrypted_key_in_one_step(
    encrypted_journal: Journal, two_mentees: list[str], tmp_path: Path
) -> None:
    assert AGE, "the age tool is missing: packaging/install-system-deps.sh installs it"
    backup = make_backup(encrypted_journal, Reason.CLOSE, now=NOW)
    (key_file,) = key_files(encrypted_journal.path)
    restored = tmp_path / "restored.sqlite"
    code, output = _run_on_a_terminal(
        [AGE, "-d", "-i", str(key_file), "-o", str(restored), str(backup.path)], NFC_PASSPHRASE
    )
    assert code == 0, output
    assert mentee_names(restored) == sorted(two_mentees)
