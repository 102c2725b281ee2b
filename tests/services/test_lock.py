"""The app lock's passphrase verifier: stored salted, never as text; checked in constant time."""

from __future__ import annotations

import sqlite3
import unicodedata
from pathlib import Path

import pytest

from mentorjournal.services.lock import AppLockService, Verifier, make_verifier, matches
from mentorjournal.store import Journal, open_journal
from mentorjournal.store.errors import ValidationError

CHEAP = 2**10  # the stored cost is honoured on checking; tests keep it small


def test_verifier_matches_only_its_passphrase() -> None:
    v = make_verifier("correct horse", cost=CHEAP)
    assert matches("correct horse", v)
    assert not matches("correct hors", v)
    assert not matches("Correct horse", v)
    assert len(v.salt) == 16 and len(v.key) == 32


def test_same_passphrase_gets_a_new_salt_each_time() -> None:
    a = make_verifier("same words", cost=CHEAP)
    b = make_verifier("same words", cost=CHEAP)
    assert a.salt != b.salt and a.key != b.key


def test_composed_and_decomposed_accents_are_the_same_passphrase() -> None:
    composed = unicodedata.normalize("NFC", "café ሰላም")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    assert matches(decomposed, make_verifier(composed, cost=CHEAP))


def test_stored_parameters_are_used_when_checking() -> None:
    v = make_verifier("words words", cost=2**11)
    assert v.cost == 2**11
    weaker = Verifier(v.salt, 2**10, v.block_size, v.parallelism, v.key)
    assert not matches("words words", weaker)


def test_no_passphrase_until_one_is_set(journal: Journal) -> None:
    lock = AppLockService(journal)
    assert not lock.is_set()
    assert lock.check("anything")


def test_set_change_remove(journal: Journal, journal_path: Path) -> None:
    lock = AppLockService(journal)
    lock.set_passphrase("first secret", cost=CHEAP)
    assert lock.is_set()
    assert lock.check("first secret") and not lock.check("second secret")

    with pytest.raises(ValidationError) as wrong:
        lock.set_passphrase("second secret", current="not it", cost=CHEAP)
    assert "current" in wrong.value.fields
    assert lock.check("first secret")

    lock.set_passphrase("second secret", current="first secret", cost=CHEAP)
    assert lock.check("second secret") and not lock.check("first secret")

    with pytest.raises(ValidationError):
        lock.remove_passphrase("first secret")
    assert lock.is_set()
    lock.remove_passphrase("second secret")
    assert not lock.is_set()


def test_short_passphrase_refused_at_its_field(journal: Journal) -> None:
    lock = AppLockService(journal)
    with pytest.raises(ValidationError) as short:
        lock.set_passphrase("abc", cost=CHEAP)
    assert "new" in short.value.fields
    assert not lock.is_set()


def test_the_journal_file_holds_no_passphrase_text(journal: Journal, journal_path: Path) -> None:
    AppLockService(journal).set_passphrase("MARKERpassphrase42", cost=CHEAP)
    journal.checkpoint()
    journal.close()
    for f in journal_path.parent.iterdir():
        assert b"MARKERpassphrase42" not in f.read_bytes(), f.name
    row = sqlite3.connect(journal_path).execute(
        "SELECT kdf, cost, block_size, parallelism, length(salt), length(verifier) FROM app_lock"
    )
    assert row.fetchall() == [("scrypt", CHEAP, 8, 1, 32, 64)]


def test_passphrase_survives_reopening(journal_path: Path) -> None:
    with open_journal(journal_path) as j:
        AppLockService(j).set_passphrase("kept across starts", cost=CHEAP)
    with open_journal(journal_path) as j:
        assert AppLockService(j).check("kept across starts")
        assert not AppLockService(j).check("kept across start")
