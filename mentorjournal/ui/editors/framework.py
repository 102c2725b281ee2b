"""The competency framework editor: the skills mentees are rated on, grouped Technical / Soft,
to add, rename, regroup, describe, reorder and remove. Removing a skill that has ratings
retires it (history and charts keep it), and the dialog says so before doing it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...models import SkillFields, SkillGroup
from ...models.skill import Skill
from ...services import Services
from ..drafts.panels import DraftingPanel
from ..widgets import hint_label, text_area
from .common import choice_combo, set_choice
from .rating_model import group_title
from .record_panel import ListEntry


class SkillsPanel(DraftingPanel):
    """The skills of the framework and the form of the chosen one; what is typed is kept as
    a draft (ui/drafts/panels.py)."""

    draft_kind = "skill"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._skills: dict[int, Skill] = {}
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Soldering and crimping"))
        self.name.setMaxLength(200)
        self.group = choice_combo(SkillGroup, SkillGroup.TECHNICAL)
        self.description = text_area(
            self.tr("What doing it well looks like, e.g. Makes sound joints first time"), 90
        )
        self.add_row(self.tr("&Name:"), "name", self.name)
        self.add_row(self.tr("&Group:"), "group", self.group)
        self.add_row(self.tr("D&escription:"), "description", self.description)
        self.form.addRow(
            "",
            hint_label(
                self.tr(
                    "Renaming a skill keeps its ratings. Mentees are rated on the skills in "
                    "this order."
                )
            ),
        )
        self.new_button.setText(self.tr("&Add skill"))
        self.new_button.setToolTip(self.tr("Add a new skill to the framework"))
        self.delete_button.setText(self.tr("&Remove…"))
        self.delete_button.setToolTip(
            self.tr("Remove the skill; a skill with ratings is retired and keeps its history")
        )
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        for button, step in ((self.up_button, -1), (self.down_button, 1)):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, step=step: self.move_skill(step))
            self.list_buttons.insertWidget(self.list_buttons.count() - 1, button)
        self.list.setAccessibleName(self.tr("Skills of the framework"))
        self.refresh()

    def entries(self) -> list[ListEntry]:
        skills = self.services.skills.framework()
        self._skills = {int(s.id or 0): s for s in skills}
        out: list[ListEntry] = []
        for group in SkillGroup:
            members = [s for s in skills if s.group == group]
            out.append(ListEntry(group_title(group)))
            out += [ListEntry(s.name, s.id, s.description) for s in members]
        return out

    def heading_for(self, record_id: int | None) -> str:
        return self.tr("New skill") if record_id is None else self.tr("Skill")

    def load(self, record_id: int | None) -> None:
        skill = self._skills.get(record_id) if record_id is not None else None
        self.name.setText(skill.name if skill else "")
        set_choice(self.group, skill.group if skill else SkillGroup.TECHNICAL)
        self.description.setPlainText(skill.description if skill else "")
        self._update_move_buttons()

    def save_form(self, record_id: int | None) -> int:
        data = SkillFields(
            name=self.name.text().strip(),
            group=self.group.currentData(),
            description=self.description.toPlainText().strip(),
        )
        if record_id is None:
            skill = self.services.skills.create(data)
        else:
            old = self._skills[record_id]
            data.position, data.retired = old.position, old.retired
            skill = self.services.skills.update(record_id, data)
        assert skill.id is not None
        return skill.id

    def delete_record(self, record_id: int) -> bool:
        skill = self._skills[record_id]
        if record_id in self.services.skills.rated_skill_ids():
            title = self.tr("Retire skill?")
            text = self.tr(
                "“{name}” has ratings, so it will be retired rather than deleted: its ratings "
                "stay in the mentees' history and charts, but it is no longer offered for new "
                "ratings. Retire it?"
            )
        else:
            title = self.tr("Remove skill?")
            text = self.tr("“{name}” has no ratings yet. Remove it from the framework for good?")
        answer = QMessageBox.question(
            self,
            title,
            text.replace("{name}", skill.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.services.skills.delete(record_id)
        return True

    # --- order ---------------------------------------------------------------------------
    def _group_order(self, group: SkillGroup) -> list[int]:
        return [i for i, s in self._skills.items() if s.group == group]

    def _update_move_buttons(self) -> None:
        current = self.current_id()
        if current is None or current not in self._skills:
            self.up_button.setEnabled(False)
            self.down_button.setEnabled(False)
            return
        order = self._group_order(self._skills[current].group)
        self.up_button.setEnabled(order.index(current) > 0)
        self.down_button.setEnabled(order.index(current) < len(order) - 1)

    def move_skill(self, step: int) -> None:
        """Move the chosen skill up (-1) or down (1) within its group."""
        current = self.current_id()
        if current is None or not self.confirm_discard():
            return
        order = self._group_order(self._skills[current].group)
        at = order.index(current)
        if not 0 <= at + step < len(order):
            return
        order[at], order[at + step] = order[at + step], order[at]
        group = self._skills[current].group
        everything = [i for g in SkillGroup if g != group for i in self._group_order(g)] + order
        self.services.skills.reorder(everything)
        self.refresh(select=current)
        self.changed.emit()


class SkillFrameworkDialog(QDialog):
    """The competency framework: the skills mentees are rated on (see the module)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Competency framework"))
        self.setSizeGripEnabled(True)
        self.panel = SkillsPanel(services)
        intro = hint_label(
            self.tr(
                "The skills you rate mentees on. Choose a skill to change it, or add a new one."
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.setMinimumSize(820, 520)
        self.resize(880, 560)

    def reject(self) -> None:
        if self.panel.confirm_discard():
            self.panel.discard_draft()  # agreed to drop it: no draft to offer at next start
            super().reject()
