"""Parts of the session editor: who attended (a searchable checklist with each attendee's
self-rated confidence) and the action items agreed, typed in a quick keyboard-driven table."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...models import ActionItem, ActionItemFields, ActionOwner, Attendance
from ...services import Services
from ..labels import enum_label
from ..widgets import OptionalDateEdit, SearchableChecklist, format_date, hint_label, make_form
from .common import choice_combo, set_choice


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionEditor", text)


class AttendeesPanel(QWidget):
    """All mentees as a checklist (`checklist`, placed by the editor); this widget shows a
    confidence choice (1-5 or not asked) for each ticked one."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checklist = SearchableChecklist()
        self.checklist.filter_edit.setPlaceholderText(self.tr("Search mentees by name or trade…"))
        self.checklist.filter_edit.setAccessibleName(self.tr("Search mentees"))
        self.checklist.view.setAccessibleName(self.tr("Mentees who attended"))
        self.checklist.view.setToolTip(
            self.tr("Tick everyone who attended (Space ticks; Enter in the search ticks the first)")
        )
        self.checklist.set_items(
            (m.id, m.full_name, f"{m.preferred_name} {m.programme} {m.cohort}")
            for m in services.mentees.list_summaries()
        )
        self._confidence: dict[int, int | None] = {}
        self._combos: dict[int, QComboBox] = {}

        self.confidence_form = make_form()
        inner = QWidget()
        inner.setAutoFillBackground(False)
        inner.setLayout(self.confidence_form)
        self.confidence_area = QScrollArea()
        self.confidence_area.setWidget(inner)
        self.confidence_area.setWidgetResizable(True)
        self.confidence_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.confidence_area.setMaximumHeight(120)
        viewport = self.confidence_area.viewport()
        if viewport is not None:
            viewport.setAutoFillBackground(False)
        self.confidence_area.setAccessibleName(self.tr("Self-rated confidence"))
        self.confidence_hint = hint_label(
            self.tr("Confidence each mentee gave themselves, 1 (low) to 5 (high):")
        )

        # The checklist goes into the editor's form; this panel shows the confidence part.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.confidence_hint)
        layout.addWidget(self.confidence_area)
        layout.addStretch(1)
        self.checklist.checkedChanged.connect(self._rebuild)
        self._rebuild()

    def attendances(self) -> list[Attendance]:
        return [
            Attendance(mentee_id=i, confidence=self._confidence.get(i))
            for i in self.checklist.checked_ids()
        ]

    def set_attendances(self, attendances: Sequence[Attendance]) -> None:
        for a in attendances:
            self._confidence[a.mentee_id] = a.confidence
        self.checklist.set_checked([a.mentee_id for a in attendances])

    def confidence_combo(self, mentee_id: int) -> QComboBox:
        return self._combos[mentee_id]

    def state_value(self) -> object:
        return [(a.mentee_id, a.confidence) for a in self.attendances()]

    def _rebuild(self) -> None:
        while self.confidence_form.rowCount():
            self.confidence_form.removeRow(0)
        self._combos.clear()
        ids = self.checklist.checked_ids()
        for ident in ids:
            combo = QComboBox()
            combo.addItem(self.tr("not asked"), None)
            for value, text in (
                (1, self.tr("1 — not confident")),
                (2, self.tr("2")),
                (3, self.tr("3 — fairly confident")),
                (4, self.tr("4")),
                (5, self.tr("5 — very confident")),
            ):
                combo.addItem(text, value)
            set_choice(combo, self._confidence.get(ident))
            name = self.checklist.label_of(ident)
            combo.setAccessibleName(self.tr("Confidence of {name}").replace("{name}", name))
            combo.currentIndexChanged.connect(
                lambda _i, ident=ident, combo=combo: self._set_confidence(ident, combo)
            )
            label = QLabel(name)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.confidence_form.addRow(label, combo)
            self._combos[ident] = combo
        self.confidence_hint.setVisible(bool(ids))
        self.confidence_area.setVisible(bool(ids))
        self.changed.emit()

    def _set_confidence(self, ident: int, combo: QComboBox) -> None:
        self._confidence[ident] = combo.currentData()
        self.changed.emit()


