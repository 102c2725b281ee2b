"""Journal integrity: the quick check on open refuses damage untouched; the full check reports;
erasure leaves no trace of the erased text in the journal's files."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from mentorjournal.models import (
    Attendance,
    CheckInInput,
    GoalInput,
    MenteeInput,
    ReflectionInput,
    SessionInput,
)
from mentorjournal.services import Services
from mentorjournal.store import JournalDamaged, JournalError, open_journal
from mentorjournal.store.integrity import full_check, quick_check
from mentorjournal.store.schema import HEAD_REVISION, read_revision


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _fill(path: Path, mentees: int = 200) -> None:
    """Records spanning several times the pages of the empty journal (its schema takes the
    first ~50 pages), so damage past the first half hits records, not the schema. Closed
    (checkpointed) afterwards."""
    with open_journal(path) as journal:
        services = Services.for_journal(journal)
        for i in range(mentees):
            m = services.mentees.create(
                MenteeInput(full_name=f"Mentee {i}", private_notes=f"note {i} " * 200)
            )
            services.sessions.create(
                SessionInput(
                    started_at=datetime(2026, 1, 1 + i % 28, 9),
                    notes=f"session {i} " * 100,
                    attendees=[Attendance(mentee_id=m.id or 0)],
                )
            )


@pytest.fixture(scope="module")
def filled_template(tmp_path_factory: pytest.TempPathFactory, template_journal: Path) -> Path:
    path = tmp_path_factory.mktemp("filled") / "filled.sqlite"
    shutil.copyfile(template_journal, path)
    _fill(path)
    assert not path.with_name(path.name + "-wal").exists()
    assert path.stat().st_size > 4 * 200_000
    return path


@pytest.fixture
def filled_path(journal_path: Path, filled_template: Path) -> Path:
    shutil.copyfile(filled_template, journal_path)
    return journal_path


def test_sound_journal_passes_both_checks(filled_path: Path) -> None:
    quick_check(filled_path)
    with open_journal(filled_path) as journal:
        quick_check(journal.engine)
        report = full_check(journal)
    assert report.ok and report.problems == [] and report.problems_per_table == {}
    assert report.rows["mentees"] == 200 and report.rows["sessions"] == 200


def test_quick_check_on_a_path_writes_nothing(filled_path: Path) -> None:
    before = _snapshot(filled_path.parent)
    quick_check(filled_path)
    assert _snapshot(filled_path.parent) == before


def test_truncated_journal_is_refused_untouched(filled_path: Path, tmp_path: Path) -> None:
    data = filled_path.read_bytes()
    cut = tmp_path / "cut" / "journal.sqlite"
    cut.parent.mkdir()
    cut.write_bytes(data[: len(data) // 2])
    before = _snapshot(cut.parent)
    # SQLite itself notices that the file is shorter than its header says; the plain
    # message must say "damaged", not "not a Mentor Journal file".
    with pytest.raises(JournalDamaged, match="is damaged .*restore a backup.*left untouched"):
        open_journal(cut)
    assert _snapshot(cut.parent) == before  # byte-identical, and no -wal or -shm beside it


def test_a_scrambled_page_is_refused_untouched(filled_path: Path) -> None:
    data = bytearray(filled_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    late = (pages * 3 // 4) * page_size  # a page of records, not of the schema
    data[late : late + page_size] = os.urandom(page_size)
    filled_path.write_bytes(bytes(data))
    before = _snapshot(filled_path.parent)
    assert read_revision(filled_path) == HEAD_REVISION
    with pytest.raises(JournalDamaged):
        open_journal(filled_path)
    with pytest.raises(JournalDamaged):
        quick_check(filled_path)
    assert _snapshot(filled_path.parent) == before


def test_journal_in_use_elsewhere_opens_with_its_wal(filled_path: Path) -> None:
    """With a -wal present (the app open in another window), the check reads it too."""
    with open_journal(filled_path) as first:
        Services.for_journal(first).mentees.create(MenteeInput(full_name="Only in the WAL"))
        assert filled_path.with_name(filled_path.name + "-wal").stat().st_size > 0
        with open_journal(filled_path) as second:
            names = [m.full_name for m in Services.for_journal(second).mentees.list_summaries()]
    assert "Only in the WAL" in names


def test_full_check_reports_dangling_references_per_table(journal_path: Path) -> None:
    with open_journal(journal_path) as journal:
        services = Services.for_journal(journal)
        m = services.mentees.create(MenteeInput(full_name="Someone"))
        for title in ("One", "Two"):
            services.goals.create(GoalInput(mentee_id=m.id or 0, title=title))
    conn = sqlite3.connect(journal_path)  # foreign keys are off in a bare connection
    conn.execute("UPDATE goal SET mentee_id = 999")
    conn.commit()
    conn.close()
    with open_journal(journal_path) as journal:  # quick_check does not look at references
        report = full_check(journal)
    assert not report.ok
    assert report.problems == ["2 of the goals refer to mentees that no longer exist."]
    assert report.problems_per_table == {"goals": 2}


def test_full_check_finds_an_index_out_of_step(journal_path: Path) -> None:
    with open_journal(journal_path) as journal:
        for name in ("A", "B", "C"):
            Services.for_journal(journal).mentees.create(MenteeInput(full_name=name))
    conn = sqlite3.connect(journal_path)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_mentee_status ON mentee (full_name)'"
        " WHERE name = 'ix_mentee_status'"
    )
    conn.commit()
    conn.close()
    with open_journal(journal_path) as journal:  # pages are sound: the quick check passes
        report = full_check(journal)
    assert not report.ok
    assert report.problems_per_table == {"mentees": 3}
    assert all("index of the mentees" in p for p in report.problems)


def test_a_damaged_journal_is_a_plain_journal_error(tmp_path: Path) -> None:
    error = JournalDamaged(tmp_path / "j.sqlite", "database disk image is malformed")
    assert isinstance(error, JournalError)
    assert "\n" not in str(error)


# --- erasure leaves no trace --------------------------------------------------------------
MARKER = "ZQX-ERASE-MARKER-7731"


def _raw_files(path: Path) -> dict[str, bytes]:
    names = (path.name, path.name + "-wal", path.name + "-shm")
    return {n: (path.parent / n).read_bytes() for n in names if (path.parent / n).exists()}


def _holding_marker(path: Path) -> list[str]:
    needle = MARKER.encode()
    return [name for name, data in _raw_files(path).items() if needle in data]


@pytest.mark.parametrize("reopen", [True, False], ids=["text-in-journal-file", "text-in-wal"])
def test_erasure_leaves_no_trace_in_the_files(journal_path: Path, reopen: bool) -> None:
    journal = open_journal(journal_path)
    services = Services.for_journal(journal)
    other = services.mentees.create(MenteeInput(full_name="Stays"))
    gone = services.mentees.create(
        MenteeInput(full_name=f"Erase {MARKER}", private_notes=f"private {MARKER}")
    )
    gone_id = gone.id or 0
    session = services.sessions.create(
        SessionInput(
            started_at=datetime(2026, 3, 1, 10),
            notes=f"session notes {MARKER}",
            private_note=f"private note {MARKER}",
            attendees=[Attendance(mentee_id=gone_id)],
        )
    )
    goal = services.goals.create(
        GoalInput(mentee_id=gone_id, title=f"Goal {MARKER}", specific=MARKER)
    )
    services.goals.add_check_in(
        CheckInInput(goal_id=goal.id or 0, checked_on=date(2026, 3, 2), percent=40, note=MARKER)
    )
    services.reflections.create(
        ReflectionInput(
            mentee_id=gone_id,
            session_id=session.id,
            written_on=date(2026, 3, 2),
            text=f"reflection {MARKER}",
        )
    )
    if reopen:  # the text now sits in the journal file itself, not only in the -wal file
        journal.close()
        assert _holding_marker(journal_path) == ["journal.sqlite"]
        journal = open_journal(journal_path)
        services = Services.for_journal(journal)
    else:
        assert _holding_marker(journal_path)  # the test would prove nothing otherwise

    services.mentees.erase(gone_id)

    # While the journal is still open (the app keeps running after an erasure) ...
    assert _holding_marker(journal_path) == []
    assert services.mentees.get(other.id or 0).full_name == "Stays"
    journal.close()
    # ... and after it is closed.
    assert _holding_marker(journal_path) == []


def test_checkpoint_empties_the_wal(journal: object) -> None:
    from mentorjournal.store import Journal

    assert isinstance(journal, Journal)
    Services.for_journal(journal).mentees.create(MenteeInput(full_name="Someone"))
    wal = journal.path.with_name(journal.path.name + "-wal")
    assert wal.stat().st_size > 0
    assert journal.checkpoint() is True
    assert wal.stat().st_size == 0
