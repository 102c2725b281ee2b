"""The Sessions view's table model: sessions of every mentee, read a page at a time.

The model holds light rows (no notes) and asks for the next page only when the view scrolls
near the end (`canFetchMore`/`fetchMore`), so a journal with 300,000 sessions opens the view
with 200 rows in memory and no widget per row.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ...services.session_list import PAGE_SIZE, SessionListRow, SessionQuery
from .. import formatting
from ..labels import enum_label
from ..reading import preview_text
from .base import ID_ROLE
from .records import TOOLTIP_CHARS, TOOLTIP_LINES

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionListModel", text)


class SessionListModel(QAbstractTableModel):
    """Rows of a `SessionQuery`, newest first, fetched in pages of `page_size`."""

    DATE, MENTEES, PROGRAMME, KIND, TOPICS, TAGS = range(6)
    COLUMNS = ("Date", "Mentee", "Programme", "Kind", "Topics", "Tags")

    def __init__(self, parent: QObject | None = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._query: SessionQuery | None = None
        self._rows: list[SessionListRow] = []
        self._more = False
        self._fetching = False
        self.page_size = page_size

    # --- content -------------------------------------------------------------------------
    def set_query(self, query: SessionQuery | None) -> None:
        """Show `query`'s sessions from the newest (the first page is read now)."""
        self.beginResetModel()
        self._query = query
        self._rows = []
        self._more = False
        if query is not None:
            page = query.page(limit=self.page_size)
            self._rows, self._more = page.rows, page.more
        self.endResetModel()

    def row_at(self, row: int) -> SessionListRow:
        return self._rows[row]

    def loaded(self) -> int:
        return len(self._rows)

    def index_of_id(self, session_id: int) -> QModelIndex:
        for i, row in enumerate(self._rows):
            if row.id == session_id:
                return self.index(i, 0)
        return QModelIndex()

    # --- lazy loading --------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return (
            not parent.isValid() and self._more and self._query is not None and not self._fetching
        )

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        assert self._query is not None
        # Views and testers may ask again while the rows are being inserted: one page at once.
        self._fetching = True
        try:
            page = self._query.page(self._rows[-1].key if self._rows else None, self.page_size)
            self._more = page.more
            if page.rows:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
                self._rows.extend(page.rows)
                self.endInsertRows()
        finally:
            self._fetching = False

    # --- Qt interface --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.COLUMNS)
        ):
            return _tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return formatting.date_time(row.started_at)
            if column == self.MENTEES:
                if len(row.mentees) > 2:
                    return _tr("{first} and {n} others").format(
                        first=row.mentees[0], n=len(row.mentees) - 1
                    )
                return ", ".join(row.mentees)
            if column == self.PROGRAMME:
                return ", ".join(row.programmes)
            if column == self.KIND:
                return enum_label(row.kind)
            if column == self.TOPICS:
                return formatting.first_line(row.topics)
            if column == self.TAGS:
                return ", ".join(row.tags)
        elif role == Qt.ItemDataRole.ToolTipRole:
            if column == self.MENTEES and row.mentees:
                return "\n".join(row.mentees)
            if column == self.TOPICS and row.topics:
                return preview_text(row.topics, TOOLTIP_CHARS, TOOLTIP_LINES)
        return None
