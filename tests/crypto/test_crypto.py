"""The age envelope: header checks before any work, passphrase (few scrypt runs: each costs
1-2 s), X25519 keys, passphrase words and strength, the keyring adapter."""

from __future__ import annotations

import base64
import io
import os

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError

from mentorjournal.crypto import errors, header, keyring_store, keys, passphrase, words

CAFE_NFD = "cafe\u0301 au lait, s'il vous pla\u0131t"
CAFE_NFC = "caf\u00e9 au lait, s'il vous pla\u0131t"


def scrypt_header(log2_n: int | str, body: str = "A" * 43) -> bytes:
    salt = base64.b64encode(os.urandom(16)).decode().rstrip("=")
    return (
        f"age-encryption.org/v1\n-> scrypt {salt} {log2_n}\n{body}\n--- " + "B" * 43 + "\n"
    ).encode() + os.urandom(64)


@pytest.fixture(scope="module")
def sealed() -> bytes:
    """One passphrase encryption for the module, with the decomposed (NFD) passphrase."""
    return passphrase.encrypt(b"the journal" * 100, CAFE_NFD)


def test_passphrase_round_trip_normalises_to_nfc(sealed: bytes) -> None:
    assert header.read_header(sealed).is_passphrase
    # Typed the other way (precomposed), it opens: both were normalised to NFC.
    assert passphrase.decrypt(sealed, CAFE_NFC) == b"the journal" * 100


def test_wrong_passphrase_is_a_plain_error(sealed: bytes) -> None:
    with pytest.raises(errors.WrongPassphrase):
        passphrase.decrypt(sealed, "not the passphrase")


def test_job_polls_without_blocking(sealed: bytes) -> None:
    job = passphrase.start_decrypt(sealed, CAFE_NFC)
    job.wait(120)
    assert job.done()
    assert job.result() == b"the journal" * 100


def test_cancelled_job(sealed: bytes) -> None:
    job = passphrase.start_decrypt(sealed, CAFE_NFC)
    job.cancel()
    with pytest.raises(errors.Cancelled):
        job.result()


