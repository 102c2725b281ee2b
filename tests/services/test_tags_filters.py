"""Filters that combine: the mentee list's (in memory) and the cross-mentee Sessions list's
(in SQL, a page at a time)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from mentorjournal.models import (
    ActionItemFields,
    Attendance,
    MenteeInput,
    MenteeStatus,
    SessionInput,
    SessionKind,
)
from mentorjournal.services import Services
from mentorjournal.services.filters import CURRENT_STATUSES, MenteeFilter, SessionFilter

TODAY = date(2026, 6, 1)


@pytest.fixture
def people(services: Services) -> dict[str, int]:
    """Four mentees in two programmes and cohorts, with sessions, tags and action items."""

    def mentee(name: str, programme: str, cohort: str, tags: list[str], **kw: object) -> int:
        data = MenteeInput(full_name=name, programme=programme, cohort=cohort, tags=tags, **kw)
        return services.mentees.create(data).id or 0

    ids = {
        "abebe": mentee("Abebe Kebede", "Welding", "2026A", ["apprentice", "evening"]),
        "eloise": mentee("Éloïse Martin", "welding ", "2026B", ["apprentice"]),
        "selam": mentee("ሰላም ታደሰ", "Electrical Installation", "2026A", ["evening"]),
        "omar": mentee(
            "Omar Haddad", "Electrical Installation", "2026B", [], status=MenteeStatus.COMPLETED
        ),
    }

    def session(who: list[str], when: datetime, tags: list[str], due: date | None = None) -> int:
        actions = [ActionItemFields(text="Practise", due_date=due)] if due else []
        data = SessionInput(
            started_at=when,
            kind=SessionKind.GROUP if len(who) > 1 else SessionKind.ONE_TO_ONE,
            topics=f"Topics of {when:%d %b}\nsecond line",
            attendees=[Attendance(mentee_id=ids[w]) for w in who],
        )
        return services.sessions.create(data, actions, tags=tags).id or 0

    session(["abebe"], datetime(2026, 1, 10, 9), ["Safety"], due=date(2026, 2, 1))  # overdue
    session(["abebe", "eloise"], datetime(2026, 5, 20, 9), ["safety", "trade test"])
    session(["selam"], datetime(2026, 3, 3, 14), ["trade test"], due=date(2026, 7, 1))
    session(["omar"], datetime(2025, 11, 1, 8), [])
    return ids


def names(services: Services, where: MenteeFilter) -> list[str]:
    return [m.full_name for m in services.mentees.list_summaries(filter=where, today=TODAY)]


def test_summaries_carry_tags_and_overdue_counts(
    services: Services, people: dict[str, int]
) -> None:
    rows = {m.full_name: m for m in services.mentees.list_summaries(today=TODAY)}
    abebe = rows["Abebe Kebede"]
    assert abebe.tags == ("apprentice", "evening")
    assert (abebe.open_actions, abebe.overdue_actions) == (1, 1)
    selam = rows["ሰላም ታደሰ"]
    assert (selam.open_actions, selam.overdue_actions) == (1, 0)  # due in July: not yet


def test_each_mentee_criterion_alone(services: Services, people: dict[str, int]) -> None:
    everyone = MenteeFilter(statuses=None)
    assert names(services, MenteeFilter()) == ["Abebe Kebede", "Éloïse Martin", "ሰላም ታደሰ"]
    assert len(names(services, everyone)) == 4
    assert names(services, everyone.with_(statuses=frozenset({MenteeStatus.COMPLETED}))) == [
        "Omar Haddad"
    ]
    # Tag and programme match whatever the case, accents and surrounding spaces.
    assert names(services, everyone.with_(tags=frozenset({"APPRENTICE"}))) == [
        "Abebe Kebede",
        "Éloïse Martin",
    ]
    assert names(services, everyone.with_(programme="WELDING")) == [
        "Abebe Kebede",
        "Éloïse Martin",
    ]
    assert names(services, everyone.with_(cohort="2026b")) == ["Éloïse Martin", "Omar Haddad"]
    assert names(services, everyone.with_(overdue_only=True)) == ["Abebe Kebede"]
    spring = everyone.with_(last_session_from=date(2026, 3, 1), last_session_to=date(2026, 3, 31))
    assert names(services, spring) == ["ሰላም ታደሰ"]
    # A range leaves out mentees never met; one end alone is a half-open range.
    assert names(services, everyone.with_(last_session_to=date(2025, 12, 31))) == ["Omar Haddad"]
    assert names(services, everyone.with_(text="eloise")) == ["Éloïse Martin"]
    assert names(services, everyone.with_(text="evening")) == ["Abebe Kebede", "ሰላም ታደሰ"]


def test_mentee_criteria_combine_with_and(services: Services, people: dict[str, int]) -> None:
    everyone = MenteeFilter(statuses=None)
    both_tags = everyone.with_(tags=frozenset({"apprentice", "evening"}))
    assert names(services, both_tags) == ["Abebe Kebede"]
    assert names(services, everyone.with_(tags=frozenset({"evening"}), cohort="2026A")) == [
        "Abebe Kebede",
        "ሰላም ታደሰ",
    ]
    evening_in_ei = everyone.with_(tags=frozenset({"evening"}), programme="Electrical Installation")
    assert names(services, evening_in_ei) == ["ሰላም ታደሰ"]
    assert names(services, evening_in_ei.with_(overdue_only=True)) == []
    recent_welders = everyone.with_(programme="welding", last_session_from=date(2026, 5, 1))
    assert names(services, recent_welders) == ["Abebe Kebede", "Éloïse Martin"]
    assert names(services, recent_welders.with_(text="abe")) == ["Abebe Kebede"]


def test_active_criteria_count_what_narrows_beyond_the_default() -> None:
    assert MenteeFilter().active_criteria() == []
    assert MenteeFilter(statuses=None).active_criteria() == []  # "All" hides nothing
    assert MenteeFilter(text="abe").active_criteria() == []  # the text is in plain view
    busy = MenteeFilter(
        statuses=frozenset({MenteeStatus.PAUSED}),
        tags=frozenset({"x"}),
        programme="P",
        cohort="C",
        last_session_from=date(2026, 1, 1),
        overdue_only=True,
    )
    assert len(busy.active_criteria()) == 6
    assert {MenteeStatus.ACTIVE, MenteeStatus.PAUSED} == CURRENT_STATUSES


def test_programmes_and_cohorts_are_offered_once_each(
    services: Services, people: dict[str, int]
) -> None:
    programmes, cohorts = services.mentees.programmes_and_cohorts()
    assert programmes == ["Electrical Installation", "Welding"]  # "welding " is the same
    assert cohorts == ["2026A", "2026B"]


# --- sessions across mentees -------------------------------------------------------------
def session_dates(services: Services, where: SessionFilter) -> list[str]:
    query = services.sessions.across_mentees(where)
    page = query.page()
    assert not page.more
    assert query.count() == len(page.rows)
    return [f"{r.started_at:%Y-%m-%d}" for r in page.rows]


def test_sessions_across_mentees_newest_first_with_light_rows(
    services: Services, people: dict[str, int]
) -> None:
    page = services.sessions.across_mentees().page()
    assert [f"{r.started_at:%m-%d}" for r in page.rows] == ["05-20", "03-03", "01-10", "11-01"]
    group = page.rows[0]
    assert group.mentees == ("Abebe Kebede", "Éloïse Martin")
    assert group.mentee_ids == (people["abebe"], people["eloise"])
    assert group.programmes == ("Welding", "welding ")
    assert group.tags == ("Safety", "trade test")  # the first spelling of the tag stays
    assert group.topics == "Topics of 20 May"  # the first line only
    assert group.kind is SessionKind.GROUP


def test_session_filters_alone_and_combined(services: Services, people: dict[str, int]) -> None:
    f = SessionFilter()
    assert session_dates(services, f.with_(tags=frozenset({"SAFETY"}))) == [
        "2026-05-20",
        "2026-01-10",
    ]
    assert session_dates(services, f.with_(tags=frozenset({"safety", "trade test"}))) == [
        "2026-05-20"
    ]
    assert session_dates(services, f.with_(programme="Electrical installation")) == [
        "2026-03-03",
        "2025-11-01",
    ]
    assert session_dates(services, f.with_(cohort="2026B")) == ["2026-05-20", "2025-11-01"]
    # Dates are inclusive: a session at 14:00 on the last day is in.
    assert session_dates(
        services, f.with_(date_from=date(2026, 1, 10), date_to=date(2026, 3, 3))
    ) == ["2026-03-03", "2026-01-10"]
    assert session_dates(services, f.with_(mentee_text="eloise")) == ["2026-05-20"]
    assert session_dates(services, f.with_(mentee_text="ሰላም")) == ["2026-03-03"]
    assert session_dates(services, f.with_(mentee_text="abe", tags=frozenset({"safety"}))) == [
        "2026-05-20",
        "2026-01-10",
    ]
    # The mentee criteria hold for one same attendee: Abebe is not in 2026B, Éloïse is.
    assert session_dates(services, f.with_(mentee_text="abe", cohort="2026B")) == []
    assert session_dates(
        services, f.with_(mentee_text="eloise", tags=frozenset({"safety"}), cohort="2026B")
    ) == ["2026-05-20"]
    assert session_dates(services, f.with_(programme="Welding", date_to=date(2026, 2, 1))) == [
        "2026-01-10"
    ]


def test_session_filters_that_match_nothing(services: Services, people: dict[str, int]) -> None:
    f = SessionFilter()
    assert session_dates(services, f.with_(tags=frozenset({"no such tag"}))) == []
    assert session_dates(services, f.with_(mentee_text="nobody")) == []
    assert session_dates(services, f.with_(programme="Plumbing")) == []
    assert session_dates(services, f.with_(date_from=date(2027, 1, 1))) == []


def test_paging_walks_every_session_once_even_with_equal_start_times(
    services: Services,
) -> None:
    mid = services.mentees.create(MenteeInput(full_name="Pager")).id or 0
    expected = []
    for i in range(7):
        when = datetime(2026, 4, 1 + i // 3, 9)  # three sessions share each start time
        data = SessionInput(started_at=when, attendees=[Attendance(mentee_id=mid)])
        expected.append((when, services.sessions.create(data).id or 0))
    expected.sort(reverse=True)
    query = services.sessions.across_mentees()
    seen, after, pages = [], None, 0
    while True:
        page = query.page(after, limit=2)
        pages += 1
        seen += [r.key for r in page.rows]
        if not page.more:
            break
        after = page.rows[-1].key
    assert seen == expected
    assert pages == 4
    assert query.count() == 7


def test_session_filter_active_criteria() -> None:
    assert SessionFilter().active_criteria() == []
    assert SessionFilter(mentee_text="  ").active_criteria() == []
    full = SessionFilter(
        mentee_text="a",
        tags=frozenset({"t"}),
        programme="p",
        cohort="c",
        date_from=date(2026, 1, 1),
    )
    assert full.active_criteria() == ["mentee", "tags", "programme", "cohort", "dates"]


def test_paging_and_dates_hold_for_starts_stored_without_microseconds(
    services: Services,
) -> None:
    """Journals written by other tools (the benchmark generator, an import) may store
    "2026-04-01 09:00:00" where the app writes "2026-04-01 09:00:00.000000"."""
    mid = services.mentees.create(MenteeInput(full_name="Other tool")).id or 0
    for day in (1, 1, 2, 3, 3, 3):
        data = SessionInput(
            started_at=datetime(2026, 4, day), attendees=[Attendance(mentee_id=mid)]
        )
        services.sessions.create(data)
    with services.journal.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE mentoring_session SET started_at = substr(started_at, 1, 19)")
    query = services.sessions.across_mentees()
    seen, after = [], None
    while True:
        page = query.page(after, limit=2)
        seen += [r.id for r in page.rows]
        if not page.more:
            break
        after = page.rows[-1].key
    assert len(seen) == len(set(seen)) == 6
    # Midnight on the first day of the range is in it.
    first_day = SessionFilter(date_from=date(2026, 4, 3), date_to=date(2026, 4, 3))
    assert services.sessions.across_mentees(first_day).count() == 3


def test_counting_can_stop_past_a_cap(services: Services, people: dict[str, int]) -> None:
    query = services.sessions.across_mentees(SessionFilter(programme="welding"))
    assert query.count() == 2
    assert query.count(at_most=1) == 2  # "more than 1"
    assert query.count(at_most=5) == 2
