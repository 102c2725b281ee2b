"""The Goals tab: SMART goals with their progress, and the check-ins of the selected goal."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QSplitter, QVBoxLayout, QWidget

from ...services import GoalRow, Services
from .. import formatting
from ..common import EmptyStack, section_title, table_view
from ..delegates import ProgressBarDelegate
from ..item_models import ID_ROLE, CheckInTableModel, GoalTableModel
from ..item_models.records import PROGRESS_ROLE
from ..labels import enum_label
from ..reading import Block, NoteReader
from .base import RecordTab


class GoalsTab(RecordTab):
    CONTEXT = "GoalsTab"
    NEW_TEXT = "New goal…"
    EMPTY_TEXT = "No goals yet — press Ctrl+G to set the first one."
    ACCESSIBLE_NAME = "Goals"

    check_in_new_requested = Signal(int)  # goal id
    check_in_edit_requested = Signal(int, int)  # goal id, check-in id
    check_in_delete_requested = Signal(int)  # check-in id

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, GoalTableModel(), parent)
        self.view.setItemDelegateForColumn(
            GoalTableModel.PROGRESS, ProgressBarDelegate(PROGRESS_ROLE, self.view)
        )

    def build_content(self) -> QWidget:
        self.check_in_model = CheckInTableModel(self)
        self.check_in_view = table_view(self.check_in_model, self.tr_("Check-ins"))
        self.check_in_view.activated.connect(self._edit_check_in)
        self.check_in_view.selectionModel().currentRowChanged.connect(self._update_check_in_buttons)
        self.add_check_in_button = QPushButton(self.tr_("Add check-in…"))
        self.edit_check_in_button = QPushButton(self.tr_("Edit check-in…"))
        self.delete_check_in_button = QPushButton(self.tr_("Delete check-in…"))
        self.add_check_in_button.clicked.connect(self._new_check_in)
        self.edit_check_in_button.clicked.connect(self._edit_check_in)
        self.delete_check_in_button.clicked.connect(self._delete_check_in)
        self.check_in_title = section_title(self.tr_("Check-ins"))
        self.check_in_stack = EmptyStack(
            self.check_in_view,
            self.tr_("No check-ins yet — add one to record progress."),
        )
        self.goal_detail = NoteReader(self.tr_("Goal details"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.check_in_title)
        buttons.addStretch(1)
        for b in (
            self.add_check_in_button,
            self.edit_check_in_button,
            self.delete_check_in_button,
        ):
            b.setAccessibleName(b.text().rstrip("…"))
            buttons.addWidget(b)
        lower_left = QWidget()
        left = QVBoxLayout(lower_left)
        left.setContentsMargins(0, 4, 0, 0)
        left.addLayout(buttons)
        left.addWidget(self.check_in_stack, 1)

        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(lower_left)
        lower.addWidget(self.goal_detail)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        lower.setSizes([540, 360])
        lower.setChildrenCollapsible(False)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        return splitter

    def fetch(self, mentee_id: int) -> Sequence[GoalRow]:
        return self.services.goals.list_for_mentee(mentee_id)

    def adjust_columns(self) -> None:
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(GoalTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(GoalTableModel.PROGRESS, 150)

    def show_current(self) -> None:
        row: GoalRow | None = self.current_row()
        if row is None:
            self.check_in_model.set_rows([])
            self.check_in_stack.set_empty(True)
            self.goal_detail.clear()
            self.check_in_title.setText(self.tr_("Check-ins"))
        else:
            assert row.goal.id is not None
            self.check_in_model.goal = row.goal
            self.check_in_model.set_rows(self.services.goals.check_ins(row.goal.id))
            self.check_in_stack.set_empty(self.check_in_model.rowCount() == 0)
            self.check_in_view.resizeColumnsToContents()
            count = self.check_in_model.rowCount()
            if count:
                self.check_in_view.selectionModel().setCurrentIndex(
                    self.check_in_model.index(count - 1, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
            self.check_in_title.setText(
                self.tr_("Check-ins ({n})").format(n=formatting.count(count))
            )
            self.goal_detail.show_blocks(self.describe(row))
        self._update_check_in_buttons()

    def describe(self, row: GoalRow) -> list[Block]:
        g = row.goal
        t = self.tr_
        blocks: list[Block] = [
            ("title", g.title),
            ("meta", " · ".join((enum_label(g.category), enum_label(g.status)))),
        ]
        if g.target_date:
            when = formatting.long_date(g.target_date)
            blocks.append(("meta", t("Target date: {date}").format(date=when)))
        if g.target_value is not None:
            target = f"{formatting.number(g.target_value)} {g.unit}".strip()
            blocks.append(("meta", t("Target: {target}").format(target=target)))
        if row.tags:
            blocks.append(("meta", t("Tags: {tags}").format(tags=", ".join(row.tags))))
        for title, text in (
            (t("Specific"), g.specific),
            (t("Measured by"), g.measure),
            (t("Achievable"), g.achievable),
            (t("Relevant"), g.relevant),
        ):
            if text.strip():
                blocks += [("heading", title), ("body", text.strip())]
        return blocks

    # --- check-ins -----------------------------------------------------------------------
    def current_check_in_id(self) -> int | None:
        index = self.check_in_view.currentIndex()
        if not index.isValid():
            return None
        value = index.siblingAtColumn(0).data(ID_ROLE)
        return int(value) if value is not None else None

    def _update_check_in_buttons(self, *_args: object) -> None:
        has_goal = self.current_id() is not None
        has_check_in = self.current_check_in_id() is not None
        self.add_check_in_button.setEnabled(has_goal)
        self.edit_check_in_button.setEnabled(has_check_in)
        self.delete_check_in_button.setEnabled(has_check_in)

    def _new_check_in(self) -> None:
        goal_id = self.current_id()
        if goal_id is not None:
            self.check_in_new_requested.emit(goal_id)

    def _edit_check_in(self, _index: QModelIndex | None = None) -> None:
        goal_id, check_in_id = self.current_id(), self.current_check_in_id()
        if goal_id is not None and check_in_id is not None:
            self.check_in_edit_requested.emit(goal_id, check_in_id)

    def _delete_check_in(self) -> None:
        check_in_id = self.current_check_in_id()
        if check_in_id is not None:
            self.check_in_delete_requested.emit(check_in_id)