class _EntryLine(QLineEdit):
    """Enter adds the typed action instead of reaching the dialog (which would save)."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
        ):
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ActionItemsEntry(QWidget):
    """Action items agreed in a new session: type, Enter, type the next. Rows stay editable
    (double-click the text) and Delete removes the selected row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = _EntryLine()
        self.entry.setPlaceholderText(self.tr("Type an action and press Enter"))
        self.entry.setToolTip(self.tr("e.g. Revise Ohm's law. Enter adds it to the list below."))
        self.entry.setMinimumWidth(200)
        self.entry.setAccessibleName(self.tr("New action item"))
        self.owner = choice_combo(ActionOwner, ActionOwner.MENTEE)
        self.owner.setAccessibleName(self.tr("Who does it"))
        self.due = OptionalDateEdit()
        self.due.setAccessibleName(self.tr("Due date"))
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setAutoDefault(False)
        self.add_button.setToolTip(self.tr("Add this action item (Enter)"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Who"), self.tr("Due")])
        self.table.setAccessibleName(self.tr("Action items agreed"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Columns as wide as the owner and date widgets placed in them.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(1, self.owner.sizeHint().width() + 4)
        self.table.setColumnWidth(2, self.due.sizeHint().width() + 4)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setMinimumHeight(96)
        self.table.installEventFilter(self)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.setToolTip(self.tr("Remove the selected action item (Delete)"))

        entry_row = QHBoxLayout()
        entry_row.setSpacing(6)
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(self.owner)
        entry_row.addWidget(self.due)
        entry_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(entry_row)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.note = hint_label("")
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)
        self.setFocusProxy(self.entry)

        self.entry.submitted.connect(self.add_from_entry)
        self.add_button.clicked.connect(self.add_from_entry)
        self.remove_button.clicked.connect(self.remove_selected)

    def add_from_entry(self) -> None:
        text = self.entry.text()
        if not text.strip():
            return
        self.add_row(
            ActionItemFields(text=text, owner=self.owner.currentData(), due_date=self.due.date())
        )
        self.entry.clear()
        self.entry.setFocus()

    def add_row(self, item: ActionItemFields) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(item.text))
        owner = choice_combo(ActionOwner, item.owner)
        owner.setAccessibleName(self.tr("Who does it"))
        self.table.setCellWidget(row, 1, owner)
        due = OptionalDateEdit(item.due_date)
        due.setAccessibleName(self.tr("Due date"))
        self.table.setCellWidget(row, 2, due)
        self.table.resizeRowToContents(row)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)

    def items(self) -> list[ActionItemFields]:
        """The rows, plus what is still typed in the entry line (it must not get lost)."""
        out: list[ActionItemFields] = []
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, 0)
            text = cell.text() if cell else ""
            if not text.strip():
                continue
            owner = self.table.cellWidget(row, 1)
            due = self.table.cellWidget(row, 2)
            assert isinstance(owner, QComboBox) and isinstance(due, OptionalDateEdit)
            out.append(ActionItemFields(text=text, owner=owner.currentData(), due_date=due.date()))
        if self.entry.text().strip():
            out.append(
                ActionItemFields(
                    text=self.entry.text(), owner=self.owner.currentData(), due_date=self.due.date()
                )
            )
        return out

    def state_value(self) -> object:
        return [(a.text, a.owner, a.due_date) for a in self.items()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if (
                event.key() == Qt.Key.Key_Delete
                and self.table.state() != self.table.State.EditingState
            ):
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)


def existing_actions_view(actions: Sequence[ActionItem]) -> QWidget:
    """The action items of a session being edited, read-only, with where to change them."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    if not actions:
        layout.addWidget(hint_label(_tr("No action items were agreed in this session.")))
    for a in actions:
        parts = [enum_label(a.owner)]
        if a.due_date:
            parts.append(_tr("due {date}").replace("{date}", format_date(a.due_date)))
        if a.done_date:
            parts.append(_tr("done {date}").replace("{date}", format_date(a.done_date)))
        label = QLabel(f"• {a.text}  ({', '.join(parts)})")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        layout.addWidget(label)
    layout.addWidget(hint_label(_tr("To change or tick off action items, use the Actions tab.")))
    layout.addStretch(1)
    return box
