"""Pieces several editors share: choosing the mentee a new record is for, titles with the
mentee's name, and choice combo boxes filled from the vocabularies."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ...services import Services
from ..labels import enum_choices


def _tr(text: str) -> str:
    return QCoreApplication.translate("editors", text)


def choice_combo(enum: type[StrEnum], value: StrEnum | None = None) -> QComboBox:
    """A combo box of a vocabulary's translated labels; the value is the item's data."""
    combo = QComboBox()
    for text, member in enum_choices(enum):
        combo.addItem(text, member)
    if value is not None:
        set_choice(combo, value)
    return combo


def set_choice(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def mentee_combo(services: Services, selected: int | None) -> QComboBox:
    """All mentees by name, for a new record opened without a mentee."""
    combo = QComboBox()
    combo.setMinimumContentsLength(24)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    if selected is None:
        combo.addItem(_tr("Choose a mentee…"), None)
    for m in services.mentees.list_summaries():
        combo.addItem(m.full_name, m.id)
    if selected is not None:
        set_choice(combo, selected)
    return combo


def plain_label(text: str) -> QLabel:
    """A label showing user data: plain text, selectable, never rich text."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


def titled(plain: str, with_name: str, name: str | None) -> str:
    """A window title: `with_name` ("New goal — {name}") when there is a name, else `plain`.
    Both come translated; the name is put in by replace (braces in names stay as typed)."""
    return with_name.replace("{name}", name) if name else plain


def mentee_name(services: Services, mentee_id: int | None) -> str | None:
    if mentee_id is None:
        return None
    return services.mentees.get(mentee_id).full_name


def widget_row(*widgets: QWidget, stretch: bool = True) -> QWidget:
    """Several small widgets side by side in one form field."""
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    for w in widgets:
        layout.addWidget(w)
    if stretch:
        layout.addStretch(1)
    return box
