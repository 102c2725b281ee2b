"""Reading an age file's header without decrypting anything, to refuse bad files early.

The age v1 header (https://age-encryption.org/v1) is text: the line `age-encryption.org/v1`,
one stanza per recipient (`-> TYPE ARG...` then base64 body lines of 64 columns, the last one
shorter), then `--- MAC`. A passphrase file has exactly one stanza, `-> scrypt SALT LOG2N`.

pyrage accepts any scrypt work factor a file asks for, and a forged header asking for 2^40 would
keep a laptop busy for hours with gigabytes of memory. `read_header` therefore parses the
stanzas itself, and `check_passphrase_header` refuses a work factor above
`MAX_SCRYPT_LOG2_N` before pyrage ever sees the file. It also tells passphrase files from files
encrypted to recipients, so the app knows whether to ask for a passphrase.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass

from .errors import DamagedFile, NeedsKey, NeedsPassphrase, NotAgeFile, WorkFactorTooHigh

MAGIC = b"age-encryption.org/v1\n"
ARMOR_BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
ARMOR_END = b"-----END AGE ENCRYPTED FILE-----"
# age writes 18 and rage calibrates to about a second (17-19 on today's laptops). Each step up
# doubles time and memory (128 * 8 * 2^N bytes): 2^20 needs 1 GiB, 2^22 already 4 GiB and over a
# minute here, more than a 4 GB workshop laptop can give. So anything above 20 is refused.
MAX_SCRYPT_LOG2_N = 20
# Real headers are a few hundred bytes (a kilobyte per hundred recipients).
MAX_HEADER_BYTES = 64 * 1024

_ARG = re.compile(rb"[\x21-\x7e]+")
_LOG2_N = re.compile(rb"[1-9][0-9]{0,2}")


@dataclass(frozen=True)
class AgeHeader:
    """What the header of an age file says: its stanza types and the scrypt work factor."""

    stanza_types: tuple[str, ...]
    scrypt_log2_n: int | None
    armored: bool
    size: int  # bytes of the (de-armored) header, up to and including the MAC line

    @property
    def is_passphrase(self) -> bool:
        """True for a passphrase (scrypt) file, False for a file encrypted to recipients."""
        return "scrypt" in self.stanza_types


def looks_like_age(data: bytes) -> bool:
    """Cheap test: does `data` start like an age file (binary or ASCII-armored)?"""
    head = data[:64].lstrip()
    if head and (MAGIC.startswith(head) or ARMOR_BEGIN.startswith(head)):
        return True  # an age file cut short within its first line
    return head.startswith((b"age-encryption.org/", ARMOR_BEGIN))


def dearmor(data: bytes) -> bytes:
    """The binary age file inside an ASCII-armored one (`age -a`); binary input is returned
    as it is. Raises `DamagedFile` for a broken armor."""
    stripped = data.strip()
    if not stripped.startswith(ARMOR_BEGIN):
        return data
    if not stripped.endswith(ARMOR_END):
        raise DamagedFile("the armored text is cut short")
    inner = stripped[len(ARMOR_BEGIN) : -len(ARMOR_END)]
    try:
        return base64.b64decode(b"".join(inner.split()), validate=True)
    except (binascii.Error, ValueError):
        raise DamagedFile("the armored text was altered") from None


def read_header(data: bytes) -> AgeHeader:
    """Parse the header at the start of `data` (the whole file or at least its first
    `MAX_HEADER_BYTES`). Raises `NotAgeFile` or `DamagedFile`; never decrypts."""
    if not data.strip():
        raise NotAgeFile("the file is empty")
    armored = data.lstrip()[: len(ARMOR_BEGIN)] == ARMOR_BEGIN
    if armored:
        data = dearmor(data)
    if not data.startswith(MAGIC):
        if MAGIC.startswith(data):
            raise DamagedFile("the file is cut short inside its header")
        if data.startswith(b"age-encryption.org/"):
            raise NotAgeFile("it uses an age version this app does not know")
        raise NotAgeFile("it does not start with the age header")
    pos = len(MAGIC)
    types: list[str] = []
    log2_n: int | None = None
    while True:
        line, pos = _line(data, pos)
        if line.startswith(b"--- "):
            break
        if not line.startswith(b"-> "):
            raise DamagedFile("its header is malformed")
        args = line[3:].split(b" ")
        if not all(_ARG.fullmatch(arg) for arg in args):
            raise DamagedFile("its header is malformed")
        kind = args[0].decode("ascii")
        types.append(kind)
        if kind == "scrypt":
            if len(args) != 3 or not _LOG2_N.fullmatch(args[2]):
                raise DamagedFile("its passphrase stanza is malformed")
            log2_n = int(args[2])
        # The stanza body: base64 lines of 64 columns, ended by a shorter one.
        while True:
            body, pos = _line(data, pos)
            if len(body) > 64:
                raise DamagedFile("its header is malformed")
            if len(body) < 64:
                break
    return AgeHeader(tuple(types), log2_n, armored, pos)


def check_passphrase_header(data: bytes, *, max_log2_n: int = MAX_SCRYPT_LOG2_N) -> AgeHeader:
    """Check that `data` is a passphrase-encrypted age file whose work factor is sane.

    Raises `NotAgeFile`, `DamagedFile`, `NeedsKey` (encrypted to recipients, not a passphrase)
    or `WorkFactorTooHigh`; call it before handing the file to pyrage.
    """
    header = read_header(data)
    if not header.is_passphrase:
        raise NeedsKey()
    if len(header.stanza_types) != 1:
        raise DamagedFile("a passphrase file must have exactly one stanza")
    assert header.scrypt_log2_n is not None
    if header.scrypt_log2_n > max_log2_n:
        raise WorkFactorTooHigh(header.scrypt_log2_n, max_log2_n)
    return header


def check_recipient_header(data: bytes) -> AgeHeader:
    """Check that `data` is an age file encrypted to recipients (X25519 or others).
    Raises `NotAgeFile`, `DamagedFile` or `NeedsPassphrase`."""
    header = read_header(data)
    if header.is_passphrase:
        raise NeedsPassphrase()
    return header


def _line(data: bytes, pos: int) -> tuple[bytes, int]:
    end = data.find(b"\n", pos, pos + MAX_HEADER_BYTES)
    if end < 0:
        if len(data) - pos >= MAX_HEADER_BYTES:
            raise DamagedFile("its header is far too long")
        raise DamagedFile("the file is cut short inside its header")
    if end >= MAX_HEADER_BYTES:
        raise DamagedFile("its header is far too long")
    return data[pos:end], end + 1
