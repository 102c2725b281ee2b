"""The mentee list: a table model of `MenteeSummary` rows and the filters in front of it.

Per keystroke in the filter box the work must stay tiny (issue 7: under 30 ms on 600 mentees):
each row's folded text is computed once when the list is read, the filter is compiled once per
change, and sorting happens in the source model with precomputed keys, so the proxy never sorts
(a sorting proxy re-sorts the rows a filter brings back, calling `data()` per comparison).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from ...models import MenteeStatus
from ...services import MenteeSummary, fold
from ...services.filters import MenteeFilter, MenteeKeys, mentee_keys
from .. import formatting
from ..labels import enum_label
from ..style import colour
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

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keys: list[MenteeKeys] = []
        # Per mentee id: (name shown, subtitle, last session), made when first painted.
        self._texts: dict[int, tuple[str, str, str]] = {}
        self._name_font: QFont | None = None
        self._sort_column = self.NAME
        self._sort_order = Qt.SortOrder.AscendingOrder

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        # Keys fold lazily (see MenteeKeys): sorting by name folds the names, nothing else.
        pairs = [(r, mentee_keys(r)) for r in rows]
        pairs.sort(key=self._sort_key_of(self._sort_column), reverse=self._descending())
        self._rows = [p[0] for p in pairs]
        self._keys = [p[1] for p in pairs]
        self._texts = {}
        self.endResetModel()

    def _texts_of(self, row: MenteeSummary) -> tuple[str, str, str]:
        """The row's texts, made once: a paint asks for them several times per cell (text,
        subtitle, accessibility), and a filter keystroke repaints every visible row."""
        texts = self._texts.get(row.id)
        if texts is None:
            texts = (
                display_name(row),
                subtitle(row),
                formatting.short_date(row.last_session_at, _tr("never")),
            )
            self._texts[row.id] = texts
        return texts

    def keys(self, row: int) -> MenteeKeys:
        """The row's folded values (for the filter)."""
        return self._keys[row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows with keys computed once per row (see the module)."""
        if not 0 <= column < len(self.COLUMNS):
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_rows = [self._rows[i.row()] if i.isValid() else None for i in old_persistent]
        pairs = list(zip(self._rows, self._keys, strict=True))
        pairs.sort(key=self._sort_key_of(column), reverse=self._descending())
        self._rows = [p[0] for p in pairs]
        self._keys = [p[1] for p in pairs]
        where = {id(r): i for i, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            old_persistent,
            [
                self.index(where[id(r)], i.column()) if r is not None else QModelIndex()
                for i, r in zip(old_persistent, old_rows, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _descending(self) -> bool:
        return self._sort_order == Qt.SortOrder.DescendingOrder

    def _sort_key_of(self, column: int) -> Callable[[tuple[MenteeSummary, MenteeKeys]], Any]:
        if column == self.LAST_SESSION:
            return lambda p: (
                p[0].last_session_at is not None,
                p[0].last_session_at or 0,
                p[1].name,
            )
        if column == self.OPEN_ACTIONS:
            return lambda p: (p[0].open_actions, p[1].name)
        return lambda p: p[1].name

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
                return self._texts_of(row)[0]
            if column == self.LAST_SESSION:
                return self._texts_of(row)[2]
            if column == self.OPEN_ACTIONS:
                return formatting.count(row.open_actions) if row.open_actions else ""
        elif role == SUBTITLE_ROLE and column == self.NAME:
            return self._texts_of(row)[1]
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
            lines = list(self._texts_of(row)[:2])
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
                return colour("muted")
        elif role == Qt.ItemDataRole.FontRole and column == self.NAME:
            if self._name_font is None:  # one font for every row (Qt copies it anyway)
                self._name_font = QFont()
                self._name_font.setWeight(QFont.Weight.DemiBold)
            return self._name_font
        elif role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return int(Qt.AlignmentFlag.AlignCenter)
        elif role == Qt.ItemDataRole.AccessibleTextRole and column == self.NAME:
            name, sub, _last = self._texts_of(row)
            return f"{name}, {sub}"
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
    """Shows the rows a `MenteeFilter` accepts, in the source model's order (sorting is
    passed on to the source, see the module)."""

    changed = Signal()  # the filter changed (the pane counts active filters)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = MenteeFilter()
        self._accepts = self._filter.compile()
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def current_filter(self) -> MenteeFilter:
        return self._filter

    def set_filter(self, new: MenteeFilter) -> None:
        if new != self._filter:
            self._change_filter(new)

    def set_text(self, text: str) -> None:
        self.set_filter(self._filter.with_(text=text))

    def set_status_filter(self, choice: StatusFilter) -> None:
        self.set_filter(self._filter.with_(statuses=choice.statuses()))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, MenteeListModel):
            model.sort(column, order)

    def _change_filter(self, new: MenteeFilter) -> None:
        # Qt 6.10 replaced invalidateRowsFilter() by begin/endFilterChange().
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self._set(new)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self._set(new)
            self.invalidateRowsFilter()
        self.changed.emit()

    def _set(self, new: MenteeFilter) -> None:
        self._filter = new
        self._accepts = new.compile()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        assert isinstance(model, MenteeListModel)
        return self._accepts(model.summary(source_row), model.keys(source_row))
