"""`mentorjournal backup`: back up a journal now, list its backups, or restore one.

`--list` and `--restore` work from the journal's path alone, so they also serve a journal
that is damaged, unreadable or gone. A restore asks first (`--yes` is for scripts) and, for an
encrypted backup, asks the passphrase without echo or reads MENTORJOURNAL_PASSPHRASE; never
from the command line. A restore is refused, in one line, while the app has the journal open.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from ..common import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, add_db_option, print_error

if TYPE_CHECKING:
    from pathlib import Path

    from ...backups import Backup, Restored
    from ...store.errors import JournalError
    from ..common import Subparsers

PASSPHRASE_ENV = "MENTORJOURNAL_PASSPHRASE"


def add_parser(subparsers: Subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "backup",
        help="back up the journal, list its backups or restore one",
        description="Without options, back up the journal now. --list shows its backups, "
        "newest first, numbered; --restore N puts backup N back in place of the journal "
        "(the current journal is backed up first, or kept aside untouched if it is damaged).",
    )
    add_db_option(parser)
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--list", action="store_true", help="list the journal's backups")
    what.add_argument("--restore", metavar="N", type=int, help="restore backup number N of --list")
    parser.add_argument("--yes", action="store_true", help="restore without asking")
    return parser


def run(args: argparse.Namespace) -> int:
    from ...store.journal import resolve_journal_path

    path = resolve_journal_path(args.db)
    if args.list:
        return list_command(path)
    if args.restore is not None:
        return restore_command(path, args.restore, yes=args.yes)
    return backup_now(path)


def backups_hint(error: JournalError) -> str:
    """For a journal that a backup could replace (damaged, not a journal, unreadable) and
    that has backups: where to look, on the same line as the error. Else ""."""
    from ...backups import list_backups, restore_offer_applies

    path = getattr(error, "path", None)
    if path is None or not restore_offer_applies(error, path) or not list_backups(path):
        return ""
    return f" Its backups: mentorjournal backup --db {path} --list"


def backup_now(path: Path) -> int:
    from ...backups import Reason, make_backup
    from ...store.errors import JournalNotFound
    from ...store.journal import open_journal

    if not path.exists():
        raise JournalNotFound(path)
    # Opening runs the checks (and upgrades an old journal, which makes its own backup).
    with open_journal(path) as journal:
        backup = make_backup(journal, Reason.MANUAL)
    print(f"Backed up to {backup.path} ({human_size(backup.size)}).")
    return EXIT_OK


def list_command(path: Path) -> int:
    from ...backups import folder_for, list_backups

    backups = list_backups(path)
    if not backups:
        print(f"No backups of {path} (they would be in {folder_for(path)}).")
        return EXIT_OK
    print(f"Backups of {path}, newest first (in {folder_for(path)}):")
    for n, b in enumerate(backups, 1):
        print(format_row(n, b))
    print("Restore one with: mentorjournal backup --db JOURNAL --restore N")
    return EXIT_OK


def format_row(n: int, b: Backup) -> str:
    when = b.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
    lock = "  encrypted" if b.encrypted else ""
    return f"{n:3}  {when}  {b.reason_label:<24} {human_size(b.size):>9}{lock}"


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    raise AssertionError  # pragma: no cover


def _can_ask() -> bool:
    stdin = sys.stdin
    return stdin is not None and not stdin.closed and stdin.isatty()


def restore_command(path: Path, number: int, *, yes: bool) -> int:
    from ...backups import list_backups, restore_backup
    from ...store.instance_lock import refuse_if_open_in_app, writing_from_cli

    # Replacing the file under a running app would have it write on into the old journal
    # (its open file) while the restored one sits at the path: a split journal.
    refuse_if_open_in_app(path)
    backups = list_backups(path)
    if not backups:
        print_error(f"There are no backups of {path} to restore.")
        return EXIT_PROBLEM
    if not 1 <= number <= len(backups):
        print_error(
            f"There is no backup number {number}; 'backup --list' shows 1 to {len(backups)}."
        )
        return EXIT_USAGE
    backup = backups[number - 1]
    if not yes and not _can_ask():
        print_error("Not restoring: there is no terminal to confirm on. Add --yes to restore.")
        return EXIT_USAGE
    identities: list[str] = []
    if backup.encrypted:
        passphrase = _passphrase()
        if passphrase is None:
            print_error(
                "This backup is encrypted: give its passphrase on a terminal or in "
                f"{PASSPHRASE_ENV}."
            )
            return EXIT_USAGE
        from ...backups.keys import unlock_identities

        print("Unlocking the backup key (this takes a few seconds)...", file=sys.stderr)
        identities = unlock_identities(path, passphrase)
    when = backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
    if not yes and not _confirmed(path, when):
        print("Nothing was restored.")
        return EXIT_PROBLEM
    with writing_from_cli(path):  # the app must not open it while it is being replaced
        restored = restore_backup(path, backup, identities=identities)
    print(format_result(path, when, restored))
    return EXIT_OK


def format_result(path: Path, when: str, restored: Restored) -> str:
    lines = [f"Restored the backup of {when} to {path}."]
    if restored.safety_backup is not None:
        lines.append(f"The journal as it was is backed up in {restored.safety_backup.path}.")
    if restored.kept_aside is not None:
        lines.append(f"The damaged journal was kept, untouched, as {restored.kept_aside}.")
    return "\n".join(lines)


def _passphrase() -> str | None:
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env
    if not _can_ask():
        return None
    import getpass

    try:
        return getpass.getpass("Passphrase of the journal's backups: ")
    except EOFError:
        return None


def _confirmed(path: Path, when: str) -> bool:
    try:
        answer = input(f"Replace {path} with the backup of {when}? [y/N] ")
    except EOFError:
        return False
    return answer.strip().casefold() in ("y", "yes")
