"""The journal's age key for encrypted backups: made once, kept passphrase-encrypted.

Turning encrypted backups on makes an age X25519 identity. Its public recipient is stored in
the journal as is (every backup is encrypted to it: fast, streaming, no secret needed); its
secret key is stored only as an age file encrypted with the trainer's passphrase (scrypt), in
the journal and as a copy in the backup folder's `keys/`, so that backups stay restorable when
the journal is lost. Only a restore asks for the passphrase. The standard `age` tool reads the
same files: `age -d -o key.txt keys/age1....age`, then `age -d -i key.txt -o journal.sqlite
BACKUP.sqlite.age` (README, "Restoring an encrypted backup with age").

The slow passphrase step runs in a separate process (`mentorjournal.crypto.passphrase`); the
functions here take it as a parameter so the GUI can run it as a job it polls.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlmodel import select

from ..models import JournalKey
from ..store.errors import JournalError
from .location import FILE_MODE, ensure_folder, folder_for

if TYPE_CHECKING:
    from ..store.journal import Journal

KEYS_FOLDER = "keys"

PassphraseFunction = Callable[[bytes, str], bytes]


class WrongBackupPassphrase(JournalError):
    """No key of this journal opens with the passphrase given."""

    def __init__(self) -> None:
        super().__init__(
            "The passphrase does not open this journal's backup key. Nothing was changed."
        )


class NoBackupKey(JournalError):
    """An encrypted backup, but no copy of the key that opens it is left."""

    def __init__(self, folder: Path) -> None:
        super().__init__(
            f"This backup is encrypted, and the key to open it is not in {folder / KEYS_FOLDER}."
        )


@dataclass(frozen=True, slots=True)
class KeyStatus:
    """What the Backups dialog shows: the journal's recipient and whether backups use it."""

    recipient: str
    encrypt_backups: bool


@dataclass(frozen=True, slots=True)
class NewKey:
    """A fresh identity, its secret already passphrase-encrypted (never kept in the clear)."""

    recipient: str
    encrypted_identity: bytes


def identity_text(secret: str, recipient: str, created: datetime) -> str:
    """The identity file as `age-keygen` writes it (the `age` tool reads it with -i)."""
    return (
        f"# created: {created.astimezone(UTC).isoformat(timespec='seconds')}\n"
        f"# public key: {recipient}\n"
        f"{secret}\n"
    )


def _default_encrypt(data: bytes, passphrase: str) -> bytes:
    from ..crypto.passphrase import encrypt

    return encrypt(data, passphrase)


def _default_decrypt(data: bytes, passphrase: str) -> bytes:
    from ..crypto.passphrase import decrypt

    return decrypt(data, passphrase)


def make_key(
    passphrase: str,
    *,
    encrypt: PassphraseFunction | None = None,
    now: datetime | None = None,
) -> NewKey:
    """A new identity whose secret is encrypted with `passphrase` (slow: scrypt, 1-2 s).

    `encrypt` defaults to the crypto package's, which works in a child process; the GUI
    prefers to run `identity_text` through its own polled job and call `NewKey` itself."""
    from ..crypto.keys import generate_identity

    pair = generate_identity()
    text = identity_text(pair.secret, pair.recipient, now or datetime.now(UTC))
    encrypted = (encrypt or _default_encrypt)(text.encode("ascii"), passphrase)
    return NewKey(pair.recipient, encrypted)


def save_key(journal: Journal, key: NewKey, *, root: Path | None = None) -> None:
    """Store `key` as the journal's backup key (backups encrypted from now on) and put a copy
    of the encrypted identity in the backup folder first (a key only in the journal would be
    lost with it). Replaces an earlier key in the journal; its copy stays in the folder for
    the backups made with it."""
    write_key_copy(journal.path, key.recipient, key.encrypted_identity, root=root)
    with journal.transaction() as session:
        for old in session.exec(select(JournalKey)).all():
            session.delete(old)
        session.flush()
        session.add(
            JournalKey(
                recipient=key.recipient,
                encrypted_identity=key.encrypted_identity,
                encrypt_backups=True,
            )
        )


