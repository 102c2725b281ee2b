"""The Sessions tab: a mentee's sessions, newest first, and the selected one in full."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QPushButton, QSplitter, QWidget

from ...services import Services, SessionDetail, SessionRow
from .. import formatting
from ..item_models import SessionTableModel
from ..labels import enum_label
from ..reading import Block, NoteReader
from .base import RecordTab


class SessionsTab(RecordTab):
    CONTEXT = "SessionsTab"
    NEW_TEXT = "New session…"
    EMPTY_TEXT = "No sessions yet — press Ctrl+N to log the first one."
    ACCESSIBLE_NAME = "Sessions"

    # The selected session's id: rate skills as observed in that session (Ctrl+K there too).
    rate_requested = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, SessionTableModel(), parent)
        self.rate_button = QPushButton(self.tr_("Rate skills for this session…"))
        self.rate_button.setAccessibleName(self.tr_("Rate skills for this session"))
        self.rate_button.setToolTip(self.tr_("Ctrl+K: one table, keyboard only"))
        self.rate_button.clicked.connect(self._request_rating)
        self.buttons.insertWidget(3, self.rate_button)
        self.current_changed.connect(self._update_rate_button)
        self._update_rate_button()

    def _update_rate_button(self) -> None:
        self.rate_button.setEnabled(self.current_id() is not None)

    def _request_rating(self) -> None:
        session_id = self.current_id()
        if session_id is not None:
            self.rate_requested.emit(session_id)

    def build_content(self) -> QWidget:
        self.detail = NoteReader(self.tr_("Session details"))
        self.detail.setPlaceholderText(self.tr_("Select a session to read its notes."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        return splitter

    def fetch(self, mentee_id: int) -> Sequence[SessionRow]:
        return self.services.sessions.list_for_mentee(mentee_id)

    def adjust_columns(self) -> None:
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(SessionTableModel.TOPICS, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)

    def show_current(self) -> None:
        session_id = self.current_id()
        if session_id is None:
            self.detail.clear()
            return
        self.detail.show_blocks(self.describe(self.services.sessions.get(session_id)))

    def describe(self, detail: SessionDetail) -> list[Block]:
        """The session for the reading pane."""
        s = detail.session
        t = self.tr_
        head = [formatting.long_date(s.started_at), enum_label(s.kind)]
        if s.duration_minutes:
            head.append(formatting.duration(s.duration_minutes))
        blocks: list[Block] = [("title", " · ".join(head))]
        names = []
        for a in detail.attendees:
            name = detail.attendee_names.get(a.mentee_id, "?")
            if a.confidence is not None:
                # The scale's "5" is in the translated text: written in the locale's digits
                # too, as the rating and the dates around it.
                confidence = t(" (confidence {c}/5)").format(c=formatting.count(a.confidence))
                name += confidence.replace("/5", "/" + formatting.count(5))
            names.append(name)
        blocks.append(("meta", t("Attended: {names}").format(names=", ".join(names))))
        if detail.tags:
            blocks.append(("meta", t("Tags: {tags}").format(tags=", ".join(detail.tags))))
        if s.next_meeting_date:
            when = formatting.long_date(s.next_meeting_date)
            blocks.append(("meta", t("Next meeting: {date}").format(date=when)))
        for title, text in ((t("Topics"), s.topics), (t("Notes"), s.notes)):
            if text.strip():
                blocks += [("heading", title), ("body", text.strip())]
        if detail.actions:
            blocks.append(("heading", t("Action items")))
            for item in detail.actions:
                mark = "☑" if item.done_date else "☐"
                extra = enum_label(item.owner)
                if item.done_date:
                    done = formatting.short_date(item.done_date)
                    extra += ", " + t("done {date}").format(date=done)
                elif item.due_date:
                    due = formatting.short_date(item.due_date)
                    extra += ", " + t("due {date}").format(date=due)
                blocks.append(("body", f"{mark} {item.text} ({extra})"))
        if s.private_note.strip():
            blocks += [
                ("heading", t("🔒 Private note (left out of summaries and exports)")),
                ("body", s.private_note.strip()),
            ]
        return blocks
