"""What the commands share: the `--db` option, opening an existing journal, printing errors."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Protocol, TextIO

if TYPE_CHECKING:
    from typing import TypeAlias

    from ..store.journal import Journal

    Subparsers: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]

# Exit statuses: 0 done; 1 a problem the user can act on (a JournalError); 2 wrong usage or no
# graphical desktop (argparse also exits 2 on bad arguments).
EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2

PROG = "mentorjournal"


class Command(Protocol):
    """A subcommand module: it adds its parser and runs on the parsed arguments."""

    def add_parser(self, subparsers: Subparsers) -> argparse.ArgumentParser: ...

    def run(self, args: argparse.Namespace) -> int: ...


def add_db_option(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    """`--db PATH` on a subcommand. Not given, it keeps what the main parser parsed, so both
    `mentorjournal --db X mentees` and `mentorjournal mentees --db X` work."""
    parser.add_argument(
        "--db",
        metavar="PATH",
        required=required,
        default=argparse.SUPPRESS,
        help="the journal file (default: $MENTORJOURNAL_DB, else the usual place for app data)",
    )


def one_line(message: str) -> str:
    """A message folded onto one line, so a terminal or a log shows it whole."""
    return " ".join(message.split())


def print_error(message: str, stream: TextIO | None = None) -> None:
    print(f"{PROG}: {one_line(message)}", file=stream or sys.stderr)


def open_existing_journal(args: argparse.Namespace) -> Journal:
    """The journal at the resolved path; never creates one (JournalNotFound if none is there)."""
    from ..store.journal import open_journal, resolve_journal_path

    return open_journal(resolve_journal_path(args.db), create=False)


def use_utf8(stream: TextIO) -> None:
    """Names in Ethiopic or Arabic script must print even where the locale says ASCII or a
    Windows code page: write UTF-8 whatever the stream was set up with."""
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
    reconfigure = getattr(stream, "reconfigure", None)
    if encoding != "utf8" and reconfigure is not None:
        reconfigure(encoding="utf-8")
