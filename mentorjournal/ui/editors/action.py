"""The action item editor: what was agreed, who does it, by when, and whether it is done."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QLineEdit, QVBoxLayout, QWidget

from ...models import ActionItemFields, ActionItemInput, ActionOwner
from ...services import Services
from ..widgets import OptionalDateEdit, format_date, make_form
from .base import EditorDialog
from .common import (
    choice_combo,
    mentee_combo,
    mentee_name,
    plain_label,
    set_choice,
    titled,
    widget_row,
)


class ActionEditor(EditorDialog):
    """Create an action item for a mentee (optionally from a session) or edit one."""

    def __init__(
        self,
        services: Services,
        *,
        mentee_id: int | None = None,
        action_id: int | None = None,
        session_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, parent)
        self.action_id = action_id
        self.session_id = session_id
        item = services.actions.get(action_id) if action_id is not None else None
        if item is not None:
            mentee_id, self.session_id = item.mentee_id, item.session_id
        if mentee_id is None and session_id is not None:
            attendees = services.sessions.get(session_id).attendees
            mentee_id = attendees[0].mentee_id if attendees else None

        self.mentee_id = mentee_id
        form = make_form()
        self.mentee = None
        if item is None and mentee_id is None:
            self.mentee = mentee_combo(services, mentee_id)
            self.add_row(form, self.tr("&Mentee:"), "mentee_id", self.mentee)
        elif mentee_id is not None:
            form.addRow(self.tr("Mentee:"), plain_label(services.mentees.get(mentee_id).full_name))
        if self.session_id is not None:
            started = services.sessions.get(self.session_id).session.started_at
            form.addRow(self.tr("From session:"), plain_label(format_date(started.date())))

        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("e.g. Practise bending 20 mm conduit to 90°"))
        self.text.setMinimumWidth(360)
        self.owner = choice_combo(ActionOwner, ActionOwner.MENTEE)
        self.due_date = OptionalDateEdit()
        self.done_check = QCheckBox(self.tr("&Done on"))
        self.done_date = OptionalDateEdit()
        self.done_check.setAccessibleName(self.tr("Done"))
        self.done_check.toggled.connect(self._on_done_toggled)
        self.done_date.changed.connect(self._on_done_date_changed)

        self.add_row(form, self.tr("&Action:"), "text", self.text)
        self.add_row(
            form,
            self.tr("&Who does it:"),
            "owner",
            self.owner,
            tip=self.tr("You (the mentor) or the mentee"),
        )
        self.add_row(form, self.tr("D&ue date:"), "due_date", self.due_date)
        self.track(self.done_check)
        done_field = self.field(
            "done_date",
            self.done_date,
            accessible=self.tr("Done date"),
            tip=self.tr("Tick Done when the action is completed; the date can be changed"),
        )
        form.addRow(self.tr("Progress:"), widget_row(self.done_check, done_field))

        body = QVBoxLayout()
        body.addLayout(form)
        body.addStretch(1)
        self.set_body(body)
        self.setMinimumWidth(560)

        name = mentee_name(services, mentee_id)
        if item is None:
            self.setWindowTitle(
                titled(self.tr("New action item"), self.tr("New action item — {name}"), name)
            )
        else:
            self.setWindowTitle(
                titled(self.tr("Edit action item"), self.tr("Edit action item — {name}"), name)
            )
            self.text.setText(item.text)
            set_choice(self.owner, item.owner)
            self.due_date.set_date(item.due_date)
            self.done_date.set_date(item.done_date)
        self.mark_clean()

    def _on_done_toggled(self, checked: bool) -> None:
        if checked and self.done_date.date() is None:
            self.done_date.set_date(date.today())
        elif not checked:
            self.done_date.set_date(None)

    def _on_done_date_changed(self) -> None:
        self.done_check.blockSignals(True)
        self.done_check.setChecked(self.done_date.date() is not None)
        self.done_check.blockSignals(False)

    def save_record(self) -> int:
        fields = ActionItemFields(
            text=self.text.text(),
            owner=self.owner.currentData(),
            due_date=self.due_date.date(),
            done_date=self.done_date.date(),
        )
        if self.action_id is not None:
            item = self.services.actions.update(self.action_id, fields)
        else:
            mentee_id = self.mentee.currentData() if self.mentee else self.mentee_id
            if mentee_id is None:
                self.problem("mentee_id", self.tr("Choose the mentee this action is for."))
                self.raise_problems()
            assert mentee_id is not None
            item = self.services.actions.create(
                ActionItemInput(
                    **fields.model_dump(), mentee_id=mentee_id, session_id=self.session_id
                )
            )
        assert item.id is not None
        return item.id
