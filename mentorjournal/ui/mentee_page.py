"""The right pane: a mentee's header and tabs, or a welcome page when no one is selected.

Opening a mentee shows the Brief tab and reads only the tab on screen; the other tabs are read
when they are first shown (each remembers which mentee it shows), so opening stays fast on a
large journal. The tabs, the Brief too, are also built (their modules imported) only when
first shown or asked for (`brief_tab`, `sessions_tab`...): the window first paints with the
welcome page. Code that connects to a tab's signals uses `when_built`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..services import Services
from .common import plain_label
from .labels import enum_label
from .tabs.lazy import LazyTabWidget

if TYPE_CHECKING:  # each tab's module loads when the tab is built (issue 7, cold start)
    from .tabs import ActionsTab, GoalsTab, OverviewTab, ReflectionsTab, SessionsTab
    from .tabs.brief import BriefTab
    from .tabs.progress import ProgressTab

TabHook = Callable[[Any], object]


class MenteeHeader(QFrame):
    """Name, preferred name, programme and cohort, status; and the Edit button."""

    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageHeader")
        self.name_label = plain_label(object_name="pageTitle", selectable=True)
        self.name_label.setAccessibleName(self.tr("Mentee name"))
        self.preferred_label = plain_label(role="muted")
        self.details_label = plain_label(role="muted")
        self.status_label = plain_label(object_name="statusPill")
        self.status_label.setAccessibleName(self.tr("Status"))
        self.edit_button = QPushButton(self.tr("Edit mentee…"))
        self.edit_button.setAccessibleName(self.tr("Edit mentee"))
        self.edit_button.clicked.connect(self.edit_requested)

        title_row = QHBoxLayout()
        title_row.setSpacing(10)
        title_row.addWidget(self.name_label)
        title_row.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignVCenter)
        title_row.addStretch(1)
        title_row.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(2)
        layout.addLayout(title_row)
        sub = QHBoxLayout()
        sub.setSpacing(14)
        sub.addWidget(self.details_label)
        sub.addWidget(self.preferred_label)
        sub.addStretch(1)
        layout.addLayout(sub)

    def show_mentee(self, services: Services, mentee_id: int) -> None:
        m = services.mentees.get(mentee_id)
        self.name_label.setText(m.full_name)
        self.preferred_label.setText(
            self.tr("Goes by “{name}”").format(name=m.preferred_name) if m.preferred_name else ""
        )
        self.preferred_label.setVisible(bool(m.preferred_name))
        details = " · ".join(p for p in (m.programme, m.cohort, m.level) if p)
        self.details_label.setText(details or self.tr("No programme set"))
        self.status_label.setText(enum_label(m.status))


class WelcomePage(QWidget):
    """Shown when no mentee is selected: what to do next, in plain words."""

    new_mentee_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.title = plain_label(self.tr("Mentor Journal"), object_name="welcomeTitle")
        self.message = plain_label(wrap=True, role="muted")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.new_button = QPushButton(self.tr("Add a mentee…"))
        self.new_button.setProperty("role", "primary")
        self.new_button.setAccessibleName(self.tr("Add a mentee"))
        self.new_button.clicked.connect(self.new_mentee_requested)
        hints = (
            ("Ctrl+Shift+M", self.tr("add a mentee")),
            ("Ctrl+N", self.tr("log a session")),
            ("Ctrl+G", self.tr("set a goal")),
            ("Ctrl+R", self.tr("write a reflection")),
            ("Ctrl+K", self.tr("rate skills")),
            ("Ctrl+F", self.tr("find a mentee")),
            ("Ctrl+D", self.tr("programme dashboard")),
        )
        self.hints = QGridLayout()
        self.hints.setHorizontalSpacing(12)
        self.hints.setVerticalSpacing(4)
        for row, (keys, what) in enumerate(hints):
            key_label = plain_label(keys)
            key_label.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.hints.addWidget(key_label, row, 0)
            self.hints.addWidget(plain_label(what, role="muted"), row, 1)
        box = QVBoxLayout()
        box.setSpacing(14)
        box.addWidget(self.title, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addWidget(self.message, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addSpacing(10)
        # In a widget of its own so that the opening message can hide it.
        self.hints_panel = QWidget()
        self.hints_panel.setLayout(self.hints)
        self.hints.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.hints_panel, 0, Qt.AlignmentFlag.AlignHCenter)
        grid = QGridLayout(self)
        grid.addLayout(box, 1, 1)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(2, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)
        self.set_journal_empty(True)

    def show_opening(self, name: str) -> None:
        """At start, between the first paint and the first mentee's page (the database
        layer loads meanwhile, up to a second on a slow laptop): say what is coming instead
        of inviting a choice that is about to be made for the trainer."""
        self.message.setText(self.tr("Opening {name}…").format(name=name))
        self.new_button.hide()
        self.hints_panel.hide()

    def set_journal_empty(self, empty: bool) -> None:
        self.new_button.show()
        self.hints_panel.show()
        if empty:
            self.message.setText(
                self.tr(
                    "Your journal is empty. Start by adding a mentee: "
                    "you can then log sessions, goals, action items and reflections."
                )
            )
        else:
            self.message.setText(self.tr("Choose a mentee on the left to see their page."))


class MenteePage(QStackedWidget):
    """The welcome page, or the selected mentee's header and tabs."""

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.mentee_id: int | None = None
        self.welcome = WelcomePage()
        self.header = MenteeHeader()
        # Every tab, the Brief too, is built (and its module imported) when first shown or
        # asked for: the window paints with the welcome page, and the first mentee's Brief
        # follows (issue 7, cold start).
        factories: dict[str, tuple[Callable[[], QWidget], str]] = {
            "brief": (lambda: _brief_tab(services, today), self.tr("Brief")),
            "overview": (lambda: _overview_tab(services, today), self.tr("Overview")),
            "sessions": (lambda: _sessions_tab(services), self.tr("Sessions")),
            "goals": (lambda: _goals_tab(services), self.tr("Goals")),
            "progress": (lambda: _progress_tab(services, today), self.tr("Progress")),
            "actions": (lambda: _actions_tab(services, today), self.tr("Actions")),
            "reflections": (lambda: _reflections_tab(services), self.tr("Reflections")),
        }
        self.tabs = LazyTabWidget()
        self.tabs.setAccessibleName(self.tr("Mentee page"))
        self.tabs.setDocumentMode(False)
        self._index: dict[str, int] = {}
        self._hooks: dict[str, list[TabHook]] = {}
        # Quiet while filling: the first tab added becomes current, which would build it.
        blocker = QSignalBlocker(self.tabs)
        for name, (factory, label) in factories.items():
            self._index[name] = self.tabs.add_lazy(factory, label)
        blocker.unblock()
        self.tabs.tab_built_hooks.append(self._on_tab_built)

        self.mentee_widget = QWidget()
        layout = QVBoxLayout(self.mentee_widget)
        layout.setContentsMargins(6, 10, 10, 10)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.addWidget(self.welcome)
        self.addWidget(self.mentee_widget)

        self._loaded: dict[QWidget, int] = {}  # tab -> the mentee it was read for
        self.tabs.currentChanged.connect(lambda _i: self.load_tab(self.tabs.currentWidget()))
        self.when_built("brief", self._connect_brief)

    def _connect_brief(self, brief: BriefTab) -> None:
        brief.open_tab_requested.connect(self.show_tab)
        brief.session_requested.connect(self.show_session)

    # --- the tabs, built on first use ----------------------------------------------------
    def _tab(self, name: str) -> Any:
        return self.tabs.widget(self._index[name])

    @property
    def brief_tab(self) -> BriefTab:
        return cast("BriefTab", self._tab("brief"))

    @property
    def overview_tab(self) -> OverviewTab:
        return cast("OverviewTab", self._tab("overview"))

    @property
    def sessions_tab(self) -> SessionsTab:
        return cast("SessionsTab", self._tab("sessions"))

    @property
    def goals_tab(self) -> GoalsTab:
        return cast("GoalsTab", self._tab("goals"))

    @property
    def progress_tab(self) -> ProgressTab:
        return cast("ProgressTab", self._tab("progress"))

    @property
    def actions_tab(self) -> ActionsTab:
        return cast("ActionsTab", self._tab("actions"))

    @property
    def reflections_tab(self) -> ReflectionsTab:
        return cast("ReflectionsTab", self._tab("reflections"))

    def is_built(self, name: str) -> bool:
        return self.tabs.is_built(self._index[name])

    def when_built(self, name: str, hook: TabHook) -> None:
        """Call `hook(tab)` once the tab called `name` exists (now, if it does already):
        connecting to a tab's signals this way does not build it."""
        if self.is_built(name):
            hook(self._tab(name))
        else:
            self._hooks.setdefault(name, []).append(hook)

    def _on_tab_built(self, tab: QWidget) -> None:
        name = next(n for n, i in self._index.items() if self.tabs.indexOf(tab) == i)
        for hook in self._hooks.pop(name, []):
            hook(tab)

    def record_tabs(self) -> list[SessionsTab | GoalsTab | ActionsTab | ReflectionsTab]:
        return [self.sessions_tab, self.goals_tab, self.actions_tab, self.reflections_tab]

    def all_tabs(self) -> list[QWidget]:
        return [w for i in range(self.tabs.count()) if (w := self.tabs.widget(i)) is not None]

    def show_mentee(self, mentee_id: int | None) -> None:
        """Show `mentee_id` (on the Brief tab when it is another mentee), reading only the tab
        on screen; or show the welcome page for None."""
        changed = mentee_id != self.mentee_id
        self.mentee_id = mentee_id
        self._loaded.clear()  # every tab is stale now
        if mentee_id is None:
            self.setCurrentWidget(self.welcome)
            return
        self.header.show_mentee(self.services, mentee_id)
        if changed:
            self.tabs.setCurrentWidget(self.brief_tab)  # loads it through currentChanged
        self.load_tab(self.tabs.currentWidget())
        self.setCurrentWidget(self.mentee_widget)

    def load_tab(self, tab: QWidget | None) -> None:
        """Read `tab` for the shown mentee unless it already shows them."""
        if tab is None or self.mentee_id is None or self._loaded.get(tab) == self.mentee_id:
            return
        self._loaded[tab] = self.mentee_id
        tab.load(self.mentee_id)  # type: ignore[attr-defined]

    def is_loaded(self, tab: QWidget) -> bool:
        return self.mentee_id is not None and self._loaded.get(tab) == self.mentee_id

    def invalidate(self, keep: tuple[QWidget, ...] = ()) -> None:
        """Mark the tabs (but `keep`) stale after a change; the one on screen is read now."""
        for tab in list(self._loaded):
            if tab not in keep:
                del self._loaded[tab]
        self.load_tab(self.tabs.currentWidget())

    def show_tab(self, name: str) -> None:
        """Switch to the tab called `name` ("sessions", "goals"...), if there is one."""
        if name in self._index:
            self.tabs.setCurrentIndex(self._index[name])

    def show_session(self, session_id: int) -> None:
        self.tabs.setCurrentWidget(self.sessions_tab)
        self.sessions_tab.select_id(session_id)

    def refresh(self) -> None:
        """Read the shown mentee again after a change (selections are kept)."""
        if self.mentee_id is not None:
            self.header.show_mentee(self.services, self.mentee_id)
            self.invalidate()


# The tabs' factories: each imports its tab's module on first use.
def _brief_tab(services: Services, today: Callable[[], date]) -> QWidget:
    from .tabs.brief import BriefTab

    return BriefTab(services, today=today)


def _overview_tab(services: Services, today: Callable[[], date]) -> QWidget:
    from .tabs.overview import OverviewTab

    return OverviewTab(services, today=today)


def _sessions_tab(services: Services) -> QWidget:
    from .tabs.sessions import SessionsTab

    return SessionsTab(services)


def _goals_tab(services: Services) -> QWidget:
    from .tabs.goals import GoalsTab

    return GoalsTab(services)


def _progress_tab(services: Services, today: Callable[[], date]) -> QWidget:
    from .tabs.progress import ProgressTab

    return ProgressTab(services, today=today)


def _actions_tab(services: Services, today: Callable[[], date]) -> QWidget:
    from .tabs.actions import ActionsTab

    return ActionsTab(services, today=today)


def _reflections_tab(services: Services) -> QWidget:
    from .tabs.reflections import ReflectionsTab

    return ReflectionsTab(services)
