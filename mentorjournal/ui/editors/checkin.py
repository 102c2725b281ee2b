"""The check-in editor: progress on a goal at a date, in percent and/or as a measured value."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...models import CheckInFields, CheckInInput
from ...services import Services
from ..widgets import (
    OptionalNumberEdit,
    date_edit,
    format_number,
    from_qdate,
    hint_label,
    make_form,
    text_area,
    to_qdate,
)
from .base import EditorDialog
from .common import plain_label, titled


class CheckInEditor(EditorDialog):
    """Record a new check-in on a goal (check_in_id None) or correct an earlier one."""

    def __init__(
        self,
        services: Services,
        *,
        goal_id: int,
        check_in_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, parent)
        self.goal_id = goal_id
        self.check_in_id = check_in_id
        goal = services.goals.get(goal_id)

        self.checked_on = date_edit()
        self.percent = OptionalNumberEdit()
        self.percent.setPlaceholderText(self.tr("e.g. 60"))
        self.value = OptionalNumberEdit()
        self.value.setPlaceholderText(self.tr("e.g. 12"))
        self.note = text_area(self.tr("e.g. Two joints failed the bend test: too much heat"), 90)

        form = make_form()
        form.addRow(self.tr("Goal:"), plain_label(goal.title))
        self.add_row(form, self.tr("&Date:"), "checked_on", self.checked_on)
        self.add_row(
            form,
            self.tr("&Progress:"),
            "percent",
            self.percent,
            accessible=self.tr("Progress in percent"),
            tip=self.tr("How far along the goal is, from 0 to 100 percent"),
            beside=[QLabel("%")],
        )
        target = ""
        if goal.target_value is not None:
            target = self.tr("target {value} {unit}").replace(
                "{value}", format_number(goal.target_value)
            )
            target = target.replace("{unit}", goal.unit).strip()
        unit = plain_label(" ".join(x for x in (goal.unit, f"({target})" if target else "") if x))
        unit.setWordWrap(False)
        self.add_row(
            form,
            self.tr("&Measured:"),
            "value",
            self.value,
            accessible=self.tr("Measured value"),
            tip=goal.measure or self.tr("The value measured for this goal"),
            beside=[unit],
        )
        self.add_row(form, self.tr("&Note:"), "note", self.note)

        body = QVBoxLayout()
        body.addWidget(
            hint_label(self.tr("Give the progress in percent, a measured value, or both."))
        )
        body.addLayout(form)
        self.set_body(body)
        self.setMinimumWidth(520)

        if check_in_id is None:
            self.setWindowTitle(
                titled(self.tr("New check-in"), self.tr("New check-in — {name}"), goal.title)
            )
        else:
            self.setWindowTitle(
                titled(self.tr("Edit check-in"), self.tr("Edit check-in — {name}"), goal.title)
            )
            mine = [c for c in services.goals.check_ins(goal_id) if c.id == check_in_id]
            if mine:
                c = mine[0]
                self.checked_on.setDate(to_qdate(c.checked_on))
                self.percent.set_value(c.percent)
                self.value.set_value(c.value)
                self.note.setPlainText(c.note)
        self.mark_clean()

    def save_record(self) -> int:
        fields: dict[str, float | None] = {}
        for name, edit in (("percent", self.percent), ("value", self.value)):
            try:
                fields[name] = edit.value()
            except ValueError:
                fields[name] = None
                self.problem(name, self.tr("Enter a number, such as 75."))
        self.raise_problems()
        data = CheckInFields(
            checked_on=from_qdate(self.checked_on.date()),
            percent=fields["percent"],
            value=fields["value"],
            note=self.note.toPlainText(),
        )
        if self.check_in_id is None:
            row = self.services.goals.add_check_in(
                CheckInInput(**data.model_dump(), goal_id=self.goal_id)
            )
        else:
            row = self.services.goals.update_check_in(self.check_in_id, data)
        assert row.id is not None
        return row.id
