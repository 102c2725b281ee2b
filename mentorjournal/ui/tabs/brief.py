"""The Brief tab: what to remember before meeting a mentee, on one screen, printable.

Two columns of compact cards built from `BriefService.build(mentee_id, today)`: how long since
the last contact (against the cadence, coloured as on the dashboard, and said in words), the
last session, open action items, active goals, skill changes and the latest reflections.
Long text is cut with an ellipsis; "more…" links open the tab that has the rest. Private
notes are never shown here: the brief may be printed or shown to the mentee.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...models import ActionOwner, Rater
from ...reports import brief_html as phrases
from ...services import Brief, Services
from ...services.brief import ActionLine, GoalLine
from ...services.previews import first_line
from .. import formatting, printing
from ..common import plain_label
from ..labels import enum_label
from .brief_cards import LINE_CHARS, ActionRow, BriefCard, GoalRow

MAX_ACTIONS = 4  # per group (the mentee's, the others')
MAX_GOALS = 3
MAX_SKILLS = 4


class _LocaleNumbers(str):
    """A translated text whose whole numbers are written in the locale's digits when it is
    formatted: the brief's phrases (reports/brief_html.py, Qt-free) format their own day
    counts, which stood in Latin digits beside Arabic-Indic dates in the Arabic window."""

    __slots__ = ()

    def format(self, *args: object, **kwargs: object) -> str:
        def local(value: object) -> object:
            if isinstance(value, int) and not isinstance(value, bool):
                return formatting.count(value)
            return value

        return str.format(
            self, *(local(a) for a in args), **{k: local(v) for k, v in kwargs.items()}
        )


def _tr(text: str, disambiguation: str | None = None, /) -> str:
    return _LocaleNumbers(QCoreApplication.translate("BriefTab", text, disambiguation))


def brief_date(value: date) -> str:
    """ "5 Mar 2026", with the month in the user's language."""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def _rating_tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


