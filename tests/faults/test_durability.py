"""Durability settings on every connection, and an erasure that leaves nothing behind:
the mentee's rows, drafts (in the journal and in fallback files) and their text in the
journal's -wal file all go."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from mentorjournal.models import MenteeInput, ReflectionInput
from mentorjournal.services import DraftData, Services
from mentorjournal.services.drafts import fallback_folder
from mentorjournal.store import Journal


def test_every_connection_has_the_durability_pragmas(journal: Journal) -> None:
    with journal.engine.connect() as conn:
        value = {
            p: conn.exec_driver_sql(f"PRAGMA {p}").scalar()
            for p in ("journal_mode", "synchronous", "foreign_keys", "secure_delete")
        }
        timeout = conn.exec_driver_sql("PRAGMA busy_timeout").scalar()
    assert value == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "secure_delete": 1}
    assert timeout is not None and timeout >= 1000


def test_erasure_leaves_no_draft_text_anywhere(
    services: Services,
    journal: Journal,
    journal_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    marker = "UNIQUE-MARKER-7f3a9c"
    m = services.mentees.create(MenteeInput(full_name=f"Name {marker}"))
    assert m.id is not None
    services.reflections.create(
        ReflectionInput(mentee_id=m.id, written_on=date(2025, 1, 1), text=marker * 50)
    )
    draft = DraftData(
        key=f"reflection:new:mentee_id={m.id}",
        kind="reflection",
        mentee_id=m.id,
        context={"mentee_id": m.id},
        title=f"New reflection — Name {marker}",
        content={"fields": {"text": marker * 100}},
    )
    services.drafts.keep(draft)
    # A second draft while the journal is read-only: it lands in a fallback file.
    journal.engine.dispose()
    readonly = {"on": True}

    @event.listens_for(journal.engine, "connect")
    def _ro(dbapi: object, _record: object) -> None:
        if readonly["on"]:
            dbapi.execute("PRAGMA query_only = 1")  # type: ignore[attr-defined]

    services.drafts.keep(
        DraftData(
            key="reflection:99",
            kind="reflection",
            mentee_id=m.id,
            content={"fields": {"text": marker}},
        )
    )
    readonly["on"] = False
    journal.engine.dispose()
    folder = fallback_folder(journal_path)
    assert any(marker.encode() in f.read_bytes() for f in folder.glob("*.json"))

    services.mentees.erase(m.id)
    assert services.drafts.all() == []
    files = [journal_path, *journal_path.parent.glob(journal_path.name + "-*"), *folder.glob("*")]
    for path in files:
        assert marker.encode() not in path.read_bytes(), path.name
