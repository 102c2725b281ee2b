"""The search results as a two-level item model: mentees, and under each their hits.

No widget per row: a view with `delegate.SnippetDelegate` draws the highlighted snippets.
A row's texts are made when the view first asks for them (a view shows a screenful, not all
the hits). Every text from the journal is escaped before it reaches Qt's rich text (notes may
contain `<`).
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication

from ...services.search import (
    HitKind,
    MenteeHits,
    SearchHit,
    SearchResults,
    title_beside_snippet,
)
from .. import formatting
from ..style import colour
from ..translation import translatable

Index = QModelIndex | QPersistentModelIndex


def _muted() -> str:
    # The theme's muted text colour (4.5:1 on its base); CSS gray was under 3:1 in contrast.
    return colour("muted").name()


HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the SearchHit of a hit row (None for a mentee row)
HTML_ROLE = Qt.ItemDataRole.UserRole + 2  # the row as escaped rich text (bold matches)
MENTEE_ROLE = Qt.ItemDataRole.UserRole + 3  # the mentee id of any row
# (text, style) pieces of a row, style one of "muted", "plain", "title", "mark", "name"
SEGMENTS_ROLE = Qt.ItemDataRole.UserRole + 4

KIND_TEXT = {
    HitKind.MENTEE: translatable("SearchResults", "Mentee"),
    HitKind.SESSION: translatable("SearchResults", "Session"),
    HitKind.ACTION_ITEM: translatable("SearchResults", "Action item"),
    HitKind.GOAL: translatable("SearchResults", "Goal"),
    HitKind.CHECK_IN: translatable("SearchResults", "Check-in"),
    HitKind.REFLECTION: translatable("SearchResults", "Reflection"),
    HitKind.SKILL_RATING: translatable("SearchResults", "Skill rating"),
}

_TOP = 0  # internal id of mentee rows; hit rows carry their group's row + 1
# Made once: the view asks for the flags of every row it lays out or paints.
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _translate(text: str) -> str:
    return QApplication.translate("SearchResults", text)


Segments = list[tuple[str, str]]


def hit_line(hit: SearchHit) -> tuple[str, str, Segments]:
    """(plain text, escaped rich text, styled pieces) of a hit row: date, kind, title,
    snippet."""
    day = formatting.short_date(hit.day)
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
        f"<span style='color: {_muted()}'>{html.escape(head)}</span> — "
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
        self._lines: dict[tuple[int, int], tuple[str, str, Segments]] = {}

    def set_results(self, results: SearchResults | None) -> None:
        self.beginResetModel()
        self._groups = list(results.groups) if results else []
        self._lines = {}
        self.endResetModel()

    def _line(self, group_row: int, row: int) -> tuple[str, str, Segments]:
        line = self._lines.get((group_row, row))
        if line is None:
            line = self._lines[(group_row, row)] = hit_line(self._groups[group_row].hits[row])
        return line

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
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            group = self._groups[index.row()]
            count = formatting.count(len(group.hits))
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return f"{group.full_name} ({count})"
            if role == HTML_ROLE:
                name = html.escape(group.full_name)
                return f"<b>{name}</b> <span style='color: {_muted()}'>({count})</span>"
            if role == SEGMENTS_ROLE:
                return [(group.full_name, "name"), (f"  ({count})", "muted")]
            if role == MENTEE_ROLE:
                return group.mentee_id
            return None
        group_row = int(index.internalId()) - 1
        hit = self._groups[group_row].hits[index.row()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self._line(group_row, index.row())[0]
        if role == HTML_ROLE:
            return self._line(group_row, index.row())[1]
        if role == SEGMENTS_ROLE:
            return self._line(group_row, index.row())[2]
        if role == HIT_ROLE:
            return hit
        if role == MENTEE_ROLE:
            return hit.mentee_id
        return None
