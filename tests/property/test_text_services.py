"""Property: whatever storable Unicode goes into a text field through the services comes
out identical (names are trimmed at the ends, by design); NUL and broken characters are
refused at their field with a message, never stored and never a crash."""

from __future__ import annotations

import itertools
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentorjournal.models import (
    ActionItemFields,
    ActionItemInput,
    Attendance,
    GoalInput,
    MenteeInput,
    ReflectionInput,
    SessionInput,
)
from mentorjournal.services import Services
from mentorjournal.store import ValidationError

from .strategies import one_line, storable_text

FIXTURES = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@FIXTURES
@given(name=one_line(200), preferred=one_line(200), notes=storable_text(2000))
def test_mentee_texts_round_trip(services: Services, name: str, preferred: str, notes: str) -> None:
    m = services.mentees.create(
        MenteeInput(full_name=name, preferred_name=preferred, private_notes=notes)
    )
    assert m.id is not None
    back = services.mentees.get(m.id)
    assert (back.full_name, back.preferred_name, back.private_notes) == (name, preferred, notes)
    assert any(s.full_name == name for s in services.mentees.list_summaries())


@FIXTURES
@given(texts=st.lists(storable_text(1000), min_size=5, max_size=5))
def test_reflection_texts_round_trip(services: Services, texts: list[str]) -> None:
    if not any(t.strip() for t in texts):
        texts[0] = "x" + texts[0]
    mentee = services.mentees.create(MenteeInput(full_name="Mentee"))
    assert mentee.id is not None
    names = ("text", "what_happened", "went_well", "to_change", "next_steps")
    fields = dict(zip(names, texts, strict=True))
    r = services.reflections.create(
        ReflectionInput(mentee_id=mentee.id, written_on=date(2025, 3, 1), **fields)
    )
    assert r.id is not None
    back = services.reflections.get(r.id)
    assert {k: getattr(back, k) for k in fields} == fields


@FIXTURES
@given(topics=storable_text(500), notes=storable_text(2000), action=one_line(300))
def test_session_and_action_texts_round_trip(
    services: Services, topics: str, notes: str, action: str
) -> None:
    mentee = services.mentees.create(MenteeInput(full_name="Mentee"))
    assert mentee.id is not None
    s = services.sessions.create(
        SessionInput(
            started_at=datetime(2025, 3, 1, 9),
            topics=topics,
            notes=notes,
            private_note=notes[::-1],
            attendees=[Attendance(mentee_id=mentee.id)],
        ),
        [ActionItemFields(text=action)],
    )
    assert s.id is not None
    detail = services.sessions.get(s.id)
    assert (detail.session.topics, detail.session.notes) == (topics, notes)
    assert detail.session.private_note == notes[::-1]
    assert [a.text for a in detail.actions] == [action]


@FIXTURES
@given(title=one_line(200), specific=storable_text(1000))
def test_goal_texts_round_trip(services: Services, title: str, specific: str) -> None:
    mentee = services.mentees.create(MenteeInput(full_name="Mentee"))
    assert mentee.id is not None
    g = services.goals.create(GoalInput(mentee_id=mentee.id, title=title, specific=specific))
    assert g.id is not None
    back = services.goals.get(g.id)
    assert (back.title, back.specific) == (title, specific)


@FIXTURES
@given(
    before=storable_text(50),
    bad=st.sampled_from(["\x00", "\ud800", "\udfff", "\ud83d"]),
    after=storable_text(50),
)
def test_nul_and_broken_characters_are_refused_at_their_field(
    services: Services, before: str, bad: str, after: str
) -> None:
    mentee = services.mentees.create(MenteeInput(full_name="Mentee"))
    assert mentee.id is not None
    text = before + bad + after
    with pytest.raises(ValidationError) as refused:
        services.reflections.create(
            ReflectionInput(mentee_id=mentee.id, written_on=date(2025, 3, 1), text=text)
        )
    assert set(refused.value.fields) == {"text"}
    assert services.reflections.list_for_mentee(mentee.id) == []
    with pytest.raises(ValidationError) as refused:
        services.actions.create(ActionItemInput(mentee_id=mentee.id, text="ok" + text))
    assert set(refused.value.fields) == {"text"}


@FIXTURES
@given(
    year=st.integers(1, 9999).filter(lambda y: not 1900 <= y <= 2200),
    percent=st.one_of(
        st.floats(allow_nan=True, allow_infinity=True).filter(lambda p: not 0 <= p <= 100),
    ),
)
def test_dates_years_1_to_9999_and_percentages_out_of_range_are_refused(
    services: Services, year: int, percent: float
) -> None:
    from mentorjournal.models import CheckInInput

    mentee = services.mentees.create(MenteeInput(full_name="Mentee"))
    assert mentee.id is not None
    with pytest.raises(ValidationError) as refused:
        services.reflections.create(
            ReflectionInput(mentee_id=mentee.id, written_on=date(year, 1, 1), text="x")
        )
    assert "between the years" in refused.value.fields["written_on"]
    goal = services.goals.create(GoalInput(mentee_id=mentee.id, title="Goal"))
    assert goal.id is not None
    with pytest.raises(ValidationError) as refused:
        services.goals.add_check_in(
            CheckInInput(goal_id=goal.id, checked_on=date(year, 12, 31), percent=percent)
        )
    assert set(refused.value.fields) == {"checked_on", "percent"}
    assert services.goals.check_ins(goal.id) == []


