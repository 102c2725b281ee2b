"""Tags on sessions, goals and reflections: one vocabulary with the mentees', case never makes
two tags, unused tags vanish, bad tags are refused with the journal unchanged."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from mentorjournal.models import (
    Attendance,
    GoalFields,
    GoalInput,
    MenteeInput,
    ReflectionFields,
    ReflectionInput,
    SessionInput,
)
from mentorjournal.services import Services
from mentorjournal.store import ValidationError, open_journal


def _session(mentee_id: int, day: int = 1) -> SessionInput:
    return SessionInput(
        started_at=datetime(2026, 3, day, 10), attendees=[Attendance(mentee_id=mentee_id)]
    )


def _tag_rows(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute("SELECT name, key FROM tag").fetchall())
    finally:
        conn.close()


@pytest.fixture
def mentee_id(services: Services) -> int:
    return services.mentees.create(MenteeInput(full_name="Abebe Kebede", tags=["welding"])).id or 0


def test_session_tags_round_trip_and_share_the_mentees_vocabulary(
    services: Services, mentee_id: int, journal_path: Path
) -> None:
    session = services.sessions.create(
        _session(mentee_id), tags=["Welding", " evening class ", "WELDING", ""]
    )
    sid = session.id or 0
    # "Welding" is the mentee's tag "welding": reused with its first spelling, not doubled.
    assert services.sessions.tags(sid) == ["evening class", "welding"]
    assert services.sessions.get(sid).tags == ["evening class", "welding"]
    assert services.sessions.list_for_mentee(mentee_id)[0].tags == ("evening class", "welding")
    assert _tag_rows(journal_path) == [
        ("evening class", "evening class"),
        ("welding", "welding"),
    ]
    assert services.sessions.tags_in_use() == ["evening class", "welding"]
    assert services.mentees.tags_in_use() == ["welding"]
    assert services.mentees.all_tags() == ["evening class", "welding"]


def test_update_replaces_or_keeps_session_tags(services: Services, mentee_id: int) -> None:
    sid = services.sessions.create(_session(mentee_id), tags=["trade test"]).id or 0
    services.sessions.update(sid, _session(mentee_id, 2))  # tags not given: kept
    assert services.sessions.tags(sid) == ["trade test"]
    services.sessions.update(sid, _session(mentee_id, 2), tags=["Safety"])
    assert services.sessions.tags(sid) == ["Safety"]
    # "trade test" is on nothing any more: it leaves the vocabulary (and the completions).
    assert "trade test" not in services.mentees.all_tags()


def test_saving_a_mentee_keeps_tags_only_sessions_use(services: Services, mentee_id: int) -> None:
    sid = services.sessions.create(_session(mentee_id), tags=["portfolio"]).id or 0
    services.mentees.update(mentee_id, MenteeInput(full_name="Abebe Kebede", tags=[]))
    assert services.sessions.tags(sid) == ["portfolio"]
    assert services.mentees.all_tags() == ["portfolio"]


def test_deleting_records_removes_their_unused_tags(services: Services, mentee_id: int) -> None:
    sid = services.sessions.create(_session(mentee_id), tags=["only-session"]).id or 0
    goal = services.goals.create(GoalInput(title="AM2", mentee_id=mentee_id), tags=["only-goal"])
    reflection = services.reflections.create(
        ReflectionInput(written_on=date(2026, 3, 2), text="Good", mentee_id=mentee_id),
        tags=["only-reflection", "welding"],
    )
    services.sessions.delete(sid)
    services.goals.delete(goal.id or 0)
    services.reflections.delete(reflection.id or 0)
    assert services.mentees.all_tags() == ["welding"]  # still on the mentee


def test_erasing_a_mentee_removes_the_tags_of_their_records(services: Services) -> None:
    other = services.mentees.create(MenteeInput(full_name="Sara")).id or 0
    gone = services.mentees.create(MenteeInput(full_name="Gone")).id or 0
    services.sessions.create(_session(gone), tags=["secret project"])
    services.goals.create(GoalInput(title="G", mentee_id=gone), tags=["goal tag"])
    services.sessions.create(_session(other), tags=["shared"])
    services.reflections.create(
        ReflectionInput(written_on=date(2026, 3, 2), text="x", mentee_id=gone), tags=["shared"]
    )
    services.mentees.erase(gone)
    assert services.mentees.all_tags() == ["shared"]


def test_goal_tags_round_trip(services: Services, mentee_id: int) -> None:
    goal = services.goals.create(
        GoalInput(title="Pass the AM2", mentee_id=mentee_id), tags=["Assessment", "ASSESSMENT"]
    )
    gid = goal.id or 0
    assert services.goals.tags(gid) == ["Assessment"]
    assert services.goals.list_for_mentee(mentee_id)[0].tags == ("Assessment",)
    services.goals.update(gid, GoalFields(title="Pass the AM2 first time"))
    assert services.goals.tags(gid) == ["Assessment"]
    services.goals.update(gid, GoalFields(title="Pass the AM2"), tags=["ሙያ", "Assessment"])
    assert services.goals.tags(gid) == ["Assessment", "ሙያ"]


def test_reflection_tags_round_trip(services: Services, mentee_id: int) -> None:
    first = services.reflections.create(
        ReflectionInput(written_on=date(2026, 3, 2), text="ليلى", mentee_id=mentee_id),
        tags=["تأمل"],
    )
    second = services.reflections.create(
        ReflectionInput(written_on=date(2026, 3, 3), text="No tags", mentee_id=mentee_id)
    )
    rid = first.id or 0
    assert services.reflections.tags(rid) == ["تأمل"]
    assert services.reflections.tags_for_mentee(mentee_id) == {rid: ["تأمل"]}
    fields = ReflectionFields(written_on=date(2026, 3, 2), text="ليلى")
    services.reflections.update(rid, fields, tags=[])
    assert services.reflections.tags(rid) == []
    assert services.reflections.tags(second.id or 0) == []
    assert "تأمل" not in services.mentees.all_tags()


@pytest.mark.parametrize(
    ("tags", "message"),
    [(["x" * 101], "at most 100 characters"), (["bad\x00tag"], "NUL character")],
)
def test_bad_tags_are_refused_and_nothing_is_written(
    services: Services, mentee_id: int, tags: list[str], message: str
) -> None:
    sid = services.sessions.create(_session(mentee_id), tags=["kept"]).id or 0
    with pytest.raises(ValidationError) as error:
        services.sessions.create(_session(mentee_id, 2), tags=tags)
    assert message in error.value.fields["tags"]
    with pytest.raises(ValidationError) as error:
        services.sessions.update(sid, _session(mentee_id, 3), tags=tags)
    assert message in error.value.fields["tags"]
    with pytest.raises(ValidationError):
        services.goals.create(GoalInput(title="G", mentee_id=mentee_id), tags=tags)
    with pytest.raises(ValidationError):
        services.reflections.create(
            ReflectionInput(written_on=date(2026, 3, 2), text="t", mentee_id=mentee_id), tags=tags
        )
    assert len(services.sessions.list_for_mentee(mentee_id)) == 1
    assert services.sessions.tags(sid) == ["kept"]
    assert services.goals.list_for_mentee(mentee_id) == []
    assert services.reflections.list_for_mentee(mentee_id) == []


def test_a_bad_tag_and_a_bad_field_are_reported_together(
    services: Services, mentee_id: int
) -> None:
    with pytest.raises(ValidationError) as error:
        services.goals.create(GoalInput(title=" ", mentee_id=mentee_id), tags=["y" * 101])
    assert set(error.value.fields) >= {"title", "tags"}


def test_tags_survive_closing_and_reopening_the_journal(
    journal_path: Path, services: Services, mentee_id: int
) -> None:
    sid = services.sessions.create(_session(mentee_id), tags=["Level II"]).id or 0
    services.journal.close()
    with open_journal(journal_path) as again:
        assert Services.for_journal(again).sessions.tags(sid) == ["Level II"]
