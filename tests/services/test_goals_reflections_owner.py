"""Goals with check-ins, reflections, and the journal owner."""

from __future__ import annotations

import math
from datetime import date

import pytest

from mentorjournal.models import (
    CheckInFields,
    CheckInInput,
    GoalCategory,
    GoalFields,
    GoalInput,
    GoalStatus,
    JournalOwnerFields,
    MenteeInput,
    ReflectionAuthor,
    ReflectionFields,
    ReflectionInput,
)
from mentorjournal.services import Services
from mentorjournal.store import NotFound, ValidationError


@pytest.fixture
def mentee_id(services: Services) -> int:
    return services.mentees.create(MenteeInput(full_name="Meron")).id or 0


def test_goal_with_smart_parts_and_check_ins(services: Services, mentee_id: int) -> None:
    goal = services.goals.create(
        GoalInput(
            mentee_id=mentee_id,
            title="Weld a 6G pipe joint",
            specific="Full-penetration butt weld on 6-inch pipe",
            measure="Joints passing the bend test",
            target_value=8,
            unit="joints",
            achievable="Two practice slots a week",
            relevant="Needed for the level 3 certificate",
            target_date=date(2026, 9, 30),
            category=GoalCategory.TECHNICAL_SKILL,
        )
    )
    assert services.goals.get(goal.id or 0).status is GoalStatus.NOT_STARTED
    services.goals.add_check_in(
        CheckInInput(goal_id=goal.id or 0, checked_on=date(2026, 6, 1), value=2, note="first")
    )
    services.goals.add_check_in(
        CheckInInput(goal_id=goal.id or 0, checked_on=date(2026, 7, 1), value=6)
    )
    row = services.goals.list_for_mentee(mentee_id)[0]
    assert row.goal.status is GoalStatus.IN_PROGRESS  # the first check-in starts the goal
    assert row.progress_percent == 75 and row.check_ins == 2
    assert row.last_check_in == date(2026, 7, 1)
    ins = services.goals.check_ins(goal.id or 0)
    assert [(c.checked_on, c.value, c.note) for c in ins] == [
        (date(2026, 6, 1), 2, "first"),
        (date(2026, 7, 1), 6, ""),
    ]
    services.goals.update_check_in(
        ins[0].id or 0, CheckInFields(checked_on=date(2026, 6, 2), percent=30)
    )
    assert services.goals.check_ins(goal.id or 0)[0].percent == 30
    services.goals.delete_check_in(ins[1].id or 0)
    assert services.goals.list_for_mentee(mentee_id)[0].progress_percent == 30


def test_goal_update_keeps_identity_and_delete_cascades(services: Services, mentee_id: int) -> None:
    goal = services.goals.create(GoalInput(mentee_id=mentee_id, title="Punctuality"))
    services.goals.add_check_in(
        CheckInInput(goal_id=goal.id or 0, checked_on=date(2026, 6, 1), percent=50)
    )
    services.goals.update(
        goal.id or 0,
        GoalFields(
            title="Be on time", status=GoalStatus.ACHIEVED, category=GoalCategory.SOFT_SKILL
        ),
    )
    got = services.goals.get(goal.id or 0)
    assert (got.title, got.status, got.public_id) == (
        "Be on time",
        GoalStatus.ACHIEVED,
        goal.public_id,
    )
    services.goals.delete(goal.id or 0)
    assert services.goals.list_for_mentee(mentee_id) == []
    assert services.goals.check_ins(goal.id or 0) == []
    with pytest.raises(NotFound):
        services.goals.get(goal.id or 0)


