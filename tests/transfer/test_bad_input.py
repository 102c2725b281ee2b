"""Every kind of bad file gets a plain message and leaves the journal byte for byte as it was.

Only one test pays for a key derivation (the wrong passphrase); the rest use X25519 keys or
fail before any decryption.
"""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import Any

import pytest

from mentorjournal.crypto import keys
from mentorjournal.store import Journal
from mentorjournal.transfer import (
    BundleInvalid,
    BundleTooNew,
    EncryptedFileError,
    ManifestMismatch,
    NeedIdentity,
    NeedPassphrase,
    NotABundle,
    TransferError,
    apply_import,
    build_bundle,
    dump,
    open_bundle,
    parse,
)
from mentorjournal.transfer.bundle import make_manifest
from mentorjournal.transfer.envelope import seal_for_recipients, seal_with_passphrase

from .helpers import file_digest


@pytest.fixture
def document(demo_journal: Journal) -> dict[str, Any]:
    return build_bundle(demo_journal, include_private=True)


@pytest.fixture
def unchanged(journal: Journal, journal_path: Path):  # type: ignore[no-untyped-def]
    """Asserts, after the test, that the journal file did not change."""
    journal.checkpoint()
    before = file_digest(journal_path)
    yield journal
    journal.checkpoint()
    assert file_digest(journal_path) == before


def _resealed(document: dict[str, Any], change: Any) -> bytes:
    """The document changed by `change(content)`, with a manifest that matches again (so the
    check that fails is the record's own)."""
    change(document["content"])
    document["manifest"] = make_manifest(document["content"])
    return dump(document)


def _import(journal: Journal, data: bytes, **secrets: Any) -> None:
    apply_import(journal, open_bundle(data, **secrets))


@pytest.mark.parametrize(
    ("data", "error", "words"),
    [
        (b"", NotABundle, "empty"),
        (b"  \n\t", NotABundle, "empty"),
        (os.urandom(4096), NotABundle, "not a Mentor Journal export"),
        (b'{"hello": "world"}', NotABundle, "not a Mentor Journal export"),
        (b"[1, 2, 3]", NotABundle, "not a Mentor Journal export"),
        (b'{"format": "mentorjournal-bundle", "content": ', NotABundle, "not valid JSON"),
        (b"\xff\xfe{\x00", NotABundle, "not a Mentor Journal export"),
    ],
)
def test_files_that_are_not_bundles(
    unchanged: Journal, data: bytes, error: type, words: str
) -> None:
    with pytest.raises(error) as caught:
        _import(unchanged, data)
    assert words in str(caught.value) and "Nothing was changed" in str(caught.value)


def test_newer_format_version(unchanged: Journal, document: dict[str, Any]) -> None:
    document["format_version"] = 2
    with pytest.raises(BundleTooNew, match="newer Mentor Journal"):
        _import(unchanged, dump(document))


def test_truncated_plain_file(unchanged: Journal, document: dict[str, Any]) -> None:
    data = dump(document)
    with pytest.raises(NotABundle):
        _import(unchanged, data[: len(data) // 2])


@pytest.mark.parametrize(
    "tamper",
    [
        lambda d: d["content"]["mentees"][0].update(full_name="Someone Else"),
        lambda d: d["content"]["sessions"].pop(),
        lambda d: d["manifest"]["counts"].update(goals=1),
        lambda d: d["manifest"].update(sha256="0" * 64),
        lambda d: d.pop("manifest"),
    ],
)
def test_manifest_mismatch(unchanged: Journal, document: dict[str, Any], tamper: Any) -> None:
    tamper(document)
    with pytest.raises(ManifestMismatch, match="damaged or was altered"):
        _import(unchanged, dump(document))


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda c: c["skill_ratings"][0].update(rating=9), "between 1 and 5"),
        (lambda c: c["check_ins"][0].update(percent=250), "between 0 and 100"),
        (lambda c: c["mentees"][0].update(full_name="x" * 201), "longer than 200"),
        (lambda c: c["mentees"][0].update(status="vanished"), "invalid value in status"),
        (lambda c: c["sessions"][0].update(started_at="yesterday"), "started_at"),
        (lambda c: c["goals"][0].update(mentee="no-such-mentee"), "neither in the file"),
        (lambda c: c["sessions"][0].update(attendees=[]), "at least one attendee"),
        (lambda c: c["reflections"][0].update(text="a\x00b"), "NUL"),
        (lambda c: c["mentees"][0].update(tags=["we\x00ld"]), "a tag holds a NUL"),
        # Years the editors refuse (1900 to 2200 only) are refused in a file too.
        (lambda c: c["reflections"][0].update(written_on="0001-01-01"), "written_on is outside"),
        (lambda c: c["sessions"][0].update(started_at="9999-12-31T10:00:00"), "outside the years"),
        (lambda c: c["mentees"][1].update(public_id=c["mentees"][0]["public_id"]), "twice"),
        (lambda c: c["action_items"][-1].pop("created_at"), "time stamps"),
    ],
)
def test_invalid_records_roll_back_everything(
    unchanged: Journal, document: dict[str, Any], change: Any, words: str
) -> None:
    data = _resealed(document, change)
    with pytest.raises(BundleInvalid) as caught:
        _import(unchanged, data)
    assert words in str(caught.value)


