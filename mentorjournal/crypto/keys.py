"""age X25519 keys: identities (secret keys), recipients (public keys) and fast encryption.

Encrypting to a recipient needs no secret and no slow key derivation (~0.15 s for 50 MB), so
it runs in-process and streams: exports "to a person" (`--recipient age1...`) and encrypted
backups use it. Strings are age's own text forms, so keys work with the `age` tool as they are:
an identity is `AGE-SECRET-KEY-1...` (what `age-keygen` writes), a recipient `age1...`.

pyrage is imported inside the functions (start-up stays light).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, BinaryIO, cast

from .errors import BadIdentity, BadRecipient, DamagedFile, WrongKey
from .header import MAX_HEADER_BYTES, check_recipient_header, dearmor


@dataclass(frozen=True)
class KeyPair:
    """An age X25519 identity: the secret key text and its public recipient.

    `repr()` hides the secret so that it never ends up in a log or a traceback.
    """

    secret: str = field(repr=False)
    recipient: str


def generate_identity() -> KeyPair:
    """A new random X25519 identity."""
    import pyrage

    identity = pyrage.x25519.Identity.generate()
    return KeyPair(str(identity), str(identity.to_public()))


def identity_from_text(text: str) -> KeyPair:
    """The first identity in `text`: a bare `AGE-SECRET-KEY-1...` or an identity file as
    `age-keygen` writes it (comment lines starting with '#'). Raises `BadIdentity`."""
    import pyrage

    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            identity = pyrage.x25519.Identity.from_str(line)
        except pyrage.IdentityError:
            raise BadIdentity("the key line is not valid") from None
        return KeyPair(str(identity), str(identity.to_public()))
    raise BadIdentity()


def parse_recipient(text: str) -> str:
    """`text` stripped and checked as an X25519 recipient (`age1...`); raises `BadRecipient`."""
    import pyrage

    cleaned = text.strip()
    try:
        return str(pyrage.x25519.Recipient.from_str(cleaned))
    except (pyrage.RecipientError, ValueError):
        raise BadRecipient(cleaned) from None


def _recipients(recipients: Sequence[str]) -> list[Any]:
    import pyrage

    if not recipients:
        raise BadRecipient("")
    parsed = []
    for text in recipients:
        try:
            parsed.append(pyrage.x25519.Recipient.from_str(text.strip()))
        except (pyrage.RecipientError, ValueError):
            raise BadRecipient(text.strip()) from None
    return parsed


def _identities(identities: Sequence[str | KeyPair]) -> list[Any]:
    import pyrage

    parsed = []
    for item in identities:
        text = item.secret if isinstance(item, KeyPair) else item
        try:
            parsed.append(pyrage.x25519.Identity.from_str(text.strip()))
        except (pyrage.IdentityError, ValueError):
            raise BadIdentity("the key line is not valid") from None
    return parsed


def encrypt_io(src: BinaryIO, dst: BinaryIO, recipients: Sequence[str]) -> None:
    """Stream `src` encrypted to every recipient into `dst` (binary age file)."""
    import pyrage

    # pyrage's stubs say BufferedIOBase; any object with read()/write() works.
    pyrage.encrypt_io(cast(Any, src), cast(Any, dst), _recipients(recipients))


def decrypt_io(src: BinaryIO, dst: BinaryIO, identities: Sequence[str | KeyPair]) -> None:
    """Stream the plaintext of the age file `src` into `dst` with any of `identities`.

    The header is checked first (not age, passphrase file, damaged header: nothing written).
    CAUTION: if the body turns out truncated or altered, `DamagedFile` is raised after some
    plaintext may already be in `dst`; write to memory or to a temporary file that the caller
    deletes on error, never straight to the final place.
    """
    import pyrage

    head = src.read(MAX_HEADER_BYTES)
    stream: Any
    if head.lstrip().startswith(b"-----BEGIN"):
        # Armored (`age -a`): text, so small in practice; de-armor the whole of it in memory.
        binary = dearmor(head + src.read())
        check_recipient_header(binary)
        stream = io.BytesIO(binary)
    else:
        check_recipient_header(head)
        stream = _Prefixed(head, src)
    try:
        pyrage.decrypt_io(stream, cast(Any, dst), _identities(identities))
    except (pyrage.DecryptError, OSError) as error:
        # A damaged body surfaces as OSError("decryption error") from the streaming reader.
        raise _decrypt_error(str(error)) from None


def encrypt(data: bytes, recipients: Sequence[str]) -> bytes:
    """`data` encrypted to the recipients, in memory."""
    out = io.BytesIO()
    encrypt_io(io.BytesIO(data), out, recipients)
    return out.getvalue()


def decrypt(data: bytes, identities: Sequence[str | KeyPair]) -> bytes:
    """The plaintext of the age file `data` (encrypted to recipients), in memory."""
    out = io.BytesIO()
    decrypt_io(io.BytesIO(data), out, identities)
    return out.getvalue()


def _decrypt_error(message: str) -> Exception:
    lowered = message.lower()
    if "no matching keys" in lowered:
        return WrongKey()
    if "incomplete header" in lowered or "failed to fill whole buffer" in lowered:
        return DamagedFile("the file is cut short inside its header")
    if "truncated" in lowered:
        return DamagedFile("the file is cut short")
    return DamagedFile("it is cut short or was altered")


class _Prefixed(io.RawIOBase):
    """`head` followed by the rest of `rest`: lets us inspect a stream's header and then hand
    the whole stream to pyrage, also for streams that cannot seek."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        chunk = self._rest.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)
