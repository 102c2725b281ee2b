"""Encrypted backups through a copy held in RAM only (a memfd on Linux, `:memory:` elsewhere):
the same journal comes back out, no plaintext touches the disk, and failures leave nothing."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from mentorjournal.backups import BackupFailed, Reason, make_backup, ram_copy
from mentorjournal.backups import make as make_module
from mentorjournal.backups.keys import NewKey, save_key
from mentorjournal.crypto import keys
from mentorjournal.crypto.errors import BadRecipient
from mentorjournal.store import Journal

LINUX = sys.platform.startswith("linux")
PLAINTEXT_MARKS = (b"SQLite format 3", b"secret marker")


@pytest.fixture
def secret(journal: Journal, two_mentees: list[str]) -> str:
    """Encrypted backups on, with a key made without the slow passphrase step."""
    pair = keys.generate_identity()
    save_key(journal, NewKey(pair.recipient, b"(only needed to restore)"))
    return pair.secret


@pytest.fixture
def paths_used(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Records, for each backup, whether its copy was in a memfd."""
    used: list[bool] = []
    real = ram_copy.copy_in_ram

    def spy(*args: Any, **kwargs: Any) -> Any:
        @contextlib.contextmanager
        def wrapped() -> Iterator[ram_copy.RamCopy]:
            with real(*args, **kwargs) as copy:
                used.append(copy.in_memfd)
                yield copy

        return wrapped()

    monkeypatch.setattr(ram_copy, "copy_in_ram", spy)
    return used


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def decrypted(backup_path: Path, secret: str, into: Path) -> Path:
    into.write_bytes(keys.decrypt(backup_path.read_bytes(), [secret]))
    return into


def memfds_open() -> list[str]:
    links = []
    for name in os.listdir("/proc/self/fd"):
        try:
            links.append(os.readlink(f"/proc/self/fd/{name}"))
        except OSError:
            continue
    return [link for link in links if "mentorjournal-backup" in link]


FALLBACKS: dict[str, Callable[[pytest.MonkeyPatch], None]] = {
    "memfd": lambda mp: None,
    "no memfd (another OS)": lambda mp: mp.setattr(ram_copy, "_new_memfd", lambda: None),
    "descriptor not found": lambda mp: mp.setattr(ram_copy, "_open_descriptors", lambda: []),
}


@pytest.mark.parametrize("way", list(FALLBACKS))
def test_encrypted_backup_decrypts_to_the_same_journal(
    way: str,
    journal: Journal,
    secret: str,
    paths_used: list[bool],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if way == "memfd" and not LINUX:
        pytest.skip("memfd is Linux only")
    FALLBACKS[way](monkeypatch)
    backup = make_backup(journal, Reason.MANUAL)
    assert paths_used == [way == "memfd"]
    copy = decrypted(backup.path, secret, tmp_path / "restored.sqlite")
    assert dump(copy) == dump(journal.path)
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    # No anchor or half-written file left beside the backup.
    assert sorted(p.name for p in backup.path.parent.iterdir()) == sorted(
        [backup.path.name, "journal.txt", "keys"]
    )
    if way == "memfd":
        # A self-contained rollback-mode file, like a plain backup: no -wal needed to read it.
        assert copy.read_bytes()[18:20] == b"\x01\x01"


@pytest.mark.skipif(not LINUX, reason="memfd is Linux only")
def test_no_plaintext_lands_on_the_disk_while_the_backup_is_made(
    journal: Journal,
    secret: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    paths_used: list[bool],
    backup_root: Path,
) -> None:
    temp_dir = tmp_path / "tmp"
    temp_dir.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp_dir))  # where SQLite would put temporary files
    monkeypatch.setenv("SQLITE_TMPDIR", str(temp_dir))
    monkeypatch.setattr(tempfile, "tempdir", str(temp_dir))
    journal_files = {journal.path.with_name(journal.path.name + end) for end in ("", "-wal")}
    seen: list[str] = []

    def scan(moment: str) -> None:
        for path in tmp_path.rglob("*"):
            if not path.is_file() or path in journal_files:
                continue
            # Only the anchor, the ciphertext being written and the key copy: no -journal,
            # -wal or -shm file of SQLite's beside the anchor.
            if backup_root in path.parents:
                assert path.name.endswith((".anchor", ".part", ".age", "journal.txt")), path.name
            data = path.read_bytes()
            assert not any(mark in data for mark in PLAINTEXT_MARKS), (moment, path.name)
            if path.name.endswith(".anchor"):
                assert data == b""
                seen.append(moment)

    real_check, real_encrypt = make_module._check_copy, keys.encrypt_io

    def checking(conn: sqlite3.Connection, journal_path: Path) -> None:
        scan("check")
        real_check(conn, journal_path)
        scan("checked")  # SQLite's connection on the copy is still open

    def encrypting(src: Any, dst: Any, recipients: Any) -> None:
        scan("encrypt")
        real_encrypt(src, dst, recipients)
        scan("encrypted")

    monkeypatch.setattr(make_module, "_check_copy", checking)
    monkeypatch.setattr(keys, "encrypt_io", encrypting)
    backup = make_backup(journal, Reason.CLOSE)
    assert paths_used == [True]
    assert seen == [
        "check",
        "checked",
    ]  # the anchor (empty) is there while SQLite works, gone after
    assert list(temp_dir.iterdir()) == []
    assert dump(decrypted(backup.path, secret, tmp_path / "r.sqlite")) == dump(journal.path)


