"""A copy of the journal made in RAM only and read back as a stream, for encrypted backups.

An encrypted backup must never put the journal's plaintext on the disk, so the copy that age
encrypts is made in memory. SQLite's own `:memory:` database can only be read back with
`serialize()`, which copies it twice more (into SQLite's buffer, then into Python's bytes):
three times the journal at the peak, 470 MB for a 158 MB journal, 3.7 GB for a 1.25 GB one.

On Linux the copy goes into a memfd instead: an anonymous file in RAM that no folder names and
that vanishes when its last descriptor closes. SQLite writes it like any file, checks it, and
age streams it from there: one copy of the journal in RAM, and a process RSS that barely moves
(the memfd's pages are shared memory, counted in the machine's "Shmem" and charged to the
process's cgroup, but not in its RSS; `memfd_bytes` tells how much it held).

SQLite cannot open a memfd by its `/proc/self/fd/N` path: it resolves symbolic links in file
names and that link points at `/memfd:... (deleted)`, which is no file. So SQLite opens an empty
anchor file (in the backup folder, owner-only) and, before SQLite has read or written a byte,
its descriptor is replaced by the memfd (`dup2`). Every read and write then goes to RAM; the
anchor stays empty and is removed afterwards. The copy runs with `journal_mode=OFF` (SQLite
opens no journal file beside the anchor), and before it is read back its header is switched
from WAL to rollback mode (what `PRAGMA journal_mode=DELETE` writes; a plain backup gets the same)
so reading it opens no -wal or -shm file either.

Where this is not possible (no memfd or /proc: another OS), the copy falls back to `:memory:`
and `serialize()`, which is correct but costs the three copies above.
"""

from __future__ import annotations

import contextlib
import io
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .location import FILE_MODE

# Fills an empty database with the journal's pages (the online backup API).
Fill = Callable[[sqlite3.Connection], None]
# Raises unless the copy is sound (PRAGMA quick_check).
Check = Callable[[sqlite3.Connection], None]

ANCHOR_SUFFIX = ".anchor"
_HEADER_VERSIONS = 18  # file format write/read versions: 2 = WAL, 1 = rollback journal
_READ_CHUNK = 1 << 20  # age reads 8 KiB at a time; fewer system calls through a buffer


@dataclass(frozen=True, slots=True)
class RamCopy:
    """The checked copy, positioned at its start; `memfd_bytes` is 0 on the fallback path."""

    stream: BinaryIO
    memfd_bytes: int

    @property
    def in_memfd(self) -> bool:
        return self.memfd_bytes > 0


@contextlib.contextmanager
def copy_in_ram(fill: Fill, check: Check, *, beside: Path) -> Iterator[RamCopy]:
    """A copy of the journal made by `fill`, passed by `check`, held only in RAM.

    `beside`: an owner-only folder on the journal's side (the backup folder) for the empty
    anchor file; nothing else is written there. The copy is freed when the block ends.
    """
    memfd = _new_memfd()
    if memfd is not None:
        try:
            size = _copy_into_memfd(memfd, fill, check, beside)
            if size is not None:
                os.lseek(memfd, 0, os.SEEK_SET)
                stream = open(memfd, "rb", buffering=_READ_CHUNK, closefd=True)  # noqa: SIM115
                memfd = None  # the stream owns it now
                with stream:
                    yield RamCopy(stream, size)
                return
        finally:
            if memfd is not None:
                os.close(memfd)
    with _copy_in_sqlite_memory(fill, check) as copy:
        yield copy


