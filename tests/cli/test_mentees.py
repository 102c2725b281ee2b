"""`mentorjournal mentees`, and what every command does with a missing or foreign journal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from mentorjournal.__main__ import main
from mentorjournal.cli.commands.mentees import STATUSES, display_width
from mentorjournal.models import MenteeStatus
from mentorjournal.services import Services

KEYS = {
    "id",
    "full_name",
    "preferred_name",
    "programme",
    "cohort",
    "status",
    "sessions",
    "open_actions",
    "last_session",
}


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, object]]:
    assert main(["mentees", "--json", *args]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list)
    return data


def test_json_has_the_keys_and_the_counts_the_services_give(
    demo_path: Path, demo_services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _json(capsys, "--db", str(demo_path))
    summaries = demo_services.mentees.list_summaries()
    assert len(data) == len(summaries) == 12
    for item, m in zip(data, summaries, strict=True):
        assert set(item) >= KEYS
        assert item["id"] == m.public_id
        assert item["full_name"] == m.full_name
        assert item["preferred_name"] == m.preferred_name
        assert item["programme"] == m.programme
        assert item["cohort"] == m.cohort
        assert item["status"] == m.status.value
        assert item["sessions"] == m.sessions == len(demo_services.sessions.list_for_mentee(m.id))
        assert item["open_actions"] == m.open_actions
        assert m.open_actions == len(demo_services.actions.list_for_mentee(m.id, open_only=True))
        assert m.last_session_at is not None
        assert isinstance(item["last_session"], str)
        assert datetime.fromisoformat(item["last_session"]) == m.last_session_at


def test_json_keeps_other_scripts_readable(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["mentees", "--json", "--db", str(demo_path)]) == 0
    out = capsys.readouterr().out
    assert "ሰላም ታደሰ" in out and "ليلى حسن" in out  # not \u escapes


def test_status_filter(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paused = _json(capsys, "--db", str(demo_path), "--status", "paused")
    assert [m["full_name"] for m in paused] == ["Samuel Okafor"]
    active = _json(capsys, "--db", str(demo_path), "--status", "active")
    assert len(active) >= 8 and {m["status"] for m in active} == {"active"}


def test_status_choices_are_the_models_statuses() -> None:
    assert tuple(s.value for s in MenteeStatus) == STATUSES


def test_unknown_status_is_a_usage_error(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["mentees", "--db", str(demo_path), "--status", "asleep"]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_table_lists_every_mentee_aligned(
    demo_path: Path, demo_services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["mentees", "--db", str(demo_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    header, rows = lines[0], lines[1:]
    for word in ("Name", "Programme", "Cohort", "Status", "Sessions", "Open actions"):
        assert word in header
    summaries = demo_services.mentees.list_summaries()
    assert len(rows) == len(summaries)
    column = display_width(header[: header.index("Programme")])
    for row, m in zip(rows, summaries, strict=True):
        assert row.startswith(m.full_name)
        # The programme column starts at the same terminal column on every line, whatever
        # the script of the name.
        assert display_width(row[: row.index(m.programme)]) == column
        assert m.last_session_at is not None
        assert row.endswith(m.last_session_at.date().isoformat())
        assert f" {m.sessions} " in row


def test_an_empty_journal_says_so(journal_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["mentees", "--db", str(journal_path)]) == 0
    assert capsys.readouterr().out == "No mentees.\n"
    assert _json(capsys, "--db", str(journal_path)) == []


def test_display_width() -> None:
    assert display_width("Dawit") == 5
    assert display_width("ሰላም ታደሰ") == 7
    assert display_width("e\u0301") == 1  # e + combining acute
    assert display_width("日本") == 4


def test_missing_journal_is_one_line_non_zero_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "no" / "such" / "journal.sqlite"
    assert main(["mentees", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert "No journal at" in err and str(path) in err
    assert list(tmp_path.iterdir()) == []


def test_missing_journal_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "journal.sqlite"
    monkeypatch.setenv("MENTORJOURNAL_DB", str(path))
    assert main(["mentees", "--json"]) == 1
    assert str(path) in capsys.readouterr().err
    assert not path.exists()


def test_a_file_that_is_not_a_journal_is_refused_and_left_byte_identical(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "photo.sqlite"
    content = os.urandom(4096)
    path.write_bytes(content)
    assert main(["mentees", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert "not a Mentor Journal file" in err
    assert "Traceback" not in err
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["photo.sqlite"]


def test_environment_variable_is_honoured_and_db_wins(
    demo_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    missing = tmp_path / "missing.sqlite"
    monkeypatch.setenv("MENTORJOURNAL_DB", str(demo_path))
    assert len(_json(capsys)) == 12
    # --db wins over the environment, before or after the command name.
    assert main(["mentees", "--db", str(missing)]) == 1
    assert str(missing) in capsys.readouterr().err
    assert main(["--db", str(missing), "mentees"]) == 1
    capsys.readouterr()
    monkeypatch.setenv("MENTORJOURNAL_DB", str(missing))
    assert len(_json(capsys, "--db", str(demo_path))) == 12
    assert main(["--db", str(demo_path), "mentees", "--json"]) == 0
    assert not missing.exists()


def test_utf8_output_even_when_the_locale_says_ascii(demo_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "MENTORJOURNAL_DB"}
    env["PYTHONIOENCODING"] = "ascii"
    result = subprocess.run(
        [sys.executable, "-m", "mentorjournal", "mentees", "--db", str(demo_path)],
        capture_output=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")
    assert "ብርሃኑ ወልዴ" in out and "عمر الفاروق" in out
