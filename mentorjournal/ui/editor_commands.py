"""The main window's commands that open editors and journal-wide dialogs (a mixin, so the
window module stays small). Each opens through `open_editor` (one editor at a time, window-
modal, `saved(id)` refreshes what changed) or `_open_tool` (framework and templates)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

if TYPE_CHECKING:
    from ..services import Services
    from .mentee_list import MenteeListPane
    from .mentee_page import MenteePage


class EditorCommands:
    """New/edit commands of `MainWindow`; it provides the attributes declared here."""

    if TYPE_CHECKING:
        services: Services
        page: MenteePage
        mentee_list: MenteeListPane
        tool_dialog: QDialog | None

        def open_editor(
            self, make: Callable[[], QDialog], on_saved: Callable[[int], object]
        ) -> QDialog | None: ...

        def refresh(self, tab: QWidget | None = None, record_id: int | None = None) -> None: ...

        def show_page(self) -> None: ...

    def _mentee_or_none(self) -> int | None:
        return self.page.mentee_id

    def new_mentee(self) -> None:
        from .editors import MenteeEditor

        self.open_editor(
            lambda: MenteeEditor(self.services, parent=self._parent_widget()), self._mentee_saved
        )

    def edit_mentee(self) -> None:
        from .editors import MenteeEditor

        if (mentee_id := self._mentee_or_none()) is not None:
            self.open_editor(
                lambda: MenteeEditor(
                    self.services, mentee_id=mentee_id, parent=self._parent_widget()
                ),
                self._mentee_saved,
            )

    def _mentee_saved(self, mentee_id: int) -> None:
        self.mentee_list.reload(select_id=mentee_id)
        self.page.refresh()
        self.show_page()

    def rate_skills(self, session_id: int | None = None) -> None:
        """The quick skill rating dialog for the shown mentee (Ctrl+K). From the Sessions tab
        the ratings belong to the selected session (dated and linked to it)."""
        from .editors import SkillRatingDialog

        if session_id is None and self.page.tabs.currentWidget() is self.page.sessions_tab:
            session_id = self.page.sessions_tab.current_id()
        if (mentee_id := self._mentee_or_none()) is not None:
            self.open_editor(
                lambda: SkillRatingDialog(
                    self.services,
                    mentee_id=mentee_id,
                    session_id=session_id,
                    parent=self._parent_widget(),
                ),
                lambda _id: self.refresh(),
            )

    def edit_framework(self) -> QDialog:
        from .editors.framework import SkillFrameworkDialog

        return self._open_tool(SkillFrameworkDialog(self.services, parent=self._parent_widget()))

    def edit_templates(self) -> QDialog:
        from .editors.templates import TemplatesDialog

        return self._open_tool(TemplatesDialog(self.services, parent=self._parent_widget()))

    def _open_tool(self, dialog: QDialog) -> QDialog:
        """Open a journal-wide dialog window-modal; the page is read again when it closes."""
        if self.tool_dialog is not None and self.tool_dialog.isVisible():
            self.tool_dialog.done(QDialog.DialogCode.Rejected)
        self.tool_dialog = dialog
        dialog.finished.connect(lambda _result: self._tool_closed(dialog))
        dialog.open()
        return dialog

    def _tool_closed(self, dialog: QDialog) -> None:
        if self.tool_dialog is dialog:
            self.tool_dialog = None
        dialog.deleteLater()
        self.refresh()

    def edit_owner(self) -> None:
        from .editors import OwnerEditor

        self.open_editor(
            lambda: OwnerEditor(self.services, parent=self._parent_widget()),
            lambda _id: self.refresh(),
        )

    def new_session(self) -> None:
        from .editors import SessionEditor

        if (mentee_id := self._mentee_or_none()) is not None:
            self.open_editor(
                lambda: SessionEditor(
                    self.services, mentee_id=mentee_id, parent=self._parent_widget()
                ),
                self._saved_in(self.page.sessions_tab),
            )

    def edit_session(self, session_id: int) -> None:
        from .editors import SessionEditor

        self.open_editor(
            lambda: SessionEditor(
                self.services, session_id=session_id, parent=self._parent_widget()
            ),
            self._saved_in(self.page.sessions_tab),
        )

    def new_goal(self) -> None:
        from .editors import GoalEditor

        if (mentee_id := self._mentee_or_none()) is not None:
            self.open_editor(
                lambda: GoalEditor(
                    self.services, mentee_id=mentee_id, parent=self._parent_widget()
                ),
                self._saved_in(self.page.goals_tab),
            )

    def edit_goal(self, goal_id: int) -> None:
        from .editors import GoalEditor

        self.open_editor(
            lambda: GoalEditor(self.services, goal_id=goal_id, parent=self._parent_widget()),
            self._saved_in(self.page.goals_tab),
        )

    def new_check_in(self, goal_id: int) -> None:
        from .editors import CheckInEditor

        self.open_editor(
            lambda: CheckInEditor(self.services, goal_id=goal_id, parent=self._parent_widget()),
            lambda _id: self.refresh(self.page.goals_tab, goal_id),
        )

    def edit_check_in(self, goal_id: int, check_in_id: int) -> None:
        from .editors import CheckInEditor

        self.open_editor(
            lambda: CheckInEditor(
                self.services,
                goal_id=goal_id,
                check_in_id=check_in_id,
                parent=self._parent_widget(),
            ),
            lambda _id: self.refresh(self.page.goals_tab, goal_id),
        )

    def new_action(self) -> None:
        from .editors import ActionEditor

        if (mentee_id := self._mentee_or_none()) is not None:
            self.open_editor(
                lambda: ActionEditor(
                    self.services, mentee_id=mentee_id, parent=self._parent_widget()
                ),
                self._saved_in(self.page.actions_tab),
            )

    def edit_action(self, action_id: int) -> None:
        from .editors import ActionEditor

        self.open_editor(
            lambda: ActionEditor(self.services, action_id=action_id, parent=self._parent_widget()),
            self._saved_in(self.page.actions_tab),
        )

    def new_reflection(self) -> None:
        from .editors import ReflectionEditor

        if (mentee_id := self._mentee_or_none()) is not None:
            self.open_editor(
                lambda: ReflectionEditor(
                    self.services, mentee_id=mentee_id, parent=self._parent_widget()
                ),
                self._saved_in(self.page.reflections_tab),
            )

    def edit_reflection(self, reflection_id: int) -> None:
        from .editors import ReflectionEditor

        self.open_editor(
            lambda: ReflectionEditor(
                self.services, reflection_id=reflection_id, parent=self._parent_widget()
            ),
            self._saved_in(self.page.reflections_tab),
        )

    def _saved_in(self, tab: QWidget) -> Callable[[int], None]:
        return lambda record_id: self.refresh(tab, record_id)

    def _parent_widget(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self
