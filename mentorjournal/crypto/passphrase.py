"""age passphrase encryption (scrypt) in a separate process, for the GUI and the CLI.

- `normalise(passphrase)`: Unicode NFC, so "é" typed as one or two code points opens the same
  file (pyrage does not normalise).
- `start_encrypt(data, passphrase)` / `start_decrypt(data, passphrase)` return a
  `PassphraseJob` at once: poll `job.done()` from a QTimer, then `job.result()`. The GUI thread
  never waits; the scrypt work (1-2 s, 256-512 MB) happens in a child process.
- `encrypt(data, passphrase)` / `decrypt(data, passphrase)`: the same, blocking (CLI, backups).
- `encrypt_to(pieces, passphrase, sink)` / `decrypt_from(source, passphrase)`: blocking, for
  large exports: the plaintext goes to the child piece by piece and the encrypted file comes
  back straight into `sink`; or the encrypted file goes from `source` to the child.

Decryption checks the header first (`header.check_passphrase_header`): a file that is empty,
not age, encrypted to recipients instead, cut short in its header or asking for an absurd
scrypt work factor is refused before any process starts. Errors are `CryptoError`s with plain
messages (`WrongPassphrase`, `DamagedFile`, ...). Data goes through pipes, never to disk.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import subprocess
import sys
import threading
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from . import _worker
from .errors import (
    Cancelled,
    CryptoError,
    DamagedFile,
    EmptyPassphrase,
    WorkerFailed,
    WrongPassphrase,
)
from .header import (
    ARMOR_BEGIN,
    MAX_HEADER_BYTES,
    MAX_SCRYPT_LOG2_N,
    check_passphrase_header,
    dearmor,
)

# Bytes moved through the pipes at a time.
COPY_BYTES = 1024 * 1024


def normalise(passphrase: str) -> str:
    """The passphrase as age will see it: Unicode NFC. Surrounding spaces are kept on purpose
    (the `age` tool keeps them too, and a passphrase must open the file there as well)."""
    return unicodedata.normalize("NFC", passphrase)


def error_from_pyrage(message: str) -> CryptoError:
    """A plain error for one of pyrage's decryption messages (ENVIRONMENT.md lists them)."""
    lowered = message.lower()
    if "decryption failed" in lowered:
        return WrongPassphrase()
    if "incomplete header" in lowered or "failed to fill whole buffer" in lowered:
        return DamagedFile("the file is cut short inside its header")
    if "truncated" in lowered:
        return DamagedFile("the file is cut short")
    if "out of memory" in lowered:
        return WorkerFailed("not enough memory for the passphrase check")
    if "excessive work" in lowered:
        return DamagedFile("it asks for too much work to unlock")
    return DamagedFile("it is cut short or was altered")


