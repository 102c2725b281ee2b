"""A journal with known content for the shared summaries: names in three scripts, a name that
is an HTML injection, formula-like action items, and private texts with a unique marker."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from mentorjournal.models import (
    ActionItemFields,
    ActionOwner,
    Attendance,
    CheckInInput,
    GoalInput,
    JournalOwnerFields,
    MenteeInput,
    RatingInput,
    ReflectionInput,
    SessionInput,
    SessionKind,
)
from mentorjournal.services import Services

TODAY = date(2026, 11, 23)
PERIOD = (date(2026, 10, 1), date(2026, 11, 30))
MARKER = "PRIVATE-ZQX7"  # in every private text and nowhere else
NAME = "Selam Tadesse"
ARABIC = "ليلى حداد"
AMHARIC = "አበበ ከበደ"
INJECTION = "<img src=x onerror=alert(1)>"
NAMES = (NAME, ARABIC, AMHARIC, INJECTION)
GOAL = "Pass the practical assessment"
NOTE = "Practised cable glands on the training board."
OLD_NOTE = "OLD-SESSION-NOTE before the period"
FORMULAS = ("=cmd|' /C calc'!A0", "+1 extra gland", "-1 from the list", "@SUM(A1)", "\tTabbed")
COMMA_ACTION = "Buy gloves, boots; helmet\\visor"
DONE_ACTION = "Done already"
NEXT_MEETING = date(2026, 12, 1)


@dataclass
class Known:
    selam: int
    arabic: int
    amharic: int
    injection: int
    session_public_id: str


def fill_summary_journal(services: Services) -> Known:
    services.owner.update(
        JournalOwnerFields(owner_name="Hanna Tesfaye", institution="Entoto Polytechnic")
    )
    ids = []
    extras: tuple[tuple[str, dict[str, Any]], ...] = (
        (NAME, {"preferred_name": "Selam", "contact": "+251 911 000 111"}),
        (ARABIC, {}),
        (AMHARIC, {}),
        (INJECTION, {}),
    )
    for name, extra in extras:
        mentee = services.mentees.create(
            MenteeInput(
                full_name=name,
                programme="Electrical Installation",
                cohort="EI-2026B",
                private_notes=f"{MARKER} mentee note",
                **extra,
            )
        )
        assert mentee.id is not None
        ids.append(mentee.id)
    selam, arabic, amharic, injection = ids
    services.sessions.create(
        SessionInput(
            started_at=datetime(2026, 9, 10, 9),
            notes=OLD_NOTE,
            attendees=[Attendance(mentee_id=selam)],
        )
    )
    session = services.sessions.create(
        SessionInput(
            started_at=datetime(2026, 11, 5, 14),
            topics="Glands, conduits; earthing",
            notes=NOTE + "\nSelam did the second one alone.",
            private_note=f"{MARKER} session note",
            next_meeting_date=NEXT_MEETING,
            attendees=[Attendance(mentee_id=selam, confidence=3)],
        ),
        [
            *(ActionItemFields(text=t, due_date=date(2026, 11, 30)) for t in FORMULAS),
            ActionItemFields(
                text=COMMA_ACTION, owner=ActionOwner.MENTOR, due_date=date(2026, 11, 16)
            ),
            ActionItemFields(
                text=DONE_ACTION, due_date=date(2026, 11, 10), done_date=date(2026, 11, 9)
            ),
        ],
    )
    services.sessions.create(
        SessionInput(
            started_at=datetime(2026, 11, 12, 10),
            kind=SessionKind.GROUP,
            notes="Group work with everyone.",
            attendees=[
                Attendance(mentee_id=selam),
                Attendance(mentee_id=arabic),
                Attendance(mentee_id=amharic),
                Attendance(mentee_id=injection),
            ],
        )
    )
    goal = services.goals.create(
        GoalInput(mentee_id=selam, title=GOAL, target_date=date(2026, 12, 3))
    )
    assert goal.id is not None
    services.goals.add_check_in(
        CheckInInput(goal_id=goal.id, checked_on=date(2026, 9, 1), percent=10, note="early")
    )
    services.goals.add_check_in(
        CheckInInput(goal_id=goal.id, checked_on=date(2026, 11, 5), percent=40, note="=2+2")
    )
    skill = services.skills.framework()[0]
    assert skill.id is not None
    for day, value in ((date(2026, 9, 1), 2), (date(2026, 11, 5), 3)):
        services.skills.rate(
            RatingInput(mentee_id=selam, skill_id=skill.id, rated_on=day, rating=value)
        )
    services.reflections.create(
        ReflectionInput(mentee_id=selam, written_on=date(2026, 11, 5), text="Gaining confidence.")
    )
    services.reflections.create(
        ReflectionInput(
            mentee_id=selam,
            written_on=date(2026, 11, 6),
            text=f"{MARKER} reflection",
            is_private=True,
        )
    )
    return Known(selam, arabic, amharic, injection, session.public_id)
