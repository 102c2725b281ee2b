"""`mentorjournal backup`: back up now, --list, --restore N (asks, refuses without a terminal),
and the pointer to the backups when a journal is damaged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from mentorjournal.__main__ import main
from mentorjournal.backups import Reason, list_backups
from mentorjournal.cli.commands import backup as backup_command


def names(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT full_name FROM mentee")}
    finally:
        conn.close()


def drop_a_mentee(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("DELETE FROM mentee WHERE id = (SELECT min(id) FROM mentee)")
    conn.commit()
    conn.close()


def test_backup_then_list(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--db", str(demo_path)]) == 0
    out = capsys.readouterr().out
    (made,) = list_backups(demo_path)
    assert made.reason == Reason.MANUAL
    assert f"Backed up to {made.path}" in out

    assert main(["backup", "--db", str(demo_path), "--list"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].startswith(f"Backups of {demo_path}, newest first")
    assert lines[1].split()[0] == "1" and "backed up by hand" in lines[1] and "MB" in lines[1]
    assert "--restore N" in lines[-1]


def test_list_without_backups(journal_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--db", str(journal_path), "--list"]) == 0
    assert capsys.readouterr().out.startswith(f"No backups of {journal_path}")


def test_restore_with_yes_backs_up_first(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = names(demo_path)
    assert main(["backup", "--db", str(demo_path)]) == 0
    drop_a_mentee(demo_path)
    assert names(demo_path) != before
    capsys.readouterr()

    assert main(["backup", "--db", str(demo_path), "--restore", "1", "--yes"]) == 0

    out = capsys.readouterr().out
    assert out.startswith("Restored the backup of ")
    assert "The journal as it was is backed up in" in out
    assert names(demo_path) == before
    assert [b.reason for b in list_backups(demo_path)] == [Reason.RESTORE, Reason.MANUAL]


def test_restore_without_a_terminal_refuses_plainly(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["backup", "--db", str(demo_path)]) == 0
    drop_a_mentee(demo_path)
    before = demo_path.read_bytes()
    capsys.readouterr()
    assert main(["backup", "--db", str(demo_path), "--restore", "1"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.splitlines()) == 1 and "--yes" in captured.err
    assert demo_path.read_bytes() == before


@pytest.mark.parametrize(("answer", "restored"), [("y", True), ("", False), ("no", False)])
def test_restore_asks_on_a_terminal(
    demo_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
    restored: bool,
) -> None:
    full = names(demo_path)
    assert main(["backup", "--db", str(demo_path)]) == 0
    drop_a_mentee(demo_path)
    fewer = names(demo_path)
    asked: list[str] = []
    monkeypatch.setattr(backup_command, "_can_ask", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: asked.append(prompt) or answer)

    status = main(["backup", "--db", str(demo_path), "--restore", "1"])

    assert asked and asked[0].startswith(f"Replace {demo_path} with the backup of ")
    assert status == (0 if restored else 1)
    assert names(demo_path) == (full if restored else fewer)
    if not restored:
        assert "Nothing was restored." in capsys.readouterr().out


def test_restore_number_out_of_range(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--db", str(demo_path)]) == 0
    capsys.readouterr()
    assert main(["backup", "--db", str(demo_path), "--restore", "5", "--yes"]) == 2
    assert "no backup number 5" in capsys.readouterr().err


def test_damaged_journal_points_to_its_backups_and_restores(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = names(demo_path)
    assert main(["backup", "--db", str(demo_path)]) == 0
    damaged = demo_path.read_bytes()[:20000]  # cut short, as by a failed copy
    demo_path.write_bytes(damaged)
    capsys.readouterr()

    assert main(["mentees", "--db", str(demo_path)]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert f"Its backups: mentorjournal backup --db {demo_path} --list" in err

    assert main(["backup", "--db", str(demo_path), "--restore", "1", "--yes"]) == 0
    out = capsys.readouterr().out
    (aside,) = demo_path.parent.glob("demo.damaged-*.sqlite")
    assert f"kept, untouched, as {aside}" in out
    assert aside.read_bytes() == damaged
    assert names(demo_path) == before


def test_damaged_journal_without_backups_has_no_pointer(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_path.write_bytes(demo_path.read_bytes()[:20000])
    assert main(["mentees", "--db", str(demo_path)]) == 1
    assert "Its backups" not in capsys.readouterr().err


@pytest.mark.parametrize("kind", ["zero-byte", "text", "directory", "missing"])
def test_backup_now_refuses_a_bad_file_in_one_line_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    folder = tmp_path / "journals"
    folder.mkdir()
    path = folder / "journal.sqlite"
    if kind == "zero-byte":
        path.write_bytes(b"")
    elif kind == "text":
        path.write_text("not a journal")
    elif kind == "directory":
        path.mkdir()
    before = sorted((p.name, p.read_bytes() if p.is_file() else None) for p in folder.iterdir())

    assert main(["backup", "--db", str(path)]) == 1

    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and err.startswith("mentorjournal: ")
    after = sorted((p.name, p.read_bytes() if p.is_file() else None) for p in folder.iterdir())
    assert after == before
    assert list_backups(path) == []
