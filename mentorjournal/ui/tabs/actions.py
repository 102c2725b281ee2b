"""The Actions tab: open and done action items; tick one to mark it done today."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QPushButton, QWidget

from ...models import ActionItem
from ...services import Services
from ..item_models import ActionTableModel
from .base import RecordTab


class ActionsTab(RecordTab):
    CONTEXT = "ActionsTab"
    NEW_TEXT = "New action item…"
    EMPTY_TEXT = (
        "No action items yet — add one here, or agree them when you log a session (Ctrl+N)."
    )
    ACCESSIBLE_NAME = "Action items"

    data_changed = Signal()  # an item was ticked or reopened

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.action_model = ActionTableModel(today=today)
        super().__init__(services, self.action_model, parent)
        self._today = today
        self.done_button = QPushButton(self.tr_("Mark done"))
        self.done_button.setAccessibleName(self.tr_("Mark done"))
        self.done_button.clicked.connect(self.toggle_current)
        self.buttons.insertWidget(1, self.done_button)
        # Queued: the model is reset after the write, never inside the view's click handling.
        self.action_model.done_toggled.connect(self.set_done, Qt.ConnectionType.QueuedConnection)
        self.current_changed.connect(self._update_done_button)
        self._update_done_button()

    def fetch(self, mentee_id: int) -> Sequence[ActionItem]:
        return self.services.actions.list_for_mentee(mentee_id)

    def adjust_columns(self) -> None:
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ActionTableModel.TEXT, QHeaderView.ResizeMode.Stretch)
        self._update_done_button()

    def set_done(self, action_id: int, done: bool) -> None:
        """Tick an item done today, or reopen it, and show the result."""
        self.services.actions.set_done(action_id, self._today() if done else None)
        self.reload(select_id=action_id)
        self.data_changed.emit()

    def toggle_current(self) -> None:
        item: ActionItem | None = self.current_row()
        if item is not None and item.id is not None:
            self.set_done(item.id, item.done_date is None)

    def _update_done_button(self) -> None:
        if not hasattr(self, "done_button"):
            return
        item: ActionItem | None = self.current_row()
        self.done_button.setEnabled(item is not None)
        text = self.tr_("Reopen") if item is not None and item.done_date else self.tr_("Mark done")
        self.done_button.setText(text)
        self.done_button.setAccessibleName(text)
