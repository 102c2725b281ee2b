"""Writing shared files atomically, readable by their owner only (DESIGN.md, convention 9).

A summary of a mentee is confidential: it is written to a temporary file in the same folder,
flushed to the disk, then renamed over the target in one step, so a reader (or a crash) sees
either the old file or the whole new one, never half of it, and no one else can read it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from ..durable import sync_folder as _sync_folder

FILE_MODE = 0o600


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write `data` to `path` (replacing any file there) atomically, with mode 0o600.

    On any failure the target is untouched and no temporary file is left behind.
    """
    target = Path(path)
    folder = target.parent
    fd, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out:
            # mkstemp makes it 0o600 already; say so, in case a platform differs.
            os.chmod(temp_name, FILE_MODE)
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
    _sync_folder(folder)
    return target
