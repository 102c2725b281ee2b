"""Reading an editor's widgets into a JSON-able draft and writing a draft back into them.

Each tracked input of an `EditorDialog` becomes one entry of `{"fields": {key: value}}`:
the key is the service field name the editor registered it under (or `#n`, its place among
the tracked widgets). Values are plain JSON (dates as ISO text), so a draft survives the
journal and a fallback file alike and comes back complete: every field, every line.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ...models import ActionItemFields, ActionOwner, Attendance
from ..editors.session_parts import ActionItemsEntry, AttendeesPanel
from ..widgets import OptionalDateEdit, SearchableChecklist

JSON = Any


def _plain(value: object) -> JSON:
    """Combo data as JSON: ints, strings (StrEnum included) and None; else None."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, str):
        return str(value)
    return None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _date(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) and value else None


def read_widget(widget: QWidget) -> JSON:
    """The value of one input, as JSON."""
    if isinstance(widget, AttendeesPanel):
        return [[a.mentee_id, a.confidence] for a in widget.attendances()]
    if isinstance(widget, ActionItemsEntry):
        return [[a.text, str(a.owner), _iso(a.due_date)] for a in widget.items()]
    if isinstance(widget, SearchableChecklist):
        return widget.checked_ids()
    if isinstance(widget, OptionalDateEdit):
        return _iso(widget.date())
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        index = widget.currentIndex()
        return {"index": index, "data": _plain(widget.currentData()), "text": widget.currentText()}
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toString(Qt.DateFormat.ISODate)
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return widget.value()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    return None


def write_widget(widget: QWidget, value: JSON) -> None:
    """Put a draft value back into its input (a value of the wrong shape is ignored: the
    record's own value stays, which is safe)."""
    if isinstance(widget, AttendeesPanel) and isinstance(value, list):
        widget.set_attendances(
            [Attendance(mentee_id=int(i), confidence=c) for i, c in value if isinstance(i, int)]
        )
    elif isinstance(widget, ActionItemsEntry) and isinstance(value, list):
        widget.table.setRowCount(0)
        widget.entry.clear()
        for text, owner, due in value:
            widget.add_row(
                ActionItemFields(text=str(text), owner=ActionOwner(owner), due_date=_date(due))
            )
    elif isinstance(widget, SearchableChecklist) and isinstance(value, list):
        widget.set_checked([int(i) for i in value])
    elif isinstance(widget, OptionalDateEdit):
        widget.set_date(_date(value))
    elif isinstance(widget, QLineEdit) and isinstance(value, str):
        widget.setText(value)
    elif isinstance(widget, QPlainTextEdit) and isinstance(value, str):
        widget.setPlainText(value)
    elif isinstance(widget, QComboBox) and isinstance(value, dict):
        _choose(widget, value)
    elif isinstance(widget, QAbstractButton) and isinstance(value, bool):
        widget.setChecked(value)
    elif isinstance(widget, QDateTimeEdit) and isinstance(value, str):
        moment = QDateTime.fromString(value, Qt.DateFormat.ISODate)
        if moment.isValid():
            widget.setDateTime(moment)
    elif isinstance(widget, QSpinBox) and isinstance(value, int):
        widget.setValue(value)
    elif isinstance(widget, QDoubleSpinBox) and isinstance(value, int | float):
        widget.setValue(float(value))
    elif isinstance(widget, QAbstractSpinBox) and isinstance(value, str):
        line = widget.findChild(QLineEdit)
        if line is not None:
            line.setText(value)


def _choose(combo: QComboBox, value: dict[str, JSON]) -> None:
    """The item with the same data (ids, vocabulary values), else the same text, else the
    same place: a list of mentees may have grown since the draft was kept."""
    data, text, index = value.get("data"), value.get("text"), value.get("index")
    for i in range(combo.count()):
        if data is not None and _plain(combo.itemData(i)) == data:
            combo.setCurrentIndex(i)
            return
    if (
        data is None
        and isinstance(index, int)
        and 0 <= index < combo.count()
        and combo.itemData(index) is None
    ):
        combo.setCurrentIndex(index)
        return
    for i in range(combo.count()):
        if combo.itemText(i) == text:
            combo.setCurrentIndex(i)
            return