@pytest.fixture
def no_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail if a child process would be started: bad files must be refused before."""

    def refuse(*_a: object, **_k: object) -> None:
        raise AssertionError("a key derivation was started")

    monkeypatch.setattr(passphrase, "PassphraseJob", refuse)


@pytest.mark.parametrize("log2_n", [21, 30, 64, 999])
def test_absurd_work_factor_refused_before_pyrage(no_worker: None, log2_n: int) -> None:
    with pytest.raises(errors.WorkFactorTooHigh) as caught:
        passphrase.decrypt(scrypt_header(log2_n), "anything")
    assert caught.value.log2_n == log2_n
    assert "absurd" in str(caught.value)


def test_sane_work_factor_passes_the_header_check() -> None:
    assert header.check_passphrase_header(scrypt_header(18)).scrypt_log2_n == 18


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", errors.NotAgeFile),
        (b"   \n", errors.NotAgeFile),
        (os.urandom(300), errors.NotAgeFile),
        (b'{"format": "something"}', errors.NotAgeFile),
        (b"age-encryption.org/v2\n", errors.NotAgeFile),
        (b"age-encryption.org/v1\n-> scrypt abc", errors.DamagedFile),
        (b"age-encryption.org/v1\n-> scrypt abc 018\nAAAA\n--- x\n", errors.DamagedFile),
        (b"age-encryption.org/v1\n-> scrypt abc -1\nAAAA\n--- x\n", errors.DamagedFile),
        (b"age-encryption.org/v1\nnonsense\n", errors.DamagedFile),
        (b"age-encryption.org/v1\n" + b"A" * 70_000, errors.DamagedFile),
        (b"-----BEGIN AGE ENCRYPTED FILE-----\nYWdl", errors.DamagedFile),
    ],
)
def test_bad_files_refused_before_any_work(no_worker: None, data: bytes, error: type) -> None:
    with pytest.raises(error):
        passphrase.decrypt(data, "anything")


def test_empty_passphrase_refused(no_worker: None) -> None:
    with pytest.raises(errors.EmptyPassphrase):
        passphrase.start_encrypt(b"x", "")


def test_x25519_round_trip_and_failures() -> None:
    me, other = keys.generate_identity(), keys.generate_identity()
    assert me.secret not in repr(me)
    sealed = keys.encrypt(b"notes" * 10_000, [me.recipient, other.recipient])
    assert not header.read_header(sealed).is_passphrase
    assert keys.decrypt(sealed, [me]) == b"notes" * 10_000
    assert keys.decrypt(sealed, [other.secret]) == b"notes" * 10_000
    with pytest.raises(errors.WrongKey):
        keys.decrypt(sealed, [keys.generate_identity()])
    with pytest.raises(errors.DamagedFile):
        keys.decrypt(sealed[:-20], [me])
    tampered = bytearray(sealed)
    tampered[len(sealed) // 2] ^= 1
    with pytest.raises(errors.DamagedFile):
        keys.decrypt(bytes(tampered), [me])
    with pytest.raises(errors.DamagedFile):
        keys.decrypt(sealed[:30], [me])
    with pytest.raises(errors.NeedsKey):
        passphrase.decrypt(sealed, "x")
    with pytest.raises(errors.NeedsPassphrase):
        keys.decrypt(scrypt_header(18), [me])


def test_streaming_from_a_stream_that_cannot_seek() -> None:
    me = keys.generate_identity()
    sealed = keys.encrypt(b"x" * 200_000, [me.recipient])

    class OneWay(io.RawIOBase):
        def __init__(self, data: bytes) -> None:
            self._data = io.BytesIO(data)

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
            chunk = self._data.read(min(len(buffer), 1000))
            buffer[: len(chunk)] = chunk
            return len(chunk)

    out = io.BytesIO()
    keys.decrypt_io(OneWay(sealed), out, [me])  # type: ignore[arg-type]
    assert out.getvalue() == b"x" * 200_000


def test_recipients_and_identity_files() -> None:
    me = keys.generate_identity()
    assert keys.parse_recipient(f"  {me.recipient}\n") == me.recipient
    for bad in ("", "age1", "age1qqqq", me.secret, "ssh-ed25519 AAAA"):
        with pytest.raises(errors.BadRecipient):
            keys.parse_recipient(bad)
    text = f"# created: today\n# public key: {me.recipient}\n{me.secret}\n"
    assert keys.identity_from_text(text) == me
    with pytest.raises(errors.BadIdentity):
        keys.identity_from_text("# nothing here\n")
    with pytest.raises(errors.BadIdentity):
        keys.identity_from_text("AGE-SECRET-KEY-1NOPE")


def test_generated_passphrases_and_strength() -> None:
    letters = "abcdefghijklmnop"
    word_list = tuple(f"{a}{b}{c}x" for a in letters for b in letters for c in letters)
    phrase = words.generate_passphrase(word_list, 6)
    parts = phrase.split("-")
    assert len(parts) == 6 and all(p in word_list for p in parts)
    assert words.generate_passphrase(word_list) != words.generate_passphrase(word_list)
    strong = words.estimate_strength(phrase, word_list)
    assert strong.level == 3 and strong.bits == 72.0
    assert words.estimate_strength("-".join(parts[:3]), word_list).level == 1
    assert words.estimate_strength("", word_list).level == 0
    assert words.estimate_strength("password", word_list).level == 0
    assert words.estimate_strength("aaaaaaaaaaaaaaaa").level == 0
    assert words.estimate_strength("Tr0ub4dor&3-Xq9!vLp#2z").level >= 2


class MemoryKeyring(KeyringBackend):
    """An in-memory system keyring for tests."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.store:
            raise PasswordDeleteError("none")
        del self.store[(service, username)]


class LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("locked")


@pytest.fixture
def restore_keyring() -> object:
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


def test_keyring_in_memory(restore_keyring: object) -> None:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    store = keyring_store.PassphraseKeyring()
    assert store.status().usable
    assert store.recall("export:j1") is None
    store.remember("export:j1", CAFE_NFC)
    assert store.recall("export:j1") == CAFE_NFC
    store.forget("export:j1")
    store.forget("export:j1")  # quiet when there is nothing
    assert store.recall("export:j1") is None and backend.store == {}


def test_keyring_fail_backend(restore_keyring: object) -> None:
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    store = keyring_store.PassphraseKeyring()
    status = store.status()
    assert not status.usable and "no system keyring" in status.reason
    assert store.recall("export:j1") is None
    with pytest.raises(keyring_store.KeyringUnavailable):
        store.remember("export:j1", "x")
    store.forget("export:j1")


def test_keyring_locked(restore_keyring: object) -> None:
    keyring.set_keyring(LockedKeyring())
    store = keyring_store.PassphraseKeyring()
    status = store.status()
    assert not status.usable and "locked" in status.reason
    with pytest.raises(keyring_store.KeyringUnavailable):
        store.remember("export:j1", "x")