def test_goals_are_ordered_open_first(services: Services, mentee_id: int) -> None:
    for title, status in [
        ("done", GoalStatus.ACHIEVED),
        ("later", GoalStatus.NOT_STARTED),
        ("now", GoalStatus.IN_PROGRESS),
        ("dropped", GoalStatus.DROPPED),
    ]:
        services.goals.create(GoalInput(mentee_id=mentee_id, title=title, status=status))
    titles = [r.goal.title for r in services.goals.list_for_mentee(mentee_id)]
    assert titles == ["now", "later", "done", "dropped"]


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"title": " "}, "title"),
        ({"target_date": date(1899, 12, 31)}, "target_date"),
        ({"target_value": math.inf}, "target_value"),
    ],
)
def test_invalid_goal_is_refused(
    services: Services, mentee_id: int, fields: dict[str, object], field: str
) -> None:
    data = GoalInput(mentee_id=mentee_id, title="ok").model_copy(update=fields)
    with pytest.raises(ValidationError) as info:
        services.goals.create(data)
    assert field in info.value.fields
    assert services.goals.list_for_mentee(mentee_id) == []


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"percent": 101}, "percent"),
        ({"percent": -1}, "percent"),
        ({"percent": None, "value": None}, "percent"),
        ({"value": math.nan, "percent": None}, "value"),
        ({"checked_on": date(2999, 1, 1)}, "checked_on"),
    ],
)
def test_invalid_check_in_is_refused(
    services: Services, mentee_id: int, fields: dict[str, object], field: str
) -> None:
    goal = services.goals.create(GoalInput(mentee_id=mentee_id, title="g"))
    data = CheckInInput(goal_id=goal.id or 0, checked_on=date(2026, 1, 1), percent=10)
    with pytest.raises(ValidationError) as info:
        services.goals.add_check_in(data.model_copy(update=fields))
    assert field in info.value.fields
    assert services.goals.check_ins(goal.id or 0) == []
    assert services.goals.get(goal.id or 0).status is GoalStatus.NOT_STARTED


def test_reflections_crud_newest_first(services: Services, mentee_id: int) -> None:
    old = services.reflections.create(
        ReflectionInput(
            mentee_id=mentee_id,
            written_on=date(2026, 3, 1),
            what_happened="We reviewed the site visit.",
            went_well="Tool handling",
        )
    )
    new = services.reflections.create(
        ReflectionInput(
            mentee_id=mentee_id,
            written_on=date(2026, 4, 1),
            author=ReflectionAuthor.MENTEE,
            text="ጥሩ ነበር 👍🏽",
            is_private=True,
        )
    )
    listed = services.reflections.list_for_mentee(mentee_id)
    assert [r.id for r in listed] == [new.id, old.id]
    assert listed[0].text == "ጥሩ ነበር 👍🏽" and listed[0].is_private
    services.reflections.update(
        old.id or 0, ReflectionFields(written_on=date(2026, 3, 2), text="Rewritten")
    )
    got = services.reflections.get(old.id or 0)
    assert (got.text, got.what_happened, got.written_on) == ("Rewritten", "", date(2026, 3, 2))
    services.reflections.delete(new.id or 0)
    assert [r.id for r in services.reflections.list_for_mentee(mentee_id)] == [old.id]


def test_empty_reflection_is_refused(services: Services, mentee_id: int) -> None:
    with pytest.raises(ValidationError) as info:
        services.reflections.create(
            ReflectionInput(mentee_id=mentee_id, written_on=date(2026, 3, 1), text="  ")
        )
    assert "text" in info.value.fields


def test_owner_is_editable_and_validated(services: Services) -> None:
    before = services.owner.get()
    services.owner.update(
        JournalOwnerFields(
            owner_name="Hanna Tesfaye", institution="TVET College", default_cadence_days=21
        )
    )
    after = services.owner.get()
    assert (after.owner_name, after.institution, after.default_cadence_days) == (
        "Hanna Tesfaye",
        "TVET College",
        21,
    )
    assert after.public_id == before.public_id
    with pytest.raises(ValidationError) as info:
        services.owner.update(JournalOwnerFields(default_cadence_days=0))
    assert "default_cadence_days" in info.value.fields


def test_achieving_a_goal_records_when(services: Services, mentee_id: int) -> None:
    goal = services.goals.create(GoalInput(mentee_id=mentee_id, title="Pass the COC"))
    assert services.goals.get(goal.id or 0).achieved_on is None
    services.goals.set_status(goal.id or 0, GoalStatus.ACHIEVED, achieved_on=date(2026, 6, 3))
    assert services.goals.get(goal.id or 0).achieved_on == date(2026, 6, 3)
    # An editor that does not show the date keeps it when the goal is edited.
    services.goals.update(
        goal.id or 0, GoalFields(title="Pass the COC", status=GoalStatus.ACHIEVED)
    )
    assert services.goals.get(goal.id or 0).achieved_on == date(2026, 6, 3)
    services.goals.update(goal.id or 0, GoalFields(title="Pass the COC"))  # back to not started
    assert services.goals.get(goal.id or 0).achieved_on is None
    made_achieved = services.goals.create(
        GoalInput(mentee_id=mentee_id, title="Done", status=GoalStatus.ACHIEVED)
    )
    assert made_achieved.achieved_on == date.today()
