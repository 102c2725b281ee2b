"""`mentorjournal import`: bring a bundle (an export) into a journal.

Shows the preview (added / updated / in conflict / unchanged per kind), then imports in one
transaction after a backup, unless `--dry-run`. A missing journal is created; if the import
fails, the new file is removed again. A file encrypted to a key opens with `--identity FILE`
(an age identity file) or with this journal's own backup key (asks its passphrase).
Refused, in one line, while the app has the journal open (a dry run is fine: it writes
nothing).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ..common import EXIT_OK, EXIT_USAGE, add_db_option, print_error

if TYPE_CHECKING:
    from ...transfer import ImportPlan
    from ..common import Subparsers


def add_parser(subparsers: Subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "import",
        help="import an export file (preview, then one transaction)",
        description="Import a Mentor Journal export (.age or .json). Records are matched by "
        "their public id, so importing the same file twice changes nothing. A record changed "
        "on both sides is resolved by --conflicts: keep-newer (the later-changed version "
        "wins) or keep-both (the file's version is added as a copy; mentees and skills are "
        "never doubled). The passphrase is asked without echo, or taken from "
        "MENTORJOURNAL_PASSPHRASE.",
    )
    add_db_option(parser)
    parser.add_argument("file", metavar="FILE", help="the export to import")
    parser.add_argument(
        "--dry-run", action="store_true", help="show what would change, change nothing"
    )
    parser.add_argument(
        "--conflicts",
        choices=("keep-newer", "keep-both"),
        default="keep-newer",
        help="how to resolve records changed on both sides (default: keep-newer)",
    )
    parser.add_argument(
        "--identity",
        metavar="FILE",
        help="an age identity file (AGE-SECRET-KEY-1...) for files encrypted to a key",
    )
    return parser


def run(args: argparse.Namespace) -> int:
    from ...crypto import CryptoError, keys
    from ...store.journal import open_journal, resolve_journal_path
    from ...transfer import (
        ConflictRule,
        NeedIdentity,
        Protection,
        apply_import,
        open_file,
        peek_file,
        preview_import,
    )

    path = resolve_journal_path(args.db)
    if not args.dry_run:
        from ...store.instance_lock import refuse_if_open_in_app

        # A second writer while the app has the journal open: the app's lists, open editors
        # and drafts would go on showing (and saving over) what the import changed.
        refuse_if_open_in_app(path)
    # Opened from the path: the encrypted file is streamed to the decryption, only the
    # plaintext is held, and its records are read one at a time (issue 7).
    source = Path(args.file).expanduser()
    kind = peek_file(source)
    passphrase = None
    identities: list[str] = []
    if kind is Protection.PASSPHRASE:
        from .passphrases import get_passphrase

        passphrase = get_passphrase("Passphrase of the export: ")
    elif kind is Protection.RECIPIENTS:
        if args.identity:
            try:
                text = Path(args.identity).expanduser().read_text(encoding="utf-8")
                identities = [keys.identity_from_text(text).secret]
            except OSError as error:
                print_error(f"Cannot read {args.identity}: {error.strerror}.")
                return EXIT_USAGE
            except (CryptoError, UnicodeDecodeError) as error:
                print_error(f"{args.identity}: {error}")
                return EXIT_USAGE
        elif path.exists():
            identities = _journal_identities(path)
        else:
            raise NeedIdentity()
    bundle = open_file(source, passphrase=passphrase, identities=identities)

    from contextlib import nullcontext

    from ...store.instance_lock import writing_from_cli

    created = not path.exists()
    keep_new_file = False
    # Held while importing, so the app does not open the journal half-way through.
    writing = nullcontext() if args.dry_run else writing_from_cli(path)
    try:
        with writing, open_journal(path, create=True) as journal:
            plan = preview_import(journal, bundle)
            print(format_plan(plan))
            if args.dry_run:
                print("Dry run: nothing was changed.")
                return EXIT_OK
            if not plan.changes_anything:
                keep_new_file = True
                print("Everything in the file is already in this journal; nothing to do.")
                return EXIT_OK
            result = apply_import(journal, bundle, ConflictRule(args.conflicts))
            keep_new_file = True
    finally:
        if created and not keep_new_file:
            # A journal made only for this import goes again when nothing was imported.
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
    parts = [f"{result.added} added", f"{result.updated} updated"]
    if result.copied:
        parts.append(f"{result.copied} added as copies")
    if result.kept:
        parts.append(f"{result.kept} kept as they were here")
    print(f"Imported into {path}: " + ", ".join(parts) + ".")
    return EXIT_OK


def _journal_identities(path: Path) -> list[str]:
    from ...backups.keys import unlock_identities
    from .passphrases import get_passphrase

    passphrase = get_passphrase("Passphrase of this journal's backup key: ")
    return unlock_identities(path, passphrase)


def format_plan(plan: ImportPlan) -> str:
    """The preview as a small table (counts only, and short labels of conflicts)."""
    lines = [f"{'':22}{'added':>8}{'updated':>9}{'conflict':>10}{'unchanged':>11}"]
    for k in plan.kinds:
        if k.added or k.updated or k.conflicts or k.unchanged:
            lines.append(
                f"{k.label:22}{k.added:>8}{k.updated:>9}{k.conflicts:>10}{k.unchanged:>11}"
            )
    if plan.fills_journal_details:
        lines.append("The journal's owner and institution will be taken from the file.")
    return "\n".join(lines)
