"""What an import would do and what it did: the conflict rule, the preview per kind of record
and the result. Plain data for the import dialog, the CLI and the tests (transfer/matching.py
computes the preview, transfer/writing.py the result)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class ConflictRule(StrEnum):
    KEEP_NEWER = "keep-newer"
    KEEP_BOTH = "keep-both"


RULE_LABELS = {
    ConflictRule.KEEP_NEWER: "Keep the newer version",
    ConflictRule.KEEP_BOTH: "Keep both (add the file's version as a copy)",
}


class Action(StrEnum):
    ADD = "added"
    SAME = "unchanged"
    UPDATE = "updated"
    CONFLICT = "conflict"


@dataclass
class KindPlan:
    """The preview of one kind of record."""

    name: str
    label: str
    added: int = 0
    unchanged: int = 0
    updated: int = 0
    conflicts: int = 0


@dataclass
class ImportPlan:
    """What importing the bundle would do: counts per kind and the list of conflicts."""

    kinds: list[KindPlan]
    conflicts: list[tuple[str, str]]  # (kind label, short description) for the preview
    fills_journal_details: bool = False

    @property
    def added(self) -> int:
        return sum(k.added for k in self.kinds)

    @property
    def updated(self) -> int:
        return sum(k.updated for k in self.kinds)

    @property
    def conflict_count(self) -> int:
        return sum(k.conflicts for k in self.kinds)

    @property
    def unchanged(self) -> int:
        return sum(k.unchanged for k in self.kinds)

    @property
    def changes_anything(self) -> bool:
        return bool(self.added or self.updated or self.conflict_count or self.fills_journal_details)


@dataclass
class ImportResult:
    """What the import did."""

    added: int = 0
    updated: int = 0
    copied: int = 0  # file versions added beside ours (keep both)
    kept: int = 0  # conflicts where this journal's version stayed
    unchanged: int = 0
    backup: Any = None  # the backup made right before, when mentorjournal.backups made one
