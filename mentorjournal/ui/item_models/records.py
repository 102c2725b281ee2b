"""Table models for one mentee's records: sessions, goals, check-ins, action items, reflections."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from ...models import ActionItem, Goal, GoalCheckIn, Reflection
from ...services import GoalRow, SessionRow, progress_percent
from .. import formatting
from ..labels import enum_label
from ..reading import preview_text
from ..style import colour
from .base import SORT_ROLE, RowTableModel

PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 20  # float 0-100 or None, for the progress delegate

_CENTER = int(Qt.AlignmentFlag.AlignCenter)
# Tooltips show the start of a note: a tooltip of megabytes would freeze the window.
TOOLTIP_CHARS = 600
TOOLTIP_LINES = 12


def _tr(text: str) -> str:
    # One argument, the literal text, so that lupdate (told `_tr` is `tr`) finds every text;
    # the context is not the class's: our translator answers every context from one.
    return QCoreApplication.translate("RecordTableModel", text)


class SessionTableModel(RowTableModel):
    """A mentee's sessions, newest first."""

    DATE, KIND, DURATION, TOPICS, CONFIDENCE, ACTIONS, TAGS = range(7)
    COLUMNS = ("Date", "Kind", "Duration", "Topics", "Confidence", "Actions", "Tags")
    CONTEXT = "SessionTableModel"

    def cell(self, row: SessionRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return formatting.date_time(row.started_at)
            if column == self.KIND:
                text = enum_label(row.kind)
                if row.attendee_count > 1:
                    n = formatting.count(row.attendee_count)
                    text += _tr(" ({n} mentees)").format(n=n)
                return text
            if column == self.DURATION:
                return formatting.duration(row.duration_minutes)
            if column == self.TOPICS:
                return formatting.first_line(row.topics)
            if column == self.CONFIDENCE:
                if row.confidence is None:
                    return ""
                return f"{formatting.count(row.confidence)} / {formatting.count(5)}"
            if column == self.ACTIONS:
                if not row.action_count:
                    return ""
                if row.open_action_count:
                    return _tr("{n} ({o} open)").format(
                        n=formatting.count(row.action_count),
                        o=formatting.count(row.open_action_count),
                    )
                return formatting.count(row.action_count)
            if column == self.TAGS:
                return ", ".join(row.tags)
        elif role == SORT_ROLE and column == self.DATE:
            return row.started_at.isoformat()
        elif role == Qt.ItemDataRole.ToolTipRole and column == self.TOPICS:
            return preview_text(row.topics, TOOLTIP_CHARS, TOOLTIP_LINES) or None
        elif role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.DURATION,
            self.CONFIDENCE,
            self.ACTIONS,
        ):
            return _CENTER
        return None


class GoalTableModel(RowTableModel):
    """A mentee's goals with their latest progress; open goals first."""

    TITLE, CATEGORY, STATUS, TARGET, PROGRESS, CHECK_INS, TAGS = range(7)
    COLUMNS = ("Goal", "Category", "Status", "Target date", "Progress", "Check-ins", "Tags")
    CONTEXT = "GoalTableModel"

    def row_id(self, row: GoalRow) -> int:
        assert row.goal.id is not None
        return row.goal.id

    def cell(self, row: GoalRow, column: int, role: int) -> Any:
        goal = row.goal
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TITLE:
                return formatting.first_line(goal.title, 200)
            if column == self.CATEGORY:
                return enum_label(goal.category)
            if column == self.STATUS:
                return enum_label(goal.status)
            if column == self.TARGET:
                return formatting.short_date(goal.target_date)
            if column == self.PROGRESS:
                return formatting.percent(row.progress_percent)
            if column == self.CHECK_INS:
                return formatting.count(row.check_ins)
            if column == self.TAGS:
                return ", ".join(row.tags)
        elif role == PROGRESS_ROLE and column == self.PROGRESS:
            return row.progress_percent
        elif role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return preview_text(goal.specific or goal.title, TOOLTIP_CHARS, TOOLTIP_LINES)
        elif role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.PROGRESS,
            self.CHECK_INS,
        ):
            return _CENTER
        return None


