"""Shared building blocks so every editor looks and reads the same: right-aligned form
labels, grey hints, red error lines under fields, text areas, and the "private" marking."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QWidget

from ..style import colour

# The light theme's tint, kept for older imports; fields take the applied theme's
# `private_bg` (this cream under the dark theme's light text was unreadable).
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
    # The theme's warning colour, read now: the theme is applied once, before windows are
    # built (a fixed red read at 3.6:1 on the dark window).
    _color(label, QPalette.ColorRole.WindowText, colour("warning"))
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
    # The theme's muted text (4.5:1 or more on its window; a fixed grey was 2.9:1 on dark).
    _color(label, QPalette.ColorRole.WindowText, colour("muted"))
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
    palette.setColor(QPalette.ColorRole.Base, colour("private_bg"))
    widget.setPalette(palette)
    widget.setAccessibleDescription(
        QCoreApplication.translate("form", "Private: left out of summaries and exports.")
    )