@pytest.mark.skipif(not LINUX, reason="memfd is Linux only")
def test_a_copy_failing_its_check_leaves_nothing_behind(
    journal: Journal, secret: str, monkeypatch: pytest.MonkeyPatch, backup_root: Path
) -> None:
    def failing(conn: sqlite3.Connection, journal_path: Path) -> None:
        raise BackupFailed("The copy failed its check.")

    monkeypatch.setattr(make_module, "_check_copy", failing)
    with pytest.raises(BackupFailed, match="failed its check"):
        make_backup(journal, Reason.AUTO)
    (folder,) = backup_root.iterdir()
    assert sorted(p.name for p in folder.iterdir()) == ["journal.txt", "keys"]
    assert memfds_open() == []


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "No space left on device"),
        (BadRecipient("age1broken"), "backup key is not usable"),
    ],
)
def test_disk_full_or_bad_key_while_encrypting_is_a_plain_error(
    error: Exception,
    message: str,
    journal: Journal,
    secret: str,
    monkeypatch: pytest.MonkeyPatch,
    backup_root: Path,
) -> None:
    def failing(src: Any, dst: Any, recipients: Any) -> None:
        dst.write(b"age-encryption.org/v1\n")  # cut short after the first bytes
        raise error

    monkeypatch.setattr(keys, "encrypt_io", failing)
    with pytest.raises(BackupFailed, match=message):
        make_backup(journal, Reason.AUTO)
    (folder,) = backup_root.iterdir()
    assert sorted(p.name for p in folder.iterdir()) == ["journal.txt", "keys"]
    if LINUX:
        assert memfds_open() == []


def test_a_snapshot_while_the_trainer_keeps_saving(
    journal: Journal, secret: str, tmp_path: Path
) -> None:
    # Each save adds two mentees in one transaction: a consistent snapshot holds pairs only.
    stop = threading.Event()
    saves = 0
    failures: list[BaseException] = []
    with contextlib.closing(sqlite3.connect(journal.path)) as conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(mentee)")]
    others = [c for c in columns if c not in ("id", "public_id", "full_name")]
    copy_mentee = (  # a copy of the first mentee under a new name and public id
        f"INSERT INTO mentee (public_id, full_name, {', '.join(others)}) "
        f"SELECT lower(hex(randomblob(16))), ?, {', '.join(others)} FROM mentee LIMIT 1"
    )

    def trainer() -> None:
        nonlocal saves
        conn = sqlite3.connect(journal.path, timeout=10)
        try:
            while not stop.is_set():
                with conn:
                    for half in ("a", "b"):
                        conn.execute(copy_mentee, (f"Pair {saves} {half}",))
                saves += 1
        except BaseException as e:  # shown by the test instead of a hang waiting for saves
            failures.append(e)
        finally:
            conn.close()

    writer = threading.Thread(target=trainer)
    writer.start()
    try:
        deadline = time.monotonic() + 30
        while saves < 5 and writer.is_alive() and time.monotonic() < deadline:
            stop.wait(0.01)
        backups = [make_backup(journal, Reason.AUTO) for _ in range(3)]
    finally:
        stop.set()
        writer.join()
    assert failures == [] and saves >= 5
    for n, backup in enumerate(backups):
        copy = decrypted(backup.path, secret, tmp_path / f"snapshot{n}.sqlite")
        conn = sqlite3.connect(copy)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            (pairs,) = conn.execute(
                "SELECT count(*) FROM mentee WHERE full_name LIKE 'Pair %'"
            ).fetchone()
        finally:
            conn.close()
        assert pairs % 2 == 0 and pairs >= 10


def test_leftovers_of_backups_cut_short_are_swept_after_a_day(
    journal: Journal, secret: str, backup_root: Path
) -> None:
    first = make_backup(journal, Reason.AUTO)
    folder = first.path.parent
    old_part = folder / ".20260101T090000Z-auto.sqlite.age.part"
    old_anchor = folder / ".k2j4x9_q.anchor"
    in_progress = folder / ".20260318T173000Z-close.sqlite.age.part"
    for path in (old_part, old_anchor, in_progress):
        path.write_bytes(b"age-encryption.org/v1\n" if path.suffix == ".part" else b"")
    two_days_ago = time.time() - 2 * 24 * 3600
    for path in (old_part, old_anchor):
        os.utime(path, (two_days_ago, two_days_ago))
    second = make_backup(journal, Reason.AUTO)
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [first.path.name, second.path.name, in_progress.name, "journal.txt", "keys"]
    )


@pytest.mark.skipif(not LINUX, reason="memfd is Linux only")
def test_a_copy_beside_a_folder_with_an_awkward_name(tmp_path: Path) -> None:
    # The anchor is opened through a file: URI; these characters must survive the quoting.
    folder = tmp_path / "ሰላም 100% #1?&mode=ro"
    folder.mkdir()
    source_path = tmp_path / "source.sqlite"
    with contextlib.closing(sqlite3.connect(source_path)) as source:
        source.execute("PRAGMA journal_mode = WAL")
        source.execute("CREATE TABLE note (body TEXT)")
        source.executemany("INSERT INTO note VALUES (?)", [("x" * 500,)] * 2000)
        source.commit()

        def check(conn: sqlite3.Connection) -> None:
            (anchor,) = folder.iterdir()  # opened through the URI, so the name survived
            assert anchor.name.endswith(".anchor") and anchor.stat().st_size == 0
            assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]

        with ram_copy.copy_in_ram(source.backup, check, beside=folder) as copy:
            assert copy.in_memfd and copy.memfd_bytes > 1_000_000
            data = copy.stream.read()
    assert list(folder.iterdir()) == []
    assert len(data) == copy.memfd_bytes
    with contextlib.closing(sqlite3.connect(":memory:")) as back:
        back.deserialize(data)
        assert back.execute("SELECT count(*) FROM note").fetchone() == (2000,)
