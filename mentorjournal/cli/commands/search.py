"""`mentorjournal search`: full-text search from the command line, ranked, grouped by mentee.

The same search as the app's search box (`SearchService`). Private text (private notes,
private reflections) is left out unless --include-private is given, as in `report`: what a
command prints often ends up in a file or a pipe. With the option, private hits are marked
"(private)" (JSON: "private": true).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from ..common import EXIT_OK, EXIT_USAGE, add_db_option, open_existing_journal, print_error

if TYPE_CHECKING:
    from ...services.search import SearchResults
    from ..common import Subparsers

DEFAULT_LIMIT = 50
# Terminal highlighting only when printing to a terminal; plain brackets otherwise.
BOLD, RESET = "\x1b[1m", "\x1b[0m"


def add_parser(subparsers: Subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "search",
        help="search everything written in the journal",
        description="Search mentee names and notes, sessions, action items, goals, check-ins, "
        "reflections and skill-rating notes. Words match as prefixes (weld finds welding), "
        '"quoted words" as a phrase; every word must be there; case and accents are ignored. '
        "Prints the best hits grouped by mentee, with date, kind and a snippet; matched words "
        "are shown [in brackets] (bold on a terminal). Private notes and private reflections "
        "are left out unless --include-private is given. Exit status 0 also when nothing is "
        "found.",
    )
    add_db_option(parser)
    parser.add_argument("query", metavar="QUERY", nargs="+", help="what to look for")
    parser.add_argument(
        "--mentee", metavar="NAME-OR-ID", help="only this mentee: a name or a public id"
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead")
    parser.add_argument(
        "--limit",
        type=int,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=f"at most N hits (default {DEFAULT_LIMIT})",
    )
    parser.add_argument(
        "--include-private",
        action="store_true",
        help='also search private notes and private reflections (marked "(private)")',
    )
    return parser


def run(args: argparse.Namespace) -> int:
    if not 1 <= args.limit <= 10_000:
        print_error("--limit wants a number from 1 to 10000.")
        return EXIT_USAGE
    query = " ".join(args.query)
    if not query.strip():
        print_error("Give something to search for.")
        return EXIT_USAGE

    from ...services import Services

    with open_existing_journal(args) as journal:
        services = Services.for_journal(journal)
        mentee_id = services.mentees.find(args.mentee).id if args.mentee else None
        results = services.search.search(
            query,
            mentee_id=mentee_id,
            include_private=args.include_private,
            limit=args.limit,
        )
    if args.json:
        json.dump(as_json(results), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_text(results, color=sys.stdout.isatty()))
    return EXIT_OK


def as_json(results: SearchResults) -> dict[str, Any]:
    return {
        "query": results.query,
        "limited": results.limited,
        "common_words": results.common,
        "mentees": [
            {
                "mentee": group.full_name,
                "mentee_id": group.public_id,
                "hits": [
                    {
                        "kind": hit.kind.value,
                        "date": hit.day.isoformat() if hit.day else None,
                        "title": hit.title,
                        "snippet": hit.snippet.text,
                        "highlights": [list(span) for span in hit.snippet.highlights],
                        "private": hit.private,
                    }
                    for hit in group.hits
                ],
            }
            for group in results.groups
        ],
    }


def format_text(results: SearchResults, *, color: bool = False) -> str:
    from ...services.search import title_beside_snippet

    if not results.groups:
        return f"Nothing found for {results.query!r}.\n"
    count = len(results)
    lines = [f"{count} hit{'s' if count != 1 else ''} for {results.query!r}:"]
    for group in results.groups:
        lines.append("")
        lines.append(group.full_name)
        for hit in group.hits:
            day = hit.day.isoformat() if hit.day else "----------"
            title = title_beside_snippet(hit)
            title = f"{title}: " if title else ""
            private = " (private)" if hit.private else ""
            snippet = "".join(
                (f"{BOLD}{_one_line(text)}{RESET}" if color else f"[{_one_line(text)}]")
                if marked
                else _one_line(text)
                for text, marked in hit.snippet.segments
            )
            lines.append(f"  {day}  {hit.kind.value}{private}: {_one_line(title)}{snippet}")
    if results.limited:
        lines.append("")
        lines.append("Only the best hits are shown; add words or use --limit for more.")
    if results.common:
        lines.append("")
        lines.append("These words are in very many records: the newest of them were ranked.")
    return "\n".join(lines) + "\n"


def _one_line(text: str) -> str:
    """`text` without control characters (an escape sequence typed into a note must not
    drive the terminal), spaces kept as they are."""
    return "".join(c for c in text if c >= " " and c != "\x7f")
