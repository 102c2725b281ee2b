"""An optional number field: empty means None, digits in the user's locale or with a point."""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLineEdit, QWidget


def format_number(value: float | None) -> str:
    """A number as a trainer writes it: 12 rather than 12.0, the locale's decimal mark."""
    if value is None:
        return ""
    if math.isfinite(value) and value == int(value) and abs(value) < 1e15:
        return QLocale().toString(int(value))
    return QLocale().toString(value, "g", 12)


class OptionalNumberEdit(QLineEdit):
    """A number that may be left empty. It accepts any text so that the editor can say what is
    wrong next to the field; `value()` raises ValueError for text that is not a number.
    Out-of-range numbers are let through to the services, which explain the range."""

    def __init__(self, value: float | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaximumWidth(140)
        self.set_value(value)

    def value(self) -> float | None:
        text = self.text().strip().replace("\u00a0", "").replace(" ", "")
        if not text:
            return None
        number, ok = QLocale().toDouble(text)
        if not ok:
            try:
                number = float(text.replace(",", "."))
            except ValueError:
                raise ValueError(text) from None
        if not math.isfinite(number):
            raise ValueError(text)
        return number

    def set_value(self, value: float | None) -> None:
        self.setText(format_number(value))
