"""The file around a bundle: plain JSON, or age-encrypted with a passphrase or to recipients.

Encrypted files are made and opened in memory: the plaintext of an encrypted export never
touches the disk, and a file that fails to decrypt (wrong passphrase, cut short, altered)
leaves nothing behind. Writing goes through `write_atomically` (owner-only, all or nothing).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path

from ..crypto import CryptoError, header, keys
from ..crypto import passphrase as pp
from ..reports.files import write_atomically
from .bundle import Bundle, parse
from .errors import EncryptedFileError, NeedIdentity, NeedPassphrase, NotABundle

PLAIN_SUFFIX = ".json"
ENCRYPTED_SUFFIX = ".age"
# An export larger than this is surely not ours (the large benchmark journal is ~60 MB).
MAX_FILE_BYTES = 2 * 1024**3


class Protection(StrEnum):
    PLAIN = "plain"
    PASSPHRASE = "passphrase"
    RECIPIENTS = "recipients"


def protection_of(data: bytes) -> Protection:
    """How the file's bytes are protected; raises `NotABundle` for an empty file and
    `EncryptedFileError` for an age file whose header cannot be used."""
    if not data.strip():
        raise NotABundle("the file is empty")
    if not header.looks_like_age(data):
        return Protection.PLAIN
    try:
        found = header.read_header(data)
    except CryptoError as error:
        raise EncryptedFileError(str(error)) from None
    return Protection.PASSPHRASE if found.is_passphrase else Protection.RECIPIENTS


def seal_for_recipients(data: bytes, recipients: Sequence[str]) -> bytes:
    try:
        return keys.encrypt(data, recipients)
    except CryptoError as error:
        raise EncryptedFileError(str(error)) from None


def seal_with_passphrase(data: bytes, passphrase: str) -> bytes:
    """Blocking (a child process does the slow part): for the CLI and tests."""
    try:
        return pp.encrypt(data, passphrase)
    except CryptoError as error:
        raise EncryptedFileError(str(error)) from None


def open_bundle(
    data: bytes, *, passphrase: str | None = None, identities: Sequence[str] = ()
) -> Bundle:
    """Decrypt (if needed, in memory) and parse a bundle file's bytes. Blocking.

    Raises `NeedPassphrase` / `NeedIdentity` when the secret is missing, and a
    `TransferError` with a plain message for every bad file.
    """
    kind = protection_of(data)
    if kind is Protection.PLAIN:
        return parse(data)
    if kind is Protection.PASSPHRASE:
        if not passphrase:
            raise NeedPassphrase()
        try:
            plain = pp.decrypt(data, passphrase)
        except CryptoError as error:
            raise EncryptedFileError(str(error)) from None
        return parse(plain)
    if not identities:
        raise NeedIdentity()
    try:
        plain = keys.decrypt(data, identities)
    except CryptoError as error:
        raise EncryptedFileError(str(error)) from None
    return parse(plain)


def read_file(path: Path) -> bytes:
    """The bytes of an export file, with plain messages for unreadable ones."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise NotABundle("it is far too large to be an export")
        return path.read_bytes()
    except FileNotFoundError:
        raise NotABundle(f"there is no file at {path}") from None
    except IsADirectoryError:
        raise NotABundle(f"{path} is a folder") from None
    except PermissionError:
        raise NotABundle(f"{path} cannot be read (permission denied)") from None
    except OSError as error:
        raise NotABundle(f"{path} cannot be read ({error.strerror})") from None


def write_export(path: Path, data: bytes) -> Path:
    """Write the export file atomically and owner-only."""
    try:
        return write_atomically(path, data)
    except FileNotFoundError:
        raise EncryptedFileError(f"Cannot write {path}: its folder does not exist.") from None
    except PermissionError:
        raise EncryptedFileError(f"Cannot write {path}: permission denied.") from None
    except OSError as error:
        raise EncryptedFileError(f"Cannot write {path}: {error.strerror}.") from None
