"""write_atomically: the whole file or none, owner-only."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from mentorjournal.reports.files import write_atomically


def test_writes_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "summary.md"
    write_atomically(target, b"hello")
    assert target.read_bytes() == b"hello"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    target.chmod(0o644)
    write_atomically(target, b"again")
    assert target.read_bytes() == b"again"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert os.listdir(tmp_path) == ["summary.md"]


def test_a_failure_mid_write_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken)
    with pytest.raises(OSError, match="No space"):
        write_atomically(tmp_path / "summary.md", b"x" * 100_000)
    assert os.listdir(tmp_path) == []


def test_a_failure_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "summary.md"
    write_atomically(target, b"old")

    def broken(_src: object, _dst: object) -> None:
        raise OSError("rename failed")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["summary.md"]
