"""A list of records beside the form of the chosen one, with New / Save / Delete: the shape of
the competency framework and templates dialogs. Errors show under their fields as in the
editor dialogs; leaving a record with unsaved changes asks first."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...store.errors import JournalError, ValidationError
from ..style import colour
from ..widgets import error_label, make_form
from .base import _value_of

_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordPanel", text)


@dataclass(frozen=True)
class ListEntry:
    """One line of the list: a record, or a group heading when `record_id` is None."""

    text: str
    record_id: int | None = None
    tooltip: str = ""


class RecordPanel(QWidget):
    """Subclasses build their inputs with `add_row`, and implement `entries`, `load`,
    `save_form` and `delete_record`. `changed` is emitted after the journal changed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current: int | None = None
        self._baseline: object = None
        self._switching = False
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumWidth(260)
        self.list.setSpacing(2)
        self.new_button = QPushButton(_tr("&New"))
        self.delete_button = QPushButton(_tr("&Delete…"))
        self.save_button = QPushButton(_tr("&Save"))
        self.save_button.setDefault(True)
        for b in (self.new_button, self.delete_button):
            b.setAutoDefault(False)

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setWeight(QFont.Weight.DemiBold)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.heading.setFont(font)
        palette = self.heading.palette()
        palette.setColor(self.heading.foregroundRole(), colour("accent"))
        self.heading.setPalette(palette)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setFrameShape(QFrame.Shape.StyledPanel)
        self.message.setMargin(6)
        palette = self.message.palette()
        palette.setColor(self.message.foregroundRole(), colour("warning"))
        self.message.setPalette(palette)
        self.message.hide()
        self.form = make_form()

        self.list_buttons = QHBoxLayout()
        self.list_buttons.setSpacing(6)
        self.list_buttons.addWidget(self.new_button)
        self.list_buttons.addWidget(self.delete_button)
        self.list_buttons.addStretch(1)
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(self.list, 1)
        left.addLayout(self.list_buttons)

        form_buttons = QHBoxLayout()
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(self.heading)
        right.addWidget(self.message)
        right.addLayout(self.form)
        right.addLayout(form_buttons)
        right.addStretch(1)

        columns = QHBoxLayout(self)
        columns.setSpacing(14)
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)

        self.list.currentItemChanged.connect(self._on_current_changed)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete_current)

    # --- to implement --------------------------------------------------------------------
    def entries(self) -> list[ListEntry]:
        raise NotImplementedError

    def load(self, record_id: int | None) -> None:
        """Fill the form with a record, or empty it for a new one."""
        raise NotImplementedError

    def save_form(self, record_id: int | None) -> int:
        """Save the form (a new record when `record_id` is None); return the record's id."""
        raise NotImplementedError

    def delete_record(self, record_id: int) -> bool:
        """Ask, then delete; return whether it was deleted."""
        raise NotImplementedError

    def heading_for(self, record_id: int | None) -> str:
        return _tr("New") if record_id is None else _tr("Edit")

    # --- building ------------------------------------------------------------------------
    def add_row(self, label: str, name: str, widget: QWidget, *, tip: str = "") -> None:
        """A form row: the label, the input and its (hidden) red error line under it."""
        widget.setAccessibleName(label.rstrip(":").replace("&", ""))
        if tip:
            widget.setToolTip(tip)
        error = error_label()
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(error)
        text = QLabel(label)
        text.setBuddy(widget)
        text.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        text.setContentsMargins(0, 4, 0, 0)
        self.form.addRow(text, box)
        self._fields[name] = (widget, error)

    def form_layout(self) -> QFormLayout:
        return self.form

    # --- state ---------------------------------------------------------------------------
    def current_id(self) -> int | None:
        return self._current

    def _state(self) -> object:
        return [_value_of(w) for w, _e in self._fields.values()]

    def has_unsaved_changes(self) -> bool:
        return bool(self._state() != self._baseline)

    def confirm_discard(self) -> bool:
        """True when there is nothing to lose, or the trainer agrees to drop it."""
        if not self.has_unsaved_changes():
            return True
        answer = QMessageBox.question(
            self,
            _tr("Discard changes?"),
            _tr("You have changes that are not saved. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _show(self, record_id: int | None) -> None:
        self.clear_errors()
        self._current = record_id
        self.load(record_id)
        self.heading.setText(self.heading_for(record_id))
        self.delete_button.setEnabled(record_id is not None)
        self._baseline = self._state()

    # --- list ----------------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        """Reload the list and show `select` (or the first record, or a new empty form)."""
        self._switching = True
        try:
            self.list.clear()
            first: QListWidgetItem | None = None
            chosen: QListWidgetItem | None = None
            for entry in self.entries():
                item = QListWidgetItem(entry.text)
                if entry.tooltip:
                    item.setToolTip(entry.tooltip)
                if entry.record_id is None:
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                    font = item.font()
                    font.setWeight(QFont.Weight.Bold)
                    item.setFont(font)
                    item.setForeground(self.heading.palette().color(self.heading.foregroundRole()))
                else:
                    item.setData(_ID_ROLE, entry.record_id)
                    first = first or item
                    if entry.record_id == select:
                        chosen = item
                self.list.addItem(item)
            target = chosen or first
            if target is not None:
                self.list.setCurrentItem(target)
        finally:
            self._switching = False
        current = self.list.currentItem()
        self._show(current.data(_ID_ROLE) if current else None)

    def _on_current_changed(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if self._switching or current is None:
            return
        record_id = current.data(_ID_ROLE)
        if record_id == self._current:
            return
        if not self.confirm_discard():
            self._switching = True
            try:
                if previous is not None:
                    self.list.setCurrentItem(previous)
                else:
                    self.list.setCurrentRow(-1)
            finally:
                self._switching = False
            return
        self._show(record_id)

    def select(self, record_id: int) -> None:
        """Choose a record in the list, as clicking it would."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None and item.data(_ID_ROLE) == record_id:
                self.list.setCurrentItem(item)
                return
        raise KeyError(record_id)

    # --- actions -------------------------------------------------------------------------
    def start_new(self) -> None:
        if not self.confirm_discard():
            return
        self._switching = True
        try:
            self.list.setCurrentRow(-1)
            self.list.clearSelection()
        finally:
            self._switching = False
        self._show(None)
        first = next(iter(self._fields.values()), None)
        if first is not None:
            first[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> bool:
        self.clear_errors()
        try:
            record_id = self.save_form(self._current)
        except ValidationError as error:
            self.show_errors(error.fields)
            return False
        except JournalError as error:
            self.show_errors({"": str(error)})
            return False
        self._baseline = self._state()  # refresh must not ask about what was just saved
        self.refresh(select=record_id)
        self.changed.emit()
        return True

    def delete_current(self) -> None:
        if self._current is None:
            return
        try:
            deleted = self.delete_record(self._current)
        except JournalError as error:
            self.show_errors({"": str(error)})
            return
        if deleted:
            self._baseline = self._state()
            self.refresh()
            self.changed.emit()

    # --- errors --------------------------------------------------------------------------
    def error_label_for(self, name: str) -> QLabel | None:
        f = self._fields.get(name)
        return f[1] if f else None

    def clear_errors(self) -> None:
        self.message.clear()
        self.message.hide()
        for _w, error in self._fields.values():
            error.clear()
            error.hide()

    def show_errors(self, problems: dict[str, str]) -> None:
        unplaced = []
        first: QWidget | None = None
        for name, text in problems.items():
            f = self._fields.get(name)
            if f is None:
                unplaced.append(text)
                continue
            f[1].setText(text)
            f[1].show()
            first = first or f[0]
        if unplaced:
            self.message.setText("\n".join(unplaced))
            self.message.show()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(first, QLineEdit):
                first.selectAll()
