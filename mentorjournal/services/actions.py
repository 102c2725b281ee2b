"""Use cases on action items: what the mentor or the mentee agreed to do, and by when."""

from __future__ import annotations

from datetime import date

from sqlmodel import col, select

from ..models import ActionItem, ActionItemFields, ActionItemInput, Mentee, MentoringSession
from ..store.journal import Journal
from ._common import copy_fields, get_or_fail, touch
from .validation import Problems, text_fields


def validate_action(data: ActionItemFields) -> None:
    p = Problems()
    p.required_text("text", data.text, "The action")
    p.no_nul(text_fields(data, ("text",)))
    p.sensible_date("due_date", data.due_date, "Due date")
    p.sensible_date("done_date", data.done_date, "Done date")
    p.raise_if_any()


class ActionService:
    """Action items of one journal. Every method is one transaction."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal

    def get(self, action_id: int) -> ActionItem:
        with self._journal.reading() as s:
            return get_or_fail(s, ActionItem, action_id, "action item")

    def list_for_mentee(self, mentee_id: int, *, open_only: bool = False) -> list[ActionItem]:
        """Open items first by due date (undated last), then done ones, newest done first."""
        query = select(ActionItem).where(ActionItem.mentee_id == mentee_id)
        if open_only:
            query = query.where(col(ActionItem.done_date).is_(None))
        with self._journal.reading() as s:
            items = list(s.exec(query).all())
        items.sort(key=_order)
        return items

    def create(self, data: ActionItemInput) -> ActionItem:
        validate_action(data)
        with self._journal.transaction() as s:
            get_or_fail(s, Mentee, data.mentee_id, "mentee")
            if data.session_id is not None:
                get_or_fail(s, MentoringSession, data.session_id, "session")
            item = ActionItem.model_validate(data.model_dump())
            s.add(item)
        return item

    def update(self, action_id: int, data: ActionItemFields) -> ActionItem:
        validate_action(data)
        with self._journal.transaction() as s:
            item = get_or_fail(s, ActionItem, action_id, "action item")
            copy_fields(item, data, ActionItemFields)
            touch(item)
            s.add(item)
        return item

    def set_done(self, action_id: int, done_on: date | None) -> ActionItem:
        """Tick an item done on `done_on`, or reopen it with None."""
        p = Problems()
        p.sensible_date("done_date", done_on, "Done date")
        p.raise_if_any()
        with self._journal.transaction() as s:
            item = get_or_fail(s, ActionItem, action_id, "action item")
            item.done_date = done_on
            touch(item)
            s.add(item)
        return item

    def delete(self, action_id: int) -> None:
        with self._journal.transaction() as s:
            s.delete(get_or_fail(s, ActionItem, action_id, "action item"))


def _order(item: ActionItem) -> tuple[int, int, int]:
    if item.done_date is None:
        due = item.due_date.toordinal() if item.due_date else date.max.toordinal()
        return (0, due, item.id or 0)
    return (1, -item.done_date.toordinal(), -(item.id or 0))
