"""Export and import on real journals: round trips, importing twice, handing a mentee over,
conflicts, privacy."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from mentorjournal.crypto import keys
from mentorjournal.models import MenteeInput, SessionInput
from mentorjournal.services import Services
from mentorjournal.store import Journal, open_journal
from mentorjournal.transfer import (
    ConflictRule,
    apply_import,
    build_bundle,
    dump,
    open_bundle,
    parse,
    preview_import,
)
from mentorjournal.transfer.envelope import seal_for_recipients

from .helpers import content_of, file_digest


def _bundle(journal: Journal, **options: object):  # type: ignore[no-untyped-def]
    return parse(dump(build_bundle(journal, **options)))  # type: ignore[arg-type]


def test_round_trip_plain_into_empty_journal(demo_journal: Journal, journal: Journal) -> None:
    bundle = _bundle(demo_journal, include_private=True)
    plan = preview_import(journal, bundle)
    assert plan.conflict_count == 0 and plan.updated == 0
    assert plan.added > 1500
    result = apply_import(journal, bundle)
    assert result.added == plan.added
    assert content_of(journal) == content_of(demo_journal)
    assert result.backup is not None  # the backup made right before the import


def test_round_trip_encrypted_to_a_recipient(demo_journal: Journal, journal: Journal) -> None:
    me = keys.generate_identity()
    data = seal_for_recipients(
        dump(build_bundle(demo_journal, include_private=True)), [me.recipient]
    )
    assert b"Dawit" not in data
    apply_import(journal, open_bundle(data, identities=[me.secret]))
    assert content_of(journal) == content_of(demo_journal)


def test_importing_twice_changes_nothing(
    demo_journal: Journal, journal: Journal, journal_path: Path, backup_root: Path
) -> None:
    bundle = _bundle(demo_journal, include_private=True)
    apply_import(journal, bundle)
    before = content_of(journal)
    journal.checkpoint()
    digest = file_digest(journal_path)
    backups = sorted(backup_root.rglob("*"))
    plan = preview_import(journal, bundle)
    assert not plan.changes_anything and plan.unchanged == sum(
        len(r) for r in bundle.content.values()
    )
    result = apply_import(journal, bundle)
    assert (result.added, result.updated, result.copied) == (0, 0, 0)
    assert content_of(journal) == before
    assert file_digest(journal_path) == digest
    assert sorted(backup_root.rglob("*")) == backups  # no backup when nothing changes


def test_handed_over_mentee_arrives_with_whole_history(
    demo_journal: Journal, journal: Journal
) -> None:
    source = Services.for_journal(demo_journal)
    target = Services.for_journal(journal)
    # The receiving mentor already has a mentee of her own.
    own = target.mentees.create(MenteeInput(full_name="Selam Tesfaye", tags=["Welding"]))
    handed = source.mentees.find("Hiwot Desta")
    assert handed.id is not None
    expected = source.mentees.erasure_preview(handed.id)
    bundle = _bundle(demo_journal, mentee_ids=[handed.id], include_private=True)
    assert {m["full_name"] for m in bundle.content["mentees"]} == {"Hiwot Desta"}
    # Other mentees of group sessions do not travel.
    attendees = {a["mentee"] for s in bundle.content["sessions"] for a in s["attendees"]}
    assert attendees == {handed.public_id}
    skills_before = len(target.skills.framework(include_retired=True))

    apply_import(journal, bundle)
    arrived = target.mentees.find(handed.public_id)
    assert arrived.id is not None and arrived.full_name == "Hiwot Desta"
    got = target.mentees.erasure_preview(arrived.id)
    assert got.action_items == expected.action_items
    assert got.goals == expected.goals and got.check_ins == expected.check_ins
    assert got.reflections == expected.reflections
    assert got.skill_ratings == expected.skill_ratings
    assert got.sessions + got.group_sessions == expected.sessions + expected.group_sessions
    assert target.mentees.get(own.id or 0).full_name == "Selam Tesfaye"
    assert len(target.skills.framework(include_retired=True)) == skills_before  # by name
    # Her part of the exported content is identical on both sides.
    mine = content_of(journal, mentee_ids=[arrived.id])
    theirs = content_of(demo_journal, mentee_ids=[handed.id])
    assert mine == theirs


def _edit_session(services: Services, topics: str) -> None:
    row = services.sessions.list_for_mentee(services.mentees.find("Dawit Bekele").id)[0]  # type: ignore[arg-type]
    detail = services.sessions.get(row.id)
    data = SessionInput.model_validate(
        detail.session.model_dump() | {"topics": topics, "attendees": detail.attendees}
    )
    services.sessions.update(row.id, data)


def test_updated_and_conflicting_records(
    tmp_path: Path, demo_journal: Journal, journal: Journal
) -> None:
    source, target = Services.for_journal(demo_journal), Services.for_journal(journal)
    apply_import(journal, _bundle(demo_journal, include_private=True))

    # Changed at the source after the first import: the file's copy is newer -> updated.
    _edit_session(source, "Changed at the source")
    plan = preview_import(journal, _bundle(demo_journal, include_private=True))
    assert [(k.name, k.updated, k.conflicts) for k in plan.kinds if k.updated or k.conflicts] == [
        ("sessions", 1, 0)
    ]
    # Then changed here too, later: both sides changed it -> conflict.
    _edit_session(target, "Changed here later")
    bundle = _bundle(demo_journal, include_private=True)
    plan = preview_import(journal, bundle)
    assert plan.conflict_count == 1 and plan.conflicts[0][0] == "Sessions"

    result = apply_import(journal, bundle, ConflictRule.KEEP_NEWER)
    assert result.kept == 1
    topics = {s["topics"] for s in build_bundle(journal)["content"]["sessions"]}
    assert "Changed here later" in topics and "Changed at the source" not in topics

    result = apply_import(journal, bundle, ConflictRule.KEEP_BOTH)
    assert result.copied == 1
    topics = [s["topics"] for s in build_bundle(journal)["content"]["sessions"]]
    assert "Changed here later" in topics and "Changed at the source" in topics


def test_private_notes_stay_out_unless_asked(demo_journal: Journal, journal: Journal) -> None:
    document = build_bundle(demo_journal)
    text = json.dumps(document)
    assert "private_notes" not in text and "private_note" not in text
    assert not any(r["is_private"] for r in document["content"]["reflections"])
    with_private = build_bundle(demo_journal, include_private=True)
    assert any(r["is_private"] for r in with_private["content"]["reflections"])
    assert any(m["private_notes"] for m in with_private["content"]["mentees"])

    # Importing a bundle without private notes keeps the ones already here.
    apply_import(journal, parse(dump(with_private)))
    apply_import(journal, parse(dump(document)))
    assert content_of(journal) == content_of(demo_journal)


def test_import_into_a_journal_opened_again(demo_journal: Journal, journal_path: Path) -> None:
    with open_journal(journal_path) as target:
        apply_import(target, _bundle(demo_journal, include_private=True))
    with open_journal(journal_path) as target:
        assert content_of(target) == content_of(demo_journal)


def test_session_times_and_attendees_survive(demo_journal: Journal, journal: Journal) -> None:
    apply_import(journal, _bundle(demo_journal, include_private=True))
    for s in build_bundle(journal)["content"]["sessions"]:
        datetime.fromisoformat(s["started_at"])
        assert s["attendees"]


@pytest.mark.parametrize("rule", list(ConflictRule))
def test_rules_have_labels(rule: ConflictRule) -> None:
    from mentorjournal.transfer import RULE_LABELS

    assert RULE_LABELS[rule]


@pytest.mark.parametrize("bulk", [True, False])
def test_search_index_in_step_after_import(
    demo_journal: Journal, journal: Journal, monkeypatch: pytest.MonkeyPatch, bulk: bool
) -> None:
    """Many new records are indexed once at the end (bulk load), a few through the triggers;
    either way the search index matches the journal afterwards."""
    from mentorjournal.store import search_index
    from mentorjournal.transfer import importing

    monkeypatch.setattr(importing, "BULK_RECORDS", 1 if bulk else 10**9)
    apply_import(journal, _bundle(demo_journal, include_private=True))
    with journal.reading() as s:
        assert search_index.problems(s.connection()) == []
