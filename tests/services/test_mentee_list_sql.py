"""The mentee list read in plain SQL (services/mentee_list.py, before SQLAlchemy loads) gives
what the models store: statuses, last session times to the microsecond, tags in a trainer's
order, names with accents and scripts; and its connection cannot write."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest

from mentorjournal.models import (
    Attendance,
    MenteeInput,
    MenteeStatus,
    SessionInput,
)
from mentorjournal.services import Services
from mentorjournal.store.journal import Journal


def test_the_list_reads_what_the_models_wrote(services: Services) -> None:
    eloise = services.mentees.create(
        MenteeInput(
            full_name="Éloïse Martin",
            preferred_name="Elo",
            programme="Welding",
            cohort="2026",
            status=MenteeStatus.PAUSED,
            tags=["zeta", "Alpha", "été"],
        )
    )
    amharic = services.mentees.create(
        MenteeInput(full_name="ሰላም ታደሰ", status=MenteeStatus.COMPLETED)
    )
    assert eloise.id is not None and amharic.id is not None
    started = datetime(2025, 12, 31, 23, 59, 58, 123456)
    services.sessions.create(
        SessionInput(started_at=started, attendees=[Attendance(mentee_id=eloise.id)])
    )
    by_id = {r.id: r for r in services.mentee_list.summaries(today=date(2026, 1, 1))}
    first, second = by_id[eloise.id], by_id[amharic.id]
    assert (first.full_name, first.preferred_name, first.programme, first.cohort) == (
        "Éloïse Martin",
        "Elo",
        "Welding",
        "2026",
    )
    assert first.status is MenteeStatus.PAUSED and second.status is MenteeStatus.COMPLETED
    assert first.public_id == eloise.public_id
    assert first.last_session_at == started and second.last_session_at is None
    assert first.tags == ("Alpha", "été", "zeta")  # case and accents ignored in the order
    assert second.full_name == "ሰላም ታደሰ" and second.tags == ()


def test_a_status_asked_for_keeps_only_its_mentees(services: Services) -> None:
    services.mentees.create(MenteeInput(full_name="Active One"))
    services.mentees.create(MenteeInput(full_name="Left One", status=MenteeStatus.WITHDRAWN))
    withdrawn = services.mentee_list.summaries(MenteeStatus.WITHDRAWN)
    assert [r.full_name for r in withdrawn] == ["Left One"]


def test_the_plain_reading_connection_cannot_write(journal: Journal) -> None:
    with journal.plain_reading() as conn, pytest.raises(sqlite3.OperationalError):
        conn.execute("DELETE FROM mentee")
