"""The Overview tab: the mentee's profile, tags, counts, meetings and private notes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...models import ActionItem, GoalStatus, Mentee
from ...services import Services
from ...services.previews import preview
from .. import formatting
from ..common import plain_label, section_title
from ..labels import enum_label
from ..reading import NoteDialog, continues_marker, show_note


def _tr(text: str) -> str:
    return QCoreApplication.translate("OverviewTab", text)


class _Card(QFrame):
    """A number with a caption ("3 / open action items")."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(0)
        self.number = plain_label("0", object_name="countNumber")
        self.caption = plain_label(caption, role="muted")
        layout.addWidget(self.number)
        layout.addWidget(self.caption)


class OverviewTab(QScrollArea):
    """Read-only summary of one mentee; everything editable is in the mentee editor."""

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self._today = today
        self.mentee_id: int | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(_tr("Mentee overview"))
        body = QWidget()
        body.setObjectName("overviewBody")
        self.setWidget(body)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(16, 14, 16, 16)
        outer.setSpacing(12)

        cards = QHBoxLayout()
        cards.setSpacing(10)
        self.sessions_card = _Card(_tr("sessions"))
        self.open_actions_card = _Card(_tr("open action items"))
        self.goals_card = _Card(_tr("goals in progress"))
        self.reflections_card = _Card(_tr("reflections"))
        for card in (
            self.sessions_card,
            self.open_actions_card,
            self.goals_card,
            self.reflections_card,
        ):
            cards.addWidget(card)
        outer.addLayout(cards)

        columns = QGridLayout()
        columns.setHorizontalSpacing(28)
        columns.setColumnStretch(0, 1)
        columns.setColumnStretch(1, 1)
        outer.addLayout(columns)

        self.fields: dict[str, QLabel] = {}
        profile = QFormLayout()
        profile.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        profile.setHorizontalSpacing(16)
        profile.setVerticalSpacing(6)
        for key, caption in (
            ("programme", _tr("Programme")),
            ("cohort", _tr("Cohort")),
            ("level", _tr("Level")),
            ("model", _tr("Mentoring")),
            ("start_date", _tr("Started")),
            ("consent_date", _tr("Consent given")),
            ("contact", QCoreApplication.translate("OverviewTab", "Contact", "phone or e-mail")),
        ):
            value = plain_label(wrap=True, selectable=True)
            self.fields[key] = value
            profile.addRow(plain_label(caption, role="fieldName"), value)
        left = QVBoxLayout()
        left.addWidget(section_title(_tr("Profile")))
        left.addLayout(profile)
        left.addWidget(section_title(_tr("Tags")))
        self.tags_row = QHBoxLayout()
        self.tags_row.setSpacing(6)
        left.addLayout(self.tags_row)
        left.addStretch(1)
        columns.addLayout(left, 0, 0)

        meetings = QFormLayout()
        meetings.setHorizontalSpacing(16)
        meetings.setVerticalSpacing(6)
        for key, caption in (
            ("last_meeting", _tr("Last session")),
            ("next_meeting", _tr("Next meeting")),
            ("cadence", _tr("Meets every")),
            ("overdue_actions", _tr("Overdue items")),
        ):
            value = plain_label(wrap=True)
            self.fields[key] = value
            meetings.addRow(plain_label(caption, role="fieldName"), value)
        right = QVBoxLayout()
        right.addWidget(section_title(_tr("Meetings")))
        right.addLayout(meetings)
        right.addWidget(section_title(_tr("Open action items")))
        self.open_items = plain_label(wrap=True)
        self.open_items.setAccessibleName(_tr("Open action items"))
        right.addWidget(self.open_items)
        right.addStretch(1)
        columns.addLayout(right, 0, 1)

        self.private_box = QFrame()
        self.private_box.setObjectName("privateBox")
        private_layout = QVBoxLayout(self.private_box)
        private_layout.setContentsMargins(14, 10, 14, 12)
        self.private_title = plain_label(
            _tr("🔒 Private notes — only in this journal, left out of summaries and exports"),
            object_name="privateTitle",
            wrap=True,
        )
        self.private_notes = plain_label(wrap=True, selectable=True)
        self.private_notes.setAccessibleName(_tr("Private notes"))
        # The label shows the start of a long note; the whole of it opens in a reader.
        self.read_all_button = QPushButton(_tr("Read all private notes…"))
        self.read_all_button.setProperty("role", "link")
        self.read_all_button.setFlat(True)
        self.read_all_button.setAccessibleName(_tr("Read all private notes"))
        self.read_all_button.clicked.connect(self.read_private_notes)
        self._private_text = ""
        private_layout.addWidget(self.private_title)
        private_layout.addWidget(self.private_notes)
        private_layout.addWidget(self.read_all_button, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addWidget(self.private_box)
        outer.addStretch(1)

    def load(self, mentee_id: int | None) -> None:
        self.mentee_id = mentee_id
        if mentee_id is None:
            return
        s = self.services
        mentee = s.mentees.get(mentee_id)
        sessions = s.sessions.list_for_mentee(mentee_id)
        actions = s.actions.list_for_mentee(mentee_id)
        goals = s.goals.list_for_mentee(mentee_id)
        reflections = s.reflections.list_for_mentee(mentee_id)
        today = self._today()
        open_actions = [a for a in actions if a.done_date is None]
        overdue = [a for a in open_actions if a.due_date and a.due_date < today]

        self.sessions_card.number.setText(formatting.count(len(sessions)))
        self.open_actions_card.number.setText(formatting.count(len(open_actions)))
        self.goals_card.number.setText(
            formatting.count(sum(1 for g in goals if g.goal.status == GoalStatus.IN_PROGRESS))
        )
        self.reflections_card.number.setText(formatting.count(len(reflections)))

        self._fill_profile(mentee)
        self._fill_tags(s.mentees.tags(mentee_id))

        cadence = mentee.cadence_days or s.owner.get().default_cadence_days
        last = sessions[0].started_at if sessions else None
        self.fields["last_meeting"].setText(formatting.long_date(last, _tr("none yet")))
        planned = s.sessions.get(sessions[0].id).session.next_meeting_date if sessions else None
        if planned is not None:
            next_text = _tr("{date} (planned)").format(date=formatting.long_date(planned))
        elif last is not None:
            due = last.date() + timedelta(days=cadence)
            next_text = _tr("due by {date}").format(date=formatting.long_date(due))
            if due < today:
                next_text += " · " + _tr("overdue")
        else:
            next_text = _tr("not planned yet")
        self.fields["next_meeting"].setText(next_text)
        # Numbers in the locale's digits, as the dates beside them (Arabic-Indic in Arabic).
        self.fields["cadence"].setText(_tr("{n} days").format(n=formatting.count(cadence)))
        self.fields["overdue_actions"].setText(
            formatting.count(len(overdue)) if overdue else _tr("none")
        )
        self.open_items.setText(self._open_items_text(open_actions, today))

        notes = mentee.private_notes
        self._private_text = notes
        start = preview(notes)
        shown = f"{start.text}\n{continues_marker(start)}" if start.cut else start.text
        self.private_notes.setText(shown or _tr("No private notes."))
        self.private_notes.setProperty("role", "" if shown else "muted")
        self.read_all_button.setVisible(start.cut)

    def read_private_notes(self) -> NoteDialog:
        """The whole of the mentee's private notes in a reader window."""
        return show_note(self, _tr("Private notes"), self._private_text)

    def _open_items_text(self, items: list[ActionItem], today: date, limit: int = 5) -> str:
        """The first open items (soonest due first), one per line, for the next meeting."""
        if not items:
            return _tr("Nothing open.")
        lines = []
        for item in items[:limit]:
            line = "• " + formatting.first_line(item.text, 70)
            if item.due_date is not None:
                due = formatting.short_date(item.due_date)
                if item.due_date < today:
                    line += " — " + _tr("overdue ({date})").format(date=due)
                else:
                    line += " — " + _tr("due {date}").format(date=due)
            lines.append(line)
        if len(items) > limit:
            lines.append(
                _tr("and {n} more on the Actions tab").format(
                    n=formatting.count(len(items) - limit)
                )
            )
        return "\n".join(lines)

    def _fill_profile(self, m: Mentee) -> None:
        dash = "—"
        values = {
            "programme": m.programme,
            "cohort": m.cohort,
            "level": m.level,
            "model": enum_label(m.mentoring_model),
            "start_date": formatting.long_date(m.start_date),
            "consent_date": formatting.long_date(m.consent_date),
            "contact": m.contact,
        }
        for key, value in values.items():
            self.fields[key].setText(value or dash)

    def _fill_tags(self, tags: list[str]) -> None:
        while self.tags_row.count():
            item = self.tags_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: deleteLater() would leave it drawn under the new tags
                widget.deleteLater()
        if not tags:
            self.tags_row.addWidget(plain_label(_tr("No tags"), role="muted"))
        for tag in tags:
            self.tags_row.addWidget(plain_label(tag, object_name="tagChip"))
        self.tags_row.addStretch(1)
