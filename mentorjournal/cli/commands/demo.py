"""`mentorjournal demo`: create a new journal filled with a realistic sample, to try the app,
take screenshots, or train colleagues without real learners' data."""

from __future__ import annotations

import argparse
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..common import EXIT_OK, EXIT_PROBLEM, print_error

if TYPE_CHECKING:
    from ..common import Subparsers


def add_parser(subparsers: Subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "demo",
        help="create a new journal filled with sample mentees and sessions",
        description="Create a NEW journal at PATH filled with a year of invented mentoring "
        "(mentees, sessions, action items, goals, reflections). Refuses if PATH exists.",
    )
    # Required here, not taken from $MENTORJOURNAL_DB: sample data must never land in a real
    # journal's place by accident.
    parser.add_argument("--db", metavar="PATH", required=True, help="where to create it")
    parser.add_argument(
        "--seed", type=int, default=7, help="another seed makes another sample (default: 7)"
    )
    parser.add_argument(
        "--today",
        type=date.fromisoformat,
        default=None,
        metavar="YYYY-MM-DD",
        help="the date the sample ends at (default: today)",
    )
    return parser


def run(args: argparse.Namespace) -> int:
    path = Path(args.db).expanduser()
    if path.exists() or path.is_symlink():
        print_error(f"{path} already exists; 'demo' only creates a new journal. Choose a new path.")
        return EXIT_PROBLEM

    from ...demo import fill_demo_journal
    from ...services import Services
    from ...store.journal import open_journal

    started = time.perf_counter()
    journal = open_journal(path, create=True)
    try:
        services = Services.for_journal(journal)
        counts = fill_demo_journal(services, today=args.today or date.today(), seed=args.seed)
    except BaseException:
        journal.close()
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    journal.close()
    seconds = time.perf_counter() - started
    print(f"Created a demo journal at {path}: {counts.describe()} ({seconds:.1f} s).")
    return EXIT_OK
