"""The session editor: when and how the meeting happened, who attended (with confidence),
what was discussed, a private note, the next meeting, and on a new session the action items
agreed (saved in the same transaction as the session)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QSpinBox, QVBoxLayout, QWidget

from ...models import SessionInput, SessionKind, SessionTemplate
from ...services import Services
from ..screen_fit import fit_height, scrolling_if_tall
from ..widgets import (
    OptionalDateEdit,
    TagsEdit,
    datetime_edit,
    hint_label,
    make_form,
    mark_private,
    text_area,
)
from .base import EditorDialog
from .common import choice_combo, set_choice, titled
from .session_parts import ActionItemsEntry, AttendeesPanel, existing_actions_view
from .template_choice import TemplatePicker, may_replace

# Problems with the inline action items come back under the action's own field names.
_ACTION_FIELDS = {"text", "owner", "due_date", "done_date"}


def _now_to_quarter() -> QDateTime:
    now = QDateTime.currentDateTime()
    t = now.time()
    return QDateTime(now.date(), QTime(t.hour(), t.minute() - t.minute() % 15))


class SessionEditor(EditorDialog):
    """Log a new session (pre-ticking `mentee_id` as attendee) or edit `session_id`."""

    def __init__(
        self,
        services: Services,
        *,
        mentee_id: int | None = None,
        session_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, parent)
        self.session_id = session_id
        detail = services.sessions.get(session_id) if session_id is not None else None

        self.started_at = datetime_edit(_now_to_quarter())
        self.duration = QSpinBox()
        self.duration.setRange(0, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setSpecialValueText(self.tr("Not recorded"))
        self.duration.setValue(60)
        self.duration.setMinimumWidth(120)
        self.kind = choice_combo(SessionKind, SessionKind.ONE_TO_ONE)
        self._kind_chosen = False
        self.kind.activated.connect(self._on_kind_chosen)
        self.next_meeting = OptionalDateEdit()
        self.attendees = AttendeesPanel(services)
        self.topics = text_area(self.tr("e.g. Cable sizing; preparing for the trade test"), 48)
        self.notes = text_area(
            self.tr("What you talked about and agreed, e.g. Reviewed the practical assessment"), 90
        )
        self.private_note = text_area(
            self.tr("Only for you, e.g. seemed tired; ask about the new job"), 56
        )
        mark_private(self.private_note)
        self.tags = TagsEdit(services.mentees.all_tags())
        self.tags.setPlaceholderText(self.tr("Separate with commas, e.g. trade test, safety"))
        self.topics.setMaximumHeight(60)
        self.private_note.setMaximumHeight(110)

        # --- left: when and who ---
        when = QGroupBox(self.tr("When and who"))
        form = make_form()
        self.add_row(
            form,
            self.tr("&Date and time:"),
            "started_at",
            self.started_at,
            accessible=self.tr("Session date and time"),
        )
        self.add_row(
            form,
            self.tr("D&uration:"),
            "duration_minutes",
            self.duration,
            accessible=self.tr("Duration in minutes"),
            beside=[self.kind],
        )
        self.kind.setAccessibleName(self.tr("Kind of session"))
        self.kind.setToolTip(self.tr("One-to-one, group, peer, workplace visit or virtual"))
        self.track(self.kind)
        self.add_row(
            form,
            self.tr("&Next meeting:"),
            "next_meeting_date",
            self.next_meeting,
            accessible=self.tr("Next meeting date"),
            tip=self.tr("When you agreed to meet again, if you did"),
        )
        self.add_row(
            form,
            self.tr("A&ttended:"),
            "attendees",
            self.attendees.checklist,
            accessible=self.tr("Mentees who attended"),
        )
        self.attendees.checklist.setMinimumHeight(190)
        self.add_row(
            form,
            self.tr("Confidence:"),
            "confidence",
            self.attendees,
            accessible=self.tr("Self-rated confidence of each attendee"),
        )
        when_layout = QVBoxLayout(when)
        when_layout.addLayout(form)
        when_layout.addStretch(1)

        # --- right: what ---
        what = QGroupBox(self.tr("What happened"))
        what_form = make_form()
        self.add_row(what_form, self.tr("T&opics:"), "topics", self.topics)
        self.add_row(what_form, self.tr("N&otes:"), "notes", self.notes)
        self.add_row(
            what_form,
            self.tr("Ta&gs:"),
            "tags",
            self.tags,
            tip=self.tr("Labels to find and filter sessions by; existing tags are suggested"),
        )
        self.add_row(
            what_form,
            self.tr("&Private note:"),
            "private_note",
            self.private_note,
            tip=self.tr("Private: left out of summaries and exports unless you include them"),
        )
        what_form.addRow("", hint_label(self.tr("The private note stays in the app.")))
        what.setLayout(what_form)

        actions = QGroupBox(self.tr("Action items agreed"))
        actions_layout = QVBoxLayout(actions)
        self.action_items: ActionItemsEntry | None = None
        if detail is None:
            self.action_items = ActionItemsEntry()
            actions_layout.addWidget(
                self.field("actions", self.action_items, accessible=self.tr("Action items agreed")),
                1,
            )
            self.attendees.changed.connect(self._explain_group_actions)
        else:
            actions_layout.addWidget(existing_actions_view(detail.actions))

        right = QVBoxLayout()
        right.addWidget(what, 3)
        right.addWidget(actions, 2)
        columns = QHBoxLayout()
        columns.setSpacing(12)
        columns.addWidget(when, 4)
        columns.addLayout(right, 5)
        body = QVBoxLayout()
        body.setSpacing(8)
        # Only a new session starts from a template; it fills kind, duration, topics, notes.
        self.template: TemplatePicker | None = None
        self._from_template = ["", ""]  # the topics and notes the last template put in
        if detail is None:
            self.template = TemplatePicker(
                services.templates.session_templates(),
                self.tr("Fills in the kind, duration, topics and note prompts"),
            )
            self.template.chosen.connect(self._apply_template)
            body.addWidget(self.template)
        body.addLayout(columns, 1)
        # The fields scroll when the screen is short (Arabic at 150 % is taller than 768 px);
        # Save and Cancel stay below them.
        fields = QWidget()
        fields.setLayout(body)
        body.setContentsMargins(0, 0, 0, 0)
        self.set_body(scrolling_if_tall(fields))
        self.setMinimumWidth(1000)
        self.resize(1080, 660)
        fit_height(self)

        if detail is None:
            name = None
            if mentee_id is not None:
                name = services.mentees.get(mentee_id).full_name
                self.attendees.checklist.set_checked([mentee_id])
            self.setWindowTitle(
                titled(self.tr("New session"), self.tr("New session — {name}"), name)
            )
        else:
            s = detail.session
            names = [detail.attendee_names.get(a.mentee_id, "") for a in detail.attendees]
            self.setWindowTitle(
                titled(self.tr("Edit session"), self.tr("Edit session — {name}"), ", ".join(names))
            )
            self.started_at.setDateTime(
                QDateTime(
                    QDate(s.started_at.year, s.started_at.month, s.started_at.day),
                    QTime(s.started_at.hour, s.started_at.minute),
                )
            )
            self.duration.setValue(s.duration_minutes or 0)
            set_choice(self.kind, s.kind)
            self._kind_chosen = True
            self.next_meeting.set_date(s.next_meeting_date)
            self.attendees.set_attendances(detail.attendees)
            self.topics.setPlainText(s.topics)
            self.notes.setPlainText(s.notes)
            self.private_note.setPlainText(s.private_note)
            self.tags.set_tags(detail.tags)
        self.attendees.changed.connect(self._suggest_group)
        self.mark_clean()

    def _apply_template(self, template: SessionTemplate) -> None:
        set_choice(self.kind, template.kind)
        self._kind_chosen = True
        self.duration.setValue(template.duration_minutes or 0)
        typed = [self.topics.toPlainText(), self.notes.toPlainText()]
        if may_replace(self, typed, self._from_template):
            self.topics.setPlainText(template.topics)
            self.notes.setPlainText(template.notes)
            self._from_template = [template.topics, template.notes]

    def _on_kind_chosen(self) -> None:
        self._kind_chosen = True

    def _suggest_group(self) -> None:
        """Ticking a second mentee makes a one-to-one a group session, unless chosen."""
        if not self._kind_chosen and len(self.attendees.checklist.checked_ids()) > 1:
            set_choice(self.kind, SessionKind.GROUP)

    def _explain_group_actions(self) -> None:
        assert self.action_items is not None
        ids = self.attendees.checklist.checked_ids()
        if len(ids) > 1:
            first = self.attendees.checklist.label_of(ids[0])
            self.action_items.note.setText(
                self.tr("These are recorded for {name}, the first mentee ticked.").replace(
                    "{name}", first
                )
            )
        else:
            self.action_items.note.setText("")

    def show_errors(self, problems: dict[str, str]) -> None:
        mapped: dict[str, str] = {}
        for name, message in problems.items():
            mapped.setdefault("actions" if name in _ACTION_FIELDS else name, message)
        super().show_errors(mapped)

    def save_record(self) -> int:
        qdt = self.started_at.dateTime()
        d, t = qdt.date(), qdt.time()
        data = SessionInput(
            started_at=datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()),
            duration_minutes=self.duration.value() or None,
            kind=self.kind.currentData(),
            topics=self.topics.toPlainText(),
            notes=self.notes.toPlainText(),
            private_note=self.private_note.toPlainText(),
            next_meeting_date=self.next_meeting.date(),
            attendees=self.attendees.attendances(),
        )
        if self.session_id is not None:
            session = self.services.sessions.update(self.session_id, data, tags=self.tags.tags())
        else:
            assert self.action_items is not None
            session = self.services.sessions.create(
                data, self.action_items.items(), tags=self.tags.tags()
            )
        assert session.id is not None
        return session.id
