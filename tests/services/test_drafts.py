"""Drafts through the services: kept, replaced, discarded, erased with their mentee, and kept
in an owner-only fallback file while the journal cannot be written."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from mentorjournal.models import MenteeInput, ReflectionInput
from mentorjournal.services import DraftData, DraftPlace, Services
from mentorjournal.services.drafts import draft_key, fallback_folder
from mentorjournal.store import Journal, JournalUnavailable


@pytest.fixture(autouse=True)
def private_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Fallback drafts go to the user's data folder: a temporary one here."""
    home = tmp_path / "data-home"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


@pytest.fixture
def mentee(services: Services) -> int:
    m = services.mentees.create(MenteeInput(full_name="Amina Yusuf"))
    assert m.id is not None
    return m.id


def _draft(mentee_id: int | None, text: str, key: str = "reflection:new:mentee=1") -> DraftData:
    return DraftData(
        key=key,
        kind="reflection",
        mentee_id=mentee_id,
        context={"mentee_id": mentee_id},
        title="New reflection — Amina Yusuf",
        content={"fields": {"text": text}},
    )


class ReadOnly:
    """Makes every new connection of a journal refuse writes (read-only media), or fill up
    at once (a full disk), until `lift()`."""

    def __init__(self, journal: Journal, pragma: str) -> None:
        self.journal = journal
        self.pragma: str | None = pragma
        journal.engine.dispose()
        event.listen(journal.engine, "connect", self._on_connect)

    def _on_connect(self, dbapi: object, _record: object) -> None:
        if self.pragma:
            dbapi.execute(self.pragma)  # type: ignore[attr-defined]

    def lift(self) -> None:
        self.pragma = None
        self.journal.engine.dispose()


@pytest.fixture
def read_only(journal: Journal) -> Iterator[ReadOnly]:
    guard = ReadOnly(journal, "PRAGMA query_only = 1")
    yield guard
    guard.lift()


def test_key_names_record_or_what_a_new_one_hangs_off() -> None:
    assert draft_key("reflection", 12, mentee_id=3) == "reflection:12"
    assert draft_key("session", None, mentee_id=3) == "session:new:mentee_id=3"
    assert draft_key("mentee", None) == "mentee:new"
    assert draft_key("goal", None, mentee_id=None) == "goal:new"


def test_keep_replace_and_discard(services: Services, mentee: int) -> None:
    assert services.drafts.keep(_draft(mentee, "first")) is DraftPlace.JOURNAL
    assert services.drafts.keep(_draft(mentee, "second")) is DraftPlace.JOURNAL
    drafts = services.drafts.all()
    assert len(drafts) == 1
    assert drafts[0].content == {"fields": {"text": "second"}}
    assert drafts[0].context == {"mentee_id": mentee}
    assert drafts[0].title == "New reflection — Amina Yusuf"
    assert not drafts[0].in_file
    assert services.drafts.discard(drafts[0].key)
    assert services.drafts.all() == []


def test_unicode_and_megabytes_come_back_exactly(services: Services, mentee: int) -> None:
    text = "مرحبا \u202eevil\u202c ሰላም 👩🏽‍🔧 e\u0301 " + "x" * 3_000_000
    services.drafts.keep(_draft(mentee, text))
    (draft,) = services.drafts.all()
    assert draft.content["fields"]["text"] == text


def test_erasing_the_mentee_erases_their_drafts(services: Services, mentee: int) -> None:
    other = services.mentees.create(MenteeInput(full_name="Other"))
    services.drafts.keep(_draft(mentee, "about Amina"))
    services.drafts.keep(_draft(other.id, "about Other", key="reflection:new:mentee=2"))
    services.mentees.erase(mentee)
    assert [d.content["fields"]["text"] for d in services.drafts.all()] == ["about Other"]


def test_a_draft_for_an_erased_mentee_is_not_kept(services: Services, mentee: int) -> None:
    services.mentees.erase(mentee)
    assert services.drafts.keep(_draft(mentee, "late keystrokes")) is DraftPlace.NOWHERE
    assert services.drafts.all() == []


def test_read_only_journal_keeps_the_draft_in_an_owner_only_file(
    services: Services, mentee: int, read_only: ReadOnly, private_data_home: Path
) -> None:
    assert services.drafts.keep(_draft(mentee, "typed while read-only")) is DraftPlace.FILE
    folder = fallback_folder(services.journal.path)
    assert folder.is_relative_to(private_data_home)
    (file,) = list(folder.glob("*.json"))
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    (draft,) = services.drafts.all()
    assert draft.in_file and draft.content["fields"]["text"] == "typed while read-only"

    # Writable again: the next keep moves it into the journal and removes the file.
    read_only.lift()
    assert services.drafts.keep(_draft(mentee, "typed later")) is DraftPlace.JOURNAL
    assert list(folder.glob("*.json")) == []
    (draft,) = services.drafts.all()
    assert not draft.in_file and draft.content["fields"]["text"] == "typed later"


def test_fallback_file_wins_over_an_older_journal_copy(
    services: Services, mentee: int, journal: Journal
) -> None:
    services.drafts.keep(_draft(mentee, "older, in the journal"))
    guard = ReadOnly(journal, "PRAGMA query_only = 1")
    try:
        assert services.drafts.keep(_draft(mentee, "newer, in a file")) is DraftPlace.FILE
        # Discarding cannot reach the journal now: it says so, and the file is gone.
        assert not services.drafts.discard(_draft(mentee, "").key)
    finally:
        guard.lift()
    assert [d.content["fields"]["text"] for d in services.drafts.all()] == ["older, in the journal"]
    guard = ReadOnly(journal, "PRAGMA query_only = 1")
    try:
        services.drafts.keep(_draft(mentee, "newer, in a file"))
        (draft,) = services.drafts.all()
        assert draft.in_file and draft.content["fields"]["text"] == "newer, in a file"
    finally:
        guard.lift()


def test_erasure_removes_fallback_files_of_the_mentee(
    services: Services, mentee: int, journal: Journal
) -> None:
    guard = ReadOnly(journal, "PRAGMA query_only = 1")
    services.drafts.keep(_draft(mentee, "in a file"))
    guard.lift()
    folder = fallback_folder(services.journal.path)
    assert len(list(folder.glob("*.json"))) == 1
    services.mentees.erase(mentee)
    assert list(folder.glob("*.json")) == []
    assert services.drafts.all() == []


def test_neither_journal_nor_folder_writable(
    services: Services, mentee: int, read_only: ReadOnly, private_data_home: Path
) -> None:
    private_data_home.mkdir(parents=True)
    (private_data_home / "mentorjournal").write_text("a file where the folder should be")
    assert services.drafts.keep(_draft(mentee, "only in the editor")) is DraftPlace.NOWHERE


def test_read_only_save_is_a_plain_error_and_changes_nothing(
    services: Services, mentee: int, read_only: ReadOnly
) -> None:
    with pytest.raises(JournalUnavailable, match="read-only"):
        services.reflections.create(
            ReflectionInput(mentee_id=mentee, written_on=date(2025, 3, 1), text="lost?")
        )
    read_only.lift()
    assert services.reflections.list_for_mentee(mentee) == []
