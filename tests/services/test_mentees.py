"""Mentee use cases: create, edit, tags, validation, listing with counts, finding, erasure."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest

from mentorjournal.models import (
    ActionItemFields,
    Attendance,
    CheckInInput,
    GoalInput,
    MenteeInput,
    MenteeStatus,
    ReflectionInput,
    SessionInput,
    SessionKind,
)
from mentorjournal.services import Services
from mentorjournal.store import JournalError, NotFound, ValidationError


def test_create_and_get_keeps_every_field(services: Services) -> None:
    created = services.mentees.create(
        MenteeInput(
            full_name="  Abebe Kebede ",
            preferred_name="Abe",
            programme="Electrical Installation",
            cohort="EI-2026A",
            level="Level 2",
            start_date=date(2026, 2, 1),
            status=MenteeStatus.PAUSED,
            consent_date=date(2026, 2, 3),
            contact="abebe@example.org",
            private_notes="Worried about rent.",
            cadence_days=21,
            tags=["apprentice"],
        )
    )
    got = services.mentees.get(created.id or 0)
    assert got.full_name == "Abebe Kebede"  # surrounding spaces of a name are trimmed
    assert (got.preferred_name, got.programme, got.cohort, got.level) == (
        "Abe",
        "Electrical Installation",
        "EI-2026A",
        "Level 2",
    )
    assert got.start_date == date(2026, 2, 1) and got.consent_date == date(2026, 2, 3)
    assert got.status is MenteeStatus.PAUSED
    assert got.private_notes == "Worried about rent."
    assert got.cadence_days == 21
    assert len(got.public_id) == 36
    assert got.created_at.tzinfo is not None
    assert services.mentees.tags(got.id or 0) == ["apprentice"]


def test_update_changes_fields_and_stamp(services: Services) -> None:
    m = services.mentees.create(MenteeInput(full_name="Sara Ali"))
    updated = services.mentees.update(
        m.id or 0, MenteeInput(full_name="Sara Ali Hassan", programme="Welding")
    )
    again = services.mentees.get(m.id or 0)
    assert again.full_name == "Sara Ali Hassan" and again.programme == "Welding"
    assert again.public_id == m.public_id
    assert updated.updated_at > m.updated_at


def test_tags_are_case_insensitive_and_unused_tags_vanish(services: Services) -> None:
    a = services.mentees.create(MenteeInput(full_name="A", tags=["Welding", "welding ", "night"]))
    b = services.mentees.create(MenteeInput(full_name="B", tags=["WELDING"]))
    assert services.mentees.tags(a.id or 0) == ["night", "Welding"]
    assert services.mentees.tags(b.id or 0) == ["Welding"]  # the existing tag is reused
    services.mentees.update(a.id or 0, MenteeInput(full_name="A", tags=[]))
    assert services.mentees.all_tags() == ["Welding"]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (MenteeInput(full_name="   "), "full_name"),
        (MenteeInput(full_name=""), "full_name"),
        (MenteeInput(full_name="x", start_date=date(2205, 1, 1)), "start_date"),
        (MenteeInput(full_name="x", consent_date=date(1, 1, 1)), "consent_date"),
        (MenteeInput(full_name="x", cadence_days=0), "cadence_days"),
        (MenteeInput(full_name="x\x00y"), "full_name"),
        (MenteeInput(full_name="x", private_notes="a\x00"), "private_notes"),
        (MenteeInput(full_name="x" * 201), "full_name"),
    ],
)
def test_invalid_mentee_is_refused_with_field_message(
    services: Services, data: MenteeInput, field: str
) -> None:
    with pytest.raises(ValidationError) as info:
        services.mentees.create(data)
    assert field in info.value.fields
    assert info.value.fields[field].endswith(".")
    assert services.mentees.list_summaries() == []


def test_update_of_missing_mentee_is_not_found(services: Services) -> None:
    with pytest.raises(NotFound):
        services.mentees.update(999, MenteeInput(full_name="Ghost"))


def test_summaries_count_sessions_and_open_actions(services: Services) -> None:
    a = services.mentees.create(MenteeInput(full_name="Zewdu"))
    b = services.mentees.create(MenteeInput(full_name="Éloïse", status=MenteeStatus.COMPLETED))
    services.sessions.create(
        SessionInput(started_at=datetime(2026, 3, 1, 9), attendees=[Attendance(mentee_id=a.id)]),
        [ActionItemFields(text="Practise"), ActionItemFields(text="Read", done_date=date.today())],
    )
    services.sessions.create(
        SessionInput(
            started_at=datetime(2026, 4, 1, 9),
            kind=SessionKind.GROUP,
            attendees=[Attendance(mentee_id=a.id), Attendance(mentee_id=b.id)],
        )
    )
    rows = {r.full_name: r for r in services.mentees.list_summaries()}
    assert rows["Zewdu"].sessions == 2 and rows["Zewdu"].open_actions == 1
    assert rows["Zewdu"].last_session_at == datetime(2026, 4, 1, 9)
    assert rows["Éloïse"].sessions == 1 and rows["Éloïse"].open_actions == 0
    assert [r.full_name for r in services.mentees.list_summaries()] == ["Éloïse", "Zewdu"]
    completed = services.mentees.list_summaries(MenteeStatus.COMPLETED)
    assert [r.full_name for r in completed] == ["Éloïse"]
    assert rows["Éloïse"].matches("eloise") and rows["Éloïse"].matches("ELO")
    assert not rows["Zewdu"].matches("eloise")


def test_find_by_public_id_exact_name_or_unique_part(services: Services) -> None:
    a = services.mentees.create(MenteeInput(full_name="Abebe Kebede"))
    services.mentees.create(MenteeInput(full_name="Abebe Girma"))
    services.mentees.create(MenteeInput(full_name="ليلى حسن"))
    assert services.mentees.find(a.public_id).id == a.id
    assert services.mentees.find("abebe kebede").id == a.id
    assert services.mentees.find("Kebede").id == a.id
    assert services.mentees.find("ليلى").full_name == "ليلى حسن"
    with pytest.raises(JournalError, match="2 mentees match"):
        services.mentees.find("Abebe")
    with pytest.raises(NotFound):
        services.mentees.find("Nobody")


def test_erasure_removes_everything_about_the_mentee(services: Services) -> None:
    """A GDPR erasure: nothing about the mentee remains, and nothing dangles."""
    gone = services.mentees.create(
        MenteeInput(full_name="Erase Me", private_notes="MARKER-1", tags=["only-mine"])
    )
    stays = services.mentees.create(MenteeInput(full_name="Stays"))
    solo = services.sessions.create(
        SessionInput(
            started_at=datetime(2026, 1, 5, 10),
            notes="MARKER-2",
            attendees=[Attendance(mentee_id=gone.id, confidence=2)],
        ),
        [ActionItemFields(text="MARKER-3")],
    )
    group = services.sessions.create(
        SessionInput(
            started_at=datetime(2026, 1, 6, 10),
            kind=SessionKind.GROUP,
            attendees=[Attendance(mentee_id=gone.id), Attendance(mentee_id=stays.id)],
        )
    )
    goal = services.goals.create(GoalInput(mentee_id=gone.id or 0, title="MARKER-4"))
    services.goals.add_check_in(
        CheckInInput(goal_id=goal.id or 0, checked_on=date(2026, 1, 7), percent=10)
    )
    services.reflections.create(
        ReflectionInput(mentee_id=gone.id or 0, written_on=date(2026, 1, 7), text="MARKER-5")
    )

    preview = services.mentees.erasure_preview(gone.id or 0)
    assert (preview.sessions, preview.group_sessions, preview.action_items) == (1, 1, 1)
    assert (preview.goals, preview.check_ins, preview.reflections) == (1, 1, 1)

    services.mentees.erase(gone.id or 0)

    with pytest.raises(NotFound):
        services.mentees.get(gone.id or 0)
    with pytest.raises(NotFound):
        services.sessions.get(solo.id or 0)
    kept = services.sessions.get(group.id or 0)
    assert [a.mentee_id for a in kept.attendees] == [stays.id]
    assert services.mentees.all_tags() == []

    conn = sqlite3.connect(services.journal.path)
    try:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for table in ("action_item", "goal", "goal_check_in", "reflection", "mentee_tag"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table
        dump = "\n".join(conn.iterdump())
    finally:
        conn.close()
    for marker in ("MARKER-1", "MARKER-2", "MARKER-3", "MARKER-4", "MARKER-5", "Erase Me"):
        assert marker not in dump