@FIXTURES
@given(
    rating=st.integers().filter(lambda r: not 1 <= r <= 5),
    confidence=st.integers().filter(lambda c: not 1 <= c <= 5),
    note=storable_text(300),
)
def test_ratings_and_confidence_out_of_range_are_refused(
    services: Services, rating: int, confidence: int, note: str
) -> None:
    from mentorjournal.models import RatingInput

    mentee = services.mentees.create(MenteeInput(full_name="Mentee"))
    assert mentee.id is not None
    skill = services.skills.framework()[0]
    assert skill.id is not None
    with pytest.raises(ValidationError) as refused:
        services.skills.rate(
            RatingInput(
                mentee_id=mentee.id, skill_id=skill.id, rated_on=date(2025, 3, 1), rating=rating
            )
        )
    assert set(refused.value.fields) == {"rating"}
    with pytest.raises(ValidationError) as refused:
        services.sessions.create(
            SessionInput(
                started_at=datetime(2025, 3, 1, 9),
                attendees=[Attendance(mentee_id=mentee.id, confidence=confidence)],
            ),
            [],
        )
    assert set(refused.value.fields) == {"confidence"}
    # In range, the note comes back exactly.
    saved = services.skills.rate(
        RatingInput(
            mentee_id=mentee.id, skill_id=skill.id, rated_on=date(2025, 3, 1), rating=3, note=note
        )
    )
    assert saved.note == note


# Tags are split on these in the editors' one-line field; a tag typed there never holds them.
TAG_SEPARATORS = ",;\u060c\u1363"
# Numbers the examples, for words that no earlier example used.
EXAMPLES = itertools.count()


def one_tag(max_size: int = 60) -> st.SearchStrategy[str]:
    return one_line(max_size).filter(lambda t: not any(c in t for c in TAG_SEPARATORS))


@FIXTURES
@given(tags=st.lists(one_tag(), min_size=1, max_size=4))
def test_tags_round_trip_on_every_kind_of_record(services: Services, tags: list[str]) -> None:
    from mentorjournal.models.tag_names import clean_tags

    # A unique word per example: the vocabulary is shared by the whole journal, and a tag that
    # differs from an earlier example's only in case would (rightly) reuse its first spelling.
    marker = f"example{next(EXAMPLES)}"
    tags = [f"{marker} {t}" for t in tags]
    expected = sorted(clean_tags(tags))
    mentee = services.mentees.create(MenteeInput(full_name="Mentee", tags=tags))
    assert mentee.id is not None
    session = services.sessions.create(
        SessionInput(
            started_at=datetime(2025, 3, 1, 9), attendees=[Attendance(mentee_id=mentee.id)]
        ),
        tags=tags,
    )
    goal = services.goals.create(GoalInput(mentee_id=mentee.id, title="Goal"), tags=tags)
    reflection = services.reflections.create(
        ReflectionInput(mentee_id=mentee.id, written_on=date(2025, 3, 1), text="x"), tags=tags
    )
    assert session.id and goal.id and reflection.id
    assert sorted(services.mentees.tags(mentee.id)) == expected
    assert sorted(services.sessions.tags(session.id)) == expected
    assert sorted(services.goals.tags(goal.id)) == expected
    assert sorted(services.reflections.tags(reflection.id)) == expected


@FIXTURES
@given(
    before=one_tag(30),
    bad=st.sampled_from(["\x00", "\ud800", "\udfff", "\ud83d"]),
    after=one_tag(30),
)
def test_tags_with_nul_or_broken_characters_are_refused_at_the_tags_field(
    services: Services, before: str, bad: str, after: str
) -> None:
    from mentorjournal.services.validation import unstorable

    tags = ["fine", before + bad + after]
    message = unstorable(tags[1])
    mentee = services.mentees.create(MenteeInput(full_name="Mentee"))
    assert mentee.id is not None and message is not None
    attempts = [
        lambda: services.mentees.create(MenteeInput(full_name="Other", tags=tags)),
        lambda: services.sessions.create(
            SessionInput(
                started_at=datetime(2025, 3, 1, 9), attendees=[Attendance(mentee_id=mentee.id)]
            ),
            tags=tags,
        ),
        lambda: services.goals.create(GoalInput(mentee_id=mentee.id, title="Goal"), tags=tags),
        lambda: services.reflections.create(
            ReflectionInput(mentee_id=mentee.id, written_on=date(2025, 3, 1), text="x"),
            tags=tags,
        ),
    ]
    for attempt in attempts:
        with pytest.raises(ValidationError) as refused:
            attempt()
        # The same words as any other text field that holds such a character.
        assert refused.value.fields == {"tags": message}
    # (The journal is shared by the examples: only this example's records are checked.)
    assert all(m.full_name != "Other" for m in services.mentees.list_summaries())
    assert services.sessions.list_for_mentee(mentee.id) == []
    assert services.goals.list_for_mentee(mentee.id) == []
    assert services.reflections.list_for_mentee(mentee.id) == []
    assert all(unstorable(t) is None for t in services.mentees.all_tags())