def key_status(journal: Journal) -> KeyStatus | None:
    """The journal's backup key, or None if encrypted backups were never turned on."""
    with journal.reading() as session:
        row = session.exec(select(JournalKey).order_by(JournalKey.id.desc())).first()  # type: ignore[union-attr]
    return None if row is None else KeyStatus(row.recipient, row.encrypt_backups)


def set_encrypted_backups(journal: Journal, on: bool) -> None:
    """Turn encryption of new backups on or off (the key is kept either way)."""
    with journal.transaction() as session:
        row = session.exec(select(JournalKey)).first()
        if row is None:
            raise JournalError("This journal has no backup key yet; set a passphrase first.")
        row.encrypt_backups = on
        session.add(row)


def key_copy_path(journal_path: Path, recipient: str, *, root: Path | None = None) -> Path:
    return folder_for(journal_path, root) / KEYS_FOLDER / f"{recipient}.age"


def write_key_copy(
    journal_path: Path, recipient: str, encrypted_identity: bytes, *, root: Path | None = None
) -> Path:
    """Keep the encrypted identity in the backup folder (owner-only, written atomically)."""
    folder = ensure_folder(journal_path, root) / KEYS_FOLDER
    folder.mkdir(exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)
    target = folder / f"{recipient}.age"
    if target.exists() and target.read_bytes() == encrypted_identity:
        return target
    temp = folder / f".{target.name}.part"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(encrypted_identity)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    return target


def copy_key_from(conn: sqlite3.Connection, journal_path: Path, *, root: Path | None) -> None:
    """Make sure the backup folder has the key of the journal read through `conn` (a journal
    moved to another path gets a new backup folder, which needs its own copy)."""
    try:
        rows = conn.execute("SELECT recipient, encrypted_identity FROM journal_key").fetchall()
    except sqlite3.OperationalError:
        return
    for recipient, encrypted in rows:
        if not key_copy_path(journal_path, str(recipient), root=root).exists():
            write_key_copy(journal_path, str(recipient), bytes(encrypted), root=root)


def key_files(journal_path: Path, *, root: Path | None = None) -> list[Path]:
    folder = folder_for(journal_path, root) / KEYS_FOLDER
    try:
        return sorted(p for p in folder.iterdir() if p.name.endswith(".age"))
    except (FileNotFoundError, NotADirectoryError):
        return []


def secret_from(text: bytes) -> str:
    """The secret key of a decrypted identity file (as `age-keygen` writes it)."""
    from ..crypto.errors import CryptoError
    from ..crypto.keys import identity_from_text

    try:
        return identity_from_text(text.decode("ascii", "replace")).secret
    except CryptoError as e:
        raise JournalError(f"The backup key file holds no usable secret key: {e}") from e


def unlock_identities(
    journal_path: Path,
    passphrase: str,
    *,
    decrypt: PassphraseFunction | None = None,
    root: Path | None = None,
) -> list[str]:
    """The secret keys in the backup folder that open with `passphrase` (each try is one slow
    passphrase step; a journal normally has one key). Raises when none opens."""
    from ..crypto.errors import CryptoError, WrongPassphrase

    files = key_files(journal_path, root=root)
    if not files:
        raise NoBackupKey(folder_for(journal_path, root))
    secrets: list[str] = []
    for path in files:
        try:
            plain = (decrypt or _default_decrypt)(path.read_bytes(), passphrase)
        except WrongPassphrase:
            continue
        except CryptoError as e:
            raise JournalError(f"The backup key {path.name} cannot be read: {e}") from e
        secrets.append(secret_from(plain))
    if not secrets:
        raise WrongBackupPassphrase()
    return secrets
