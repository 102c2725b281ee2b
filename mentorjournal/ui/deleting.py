"""Deleting from the main window: always ask first, saying what goes and that it is final.

Erasing a mentee shows the services' erasure preview (sessions, action items, goals with
check-ins, reflections). The questions go through `dialogs.confirm`, which tests replace.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..store.errors import JournalError
from . import dialogs
from .formatting import first_line, long_date, short_date

if TYPE_CHECKING:
    from .main_window import MainWindow


class RecordDeleter:
    """The delete commands of one main window."""

    def __init__(self, window: MainWindow) -> None:
        self.w = window

    def _ask_then(
        self, title: str, text: str, details: str, action: str, do: Callable[[], object]
    ) -> bool:
        if not dialogs.confirm(self.w, title, text, details, action):
            return False
        try:
            do()
        except JournalError as error:
            dialogs.show_error(self.w, str(error))
            self.w.refresh()
            return False
        return True

    def mentee(self) -> None:
        mentee_id = self.w.current_mentee_id()
        if mentee_id is None:
            return
        try:
            preview = self.w.services.mentees.erasure_preview(mentee_id)
        except JournalError as error:
            dialogs.show_error(self.w, str(error))
            return
        if self._ask_then(
            self.w.tr("Erase mentee"),
            self.w.tr("Erase {name} and everything recorded about them?").format(
                name=preview.full_name
            ),
            dialogs.erasure_details(preview),
            self.w.tr("Erase for good"),
            lambda: self.w.services.mentees.erase(mentee_id),
        ):
            self.w.mentee_list.reload()
            self.w.statusBar().showMessage(self.w.tr("Mentee erased."), 5000)

    def session(self, session_id: int) -> None:
        detail = self.w.services.sessions.get(session_id)
        n = len(detail.actions)
        details = self.w.tr("Goals and reflections linked to it are kept.")
        if n:
            details = self.w.tr("Its %n action item(s) are deleted with it. ", "", n) + details
        if self._ask_then(
            self.w.tr("Delete session"),
            self.w.tr("Delete the session of {date}?").format(
                date=long_date(detail.session.started_at)
            ),
            details,
            self.w.tr("Delete"),
            lambda: self.w.services.sessions.delete(session_id),
        ):
            self.w.refresh(self.w.page.sessions_tab)

    def goal(self, goal_id: int) -> None:
        goal = self.w.services.goals.get(goal_id)
        n = len(self.w.services.goals.check_ins(goal_id))
        if self._ask_then(
            self.w.tr("Delete goal"),
            self.w.tr("Delete the goal “{title}”?").format(title=first_line(goal.title, 80)),
            self.w.tr("Its %n check-in(s) are deleted with it.", "", n),
            self.w.tr("Delete"),
            lambda: self.w.services.goals.delete(goal_id),
        ):
            self.w.refresh(self.w.page.goals_tab)

    def check_in(self, check_in_id: int) -> None:
        goal_id = self.w.page.goals_tab.current_id()
        check_in = next(
            (c for c in self.w.page.goals_tab.check_in_model.rows() if c.id == check_in_id), None
        )
        when = short_date(check_in.checked_on) if check_in is not None else ""
        if self._ask_then(
            self.w.tr("Delete check-in"),
            self.w.tr("Delete the check-in of {date}?").format(date=when),
            "",
            self.w.tr("Delete"),
            lambda: self.w.services.goals.delete_check_in(check_in_id),
        ):
            self.w.refresh(self.w.page.goals_tab, goal_id)

    def action(self, action_id: int) -> None:
        item = self.w.services.actions.get(action_id)
        if self._ask_then(
            self.w.tr("Delete action item"),
            self.w.tr("Delete the action item “{text}”?").format(text=first_line(item.text, 80)),
            "",
            self.w.tr("Delete"),
            lambda: self.w.services.actions.delete(action_id),
        ):
            self.w.refresh(self.w.page.actions_tab)

    def reflection(self, reflection_id: int) -> None:
        r = self.w.services.reflections.get(reflection_id)
        if self._ask_then(
            self.w.tr("Delete reflection"),
            self.w.tr("Delete the reflection of {date}?").format(date=long_date(r.written_on)),
            "",
            self.w.tr("Delete"),
            lambda: self.w.services.reflections.delete(reflection_id),
        ):
            self.w.refresh(self.w.page.reflections_tab)
