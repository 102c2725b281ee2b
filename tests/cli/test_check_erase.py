"""`mentorjournal check` and `mentorjournal erase`, and every command on a bad journal file:
one plain line, a non-zero status, and the file left byte-identical with nothing beside it."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from mentorjournal.__main__ import main
from mentorjournal.cli.commands import COMMANDS
from mentorjournal.services import Services
from mentorjournal.store import open_journal

# --- check ---------------------------------------------------------------------------------


def test_check_on_a_sound_journal(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--db", str(demo_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Journal: {demo_path}\nHolds: ")
    assert out.rstrip().endswith("No problems found.")


def test_check_reports_problems_with_status_1(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = sqlite3.connect(demo_path)  # foreign keys off: a row pointing to a missing mentee
    conn.execute(
        "UPDATE reflection SET mentee_id = 99999 WHERE id = (SELECT min(id) FROM reflection)"
    )
    conn.commit()
    conn.close()
    assert main(["check", "--db", str(demo_path)]) == 1
    out = capsys.readouterr().out
    assert "1 problem found:" in out
    assert "1 of the reflections refer to mentees that no longer exist." in out
    assert "Problems per table: reflections 1." in out


# --- erase ---------------------------------------------------------------------------------


class _Terminal(io.StringIO):
    """Standard input as a person at a terminal types it."""

    def isatty(self) -> bool:
        return True


def _a_mentee(demo_path: Path) -> tuple[str, str, str]:
    """Name, public id and a private note of a demo mentee who has a note."""
    with open_journal(demo_path) as journal:
        mentees = Services.for_journal(journal).mentees
        for summary in mentees.list_summaries():
            m = mentees.get(summary.id)
            if m.private_notes:
                return m.full_name, m.public_id, m.private_notes
    raise AssertionError("the demo journal has no mentee with private notes")


def _ids(demo_path: Path) -> set[str]:
    with open_journal(demo_path) as journal:
        return {m.public_id for m in Services.for_journal(journal).mentees.list_summaries()}


def test_erase_with_yes_shows_counts_and_erases(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name, public_id, note = _a_mentee(demo_path)
    with open_journal(demo_path) as journal:
        preview = Services.for_journal(journal).mentees.erasure_preview(
            Services.for_journal(journal).mentees.find(public_id).id or 0
        )
    assert main(["erase", "--db", str(demo_path), "--mentee", public_id, "--yes"]) == 0
    out = capsys.readouterr().out
    assert f"Erasing {name} removes:" in out
    assert f"  action items: {preview.action_items}\n" in out
    assert f"  goals: {preview.goals}\n" in out
    assert f"  reflections: {preview.reflections}\n" in out
    assert out.rstrip().endswith(f"Erased {name} and all their records.")
    assert note not in out and "?" not in out  # never note text; no question with --yes
    assert public_id not in _ids(demo_path)


def test_erase_without_a_terminal_refuses_untouched(
    demo_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _name, public_id, _note = _a_mentee(demo_path)
    monkeypatch.setattr(sys, "stdin", io.StringIO("y\n"))  # piped input is not a yes
    before = demo_path.read_bytes()
    assert main(["erase", "--db", str(demo_path), "--mentee", public_id]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.splitlines()) == 1 and "--yes" in captured.err
    assert demo_path.read_bytes() == before
    assert public_id in _ids(demo_path)


@pytest.mark.parametrize(
    ("answer", "erased"),
    [("y\n", True), ("yes\n", True), ("\n", False), ("n\n", False), ("", False)],
)
def test_erase_asks_on_a_terminal(
    demo_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
    erased: bool,
) -> None:
    name, public_id, _note = _a_mentee(demo_path)
    monkeypatch.setattr(sys, "stdin", _Terminal(answer))
    status = main(["erase", "--db", str(demo_path), "--mentee", name])
    out = capsys.readouterr().out
    assert f"Erase {name} and all their records? This cannot be undone. [y/N] " in out
    assert status == (0 if erased else 1)
    assert (public_id not in _ids(demo_path)) is erased
    assert ("Erased " in out) is erased and ("Nothing was erased." in out) is not erased


def test_erase_of_nobody_is_one_line(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["erase", "--db", str(demo_path), "--mentee", "No Such Person", "--yes"]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "no longer exists" in err


def test_both_commands_are_registered() -> None:
    names = {command.__name__.rsplit(".", 1)[-1] for command in COMMANDS}  # type: ignore[attr-defined]
    assert {"check", "erase"} <= names


# --- every command on a bad journal file ----------------------------------------------------


def _other_program(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('x', '1')")
    conn.commit()
    conn.close()


def _newer_schema(demo: Path) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        path.write_bytes(demo.read_bytes())
        conn = sqlite3.connect(path)
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
        conn.close()
        for suffix in ("-wal", "-shm"):
            assert not path.with_name(path.name + suffix).exists()

    return make


def _bad_file(kind: str, path: Path, demo: Path) -> None:
    if kind == "zero-byte":
        path.write_bytes(b"")
    elif kind == "random-bytes":
        path.write_bytes(os.urandom(8192))
    elif kind == "truncated":
        data = demo.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif kind == "scrambled-page":  # a page of records, past the schema's first ~50 pages
        data = bytearray(demo.read_bytes())
        size = int.from_bytes(data[16:18], "big")
        late = (len(data) // size * 3 // 4) * size
        data[late : late + size] = os.urandom(size)
        path.write_bytes(bytes(data))
    elif kind == "text":
        path.write_text("Session notes, week 3\nAbebe: soldering practice\n", encoding="utf-8")
    elif kind == "directory":
        path.mkdir()
        (path / "inside.txt").write_text("not a journal", encoding="utf-8")
    elif kind == "other-program":
        _other_program(path)
    elif kind == "newer-schema":
        _newer_schema(demo)(path)
    else:
        raise AssertionError(kind)


BAD_FILES = (
    "zero-byte",
    "random-bytes",
    "truncated",
    "scrambled-page",
    "text",
    "directory",
    "other-program",
    "newer-schema",
)


def _subcommands() -> list[tuple[str, ...]]:
    names = {command.__name__.rsplit(".", 1)[-1] for command in COMMANDS}  # type: ignore[attr-defined]
    subcommands: list[tuple[str, ...]] = [
        ("mentees",),
        ("check",),
        ("erase", "--yes", "--mentee", "x"),
    ]
    if "report" in names:
        subcommands.append(("report", "--all", "--format", "md", "--out", "OUT"))
    # Every other command that opens the journal (backup --list and --restore work from the
    # path alone, on purpose: they serve a damaged journal).
    subcommands += [
        ("export", "--plain", "--out", "OUT.json"),
        ("import", "EXPORT"),
        ("import", "--dry-run", "EXPORT"),
        ("backup",),
        ("search", "wiring"),
    ]
    return subcommands


@pytest.fixture(scope="session")
def export_file(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Path:
    """A sound plain export, to import into the bad file."""
    out = tmp_path_factory.mktemp("export") / "journal.json"
    assert main(["export", "--db", str(demo_template), "--out", str(out), "--plain"]) == 0
    return out


def _tree(folder: Path) -> dict[str, bytes | None]:
    """Every file and folder under `folder`, with the bytes of each file."""
    return {
        str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None)
        for p in sorted(folder.rglob("*"))
    }


@pytest.mark.parametrize("kind", BAD_FILES)
@pytest.mark.parametrize("subcommand", _subcommands(), ids=lambda s: "-".join(s[:2]))
def test_every_command_refuses_a_bad_file_in_one_line_untouched(
    tmp_path: Path,
    demo_template: Path,
    export_file: Path,
    capsys: pytest.CaptureFixture[str],
    subcommand: tuple[str, ...],
    kind: str,
) -> None:
    folder = tmp_path / "journals"
    folder.mkdir()
    path = folder / "journal.sqlite"
    _bad_file(kind, path, demo_template)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    args = [
        str(export_file) if a == "EXPORT" else a.replace("OUT", str(out_dir / "report.md"))
        for a in subcommand
    ]
    before = _tree(folder)

    status = main([*args, "--db", str(path)])

    captured = capsys.readouterr()
    assert status != 0
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("mentorjournal: ") and str(path) in lines[0]
    assert "Traceback" not in captured.err + captured.out
    assert _tree(folder) == before  # byte-identical, and no -wal or -shm beside it
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("truncated", "is damaged"),
        ("scrambled-page", "is damaged"),
        ("newer-schema", "newer version"),
        ("other-program", "another program"),
        ("zero-byte", "empty"),
    ],
)
def test_the_line_says_what_is_wrong(
    tmp_path: Path,
    demo_template: Path,
    capsys: pytest.CaptureFixture[str],
    kind: str,
    words: str,
) -> None:
    path = tmp_path / "journal.sqlite"
    _bad_file(kind, path, demo_template)
    assert main(["check", "--db", str(path)]) == 1
    assert words in capsys.readouterr().err


def test_a_damaged_journal_in_a_real_process(tmp_path: Path, demo_template: Path) -> None:
    path = tmp_path / "journal.sqlite"
    _bad_file("truncated", path, demo_template)
    before = _tree(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "mentorjournal", "check", "--db", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1 and "is damaged" in done.stderr
    assert _tree(tmp_path) == before
