"""`mentorjournal check`: is the journal file sound? A short plain report, status 0 or 1."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ..common import EXIT_OK, EXIT_PROBLEM, add_db_option, open_existing_journal

if TYPE_CHECKING:
    from ...store.integrity import CheckReport
    from ..common import Subparsers

# The records a trainer thinks of, in this order, in the "Holds" line.
SHOWN = ("mentees", "sessions", "action items", "goals", "goal check-ins", "reflections")


def add_parser(subparsers: Subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "check",
        help="check the journal file for damage",
        description="Check every page, index and reference of a journal and say what is "
        "wrong, if anything. Reads only, except that a search index found missing or out of step "
        "is rebuilt (not while the app has the journal open: then it is only reported). Exit "
        "status 0 when the journal is sound, 1 when not.",
    )
    add_db_option(parser)
    return parser


def run(args: argparse.Namespace) -> int:
    from ...store.instance_lock import holder
    from ...store.integrity import full_check
    from ...store.paths import resolve_journal_path

    # With the app holding the journal, checking is still fine but repairing is the app's
    # job: a second writer would rebuild the index under the app's feet.
    in_app = holder(resolve_journal_path(args.db)) is not None
    # Opening runs the quick check: a damaged file is refused there, with one plain line.
    with open_existing_journal(args) as journal:
        report = full_check(journal, repair=not in_app)
    print(format_report(report), end="")
    return EXIT_OK if report.ok else EXIT_PROBLEM


def format_report(report: CheckReport) -> str:
    holds = ", ".join(f"{report.rows.get(name, 0)} {name}" for name in SHOWN)
    lines = [f"Journal: {report.path}", f"Holds: {holds}."]
    lines.extend(f"Repaired: {what} It was rebuilt." for what in report.repaired)
    lines.extend(
        f"Not repaired: {what} The journal is open in the Mentor Journal app: use Tools > "
        "Check journal there, or close the app and run this check again to rebuild it."
        for what in report.repairable
    )
    if report.ok:
        lines.append("No problems found.")
    else:
        count = len(report.problems)
        lines.append(f"{count} problem{'s' if count != 1 else ''} found:")
        lines.extend(f"  - {problem}" for problem in report.problems)
        where = ", ".join(f"{table} {n}" for table, n in sorted(report.problems_per_table.items()))
        lines.append(f"Problems per table: {where}.")
        lines.append(
            "Make a copy of the file before changing anything; restore a backup if you can."
        )
    return "\n".join(lines) + "\n"
