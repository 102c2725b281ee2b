"""Words shown for vocabulary values (status, kind, owner...), through Qt's translation."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from ..models import LABELS


def enum_label(value: StrEnum) -> str:
    """The translated label of a vocabulary value, e.g. SessionKind.WORKPLACE_VISIT."""
    return QCoreApplication.translate("labels", LABELS[value])


def enum_choices(enum: type[StrEnum]) -> list[tuple[str, StrEnum]]:
    """(label, value) pairs in declaration order, for combo boxes."""
    return [(enum_label(member), member) for member in enum]
