"""`mentorjournal report`: each format to a file, CSV to a folder, and the one-line errors."""

from __future__ import annotations

import csv
import io
import os
import stat
from pathlib import Path

import pytest

from mentorjournal.__main__ import main
from mentorjournal.services import Services
from mentorjournal.store import open_journal
from tests.reports.summary_known import ARABIC, GOAL, MARKER, NAME, NOTE, fill_summary_journal

TODAY = ["--today", "2026-11-23"]


@pytest.fixture
def known_path(journal_path: Path) -> Path:
    journal = open_journal(journal_path)
    try:
        fill_summary_journal(Services.for_journal(journal))
    finally:
        journal.close()
    return journal_path


def _report(db: Path, *args: str) -> int:
    return main(["report", "--db", str(db), *TODAY, *args])


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_mentee_summary_as_a_document(
    known_path: Path, tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"selam.{fmt}"
    assert _report(known_path, "--mentee", "Selam", "--format", fmt, "--out", str(out)) == 0
    assert str(out) in capsys.readouterr().out
    text = out.read_text(encoding="utf-8")
    assert NAME in text and GOAL in text and NOTE in text and MARKER not in text
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert (
        _report(
            known_path,
            "--mentee",
            "Selam",
            "--format",
            fmt,
            "--out",
            str(out),
            "--include-private",
            "--from",
            "2026-10-01",
            "--to",
            "2026-11-30",
        )
        == 0
    )
    text = out.read_text(encoding="utf-8")
    assert MARKER in text and "30 Nov 2026" in text


def test_csv_to_a_file_is_the_sessions_table(known_path: Path, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "sessions.csv"
    assert _report(known_path, "--mentee", NAME, "--format", "csv", "--out", str(out)) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline="")))
    assert len(rows) == 3 and "session_id" in rows[0]
    assert list(out.parent.iterdir()) == [out]


def test_csv_to_a_folder_is_one_file_per_table(known_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "tables"
    folder.mkdir()
    assert _report(known_path, "--mentee", NAME, "--format", "csv", "--out", str(folder)) == 0
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["action_items.csv", "goals.csv", "sessions.csv", "skill_ratings.csv"]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in folder.iterdir())


def test_all_gives_the_programme_report(known_path: Path, tmp_path: Path) -> None:
    md = tmp_path / "programme.md"
    assert _report(known_path, "--all", "--format", "md", "--out", str(md)) == 0
    assert "Programme report" in md.read_text(encoding="utf-8")
    html = tmp_path / "programme.html"
    assert _report(known_path, "--all", "--format", "html", "--out", str(html), "--anonymise") == 0
    assert ARABIC not in html.read_text(encoding="utf-8")
    folder = tmp_path / "all"
    folder.mkdir()
    assert _report(known_path, "--all", "--format", "csv", "--out", f"{folder}/") == 0
    assert (folder / "mentees.csv").exists() and (folder / "sessions.csv").exists()


def test_csv_to_a_new_folder_makes_it_owner_only(known_path: Path, tmp_path: Path) -> None:
    """`--out tables/` as --help says: the folder is made (0700, whatever the umask)."""
    folder = tmp_path / "tables"
    old = os.umask(0o022)
    try:
        assert _report(known_path, "--all", "--format", "csv", "--out", f"{folder}/") == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert (folder / "mentees.csv").exists() and (folder / "sessions.csv").exists()


def test_csv_folder_is_made_only_in_an_existing_one(
    known_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "no" / "such" / "tables"
    assert _report(known_path, "--all", "--format", "csv", "--out", f"{out}/") == 2
    assert "Cannot make the folder" in capsys.readouterr().err
    assert not (tmp_path / "no").exists()


def test_a_failed_run_makes_no_folder(tmp_path: Path) -> None:
    folder = tmp_path / "tables"
    assert (
        _report(tmp_path / "nothing.sqlite", "--all", "--format", "csv", "--out", f"{folder}/") == 1
    )
    assert not folder.exists()


def test_calendar(known_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "selam.ics"
    assert _report(known_path, "--mentee", NAME, "--format", "ics", "--out", str(out)) == 0
    data = out.read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and b"BEGIN:VTODO" in data


def test_missing_journal_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "nothing.sqlite"
    out = tmp_path / "x.md"
    assert _report(db, "--mentee", "x", "--format", "md", "--out", str(out)) == 1
    assert list(tmp_path.iterdir()) == []
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (["--mentee", NAME, "--from", "2026-13-01"], 2, "--from wants a date"),
        (["--mentee", NAME, "--to", "soon"], 2, "--to wants a date"),
        (["--mentee", NAME, "--from", "2026-11-02", "--to", "2026-11-01"], 2, "after"),
        (["--mentee", "Nobody Here"], 1, "No mentee matches"),
        (["--all", "--format", "ics"], 2, "one mentee"),
    ],
)
def test_one_line_errors(
    known_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    status: int,
    message: str,
) -> None:
    out = tmp_path / "out.md"
    if "--format" not in args:
        args = [*args, "--format", "md"]
    assert _report(known_path, *args, "--out", str(out)) == status
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and message in err
    assert not out.exists()


def test_mentee_summary_as_pdf(known_path: Path, tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    out = tmp_path / "selam.pdf"
    args = ["--mentee", "Selam", "--format", "pdf", "--out", str(out), "--page-size", "letter"]
    assert _report(known_path, *args, "--sections", "goals,sessions") == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    document = pdfium.PdfDocument(out)
    try:
        text = " ".join(" ".join(p.get_textpage().get_text_range().split()) for p in document)
        width, _height = document[0].get_size()
    finally:
        document.close()
    assert NAME in text and GOAL in text and NOTE in text and MARKER not in text
    assert "Profile" not in text  # not among the sections asked for
    assert width == pytest.approx(612, abs=0.5)  # Letter


def test_programme_report_as_pdf(known_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "programme.pdf"
    assert _report(known_path, "--all", "--format", "pdf", "--out", str(out), "--anonymise") == 0
    import pypdf

    text = " ".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    assert "Programme report" in text and "M-001" in text and NAME not in text


def test_unknown_section_is_a_usage_error(
    known_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    code = _report(
        known_path,
        "--mentee",
        "Selam",
        "--format",
        "pdf",
        "--out",
        str(out),
        "--sections",
        "goals,gossip",
    )
    assert code != 0 and not out.exists()
    assert "--sections" in capsys.readouterr().err
