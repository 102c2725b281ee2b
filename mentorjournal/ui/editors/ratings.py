"""The quick skill rating dialog: rate a mentee on the whole competency framework at once,
keyboard only (type 1-5 per skill, arrows between skills), saved as one `rate_many` call."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...models import RATING_SCALE, Rater, SkillRating
from ...services import Services
from ...services.validation import unstorable
from ..widgets import date_edit, format_date, from_qdate, hint_label
from .base import EditorDialog
from .common import plain_label, titled
from .rating_model import RatingTable, RatingTableModel, rating_text, rating_words


class SkillRatingDialog(EditorDialog):
    """Rate `mentee_id` on every current skill (optionally in `session_id`, whose date it
    takes). Rows left empty are not rated. Emits `saved(mentee_id)` after saving."""

    def __init__(
        self,
        services: Services,
        *,
        mentee_id: int,
        session_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, parent)
        self.mentee_id = mentee_id
        self.session_id = session_id
        mentee = services.mentees.get(mentee_id)
        session = services.sessions.get(session_id).session if session_id is not None else None
        self._history = services.skills.ratings_for_mentee(mentee_id)

        self.rated_on = date_edit(session.started_at.date() if session else None)
        self.mentor_button = QRadioButton(self.tr("&Mentor"))
        self.self_button = QRadioButton(self.tr("&Self (the mentee)"))
        self.mentor_button.setToolTip(self.tr("Your rating as the mentor"))
        self.self_button.setToolTip(self.tr("The mentee's rating of themselves, as they told you"))
        self.mentor_button.setChecked(True)
        self.rater_group = QButtonGroup(self)
        self.rater_group.addButton(self.mentor_button)
        self.rater_group.addButton(self.self_button)
        self.rater_group.buttonToggled.connect(self._show_last_ratings)

        self.model = RatingTableModel(self)
        self.model.set_skills(services.skills.framework())
        self.table = RatingTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Skills to rate"))
        self._show_last_ratings()
        self.table.setup_after_reset()
        self.table.setMinimumHeight(300)

        date_field = self.field("rated_on", self.rated_on, accessible=self.tr("Date of the rating"))
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.rated_on)
        rater_label = QLabel(self.tr("Rated by:"))
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(date_label)
        top.addWidget(date_field)
        top.addSpacing(24)
        top.addWidget(rater_label)
        top.addWidget(self.mentor_button)
        top.addWidget(self.self_button)
        top.addStretch(1)
        if session is not None:
            session_label = plain_label(
                self.tr("For the session of {date}").replace(
                    "{date}", format_date(session.started_at.date())
                )
            )
            session_label.setWordWrap(False)
            top.addWidget(session_label)

        scale = "   ".join(f"{v} {rating_words(v)}" for v in RATING_SCALE)
        keys = hint_label(
            self.tr(
                "Type 1 to 5 to rate a skill, 0 to clear it; ↑ ↓ move between skills, "
                "Tab goes to the note. Skills left empty are not rated."
            )
        )
        scale_label = QLabel(self.tr("Scale:  {scale}").replace("{scale}", scale))
        scale_label.setTextFormat(Qt.TextFormat.PlainText)
        scale_label.setObjectName("ratingScale")

        body = QVBoxLayout()
        body.setSpacing(8)
        body.addLayout(top)
        body.addWidget(scale_label)
        body.addWidget(self.table, 1)
        body.addWidget(keys)
        self.set_body(body)
        self.setWindowTitle(
            titled(self.tr("Rate skills"), self.tr("Rate skills — {name}"), mentee.full_name)
        )
        self.setMinimumWidth(860)
        self.resize(960, 640)
        self.mark_clean()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- state ---------------------------------------------------------------------------
    def rater(self) -> Rater:
        return Rater.SELF if self.self_button.isChecked() else Rater.MENTOR

    def extra_state(self) -> object:
        # Only what was typed into the table counts; a changed date alone loses nothing.
        return self.model.state()

    # --- drafts (issue 6) -----------------------------------------------------------------
    def extra_change_signals(self) -> list[Any]:
        # The rater is not a tracked field; a draft with ratings must still follow it.
        return [self.rater_group.buttonToggled]

    def draft_extra(self) -> Any:
        """The rater and every rating and note typed into the table, by skill id."""
        return {"rater": str(self.rater()), "rows": self.model.typed()}

    def restore_draft_extra(self, value: Any) -> None:
        if not isinstance(value, dict):
            return
        rater = value.get("rater")
        if rater == str(Rater.SELF):
            self.self_button.setChecked(True)
        elif rater == str(Rater.MENTOR):
            self.mentor_button.setChecked(True)
        rows = value.get("rows")
        if not isinstance(rows, list):
            return
        gone = self.model.restore_typed(rows)
        if gone:
            # A skill retired since the draft was kept: show what was typed for it on
            # screen, so it is never thrown away unseen.
            lines = [
                self.tr("“{skill}” is no longer rated here; the draft had: {rating} {note}")
                .replace("{skill}", str(entry.get("skill") or "?"))
                .replace("{rating}", rating_text(_on_scale(entry.get("rating"))))
                .replace("{note}", str(entry.get("note") or ""))
                .strip()
                for entry in gone
            ]
            self.message.setText("\n".join(lines))
            self.message.show()

    def _show_last_ratings(self) -> None:
        latest: dict[int, SkillRating] = {}
        rater = self.rater()
        for r in self._history:  # oldest first: the last one per skill wins
            if r.rater == rater:
                latest[r.skill_id] = r
        self.model.set_last_ratings(latest)
        self.model.set_last_title(
            self.tr("Last self-rating") if rater == Rater.SELF else self.tr("Last mentor rating")
        )

    # --- saving --------------------------------------------------------------------------
    def save_record(self) -> int:
        entries = self.model.entries()
        for name in self.model.notes_without_rating():
            self.problem(
                "",
                self.tr("“{skill}” has a note but no rating: rate it or clear the note.").replace(
                    "{skill}", name
                ),
            )
            break
        for entry in entries:
            if unstorable(entry.note) is not None:
                name = self.model.skill_name(self.model.row_of_skill(entry.skill_id))
                self.problem(
                    "",
                    self.tr(
                        "The note on “{skill}” contains a character that cannot be stored."
                    ).replace("{skill}", name),
                )
                break
        if not entries:
            self.problem(
                "",
                self.tr("Nothing to save: type a rating (1 to 5) for at least one skill."),
            )
        self.raise_problems()
        self.services.skills.rate_many(
            mentee_id=self.mentee_id,
            rated_on=from_qdate(self.rated_on.date()),
            rater=self.rater(),
            entries=entries,
            session_id=self.session_id,
        )
        return self.mentee_id

    def show_errors(self, problems: dict[str, str]) -> None:
        super().show_errors(problems)
        if "rated_on" not in problems:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)


def _on_scale(value: object) -> int | None:
    """A rating read from a draft, if it is one on the scale (a draft is not trusted)."""
    return value if isinstance(value, int) and value in RATING_SCALE else None
