"""The search results as a two-level item model: mentees, and under each their hits.

No widget per row: a view with `SnippetDelegate` draws the highlighted snippets. Every text
from the journal is escaped before it reaches Qt's rich text (notes may contain `<`).
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...services.search import (
    HitKind,
    MenteeHits,
    SearchHit,
    SearchResults,
    title_beside_snippet,
)

Index = QModelIndex | QPersistentModelIndex

HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the SearchHit of a hit row (None for a mentee row)
HTML_ROLE = Qt.ItemDataRole.UserRole + 2  # escaped rich text for the delegate
MENTEE_ROLE = Qt.ItemDataRole.UserRole + 3  # the mentee id of any row
# (text, style) pieces of a row, style one of "muted", "plain", "title", "mark", "name"
SEGMENTS_ROLE = Qt.ItemDataRole.UserRole + 4

KIND_TEXT = {
    HitKind.MENTEE: "Mentee",
    HitKind.SESSION: "Session",
    HitKind.ACTION_ITEM: "Action item",
    HitKind.GOAL: "Goal",
    HitKind.CHECK_IN: "Check-in",
    HitKind.REFLECTION: "Reflection",
    HitKind.SKILL_RATING: "Skill rating",
}

_TOP = 0  # internal id of mentee rows; hit rows carry their group's row + 1


def _translate(text: str) -> str:
    return QApplication.translate("SearchResults", text)


Segments = list[tuple[str, str]]


def hit_line(hit: SearchHit) -> tuple[str, str, Segments]:
    """(plain text, escaped rich text, styled pieces) of a hit row: date, kind, title,
    snippet."""
    day = hit.day.isoformat() if hit.day else ""
    kind = _translate(KIND_TEXT[hit.kind])
    if hit.private:
        kind += " · " + _translate("private")
    title = title_beside_snippet(hit)
    head = " · ".join(p for p in (day, kind) if p)
    plain = f"{head} — {title + ': ' if title else ''}{hit.snippet.text}"
    marked = "".join(
        f"<b>{html.escape(text)}</b>" if is_marked else html.escape(text)
        for text, is_marked in hit.snippet.segments
    )
    rich = (
        f"<span style='color: gray'>{html.escape(head)}</span> — "
        + (f"<i>{html.escape(title)}</i>: " if title else "")
        + marked
    )
    pieces: Segments = [(head, "muted"), (" — ", "plain")]
    if title:
        pieces += [(title, "title"), (": ", "plain")]
    pieces += [(text, "mark" if is_marked else "plain") for text, is_marked in hit.snippet.segments]
    return plain, rich, pieces


class SearchResultsModel(QAbstractItemModel):
    """Mentees (top level, in the order of their best hit) and their hits (children)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[MenteeHits] = []
        self._lines: list[list[tuple[str, str, Segments]]] = []

    def set_results(self, results: SearchResults | None) -> None:
        self.beginResetModel()
        self._groups = list(results.groups) if results else []
        self._lines = [[hit_line(h) for h in g.hits] for g in self._groups]
        self.endResetModel()

    def groups(self) -> list[MenteeHits]:
        return list(self._groups)

    # --- QAbstractItemModel -----------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _TOP) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != _TOP or parent.column() != 0:
            return QModelIndex()
        group = parent.row()
        if group < len(self._groups) and row < len(self._groups[group].hits):
            return self.createIndex(row, 0, group + 1)
        return QModelIndex()

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(int(child.internalId()) - 1, 0, _TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _TOP and parent.column() == 0:
            return len(self._groups[parent.row()].hits)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            group = self._groups[index.row()]
            count = len(group.hits)
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return f"{group.full_name} ({count})"
            if role == HTML_ROLE:
                name = html.escape(group.full_name)
                return f"<b>{name}</b> <span style='color: gray'>({count})</span>"
            if role == SEGMENTS_ROLE:
                return [(group.full_name, "name"), (f"  ({count})", "muted")]
            if role == MENTEE_ROLE:
                return group.mentee_id
            return None
        group_row = int(index.internalId()) - 1
        hit = self._groups[group_row].hits[index.row()]
        plain, rich, pieces = self._lines[group_row][index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return plain
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain
        if role == HTML_ROLE:
            return rich
        if role == SEGMENTS_ROLE:
            return pieces
        if role == HIT_ROLE:
            return hit
        if role == MENTEE_ROLE:
            return hit.mentee_id
        return None


def _right_to_left(text: str) -> bool:
    return any("\u0590" <= c <= "\u08ff" or "\ufb1d" <= c <= "\ufefc" for c in text)


class SnippetDelegate(QStyledItemDelegate):
    """Draws a row's pieces on one line: dates muted, matched words bold. Plain pieces are
    drawn one after the other (fast: a rich-text document per row took 4 ms); rows with
    right-to-left text go through Qt's rich text, which orders mixed directions properly."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        pieces = index.data(SEGMENTS_ROLE) or []
        painter.save()
        painter.setClipRect(rect)
        if _right_to_left("".join(text for text, _style in pieces)):
            self._paint_rich(painter, opt, index, rect, text_color)
        else:
            self._paint_pieces(painter, opt, pieces, rect, text_color, selected)
        painter.restore()

    def _paint_pieces(
        self,
        painter: QPainter,
        opt: QStyleOptionViewItem,
        pieces: list[tuple[str, str]],
        rect: QRect,
        text_color: QColor,
        selected: bool,
    ) -> None:
        base: QFont = opt.font
        bold = QFont(base)
        bold.setBold(True)
        italic = QFont(base)
        italic.setItalic(True)
        muted = QColor(text_color) if selected else QColor(Qt.GlobalColor.gray)
        x = rect.left() + 2
        for text, kind in pieces:
            if x >= rect.right():
                break
            font = bold if kind in ("mark", "name") else italic if kind == "title" else base
            painter.setFont(font)
            painter.setPen(muted if kind == "muted" else text_color)
            metrics = QFontMetrics(font)
            width = metrics.horizontalAdvance(text)
            shown = text
            if x + width > rect.right():
                shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.right() - x)
            painter.drawText(
                QRect(x, rect.top(), rect.right() - x, rect.height()),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                shown,
            )
            x += width

    def _paint_rich(
        self,
        painter: QPainter,
        opt: QStyleOptionViewItem,
        index: Index,
        rect: QRect,
        text_color: QColor,
    ) -> None:
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(2)
        doc.setHtml(str(index.data(HTML_ROLE) or ""))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, text_color)
        painter.translate(rect.topLeft())
        doc.documentLayout().draw(painter, context)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        base = super().sizeHint(option, index)
        height = option.fontMetrics.height() + 8
        return QSize(base.width(), max(base.height(), height))
