"""The mentee list: a table model of `MenteeSummary` rows and the live filter in front of it."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from ...models import MenteeStatus
from ...services import MenteeSummary, fold
from .. import formatting
from ..labels import enum_label
from ..style import MUTED
from .base import SORT_ROLE, RowTableModel

SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 10  # programme · cohort, drawn under the name
OPEN_ACTIONS_ROLE = Qt.ItemDataRole.UserRole + 11


def _tr(text: str) -> str:
    return QCoreApplication.translate("MenteeListModel", text)


def display_name(m: MenteeSummary) -> str:
    """ "Full Name (Preferred)" when the mentee goes by another name."""
    # "Selam Tadesse (Selam)" says nothing new: only show a name that is not already there.
    if m.preferred_name and fold(m.preferred_name) not in fold(m.full_name).split():
        return f"{m.full_name} ({m.preferred_name})"
    return m.full_name


def subtitle(m: MenteeSummary) -> str:
    parts = [p for p in (m.programme, m.cohort) if p]
    if m.status != MenteeStatus.ACTIVE:
        parts.insert(0, enum_label(m.status))
    return " · ".join(parts)


class MenteeListModel(RowTableModel):
    """One row per mentee: name (with programme and cohort), last session, open actions."""

    NAME, LAST_SESSION, OPEN_ACTIONS = range(3)
    COLUMNS = ("Mentee", "Last session", "Open")
    CONTEXT = "MenteeListModel"

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and section == self.OPEN_ACTIONS
        ):
            return _tr("Open action items")
        return super().headerData(section, orientation, role)

    def summary(self, row: int) -> MenteeSummary:
        summary: MenteeSummary = self.row_at(row)
        return summary

    def cell(self, row: MenteeSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return display_name(row)
            if column == self.LAST_SESSION:
                return formatting.short_date(row.last_session_at, _tr("never"))
            if column == self.OPEN_ACTIONS:
                return str(row.open_actions) if row.open_actions else ""
        elif role == SUBTITLE_ROLE and column == self.NAME:
            return subtitle(row)
        elif role == OPEN_ACTIONS_ROLE:
            return row.open_actions
        elif role == SORT_ROLE:
            if column == self.NAME:
                return fold(row.full_name)
            if column == self.LAST_SESSION:
                return row.last_session_at.isoformat() if row.last_session_at else ""
            if column == self.OPEN_ACTIONS:
                return row.open_actions
        elif role == Qt.ItemDataRole.ToolTipRole:
            lines = [display_name(row), subtitle(row)]
            lines.append(
                _tr("{n} sessions, {a} open action items").format(
                    n=row.sessions, a=row.open_actions
                )
            )
            return "\n".join(line for line in lines if line)
        elif role == Qt.ItemDataRole.ForegroundRole:
            if row.status in (MenteeStatus.COMPLETED, MenteeStatus.WITHDRAWN) or (
                column == self.LAST_SESSION and row.last_session_at is None
            ):
                return QColor(MUTED)
        elif role == Qt.ItemDataRole.FontRole and column == self.NAME:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        elif role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return int(Qt.AlignmentFlag.AlignCenter)
        elif role == Qt.ItemDataRole.AccessibleTextRole and column == self.NAME:
            return f"{display_name(row)}, {subtitle(row)}"
        return None


class StatusFilter(Enum):
    """The choices of the status combo; CURRENT (active and paused) is the default."""

    CURRENT = "current"
    ALL = "all"
    ACTIVE = "active"
    PAUSED = "paused"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"

    def statuses(self) -> frozenset[MenteeStatus]:
        if self is StatusFilter.ALL:
            return frozenset(MenteeStatus)
        if self is StatusFilter.CURRENT:
            return frozenset({MenteeStatus.ACTIVE, MenteeStatus.PAUSED})
        return frozenset({MenteeStatus(self.value)})

    def label(self) -> str:
        if self is StatusFilter.CURRENT:
            return _tr("Current (active and paused)")
        if self is StatusFilter.ALL:
            return _tr("All mentees")
        return enum_label(MenteeStatus(self.value))


class MenteeFilterProxy(QSortFilterProxyModel):
    """Filters by status and by the live filter text (case and accents ignored)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._statuses = StatusFilter.CURRENT.statuses()
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        self._change_filter(lambda: setattr(self, "_text", text))

    def set_status_filter(self, choice: StatusFilter) -> None:
        self._change_filter(lambda: setattr(self, "_statuses", choice.statuses()))

    def _change_filter(self, change: Callable[[], None]) -> None:
        # Qt 6.10 replaced invalidateRowsFilter() by begin/endFilterChange().
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        assert isinstance(model, MenteeListModel)
        summary = model.summary(source_row)
        return summary.status in self._statuses and summary.matches(self._text)
