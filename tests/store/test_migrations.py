"""Schema migrations: from an empty file, from each released schema, and in step with models."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from mentorjournal.backups import Reason, list_backups
from mentorjournal.services import Services
from mentorjournal.store import open_journal, search_index
from mentorjournal.store.schema import HEAD_REVISION, KNOWN_REVISIONS, alembic_revisions

JOURNALS = Path(__file__).parent.parent / "data" / "journals"


def test_known_revisions_match_the_migration_scripts() -> None:
    assert list(KNOWN_REVISIONS) == alembic_revisions()


def test_new_journal_is_created_by_migrations_and_matches_the_models(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    with open_journal(path, create=True) as journal:
        with journal.engine.connect() as conn:
            diff = compare_metadata(
                MigrationContext.configure(
                    conn, opts={"compare_type": True, "include_name": search_index.include_name}
                ),
                SQLModel.metadata,
            )
        assert diff == []
        assert Services.for_journal(journal).owner.get().public_id
    conn2 = sqlite3.connect(path)
    assert conn2.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD_REVISION,)
    conn2.close()


def test_empty_sqlite_file_becomes_a_journal_when_creating(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    sqlite3.connect(path).execute("VACUUM").connection.close()  # a valid, table-less database
    with open_journal(path, create=True) as journal:
        assert Services.for_journal(journal).mentees.list_summaries() == []


def test_journal_of_schema_0001_opens_with_all_its_records(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(JOURNALS / "schema-0001.sqlite", path)
    with open_journal(path) as journal:
        s = Services.for_journal(journal)
        rows = {r.full_name: r for r in s.mentees.list_summaries()}
        assert set(rows) == {"Abebe Kebede", "ሰላም ታደሰ"}
        abebe = rows["Abebe Kebede"]
        assert (abebe.sessions, abebe.open_actions) == (1, 1)
        # 0003 copied each session's start onto its attendees.
        assert abebe.last_session_at == datetime(2026, 1, 10, 9)
        assert s.mentees.tags(abebe.id) == ["t1"]
        goals = s.goals.list_for_mentee(abebe.id)
        assert goals[0].goal.title == "Pass the AM2" and goals[0].progress_percent == 40
        selam = s.mentees.get(rows["ሰላም ታደሰ"].id)
        assert selam.private_notes == "private"
        assert s.reflections.list_for_mentee(selam.id or 0)[0].text == "ليلى"
        # 0002 seeded the default competency framework and templates into the old journal.
        assert journal.engine.connect().exec_driver_sql("SELECT count(*) FROM skill").scalar()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD_REVISION,)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    # The journal as it was before the upgrade is kept in its backup folder, owner-only, still
    # at schema 0001, and nothing else is left beside the journal.
    (before,) = list_backups(path)
    assert before.reason == Reason.MIGRATION
    backup = before.path
    assert backup.stat().st_mode & 0o777 == 0o600
    assert backup.parent.stat().st_mode & 0o777 == 0o700
    assert not list(tmp_path.glob("old.before-upgrade*"))
    conn = sqlite3.connect(backup)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert conn.execute("SELECT count(*) FROM mentee").fetchone() == (2,)
    conn.close()
