"""Small building blocks shared by the pages: plain-text labels, tables, empty states."""

from __future__ import annotations

import html
import unicodedata

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTextEdit,
    QWidget,
)

from .style import current


def text_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction `text` is written in, from its first strong letter (Unicode's rule P2):
    right to left for Arabic, left to right for Latin or Ethiopic; None when it has no letter
    (digits, dates), to follow the window."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return None


def plain_label(
    text: str = "",
    *,
    object_name: str = "",
    role: str = "",
    wrap: bool = False,
    selectable: bool = False,
    parent: QWidget | None = None,
) -> QLabel:
    """A label that shows `text` literally (user data is never read as rich text)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    if object_name:
        label.setObjectName(object_name)
    if role:
        label.setProperty("role", role)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def section_title(text: str, parent: QWidget | None = None) -> QLabel:
    return plain_label(text, object_name="sectionTitle", parent=parent)


class TextDirectionDelegate(QStyledItemDelegate):
    """Cells laid out in their text's own direction: in the Arabic window an English topic
    stays at the cell's right edge but keeps its ellipsis and end punctuation at its end
    (Qt lays every cell out right to left there, moving "…" in front of the words)."""

    def initStyleOption(  # noqa: N802 - Qt's name
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if (
            option.direction != Qt.LayoutDirection.RightToLeft
            or not option.text
            or option.features
            & (
                QStyleOptionViewItem.ViewItemFeature.HasDecoration
                | QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
            )
            or text_direction(option.text) != Qt.LayoutDirection.LeftToRight
        ):
            return  # icons and check boxes stay where the window's direction puts them
        alignment = option.displayAlignment
        horizontal = alignment & Qt.AlignmentFlag.AlignHorizontal_Mask
        if horizontal not in (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignLeading):
            return  # centred and trailing cells read the same either way
        option.direction = Qt.LayoutDirection.LeftToRight
        option.displayAlignment = (
            (alignment & Qt.AlignmentFlag.AlignVertical_Mask)
            | Qt.AlignmentFlag.AlignRight
            | Qt.AlignmentFlag.AlignAbsolute
        )


def table_view(model: QAbstractItemModel, accessible_name: str) -> QTableView:
    """A row-selecting, read-only table that looks like a list."""
    view = QTableView()
    view.setModel(model)
    view.setItemDelegate(TextDirectionDelegate(view))
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 14)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


Block = tuple[str, str]  # (kind, text): kind is "title", "meta", "heading" or "body"


class ReadingPane(QTextEdit):
    """A read-only pane for notes and reflections: headings in bold, the trainer's text as
    she typed it. Every piece of text is HTML-escaped, so notes can never turn into markup."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAccessibleName(accessible_name)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.document().setDocumentMargin(10)

    def show_blocks(self, blocks: list[Block]) -> None:
        c = current()  # read now, not at import: the theme is applied after imports
        styles = {
            "title": "font-weight:600; font-size:11pt; margin-top:0; margin-bottom:4px;",
            "meta": f"color:{c.muted}; margin-top:0; margin-bottom:2px;",
            "heading": f"font-weight:600; color:{c.accent}; margin-top:12px; margin-bottom:0;",
            "body": "white-space:pre-wrap; margin-top:6px; margin-bottom:0;",
        }
        parts = [
            f'<p style="{styles.get(kind, styles["body"])}">{html.escape(text)}</p>'
            for kind, text in blocks
        ]
        self.setHtml("".join(parts))


def reading_pane(accessible_name: str) -> ReadingPane:
    return ReadingPane(accessible_name)


class EmptyStack(QStackedWidget):
    """Shows `content`, or a message saying what to do when there is nothing to show."""

    def __init__(self, content: QWidget, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.empty_label = plain_label(message, object_name="emptyState", wrap=True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(content)
        self.addWidget(self.empty_label)

    def set_message(self, message: str) -> None:
        self.empty_label.setText(message)

    def set_empty(self, empty: bool) -> None:
        self.setCurrentWidget(self.empty_label if empty else self.content)

    def is_empty(self) -> bool:
        return self.currentWidget() is self.empty_label
