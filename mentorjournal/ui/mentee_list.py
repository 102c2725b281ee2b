"""The left pane: the live filter, the status filter and the list of mentees."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..services import Services
from .common import EmptyStack, plain_label, table_view
from .delegates import BadgeDelegate, TwoLineDelegate
from .item_models import ID_ROLE, MenteeFilterProxy, MenteeListModel, StatusFilter
from .item_models.mentees import OPEN_ACTIONS_ROLE, SUBTITLE_ROLE


class MenteeListPane(QWidget):
    """Lists mentees; emits `mentee_selected` with an id, or None when nothing is selected."""

    mentee_selected = Signal(object)  # int | None

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._reloading = False
        self.shown_id: int | None = None  # the mentee last announced to the page
        self.mentee_selected.connect(self._remember_shown)
        self.model = MenteeListModel(self)
        self.proxy = MenteeFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Find a mentee by name, programme or cohort"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter mentees"))
        self.filter_edit.textChanged.connect(self._on_filter_text)

        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Show mentees with status"))
        for choice in StatusFilter:
            self.status_combo.addItem(choice.label(), choice)
        self.status_combo.currentIndexChanged.connect(self._on_status_changed)

        self.view = table_view(self.proxy, self.tr("Mentees"))
        self.view.setItemDelegateForColumn(
            MenteeListModel.NAME, TwoLineDelegate(SUBTITLE_ROLE, self.view)
        )
        self.view.setItemDelegateForColumn(
            MenteeListModel.OPEN_ACTIONS, BadgeDelegate(OPEN_ACTIONS_ROLE, self.view)
        )
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() * 2 + 18)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(MenteeListModel.NAME, Qt.SortOrder.AscendingOrder)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(MenteeListModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            MenteeListModel.LAST_SESSION, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(
            MenteeListModel.OPEN_ACTIONS, QHeaderView.ResizeMode.ResizeToContents
        )
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)

        self.count_label = plain_label(role="muted")
        self.stack = EmptyStack(self.view, "")

        status_row = QHBoxLayout()
        status_row.setSpacing(6)
        show = plain_label(self.tr("Show:"), role="muted")
        show.setBuddy(self.status_combo)
        status_row.addWidget(show)
        status_row.addWidget(self.status_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 6, 10)
        layout.setSpacing(8)
        layout.addWidget(self.filter_edit)
        layout.addLayout(status_row)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.count_label)

    # --- public --------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        """Read the mentees again, keeping (or moving to) the selected one.

        Emits `mentee_selected` only when the selection ends up different, or when asked to
        select `select_id`, so a refresh does not rebuild the page twice.
        """
        before = self.current_id()
        keep = select_id if select_id is not None else before
        self._reloading = True
        try:
            self.model.set_rows(self.services.mentees.list_summaries())
            if (
                keep is not None
                and not self.select_id(keep)
                and self.model.index_of_id(keep).isValid()
            ):
                # The mentee is hidden by the filters: show everyone rather than lose them.
                self.filter_edit.clear()
                self.set_status_filter(StatusFilter.ALL)
                self.select_id(keep)
        finally:
            self._reloading = False
        self._update_state()
        now = self.current_id()
        if now != before or select_id is not None:
            self.mentee_selected.emit(now)

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row()):
            return None
        value = index.siblingAtColumn(0).data(ID_ROLE)
        return int(value) if value is not None else None

    def select_id(self, mentee_id: int) -> bool:
        source = self.model.index_of_id(mentee_id)
        index = self.proxy.mapFromSource(source) if source.isValid() else QModelIndex()
        if not index.isValid():
            return False
        self._select_proxy_row(index.row())
        self.view.scrollTo(index)
        return True

    def _select_proxy_row(self, row: int) -> None:
        # setCurrentIndex selects before it reports the change (selectRow reports first).
        self.view.selectionModel().setCurrentIndex(
            self.proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def select_first(self) -> None:
        """Select the first mentee shown, if any (the window does this at start)."""
        if self.proxy.rowCount():
            self._select_proxy_row(0)

    def visible_names(self) -> list[str]:
        """Full names in the order shown (for tests and accessibility checks)."""
        return [
            self.model.summary(self.proxy.mapToSource(self.proxy.index(r, 0)).row()).full_name
            for r in range(self.proxy.rowCount())
        ]

    def set_status_filter(self, choice: StatusFilter) -> None:
        self.status_combo.setCurrentIndex(self.status_combo.findData(choice))

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    # --- internals -----------------------------------------------------------------------
    def _on_filter_text(self, text: str) -> None:
        self._filter_keeping_page(lambda: self.proxy.set_text(text))

    def _on_status_changed(self, _index: int) -> None:
        choice = self.status_combo.currentData()
        if isinstance(choice, StatusFilter):
            self._filter_keeping_page(lambda: self.proxy.set_status_filter(choice))

    def _remember_shown(self, mentee_id: int | None) -> None:
        self.shown_id = mentee_id

    def _filter_keeping_page(self, change: Callable[[], None]) -> None:
        """Filtering never switches the page to another mentee: Qt would move the selection
        to a neighbour when the selected row disappears. The page keeps showing the mentee
        until the trainer picks someone from the narrowed list."""
        before = self.current_id() or self.shown_id
        self._reloading = True
        try:
            change()
            if before is None or not self.select_id(before):
                self.view.selectionModel().clear()
        finally:
            self._reloading = False
        self._update_state()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._reloading:
            return
        self.mentee_selected.emit(self.current_id() if current.isValid() else None)

    def _update_state(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total == 0:
            self.stack.set_message(
                self.tr("No mentees yet.\nPress Ctrl+Shift+M to add your first mentee.")
            )
        elif shown == 0:
            self.stack.set_message(
                self.tr("No mentee matches this filter.\nClear the filter or choose “All mentees”.")
            )
        self.stack.set_empty(shown == 0)
        self.count_label.setVisible(total > 0)
        if shown == total:
            self.count_label.setText(self.tr("%n mentee(s)", "", total))
        else:
            self.count_label.setText(
                self.tr("{shown} of {total} mentees shown").format(shown=shown, total=total)
            )
