"""The child process that runs age's passphrase (scrypt) encryption and decryption.

scrypt in pyrage holds Python's GIL for one to two seconds; run in the app's own interpreter it
would freeze the window however it is threaded. `passphrase.PassphraseJob` starts `main()` in a
fresh interpreter (`python -c ...`; a frozen bundle runs itself with `WORKER_ARGUMENT`) and
talks to it over stdin/stdout pipes: the request goes in, the result or a plain error comes
out. Nothing touches the disk. A plain subprocess rather than multiprocessing's "spawn": spawn
re-runs the parent's `__main__` script in the child, which breaks or repeats work for scripts
without a main guard (stdin, benchmarks, screenshot scripts).

Request on stdin: b"E" or b"D", 4-byte big-endian length of the UTF-8 passphrase, the
passphrase, then the data until end of input. Reply on stdout: b"OK" + result bytes, or
b"ER" + pyrage's error message (UTF-8).
"""

from __future__ import annotations

import sys

WORKER_ARGUMENT = "--age-worker"


def run(request: bytes) -> bytes:
    """Answer one request (see the module docstring) and return the reply bytes."""
    import pyrage

    op = request[:1]
    size = int.from_bytes(request[1:5], "big")
    passphrase = request[5 : 5 + size].decode("utf-8")
    data = request[5 + size :]
    try:
        if op == b"E":
            return b"OK" + bytes(pyrage.passphrase.encrypt(data, passphrase))
        if op == b"D":
            return b"OK" + bytes(pyrage.passphrase.decrypt(data, passphrase))
        return b"ERunknown operation"
    except (pyrage.DecryptError, pyrage.EncryptError) as error:
        return b"ER" + str(error).encode("utf-8", "replace")
    except MemoryError:
        return b"ERout of memory"


def main() -> None:
    """Entry point of the child: one request from stdin, one reply to stdout."""
    request = sys.stdin.buffer.read()
    reply = run(request)
    del request
    sys.stdout.buffer.write(reply)
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    main()
