"""The argument parser and the dispatch to a command, the GUI, or an error message."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from .. import __version__
from .common import EXIT_PROBLEM, EXIT_USAGE, PROG, print_error, use_utf8

if TYPE_CHECKING:
    from .gui import LoadGui


def build_parser() -> argparse.ArgumentParser:
    from .commands import COMMANDS  # every command's module: not needed to open the app

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


def opens_the_app(argv: list[str]) -> argparse.Namespace | None:
    """What the parser makes of `argv` when it only opens the app (nothing, or `--db PATH`),
    without building the parser, which imports every command's module; None otherwise."""
    if not argv:
        return argparse.Namespace(db=None)
    if len(argv) == 2 and argv[0] == "--db" and not argv[1].startswith("-"):
        return argparse.Namespace(db=argv[1])
    if len(argv) == 1 and argv[0].startswith("--db="):
        return argparse.Namespace(db=argv[0].removeprefix("--db="))
    return None


def main(argv: list[str] | None = None, *, load_gui: LoadGui | None = None) -> int:
    """Run the command line on `argv` (default: sys.argv[1:]) and return the exit status.

    `load_gui` returns the GUI's `run_gui` (the entry point passes it; see `__main__`).

    A `JournalError` is a problem the user can act on: its message, one line, status 1.
    Any other exception is a bug and propagates with its traceback.
    """
    use_utf8(sys.stdout)
    use_utf8(sys.stderr)
    args = opens_the_app(sys.argv[1:] if argv is None else argv)
    try:
        if args is None:
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