class CheckInTableModel(RowTableModel):
    """The check-ins of one goal, oldest first (the services' order)."""

    DATE, PROGRESS, VALUE, NOTE = range(4)
    COLUMNS = ("Date", "Progress", "Measured", "Note")
    CONTEXT = "CheckInTableModel"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.goal: Goal | None = None  # for the unit and the percentage of measured values

    def cell(self, row: GoalCheckIn, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return formatting.short_date(row.checked_on)
            if column == self.PROGRESS:
                if self.goal is None:
                    return formatting.percent(row.percent)
                return formatting.percent(progress_percent(self.goal, row))
            if column == self.VALUE:
                value = formatting.number(row.value)
                unit = self.goal.unit if self.goal is not None else ""
                return f"{value} {unit}".strip() if value else ""
            if column == self.NOTE:
                return formatting.first_line(row.note, 120)
        elif role == Qt.ItemDataRole.ToolTipRole and column == self.NOTE:
            return preview_text(row.note, TOOLTIP_CHARS, TOOLTIP_LINES) or None
        return None


class ActionTableModel(RowTableModel):
    """Action items: open ones first by due date, then done ones; tick the first column."""

    DONE, TEXT, OWNER, DUE, DONE_ON = range(5)
    COLUMNS = ("Done", "Action item", "Who", "Due", "Done on")
    CONTEXT = "ActionTableModel"

    done_toggled = Signal(int, bool)  # action id, ticked

    def __init__(
        self, parent: QObject | None = None, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self._today = today

    def is_overdue(self, item: ActionItem) -> bool:
        return (
            item.done_date is None and item.due_date is not None and (item.due_date < self._today())
        )

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.DONE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = 0
    ) -> bool:
        if not index.isValid() or index.column() != self.DONE:
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked
        # The tab writes through the services and reloads; the model never writes itself.
        self.done_toggled.emit(self.row_id(self.row_at(index.row())), ticked)
        return True

    def cell(self, row: ActionItem, column: int, role: int) -> Any:
        done = row.done_date is not None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TEXT:
                return formatting.first_line(row.text, 140)
            if column == self.OWNER:
                return enum_label(row.owner)
            if column == self.DUE:
                text = formatting.short_date(row.due_date)
                if self.is_overdue(row):
                    text = _tr("{date} · overdue").format(date=text)
                return text
            if column == self.DONE_ON:
                return formatting.short_date(row.done_date)
        elif role == Qt.ItemDataRole.CheckStateRole and column == self.DONE:
            return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        elif role == Qt.ItemDataRole.AccessibleTextRole and column == self.DONE:
            return _tr("Done") if done else _tr("Open")
        elif role == Qt.ItemDataRole.ForegroundRole:
            if self.is_overdue(row) and column in (self.TEXT, self.DUE):
                return colour("warning")
            if done:
                return colour("muted")
        elif role == Qt.ItemDataRole.FontRole and column == self.DUE and self.is_overdue(row):
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        elif role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return preview_text(row.text, TOOLTIP_CHARS, TOOLTIP_LINES)
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == self.DONE:
            return _CENTER
        return None


class ReflectionTableModel(RowTableModel):
    """Reflections, newest first."""

    DATE, AUTHOR, PRIVATE, TEXT, TAGS = range(5)
    COLUMNS = ("Date", "By", "Private", "Reflection", "Tags")
    CONTEXT = "ReflectionTableModel"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tags: dict[int, list[str]] = {}  # by reflection id, set with the rows

    def cell(self, row: Reflection, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DATE:
                return formatting.short_date(row.written_on)
            if column == self.AUTHOR:
                return enum_label(row.author)
            if column == self.PRIVATE:
                return _tr("private") if row.is_private else ""
            if column == self.TEXT:
                parts = (row.text, row.what_happened, row.went_well, row.to_change, row.next_steps)
                return formatting.first_line(next((p for p in parts if p.strip()), ""))
            if column == self.TAGS:
                return ", ".join(self.tags.get(row.id or 0, ()))
        elif role == Qt.ItemDataRole.ForegroundRole and column == self.PRIVATE:
            return colour("private_title")
        return None
