"""The quick skill rating table: one row per current skill under Technical / Soft group rows,
with the last rating, the new rating (typed as a digit) and a note.

`RatingTableModel` holds the table (no widget per cell), `RatingDelegate` offers a choice
list for mouse users, and `RatingTable` is the view that makes rating keyboard-only: 1-5 set
the rating, 0 / Delete / Backspace clear it, Up / Down / Enter move between skills (group rows
are skipped), Tab goes from the rating to the note and on to the next skill's rating.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ...models import RATING_SCALE, SkillGroup, SkillRating
from ...models.skill import Skill
from ...services import RatingEntry
from ..labels import enum_label
from ..style import brush
from ..widgets import format_date

Index = QModelIndex | QPersistentModelIndex

SKILL, LAST, NEW, NOTE = range(4)
SKILL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_RATING_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 6)}
_CLEAR_KEYS = {Qt.Key.Key_0, Qt.Key.Key_Delete, Qt.Key.Key_Backspace}


def rating_words(value: int) -> str:
    """The translated words of a point on the rating scale: 3 -> "Supervised"."""
    return QCoreApplication.translate("labels", RATING_SCALE[value])


def rating_text(value: int | None) -> str:
    """A rating as a trainer reads it: "3 · Supervised"; "" when not rated."""
    return "" if value is None else f"{value} · {rating_words(value)}"


def group_title(group: SkillGroup) -> str:
    return QCoreApplication.translate("ratings", "{group} skills").replace(
        "{group}", enum_label(group)
    )


@dataclass
class _Row:
    """A group heading (skill is None) or one skill with what was typed for it."""

    group: SkillGroup
    skill: Skill | None = None
    rating: int | None = None
    note: str = ""


class RatingTableModel(QAbstractTableModel):
    """All current skills, grouped, with the last rating and the new rating and note."""

    HEADERS = ("Skill", "Last rating", "New rating", "Note")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._last: dict[int, SkillRating] = {}
        self._last_title = ""

    # --- content -------------------------------------------------------------------------
    def set_skills(self, skills: Sequence[Skill]) -> None:
        self.beginResetModel()
        self._rows = []
        for group in SkillGroup:
            members = [s for s in skills if s.group == group]
            if members:
                self._rows.append(_Row(group))
                self._rows += [_Row(group, skill) for skill in members]
        self.endResetModel()

    def set_last_ratings(self, ratings: dict[int, SkillRating]) -> None:
        """The latest earlier rating per skill id (shown in the "Last rating" column)."""
        self._last = dict(ratings)
        if self._rows:
            self.dataChanged.emit(self.index(0, LAST), self.index(len(self._rows) - 1, LAST))

    def set_last_title(self, title: str) -> None:
        """The title of the "Last rating" column, e.g. naming whose rating it shows."""
        self._last_title = title
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, LAST, LAST)

    def is_group_row(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and self._rows[row].skill is None

    def skill_rows(self) -> list[int]:
        return [i for i, r in enumerate(self._rows) if r.skill is not None]

    def skill_name(self, row: int) -> str:
        skill = self._rows[row].skill
        return skill.name if skill else ""

    def row_of_skill(self, skill_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.skill is not None and r.skill.id == skill_id:
                return i
        raise KeyError(skill_id)

    def entries(self) -> list[RatingEntry]:
        """What to save: the skills given a rating, in table order."""
        return [
            RatingEntry(skill_id=int(r.skill.id or 0), rating=r.rating, note=r.note.strip())
            for r in self._rows
            if r.skill is not None and r.rating is not None
        ]

    def notes_without_rating(self) -> list[str]:
        """Skills with a note typed but no rating: the note would be lost; say so instead."""
        return [
            r.skill.name
            for r in self._rows
            if r.skill is not None and r.rating is None and r.note.strip()
        ]

    def state(self) -> object:
        return [(r.rating, r.note) for r in self._rows if r.skill is not None]

    def typed(self) -> list[dict[str, Any]]:
        """What was typed, as JSON for a draft: each skill given a rating or a note, by id
        (ids stay put when skills are added, reordered or renamed before the draft returns)."""
        return [
            {"skill_id": r.skill.id, "skill": r.skill.name, "rating": r.rating, "note": r.note}
            for r in self._rows
            if r.skill is not None and (r.rating is not None or r.note)
        ]

    def restore_typed(self, typed: Sequence[Any]) -> list[dict[str, Any]]:
        """Put `typed()` back; returns the entries whose skill is not in the table any more
        (retired since), so the caller can tell the trainer rather than drop them silently."""
        missing: list[dict[str, Any]] = []
        for entry in typed:
            if not isinstance(entry, dict):
                continue
            try:
                row = self.row_of_skill(entry.get("skill_id"))  # type: ignore[arg-type]
            except KeyError:
                missing.append(entry)
                continue
            rating, note = entry.get("rating"), entry.get("note")
            if rating is None or rating in RATING_SCALE:
                self.setData(self.index(row, NEW), rating)
            if isinstance(note, str):
                self.setData(self.index(row, NOTE), note)
        return missing

    # --- Qt interface --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            if section == LAST and self._last_title:
                return self._last_title
            return QCoreApplication.translate("ratings", self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_group_row(index.row()):
            # Not enabled: the view's cursor keys skip group rows.
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (NEW, NOTE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row, column = self._rows[index.row()], index.column()
        if row.skill is None:
            return self._group_data(row, column, role)
        skill = row.skill
        last = self._last.get(int(skill.id or 0))
        if role == SKILL_ID_ROLE:
            return skill.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == SKILL:
                return skill.name
            if column == LAST:
                if last is None:
                    return QCoreApplication.translate("ratings", "not rated yet")
                return f"{rating_text(last.rating)} — {format_date(last.rated_on)}"
            if column == NEW:
                return rating_text(row.rating)
            return row.note
        if role == Qt.ItemDataRole.EditRole:
            if column == NEW:
                return row.rating
            if column == NOTE:
                return row.note
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == SKILL:
                return skill.description or None
            if column == LAST and last is not None and last.note:
                return last.note
            if column == NEW:
                return QCoreApplication.translate(
                    "ratings", "Type 1 to 5 to rate, 0 to clear; double-click for a list"
                )
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == LAST:
                return brush("muted")
            if column == NEW and row.rating is not None:
                return brush("accent")
            return None
        if role == Qt.ItemDataRole.BackgroundRole and column == NEW and row.rating is not None:
            return brush("accent_soft")
        if role == Qt.ItemDataRole.FontRole and column == NEW and row.rating is not None:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        return None

    def _group_data(self, row: _Row, column: int, role: int) -> Any:
        if column != SKILL:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return group_title(row.group)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setWeight(QFont.Weight.Bold)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return brush("accent")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or self.is_group_row(index.row())
            or index.column() not in (NEW, NOTE)
        ):
            return False
        row = self._rows[index.row()]
        if index.column() == NEW:
            if value is not None and (not isinstance(value, int) or value not in RATING_SCALE):
                return False
            row.rating = value
        else:
            row.note = str(value or "")
        self.dataChanged.emit(index, index)
        return True


class RatingDelegate(QStyledItemDelegate):
    """For mouse users: a list of the scale in words ("Not rated" first) as the editor."""

    def createEditor(  # noqa: N802 (Qt override)
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(QCoreApplication.translate("ratings", "Not rated"), None)
        for value in RATING_SCALE:
            combo.addItem(rating_text(value), value)
        combo.setAccessibleName(QCoreApplication.translate("ratings", "New rating"))
        combo.activated.connect(lambda _i, c=combo: self._chosen(c))
        return combo

    def _chosen(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(0, found))

    def setModelData(  # noqa: N802 (Qt override)
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class NoteDelegate(QStyledItemDelegate):
    """The note's line editor hands each keystroke to the model at once: the draft (autosave
    reads the model) then holds a note still being typed, should the app die before the cell
    is left. Escape still puts the note back as it was when the cell was opened."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._before: dict[int, tuple[QPersistentModelIndex, str]] = {}

    def createEditor(  # noqa: N802 (Qt override)
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            before = str(index.data(Qt.ItemDataRole.EditRole) or "")
            key = id(editor)
            self._before[key] = (QPersistentModelIndex(index), before)
            editor.textEdited.connect(lambda _text, e=editor: self.commitData.emit(e))
            editor.destroyed.connect(lambda _o=None, k=key: self._before.pop(k, None))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        # The model echoing what is being typed: setting it again would move the cursor.
        if isinstance(editor, QLineEdit) and editor.text() == (
            index.data(Qt.ItemDataRole.EditRole) or ""
        ):
            return
        super().setEditorData(editor, index)

    def revert(self, editor: QWidget) -> None:
        """Escape: the note as it was before this editing."""
        index, before = self._before.pop(id(editor), (None, ""))
        if index is not None and index.isValid():
            model = index.model()
            if model is not None:
                model.setData(model.index(index.row(), index.column()), before)


class RatingTable(QTableView):
    """The view over `RatingTableModel` that makes rating keyboard-only (see the module)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        self.setAlternatingRowColors(False)
        self.verticalHeader().hide()
        self.setItemDelegateForColumn(NEW, RatingDelegate(self))
        self.note_delegate = NoteDelegate(self)
        self.setItemDelegateForColumn(NOTE, self.note_delegate)

    def rating_model(self) -> RatingTableModel:
        model = self.model()
        assert isinstance(model, RatingTableModel)
        return model

    def setup_after_reset(self) -> None:
        """Spans for the group rows, column widths, and the cursor on the first rating."""
        model = self.rating_model()
        self.clearSpans()
        for row in range(model.rowCount()):
            if model.is_group_row(row):
                self.setSpan(row, 0, 1, model.columnCount())
        header = self.horizontalHeader()
        header.setSectionResizeMode(SKILL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LAST, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NEW, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        widest = max(self.fontMetrics().horizontalAdvance(rating_text(v)) for v in RATING_SCALE)
        self.setColumnWidth(NEW, widest + 40)
        self.resizeRowsToContents()
        rows = model.skill_rows()
        if rows:
            self.setCurrentIndex(model.index(rows[0], NEW))

    # --- keyboard ------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        current = self.currentIndex()
        key = event.key()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        editing = self.state() == QAbstractItemView.State.EditingState
        if current.isValid() and plain and not editing and current.column() != NOTE:
            if key in _RATING_KEYS or key in _CLEAR_KEYS:
                value = _RATING_KEYS.get(Qt.Key(key))
                self.model().setData(current.siblingAtColumn(NEW), value)
                event.accept()
                return
            if event.text().isprintable() and event.text().strip():
                event.accept()  # a letter on the rating column opens nothing
                return
        if plain and not editing and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Like a spreadsheet: Enter goes to the next skill (Ctrl+Enter saves).
            target = self.moveCursor(QAbstractItemView.CursorAction.MoveDown, event.modifiers())
            if target.isValid():
                self.setCurrentIndex(target)
            event.accept()
            return
        super().keyPressEvent(event)

    def moveCursor(  # noqa: N802 (Qt override)
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Tab: rating -> note -> next skill's rating; Backtab the other way. Past the first
        or last skill an invalid index lets the focus leave the table."""
        action = QAbstractItemView.CursorAction
        if cursorAction not in (action.MoveNext, action.MovePrevious):
            return super().moveCursor(cursorAction, modifiers)
        model = self.rating_model()
        rows = model.skill_rows()
        current = self.currentIndex()
        if not rows or not current.isValid():
            return QModelIndex()
        row, column = current.row(), current.column()
        if cursorAction == action.MoveNext:
            if column != NOTE:
                return model.index(row, NOTE)
            later = [r for r in rows if r > row]
            return model.index(later[0], NEW) if later else QModelIndex()
        if column == NOTE:
            return model.index(row, NEW)
        earlier = [r for r in rows if r < row]
        return model.index(earlier[-1], NOTE) if earlier else QModelIndex()

    def closeEditor(  # noqa: N802 (Qt override)
        self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint
    ) -> None:
        """Tab in a note moves like Tab outside it, and opens only the next note for typing."""
        hints = QAbstractItemDelegate.EndEditHint
        if hint == hints.RevertModelCache:
            self.note_delegate.revert(editor)
        if hint not in (hints.EditNextItem, hints.EditPreviousItem):
            super().closeEditor(editor, hint)
            return
        super().closeEditor(editor, hints.NoHint)
        forward = hint == hints.EditNextItem
        action = QAbstractItemView.CursorAction
        target = self.moveCursor(
            action.MoveNext if forward else action.MovePrevious, Qt.KeyboardModifier.NoModifier
        )
        if target.isValid():
            self.setCurrentIndex(target)
        else:
            self.focusNextPrevChild(forward)
