"""The child process that runs age's passphrase (scrypt) encryption and decryption.

scrypt in pyrage holds Python's GIL for one to two seconds; run in the app's own interpreter it
would freeze the window however it is threaded. `passphrase.PassphraseJob` starts `main()` in a
fresh interpreter (`python -c ...`; a frozen bundle runs itself with `WORKER_ARGUMENT`) and
talks to it over stdin/stdout pipes: the request goes in, the result or a plain error comes
out. Nothing touches the disk. A plain subprocess rather than multiprocessing's "spawn": spawn
re-runs the parent's `__main__` script in the child, which breaks or repeats work for scripts
without a main guard (stdin, benchmarks, screenshot scripts).

Request on stdin: b"E" or b"D", 4-byte big-endian length of the UTF-8 passphrase, the
passphrase, then the data until end of input. Reply on stdout: b"OK", the result's length as
8 bytes big-endian, then the result (so the parent reads it into one buffer, or straight on
into a file); or b"ER" + pyrage's error message (UTF-8). No copy of the data is made that
the work does not need: a large export fits beside scrypt's own memory.
"""

from __future__ import annotations

import sys
from typing import BinaryIO

WORKER_ARGUMENT = "--age-worker"


def answer(op: bytes, passphrase: str, data: bytes) -> tuple[bytes, bytes]:
    """The reply's status (b"OK" or b"ER") and its body for one request."""
    import pyrage

    try:
        if op == b"E":
            return b"OK", bytes(pyrage.passphrase.encrypt(data, passphrase))
        if op == b"D":
            return b"OK", bytes(pyrage.passphrase.decrypt(data, passphrase))
        return b"ER", b"unknown operation"
    except (pyrage.DecryptError, pyrage.EncryptError) as error:
        return b"ER", str(error).encode("utf-8", "replace")
    except MemoryError:
        return b"ER", b"out of memory"


def serve(source: BinaryIO, sink: BinaryIO) -> None:
    """Read one request from `source`, write its reply to `sink`."""
    op = source.read(1)
    size = int.from_bytes(source.read(4), "big")
    passphrase = source.read(size).decode("utf-8")
    data = source.read()
    status, body = answer(op, passphrase, data)
    del data
    sink.write(status)
    if status == b"OK":
        sink.write(len(body).to_bytes(8, "big"))
    sink.write(body)
    sink.flush()


def main() -> None:
    """Entry point of the child: one request from stdin, one reply to stdout."""
    serve(sys.stdin.buffer, sys.stdout.buffer)


if __name__ == "__main__":
    main()
