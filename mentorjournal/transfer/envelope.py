"""The file around a bundle: plain JSON, or age-encrypted with a passphrase or to recipients.

Encrypted files are made and opened in memory: the plaintext of an encrypted export never
touches the disk, and a file that fails to decrypt (wrong passphrase, cut short, altered)
leaves nothing behind. Writing is atomic and owner-only (all or nothing).

`export_file` writes an export as it is read from the journal (plain, or encrypted on the
way: to recipients in this process, with a passphrase through the age child process), and
`open_file` opens one from its path without a second copy of it in memory: at most the
plaintext is held, once.
"""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Iterator, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Any, BinaryIO, cast

from ..crypto import CryptoError, header, keys
from ..crypto import passphrase as pp
from ..reports.files import atomic_writer, write_atomically
from .bundle import Bundle, parse
from .errors import EncryptedFileError, NeedIdentity, NeedPassphrase, NotABundle
from .export import BundleStream

PLAIN_SUFFIX = ".json"
ENCRYPTED_SUFFIX = ".age"
# An export larger than this is surely not ours (the large benchmark journal is ~60 MB).
MAX_FILE_BYTES = 2 * 1024**3
# Enough of a file's start to tell how it is protected (an age header is at most this long).
HEAD_BYTES = header.MAX_HEADER_BYTES
_NON_SPACE = re.compile(rb"\S")


class Protection(StrEnum):
    PLAIN = "plain"
    PASSPHRASE = "passphrase"
    RECIPIENTS = "recipients"


def protection_of(data: bytes) -> Protection:
    """How the file's bytes are protected; raises `NotABundle` for an empty file and
    `EncryptedFileError` for an age file whose header cannot be used."""
    if _NON_SPACE.search(data) is None:  # (not data.strip(): that copies a whole export)
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
    with _opened(path) as source:
        return source.read()


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


def peek_file(path: Path) -> Protection:
    """How the export file at `path` is protected, from its first bytes (plain messages for
    unreadable files, like `read_file`)."""
    with _opened(path) as source:
        head = source.read(HEAD_BYTES)
        if len(head) == HEAD_BYTES and (
            _NON_SPACE.search(head) is None or head.lstrip().startswith(header.ARMOR_BEGIN)
        ):
            # Blank so far (only the whole says whether it is empty), or armored (`age -a`:
            # its header is known once the whole text is de-armored).
            head += source.read()
    return protection_of(head)


def open_file(
    path: Path, *, passphrase: str | None = None, identities: Sequence[str] = ()
) -> Bundle:
    """`open_bundle` for the file at `path`: the encrypted bytes are streamed to the
    decryption, never held whole beside the plaintext. Blocking."""
    kind = peek_file(path)
    if kind is Protection.PASSPHRASE and not passphrase:
        raise NeedPassphrase()
    if kind is Protection.RECIPIENTS and not identities:
        raise NeedIdentity()
    with _opened(path) as source:
        try:
            if kind is Protection.PLAIN:
                plain = source.read()
            elif kind is Protection.PASSPHRASE:
                assert passphrase is not None
                plain = pp.decrypt_from(source, passphrase)
            else:
                out = io.BytesIO()
                keys.decrypt_io(source, out, identities)
                plain = out.getvalue()
                del out
        except CryptoError as error:
            raise EncryptedFileError(str(error)) from None
        except OSError as error:
            raise NotABundle(f"{path} cannot be read ({error.strerror})") from None
    return parse(plain)


def export_file(
    path: Path,
    stream: BundleStream,
    *,
    recipients: Sequence[str] = (),
    passphrase: str | None = None,
) -> Path:
    """Write the export `stream` to `path` as it is read from the journal: encrypted to
    `recipients`, or with `passphrase`, or plain. Atomic and owner-only: on any failure the
    target is untouched. Blocking (the passphrase step runs in a child process)."""
    try:
        with atomic_writer(path) as out:
            if recipients:
                keys.encrypt_io(cast(BinaryIO, _Pieces(stream.chunks())), out, recipients)
            elif passphrase is not None:
                pp.encrypt_to(stream.chunks(), passphrase, out)
            else:
                for chunk in stream.chunks():
                    out.write(chunk)
    except CryptoError as error:
        raise EncryptedFileError(str(error)) from None
    except FileNotFoundError:
        raise EncryptedFileError(f"Cannot write {path}: its folder does not exist.") from None
    except PermissionError:
        raise EncryptedFileError(f"Cannot write {path}: permission denied.") from None
    except OSError as error:
        raise EncryptedFileError(f"Cannot write {path}: {error.strerror}.") from None
    return path


@contextlib.contextmanager
def _opened(path: Path) -> Iterator[BinaryIO]:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise NotABundle("it is far too large to be an export")
        source = path.open("rb")
    except FileNotFoundError:
        raise NotABundle(f"there is no file at {path}") from None
    except IsADirectoryError:
        raise NotABundle(f"{path} is a folder") from None
    except PermissionError:
        raise NotABundle(f"{path} cannot be read (permission denied)") from None
    except OSError as error:
        raise NotABundle(f"{path} cannot be read ({error.strerror})") from None
    with source:
        yield source


class _Pieces(io.RawIOBase):
    """A readable stream over byte pieces as a generator makes them (for pyrage, which
    pulls the plaintext it encrypts)."""

    def __init__(self, pieces: Iterator[bytes]) -> None:
        self._pieces = pieces
        self._left = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._left:
            piece = next(self._pieces, None)
            if piece is None:
                return 0
            self._left = memoryview(piece)
        n = min(len(buffer), len(self._left))
        buffer[:n] = self._left[:n]
        self._left = self._left[n:]
        return n
