"""The entry point: --version, the GUI launch and its refusals, and real subprocess runs."""

from __future__ import annotations

import os
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

import mentorjournal
import mentorjournal.__main__ as entry
from mentorjournal import cli
from mentorjournal.__main__ import main
from mentorjournal.cli.commands import COMMANDS

PYTHON = sys.executable
NO_DISPLAY_VARS = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def _env_without_display() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in NO_DISPLAY_VARS}
    env.pop("MENTORJOURNAL_DB", None)
    return env


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"mentorjournal {mentorjournal.__version__}\n"
    assert mentorjournal.__version__ == "0.1.0"


def test_bad_arguments_are_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--no-such-option"]) == 2
    assert "usage:" in capsys.readouterr().err


def test_every_command_module_has_the_registry_interface() -> None:
    names = set()
    for command in COMMANDS:
        assert callable(command.add_parser)
        assert callable(command.run)
        names.add(command.__name__.rsplit(".", 1)[-1])  # type: ignore[attr-defined]
    assert {"demo", "mentees"} <= names


def test_python_m_version_in_a_real_process() -> None:
    result = subprocess.run(
        [PYTHON, "-m", "mentorjournal", "--version"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    assert result.stdout == "mentorjournal 0.1.0\n"
    assert result.stderr == ""


def test_version_imports_neither_the_database_layer_nor_qt() -> None:
    result = subprocess.run(
        [PYTHON, "-X", "importtime", "-m", "mentorjournal", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    imported = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()}
    assert "mentorjournal.cli" in imported  # the check really sees our imports
    heavy = {m for m in imported if m.split(".")[0] in ("sqlmodel", "sqlalchemy", "PySide6")}
    assert heavy == set()


def test_no_display_gives_one_line_and_status_2_in_a_real_process(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite"
    result = subprocess.run(
        [PYTHON, "-m", "mentorjournal", "--db", str(journal)],
        capture_output=True,
        text=True,
        env=_env_without_display(),
        timeout=60,
    )
    assert result.returncode == 2  # a Qt abort would be -6 (SIGABRT)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "graphical desktop" in lines[0]
    assert "QT_QPA_PLATFORM=offscreen" in lines[0]
    assert result.stdout == ""
    assert not journal.exists()


class FakeApp:
    """Stands in for mentorjournal.app: records how the GUI would have been started."""

    def __init__(self) -> None:
        self.calls: list[tuple[Path, Any]] = []

    def run_gui(self, journal_path: Path, argv: list[str] | None = None) -> int:
        self.calls.append((journal_path, argv))
        return 0


@pytest.fixture
def fake_app(monkeypatch: pytest.MonkeyPatch) -> FakeApp:
    fake = FakeApp()
    module = types.ModuleType("mentorjournal.app")
    module.run_gui = fake.run_gui  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "mentorjournal.app", module)
    monkeypatch.setattr(mentorjournal, "app", module, raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    return fake


def test_no_command_opens_the_gui_on_db(fake_app: FakeApp, tmp_path: Path) -> None:
    path = tmp_path / "mine.sqlite"
    assert main(["--db", str(path)]) == 0
    assert fake_app.calls == [(path, ["mentorjournal"])]


def test_gui_takes_the_environment_variable_and_db_wins_over_it(
    fake_app: FakeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from_env = tmp_path / "env.sqlite"
    from_db = tmp_path / "db.sqlite"
    monkeypatch.setenv("MENTORJOURNAL_DB", str(from_env))
    assert main([]) == 0
    assert main(["--db", str(from_db)]) == 0
    assert [call[0] for call in fake_app.calls] == [from_env, from_db]


def test_gui_without_display_never_reaches_qt(
    fake_app: FakeApp, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in NO_DISPLAY_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")

    def no_qt() -> Any:
        raise AssertionError("Qt must not be imported without a display")

    monkeypatch.setattr(entry, "load_gui", no_qt)
    assert main([]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert "graphical desktop" in err
    assert fake_app.calls == []


def test_missing_system_library_gives_an_install_hint(
    fake_app: FakeApp, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def missing_egl() -> Any:
        raise ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")

    monkeypatch.setattr(entry, "load_gui", missing_egl)
    assert main([]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert "libEGL.so.1" in err and "libegl1" in err
    assert fake_app.calls == []


def test_other_import_errors_of_qt_are_bugs_and_raise(
    fake_app: FakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken() -> Any:
        raise ImportError("cannot import name 'QWidget' from 'PySide6'")

    monkeypatch.setattr(entry, "load_gui", broken)
    with pytest.raises(ImportError):
        main([])


def test_a_journal_error_from_the_gui_is_one_line_and_status_1(
    fake_app: FakeApp, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from mentorjournal.store.errors import JournalUnavailable

    def refuse(journal_path: Path, argv: list[str] | None = None) -> int:
        raise JournalUnavailable("The journal is locked by another program.\nTry again.")

    monkeypatch.setattr(sys.modules["mentorjournal.app"], "run_gui", refuse)
    assert main([]) == 1
    assert capsys.readouterr().err == (
        "mentorjournal: The journal is locked by another program. Try again.\n"
    )


def test_the_cli_alone_has_no_window_to_open(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([]) == 2
    assert len(capsys.readouterr().err.splitlines()) == 1


def test_the_entry_point_loads_the_real_gui_lazily() -> None:
    code = (
        "import sys, mentorjournal.__main__ as m\n"
        "assert 'mentorjournal.app' not in sys.modules\n"
        "assert not any(n.startswith('PySide6') for n in sys.modules)\n"
        "from mentorjournal.app import run_gui\n"
        "assert m.load_gui() is run_gui\n"
    )
    result = subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
