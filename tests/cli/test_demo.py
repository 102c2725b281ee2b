"""`mentorjournal demo` and the demo generator: a realistic, deterministic sample journal."""

from __future__ import annotations

import re
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event

from mentorjournal.__main__ import main
from mentorjournal.demo import DemoCounts, fill_demo_journal
from mentorjournal.models import GoalStatus, MenteeStatus, Rater, SessionKind
from mentorjournal.services import Services
from mentorjournal.store import open_journal

from .conftest import TODAY

ETHIOPIC = re.compile(r"[\u1200-\u137f]")
ARABIC = re.compile(r"[\u0600-\u06ff]")


def _sql(path: Path, query: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(query).fetchall()
    finally:
        conn.close()


def test_demo_prints_a_one_line_summary_with_the_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "new" / "demo.sqlite"
    assert main(["demo", "--db", str(path), "--today", "2026-03-18"]) == 0
    out = capsys.readouterr().out
    assert len(out.splitlines()) == 1
    assert str(path) in out
    sessions = _sql(path, "SELECT count(*) FROM mentoring_session")[0][0]
    assert "12 mentees in 3 programmes" in out
    ratings = _sql(path, "SELECT count(*) FROM skill_rating")[0][0]
    assert f"{ratings} skill ratings" in out
    assert f"{sessions} sessions" in out


def test_demo_has_twelve_mentees_in_three_programmes_in_several_scripts(
    demo_services: Services,
) -> None:
    mentees = demo_services.mentees.list_summaries()
    assert len(mentees) == 12
    programmes = {m.programme for m in mentees}
    assert programmes == {
        "Electrical Installation",
        "Welding & Fabrication",
        "Automotive Mechanics",
    }
    assert all(m.cohort for m in mentees)
    names = [m.full_name for m in mentees]
    assert sum(bool(ETHIOPIC.search(n)) for n in names) >= 2
    assert sum(bool(ARABIC.search(n)) for n in names) >= 2
    statuses = [m.status for m in mentees]
    assert statuses.count(MenteeStatus.ACTIVE) >= 8
    for status in (MenteeStatus.PAUSED, MenteeStatus.COMPLETED, MenteeStatus.WITHDRAWN):
        assert statuses.count(status) == 1
    owner = demo_services.owner.get()
    assert owner.owner_name and owner.institution


def test_demo_sessions_span_a_year_up_to_today(demo_services: Services) -> None:
    days = set()
    per_mentee = {}
    for m in demo_services.mentees.list_summaries():
        rows = demo_services.sessions.list_for_mentee(m.id)
        per_mentee[m.full_name] = rows
        days |= {r.started_at.date() for r in rows}
    assert TODAY - timedelta(days=380) <= min(days) <= TODAY - timedelta(days=300)
    assert TODAY - timedelta(days=7) <= max(days) <= TODAY
    # Every ~2 weeks: an active mentee followed all year has 20-40 sessions.
    assert 15 <= len(per_mentee["Dawit Bekele"]) <= 45


def test_demo_has_group_sessions_workplace_visits_and_mentees_losing_touch(
    demo_services: Services,
) -> None:
    kinds: dict[SessionKind, int] = {}
    group_sizes = set()
    losing_touch = 0
    for m in demo_services.mentees.list_summaries():
        rows = demo_services.sessions.list_for_mentee(m.id)
        for r in rows:
            kinds[r.kind] = kinds.get(r.kind, 0) + 1
            if r.kind == SessionKind.GROUP:
                group_sizes.add(r.attendee_count)
        last = m.last_session_at
        assert last is not None
        if m.status == MenteeStatus.ACTIVE and (TODAY - last.date()).days > 30:
            losing_touch += 1
    assert kinds[SessionKind.ONE_TO_ONE] > kinds[SessionKind.GROUP] > 0
    assert kinds.get(SessionKind.WORKPLACE_VISIT, 0) > 0
    assert group_sizes <= {3, 4} and group_sizes
    assert losing_touch >= 2


def test_demo_confidence_drifts_upward(demo_services: Services) -> None:
    early: list[int] = []
    late: list[int] = []
    for m in demo_services.mentees.list_summaries():
        ratings = [
            r.confidence
            for r in reversed(demo_services.sessions.list_for_mentee(m.id))
            if r.confidence is not None
        ]
        quarter = max(1, len(ratings) // 4)
        early += ratings[:quarter]
        late += ratings[-quarter:]
    assert sum(late) / len(late) > sum(early) / len(early) + 0.7


def test_demo_actions_goals_and_reflections_look_like_real_use(demo_services: Services) -> None:
    open_actions = overdue = done = 0
    goal_statuses: set[GoalStatus] = set()
    check_ins = reflections = prompted = 0
    for m in demo_services.mentees.list_summaries():
        for a in demo_services.actions.list_for_mentee(m.id):
            if a.done_date is None:
                open_actions += 1
                overdue += a.due_date is not None and a.due_date < TODAY
            else:
                done += 1
                assert a.done_date <= TODAY
        goals = demo_services.goals.list_for_mentee(m.id)
        assert 2 <= len(goals) <= 4
        for g in goals:
            goal_statuses.add(g.goal.status)
            check_ins += g.check_ins
            assert g.goal.target_date is not None
            if g.goal.status == GoalStatus.ACHIEVED:
                assert g.progress_percent == 100
        for r in demo_services.reflections.list_for_mentee(m.id):
            reflections += 1
            prompted += bool(r.went_well)
    assert done > 5 * open_actions
    assert 0 < overdue < open_actions
    assert {GoalStatus.ACHIEVED, GoalStatus.DROPPED, GoalStatus.IN_PROGRESS} <= goal_statuses
    assert check_ins > 50
    assert reflections > 20 and 0 < prompted < reflections


def test_demo_skill_ratings_by_mentor_and_self_trend_upward(demo_services: Services) -> None:
    rated_mentees = 0
    raters: set[Rater] = set()
    first: list[int] = []
    latest: list[int] = []
    self_gap_early: list[int] = []
    linked = notes = drops = 0
    total = 0
    for m in demo_services.mentees.list_summaries():
        ratings = demo_services.skills.ratings_for_mentee(m.id)
        if not ratings:
            continue
        rated_mentees += 1
        raters |= {r.rater for r in ratings}
        total += len(ratings)
        linked += sum(r.session_id is not None for r in ratings)
        notes += sum(bool(r.note) for r in ratings)
        mentor = [r for r in ratings if r.rater == Rater.MENTOR]
        assert 6 <= len({r.skill_id for r in mentor}) <= 9
        # Roughly monthly: never two mentor rating days within three weeks.
        days = sorted({r.rated_on for r in mentor})
        assert all((b - a).days >= 21 for a, b in zip(days, days[1:], strict=False))
        for p in demo_services.skills.progress(m.id):
            assert p.first is not None and p.latest is not None
            first.append(p.first.rating)
            latest.append(p.latest.rating)
        by_skill: dict[int, list[int]] = {}
        for r in mentor:
            by_skill.setdefault(r.skill_id, []).append(r.rating)
        drops += sum(any(b < a for a, b in zip(v, v[1:], strict=False)) for v in by_skill.values())
        early = {r.skill_id: r.rating for r in mentor if r.rated_on == days[0]}
        self_gap_early += [
            r.rating - early[r.skill_id]
            for r in ratings
            if r.rater == Rater.SELF and r.rated_on == days[0] and r.skill_id in early
        ]
        if session_days := {
            s.started_at.date() for s in demo_services.sessions.list_for_mentee(m.id)
        }:
            assert all(r.rated_on in session_days for r in ratings)
    assert rated_mentees >= 10
    assert raters == {Rater.MENTOR, Rater.SELF}
    assert sum(latest) / len(latest) > sum(first) / len(first) + 1.0
    assert sum(b > a for a, b in zip(first, latest, strict=True)) > len(first) * 0.6
    assert any(a == b for a, b in zip(first, latest, strict=True))  # some skills stall
    assert drops >= 2  # one skill drops back once for some mentees
    assert sum(self_gap_early) > 0  # mentees rate themselves higher at the start
    assert 0.5 * total < linked < total
    assert 0 < notes < total // 5


def test_demo_notes_use_the_mentees_languages(demo_path: Path) -> None:
    notes = [str(row[0]) for row in _sql(demo_path, "SELECT notes FROM mentoring_session")]
    assert any(ETHIOPIC.search(n) for n in notes)
    assert any(ARABIC.search(n) for n in notes)
    assert not any("{" in n or "}" in n for n in notes)  # every placeholder filled
    assert len(set(notes)) > len(notes) // 2  # varied, not one text repeated


def _fingerprint(path: Path) -> list[tuple[object, ...]]:
    return _sql(
        path,
        "SELECT m.full_name, m.status, s.started_at, s.kind, s.topics, s.notes, a.confidence "
        "FROM mentoring_session s JOIN session_attendee a ON a.session_id = s.id "
        "JOIN mentee m ON m.id = a.mentee_id ORDER BY s.started_at, m.full_name",
    )


def test_demo_is_deterministic_for_a_seed_and_today(tmp_path: Path, demo_template: Path) -> None:
    again = tmp_path / "again.sqlite"
    other_seed = tmp_path / "other.sqlite"
    assert main(["demo", "--db", str(again), "--today", TODAY.isoformat()]) == 0
    assert main(["demo", "--db", str(other_seed), "--today", TODAY.isoformat(), "--seed", "8"]) == 0
    assert _fingerprint(again) == _fingerprint(demo_template)
    counts = "SELECT (SELECT count(*) FROM mentoring_session), (SELECT count(*) FROM action_item)"
    assert _sql(again, counts) == _sql(demo_template, counts)
    ratings = (
        "SELECT m.full_name, k.name, r.rated_on, r.rater, r.rating, r.note, s.started_at "
        "FROM skill_rating r JOIN mentee m ON m.id = r.mentee_id JOIN skill k ON k.id = r.skill_id "
        "LEFT JOIN mentoring_session s ON s.id = r.session_id "
        "ORDER BY m.full_name, r.rated_on, r.rater, k.name"
    )
    assert _sql(again, ratings) == _sql(demo_template, ratings)
    assert _sql(other_seed, ratings) != _sql(demo_template, ratings)
    assert _fingerprint(other_seed) != _fingerprint(demo_template)
    names = "SELECT full_name FROM mentee ORDER BY full_name"
    assert _sql(other_seed, names) == _sql(demo_template, names)


def test_fill_demo_journal_commits_once_and_reports_what_it_made(journal_path: Path) -> None:
    journal = open_journal(journal_path)
    commits = []
    event.listen(journal.engine, "commit", lambda _conn: commits.append(1))
    try:
        counts = fill_demo_journal(Services.for_journal(journal), today=date(2025, 6, 30), seed=3)
    finally:
        journal.close()
    assert isinstance(counts, DemoCounts)
    assert len(commits) == 1
    tables = {
        "mentee": counts.mentees,
        "mentoring_session": counts.sessions,
        "action_item": counts.action_items,
        "goal": counts.goals,
        "goal_check_in": counts.check_ins,
        "reflection": counts.reflections,
        "skill_rating": counts.skill_ratings,
    }
    for table, expected in tables.items():
        assert _sql(journal_path, f"SELECT count(*) FROM {table}") == [(expected,)], table
    latest = _sql(journal_path, "SELECT max(started_at) FROM mentoring_session")[0][0]
    assert isinstance(latest, str) and latest[:10] <= "2025-06-30"


def test_demo_refuses_an_existing_file_and_leaves_it_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "journal.sqlite"
    path.write_bytes(b"precious")
    assert main(["demo", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert "already exists" in err
    assert path.read_bytes() == b"precious"


def test_demo_refuses_an_existing_journal(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = demo_path.read_bytes()
    assert main(["demo", "--db", str(demo_path)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert demo_path.read_bytes() == before


def test_demo_needs_an_explicit_path(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MENTORJOURNAL_DB", str(tmp_path / "env.sqlite"))
    assert main(["demo"]) == 2
    assert "--db" in capsys.readouterr().err
    assert not (tmp_path / "env.sqlite").exists()


def test_a_failed_demo_leaves_no_file_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import mentorjournal.demo

    def explode(services: Services, *, today: date, seed: int = 7) -> DemoCounts:
        raise RuntimeError("bug in the generator")

    monkeypatch.setattr(mentorjournal.demo, "fill_demo_journal", explode)
    path = tmp_path / "demo.sqlite"
    with pytest.raises(RuntimeError):
        main(["demo", "--db", str(path)])
    assert list(tmp_path.iterdir()) == []
