"""The index stays in step with the records through every write, and "Check journal" rebuilds
it when it is missing or out of step."""

from __future__ import annotations

import ast
import sqlite3
from datetime import date, datetime
from pathlib import Path

from mentorjournal.models import (
    ActionItemFields,
    Attendance,
    GoalInput,
    MenteeInput,
    ReflectionFields,
    SessionInput,
)
from mentorjournal.services import Services
from mentorjournal.store import open_journal, search_index
from mentorjournal.store.integrity import full_check

from .conftest import Known

ROOT = Path(__file__).resolve().parents[2] / "mentorjournal"


def found(services: Services, text: str) -> set[int]:
    return {h.record_id for h in services.search.search(text).hits}


def test_a_journal_at_head_has_the_index_and_every_trigger(journal_path: Path) -> None:
    """A later migration that rebuilds a table drops its triggers: it must put them back."""
    conn = sqlite3.connect(journal_path)
    try:
        assert search_index.problems(conn) == []
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert set(search_index.trigger_names()) <= names
    finally:
        conn.close()


def test_edits_and_deletes_keep_the_index_in_step(known_services: Services, known: Known) -> None:
    s = known_services
    detail = s.sessions.get(known.eloise_session)
    session = detail.session if hasattr(detail, "session") else detail
    data = SessionInput(
        started_at=datetime(2026, 2, 10, 9),
        topics="Grinder guards",
        notes="Replaced the wheel guard.",
        attendees=[Attendance(mentee_id=known.eloise)],
    )
    s.sessions.update(known.eloise_session, data)
    del session
    assert found(s, "torque") == {known.torque_goal, known.long_session}
    assert found(s, "grinder") == {known.eloise_session}
    assert found(s, "cried") == set()  # the private note was cleared by the edit

    s.actions.update(known.action, ActionItemFields(text="Sharpen the chisels"))
    assert found(s, "square") == set() and found(s, "chisel") == {known.action}

    s.reflections.update(
        known.public_reflection,
        ReflectionFields(written_on=date(2026, 2, 21), text="Quiet today.", is_private=True),
    )
    hits = s.search.search("quiet").hits
    assert [(h.record_id, h.private) for h in hits] == [(known.public_reflection, True)]
    assert s.search.search("quiet", include_private=False).hits == []

    s.goals.delete(known.torque_goal)  # its check-ins go with it (a cascade in SQL)
    assert found(s, "torque") == {known.long_session}
    assert found(s, "alternator") == set()  # check-in gone; the reflection was rewritten

    s.sessions.delete(known.long_session)
    assert found(s, "torque") == set()
    s.mentees.update(known.layla, MenteeInput(full_name="Layla Hassan"))
    assert {h.kind.value for h in s.search.search("layla").hits} == {"mentee"}
    assert [h.mentee_id for h in s.search.search("ليلى").hits] == [known.layla]  # the notes

    conn = sqlite3.connect(s.journal.path)
    assert search_index.problems(conn) == []
    conn.close()


def test_attendees_changing_moves_the_session_hits(known_services: Services, known: Known) -> None:
    s = known_services
    s.sessions.update(
        known.group_session,
        SessionInput(
            started_at=datetime(2026, 2, 3, 9),
            topics="Scaffolding inspection",
            attendees=[Attendance(mentee_id=known.selam)],
        ),
    )
    assert {h.mentee_id for h in s.search.search("scaffolding").hits} == {known.selam}


def test_new_records_are_found_at_once(known_services: Services, known: Known) -> None:
    m = known_services.mentees.create(MenteeInput(full_name="Nuevo Aprendiz"))
    known_services.goals.create(GoalInput(mentee_id=m.id or 0, title="Soldadura en ángulo"))
    assert [h.kind.value for h in known_services.search.search("angulo").hits] == ["goal"]


def _break(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(sql)
    conn.commit()
    conn.close()


def test_check_journal_rebuilds_a_missing_index(known_path: Path) -> None:
    _break(known_path, "DROP TABLE search_index;")
    with open_journal(known_path) as journal:
        assert Services.for_journal(journal).search.search("torque").hits == []
        report = full_check(journal)
        assert report.ok
        assert report.repaired == ["The search index is missing."]
        assert len(Services.for_journal(journal).search.search("torque").hits) == 3
        assert full_check(journal).repaired == []


def test_check_journal_rebuilds_an_index_out_of_step(known_path: Path) -> None:
    # Records written while the triggers were missing (a tool that dropped them).
    _break(
        known_path,
        "DROP TRIGGER search_index_action_item_update;"
        "UPDATE action_item SET text = 'Oil the hinges';",
    )
    with open_journal(known_path) as journal:
        services = Services.for_journal(journal)
        assert services.search.search("hinges").hits == []
        report = full_check(journal)
        assert report.ok and len(report.repaired) == 2
        assert "triggers are missing" in report.repaired[0]
        assert "out of step" in report.repaired[1]
        assert [h.kind.value for h in services.search.search("hinges").hits] == ["action item"]
        services.actions.update(1, ActionItemFields(text="Paint the door"))
        assert services.search.search("hinges").hits == []  # the trigger is back


def test_check_report_does_not_count_the_index_as_records(known_path: Path) -> None:
    with open_journal(known_path) as journal:
        report = full_check(journal)
    assert not any("search_index" in name for name in report.rows)


def test_bulk_load_indexes_once_at_the_end(journal_path: Path) -> None:
    conn = sqlite3.connect(journal_path)
    with search_index.bulk_load(conn):
        assert not {n for (n,) in conn.execute("SELECT name FROM sqlite_master")} & set(
            search_index.trigger_names()
        )
        conn.execute(
            "INSERT INTO mentee (public_id, created_at, updated_at, full_name, preferred_name,"
            " programme, cohort, level, mentoring_model, status, contact, private_notes)"
            " VALUES ('x', '2026-01-01', '2026-01-01', 'Bulk Person', '', '', '', '',"
            " 'one_to_one', 'active', '', '')"
        )
    conn.commit()
    assert search_index.problems(conn) == []
    conn.close()
    with open_journal(journal_path) as journal:
        assert len(Services.for_journal(journal).search.search("bulk").hits) == 1


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            names.add(node.module or "")
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_no_summary_or_export_reads_the_search_index() -> None:
    """Search results show private text in the app; nothing that leaves the app uses them."""
    leaving = [
        *ROOT.joinpath("reports").rglob("*.py"),
        ROOT / "services" / "summaries.py",
        # Importing writes records in bulk and then rebuilds the index: not leaving the app.
        *(p for p in ROOT.joinpath("transfer").rglob("*.py") if p.name != "importing.py"),
        *ROOT.joinpath("backups").rglob("*.py"),
    ]
    assert len(leaving) > 5
    for path in leaving:
        text = path.read_text(encoding="utf-8")
        assert "FROM search_index" not in text and " MATCH " not in text, path
        assert not {"search", "search_index", "SearchService"} & _imports(path), path


def test_only_the_store_module_knows_fts5() -> None:
    """FTS5's SQL stays in one module, so another database can bring its own search."""
    fts_sql = ("USING fts5", " MATCH ", "bm25(", "'optimize'", "'integrity-check'")
    knowing = sorted(
        p.relative_to(ROOT).as_posix()
        for p in ROOT.rglob("*.py")
        if any(word in p.read_text(encoding="utf-8") for word in fts_sql)
    )
    assert knowing == ["store/search_index.py"]
