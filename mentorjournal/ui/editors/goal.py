"""The goal editor: a title and the five SMART parts, laid out as the questions a trainer asks
(Specific, Measurable, Achievable, Relevant, Time-bound), plus category and status."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...models import GoalCategory, GoalFields, GoalInput, GoalStatus
from ...services import Services
from ..widgets import (
    OptionalDateEdit,
    OptionalNumberEdit,
    TagsEdit,
    hint_label,
    make_form,
    text_area,
)
from .base import EditorDialog
from .common import choice_combo, mentee_combo, mentee_name, set_choice, titled


class GoalEditor(EditorDialog):
    """Create a SMART goal for a mentee or edit one (check-ins have their own editor)."""

    def __init__(
        self,
        services: Services,
        *,
        mentee_id: int | None = None,
        goal_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, parent)
        self.goal_id = goal_id
        goal = services.goals.get(goal_id) if goal_id is not None else None
        if goal is not None:
            mentee_id = goal.mentee_id

        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Pass the Level II welding practical"))
        self.category = choice_combo(GoalCategory, GoalCategory.TECHNICAL_SKILL)
        self.status = choice_combo(GoalStatus, GoalStatus.NOT_STARTED)
        self.specific = text_area(
            self.tr("e.g. Weld 10 mm plate in the vertical position with a full-penetration butt")
        )
        self.measure = QLineEdit()
        self.measure.setPlaceholderText(self.tr("e.g. joints passing the bend test"))
        self.target_value = OptionalNumberEdit()
        self.target_value.setPlaceholderText(self.tr("e.g. 8"))
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("e.g. joints"))
        self.unit.setMaximumWidth(160)
        self.achievable = text_area(
            self.tr("e.g. Two extra workshop hours a week; the college has the plate")
        )
        self.relevant = text_area(
            self.tr("e.g. Needed for the trade test and for the job at the steel workshop")
        )
        self.target_date = OptionalDateEdit()
        self.tags = TagsEdit(services.mentees.all_tags())
        self.tags.setPlaceholderText(self.tr("Separate with commas, e.g. trade test, safety"))

        top = make_form()
        self.mentee = None
        self._mentee_id = mentee_id
        if goal is None and mentee_id is None:
            self.mentee = mentee_combo(services, mentee_id)
            self.add_row(top, self.tr("&Mentee:"), "mentee_id", self.mentee)
        self.add_row(
            top,
            self.tr("&Goal:"),
            "title",
            self.title,
            accessible=self.tr("Goal title"),
            tip=self.tr("A short name for the goal, as you would say it to the mentee"),
        )
        self.add_row(
            top, self.tr("&Category:"), "category", self.category, beside=[self._status_box()]
        )
        self.add_row(
            top,
            self.tr("T&ags:"),
            "tags",
            self.tags,
            tip=self.tr("Labels to find and group goals by; existing tags are suggested"),
        )

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.addWidget(
            self._part(
                self.tr("S — Specific"),
                self.tr("What exactly will the mentee be able to do?"),
                "specific",
                self.specific,
                self.tr("Specific"),
            ),
            0,
            0,
        )
        measurable = QGroupBox(self.tr("M — Measurable"))
        m_layout = QVBoxLayout(measurable)
        m_layout.addWidget(hint_label(self.tr("How will you both see the progress?")))
        m_form = make_form()
        self.add_row(m_form, self.tr("Mea&sure:"), "measure", self.measure)
        self.add_row(
            m_form,
            self.tr("&Target:"),
            "target_value",
            self.target_value,
            accessible=self.tr("Target value"),
            tip=self.tr("The number to reach, if the measure is a count or a score"),
            beside=[self.unit],
        )
        self.unit.setAccessibleName(self.tr("Unit"))
        self.track(self.unit)
        m_layout.addLayout(m_form)
        m_layout.addStretch(1)
        grid.addWidget(measurable, 0, 1)
        grid.addWidget(
            self._part(
                self.tr("A — Achievable"),
                self.tr("What makes it realistic: time, tools, support?"),
                "achievable",
                self.achievable,
                self.tr("Achievable"),
            ),
            1,
            0,
        )
        grid.addWidget(
            self._part(
                self.tr("R — Relevant"),
                self.tr("Why does it matter for the mentee's trade or career?"),
                "relevant",
                self.relevant,
                self.tr("Relevant"),
            ),
            1,
            1,
        )
        timebound = QGroupBox(self.tr("T — Time-bound"))
        t_form = make_form()
        self.add_row(
            t_form,
            self.tr("Target &date:"),
            "target_date",
            self.target_date,
            tip=self.tr("By when the goal should be reached"),
        )
        timebound.setLayout(t_form)
        grid.addWidget(timebound, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        body = QVBoxLayout()
        body.setSpacing(10)
        body.addLayout(top)
        body.addLayout(grid, 1)
        self.set_body(body)
        self.setMinimumWidth(860)

        name = mentee_name(services, mentee_id)
        if goal is None:
            self.setWindowTitle(titled(self.tr("New goal"), self.tr("New goal — {name}"), name))
        else:
            self.setWindowTitle(titled(self.tr("Edit goal"), self.tr("Edit goal — {name}"), name))
            self.title.setText(goal.title)
            set_choice(self.category, goal.category)
            set_choice(self.status, goal.status)
            self.specific.setPlainText(goal.specific)
            self.measure.setText(goal.measure)
            self.target_value.set_value(goal.target_value)
            self.unit.setText(goal.unit)
            self.achievable.setPlainText(goal.achievable)
            self.relevant.setPlainText(goal.relevant)
            self.target_date.set_date(goal.target_date)
            assert goal_id is not None
            self.tags.set_tags(services.goals.tags(goal_id))
        self.mark_clean()

    def _status_box(self) -> QWidget:
        form = make_form()
        form.setContentsMargins(16, 0, 0, 0)
        box = QWidget()
        box.setLayout(form)
        self.add_row(form, self.tr("S&tatus:"), "status", self.status)
        return box

    def _part(
        self, title: str, question: str, name: str, edit: QPlainTextEdit, accessible: str
    ) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(hint_label(question))
        layout.addWidget(self.field(name, edit, accessible=accessible, tip=question), 1)
        return box

    def save_record(self) -> int:
        try:
            target = self.target_value.value()
        except ValueError:
            target = None
            self.problem("target_value", self.tr("Enter a number, such as 8 or 2.5."))
        self.raise_problems()
        fields = GoalFields(
            title=self.title.text(),
            specific=self.specific.toPlainText(),
            measure=self.measure.text(),
            target_value=target,
            unit=self.unit.text(),
            achievable=self.achievable.toPlainText(),
            relevant=self.relevant.toPlainText(),
            target_date=self.target_date.date(),
            category=self.category.currentData(),
            status=self.status.currentData(),
        )
        if self.goal_id is not None:
            goal = self.services.goals.update(self.goal_id, fields, tags=self.tags.tags())
        else:
            mentee_id = self.mentee.currentData() if self.mentee else self._mentee_id
            if mentee_id is None:
                self.problem("mentee_id", self.tr("Choose the mentee this goal is for."))
                self.raise_problems()
            assert mentee_id is not None
            goal = self.services.goals.create(
                GoalInput(**fields.model_dump(), mentee_id=mentee_id), tags=self.tags.tags()
            )
        assert goal.id is not None
        return goal.id
