"""A searchable checklist (used for the mentees who attended a session): a filter line over a
list of checkable rows. Matching ignores case and accents, like the mentee list."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from ...services.filters import fold

_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2


class _FoldFilter(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_needle(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter is deprecated
            self.beginFilterChange()
            self._words = fold(text).split()
            self.endFilterChange()
        else:
            self._words = fold(text).split()
            self.invalidateFilter()

    def filterAcceptsRow(  # noqa: N802 (Qt override)
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._words:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        haystack = str(index.data(_SEARCH_ROLE) or "")
        return all(w in haystack for w in self._words)


class SearchableChecklist(QWidget):
    """Rows with a check box each, a filter on top. `checked_ids()` keeps the order in which
    rows were ticked (the first one is the session's main mentee)."""

    checkedChanged = Signal()  # noqa: N815 (Qt naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = QStandardItemModel(self)
        self._proxy = _FoldFilter(self)
        self._proxy.setSourceModel(self._model)
        self._order: list[int] = []
        self._items: dict[int, QStandardItem] = {}

        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.installEventFilter(self)
        self.view = QListView()
        self.view.setModel(self._proxy)
        self.view.setUniformItemSizes(True)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.empty_label = QLabel()
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        self.setFocusProxy(self.filter_edit)

        self.filter_edit.textChanged.connect(self._proxy.set_needle)
        self._model.itemChanged.connect(self._on_item_changed)

    # --- content ------------------------------------------------------------------------
    def set_items(self, items: Iterable[tuple[int, str, str]]) -> None:
        """Rows as (id, label, extra search text), in display order."""
        self._model.clear()
        self._items.clear()
        self._order.clear()
        for ident, text, extra in items:
            item = QStandardItem(text)
            item.setCheckable(True)
            item.setEditable(False)
            item.setData(ident, _ID_ROLE)
            item.setData(fold(f"{text} {extra}"), _SEARCH_ROLE)
            self._model.appendRow(item)
            self._items[ident] = item

    def label_of(self, ident: int) -> str:
        item = self._items.get(ident)
        return item.text() if item else ""

    def checked_ids(self) -> list[int]:
        return list(self._order)

    def state_value(self) -> object:
        return self.checked_ids()

    def set_checked(self, ids: Sequence[int]) -> None:
        self._model.blockSignals(True)
        try:
            for ident, item in self._items.items():
                item.setCheckState(
                    Qt.CheckState.Checked if ident in ids else Qt.CheckState.Unchecked
                )
        finally:
            self._model.blockSignals(False)
        self._order = [i for i in ids if i in self._items]
        self.view.viewport().update()
        self._scroll_to_first_checked()
        self.checkedChanged.emit()

    def _scroll_to_first_checked(self) -> None:
        """The ticked mentee may sit below the fold of a long list: show it."""
        if self._order:
            source = self._items[self._order[0]].index()
            self.view.scrollTo(
                self._proxy.mapFromSource(source), QListView.ScrollHint.PositionAtCenter
            )

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        # Ticked before the dialog was laid out, the list had no height to scroll in yet.
        QTimer.singleShot(0, self, self._scroll_to_first_checked)

    def set_checked_one(self, ident: int, checked: bool) -> None:
        item = self._items[ident]
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # --- reactions ----------------------------------------------------------------------
    def _on_item_changed(self, item: QStandardItem) -> None:
        ident = int(item.data(_ID_ROLE))
        checked = item.checkState() == Qt.CheckState.Checked
        if checked and ident not in self._order:
            self._order.append(ident)
        elif not checked and ident in self._order:
            self._order.remove(ident)
        else:
            return
        self.checkedChanged.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # Keyboard: Enter in the filter ticks (or unticks) the only or first match; Down moves
        # into the list. Enter must not reach the dialog, where it would save.
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._toggle_first_match()
                return True
            if event.key() == Qt.Key.Key_Down and self._proxy.rowCount() > 0:
                self.view.setFocus()
                self.view.setCurrentIndex(self._proxy.index(0, 0))
                return True
        return super().eventFilter(watched, event)

    def _toggle_first_match(self) -> None:
        if self._proxy.rowCount() == 0:
            return
        source = self._proxy.mapToSource(self._proxy.index(0, 0))
        item = self._model.itemFromIndex(source)
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
        self.filter_edit.selectAll()
