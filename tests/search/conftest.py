"""A small journal whose every searchable word is known, made once and copied per test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Known:
    """Ids of the records of the known journal."""

    eloise: int
    selam: int
    layla: int
    tomas: int
    group_session: int
    eloise_session: int
    long_session: int
    torque_goal: int
    check_in: int
    action: int
    private_reflection: int
    public_reflection: int
    rating: int


LONG_FILLER = " ".join(f"filler{i}" for i in range(120))


def make_known(services: Services) -> Known:
    m = services.mentees
    eloise = m.create(
        MenteeInput(
            full_name="Éloïse Martin",
            programme="Welding",
            private_notes="Worries about her mother's health; rent is late.",
        )
    ).id
    selam = m.create(MenteeInput(full_name="ሰላም ታደሰ", programme="Electrical")).id
    layla = m.create(MenteeInput(full_name="ليلى حسن", programme="Plumbing")).id
    tomas = m.create(MenteeInput(full_name="Tomás Okafor", programme="Motor vehicle")).id
    assert eloise and selam and layla and tomas
    s = services.sessions
    group = s.create(
        SessionInput(
            started_at=datetime(2026, 2, 3, 9),
            topics="Scaffolding inspection",
            notes="Both checked the scaffolding tags and the base plates.",
            attendees=[Attendance(mentee_id=eloise), Attendance(mentee_id=tomas)],
        )
    ).id
    eloise_session = s.create(
        SessionInput(
            started_at=datetime(2026, 2, 10, 9),
            topics="Café visit to the workshop",
            notes="Torque wrench practice: torque to spec, then check torque again. "
            "Safety glasses on at all times.",
            private_note="She cried after the session; follow up gently.",
            attendees=[Attendance(mentee_id=eloise)],
        )
    ).id
    long_session = s.create(
        SessionInput(
            started_at=datetime(2026, 1, 20, 9),
            notes=f"{LONG_FILLER} torque {LONG_FILLER}",
            attendees=[Attendance(mentee_id=tomas)],
        )
    ).id
    s.create(
        SessionInput(
            started_at=datetime(2026, 2, 12, 10),
            topics="የኤሌክትሪክ ደህንነት",
            notes="ሰላም የመሬት ማስተላለፊያ ሽቦን በትክክል ፈተሸች።",
            attendees=[Attendance(mentee_id=selam)],
        )
    )
    s.create(
        SessionInput(
            started_at=datetime(2026, 2, 14, 10),
            topics="تركيب الأنابيب",
            notes="ليلى ركّبت أنابيب المياه واختبرت الضغط بنجاح.",
            attendees=[Attendance(mentee_id=layla)],
        )
    )
    goal = services.goals.create(
        GoalInput(mentee_id=tomas, title="Torque settings by heart", specific="Wheel nuts")
    ).id
    assert goal
    check_in = services.goals.add_check_in(
        CheckInInput(
            goal_id=goal, checked_on=date(2026, 2, 20), percent=50, note="Knew the alternator ones"
        )
    ).id
    action = services.actions.create(
        ActionItemInput(
            mentee_id=eloise, text="Buy a carpenter's square", due_date=date(2026, 3, 1)
        )
    ).id
    private_reflection = services.reflections.create(
        ReflectionInput(
            mentee_id=eloise,
            written_on=date(2026, 2, 11),
            text="I doubt my patience with Éloïse.",
            is_private=True,
        )
    ).id
    public_reflection = services.reflections.create(
        ReflectionInput(
            mentee_id=tomas,
            written_on=date(2026, 2, 21),
            text="Tomás explained the alternator to the group.",
        )
    ).id
    skill = services.skills.framework()[0]
    rating = services.skills.rate(
        RatingInput(
            mentee_id=selam,
            skill_id=skill.id or 0,
            rated_on=date(2026, 2, 12),
            rating=3,
            note="Multimeter readings still hesitant",
        )
    ).id
    assert all((group, eloise_session, long_session, action, private_reflection))
    return Known(
        eloise=eloise,
        selam=selam,
        layla=layla,
        tomas=tomas,
        group_session=group or 0,
        eloise_session=eloise_session or 0,
        long_session=long_session or 0,
        torque_goal=goal,
        check_in=check_in or 0,
        action=action or 0,
        private_reflection=private_reflection or 0,
        public_reflection=public_reflection or 0,
        rating=rating or 0,
    )


@pytest.fixture(scope="session")
def known_template(
    tmp_path_factory: pytest.TempPathFactory, template_journal: Path
) -> tuple[Path, Known]:
    path = tmp_path_factory.mktemp("known") / "known.sqlite"
    shutil.copyfile(template_journal, path)
    with open_journal(path) as journal:
        known = make_known(Services.for_journal(journal))
    return path, known


@pytest.fixture
def known(known_template: tuple[Path, Known]) -> Known:
    """The ids of the records (the same in every copy of the file)."""
    return known_template[1]


@pytest.fixture
def known_path(tmp_path: Path, known_template: tuple[Path, Known]) -> Path:
    path = tmp_path / "known.sqlite"
    shutil.copyfile(known_template[0], path)
    path.chmod(0o600)
    return path


@pytest.fixture
def known_services(known_path: Path) -> Iterator[Services]:
    journal = open_journal(known_path)
    yield Services.for_journal(journal)
    journal.close()
