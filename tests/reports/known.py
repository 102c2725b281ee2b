"""A journal with known dates for the pre-meeting brief (used by the Qt-free HTML tests and
by the Brief tab tests). Private texts carry a SECRET marker so tests can look for leaks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from mentorjournal.models import (
    ActionItemFields,
    ActionOwner,
    Attendance,
    CheckInInput,
    GoalInput,
    MenteeInput,
    RatingInput,
    ReflectionInput,
    SessionInput,
)
from mentorjournal.services import Services

TODAY = date(2026, 11, 23)
SECRETS = ("SECRET-MENTEE-NOTE", "SECRET-SESSION-NOTE", "SECRET-REFLECTION")


@dataclass
class BriefJournal:
    mentee: int
    last_session: int
    skill_name: str


def fill_brief_journal(services: Services, full_name: str = "Selam Tadesse") -> BriefJournal:
    m = services.mentees.create(
        MenteeInput(
            full_name=full_name,
            programme="Electrical Installation",
            cohort="EI-2026B",
            private_notes="SECRET-MENTEE-NOTE: caring for her mother.",
        )
    ).id
    assert m is not None
    skill = services.skills.framework()[0]
    assert skill.id is not None
    services.sessions.create(
        SessionInput(
            started_at=datetime(2026, 10, 12, 10),
            topics="First meeting",
            attendees=[Attendance(mentee_id=m)],
        )
    )
    services.skills.rate(
        RatingInput(mentee_id=m, skill_id=skill.id, rated_on=date(2026, 10, 12), rating=2)
    )
    last = services.sessions.create(
        SessionInput(
            started_at=datetime(2026, 11, 5, 14),  # 18 days before TODAY
            topics="Cable glands",
            notes="Practised glands on the board.\nNeeds a torque wrench.",
            private_note="SECRET-SESSION-NOTE: money worries.",
            attendees=[Attendance(mentee_id=m, confidence=3)],
        ),
        [
            ActionItemFields(text="Practise cable glands", due_date=date(2026, 11, 16)),
            ActionItemFields(
                text="Book the torque wrench",
                owner=ActionOwner.MENTOR,
                due_date=date(2026, 11, 30),
            ),
        ],
    ).id
    assert last is not None
    services.skills.rate(
        RatingInput(mentee_id=m, skill_id=skill.id, rated_on=date(2026, 11, 5), rating=3)
    )
    practical = services.goals.create(
        GoalInput(mentee_id=m, title="Pass the practical", target_date=date(2026, 12, 3))
    ).id
    assert practical is not None
    services.goals.add_check_in(
        CheckInInput(goal_id=practical, checked_on=date(2026, 11, 5), percent=40)
    )
    services.goals.create(
        GoalInput(mentee_id=m, title="Finish the logbook", target_date=date(2026, 11, 20))
    )
    services.reflections.create(
        ReflectionInput(mentee_id=m, written_on=date(2026, 11, 5), text="Gaining confidence.")
    )
    services.reflections.create(
        ReflectionInput(
            mentee_id=m,
            written_on=date(2026, 11, 6),
            text="SECRET-REFLECTION: worried about her.",
            is_private=True,
        )
    )
    return BriefJournal(mentee=m, last_session=last, skill_name=skill.name)