def _copy_into_memfd(memfd: int, fill: Fill, check: Check, beside: Path) -> int | None:
    """Fill and check the copy in `memfd`; its size, or None when SQLite could not be
    attached to it (then nothing was copied yet and the caller falls back)."""
    with _anchor(beside) as anchor:
        dest = _open_on_memfd(anchor, memfd)
        if dest is None:
            return None
        try:
            dest.execute("PRAGMA journal_mode = OFF")  # no -journal file beside the anchor
            dest.execute("PRAGMA synchronous = OFF")  # RAM: nothing to flush
            fill(dest)
        finally:
            dest.close()
        _make_rollback_mode(memfd)
        checking = _open_on_memfd(anchor, memfd)
        if checking is None:  # it worked a moment ago: fail plainly rather than guess
            raise OSError("the copy in memory could not be opened again")
        try:
            checking.execute("PRAGMA query_only = ON")
            check(checking)
        finally:
            checking.close()
    return os.fstat(memfd).st_size


def _new_memfd() -> int | None:
    create = getattr(os, "memfd_create", None)  # Linux (and FreeBSD) only
    if create is None or not os.path.isdir("/proc/self/fd"):
        return None
    try:
        fd: int = create("mentorjournal-backup", os.MFD_CLOEXEC)
    except OSError:
        return None  # a kernel without memfd (ENOSYS) or out of descriptors
    return fd


@contextlib.contextmanager
def _anchor(folder: Path) -> Iterator[Path]:
    """An empty owner-only file for SQLite to open by name; removed afterwards."""
    fd, name = tempfile.mkstemp(dir=folder, prefix=".", suffix=ANCHOR_SUFFIX)
    os.close(fd)  # SQLite's descriptor must be the only one on it (see _open_on_memfd)
    path = Path(name)
    try:
        os.chmod(path, FILE_MODE)
        yield path
    finally:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _open_on_memfd(anchor: Path, memfd: int) -> sqlite3.Connection | None:
    """A connection SQLite opened on `anchor` whose descriptor now is the memfd.

    None when SQLite's descriptor cannot be found with certainty (then nothing was written).
    """
    anchor_stat = os.stat(anchor)
    # mode=rw: should the anchor be gone, SQLite must fail, not create a file of its own.
    conn = sqlite3.connect(f"{anchor.resolve().as_uri()}?mode=rw", uri=True, isolation_level=None)
    try:
        # SQLite opens the file when the connection opens; it has read nothing yet (an empty
        # file has no header to read until the first statement).
        held = [fd for fd in _open_descriptors() if _is_file(fd, anchor_stat)]
        if len(held) != 1:
            conn.close()
            return None
        # Atomic: SQLite's descriptor number now names the memfd; close-on-exec as SQLite's.
        os.dup2(memfd, held[0], inheritable=False)
        if not os.path.samestat(os.fstat(held[0]), os.fstat(memfd)):
            raise OSError("the in-memory copy could not be attached")
    except BaseException:
        conn.close()
        raise
    return conn


def _open_descriptors() -> list[int]:
    try:
        names = os.listdir("/proc/self/fd")
    except OSError:
        return []
    return [int(name) for name in names if name.isdigit()]


def _is_file(fd: int, wanted: os.stat_result) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), wanted)
    except OSError:
        return False  # closed meanwhile by another thread: not ours


def _make_rollback_mode(memfd: int) -> None:
    """Mark the copy as a rollback-journal database, like `PRAGMA journal_mode=DELETE` does.

    The backup API copies the journal's header, which says WAL; SQLite would then open
    `-wal` and `-shm` files beside the anchor to read it. A restored journal is switched
    back to WAL when the app opens it.
    """
    header = os.pread(memfd, 2, _HEADER_VERSIONS)
    if header == b"\x02\x02":
        os.pwrite(memfd, b"\x01\x01", _HEADER_VERSIONS)


@contextlib.contextmanager
def _copy_in_sqlite_memory(fill: Fill, check: Check) -> Iterator[RamCopy]:
    """The portable path: a `:memory:` database, serialized (three copies at the peak)."""
    memory = sqlite3.connect(":memory:")
    try:
        fill(memory)
        check(memory)
        data = memory.serialize()
    finally:
        memory.close()  # freed before age runs: two copies at most from here
    with io.BytesIO(data) as stream:
        del data  # BytesIO shares the bytes; this name must not keep them after the block
        yield RamCopy(stream, 0)
