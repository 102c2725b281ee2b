"""The programme dashboard: four figures across all mentees, and who the trainer is losing
touch with (every active mentee, most urgent first).

Shown in the right pane when no mentee is selected, and from View > Programme dashboard
(Ctrl+D) at any time. Clicking a row (or Enter on it) asks the window to open that mentee.
The contact status is a coloured dot AND a word, never colour alone.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QHeaderView, QVBoxLayout, QWidget

from ..services import Contact, Dashboard, Services, TouchRow
from . import formatting
from .common import EmptyStack, plain_label, section_title, table_view
from .item_models import ID_ROLE, SORT_ROLE, RowTableModel
from .style import ColourRole, colour, current

# Roles, not colours: the colour is looked up in the theme in use when a row is painted.
CONTACT_COLOURS: dict[Contact, ColourRole] = {
    Contact.GREEN: "good",
    Contact.AMBER: "amber",
    Contact.RED: "warning",
}
CONTACT_ROLE = Qt.ItemDataRole.UserRole + 30  # the row's Contact value


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


def contact_word(row: TouchRow) -> str:
    if row.days_since is None:
        return _tr("Never met")
    return {
        Contact.GREEN: _tr("On track"),
        Contact.AMBER: QCoreApplication.translate(
            "Dashboard", "Due", "meeting status: time to meet again"
        ),
        Contact.RED: _tr("Overdue"),
    }[row.contact]


_dots: dict[str, QIcon] = {}


def contact_dot(contact: Contact) -> QIcon:
    """A filled circle in the contact colour (made once per colour)."""
    fill = getattr(current(), CONTACT_COLOURS[contact])
    if fill not in _dots:
        size = 12
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(fill))
        painter.drawEllipse(1, 1, size - 2, size - 2)
        painter.end()
        _dots[fill] = QIcon(pixmap)
    return _dots[fill]


class TouchTableModel(RowTableModel):
    """The "losing touch" rows of `Dashboard`, in the service's order (most urgent first)."""

    NAME, LAST_SESSION, DAYS_SINCE, CADENCE, STATUS = range(5)
    COLUMNS = ("Mentee", "Last session", "Days since", "Meets every", "Contact")
    CONTEXT = "TouchTableModel"

    def row_id(self, row: TouchRow) -> int:
        return row.mentee_id

    def cell(self, row: TouchRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return row.full_name
            if column == self.LAST_SESSION:
                return formatting.short_date(row.last_session, _tr("never"))
            if column == self.DAYS_SINCE:
                return formatting.count(row.days_since) if row.days_since is not None else "—"
            if column == self.CADENCE:
                return _tr("{n} days").format(n=formatting.count(row.cadence_days))
            if column == self.STATUS:
                return contact_word(row)
        elif role == Qt.ItemDataRole.DecorationRole and column == self.STATUS:
            return contact_dot(row.contact)
        elif role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return colour(CONTACT_COLOURS[row.contact])
        elif role == CONTACT_ROLE:
            return row.contact.value
        elif role == SORT_ROLE and column == self.DAYS_SINCE:
            return row.days_since if row.days_since is not None else 10**6
        elif role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.DAYS_SINCE,
            self.CADENCE,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        elif role == Qt.ItemDataRole.ToolTipRole:
            return _tr("Open {name} (Enter)").format(name=row.full_name)
        elif role == Qt.ItemDataRole.AccessibleTextRole and column == self.STATUS:
            return contact_word(row)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return super().flags(index) & ~Qt.ItemFlag.ItemIsEditable


class FigureCard(QFrame):
    """One big number with a caption under it."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setObjectName("figureCard")
        self.number = plain_label("0", object_name="figureNumber")
        self.caption = plain_label(caption, role="muted", wrap=True)
        self.detail = plain_label(role="muted")
        self.detail.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.setSpacing(0)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        layout.addWidget(self.detail)
        self.setAccessibleName(caption)

    def set_value(self, number: str, alert: bool = False, detail: str = "") -> None:
        self.number.setText(number)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.number.setProperty("alert", "true" if alert else "false")
        self.number.style().unpolish(self.number)
        self.number.style().polish(self.number)
        self.setAccessibleDescription(number)


class DashboardPage(QWidget):
    """The programme at a glance; emits `mentee_requested(id)` when a row is chosen and
    `close_requested` on Escape."""

    mentee_requested = Signal(int)
    close_requested = Signal()

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self._today = today
        self.dashboard: Dashboard | None = None
        self.setObjectName("dashboardBody")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)

        self.title = plain_label(_tr("Programme dashboard"), object_name="dashboardTitle")
        self.date_label = plain_label(role="muted")
        self.active_card = FigureCard(_tr("active mentees"))
        self.sessions_card = FigureCard(_tr("sessions this month"))
        self.goals_card = FigureCard(_tr("goals achieved this month"))
        self.overdue_card = FigureCard(_tr("overdue action items"))

        self.model = TouchTableModel(self)
        self.view = table_view(self.model, _tr("Mentees by how long since the last session"))
        self.view.clicked.connect(self._open_index)
        self.view.activated.connect(self._open_index)
        self.view.setTabKeyNavigation(False)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setResizeContentsPrecision(100)  # 600 mentees: measure a sample, not all
        header.setSectionResizeMode(TouchTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(TouchTableModel.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.touch_title = section_title(_tr("Who am I losing touch with?"))
        self.legend = plain_label(
            _tr(
                "On track: seen within their cadence · Due: a meeting is due · "
                "Overdue: more than half a cadence late, or never met. Enter opens a mentee."
            ),
            role="muted",
            wrap=True,
        )
        self.stack = EmptyStack(
            self.view, _tr("No active mentees. Add a mentee or set one to Active.")
        )

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.date_label, 0, Qt.AlignmentFlag.AlignBottom)
        cards = QHBoxLayout()
        cards.setSpacing(10)
        for card in self.figure_cards():
            cards.addWidget(card, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(cards)
        layout.addWidget(self.touch_title)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.legend)

        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_requested)

    def figure_cards(self) -> list[FigureCard]:
        return [self.active_card, self.sessions_card, self.goals_card, self.overdue_card]

    def load(self) -> None:
        """Read the figures again for today."""
        selected = self._current_id()
        d = self.dashboard = self.services.dashboard.build(self._today())
        self.date_label.setText(formatting.long_date(d.today))
        self.active_card.set_value(formatting.count(d.active_mentees))
        self.sessions_card.set_value(formatting.count(d.sessions_this_month))
        self.goals_card.set_value(
            formatting.count(d.goals_achieved_this_month),
            detail=_tr("{n} in all").format(n=formatting.count(d.goals_achieved)),
        )
        self.overdue_card.set_value(
            formatting.count(d.overdue_actions), alert=d.overdue_actions > 0
        )
        self.model.set_rows(d.losing_touch)
        self.stack.set_empty(not d.losing_touch)
        if selected is not None:
            index = self.model.index_of_id(selected)
            if index.isValid():
                self.view.setCurrentIndex(index)

    def _current_id(self) -> int | None:
        index = self.view.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() else None

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.mentee_requested.emit(self.model.row_id(self.model.row_at(index.row())))

    def focus_list(self) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.model.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))
