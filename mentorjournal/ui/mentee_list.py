"""The left pane: the live filter, the status filter, more filters (tag, programme, cohort,
last session, overdue actions) behind a "Filters" button with a visible "n filters active ·
Clear" line, and the list of mentees."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..services import MenteeSummary, Services
from ..services.filters import MenteeFilter
from .common import EmptyStack, plain_label, table_view
from .delegates import BadgeDelegate, TwoLineDelegate
from .formatting import count
from .item_models import ID_ROLE, MenteeFilterProxy, MenteeListModel, StatusFilter
from .item_models.mentees import OPEN_ACTIONS_ROLE, SUBTITLE_ROLE

if TYPE_CHECKING:  # the panel's module (date fields, calendars) loads with the panel
    from .mentee_filters import MenteeFilterPanel


class MenteeListPane(QWidget):
    """Lists mentees; emits `mentee_selected` with an id, or None when nothing is selected."""

    mentee_selected = Signal(object)  # int | None
    FITTED_COLUMNS = (MenteeListModel.LAST_SESSION, MenteeListModel.OPEN_ACTIONS)
    PANEL_POSITION = 2  # in the pane's layout: under the status row
    FIT_SAMPLE_ROWS = 20  # rows measured for those columns' width (their texts vary little)

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

        self.filters_button = QToolButton()
        self.filters_button.setText(self.tr("Filters"))
        self.filters_button.setCheckable(True)
        self.filters_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.filters_button.setArrowType(Qt.ArrowType.DownArrow)
        self.filters_button.setToolTip(
            self.tr("Filter by tag, programme, cohort, last session or overdue action items")
        )
        self.filters_button.setAccessibleName(self.tr("Show more filters"))
        self.filters_button.toggled.connect(self._show_panel)
        # The panel is built when first needed (`panel`): it is hidden at start and holds a
        # good part of the pane's widgets (date fields with their calendars).
        self._panel: MenteeFilterPanel | None = None
        self._choices: Sequence[MenteeSummary] = ()  # what the panel offers, once built
        self.active_label = plain_label(role="muted")
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setFlat(True)
        self.clear_button.setProperty("role", "link")
        self.clear_button.setToolTip(self.tr("Show every current mentee again"))
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        active_row = QHBoxLayout()
        active_row.setSpacing(4)
        active_row.setContentsMargins(0, 0, 0, 0)
        active_row.addWidget(self.active_label)
        active_row.addWidget(self.clear_button)
        active_row.addStretch(1)
        self.active_bar = QWidget()
        self.active_bar.setLayout(active_row)
        self.active_bar.hide()

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
        # The date and count columns get a width from their titles and a sample of rows
        # (`_fit_columns`), not ResizeToContents: that re-measured the rows on every filter
        # keystroke, and every row of the list whenever the view was hidden (as it is while
        # the window is built, when the style sheet comes in: 6,000 mentees, 2.9 s).
        for column in self.FITTED_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)

        self.count_label = plain_label(role="muted")
        self.stack = EmptyStack(self.view, "")

        status_row = QHBoxLayout()
        status_row.setSpacing(6)
        show = plain_label(self.tr("Show:"), role="muted")
        show.setBuddy(self.status_combo)
        status_row.addWidget(show)
        status_row.addWidget(self.status_combo, 1)
        status_row.addWidget(self.filters_button)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 6, 10)
        layout.setSpacing(8)
        layout.addWidget(self.filter_edit)
        layout.addLayout(status_row)
        # (the filter panel goes here, at PANEL_POSITION, when it is built)
        layout.addWidget(self.active_bar)
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
            summaries = self.services.mentee_list.summaries()
            self.model.set_rows(summaries)
            self._fit_columns()
            self._choices = summaries
            if self._panel is not None:
                self._panel.set_choices(summaries)
            # A chosen tag or programme no mentee has any more is dropped from the filter.
            self.proxy.set_filter(self._with_panel_criteria(self.proxy.current_filter()))
            if (
                keep is not None
                and not self.select_id(keep)
                and self.model.index_of_id(keep).isValid()
            ):
                # The mentee is hidden by the filters: show everyone rather than lose them.
                self.reveal_all()
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
        return [self._name_at(r) for r in range(self.proxy.rowCount())]

    def first_name(self) -> str | None:
        """The full name listed first, None with no one listed."""
        return self._name_at(0) if self.proxy.rowCount() else None

    def _name_at(self, row: int) -> str:
        return self.model.summary(self.proxy.mapToSource(self.proxy.index(row, 0)).row()).full_name

    def set_status_filter(self, choice: StatusFilter) -> None:
        self.status_combo.setCurrentIndex(self.status_combo.findData(choice))

    def active_filter_count(self) -> int:
        return len(self.proxy.current_filter().active_criteria())

    @property
    def panel(self) -> MenteeFilterPanel:
        """The filter panel (tag, programme, cohort...), built when first asked for."""
        if self._panel is None:
            from .mentee_filters import MenteeFilterPanel

            panel = MenteeFilterPanel()
            panel.hide()
            panel.set_choices(self._choices)
            panel.changed.connect(self._on_panel_changed)
            self._layout.insertWidget(self.PANEL_POSITION, panel)
            self._panel = panel
        return self._panel

    def _with_panel_criteria(self, base: MenteeFilter) -> MenteeFilter:
        """`base` with the panel's criteria; a panel not built yet has none chosen (every
        criterion but the text and statuses at its default: `without_panel_criteria`)."""
        if self._panel is None:
            return MenteeFilter(text=base.text, statuses=base.statuses)
        return self._panel.applied_to(base)

    def _clear_panel(self) -> None:
        if self._panel is not None:
            self._panel.set_criteria()  # emits `changed` once
        else:
            self._on_panel_changed()

    def clear_filters(self) -> None:
        """Back to the default view: current mentees, no tag, programme... (text stays)."""
        self._clear_panel()
        if self.status_combo.currentData() not in (StatusFilter.CURRENT, StatusFilter.ALL):
            self.set_status_filter(StatusFilter.CURRENT)

    def reveal_all(self) -> None:
        """Show every mentee: no text, no filter, all statuses."""
        self.filter_edit.clear()
        self._clear_panel()
        self.set_status_filter(StatusFilter.ALL)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    # --- internals -----------------------------------------------------------------------
    def _fit_columns(self) -> None:
        """Width of the date and count columns: their title's (sort arrow included) or the
        widest of a sample of rows, whichever is wider. Dates and counts are all about as
        wide, so a sample decides as well as every row, at a fixed cost. Done when shown
        (hidden, the style sheet may not be in force yet: see `app.style_sheet_held_back`)."""
        if not self.isVisible():
            return
        header = self.view.horizontalHeader()
        rows = min(self.proxy.rowCount(), self.FIT_SAMPLE_ROWS)
        for column in self.FITTED_COLUMNS:
            width = header.sectionSizeHint(column)
            for row in range(rows):
                index = self.proxy.index(row, column)
                width = max(width, self.view.sizeHintForIndex(index).width())
            header.resizeSection(column, width)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        # Titles and dates measure differently in another style, font or language.
        if event.type() in (
            QEvent.Type.StyleChange,
            QEvent.Type.FontChange,
            QEvent.Type.LanguageChange,
        ):
            self._fit_columns()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fit_columns()  # with the style (sheet) the window is shown in

    def _on_filter_text(self, text: str) -> None:
        self._filter_keeping_page(lambda: self.proxy.set_text(text))

    def _on_status_changed(self, _index: int) -> None:
        choice = self.status_combo.currentData()
        if isinstance(choice, StatusFilter):
            self._filter_keeping_page(lambda: self.proxy.set_status_filter(choice))

    def _on_panel_changed(self) -> None:
        self._filter_keeping_page(
            lambda: self.proxy.set_filter(self._with_panel_criteria(self.proxy.current_filter()))
        )

    def _show_panel(self, shown: bool) -> None:
        self.panel.setVisible(shown)
        self.filters_button.setArrowType(Qt.ArrowType.UpArrow if shown else Qt.ArrowType.DownArrow)

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
                self.tr("No mentee matches these filters.\nClear them, or choose “All mentees”.")
            )
        self.stack.set_empty(shown == 0)
        self.count_label.setVisible(total > 0)
        if shown == total:
            self.count_label.setText(self.tr("%n mentee(s)", "", total))
        else:
            self.count_label.setText(
                self.tr("{shown} of {total} mentees shown").format(
                    shown=count(shown), total=count(total)
                )
            )
        active = self.active_filter_count()
        self.active_bar.setVisible(active > 0)
        self.active_label.setText(
            self.tr("1 filter active ·")
            if active == 1
            else self.tr("{n} filters active ·").format(n=count(active))
        )
        self.filters_button.setText(
            self.tr("Filters ({n})").format(n=count(active)) if active else self.tr("Filters")
        )
