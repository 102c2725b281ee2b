"""`mentorjournal export`: the journal, or chosen mentees, as one bundle file.

Encrypted with a passphrase (age, scrypt) by default; `--recipient age1...` encrypts to
people's public keys instead; `--plain` writes readable JSON (for trusted use only).
Private notes and private reflections stay out unless `--include-private`.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ..common import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, add_db_option, print_error

if TYPE_CHECKING:
    from ..common import Subparsers


def add_parser(subparsers: Subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "export",
        help="export the journal or chosen mentees to one (encrypted) file",
        description="Export the whole journal, or chosen mentees with their whole history, "
        "as one file another Mentor Journal can import. Encrypted with a passphrase by "
        "default (the age format: the standard 'age' tool opens it too). The passphrase is "
        "asked without echo, or taken from MENTORJOURNAL_PASSPHRASE. Private notes and "
        "private reflections are left out unless --include-private.",
    )
    add_db_option(parser)
    parser.add_argument("--out", metavar="FILE", help="the file to write (.age, or .json)")
    parser.add_argument(
        "--mentee",
        metavar="NAME-OR-ID",
        action="append",
        default=[],
        help="export only this mentee (repeat for several); default: the whole journal",
    )
    how = parser.add_mutually_exclusive_group()
    how.add_argument(
        "--plain", action="store_true", help="write unencrypted JSON (anyone can read it)"
    )
    how.add_argument(
        "--recipient",
        metavar="AGE-RECIPIENT",
        action="append",
        default=[],
        help="encrypt to this public key (age1...) instead of a passphrase; repeatable",
    )
    parser.add_argument(
        "--include-private",
        action="store_true",
        help="include private notes and private reflections (moving your own journal)",
    )
    parser.add_argument(
        "--show-recipient",
        action="store_true",
        help="print this journal's own public key (age1...) that others can export to",
    )
    return parser


def run(args: argparse.Namespace) -> int:
    from ...crypto import CryptoError, keys
    from ...services import Services
    from ...store.errors import NotFound
    from ..common import open_existing_journal

    if args.show_recipient:
        return _show_recipient(args)
    if not args.out:
        print_error("--out FILE is needed (or --show-recipient).")
        return EXIT_USAGE
    out = Path(args.out).expanduser()
    suffix = out.suffix.lower()
    if args.plain and suffix == ".age":
        print_error("--plain writes readable JSON: give --out a name ending in .json.")
        return EXIT_USAGE
    if not args.plain and suffix == ".json":
        print_error("The export is encrypted: give --out a name ending in .age, or add --plain.")
        return EXIT_USAGE
    try:
        recipients = [keys.parse_recipient(r) for r in args.recipient]
    except CryptoError as error:
        print_error(str(error))
        return EXIT_USAGE

    from ...transfer import BundleStream, export_file

    passphrase = None
    if not args.plain and not recipients:
        from .passphrases import get_passphrase

        passphrase = get_passphrase("Passphrase for the export: ", confirm=True)
    with open_existing_journal(args) as journal:
        mentee_ids: list[int] | None = None
        if args.mentee:
            mentees = Services.for_journal(journal).mentees
            mentee_ids = []
            for wanted in args.mentee:
                try:
                    mentee = mentees.find(wanted)
                except NotFound:
                    print_error(f"No mentee matches {wanted!r}.")
                    return EXIT_PROBLEM
                assert mentee.id is not None
                mentee_ids.append(mentee.id)
        # Written as it is read from the journal (and encrypted on the way): the journal is
        # never held in memory whole (issue 7).
        stream = BundleStream(journal, mentee_ids=mentee_ids, include_private=args.include_private)
        export_file(out, stream, recipients=recipients, passphrase=passphrase)
    counts = stream.counts
    what = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in counts.items() if n)
    how = (
        "unencrypted"
        if args.plain
        else f"encrypted to {len(recipients)} recipient(s)"
        if recipients
        else "encrypted with a passphrase"
    )
    private = " including private notes" if args.include_private else ""
    print(f"Wrote {out} ({how}{private}): {what or 'nothing to export'}.")
    return EXIT_OK


def _show_recipient(args: argparse.Namespace) -> int:
    from ...backups.keys import key_status
    from ..common import open_existing_journal

    with open_existing_journal(args) as journal:
        status = key_status(journal)
    if status is None:
        print_error(
            "This journal has no key yet: turn on encrypted backups (Backups in the app) to "
            "make one."
        )
        return EXIT_PROBLEM
    print(status.recipient)
    return EXIT_OK
