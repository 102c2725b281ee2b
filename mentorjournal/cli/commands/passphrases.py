"""Where the export and import commands get a passphrase: a prompt without echo on a
terminal, or MENTORJOURNAL_PASSPHRASE for scripts. Never a command-line argument (it would
show in `ps` and the shell's history)."""

from __future__ import annotations

import getpass
import os
import sys

from ...store.errors import JournalError

ENV_VAR = "MENTORJOURNAL_PASSPHRASE"


class NoPassphrase(JournalError):
    def __init__(self) -> None:
        super().__init__(
            f"A passphrase is needed, but there is no terminal to ask on and {ENV_VAR} is not set."
        )


def _terminal() -> bool:
    stdin = sys.stdin
    return stdin is not None and not stdin.closed and stdin.isatty()


def get_passphrase(prompt: str, *, confirm: bool = False) -> str:
    """The passphrase from the environment, else asked (twice when `confirm`)."""
    from_env = os.environ.get(ENV_VAR)
    if from_env is not None:
        if not from_env:
            raise JournalError(f"{ENV_VAR} is set but empty.")
        return from_env
    if not _terminal():
        raise NoPassphrase()
    while True:
        first = getpass.getpass(prompt)
        if not first:
            raise JournalError("No passphrase given; nothing was done.")
        if not confirm:
            return first
        if getpass.getpass("Repeat the passphrase: ") == first:
            return first
        print("The two passphrases differ; try again.", file=sys.stderr)
