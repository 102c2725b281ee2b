"""Shared building blocks so every editor looks and reads the same: right-aligned form
labels, grey hints, red error lines under fields, text areas, and the "private" marking."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QWidget

ERROR_COLOR = QColor("#b3261e")
HINT_COLOR = QColor("#5f6368")
# A warm tint on private text: recognisable at a glance, calm enough to write in all day.
PRIVATE_BACKGROUND = QColor("#fff6e0")


def make_form() -> QFormLayout:
    """A form with right-aligned labels, fields that grow, and no row wrapping."""
    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setHorizontalSpacing(10)
    form.setVerticalSpacing(6)
    return form


def _color(widget: QWidget, role: QPalette.ColorRole, color: QColor) -> None:
    palette = widget.palette()
    palette.setColor(role, color)
    widget.setPalette(palette)


def error_label() -> QLabel:
    """The red line under a field; hidden (taking no space) until it has a message."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setObjectName("fieldError")
    label.setAccessibleName(QCoreApplication.translate("form", "Problem"))
    _color(label, QPalette.ColorRole.WindowText, ERROR_COLOR)
    label.hide()
    return label


def hint_label(text: str) -> QLabel:
    """A short grey explanation under a field or at the top of a group."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
    label.setFont(font)
    _color(label, QPalette.ColorRole.WindowText, HINT_COLOR)
    return label


class NoteEdit(QPlainTextEdit):
    """A plain-text editor whose text is what was typed: Qt's own `toPlainText()` turns
    no-break spaces into ordinary ones (French « guillemets », numbers and units), which
    would change a note each time it is edited."""

    def toPlainText(self) -> str:  # noqa: N802 (Qt override)
        raw = self.document().toRawText()
        # Raw text separates paragraphs (and soft line breaks) with U+2029 / U+2028.
        return raw.replace("\u2029", "\n").replace("\u2028", "\n")


def text_area(placeholder: str = "", min_height: int = 70) -> QPlainTextEdit:
    """Multi-line notes; Tab moves on to the next field rather than typing a tab."""
    edit = NoteEdit()
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(min_height)
    return edit


def mark_private(widget: QWidget) -> None:
    """Tint a text field that holds private notes (they stay in the app unless asked)."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Base, PRIVATE_BACKGROUND)
    widget.setPalette(palette)
    widget.setAccessibleDescription(
        QCoreApplication.translate("form", "Private: left out of summaries and exports.")
    )