class BriefTab(QWidget):
    """The pre-meeting brief of one mentee for `today`."""

    open_tab_requested = Signal(str)  # "sessions", "actions", "goals", "reflections"
    session_requested = Signal(int)

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
        self.brief: Brief | None = None

        self.contact_label = plain_label(object_name="briefContact")
        self.contact_label.setAccessibleName(_tr("Days since the last session"))
        self.contact_word = plain_label(object_name="contactBadge")
        self.next_label = plain_label(role="muted")
        self.print_button = QPushButton(_tr("Print brief…"))
        self.print_button.setToolTip(_tr("Print the brief (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_brief)
        self.pdf_button = QPushButton(_tr("Save as PDF…"))
        self.pdf_button.clicked.connect(self.save_pdf)

        top = QHBoxLayout()
        top.setSpacing(10)
        contact = QVBoxLayout()
        contact.setSpacing(1)
        first = QHBoxLayout()
        first.setSpacing(10)
        first.addWidget(self.contact_label)
        first.addWidget(self.contact_word, 0, Qt.AlignmentFlag.AlignVCenter)
        first.addStretch(1)
        contact.addLayout(first)
        contact.addWidget(self.next_label)
        top.addLayout(contact, 1)
        top.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.pdf_button, 0, Qt.AlignmentFlag.AlignTop)

        self.session_card = BriefCard(_tr("Last session"))
        self.actions_card = BriefCard(_tr("Open action items"))
        self.goals_card = BriefCard(_tr("Active goals"))
        self.skills_card = BriefCard(_tr("Skill changes since the last session"))
        self.reflections_card = BriefCard(_tr("Latest reflections"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(self.session_card)
        left.addWidget(self.actions_card, 1)
        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(self.goals_card)
        right.addWidget(self.skills_card)
        right.addWidget(self.reflections_card, 1)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)

        self.body = QWidget()
        self.body.setObjectName("briefBody")
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(12, 10, 12, 10)
        body_layout.setSpacing(8)
        body_layout.addLayout(top)
        body_layout.addLayout(grid, 1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.body)
        self.scroll_area.setAccessibleName(self.tr("Pre-meeting brief"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

    def cards(self) -> list[BriefCard]:
        return [
            self.session_card,
            self.actions_card,
            self.goals_card,
            self.skills_card,
            self.reflections_card,
        ]

    # --- loading -------------------------------------------------------------------------
    def load(self, mentee_id: int | None) -> None:
        # Nothing is painted while the cards are refilled: a visible QProgressBar repaints
        # the window at once on setValue(), and each row would otherwise lay out on its own.
        self.setUpdatesEnabled(False)
        try:
            self._load(mentee_id)
        finally:
            self.setUpdatesEnabled(True)

    def _load(self, mentee_id: int | None) -> None:
        self.mentee_id = mentee_id
        for card in self.cards():
            card.clear()
        if mentee_id is None:
            self.brief = None
            for card in self.cards():
                card.finish()
            return
        brief = self.services.brief.build(mentee_id, self._today())
        self.brief = brief
        self.contact_label.setText(phrases.contact_sentence(brief, _tr))
        for label in (self.contact_label, self.contact_word):
            if label.property("contact") != brief.contact.value:  # restyled only on a change
                label.setProperty("contact", brief.contact.value)
                label.style().unpolish(label)
                label.style().polish(label)
        self.contact_word.setText(phrases.contact_word(brief, _tr))
        self.next_label.setText(
            _tr("Next meeting: {when}").format(
                when=phrases.next_meeting_text(brief, brief_date, _tr)
            )
        )
        self._fill_session(brief)
        self._fill_actions(brief)
        self._fill_goals(brief)
        self._fill_skills(brief)
        self._fill_reflections(brief)
        for card in self.cards():
            card.finish()

    def _fill_session(self, brief: Brief) -> None:
        card = self.session_card
        last = brief.last_session
        if last is None:
            card.add_line(_tr("No session yet."), "muted")
            return
        s = last.session
        head = [brief_date(s.started_at.date()), enum_label(s.kind)]
        card.add_line(" · ".join(head), "strong")
        topics = first_line(s.topics, LINE_CHARS)
        if topics:
            card.add_line(_tr("Topics: {topics}").format(topics=topics))
        notes = phrases.first_lines(s.notes, lines=3, limit=240)
        if notes:
            card.add_notes(notes, _tr("Notes of the last session"))
        session_id = s.id
        if session_id is not None:
            card.add_link(
                _tr("more…"),
                lambda: self.session_requested.emit(session_id),
                _tr("Read the whole session on the Sessions tab"),
            )

    def _fill_actions(self, brief: Brief) -> None:
        card = self.actions_card
        if not brief.open_actions:
            card.add_line(_tr("Nothing open."), "muted")
            return
        others = [a for a in brief.open_actions if a.item.owner != ActionOwner.MENTEE]
        hidden = 0
        for title, lines in (
            (_tr("The mentee committed to"), brief.mentee_commitments),
            (_tr("The mentor agreed to"), others),
        ):
            if not lines:
                continue
            card.add_line(title, "fieldName")
            for line in lines[:MAX_ACTIONS]:
                self._action_line(card, line, brief.today)
            hidden += max(0, len(lines) - MAX_ACTIONS)
        if hidden:
            card.add_link(
                _tr("{n} more on the Actions tab…").format(n=hidden),
                lambda: self.open_tab_requested.emit("actions"),
            )

    def _action_line(self, card: BriefCard, line: ActionLine, today: date) -> None:
        """The item (cut to fit) with its due date or how overdue it is, never cut, after it."""
        due = phrases.due_text(line, today, brief_date, _tr)
        card.row(ActionRow).set_item(first_line(line.item.text, LINE_CHARS), due, line.overdue)

    def _fill_goals(self, brief: Brief) -> None:
        card = self.goals_card
        if not brief.active_goals:
            card.add_line(_tr("No active goals."), "muted")
            return
        for goal in brief.active_goals[:MAX_GOALS]:
            self._goal_row(card.row(GoalRow), goal)
        if len(brief.active_goals) > MAX_GOALS:
            card.add_link(
                _tr("{n} more on the Goals tab…").format(n=len(brief.active_goals) - MAX_GOALS),
                lambda: self.open_tab_requested.emit("goals"),
            )

    def _goal_row(self, widget: GoalRow, goal: GoalLine) -> None:
        row = goal.row
        if row.last_check_in is not None:
            meta = _tr("last check-in {date}").format(date=brief_date(row.last_check_in))
        else:
            meta = _tr("no check-in yet")
        widget.set_goal(
            first_line(row.goal.title, LINE_CHARS),
            row.progress_percent,
            meta + " · ",
            phrases.days_left_text(goal.days_left, _tr),
            late=goal.days_left is not None and goal.days_left < 0,
            bar_name=_tr("Progress of {goal}").format(goal=first_line(row.goal.title, 200)),
        )

    def _fill_skills(self, brief: Brief) -> None:
        card = self.skills_card
        changed = [c for c in brief.skill_changes if c.before != c.after]
        same = len(brief.skill_changes) - len(changed)
        if not changed:
            text = (
                _tr("{n} skills rated again, none changed.").format(n=same)
                if same
                else _tr("No new skill ratings since the last session.")
            )
            card.add_line(text, "muted")
            return
        for change in changed[:MAX_SKILLS]:
            words = phrases.skill_change_text(change, _rating_tr)
            who = "" if change.rater == Rater.MENTOR else " " + _tr("(self)")
            arrow = phrases.skill_arrow(change)
            role = "up" if arrow == "↑" else "overdue" if arrow == "↓" else ""
            card.add_line(f"{arrow} {change.skill_name}: {words}{who}", role)
        more = len(changed) - MAX_SKILLS
        if same or more > 0:
            text = (
                _tr("{n} more changes and {s} unchanged on the Progress tab…")
                if more > 0
                else _tr("{s} rated again without change — Progress tab…")
            ).format(n=more, s=same)
            card.add_link(text, lambda: self.open_tab_requested.emit("progress"))

    def _fill_reflections(self, brief: Brief) -> None:
        card = self.reflections_card
        if not brief.reflections:
            card.add_line(_tr("No reflections yet."), "muted")
            return
        for r in brief.reflections:
            card.add_line(f"{brief_date(r.written_on)} · {enum_label(r.author)}", "fieldName")
            card.add_line(phrases.reflection_text(r))
        card.add_link(_tr("All reflections…"), lambda: self.open_tab_requested.emit("reflections"))

    # --- printing ------------------------------------------------------------------------
    def html(self) -> str:
        """The printable brief (empty when no mentee is shown)."""
        if self.brief is None:
            return ""
        return phrases.brief_html(self.brief, format_date=brief_date, label=enum_label, tr=_tr)

    def _title(self) -> str:
        name = self.brief.mentee.full_name if self.brief else ""
        return _tr("Pre-meeting brief: {name}").format(name=name)

    def print_brief(self) -> bool:
        if self.brief is None:
            return False
        return printing.print_html(self, self.html(), self._title())

    def save_pdf(self) -> bool:
        if self.brief is None:
            return False
        b = self.brief
        suggested = f"brief-{b.mentee.full_name}-{b.today.isoformat()}.pdf".replace("/", "-")
        path = printing.ask_pdf_path(self, _tr("Save brief as PDF"), suggested)
        if path is None:
            return False
        printing.write_pdf(self.html(), path, self._title())
        return True
