"""SummaryService: private texts absent unless asked, the period, anonymous codes, programme."""

from __future__ import annotations

from datetime import date

from mentorjournal.services import ALL_SECTIONS, Section, Services
from mentorjournal.services.summaries import MenteeSummaryData
from tests.reports.summary_known import (
    AMHARIC,
    ARABIC,
    GOAL,
    INJECTION,
    MARKER,
    NAME,
    NAMES,
    NEXT_MEETING,
    NOTE,
    OLD_NOTE,
    PERIOD,
    TODAY,
    Known,
    fill_summary_journal,
)


def _build(services: Services, known: Known, **kwargs: object) -> MenteeSummaryData:
    options: dict[str, object] = {
        "period_from": PERIOD[0],
        "period_to": PERIOD[1],
        "sections": ALL_SECTIONS,
        "today": TODAY,
    }
    options.update(kwargs)
    return services.summaries.build(known.selam, **options)  # type: ignore[arg-type]


def test_private_texts_are_absent_from_the_data_by_default(services: Services) -> None:
    known = fill_summary_journal(services)
    data = _build(services, known)
    assert MARKER not in repr(data)
    assert data.mentee.private_notes is None
    assert all(s.private_note is None for s in data.sessions)
    assert [r.text for r in data.reflections] == ["Gaining confidence."]


def test_private_texts_are_there_when_asked_for(services: Services) -> None:
    known = fill_summary_journal(services)
    data = _build(services, known, include_private=True)
    assert data.mentee.private_notes == f"{MARKER} mentee note"
    assert f"{MARKER} session note" in [s.private_note for s in data.sessions]
    assert [r.is_private for r in data.reflections] == [False, True]


def test_the_period_chooses_sessions_check_ins_and_ratings(services: Services) -> None:
    known = fill_summary_journal(services)
    data = _build(services, known)
    assert [s.started_at.date() for s in data.sessions] == [date(2026, 11, 5), date(2026, 11, 12)]
    assert OLD_NOTE not in repr(data)
    (goal,) = data.goals
    assert goal.title == GOAL
    assert [c.percent for c in goal.check_ins] == [40]
    assert goal.progress_percent == 40
    (skill,) = data.skills
    assert (skill.first.rating, skill.latest.rating) == (2, 3)
    assert [r.rating for r in skill.ratings] == [3]
    everything = _build(services, known, period_from=None, period_to=None)
    assert len(everything.sessions) == 3
    assert [c.percent for c in everything.goals[0].check_ins] == [10, 40]
    # Progress as it stood at the end of an earlier period.
    early = _build(services, known, period_from=None, period_to=date(2026, 9, 30))
    assert early.goals[0].progress_percent == 10


def test_sessions_carry_their_actions_and_the_next_meeting(services: Services) -> None:
    known = fill_summary_journal(services)
    data = _build(services, known)
    first = data.sessions[0]
    assert NOTE in first.notes
    assert len(first.actions) == 7
    assert data.next_meeting is not None
    assert data.next_meeting.on == NEXT_MEETING
    assert data.next_meeting.session_public_id == known.session_public_id
    assert sum(a.overdue for a in data.actions) == 1
    assert data.sessions[1].attendees == tuple(sorted(data.sessions[1].attendees, key=str.lower))


def test_sections_left_out_are_empty(services: Services) -> None:
    known = fill_summary_journal(services)
    data = _build(services, known, sections=frozenset({Section.GOALS}))
    assert data.goals and not data.sessions and not data.actions and not data.reflections
    assert not data.skills and data.has(Section.GOALS) and not data.has(Section.SESSIONS)


def test_anonymise_replaces_every_name_with_a_stable_code(services: Services) -> None:
    known = fill_summary_journal(services)
    data = _build(services, known, anonymise=True, include_private=True)
    text = repr(data)
    for name in (*NAMES, "Selam"):
        assert name not in text
    assert data.mentee.name == "M-001"
    assert data.mentee.contact == "" and data.mentee.preferred_name == ""
    assert data.sessions[1].attendees == ("M-001", "M-002", "M-003", "M-004")
    assert "M-001 did the second one alone." in data.sessions[0].notes
    again = _build(services, known, anonymise=True, include_private=True)
    assert again == data
    arabic = services.summaries.build(
        known.arabic,
        period_from=None,
        period_to=None,
        sections=ALL_SECTIONS,
        anonymise=True,
        today=TODAY,
    )
    assert arabic.mentee.name == "M-002"


def test_programme_lines_and_figures(services: Services) -> None:
    fill_summary_journal(services)
    programme = services.summaries.programme(TODAY)
    assert {line.name for line in programme.lines} == set(NAMES)
    selam = next(line for line in programme.lines if line.name == NAME)
    assert (selam.sessions, selam.open_actions, selam.overdue_actions) == (3, 6, 1)
    assert (selam.goals_active, selam.goals_achieved) == (1, 0)
    assert selam.last_session == date(2026, 11, 12)
    assert programme.active_mentees == 4
    assert programme.overdue_actions == 1
    assert programme.owner_name == "Hanna Tesfaye"
    anonymous = services.summaries.programme(TODAY, anonymise=True)
    assert [line.name for line in anonymous.lines] == ["M-001", "M-002", "M-003", "M-004"]
    for name in (ARABIC, AMHARIC, INJECTION, NAME):
        assert name not in repr(anonymous)