def worker_command() -> list[str]:
    """How to start the child interpreter. In a frozen (PyInstaller) bundle there is no
    `python -c`: the bundle's executable must hand `_worker.WORKER_ARGUMENT` to
    `_worker.main()` (mentorjournal.__main__ does)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, _worker.WORKER_ARGUMENT]
    return [
        sys.executable,
        "-c",
        "from mentorjournal.crypto._worker import main; main()",
    ]


def _worker_environment() -> dict[str, str]:
    """The app's environment, with the folder holding this package first on the path: the
    child finds the same `mentorjournal` whatever the current folder (a source checkout run
    without installing, too)."""
    env = dict(os.environ)
    package_root = str(Path(__file__).resolve().parent.parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
    return env


def _start_worker() -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        worker_command(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        # The child must not inherit a terminal's signals (Ctrl+C goes to the app).
        start_new_session=True,
        env=_worker_environment(),
    )


def _request_head(op: str, passphrase: str) -> bytes:
    secret = passphrase.encode("utf-8")
    return (b"E" if op == "encrypt" else b"D") + len(secret).to_bytes(4, "big") + secret


def _exchange(
    process: subprocess.Popen[bytes], head: bytes, body: Iterable[bytes], sink: BinaryIO | None
) -> bytes:
    """Send the request (`head`, then `body` piece by piece), then read the reply: its
    result, or (with `sink`) the result copied into `sink` and b"". The child reads all of
    the request before it writes anything, so one thread does both in turn."""
    assert process.stdin is not None and process.stdout is not None
    try:
        process.stdin.write(head)
        for piece in body:
            process.stdin.write(piece)
        process.stdin.close()
    except (BrokenPipeError, ValueError):
        pass  # the child is gone (killed, out of memory): its reply, if any, says why
    status = process.stdout.read(2)
    if status == b"OK":
        size = int.from_bytes(process.stdout.read(8), "big")
        if sink is None:
            # Read at once into one buffer of the known size: no second copy of the data.
            result = process.stdout.read(size)
            if len(result) == size:
                return result
        else:
            copied = 0
            while chunk := process.stdout.read(min(COPY_BYTES, size - copied)):
                sink.write(chunk)
                copied += len(chunk)
            if copied == size:
                return b""
        status = b""
    if status == b"ER":
        raise error_from_pyrage(process.stdout.read().decode("utf-8", "replace"))
    process.wait()
    code = process.returncode
    raise WorkerFailed(
        "it was stopped, perhaps for lack of memory"
        if code is not None and code < 0
        else "it stopped unexpectedly"
    )


def _run(head: bytes, body: Iterable[bytes], sink: BinaryIO | None) -> bytes:
    """One request in this thread (blocking), the child always reaped."""
    process = _start_worker()
    try:
        return _exchange(process, head, body, sink)
    finally:
        _reap(process)


def _reap(process: subprocess.Popen[bytes]) -> None:
    """Stop the child if it still runs, wait for it and close the pipes."""
    if process.poll() is None:
        process.kill()
    process.wait()
    for pipe in (process.stdin, process.stdout):
        if pipe is not None:
            with contextlib.suppress(OSError):  # unsent bytes to a child that is gone
                pipe.close()


class PassphraseJob:
    """One passphrase encryption or decryption running in a child process.

    Poll `done()` (cheap, never blocks) from a timer; then `result()` returns the bytes or
    raises a `CryptoError`. `cancel()` stops the child. A helper thread in this process only
    moves bytes through the pipes (which releases the GIL), so the caller's thread stays free.
    """

    def __init__(self, op: str, data: bytes, passphrase: str) -> None:
        self._result: bytes | None = None
        self._error: CryptoError | None = None
        self._cancelled = False
        self._process = _start_worker()
        self._thread = threading.Thread(
            target=self._talk,
            args=(_request_head(op, passphrase), data),
            name="mentorjournal-age",
            daemon=True,
        )
        self._thread.start()

    def _talk(self, head: bytes, data: bytes) -> None:
        try:
            self._result = _exchange(self._process, head, (data,), None)
        except CryptoError as error:
            self._error = Cancelled() if self._cancelled else error
        except OSError:
            self._error = (
                Cancelled() if self._cancelled else WorkerFailed("it stopped unexpectedly")
            )
        finally:
            _reap(self._process)

    def done(self) -> bool:
        """True once the result (or the error) is there; never blocks."""
        return not self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until done (or `timeout` seconds); True if done."""
        self._thread.join(timeout)
        return self.done()

    def result(self) -> bytes:
        """The encrypted or decrypted bytes (blocks until done); raises a `CryptoError`."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._result is not None
        return self._result

    def cancel(self) -> None:
        """Stop the child process; `result()` then raises `Cancelled`."""
        self._cancelled = True
        if self._process.poll() is None:
            self._process.kill()


def start_encrypt(data: bytes, passphrase: str) -> PassphraseJob:
    """Start encrypting `data` with `passphrase` (NFC-normalised) in a child process."""
    passphrase = normalise(passphrase)
    if not passphrase:
        raise EmptyPassphrase()
    return PassphraseJob("encrypt", data, passphrase)


def start_decrypt(
    data: bytes, passphrase: str, *, max_log2_n: int = MAX_SCRYPT_LOG2_N
) -> PassphraseJob:
    """Check the header (raises at once for bad files), then start decrypting in a child."""
    header = check_passphrase_header(data, max_log2_n=max_log2_n)
    passphrase = normalise(passphrase)
    if not passphrase:
        raise EmptyPassphrase()
    return PassphraseJob("decrypt", dearmor(data) if header.armored else data, passphrase)


def encrypt_to(pieces: Iterable[bytes], passphrase: str, sink: BinaryIO) -> None:
    """Blocking: the plaintext given piece by piece, encrypted with `passphrase`, written to
    `sink` (binary age). The pieces are taken in this thread (they may come from a database
    connection that belongs to it) and go straight down the pipe: this process never holds
    the whole plaintext, nor the whole encrypted file."""
    passphrase = normalise(passphrase)
    if not passphrase:
        raise EmptyPassphrase()
    _run(_request_head("encrypt", passphrase), pieces, sink)


def decrypt_from(
    source: BinaryIO, passphrase: str, *, max_log2_n: int = MAX_SCRYPT_LOG2_N
) -> bytes:
    """Blocking: the plaintext of the passphrase-encrypted age file read from `source`. The
    header is checked first; the encrypted bytes go to the child piece by piece (this process
    holds the plaintext only, in one buffer)."""
    head = source.read(MAX_HEADER_BYTES)
    if head.lstrip().startswith(ARMOR_BEGIN):
        # Armored (`age -a`): text, small in practice; de-armored whole in memory.
        return decrypt(head + source.read(), passphrase, max_log2_n=max_log2_n)
    check_passphrase_header(head, max_log2_n=max_log2_n)
    passphrase = normalise(passphrase)
    if not passphrase:
        raise EmptyPassphrase()
    rest = iter(lambda: source.read(COPY_BYTES), b"")
    return _run(_request_head("decrypt", passphrase), itertools.chain((head,), rest), None)


def encrypt(data: bytes, passphrase: str) -> bytes:
    """Blocking: `data` encrypted with `passphrase` as an age file (binary, not armored)."""
    return start_encrypt(data, passphrase).result()


def decrypt(data: bytes, passphrase: str, *, max_log2_n: int = MAX_SCRYPT_LOG2_N) -> bytes:
    """Blocking: the plaintext of the passphrase-encrypted age file `data`."""
    return start_decrypt(data, passphrase, max_log2_n=max_log2_n).result()
