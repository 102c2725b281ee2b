"""Durable file operations shared by the reports and the backups (no Qt, no database)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` itself durable where the system allows it (not on Windows):
    fsync the folder, ignoring systems that refuse it."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
