"""Erasing a mentee leaves none of their words in the search index, nor in the journal files.

The index stores words folded to lower case (and without accents), not the text as typed:
the marker is one lower-case word, and the files are searched for its tail (FTS5 stores a
word after the part it shares with the word before it)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from mentorjournal.models import (
    ActionItemInput,
    Attendance,
    CheckInInput,
    GoalInput,
    MenteeInput,
    RatingInput,
    ReflectionInput,
    SessionInput,
)
from mentorjournal.services import Services
from mentorjournal.store import open_journal

MARKER = "qqzxerasedword4417"
TAIL = MARKER[3:].encode()


def _holding(path: Path) -> list[str]:
    names = (path.name, path.name + "-wal", path.name + "-shm")
    files = [path.parent / n for n in names]
    return [f.name for f in files if f.exists() and TAIL in f.read_bytes()]


def _fill(services: Services) -> tuple[int, int]:
    stays = services.mentees.create(MenteeInput(full_name="Stays", private_notes="kept words"))
    gone = services.mentees.create(
        MenteeInput(full_name=f"Gone {MARKER}", private_notes=f"private {MARKER}")
    )
    gone_id = gone.id or 0
    session = services.sessions.create(
        SessionInput(
            started_at=datetime(2026, 3, 1, 10),
            topics=MARKER,
            notes=f"notes {MARKER}",
            private_note=f"private {MARKER}",
            attendees=[Attendance(mentee_id=gone_id)],
        )
    )
    goal = services.goals.create(GoalInput(mentee_id=gone_id, title=MARKER, specific=MARKER))
    services.goals.add_check_in(
        CheckInInput(goal_id=goal.id or 0, checked_on=date(2026, 3, 2), percent=5, note=MARKER)
    )
    services.actions.create(ActionItemInput(mentee_id=gone_id, text=MARKER))
    for private in (False, True):
        services.reflections.create(
            ReflectionInput(
                mentee_id=gone_id,
                session_id=session.id,
                written_on=date(2026, 3, 2),
                text=MARKER,
                is_private=private,
            )
        )
    skill = services.skills.framework()[0]
    services.skills.rate(
        RatingInput(
            mentee_id=gone_id,
            skill_id=skill.id or 0,
            rated_on=date(2026, 3, 2),
            rating=2,
            note=MARKER,
        )
    )
    # Many more rows, so that the index has several segments as a journal in use has.
    for i in range(30):
        services.actions.create(ActionItemInput(mentee_id=stays.id or 0, text=f"task {i}"))
    return stays.id or 0, gone_id


@pytest.mark.parametrize("reopen", [True, False], ids=["in-journal-file", "in-wal"])
def test_erased_words_are_nowhere_in_the_files(journal_path: Path, reopen: bool) -> None:
    journal = open_journal(journal_path)
    services = Services.for_journal(journal)
    stays, gone = _fill(services)
    assert len(services.search.search(MARKER)) == 10
    if reopen:
        journal.close()
        assert _holding(journal_path) == ["journal.sqlite"]
        journal = open_journal(journal_path)
        services = Services.for_journal(journal)
    else:
        assert _holding(journal_path)  # else the test would prove nothing

    services.mentees.erase(gone)

    assert services.search.search(MARKER).groups == []
    assert _holding(journal_path) == []
    # The rest of the index still works and is in step.
    assert [g.mentee_id for g in services.search.search("kept").groups] == [stays]
    assert len(services.search.search("task")) == 30
    journal.close()
    assert _holding(journal_path) == []
