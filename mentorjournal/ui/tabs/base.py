"""What the record tabs share: a table of one mentee's records and New/Edit/Delete buttons.

A tab only reads through the services; it asks the main window to open editors or to delete
by emitting signals, so the window stays the one place that opens dialogs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from ...services import Services
from ..common import EmptyStack, table_view
from ..item_models import ID_ROLE, RowTableModel


class RecordTab(QWidget):
    """A table of records with New/Edit/Delete; subclasses fetch rows and add detail panes."""

    new_requested = Signal()
    edit_requested = Signal(int)
    delete_requested = Signal(int)
    current_changed = Signal()

    CONTEXT = "RecordTab"
    NEW_TEXT = "New"
    EMPTY_TEXT = "Nothing here yet."
    ACCESSIBLE_NAME = "Records"

    def __init__(self, services: Services, model: RowTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.mentee_id: int | None = None
        self.model = model
        model.setParent(self)
        self.view: QTableView = table_view(model, self.tr_(self.ACCESSIBLE_NAME))
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        # activated: double-click or Enter, depending on the platform.
        self.view.activated.connect(self._on_activated)

        self.new_button = QPushButton(self.tr_(self.NEW_TEXT))
        self.new_button.setProperty("role", "primary")
        self.edit_button = QPushButton(self.tr_("Edit…"))
        self.delete_button = QPushButton(self.tr_("Delete…"))
        self.new_button.clicked.connect(self.new_requested)
        self.edit_button.clicked.connect(self._request_edit)
        self.delete_button.clicked.connect(self._request_delete)
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setAccessibleName(button.text().rstrip("…"))

        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.new_button)
        self.buttons.addWidget(self.edit_button)
        self.buttons.addWidget(self.delete_button)
        self.buttons.addStretch(1)

        self.stack = EmptyStack(self.build_content(), self.tr_(self.EMPTY_TEXT))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addLayout(self.buttons)
        layout.addWidget(self.stack, 1)
        self._update_buttons()

    # --- for subclasses ------------------------------------------------------------------
    def tr_(self, text: str) -> str:
        return QCoreApplication.translate(self.CONTEXT, text)

    def build_content(self) -> QWidget:
        """The widget shown when there are records; the table by default."""
        return self.view

    def fetch(self, mentee_id: int) -> Sequence[Any]:
        raise NotImplementedError

    def show_current(self) -> None:
        """Fill detail panes for the current row (or clear them)."""

    # --- public --------------------------------------------------------------------------
    def load(self, mentee_id: int | None, select_id: int | None = None) -> None:
        """Show the records of `mentee_id`, keeping (or moving to) the selected record."""
        keep = select_id if select_id is not None else self.current_id()
        if mentee_id != self.mentee_id:
            keep = select_id
        self.mentee_id = mentee_id
        self.model.set_rows(self.fetch(mentee_id) if mentee_id is not None else [])
        self.stack.set_empty(self.model.rowCount() == 0)
        if self.model.rowCount():
            index = self.model.index_of_id(keep) if keep is not None else QModelIndex()
            self.select_row(index.row() if index.isValid() else 0)
        self.view.resizeColumnsToContents()
        self.adjust_columns()
        self._update_buttons()
        self.show_current()

    def adjust_columns(self) -> None:
        """Called after each load; subclasses cap or stretch columns here."""

    def reload(self, select_id: int | None = None) -> None:
        self.load(self.mentee_id, select_id)

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row()):
            return None
        value = index.siblingAtColumn(0).data(ID_ROLE)
        return int(value) if value is not None else None

    def current_row(self) -> Any:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if self.current_id() is not None else None

    def select_row(self, row: int) -> None:
        # setCurrentIndex selects before it reports the change (selectRow reports first).
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._update_buttons()

    def select_id(self, record_id: int) -> bool:
        index = self.model.index_of_id(record_id)
        if index.isValid():
            self.select_row(index.row())
        return index.isValid()

    # --- internals -----------------------------------------------------------------------
    def _update_buttons(self) -> None:
        has_mentee = self.mentee_id is not None
        has_current = self.current_id() is not None
        self.new_button.setEnabled(has_mentee)
        self.edit_button.setEnabled(has_current)
        self.delete_button.setEnabled(has_current)

    def _on_current_changed(self, *_args: object) -> None:
        self._update_buttons()
        self.show_current()
        self.current_changed.emit()

    def _on_activated(self, _index: QModelIndex) -> None:
        self._request_edit()

    def _request_edit(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.edit_requested.emit(record_id)

    def _request_delete(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.delete_requested.emit(record_id)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Delete and self.current_id() is not None:
            self._request_delete()
            return
        super().keyPressEvent(event)
