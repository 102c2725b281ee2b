"""Sessions (one-to-one and group) and the action items agreed in them."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from mentorjournal.models import (
    ActionItemFields,
    ActionItemInput,
    ActionOwner,
    Attendance,
    MenteeInput,
    SessionInput,
    SessionKind,
)
from mentorjournal.services import Services
from mentorjournal.store import NotFound, ValidationError


@pytest.fixture
def two_mentees(services: Services) -> tuple[int, int]:
    a = services.mentees.create(MenteeInput(full_name="Hana"))
    b = services.mentees.create(MenteeInput(full_name="Yonas"))
    return a.id or 0, b.id or 0


def test_session_with_actions_round_trips(services: Services, two_mentees: tuple[int, int]) -> None:
    a, _ = two_mentees
    created = services.sessions.create(
        SessionInput(
            started_at=datetime(2026, 5, 4, 14, 30),
            duration_minutes=45,
            kind=SessionKind.WORKPLACE_VISIT,
            topics="Cable sizing",
            notes="Good progress on the consumer unit.\nسلام",
            private_note="Seemed tired.",
            next_meeting_date=date(2026, 5, 18),
            attendees=[Attendance(mentee_id=a, confidence=4)],
        ),
        [
            ActionItemFields(text="Revise the regs chapter 4", due_date=date(2026, 5, 11)),
            ActionItemFields(text="Book the test rig", owner=ActionOwner.MENTOR),
        ],
    )
    detail = services.sessions.get(created.id or 0)
    s = detail.session
    assert s.started_at == datetime(2026, 5, 4, 14, 30)
    assert (s.duration_minutes, s.kind, s.topics) == (
        45,
        SessionKind.WORKPLACE_VISIT,
        "Cable sizing",
    )
    assert s.notes == "Good progress on the consumer unit.\nسلام"
    assert s.private_note == "Seemed tired." and s.next_meeting_date == date(2026, 5, 18)
    assert detail.attendees[0].confidence == 4 and detail.attendee_names == {a: "Hana"}
    assert [(x.text, x.owner, x.mentee_id) for x in detail.actions] == [
        ("Revise the regs chapter 4", ActionOwner.MENTEE, a),
        ("Book the test rig", ActionOwner.MENTOR, a),
    ]
    rows = services.sessions.list_for_mentee(a)
    assert len(rows) == 1 and rows[0].confidence == 4 and rows[0].open_action_count == 2


def test_group_session_lists_for_each_attendee(
    services: Services, two_mentees: tuple[int, int]
) -> None:
    a, b = two_mentees
    services.sessions.create(
        SessionInput(
            started_at=datetime(2026, 5, 4, 9),
            kind=SessionKind.GROUP,
            attendees=[
                Attendance(mentee_id=a, confidence=2),
                Attendance(mentee_id=b, confidence=5),
            ],
        )
    )
    ra, rb = services.sessions.list_for_mentee(a), services.sessions.list_for_mentee(b)
    assert (ra[0].confidence, ra[0].attendee_count) == (2, 2)
    assert (rb[0].confidence, rb[0].attendee_count) == (5, 2)


def test_update_replaces_attendees(services: Services, two_mentees: tuple[int, int]) -> None:
    a, b = two_mentees
    s = services.sessions.create(
        SessionInput(started_at=datetime(2026, 5, 4, 9), attendees=[Attendance(mentee_id=a)])
    )
    services.sessions.update(
        s.id or 0,
        SessionInput(
            started_at=datetime(2026, 5, 5, 9), notes="moved", attendees=[Attendance(mentee_id=b)]
        ),
    )
    assert services.sessions.list_for_mentee(a) == []
    detail = services.sessions.get(s.id or 0)
    assert detail.session.notes == "moved" and [x.mentee_id for x in detail.attendees] == [b]
    last_seen = {r.id: r.last_session_at for r in services.mentees.list_summaries()}
    assert last_seen == {a: None, b: datetime(2026, 5, 5, 9)}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"attendees": []}, "attendees"),
        ({"started_at": datetime(1850, 1, 1)}, "started_at"),
        ({"duration_minutes": 0}, "duration_minutes"),
        ({"duration_minutes": 24 * 60 + 1}, "duration_minutes"),
        ({"next_meeting_date": date(2026, 5, 1)}, "next_meeting_date"),
        ({"notes": "bad\x00"}, "notes"),
    ],
)
def test_invalid_session_is_refused(
    services: Services, two_mentees: tuple[int, int], changes: dict[str, object], field: str
) -> None:
    a, _ = two_mentees
    data = SessionInput(
        started_at=datetime(2026, 5, 4, 9), attendees=[Attendance(mentee_id=a)]
    ).model_copy(update=changes)
    with pytest.raises(ValidationError) as info:
        services.sessions.create(data)
    assert field in info.value.fields
    assert services.sessions.list_for_mentee(a) == []


def test_confidence_out_of_range_and_twice_listed_attendee(
    services: Services, two_mentees: tuple[int, int]
) -> None:
    a, _ = two_mentees
    with pytest.raises(ValidationError) as info:
        services.sessions.create(
            SessionInput(
                started_at=datetime(2026, 5, 4, 9),
                attendees=[Attendance(mentee_id=a, confidence=6)],
            )
        )
    assert "confidence" in info.value.fields
    with pytest.raises(ValidationError) as info:
        services.sessions.create(
            SessionInput(
                started_at=datetime(2026, 5, 4, 9),
                attendees=[Attendance(mentee_id=a), Attendance(mentee_id=a)],
            )
        )
    assert "attendees" in info.value.fields


def test_invalid_action_in_new_session_writes_nothing(
    services: Services, two_mentees: tuple[int, int]
) -> None:
    a, _ = two_mentees
    with pytest.raises(ValidationError) as info:
        services.sessions.create(
            SessionInput(started_at=datetime(2026, 5, 4, 9), attendees=[Attendance(mentee_id=a)]),
            [ActionItemFields(text="ok"), ActionItemFields(text="  ")],
        )
    assert "text" in info.value.fields
    assert services.sessions.list_for_mentee(a) == []


def test_deleting_a_session_deletes_its_actions(
    services: Services, two_mentees: tuple[int, int]
) -> None:
    a, _ = two_mentees
    s = services.sessions.create(
        SessionInput(started_at=datetime(2026, 5, 4, 9), attendees=[Attendance(mentee_id=a)]),
        [ActionItemFields(text="one")],
    )
    services.sessions.delete(s.id or 0)
    assert services.actions.list_for_mentee(a) == []
    with pytest.raises(NotFound):
        services.sessions.delete(s.id or 0)


def test_action_items_crud_and_order(services: Services, two_mentees: tuple[int, int]) -> None:
    a, _ = two_mentees
    late = services.actions.create(
        ActionItemInput(mentee_id=a, text="Late", due_date=date(2026, 6, 1))
    )
    soon = services.actions.create(
        ActionItemInput(mentee_id=a, text="Soon", due_date=date(2026, 5, 1))
    )
    undated = services.actions.create(ActionItemInput(mentee_id=a, text="Whenever"))
    done = services.actions.create(ActionItemInput(mentee_id=a, text="Done one"))
    services.actions.set_done(done.id or 0, date(2026, 4, 1))
    assert [x.text for x in services.actions.list_for_mentee(a)] == [
        "Soon",
        "Late",
        "Whenever",
        "Done one",
    ]
    assert [x.id for x in services.actions.list_for_mentee(a, open_only=True)] == [
        soon.id,
        late.id,
        undated.id,
    ]
    services.actions.update(
        late.id or 0, ActionItemFields(text="Later", owner=ActionOwner.MENTOR, due_date=None)
    )
    got = services.actions.get(late.id or 0)
    assert (got.text, got.owner, got.due_date) == ("Later", ActionOwner.MENTOR, None)
    services.actions.set_done(done.id or 0, None)
    assert services.actions.get(done.id or 0).done_date is None
    services.actions.delete(undated.id or 0)
    with pytest.raises(NotFound):
        services.actions.get(undated.id or 0)
    with pytest.raises(ValidationError):
        services.actions.create(ActionItemInput(mentee_id=a, text=""))
    with pytest.raises(NotFound):
        services.actions.create(ActionItemInput(mentee_id=999, text="orphan"))
