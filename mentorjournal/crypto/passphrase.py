"""age passphrase encryption (scrypt) in a separate process, for the GUI and the CLI.

- `normalise(passphrase)`: Unicode NFC, so "é" typed as one or two code points opens the same
  file (pyrage does not normalise).
- `start_encrypt(data, passphrase)` / `start_decrypt(data, passphrase)` return a
  `PassphraseJob` at once: poll `job.done()` from a QTimer, then `job.result()`. The GUI thread
  never waits; the scrypt work (1-2 s, 256-512 MB) happens in a child process.
- `encrypt(data, passphrase)` / `decrypt(data, passphrase)`: the same, blocking (CLI, backups).

Decryption checks the header first (`header.check_passphrase_header`): a file that is empty,
not age, encrypted to recipients instead, cut short in its header or asking for an absurd
scrypt work factor is refused before any process starts. Errors are `CryptoError`s with plain
messages (`WrongPassphrase`, `DamagedFile`, ...). Data goes through pipes, never to disk.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import unicodedata
from pathlib import Path

from . import _worker
from .errors import (
    Cancelled,
    CryptoError,
    DamagedFile,
    EmptyPassphrase,
    WorkerFailed,
    WrongPassphrase,
)
from .header import MAX_SCRYPT_LOG2_N, check_passphrase_header, dearmor


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
        secret = passphrase.encode("utf-8")
        request = (
            (b"E" if op == "encrypt" else b"D") + len(secret).to_bytes(4, "big") + secret + data
        )
        self._process = subprocess.Popen(
            worker_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            # The child must not inherit a terminal's signals (Ctrl+C goes to the app).
            start_new_session=True,
            env=_worker_environment(),
        )
        self._thread = threading.Thread(
            target=self._talk, args=(request,), name="mentorjournal-age", daemon=True
        )
        self._thread.start()

    def _talk(self, request: bytes) -> None:
        try:
            reply, _ = self._process.communicate(request)
        except (OSError, ValueError):
            reply = b""
        del request
        if reply.startswith(b"OK"):
            self._result = reply[2:]
        elif reply.startswith(b"ER"):
            self._error = error_from_pyrage(reply[2:].decode("utf-8", "replace"))
        elif self._cancelled:
            self._error = Cancelled()
        else:
            code = self._process.returncode
            self._error = WorkerFailed(
                "it was stopped, perhaps for lack of memory"
                if code is not None and code < 0
                else "it stopped unexpectedly"
            )

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


def encrypt(data: bytes, passphrase: str) -> bytes:
    """Blocking: `data` encrypted with `passphrase` as an age file (binary, not armored)."""
    return start_encrypt(data, passphrase).result()


def decrypt(data: bytes, passphrase: str, *, max_log2_n: int = MAX_SCRYPT_LOG2_N) -> bytes:
    """Blocking: the plaintext of the passphrase-encrypted age file `data`."""
    return start_decrypt(data, passphrase, max_log2_n=max_log2_n).result()