def test_half_an_emoji_spelled_by_json_escapes_is_refused_plainly(
    unchanged: Journal, document: dict[str, Any]
) -> None:
    # "\ud83d" in the file's JSON is a lone surrogate in Python: no journal can store it,
    # and hashing the content for the manifest cannot even encode it.
    document["content"]["reflections"][0]["text"] = "a\ud83db"
    data = json.dumps(document).encode("ascii")  # ASCII JSON: the escape stays an escape
    with pytest.raises(ManifestMismatch, match="broken character"):
        _import(unchanged, data)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda c: c["reflections"][0].update(text="a\ud83db"), "text holds a broken character"),
        (lambda c: c["mentees"][0].update(tags=["ok", "we\udfffld"]), "a tag holds a broken"),
    ],
)
def test_records_that_cannot_be_stored_are_refused_before_writing(
    unchanged: Journal, document: dict[str, Any], change: Any, words: str
) -> None:
    """The import's own check, for a bundle that did not come through `parse` (its checksum
    step refuses such text first): a plain refusal, not an encoding error mid-transaction."""
    bundle = open_bundle(dump(document))
    content = json.loads(json.dumps(bundle.content))
    change(content)
    with pytest.raises(BundleInvalid) as caught:
        apply_import(unchanged, bundle.with_content(content))
    assert words in str(caught.value)


def test_a_failure_inside_the_transaction_rolls_everything_back(
    unchanged: Journal, document: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentorjournal.transfer import writing

    calls = {"n": 0}
    original = writing.Writer._insert

    def failing_insert(self: Any, kind: Any, items: Any) -> None:
        original(self, kind, items)
        calls["n"] += 1
        if kind.name == "goals":
            raise OSError("the disk went away")

    monkeypatch.setattr(writing.Writer, "_insert", failing_insert)
    with pytest.raises(OSError):
        _import(unchanged, dump(document))
    assert calls["n"] >= 3


@pytest.fixture
def me() -> keys.KeyPair:
    return keys.generate_identity()


def test_encrypted_file_needs_its_secret(
    unchanged: Journal, document: dict[str, Any], me: Any
) -> None:
    sealed = seal_for_recipients(dump(document), [me.recipient])
    with pytest.raises(NeedIdentity):
        _import(unchanged, sealed)
    with pytest.raises(EncryptedFileError, match="someone else's key"):
        _import(unchanged, sealed, identities=[keys.generate_identity().secret])


@pytest.mark.parametrize("cut", [20, 100, 500, -1])
def test_truncated_encrypted_file(
    unchanged: Journal, document: dict[str, Any], me: Any, cut: int, tmp_path: Path
) -> None:
    sealed = seal_for_recipients(dump(document), [me.recipient])
    before = set(tmp_path.rglob("*"))
    with pytest.raises(TransferError, match="cut short|altered|not an age"):
        _import(unchanged, sealed[:cut], identities=[me.secret])
    # Nothing decrypted was left anywhere on disk.
    assert set(tmp_path.rglob("*")) == before


def test_tampered_encrypted_file(unchanged: Journal, document: dict[str, Any], me: Any) -> None:
    sealed = bytearray(seal_for_recipients(dump(document), [me.recipient]))
    sealed[len(sealed) // 2] ^= 0x40
    with pytest.raises(EncryptedFileError, match="altered"):
        _import(unchanged, bytes(sealed), identities=[me.secret])


def test_absurd_work_factor(unchanged: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
    from mentorjournal.crypto import passphrase

    monkeypatch.setattr(passphrase, "PassphraseJob", None)  # would fail if ever started
    salt = base64.b64encode(os.urandom(16)).decode().rstrip("=")
    forged = (
        f"age-encryption.org/v1\n-> scrypt {salt} 40\n{'A' * 43}\n--- {'B' * 43}\n".encode()
        + os.urandom(200)
    )
    with pytest.raises(NeedPassphrase):
        _import(unchanged, forged)
    with pytest.raises(EncryptedFileError, match="absurd amount of work"):
        _import(unchanged, forged, passphrase="anything")


def test_wrong_passphrase(unchanged: Journal) -> None:
    """The one slow test here: encrypt a small bundle, then try a wrong passphrase."""
    small = json.loads(dump(build_bundle(unchanged)))
    sealed = seal_with_passphrase(dump(small), "correct horse battery staple")
    with pytest.raises(EncryptedFileError, match="passphrase is wrong"):
        _import(unchanged, sealed, passphrase="incorrect horse")
    assert parse(dump(small)).count("mentees") == 0
