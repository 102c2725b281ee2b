"""The Sessions view (View > All sessions, Ctrl+Shift+S): every mentee's sessions in one list,
newest first, filtered by mentee name, tag, programme, cohort and dates.

It takes the right-hand side of the window, like the dashboard. The list reads a page at a time
(item_models/session_list.py); the filters become SQL (services/session_list.py). Opening a
session (double-click, Enter or "Open") shows it on its mentee's Sessions tab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services import Services
from ..services.filters import SessionFilter, fold
from . import formatting
from .common import EmptyStack, plain_label, section_title, table_view
from .item_models import ID_ROLE
from .item_models.session_list import SessionListModel
from .mentee_filters import ChoiceCombo
from .widgets import OptionalDateEdit

if TYPE_CHECKING:
    from .main_window import MainWindow

TYPING_PAUSE_MS = 250  # the mentee box filters once typing pauses, not per keystroke
COUNT_CAP = 10_000  # sessions counted exactly when a mentee filter is on


class SessionsView(QWidget):
    """All sessions with combinable filters. Emits `open_requested(session_id, mentee_id)`."""

    open_requested = Signal(int, int)
    close_requested = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._filter = SessionFilter()
        self._filling = False
        self.model = SessionListModel(self)

        self.mentee_edit = QLineEdit()
        self.mentee_edit.setPlaceholderText(self.tr("Mentee name"))
        self.mentee_edit.setClearButtonEnabled(True)
        self.mentee_edit.setAccessibleName(self.tr("Filter sessions by mentee name"))
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.apply_filters)
        self.mentee_edit.textChanged.connect(lambda _text: self._typing.start())
        self.tag = ChoiceCombo(self.tr("Any tag"))
        self.tag.setAccessibleName(self.tr("Filter sessions by tag"))
        self.programme = ChoiceCombo(self.tr("Any programme"))
        self.programme.setAccessibleName(self.tr("Filter sessions by programme"))
        self.cohort = ChoiceCombo(self.tr("Any cohort"))
        self.cohort.setAccessibleName(self.tr("Filter sessions by cohort"))
        self.date_from = OptionalDateEdit()
        self.date_from.setAccessibleName(self.tr("Sessions from"))
        self.date_to = OptionalDateEdit()
        self.date_to.setAccessibleName(self.tr("Sessions until"))
        for combo in (self.tag, self.programme, self.cohort):
            combo.currentIndexChanged.connect(self._on_control_changed)
        self.date_from.changed.connect(self._on_control_changed)
        self.date_to.changed.connect(self._on_control_changed)

        self.view = table_view(self.model, self.tr("All sessions"))
        self.view.activated.connect(self._open_index)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(SessionListModel.TOPICS, QHeaderView.ResizeMode.Stretch)
        widths = {
            SessionListModel.DATE: 130,
            SessionListModel.MENTEES: 170,
            SessionListModel.PROGRAMME: 140,
            SessionListModel.KIND: 100,
            SessionListModel.TAGS: 150,
        }
        for column, width in widths.items():
            header.resizeSection(column, width)
        self.stack = EmptyStack(self.view, self.tr("No session matches these filters."))

        self.count_label = plain_label(role="muted")
        self.active_label = plain_label(role="muted")
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setFlat(True)
        self.clear_button.setProperty("role", "link")
        self.clear_button.setAccessibleName(self.tr("Clear session filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        self.open_button = QPushButton(self.tr("Open", "button: open the selected entry"))
        self.open_button.setProperty("role", "primary")
        self.open_button.setToolTip(self.tr("Show the session on its mentee's Sessions tab"))
        self.open_button.clicked.connect(lambda: self._open_index(self.view.currentIndex()))
        close = QPushButton(self.tr("Close"))
        close.setToolTip(self.tr("Back to the mentee's page"))
        close.clicked.connect(self.close_requested)

        title_row = QHBoxLayout()
        title_row.addWidget(section_title(self.tr("All sessions")))
        title_row.addStretch(1)
        title_row.addWidget(self.open_button)
        title_row.addWidget(close)
        filters = QHBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(self.mentee_edit, 2)
        filters.addWidget(self.tag, 1)
        filters.addWidget(self.programme, 1)
        filters.addWidget(self.cohort, 1)
        dates = QHBoxLayout()
        dates.setSpacing(6)
        from_label = QLabel(self.tr("&From:"))
        from_label.setBuddy(self.date_from)
        to_label = QLabel(self.tr("&To:"))
        to_label.setBuddy(self.date_to)
        dates.addWidget(from_label)
        dates.addWidget(self.date_from)
        dates.addWidget(to_label)
        dates.addWidget(self.date_to)
        dates.addSpacing(12)
        dates.addWidget(self.active_label)
        dates.addWidget(self.clear_button)
        dates.addStretch(1)
        dates.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(title_row)
        layout.addLayout(filters)
        layout.addLayout(dates)
        layout.addWidget(self.stack, 1)
        self._update_buttons()

    # --- public --------------------------------------------------------------------------
    def load(self) -> None:
        """Read the choices and the sessions again (the view is being shown)."""
        self._filling = True
        try:
            programmes, cohorts = self.services.mentees.programmes_and_cohorts()
            self.tag.set_values(self.services.sessions.tags_in_use())
            self.programme.set_values(programmes)
            self.cohort.set_values(cohorts)
        finally:
            self._filling = False
        self.apply_filters(force=True)

    def current_filter(self) -> SessionFilter:
        return self._filter

    def apply_filters(self, force: bool = False) -> None:
        """Run the query the controls describe (now: the typing pause is skipped)."""
        self._typing.stop()
        start, end = self.date_from.date(), self.date_to.date()
        if start is not None and end is not None and end < start:
            start, end = end, start
        tag = self.tag.value()
        new = SessionFilter(
            mentee_text=self.mentee_edit.text(),
            tags=frozenset({tag}) if tag is not None else frozenset(),
            programme=self.programme.value(),
            cohort=self.cohort.value(),
            date_from=start,
            date_to=end,
        )
        if new == self._filter and not force:
            return
        self._filter = new
        query = self.services.sessions.across_mentees(new)
        self.model.set_query(query)
        # Counting every session of many mentees costs a scan of them all: stop at a cap.
        cap = COUNT_CAP if new.filters_mentees() else None
        total = query.count(at_most=cap)
        self.stack.set_empty(total == 0)
        if cap is not None and total > cap:
            self.count_label.setText(
                self.tr("More than {n} sessions").format(n=formatting.count(cap))
            )
        elif total == 1:
            self.count_label.setText(self.tr("1 session"))
        else:
            self.count_label.setText(self.tr("{n} sessions").format(n=formatting.count(total)))
        active = len(new.active_criteria())
        self.active_label.setText(
            self.tr("1 filter active ·")
            if active == 1
            else self.tr("{n} filters active ·").format(n=formatting.count(active))
        )
        self.active_label.setVisible(active > 0)
        self.clear_button.setVisible(active > 0)
        if self.model.rowCount():
            self.view.selectRow(0)
        self._update_buttons()

    def clear_filters(self) -> None:
        self._filling = True
        try:
            self.mentee_edit.clear()
            for combo in (self.tag, self.programme, self.cohort):
                combo.set_value(None)
            self.date_from.set_date(None)
            self.date_to.set_date(None)
        finally:
            self._filling = False
        self.apply_filters()

    def current_session_id(self) -> int | None:
        index = self.view.currentIndex()
        value = index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None
        return int(value) if value is not None else None

    def focus_list(self) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- internals -----------------------------------------------------------------------
    def _on_control_changed(self, *_args: object) -> None:
        if not self._filling:
            self.apply_filters()

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.current_session_id() is not None)

    def _open_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self.model.row_at(index.row())
        if row.mentee_ids:
            mentee_id = row.mentee_ids[0]
            # Prefer the mentee the name filter is about, in a group session.
            words = fold(self.mentee_edit.text()).split()
            for mid, name in zip(row.mentee_ids, row.mentees, strict=True):
                if words and all(w in fold(name) for w in words):
                    mentee_id = mid
                    break
            self.open_requested.emit(row.id, mentee_id)


def view_of(window: MainWindow) -> SessionsView:
    """The window's Sessions view, built the first time it is wanted (View > All sessions is
    listed in ui/features.py, which loads this module only then)."""
    view: SessionsView | None = getattr(window, "_sessions_view", None)
    if view is not None:
        return view
    view = SessionsView(window.services)
    window._sessions_view = view  # type: ignore[attr-defined]
    window.right.addWidget(view)

    def open_session(session_id: int, mentee_id: int) -> None:
        window.open_mentee(mentee_id)
        window.page.show_session(session_id)
        window.show_page()

    def close() -> None:
        if window.page.mentee_id is not None:
            window.show_page()
        else:
            window.show_dashboard()

    view.open_requested.connect(open_session)
    view.close_requested.connect(close)
    return view


def show(window: MainWindow) -> SessionsView:
    """View > All sessions: the view on the right-hand side, like the dashboard."""
    view = view_of(window)
    view.load()
    window.right.setCurrentWidget(view)
    window._update_actions()
    if window.isVisible():
        view.focus_list()
    return view
