"""Draws a search result row on one line: dates muted, titles in italics, matched words bold.

Each row's text is shaped once into a `QTextLayout` (one shaping for all its pieces, with
Qt's bidirectional ordering, so Arabic snippets inside a left-to-right row come out right)
and kept until the results change: a repaint (hover, selection, scrolling back) only draws
glyphs. Text far past the row's width is cut before shaping, and a row wider than the view
ends in "…". The earlier delegate measured and drew every piece separately and sent rows with
right-to-left text through a rich-text document: about 10 ms per such row under load.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextLine,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..style import colour
from .model import SEGMENTS_ROLE

Index = QModelIndex | QPersistentModelIndex

ELLIPSIS = "…"
LRM = "\u200e"
MARGIN = 2  # pixels between the row's edge and its text
# Rows kept shaped: more than any view shows, few enough to forget old widths quickly.
CACHE_ROWS = 400
# Cut text before shaping at this many characters per average character width of the row:
# no font's characters are narrower on average than a third of its average width.
CHARS_PER_AVERAGE_WIDTH = 3


class _Shaped:
    """A row's text laid out on one line, and where to cut it with "…" (None: it fits)."""

    __slots__ = ("layout", "cut_x", "height")

    def __init__(self, layout: QTextLayout, cut_x: float | None, height: float) -> None:
        self.layout = layout
        self.cut_x = cut_x
        self.height = height


class SnippetDelegate(QStyledItemDelegate):
    """Paints the `SEGMENTS_ROLE` pieces of a row: (text, style) with style one of "muted",
    "plain", "title", "mark" and "name"."""

    def __init__(self, model: QAbstractItemModel, parent: Any = None) -> None:
        super().__init__(parent)
        self._shaped: dict[tuple[int, int, int, bool, str], _Shaped] = {}
        # Shaped rows belong to one set of results (rows are keyed by their place in it).
        model.modelAboutToBeReset.connect(self.forget)

    def forget(self, *_args: object) -> None:
        self._shaped.clear()

    def shaped_rows(self) -> int:
        return len(self._shaped)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # The view's option already has the state, palette and font; the text is ours, so
        # initStyleOption (several calls into the Python model) is not needed for the panel.
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        font: QFont = option.font
        width = rect.width() - 2 * MARGIN
        if width <= 0:
            return
        shaped = self._shape(index, font, width, selected)
        if shaped is None:
            return
        palette: QPalette = option.palette
        color = palette.color(
            QPalette.ColorGroup.Normal,
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text,
        )
        top = rect.top() + (rect.height() - shaped.height) / 2
        left = rect.left() + MARGIN
        painter.save()
        painter.setPen(color)
        if shaped.cut_x is None:
            painter.setClipRect(rect)
        else:
            painter.setClipRect(int(left), rect.top(), int(shaped.cut_x) + 1, rect.height())
        shaped.layout.draw(painter, QPointF(left, top))
        if shaped.cut_x is not None:
            painter.setClipRect(rect)
            painter.setFont(font)
            painter.drawText(
                QPointF(left + shaped.cut_x, top + QFontMetricsF(font).ascent()), ELLIPSIS
            )
        painter.restore()

    def _shape(self, index: Index, font: QFont, width: int, selected: bool) -> _Shaped | None:
        key = (int(index.internalId()), index.row(), width, selected, font.key())
        shaped = self._shaped.get(key)
        if shaped is None:
            pieces = index.data(SEGMENTS_ROLE)
            if not pieces:
                return None
            if len(self._shaped) >= CACHE_ROWS:
                self._shaped.clear()
            shaped = self._shaped[key] = shape_row(pieces, font, width, selected)
        return shaped

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        base = super().sizeHint(option, index)
        height = option.fontMetrics.height() + 8
        return QSize(base.width(), max(base.height(), height))


def _format(style: str, selected: bool) -> QTextCharFormat | None:
    fmt = QTextCharFormat()
    if style in ("mark", "name"):
        fmt.setFontWeight(QFont.Weight.Bold)
    elif style == "title":
        fmt.setFontItalic(True)
    elif style == "muted" and not selected:
        # The theme's muted text (4.5:1 on its base); Qt's gray was under 3:1 in high contrast.
        fmt.setForeground(colour("muted"))
    else:
        return None
    return fmt


def shape_row(pieces: list[tuple[str, str]], font: QFont, width: int, selected: bool) -> _Shaped:
    """Lay out `pieces` on one line of at most `width` pixels (cut with "…" if longer)."""
    metrics = QFontMetricsF(font)
    most = int(width / max(1.0, metrics.averageCharWidth()) * CHARS_PER_AVERAGE_WIDTH) + 1
    text_parts: list[str] = []
    ranges: list[QTextLayout.FormatRange] = []
    at = 0
    for text, style in pieces:
        piece = " ".join(text.splitlines()) if "\n" in text or "\r" in text else text
        if style == "muted":
            # A left-to-right mark: a mentee's count "(3)" after an Arabic name stays on its
            # right instead of joining the name's right-to-left run.
            piece = LRM + piece
        if at + len(piece) > most:
            piece = piece[: max(0, most - at)]
        if not piece:
            break
        fmt = _format(style, selected)
        if fmt is not None:
            r = QTextLayout.FormatRange()
            r.start, r.length, r.format = at, len(piece), fmt
            ranges.append(r)
        text_parts.append(piece)
        at += len(piece)
    text = "".join(text_parts)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    # Rows read left to right (date, kind, then the snippet); right-to-left words inside
    # are still ordered by the bidirectional algorithm.
    option.setTextDirection(Qt.LayoutDirection.LeftToRight)
    layout.setTextOption(option)
    layout.setFormats(ranges)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1_000_000)
    line.setPosition(QPointF(0, 0))
    layout.endLayout()
    cut_x: float | None = None
    cut_before_shaping = at < sum(len(t) for t, _s in pieces)
    if line.naturalTextWidth() > width or cut_before_shaping:
        room = width - metrics.horizontalAdvance(ELLIPSIS)
        if line.naturalTextWidth() > room:
            cursor = line.xToCursor(
                max(0.0, room), QTextLine.CursorPosition.CursorBetweenCharacters
            )
            found: Any = line.cursorToX(cursor)  # (x, cursor) in PySide6
            cut_x = min(float(found[0] if isinstance(found, tuple) else found), room)
        else:
            cut_x = line.naturalTextWidth()
    return _Shaped(layout, cut_x, line.height())
