"""Driving the `age` command-line tool, which reads passphrases only from a terminal: run it
on a pseudo-terminal (Python's `pty`) and answer its prompts."""

from __future__ import annotations

import os
import pty
import select
import signal


def run_age(args: list[str], passphrase: str, *, timeout: float = 120) -> tuple[int, str]:
    """Run `age ARGS`, typing `passphrase` at each passphrase prompt; (exit status, output)."""
    assert "passphrase" not in passphrase.lower()
    pid, fd = pty.fork()
    if pid == 0:  # the child: age, with the pty as its terminal
        try:
            os.execvp("age", ["age", *args])
        finally:
            os._exit(127)
    output = b""
    answered = 0
    try:
        while True:
            ready, _, _ = select.select([fd], [], [], timeout)
            if not ready:
                os.kill(pid, signal.SIGKILL)
                raise TimeoutError(f"age did not finish: {output!r}")
            try:
                chunk = os.read(fd, 1024)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            output += chunk
            if output.lower().count(b"passphrase") > answered:
                os.write(fd, passphrase.encode("utf-8") + b"\r")
                answered += 1
    finally:
        os.close(fd)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), output.decode("utf-8", "replace")
