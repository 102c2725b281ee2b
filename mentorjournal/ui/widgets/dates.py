"""Date widgets of the editors: dates in the locale's short format with a calendar popup, and
an optional date that can be "not set" (None) and cleared again."""

from __future__ import annotations

import datetime as dt
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, QLocale, QObject, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

# Dates keep their natural width instead of stretching across a form.
_COMPACT = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

# Shown as "Not set": one day before the first date the services accept (1900-01-01).
_NOT_SET = QDate(1899, 12, 31)
_LATEST = QDate(9999, 12, 31)  # later typos reach the services, which explain the limit


def _tr(text: str) -> str:
    return QCoreApplication.translate("dates", text)


def short_date_format() -> str:
    """The locale's short date format, always with a four-digit year (no 1900/2000 guessing)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def short_time_format() -> str:
    return QLocale().timeFormat(QLocale.FormatType.ShortFormat)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def format_date(value: date | None) -> str:
    """A date for a label, in the same format the date fields use."""
    if value is None:
        return _tr("not set")
    return QLocale().toString(to_qdate(value), short_date_format())


def date_edit(value: date | None = None) -> QDateEdit:
    """A required date: short format, calendar popup, today unless given."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(short_date_format())
    edit.setMinimumDate(QDate(1752, 9, 14))
    edit.setMaximumDate(_LATEST)
    edit.setDate(to_qdate(value) if value else QDate.currentDate())
    edit.setMinimumWidth(140)
    edit.setSizePolicy(_COMPACT)
    return edit


def datetime_edit(value: QDateTime) -> QDateTimeEdit:
    """A date and time to the minute: short formats, calendar popup."""
    edit = QDateTimeEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(f"{short_date_format()} {short_time_format()}")
    edit.setMaximumDate(_LATEST)
    edit.setDateTime(value)
    edit.setMinimumWidth(180)
    edit.setSizePolicy(_COMPACT)
    return edit


class _DateEdit(QDateEdit):
    """A QDateEdit whose minimum date means "not set"; arrow keys from there start at today."""

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt override)
        if self.date() == self.minimumDate():
            self.setDate(QDate.currentDate())
            return
        super().stepBy(steps)


class OptionalDateEdit(QWidget):
    """A date that may be left empty: shows "Not set" until a date is picked, with a Clear
    button to go back to no date. `date()` is a `datetime.date` or None."""

    changed = Signal()

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edit = _DateEdit()
        self._edit.setCalendarPopup(True)
        self._edit.setDisplayFormat(short_date_format())
        self._edit.setMinimumDate(_NOT_SET)
        self._edit.setMaximumDate(_LATEST)
        self._edit.setSpecialValueText(_tr("Not set"))
        self._edit.setMinimumWidth(140)
        self._edit.setSizePolicy(_COMPACT)
        self.setSizePolicy(_COMPACT)
        self._edit.calendarWidget().installEventFilter(self)
        self._clear = QToolButton()
        self._clear.setText(_tr("Clear"))
        self._clear.setToolTip(_tr("Remove this date"))
        self._clear.setAccessibleName(_tr("Clear date"))
        self._clear.setFocusPolicy(self._clear.focusPolicy().TabFocus)
        self._clear.clicked.connect(lambda: self.set_date(None))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._edit, 1)
        layout.addWidget(self._clear)
        self.setFocusProxy(self._edit)
        self._edit.dateChanged.connect(self._on_changed)
        self.set_date(value)

    def date(self) -> dt.date | None:
        qdate = self._edit.date()
        return None if qdate == _NOT_SET else from_qdate(qdate)

    def set_date(self, value: dt.date | None) -> None:
        self._edit.setDate(_NOT_SET if value is None else to_qdate(value))
        self._on_changed()

    def date_edit(self) -> QDateEdit:
        """The inner QDateEdit (for tests and tab order)."""
        return self._edit

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt override)
        super().setAccessibleName(name)
        self._edit.setAccessibleName(name)
        # The text field inside the date edit is what takes the focus: it must speak too.
        for field in self._edit.findChildren(QLineEdit):
            field.setAccessibleName(name)

    def setToolTip(self, tip: str) -> None:  # noqa: N802 (Qt override)
        super().setToolTip(tip)
        self._edit.setToolTip(tip)

    def state_value(self) -> object:
        return self.date()

    def _on_changed(self) -> None:
        self._clear.setEnabled(self.date() is not None)
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # The calendar of an unset date would open in December 1899: open it at today instead.
        if event.type() == QEvent.Type.Show and self.date() is None:
            today = QDate.currentDate()
            self._edit.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)
