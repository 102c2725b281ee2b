"""The main window: mentee list on the left; on the right the selected mentee's page, or the
programme dashboard (when no one is selected, or from View > Programme dashboard, Ctrl+D).

It is the one place that opens editor dialogs (always with `open()`, never `exec()`, so tests
can drive them; the open one is `current_editor`) and asks before deleting anything.
Editors are imported when first opened, which keeps start-up light; so are the About box,
error messages and delete questions (`dialogs`, `deleting`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from ..services import Services
from ..settings import MemoryStore, Settings
from ..store.errors import JournalError
from . import features
from .common import plain_label
from .editor_commands import EditorCommands
from .icons import app_icon
from .mentee_list import MenteeListPane
from .mentee_page import MenteePage

if TYPE_CHECKING:  # these modules load on first use (issue 7, cold start)
    from .dashboard import DashboardPage
    from .deleting import RecordDeleter
    from .dialogs import AboutDialog
    from .search.page import SearchPage
    from .sessions_view import SessionsView
    from .tabs import ActionsTab, GoalsTab, ReflectionsTab, SessionsTab


class MainWindow(EditorCommands, QMainWindow):
    """Mentor Journal's window over one open journal (`services`)."""

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
        first_mentee: bool = True,
        settings: Settings | None = None,
    ) -> None:
        """`first_mentee=False` leaves selecting the first mentee to the caller
        (`show_first_mentee`): the app does it once the window is on screen, which shows the
        window sooner."""
        super().__init__(parent)
        self.services = services
        self.current_editor: Any = None  # the open EditorDialog, if any
        self.tool_dialog: QDialog | None = None  # the open framework or templates dialog
        self.about_dialog: AboutDialog | None = None
        self.setWindowTitle(self.tr("Mentor Journal"))
        self.setWindowIcon(app_icon())

        self.mentee_list = MenteeListPane(services)
        self.today = today  # the clock every view reads "today" from (tests pass a fixed one)
        # The user's preferences (app.py passes the real ones; tests get their own in memory).
        self.settings = settings if settings is not None else Settings(MemoryStore())
        self.switch_to: Path | None = None  # a journal to open next, when this window closes
        self.page = MenteePage(services, today=today)
        # The dashboard is built when first shown (`dashboard`): the window opens on a mentee.
        self._dashboard: DashboardPage | None = None
        self.right = QStackedWidget()
        self.right.addWidget(self.page)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.mentee_list)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([430, 936])
        self.splitter.setChildrenCollapsible(False)
        self.mentee_list.setMinimumWidth(300)
        self.setCentralWidget(self.splitter)

        self._deleter: RecordDeleter | None = None  # made on first use (`deleter`)
        self._build_actions()
        self._build_menus()
        self._connect()
        # Run when the window closes for good (after any unsaved-changes question).
        self.close_hooks: list[Callable[[], None]] = []
        features.install_all(self)
        self.path_label = plain_label(str(services.journal.path), role="muted")
        self.statusBar().addPermanentWidget(self.path_label)
        self.resize(QSize(1366, 768))

        self.mentee_list.reload()
        self.page.welcome.set_journal_empty(self.mentee_list.model.rowCount() == 0)
        self._update_actions()
        if first_mentee:
            self.show_first_mentee()
        elif (first := self.mentee_list.first_name()) is not None:
            self.page.welcome.show_opening(first)  # until the caller shows that mentee

    def show_first_mentee(self) -> None:
        """Select the first mentee listed (their page opens on the Brief); with none listed,
        the welcome page or the dashboard. The dashboard is read only when it is shown."""
        self.mentee_list.select_first()
        if self.mentee_list.current_id() is None:
            self._on_mentee_selected(None)

    # --- building ------------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object], shortcut: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        t = self.tr
        self.act_new_mentee = self._action(t("New &mentee…"), self.new_mentee, "Ctrl+Shift+M")
        self.act_owner = self._action(t("Journal &owner…"), self.edit_owner)
        self.act_quit = self._action(t("&Quit"), self.close, "Ctrl+Q")
        self.act_new_session = self._action(t("New &session…"), self.new_session, "Ctrl+N")
        self.act_new_goal = self._action(t("New &goal…"), self.new_goal, "Ctrl+G")
        self.act_new_action = self._action(t("New &action item…"), self.new_action)
        self.act_new_reflection = self._action(t("New &reflection…"), self.new_reflection, "Ctrl+R")
        self.act_edit_mentee = self._action(t("&Edit mentee…"), self.edit_mentee)
        self.act_delete_mentee = self._action(t("&Delete mentee…"), lambda: self.deleter.mentee())
        self.act_find = self._action(t("&Find mentee"), self.mentee_list.focus_filter, "Ctrl+F")
        self.act_about = self._action(t("&About Mentor Journal"), self.show_about)
        self.act_dashboard = self._action(t("Programme &dashboard"), self.show_dashboard, "Ctrl+D")
        self.act_print_brief = self._action(t("&Print brief…"), self.print_brief, "Ctrl+P")
        self.act_brief_pdf = self._action(t("Save brief as P&DF…"), self.save_brief_pdf)
        self.act_rate_skills = self._action(t("Rate s&kills…"), self.rate_skills, "Ctrl+K")
        self.act_framework = self._action(t("&Competency framework…"), self.edit_framework)
        self.act_templates = self._action(t("&Templates…"), self.edit_templates)
        self.mentee_actions = [
            self.act_new_session,
            self.act_new_goal,
            self.act_new_action,
            self.act_new_reflection,
            self.act_rate_skills,
            self.act_edit_mentee,
            self.act_delete_mentee,
        ]
        self.act_quit.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)

    def _build_menus(self) -> None:
        t = self.tr
        bar = self.menuBar()
        self.file_menu = file_menu = bar.addMenu(t("&File"))
        file_menu.addAction(self.act_new_mentee)
        file_menu.addSeparator()
        file_menu.addAction(self.act_print_brief)
        file_menu.addAction(self.act_brief_pdf)
        file_menu.addSeparator()
        file_menu.addAction(self.act_owner)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        self.mentee_menu = mentee_menu = bar.addMenu(t("&Mentee"))
        for action in self.mentee_actions[:4]:
            mentee_menu.addAction(action)
        mentee_menu.addSeparator()
        mentee_menu.addAction(self.act_rate_skills)
        mentee_menu.addSeparator()
        mentee_menu.addAction(self.act_edit_mentee)
        mentee_menu.addAction(self.act_delete_mentee)
        self.edit_menu = edit_menu = bar.addMenu(t("&Edit"))
        edit_menu.addAction(self.act_find)
        self.view_menu = view_menu = bar.addMenu(t("&View"))
        view_menu.addAction(self.act_dashboard)
        self.tools_menu = tools_menu = bar.addMenu(t("&Tools"))
        tools_menu.addAction(self.act_framework)
        tools_menu.addAction(self.act_templates)
        self.help_menu = help_menu = bar.addMenu(t("&Help"))
        help_menu.addAction(self.act_about)

        self.toolbar = toolbar = self.addToolBar(t("Main"))
        toolbar.setObjectName("mainToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.act_new_mentee)
        toolbar.addSeparator()
        for action in self.mentee_actions[:4]:
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.act_dashboard)
        for action in (
            self.act_new_mentee,
            *self.mentee_actions,
            self.act_find,
            self.act_dashboard,
            self.act_print_brief,
        ):
            if not action.shortcut().isEmpty():
                action.setToolTip(
                    f"{action.text().replace('&', '').rstrip('…')} "
                    f"({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
                )

    def _connect(self) -> None:
        page = self.page
        self.mentee_list.mentee_selected.connect(self._on_mentee_selected)
        # Clicking the mentee already selected (no selection change) leaves the dashboard too.
        self.mentee_list.view.clicked.connect(lambda _index: self.show_page())
        page.tabs.currentChanged.connect(lambda _index: self._update_actions())
        page.welcome.new_mentee_requested.connect(self.new_mentee)
        page.header.edit_requested.connect(self.edit_mentee)
        # The tabs are built when first shown: connect to each once it exists.
        page.when_built("sessions", self._connect_sessions_tab)
        page.when_built("goals", self._connect_goals_tab)
        page.when_built("actions", self._connect_actions_tab)
        page.when_built("reflections", self._connect_reflections_tab)

    def _connect_sessions_tab(self, tab: SessionsTab) -> None:
        tab.new_requested.connect(self.new_session)
        tab.edit_requested.connect(self.edit_session)
        tab.delete_requested.connect(self.deleter.session)
        tab.rate_requested.connect(self.rate_skills)

    def _connect_goals_tab(self, tab: GoalsTab) -> None:
        tab.new_requested.connect(self.new_goal)
        tab.edit_requested.connect(self.edit_goal)
        tab.delete_requested.connect(self.deleter.goal)
        tab.check_in_new_requested.connect(self.new_check_in)
        tab.check_in_edit_requested.connect(self.edit_check_in)
        tab.check_in_delete_requested.connect(self.deleter.check_in)

    def _connect_actions_tab(self, tab: ActionsTab) -> None:
        tab.new_requested.connect(self.new_action)
        tab.edit_requested.connect(self.edit_action)
        tab.delete_requested.connect(self.deleter.action)
        tab.data_changed.connect(self._after_action_ticked)

    def _connect_reflections_tab(self, tab: ReflectionsTab) -> None:
        tab.new_requested.connect(self.new_reflection)
        tab.edit_requested.connect(self.edit_reflection)
        tab.delete_requested.connect(self.deleter.reflection)

    @property
    def deleter(self) -> RecordDeleter:
        """The delete commands (their module loads when first asked for)."""
        if self._deleter is None:
            from .deleting import RecordDeleter

            self._deleter = RecordDeleter(self)
        return self._deleter

    # --- selection -----------------------------------------------------------------------
    def current_mentee_id(self) -> int | None:
        return self.page.mentee_id

    def select_mentee(self, mentee_id: int) -> bool:
        return self.mentee_list.select_id(mentee_id)

    def _on_mentee_selected(self, mentee_id: int | None) -> None:
        empty = self.mentee_list.model.rowCount() == 0
        self.page.welcome.set_journal_empty(empty)
        self.page.show_mentee(mentee_id)
        if mentee_id is None and not empty:
            self.show_dashboard()
        else:
            self.show_page()
        self._update_actions()

    def _update_actions(self) -> None:
        has_mentee = self.page.mentee_id is not None
        for action in self.mentee_actions:
            action.setEnabled(has_mentee)
        brief_shown = (
            has_mentee
            and not self.dashboard_shown()
            and self.page.tabs.currentWidget() is self.page.brief_tab
        )
        self.act_print_brief.setEnabled(brief_shown)
        self.act_brief_pdf.setEnabled(brief_shown)

    # --- the dashboard -------------------------------------------------------------------
    @property
    def dashboard(self) -> DashboardPage:
        """The programme dashboard's page, built (and its module loaded) when first asked."""
        if self._dashboard is None:
            from .dashboard import DashboardPage

            self._dashboard = DashboardPage(self.services, today=self.today)
            self.right.addWidget(self._dashboard)
            self._dashboard.mentee_requested.connect(self.open_mentee)
            self._dashboard.close_requested.connect(self.show_page)
        return self._dashboard

    def dashboard_shown(self) -> bool:
        return self._dashboard is not None and self.right.currentWidget() is self._dashboard

    def show_dashboard(self) -> None:
        """Show the programme dashboard, read for today."""
        self.dashboard.load()
        self.right.setCurrentWidget(self.dashboard)
        self._update_actions()
        if self.isVisible():
            self.dashboard.focus_list()

    def show_page(self) -> None:
        """Leave the dashboard for the mentee's page (when a mentee is shown)."""
        if self.page.mentee_id is not None or self.mentee_list.model.rowCount() == 0:
            self.right.setCurrentWidget(self.page)
        self._update_actions()

    def open_mentee(self, mentee_id: int) -> None:
        """Select `mentee_id` in the list (clearing the filters hiding them) and show them."""
        pane = self.mentee_list
        if not pane.select_id(mentee_id):
            pane.filter_edit.clear()
            if not pane.select_id(mentee_id):
                pane.reveal_all()  # the status, a tag or a programme hid them
                pane.select_id(mentee_id)
        self.show_page()

    def refresh(self, tab: QWidget | None = None, record_id: int | None = None) -> None:
        """Read the list, the page and the dashboard again after a change; show `record_id`
        in `tab`."""
        self.mentee_list.reload()
        self.page.refresh()
        if self.dashboard_shown():
            self.dashboard.load()
        if tab is not None:
            from .tabs import RecordTab  # loaded already: `tab` was built

            self.page.tabs.setCurrentWidget(tab)
            if record_id is not None and isinstance(tab, RecordTab):
                tab.select_id(record_id)

    def _after_action_ticked(self) -> None:
        self.mentee_list.reload()
        self.page.invalidate(keep=(self.page.actions_tab,))

    # --- pages of features loaded on first use (ui/features.py) -------------------------
    @property
    def search_page(self) -> SearchPage:
        """Edit > Search the journal's page (built, and its module loaded, when first asked)."""
        from .search import page_of

        return page_of(self)

    @property
    def sessions_view(self) -> SessionsView:
        """View > All sessions' view (built, and its module loaded, when first asked)."""
        from .sessions_view import view_of

        return view_of(self)

    # --- the brief -----------------------------------------------------------------------
    def print_brief(self) -> None:
        if self.act_print_brief.isEnabled():
            self.page.brief_tab.print_brief()

    def save_brief_pdf(self) -> None:
        if self.act_brief_pdf.isEnabled():
            self.page.brief_tab.save_pdf()

    # --- editors -------------------------------------------------------------------------
    def open_editor(
        self, make: Callable[[], QDialog], on_saved: Callable[[int], object]
    ) -> QDialog | None:
        """Build an editor with `make` and open it window-modal; `on_saved(id)` refreshes
        what it changed. One editor at a time: an open one is brought to the front."""
        if self.current_editor is not None and self.current_editor.isVisible():
            self.current_editor.raise_()
            self.current_editor.activateWindow()
            return self.current_editor  # type: ignore[no-any-return]
        try:
            editor = make()
        except JournalError as error:  # the record went away meanwhile: say so, show the truth
            from . import dialogs

            dialogs.show_error(self, str(error))
            self.refresh()
            return None
        self.current_editor = editor
        editor.saved.connect(on_saved)  # type: ignore[attr-defined]
        editor.finished.connect(lambda _result: self._editor_closed(editor))
        editor.open()
        return editor

    def _editor_closed(self, editor: QDialog) -> None:
        if self.current_editor is editor:
            self.current_editor = None
        editor.deleteLater()

    # --- help and closing ----------------------------------------------------------------
    def show_about(self) -> AboutDialog:
        from .dialogs import AboutDialog

        self.about_dialog = AboutDialog(self.services.journal.path, self)
        self.about_dialog.open()
        return self.about_dialog

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        editor = self.current_editor
        if editor is not None and editor.isVisible() and editor.has_unsaved_changes():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("An editor has changes that are not saved. Quit and lose them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
            # done(), not reject(): the editor would ask the same question a second time.
            editor.done(QDialog.DialogCode.Rejected)
        elif editor is not None and editor.isVisible():
            editor.done(QDialog.DialogCode.Rejected)
        if self.tool_dialog is not None and self.tool_dialog.isVisible():
            self.tool_dialog.done(QDialog.DialogCode.Rejected)
        # Gone from the screen before the hooks run: the backup made on closing takes
        # seconds on a journal of a whole college, and a window frozen that long looks hung.
        self.hide()
        for hook in self.close_hooks:
            hook()
        event.accept()
