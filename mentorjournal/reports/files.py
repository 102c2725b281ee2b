"""Writing shared files atomically, readable by their owner only (DESIGN.md, convention 9).

A summary of a mentee is confidential: it is written to a temporary file in the same folder,
flushed to the disk, then renamed over the target in one step, so a reader (or a crash) sees
either the old file or the whole new one, never half of it, and no one else can read it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..durable import sync_folder as _sync_folder

FILE_MODE = 0o600


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write `data` to `path` (replacing any file there) atomically, with mode 0o600.

    On any failure the target is untouched and no temporary file is left behind.
    """
    target = Path(path)
    with atomic_writer(target) as out:
        out.write(data)
    return target


@contextlib.contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    """A file to write `path` piece by piece: a temporary file beside it (mode 0o600) that
    replaces `path` once the block ends well, flushed to the disk; removed on any failure,
    leaving the target untouched."""
    fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out:
            # mkstemp makes it 0o600 already; say so, in case a platform differs.
            os.chmod(temp_name, FILE_MODE)
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
    _sync_folder(path.parent)
