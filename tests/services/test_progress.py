"""Skills and ratings, templates, the programme dashboard and the pre-meeting brief."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from mentorjournal.models import (
    ActionItemFields,
    ActionItemInput,
    ActionOwner,
    Attendance,
    GoalInput,
    GoalStatus,
    MenteeInput,
    MenteeStatus,
    Rater,
    RatingInput,
    ReflectionInput,
    ReflectionTemplateFields,
    SessionInput,
    SessionTemplateFields,
    SkillFields,
    SkillGroup,
)
from mentorjournal.services import Contact, RatingEntry, Services
from mentorjournal.services.dashboard import contact_status
from mentorjournal.store import ValidationError

TODAY = date(2026, 11, 23)


def _session(services: Services, mentee_id: int, day: date, **kw: object) -> int:
    s = services.sessions.create(
        SessionInput(
            started_at=datetime.combine(day, datetime.min.time()).replace(hour=10),
            attendees=[Attendance(mentee_id=mentee_id)],
            **kw,  # type: ignore[arg-type]
        )
    )
    return s.id or 0


def test_new_journal_has_the_default_framework_and_templates(services: Services) -> None:
    skills = services.skills.framework()
    names = [k.name for k in skills]
    assert "Safe use of tools and equipment" in names and "Punctuality and attendance" in names
    assert {k.group for k in skills} == {SkillGroup.TECHNICAL, SkillGroup.SOFT}
    groups = [k.group for k in skills]
    assert groups == sorted(groups, key=lambda g: g is not SkillGroup.TECHNICAL)  # grouped
    assert [t.name for t in services.templates.session_templates()] == [
        "First meeting",
        "Progress review",
        "Workplace visit",
        "End of programme",
    ]
    gibbs = services.templates.reflection_templates()[0]
    assert gibbs.name == "Gibbs' reflective cycle" and "Action plan" in gibbs.body


def test_framework_is_editable_and_rated_skills_are_retired_not_lost(
    services: Services,
) -> None:
    mentee = services.mentees.create(MenteeInput(full_name="Kidus")).id or 0
    new = services.skills.create(SkillFields(name="Soldering", group=SkillGroup.TECHNICAL))
    unused = services.skills.create(SkillFields(name="Unused"))
    assert new.position > 0
    services.skills.rate(
        RatingInput(mentee_id=mentee, skill_id=new.id or 0, rated_on=TODAY, rating=2)
    )
    services.skills.delete(new.id or 0)
    services.skills.delete(unused.id or 0)
    assert "Soldering" not in [k.name for k in services.skills.framework()]
    retired = [k for k in services.skills.framework(include_retired=True) if k.retired]
    assert [k.name for k in retired] == ["Soldering"]
    assert "Unused" not in [k.name for k in services.skills.framework(include_retired=True)]
    assert len(services.skills.ratings_for_mentee(mentee)) == 1
    with pytest.raises(ValidationError):
        services.skills.create(SkillFields(name=" "))


def test_rate_many_is_all_or_nothing_and_progress_is_first_vs_latest(
    services: Services,
) -> None:
    mentee = services.mentees.create(MenteeInput(full_name="Kidus")).id or 0
    tools, drawings = [k.id or 0 for k in services.skills.framework()[:2]]
    services.skills.rate_many(
        mentee_id=mentee,
        rated_on=date(2026, 9, 1),
        rater=Rater.MENTOR,
        entries=[RatingEntry(tools, 1), RatingEntry(drawings, 2), RatingEntry(99, None)],
    )
    with pytest.raises(ValidationError) as info:
        services.skills.rate_many(
            mentee_id=mentee,
            rated_on=date(2026, 10, 1),
            rater=Rater.MENTOR,
            entries=[RatingEntry(tools, 3), RatingEntry(drawings, 6)],
        )
    assert "rating" in info.value.fields
    services.skills.rate_many(
        mentee_id=mentee,
        rated_on=date(2026, 11, 1),
        rater=Rater.MENTOR,
        entries=[RatingEntry(tools, 4, "uses the torque wrench unprompted")],
    )
    services.skills.rate_many(
        mentee_id=mentee,
        rated_on=date(2026, 11, 1),
        rater=Rater.SELF,
        entries=[RatingEntry(tools, 5)],
    )
    progress = {p.skill.id: p for p in services.skills.progress(mentee)}
    assert progress[tools].first and progress[tools].first.rating == 1
    assert progress[tools].latest and progress[tools].latest.rating == 4  # mentor's, not self
    assert progress[drawings].latest and progress[drawings].latest.rating == 2
    assert len(services.skills.ratings_for_mentee(mentee, tools)) == 3


def test_templates_are_editable(services: Services) -> None:
    t = services.templates.save_session_template(
        SessionTemplateFields(name="Toolbox talk", topics="Safety", notes="Hazards seen:")
    )
    services.templates.save_session_template(
        SessionTemplateFields(name="Toolbox talk (short)", duration_minutes=15), t.id
    )
    names = [x.name for x in services.templates.session_templates()]
    assert "Toolbox talk (short)" in names and "Toolbox talk" not in names
    r = services.templates.save_reflection_template(ReflectionTemplateFields(name="3 Ws", body="?"))
    services.templates.delete_reflection_template(r.id or 0)
    assert "3 Ws" not in [x.name for x in services.templates.reflection_templates()]
    with pytest.raises(ValidationError):
        services.templates.save_session_template(SessionTemplateFields(name=""))


@pytest.mark.parametrize(
    ("days", "cadence", "expected"),
    [
        (0, 14, Contact.GREEN),
        (14, 14, Contact.GREEN),
        (15, 14, Contact.AMBER),
        (21, 14, Contact.AMBER),
        (22, 14, Contact.RED),
        (None, 14, Contact.RED),
    ],
)
def test_contact_status_thresholds(days: int | None, cadence: int, expected: Contact) -> None:
    assert contact_status(days, cadence) is expected


def test_dashboard_figures_and_losing_touch(services: Services) -> None:
    recent = services.mentees.create(MenteeInput(full_name="Recent")).id or 0
    slipping = services.mentees.create(MenteeInput(full_name="Slipping")).id or 0
    lost = services.mentees.create(MenteeInput(full_name="Lost", cadence_days=7)).id or 0
    never = services.mentees.create(MenteeInput(full_name="Never met")).id or 0
    paused = (
        services.mentees.create(MenteeInput(full_name="Paused", status=MenteeStatus.PAUSED)).id or 0
    )
    _session(services, recent, date(2026, 11, 20))
    _session(services, slipping, date(2026, 11, 5))  # 18 days, cadence 14: amber
    _session(services, lost, date(2026, 11, 1))  # 22 days, cadence 7: red
    _session(services, paused, date(2026, 1, 1))
    _session(services, recent, date(2026, 12, 10))  # planned, in the future: not contact
    services.actions.create(
        ActionItemInput(mentee_id=recent, text="overdue", due_date=date(2026, 11, 1))
    )
    services.actions.create(
        ActionItemInput(mentee_id=recent, text="not yet due", due_date=date(2026, 12, 1))
    )
    done = services.actions.create(
        ActionItemInput(mentee_id=recent, text="done", due_date=date(2026, 10, 1))
    )
    services.actions.set_done(done.id or 0, date(2026, 10, 2))
    services.goals.create(
        GoalInput(
            mentee_id=recent, title="g", status=GoalStatus.ACHIEVED, achieved_on=date(2026, 11, 2)
        )
    )
    services.goals.create(
        GoalInput(
            mentee_id=recent, title="old", status=GoalStatus.ACHIEVED, achieved_on=date(2026, 3, 2)
        )
    )

    board = services.dashboard.build(TODAY)
    assert board.active_mentees == 4
    assert board.sessions_this_month == 3  # 20th, 5th, 1st of November
    assert board.overdue_actions == 1
    assert (board.goals_achieved, board.goals_achieved_this_month) == (2, 1)
    by_name = {r.full_name: r for r in board.losing_touch}
    assert "Paused" not in by_name
    assert by_name["Recent"].contact is Contact.GREEN and by_name["Recent"].days_since == 3
    assert by_name["Slipping"].contact is Contact.AMBER
    assert by_name["Lost"].contact is Contact.RED and by_name["Lost"].cadence_days == 7
    assert by_name["Never met"].contact is Contact.RED and by_name["Never met"].days_since is None
    assert [r.full_name for r in board.losing_touch] == ["Never met", "Lost", "Slipping", "Recent"]
    assert by_name["Never met"].mentee_id == never


def test_brief_gathers_what_to_remember(services: Services) -> None:
    m = services.mentees.create(MenteeInput(full_name="Bethlehem", tags=["evening"])).id or 0
    tools = services.skills.framework()[0].id or 0
    services.skills.rate(
        RatingInput(mentee_id=m, skill_id=tools, rated_on=date(2026, 10, 1), rating=2)
    )
    _session(services, m, date(2026, 10, 1))
    last = services.sessions.create(
        SessionInput(
            started_at=datetime(2026, 11, 9, 14),
            notes="Talked about the practical assessment.",
            next_meeting_date=date(2026, 11, 25),
            attendees=[Attendance(mentee_id=m, confidence=3)],
        ),
        [
            ActionItemFields(text="Practise cable glands", due_date=date(2026, 11, 16)),
            ActionItemFields(
                text="Ask the workshop for a slot", owner=ActionOwner.MENTOR, due_date=TODAY
            ),
        ],
    )
    services.skills.rate(
        RatingInput(mentee_id=m, skill_id=tools, rated_on=date(2026, 11, 9), rating=3)
    )
    services.goals.create(
        GoalInput(mentee_id=m, title="Pass the practical", target_date=date(2026, 12, 3))
    )
    services.goals.create(GoalInput(mentee_id=m, title="Old", status=GoalStatus.DROPPED))
    services.reflections.create(
        ReflectionInput(mentee_id=m, written_on=date(2026, 11, 9), text="More confident.")
    )

    brief = services.brief.build(m, TODAY)
    assert brief.last_session and brief.last_session.session.id == last.id
    assert brief.days_since_contact == 14 and brief.next_meeting == date(2026, 11, 25)
    assert [(a.item.text, a.overdue) for a in brief.open_actions] == [
        ("Practise cable glands", True),
        ("Ask the workshop for a slot", False),
    ]
    assert [a.item.text for a in brief.mentee_commitments] == ["Practise cable glands"]
    assert [(g.row.goal.title, g.days_left) for g in brief.active_goals] == [
        ("Pass the practical", 10)
    ]
    assert [(c.before, c.after) for c in brief.skill_changes] == [(2, 3)]
    assert brief.reflections[0].text == "More confident." and brief.tags == ["evening"]


def test_brief_of_a_new_mentee_is_empty_not_broken(services: Services) -> None:
    m = services.mentees.create(MenteeInput(full_name="New")).id or 0
    brief = services.brief.build(m, TODAY)
    assert brief.last_session is None and brief.days_since_contact is None
    assert brief.open_actions == [] and brief.skill_changes == [] and brief.active_goals == []


def test_rating_again_the_same_day_corrects_instead_of_duplicating(services: Services) -> None:
    mentee = services.mentees.create(MenteeInput(full_name="Kidus")).id or 0
    tools = services.skills.framework()[0].id or 0
    first = services.skills.rate(
        RatingInput(mentee_id=mentee, skill_id=tools, rated_on=TODAY, rating=2)
    )
    services.skills.rate_many(
        mentee_id=mentee,
        rated_on=TODAY,
        rater=Rater.MENTOR,
        entries=[RatingEntry(tools, 3, "corrected")],
    )
    services.skills.rate(
        RatingInput(mentee_id=mentee, skill_id=tools, rated_on=TODAY, rating=5, rater=Rater.SELF)
    )
    ratings = services.skills.ratings_for_mentee(mentee, tools)
    assert [(r.rater, r.rating, r.note) for r in ratings] == [
        (Rater.MENTOR, 3, "corrected"),
        (Rater.SELF, 5, ""),
    ]
    assert ratings[0].public_id == first.public_id


def test_framework_lists_technical_first_in_the_trainers_order(services: Services) -> None:
    skills = services.skills.framework()
    groups = [k.group for k in skills]
    assert groups == sorted(groups, key=lambda g: g is not SkillGroup.TECHNICAL)
    technical = [k.id or 0 for k in skills if k.group is SkillGroup.TECHNICAL]
    services.skills.reorder(list(reversed(technical)))
    again = [k.id for k in services.skills.framework() if k.group is SkillGroup.TECHNICAL]
    assert again == list(reversed(technical))
    mentee = services.mentees.create(MenteeInput(full_name="Kidus")).id or 0
    services.skills.rate(
        RatingInput(mentee_id=mentee, skill_id=technical[1], rated_on=TODAY, rating=2)
    )
    assert services.skills.rated_skill_ids() == {technical[1]}
