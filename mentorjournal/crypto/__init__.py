"""The age envelope of Mentor Journal: passphrase and X25519 encryption, keys, keyring.

Everything here writes and reads the standard age format (https://age-encryption.org/v1), so
the `age` command-line tool opens what the app writes and the other way round. crypto/ is a
leaf: it imports nothing else of the app, and pyrage/keyring load on first use.

Passphrase (scrypt, deliberately slow: 1-2 s, 256-512 MB; always run in a child process
because pyrage holds the GIL):
    passphrase.encrypt(data, passphrase) -> bytes           blocking (CLI, backups)
    passphrase.decrypt(data, passphrase) -> bytes           blocking; header checked first
    passphrase.start_encrypt(data, passphrase) -> PassphraseJob   non-blocking (GUI):
    passphrase.start_decrypt(data, passphrase) -> PassphraseJob     job.done() from a QTimer,
                                                                    job.result(), job.cancel()
    passphrase.normalise(passphrase) -> str                 NFC (done by all of the above)
X25519 keys (fast, in-process, streaming):
    keys.generate_identity() -> KeyPair(secret="AGE-SECRET-KEY-1...", recipient="age1...")
    keys.identity_from_text(text) -> KeyPair                a key or an age-keygen file
    keys.parse_recipient(text) -> str                       validated "age1..."
    keys.encrypt_io(src, dst, recipients) / keys.decrypt_io(src, dst, identities)
    keys.encrypt(data, recipients) -> bytes / keys.decrypt(data, identities) -> bytes
Header checks (no decryption): header.read_header(data) -> AgeHeader (.is_passphrase,
    .scrypt_log2_n), header.check_passphrase_header(data) refuses log2(N) > 20.
Passphrase tools: words.generate_passphrase(words, count=6), words.estimate_strength(text,
    words) -> Strength(level 0-3, bits, text), words.load_words(path).
Keyring ("remember on this computer", off by default): keyring_store.PassphraseKeyring
    .status() -> KeyringStatus(usable, reason), .remember/.recall/.forget(account, ...).
Errors: every failure is an `errors.CryptoError` whose `str()` is a plain message:
    NotAgeFile, DamagedFile, WrongPassphrase, WrongKey, NeedsPassphrase, NeedsKey,
    WorkFactorTooHigh, BadRecipient, BadIdentity, EmptyPassphrase, WorkerFailed, Cancelled.
"""

from __future__ import annotations

from . import header, keyring_store, keys, passphrase, words
from .errors import (
    BadIdentity,
    BadRecipient,
    Cancelled,
    CryptoError,
    DamagedFile,
    EmptyPassphrase,
    NeedsKey,
    NeedsPassphrase,
    NotAgeFile,
    WorkerFailed,
    WorkFactorTooHigh,
    WrongKey,
    WrongPassphrase,
)
from .header import MAX_SCRYPT_LOG2_N, AgeHeader, looks_like_age, read_header
from .keyring_store import KeyringStatus, KeyringUnavailable, PassphraseKeyring
from .keys import KeyPair, generate_identity, identity_from_text, parse_recipient
from .passphrase import PassphraseJob, normalise
from .words import Strength, estimate_strength, generate_passphrase, load_words

__all__ = [
    "MAX_SCRYPT_LOG2_N",
    "AgeHeader",
    "BadIdentity",
    "BadRecipient",
    "Cancelled",
    "CryptoError",
    "DamagedFile",
    "EmptyPassphrase",
    "KeyPair",
    "KeyringStatus",
    "KeyringUnavailable",
    "NeedsKey",
    "NeedsPassphrase",
    "NotAgeFile",
    "PassphraseJob",
    "PassphraseKeyring",
    "Strength",
    "WorkFactorTooHigh",
    "WorkerFailed",
    "WrongKey",
    "WrongPassphrase",
    "estimate_strength",
    "generate_identity",
    "generate_passphrase",
    "header",
    "identity_from_text",
    "keyring_store",
    "keys",
    "load_words",
    "looks_like_age",
    "normalise",
    "parse_recipient",
    "passphrase",
    "read_header",
    "words",
]
