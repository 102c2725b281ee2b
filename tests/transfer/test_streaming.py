"""Exports written as the journal is read, one record per line, and imports that read such a
file record by record; older (indented) exports still import (issue 7, memory)."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from mentorjournal.crypto import keys
from mentorjournal.store import Journal
from mentorjournal.transfer import (
    BundleStream,
    BundleTooNew,
    EncryptedFileError,
    ManifestMismatch,
    NotABundle,
    Protection,
    apply_import,
    build_bundle,
    dump,
    export_file,
    layout,
    open_file,
    parse,
    peek_file,
    preview_import,
)
from mentorjournal.transfer import export as export_module

from .helpers import content_of


def _export(journal: Journal, path: Path, **options: Any) -> BundleStream:
    stream = BundleStream(journal, include_private=True)
    export_file(path, stream, **options)
    return stream


def test_export_is_written_as_it_is_read(
    demo_journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_module, "BATCH", 50)
    stream = BundleStream(demo_journal, include_private=True)
    chunks = list(stream.chunks())
    total = sum(stream.counts.values())
    # Pieces of at most one batch of records each, never the whole document at once.
    assert len(chunks) > total / 50
    biggest = max(len(c) for c in chunks)
    data = b"".join(chunks)
    assert biggest < len(data) / 10
    # One record per line: the lines holding records are exactly the records.
    record_lines = [line for line in data.split(b"\n") if line.startswith(b'{"')]
    assert len(record_lines) == total + 1  # and the first line, the top-level fields
    # The same document (and checksum) as the whole-document export.
    document = json.loads(data)
    whole = build_bundle(demo_journal, include_private=True)
    assert document["manifest"] == whole["manifest"]
    assert document["content"] == whole["content"]
    assert list(document["content"]) == sorted(whole["content"])  # the checksum's order


def test_plain_export_round_trip_reads_the_lines(
    demo_journal: Journal, journal: Journal, tmp_path: Path
) -> None:
    path = tmp_path / "out.json"
    _export(demo_journal, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    assert peek_file(path) is Protection.PLAIN
    data = path.read_bytes()
    assert layout.scan(data, 0) is not None  # the line layout, recognised
    bundle = open_file(path)
    assert bundle.count("sessions") == len(build_bundle(demo_journal)["content"]["sessions"])
    plan = preview_import(journal, bundle)
    result = apply_import(journal, bundle)
    assert result.added == plan.added > 1500
    assert content_of(journal) == content_of(demo_journal)
    assert not preview_import(journal, open_file(path)).changes_anything


def test_an_export_written_the_old_way_still_imports(
    demo_journal: Journal, journal: Journal, tmp_path: Path
) -> None:
    path = tmp_path / "old.json"
    path.write_bytes(dump(build_bundle(demo_journal, include_private=True)))
    assert layout.scan(path.read_bytes(), 0) is None  # indented: parsed whole, as before
    apply_import(journal, open_file(path))
    assert content_of(journal) == content_of(demo_journal)


def test_encrypted_exports_stream_both_ways(
    demo_journal: Journal, journal: Journal, tmp_path: Path
) -> None:
    me = keys.generate_identity()
    to_key = tmp_path / "key.age"
    with_words = tmp_path / "words.age"
    _export(demo_journal, to_key, recipients=[me.recipient])
    _export(demo_journal, with_words, passphrase="correct horse battery staple")
    for path in (to_key, with_words):
        assert b"Dawit" not in path.read_bytes()
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert peek_file(to_key) is Protection.RECIPIENTS
    assert peek_file(with_words) is Protection.PASSPHRASE
    from_key = open_file(to_key, identities=[me.secret])
    from_words = open_file(with_words, passphrase="correct horse battery staple")
    assert from_key.content == from_words.content
    apply_import(journal, from_words)
    assert content_of(journal) == content_of(demo_journal)
    with pytest.raises(EncryptedFileError):
        open_file(with_words, passphrase="wrong horse")


def test_a_failed_export_leaves_the_old_file_alone(
    demo_journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    path = folder / "out.json"
    path.write_bytes(b"the earlier export")
    real = export_module._Reader.batches

    def failing(self: Any, kind: Any) -> Any:
        if kind.name == "sessions":
            raise OSError(28, "No space left on device")
        return real(self, kind)

    monkeypatch.setattr(export_module._Reader, "batches", failing)
    with pytest.raises(EncryptedFileError, match="No space left"):
        _export(demo_journal, path)
    assert path.read_bytes() == b"the earlier export"
    assert os.listdir(folder) == ["out.json"]


def test_lines_edited_by_hand_are_checked_the_slow_way(demo_journal: Journal) -> None:
    data = b"".join(BundleStream(demo_journal, include_private=True).chunks())
    # Spaces after the colons: the same JSON, not this app's canonical lines.
    spaced = data.replace(b'"rating":', b'"rating": ')
    assert spaced != data
    assert parse(spaced).content == parse(data).content
    # A changed value is caught by the checksum.
    changed = data.replace(b'"rating":3', b'"rating":4', 1)
    assert changed != data
    with pytest.raises(ManifestMismatch, match="checksum"):
        parse(changed)


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.replace(b"}\n]", b"},\n]", 1),  # a comma after the last record
        lambda d: d.replace(b'"content": {\n', b'"content": {\n\n', 1),  # a blank line
        lambda d: d.replace(b"\n]", b"]", 1),  # two tokens on one line
        lambda d: d + b"{}",  # something after the document
    ],
)
def test_other_layouts_are_parsed_whole(demo_journal: Journal, change: Any) -> None:
    data = b"".join(BundleStream(demo_journal).chunks())
    assert layout.scan(data, 0) is not None
    assert layout.scan(change(data), 0) is None


@pytest.mark.parametrize(
    ("change", "error", "words"),
    [
        (lambda d: d.replace(b'"skills": 11', b'"skills": 12'), ManifestMismatch, "number of"),
        (lambda d: d.replace(b'"sha256": "', b'"sha256": "0'), ManifestMismatch, "checksum"),
        (lambda d: d.replace(b'"format_version": 1', b'"format_version": 9'), BundleTooNew, "9"),
        (lambda d: d.replace(b"mentorjournal-bundle", b"other"), NotABundle, "not a Mentor"),
        (lambda d: d.replace(b'"rating":', b'"rating" ', 1), NotABundle, "not valid JSON"),
    ],
)
def test_damaged_line_files_are_refused_as_before(
    demo_journal: Journal, change: Any, error: type, words: str
) -> None:
    data = b"".join(BundleStream(demo_journal).chunks())
    changed = change(data)
    assert changed != data
    with pytest.raises(error, match=words):
        parse(changed)


def test_import_checks_and_writes_a_batch_at_a_time(
    demo_journal: Journal, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentorjournal.transfer import matching, writing

    monkeypatch.setattr(matching, "BATCH", 50)
    sizes: list[int] = []
    original = writing.Writer._insert

    def counting(self: Any, kind: Any, items: Any) -> None:
        sizes.append(len(items))
        original(self, kind, items)

    monkeypatch.setattr(writing.Writer, "_insert", counting)
    bundle = parse(b"".join(BundleStream(demo_journal, include_private=True).chunks()))
    result = apply_import(journal, bundle)
    assert max(sizes) <= 50 and len(sizes) > result.added / 50
    assert content_of(journal) == content_of(demo_journal)


@pytest.mark.parametrize("protection", [{}, {"passphrase": "ember quartz tulip harbor"}])
def test_a_cancelled_export_stops_at_its_next_batch_and_leaves_no_file(
    demo_journal: Journal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    protection: dict[str, str],
) -> None:
    from mentorjournal.transfer import ExportCancelled

    monkeypatch.setattr(export_module, "BATCH", 50)
    stream = BundleStream(demo_journal, include_private=True)
    taken = 0
    real_chunks = stream.chunks

    def cancelled_midway() -> Any:
        nonlocal taken
        for chunk in real_chunks():
            taken += 1
            if taken == 5:
                stream.cancel()  # as the dialog's Cancel does, from another thread
            yield chunk

    monkeypatch.setattr(stream, "chunks", cancelled_midway)
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(ExportCancelled):
        export_file(folder / "journal.age", stream, **protection)
    assert 5 <= taken < 10  # stopped at the next batch, not at the end
    assert list(folder.iterdir()) == []  # no export, no half-written temporary file
