"""The search page: a field that searches as you type and the results grouped by mentee.

It lives in the main window's right-hand stack (beside the mentee page and the dashboard),
so the app lock hides it with the rest of the journal. Activating a hit (Enter or
double-click) opens that mentee on the right tab with the record selected.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...services import Services
from ...services.search import SearchHit, SearchResults
from ..common import plain_label
from ..formatting import count
from .delegate import SnippetDelegate
from .model import HIT_ROLE, SearchResultsModel

DEBOUNCE_MS = 250
LIMIT = 50  # the best 50 hits: plenty to scan, and quick to show


class _QueryEdit(QLineEdit):
    """The search field: Down goes to the results, Enter opens the first hit."""

    down_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)


class SearchPage(QWidget):
    """Search everything written in the journal; `hit_activated` asks to open a hit."""

    hit_activated = Signal(object)  # SearchHit
    close_requested = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPage")
        self.services = services
        self.results: SearchResults | None = None
        self.title = plain_label(self.tr("Search the journal"), object_name="pageTitle")
        self.edit = _QueryEdit()
        self.edit.setPlaceholderText(
            self.tr('Words, or "a phrase" — names, notes, goals, actions, reflections')
        )
        self.edit.setAccessibleName(self.tr("Search the journal"))
        self.edit.setClearButtonEnabled(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close_requested)
        self.status = plain_label(role="muted", wrap=True)
        self.model = SearchResultsModel(self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.view.setRootIsDecorated(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.delegate = SnippetDelegate(self.model, self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.activated.connect(self._activate)
        self.view.doubleClicked.connect(self._activate)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.edit.textChanged.connect(lambda _text: self.timer.start())
        self.edit.returnPressed.connect(self._open_first)
        self.edit.down_pressed.connect(self.focus_results)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.edit)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self._show_status()

    # --- searching -------------------------------------------------------------------------
    def focus_field(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def run_search(self) -> None:
        """Search now for what is in the field (the timer calls this after typing stops)."""
        self.timer.stop()
        text = self.edit.text()
        self.results = self.services.search.search(text, limit=LIMIT) if text.strip() else None
        self.model.set_results(self.results)
        self.view.expandAll()
        self._show_status()

    def reload(self) -> None:
        """Search again (records changed); keeps the query."""
        if self.results is not None:
            self.run_search()

    def _show_status(self) -> None:
        r = self.results
        if r is None:
            self.status.setText(
                self.tr(
                    "Words match as beginnings (weld finds welding); put words in quotes for "
                    "a phrase. Case and accents do not matter. Ctrl+Shift+F comes back here."
                )
            )
        elif not r.groups:
            self.status.setText(self.tr("Nothing found."))
        else:
            text = self.tr("{hits} found for %n mentee(s).", "", len(r.groups)).format(
                hits=count(len(r))
            )
            if r.limited:
                text += " " + self.tr("Only the best are shown: add words to narrow it.")
            if r.common:
                text += " " + self.tr("Very common words: the newest records were ranked.")
            self.status.setText(text)

    # --- keyboard and activation --------------------------------------------------------------
    def focus_results(self) -> None:
        if self.model.rowCount() == 0:
            return
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        first_hit = self.model.index(0, 0, self.model.index(0, 0))
        self.view.setCurrentIndex(first_hit)

    def _open_first(self) -> None:
        self.run_search()
        first = self.model.index(0, 0, self.model.index(0, 0))
        if first.isValid():
            self._activate(first)

    def _activate(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.hit_activated.emit(hit)
        elif index.isValid():  # a mentee row: open that mentee's first hit
            child = self.model.index(0, 0, index)
            if child.isValid():
                self.hit_activated.emit(child.data(HIT_ROLE))

    def current_hit(self) -> SearchHit | None:
        hit = self.view.currentIndex().data(HIT_ROLE)
        return hit if isinstance(hit, SearchHit) else None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.close_requested.emit()
            return
        super().keyPressEvent(event)
