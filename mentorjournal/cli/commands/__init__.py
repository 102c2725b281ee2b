"""The registry of subcommands: one module each, with `add_parser(subparsers)` and `run(args)`.

To add a command, write a module here and list it in `COMMANDS` (the order is the help order).
"""

from __future__ import annotations

from ..common import Command
from . import backup, check, demo, erase, export_journal, import_journal, mentees, report, search

COMMANDS: tuple[Command, ...] = (
    mentees,
    search,
    report,
    export_journal,
    import_journal,
    check,
    erase,
    backup,
    demo,
)

__all__ = ["COMMANDS", "Command"]
