"""The mentee list's counts on a small journal whose every answer is known: last session,
sessions (group sessions count for each attendee), open and overdue action items (done ones
never count; due today, or with no due date, is not overdue), zeros for a mentee with nothing.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from mentorjournal.models import (
    ActionItemInput,
    Attendance,
    MenteeInput,
    MenteeStatus,
    SessionInput,
    SessionKind,
)
from mentorjournal.services import Services

TODAY = date(2026, 6, 15)


def _journal_with_known_counts(services: Services) -> dict[str, int]:
    """Three mentees, their sessions and action items; returns their ids by name."""
    alem = services.mentees.create(MenteeInput(full_name="Alem Tesfaye"))
    bekele = services.mentees.create(MenteeInput(full_name="Bekele Abera"))
    chaltu = services.mentees.create(
        MenteeInput(full_name="Chaltu Gemechu", status=MenteeStatus.PAUSED)
    )
    assert alem.id is not None and bekele.id is not None and chaltu.id is not None
    for started in (datetime(2026, 1, 10, 9), datetime(2026, 3, 5, 10)):
        services.sessions.create(
            SessionInput(started_at=started, attendees=[Attendance(mentee_id=alem.id)])
        )
    services.sessions.create(
        SessionInput(
            started_at=datetime(2026, 2, 1, 14),
            kind=SessionKind.GROUP,
            attendees=[Attendance(mentee_id=alem.id), Attendance(mentee_id=bekele.id)],
        )
    )
    day = timedelta(days=1)
    for mentee_id, due, done in (
        (alem.id, None, None),  # open, no due date: not overdue
        (alem.id, TODAY - day, None),  # overdue
        (alem.id, TODAY, None),  # due today: not yet overdue
        (alem.id, TODAY + 10 * day, None),
        (alem.id, TODAY - 30 * day, TODAY - 20 * day),  # done late: counts nowhere
        (bekele.id, TODAY - 60 * day, None),
        (bekele.id, TODAY - 2 * day, None),
        (bekele.id, None, TODAY - day),  # done
    ):
        services.actions.create(
            ActionItemInput(mentee_id=mentee_id, text="Practise", due_date=due, done_date=done)
        )
    return {"Alem": alem.id, "Bekele": bekele.id, "Chaltu": chaltu.id}


def test_every_count_of_the_mentee_list(services: Services) -> None:
    ids = _journal_with_known_counts(services)
    rows = services.mentees.list_summaries(today=TODAY)
    assert [
        (r.id, r.last_session_at, r.sessions, r.open_actions, r.overdue_actions) for r in rows
    ] == [
        (ids["Alem"], datetime(2026, 3, 5, 10), 3, 4, 1),
        (ids["Bekele"], datetime(2026, 2, 1, 14), 1, 2, 2),
        (ids["Chaltu"], None, 0, 0, 0),
    ]


def test_counts_follow_the_day_they_are_asked_for(services: Services) -> None:
    ids = _journal_with_known_counts(services)
    later = {r.id: r for r in services.mentees.list_summaries(today=TODAY + timedelta(days=1))}
    assert later[ids["Alem"]].overdue_actions == 2  # the one due today is late tomorrow
    assert later[ids["Alem"]].open_actions == 4


def test_a_status_keeps_each_mentees_own_counts(services: Services) -> None:
    ids = _journal_with_known_counts(services)
    services.mentees.set_status(ids["Bekele"], MenteeStatus.PAUSED)
    paused = services.mentees.list_summaries(MenteeStatus.PAUSED, today=TODAY)
    assert [(r.id, r.sessions, r.open_actions, r.overdue_actions) for r in paused] == [
        (ids["Bekele"], 1, 2, 2),
        (ids["Chaltu"], 0, 0, 0),
    ]
