"""The argument parser and the dispatch to a command, the GUI, or an error message."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from .. import __version__
from .commands import COMMANDS
from .common import EXIT_PROBLEM, EXIT_USAGE, PROG, print_error, use_utf8

if TYPE_CHECKING:
    from .gui import LoadGui


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        usage=f"{PROG} [-h] [--version] [--db PATH] [COMMAND [OPTIONS]]",
        description=(
            "Mentor Journal: an offline mentoring journal. Without a command, opens the app."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=None,
        help="the journal file (default: $MENTORJOURNAL_DB, else the usual place for app data)",
    )
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for command in COMMANDS:
        sub = command.add_parser(subparsers)
        sub.set_defaults(command=command)
    return parser


def main(argv: list[str] | None = None, *, load_gui: LoadGui | None = None) -> int:
    """Run the command line on `argv` (default: sys.argv[1:]) and return the exit status.

    `load_gui` returns the GUI's `run_gui` (the entry point passes it; see `__main__`).

    A `JournalError` is a problem the user can act on: its message, one line, status 1.
    Any other exception is a bug and propagates with its traceback.
    """
    use_utf8(sys.stdout)
    use_utf8(sys.stderr)
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as done:  # --help, --version, or a usage error argparse reported
        return done.code if isinstance(done.code, int) else EXIT_USAGE
    try:
        if getattr(args, "command", None) is None:
            from .gui import launch_gui

            return launch_gui(args, load_gui)
        status: int = args.command.run(args)
        return status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `mentorjournal mentees | head`: the reader left; say nothing more.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_PROBLEM
    except Exception as error:
        from ..store.errors import JournalError

        if isinstance(error, JournalError):
            from .commands.backup import backups_hint

            print_error(str(error) + backups_hint(error))
            return EXIT_PROBLEM
        raise
