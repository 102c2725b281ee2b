"""The "Template:" line of the new-session and new-reflection editors: choosing a template
pre-fills fields, and text the trainer already typed is only replaced after asking."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMessageBox, QWidget

from ...models import ReflectionTemplate, SessionTemplate
from ..widgets import hint_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("TemplatePicker", text)


class TemplatePicker(QWidget):
    """A combo of templates ("No template" first) with a hint; `chosen(template)` is emitted
    when the trainer picks one (not for "No template", which leaves the fields alone)."""

    chosen = Signal(object)

    def __init__(
        self,
        templates: Sequence[SessionTemplate | ReflectionTemplate],
        hint: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._templates = {int(t.id or 0): t for t in templates}
        self.combo = QComboBox()
        self.combo.addItem(_tr("No template"), None)
        for ident, t in self._templates.items():
            self.combo.addItem(t.name, ident)
        self.combo.setMinimumContentsLength(22)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setAccessibleName(_tr("Template"))
        self.combo.setToolTip(hint)
        label = QLabel(_tr("T&emplate:"))
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(hint_label(hint), 1, Qt.AlignmentFlag.AlignVCenter)
        self.combo.activated.connect(self._on_activated)

    def choose(self, name: str) -> None:
        """Pick the template called `name`, as a trainer would."""
        index = self.combo.findText(name)
        if index < 0:
            raise KeyError(name)
        self.combo.setCurrentIndex(index)
        self._on_activated(index)

    def _on_activated(self, index: int) -> None:
        ident = self.combo.itemData(index)
        if ident is not None:
            self.chosen.emit(self._templates[ident])


def may_replace(parent: QWidget, typed: Sequence[str], applied: Sequence[str]) -> bool:
    """Whether a template may overwrite these texts: yes when they are empty or still what the
    last template put there; otherwise the trainer is asked (No keeps their text)."""
    if all(not t.strip() or t == a for t, a in zip(typed, applied, strict=True)):
        return True
    answer = QMessageBox.question(
        parent,
        _tr("Replace your text?"),
        _tr("The template fills in text you have already typed. Replace your text with it?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
