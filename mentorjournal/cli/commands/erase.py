"""`mentorjournal erase`: erase one mentee and everything about them (a data-protection request).

Shows what will go (counts only, never note text) and asks first; `--yes` is for scripts.
Without a terminal to ask on and without `--yes`, it refuses rather than guess.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from ..common import (
    EXIT_OK,
    EXIT_PROBLEM,
    EXIT_USAGE,
    add_db_option,
    one_line,
    open_existing_journal,
    print_error,
)

if TYPE_CHECKING:
    from ...services import ErasurePreview
    from ..common import Subparsers


def add_parser(subparsers: Subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "erase",
        help="erase a mentee and all their records",
        description="Erase a mentee and everything about them: sessions they attended alone, "
        "action items, goals and check-ins, reflections, skill ratings. Group sessions stay "
        "for the others. This cannot be undone.",
    )
    add_db_option(parser)
    parser.add_argument(
        "--mentee", metavar="NAME-OR-ID", required=True, help="the mentee: a name or a public id"
    )
    parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    return parser


def _can_ask() -> bool:
    stdin = sys.stdin
    return stdin is not None and not stdin.closed and stdin.isatty()


def run(args: argparse.Namespace) -> int:
    from ...services import Services

    if not args.yes and not _can_ask():
        print_error("Not erasing: there is no terminal to confirm on. Add --yes to erase.")
        return EXIT_USAGE
    from ...store.instance_lock import writing_from_cli
    from ...store.paths import resolve_journal_path

    # The app open on it would keep showing (and an open editor's draft keep) what is erased;
    # held till the end, so the app does not open it half-way either.
    with writing_from_cli(resolve_journal_path(args.db)), open_existing_journal(args) as journal:
        mentees = Services.for_journal(journal).mentees
        mentee = mentees.find(args.mentee)
        assert mentee.id is not None
        preview = mentees.erasure_preview(mentee.id)
        name = one_line(preview.full_name)
        print(format_preview(preview))
        if not args.yes and not confirmed(name):
            print("Nothing was erased.")
            return EXIT_PROBLEM
        mentees.erase(mentee.id)
    print(f"Erased {name} and all their records.")
    return EXIT_OK


def confirmed(name: str) -> bool:
    try:
        answer = input(f"Erase {name} and all their records? This cannot be undone. [y/N] ")
    except EOFError:
        return False
    return answer.strip().casefold() in ("y", "yes")


def format_preview(p: ErasurePreview) -> str:
    """Counts only: the preview may be shown on a shared screen or kept in a log."""
    return "\n".join(
        (
            f"Erasing {one_line(p.full_name)} removes:",
            f"  sessions they attended alone: {p.sessions}",
            f"  action items: {p.action_items}",
            f"  goals: {p.goals}",
            f"  goal check-ins: {p.check_ins}",
            f"  reflections: {p.reflections}",
            f"  skill ratings: {p.skill_ratings}",
            f"and takes them off {p.group_sessions} group sessions (kept for the others).",
        )
    )
