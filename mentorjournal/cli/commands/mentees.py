"""`mentorjournal mentees`: the mentee list with counts, as an aligned table or as JSON."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..common import EXIT_OK, add_db_option, open_existing_journal

if TYPE_CHECKING:
    from ...services import MenteeSummary
    from ..common import Subparsers

# The values of MenteeStatus, spelled out so building the parser does not import the models
# (a test checks they agree).
STATUSES = ("active", "paused", "completed", "withdrawn")

HEADERS = ("Name", "Programme", "Cohort", "Status", "Sessions", "Open actions", "Last session")
NUMERIC = frozenset({"Sessions", "Open actions"})


def add_parser(subparsers: Subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "mentees",
        help="list mentees with their sessions and open actions",
        description="List the mentees of a journal with their sessions, open action items "
        "and last session.",
    )
    add_db_option(parser)
    parser.add_argument("--json", action="store_true", help="print a JSON list instead")
    parser.add_argument("--status", choices=STATUSES, help="only mentees with this status")
    return parser


def run(args: argparse.Namespace) -> int:
    from ...models import MenteeStatus
    from ...services import Services

    status = MenteeStatus(args.status) if args.status else None
    with open_existing_journal(args) as journal:
        summaries = Services.for_journal(journal).mentees.list_summaries(status)
    if args.json:
        json.dump(as_json(summaries), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif summaries:
        sys.stdout.write(format_table(summaries))
    else:
        print("No mentees." if status is None else f"No mentees with status {status.value}.")
    return EXIT_OK


def as_json(summaries: Sequence[MenteeSummary]) -> list[dict[str, Any]]:
    return [
        {
            "id": m.public_id,
            "full_name": m.full_name,
            "preferred_name": m.preferred_name,
            "programme": m.programme,
            "cohort": m.cohort,
            "status": m.status.value,
            "sessions": m.sessions,
            "open_actions": m.open_actions,
            "last_session": m.last_session_at.isoformat() if m.last_session_at else None,
        }
        for m in summaries
    ]


def format_table(summaries: Sequence[MenteeSummary]) -> str:
    from ...models import label

    rows = [
        (
            m.full_name,
            m.programme,
            m.cohort,
            label(m.status),
            str(m.sessions),
            str(m.open_actions),
            m.last_session_at.date().isoformat() if m.last_session_at else "-",
        )
        for m in summaries
    ]
    widths = [
        max(display_width(cell) for cell in column) for column in zip(HEADERS, *rows, strict=True)
    ]
    lines = []
    for row in (HEADERS, *rows):
        cells = [
            pad(cell, width, right=header in NUMERIC)
            for cell, width, header in zip(row, widths, HEADERS, strict=True)
        ]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines) + "\n"


def display_width(text: str) -> int:
    """Terminal columns of `text`: wide East Asian characters take two, combining marks none
    (Arabic vowel marks, accents typed as separate characters)."""
    width = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def pad(text: str, width: int, *, right: bool = False) -> str:
    fill = " " * (width - display_width(text))
    return fill + text if right else text + fill
