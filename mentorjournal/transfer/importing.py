"""Importing a bundle into a journal: a preview first, then one transaction.

Records are matched by public id (skills also by name, tags by their case-folded key), so the
same file imported twice changes nothing. Per record the preview says:
- added: not in this journal yet;
- unchanged: the same content is already here (time stamps aside);
- updated: here with other content, and the file's copy was changed later;
- conflict: here with other content, and this journal's copy was changed later (after the
  file's copy): both sides changed it.
The trainer picks the rule for records that differ (`ConflictRule`):
- keep the newer: the later-changed version wins (updated -> the file's; conflict -> ours);
- keep both: ours stays as it is and the file's version is added beside it as a copy (new
  public id). Mentees and skills are never doubled: for them the newer version wins.
Import adds and updates; it never deletes (attendees and tags missing from the file stay).
Everything happens in one transaction: any error rolls the whole import back.

The work is done in three steps, each in its own module: records.py reads and checks the
file's records, matching.py compares them with this journal's (the preview), writing.py
writes the plan. This module runs them: the preview, the backup, the one transaction. Each
step goes through the records a batch at a time (memory stays flat whatever the size).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..store.journal import Journal
from .bundle import Bundle
from .matching import Planner
from .plan import ConflictRule, ImportPlan, ImportResult
from .writing import Writer

# From this many new records on, the search index is rebuilt once instead of row by row.
BULK_RECORDS = 5000


def preview_import(journal: Journal, bundle: Bundle) -> ImportPlan:
    """Validate every record of the bundle against this journal and say what importing would
    do. Reads only. Raises `BundleInvalid` for a record that cannot be imported."""
    with journal.reading() as s:
        return Planner(s.connection(), bundle).plan()


def apply_import(
    journal: Journal,
    bundle: Bundle,
    rule: ConflictRule = ConflictRule.KEEP_NEWER,
    *,
    backup: Callable[[Journal], Any] | None = None,
) -> ImportResult:
    """Import the bundle in one transaction, resolving differing records by `rule`.

    `backup(journal)` is called right before the transaction when the import changes
    anything (by default `mentorjournal.backups.make_backup(journal, reason="import")`).
    """
    with journal.reading() as s:
        # Only whether anything changes (and whether many records come): the preview the
        # trainer saw has checked the whole file already, and the transaction checks again.
        plan = Planner(s.connection(), bundle).plan(enough_adds=BULK_RECORDS)
    result = ImportResult()
    if not plan.changes_anything:
        result.unchanged = plan.unchanged
        return result
    result.backup = (backup or backup_before_import)(journal)
    with journal.transaction() as s:
        # Planned again inside the transaction, batch by batch as it writes: what we write
        # matches what is there now.
        writer = Writer(Planner(s.connection(), bundle))
        if plan.added >= BULK_RECORDS:
            # Many new records: index them for search once at the end, not row by row.
            from ..store import search_index

            with search_index.bulk_load(s.connection()):
                writer.write(rule, result)
        else:
            writer.write(rule, result)
    return result


def backup_before_import(journal: Journal) -> Any:
    """The hook the import calls before its transaction: a backup with the reason "import"."""
    from ..backups import make_backup

    return make_backup(journal, reason="import")
