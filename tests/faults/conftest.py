"""Fault tests drive real windows too: no message box may wait for a click. The killed-app
tests (killing.py) run the app in a child process with its own settings folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.ui.conftest import no_blocking_message_boxes

__all__ = ["no_blocking_message_boxes"]


@pytest.fixture
def app_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The environment for a child app whose settings and data live under `tmp_path`. The
    test's process takes the same folders, so the app started again after killing the child
    finds what the child left there."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_STATE_HOME=str(tmp_path / "state"),
    )
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, env[name])
    return env
