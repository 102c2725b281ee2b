"""The templates dialog: session templates (kind, duration, topics and note prompts that
pre-fill a new session) and reflection templates (prompts that pre-fill a reflection), on two
tabs, to add, change and delete."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...models import (
    ReflectionTemplate,
    ReflectionTemplateFields,
    SessionKind,
    SessionTemplate,
    SessionTemplateFields,
)
from ...services import Services
from ..drafts.panels import DraftingPanel
from ..widgets import hint_label, text_area
from .common import choice_combo, set_choice
from .record_panel import ListEntry, RecordPanel


def _ask_delete(parent: QWidget, name: str) -> bool:
    answer = QMessageBox.question(
        parent,
        parent.tr("Delete template?"),
        parent.tr(
            "Delete the template “{name}”? Sessions and reflections made from it keep their text."
        ).replace("{name}", name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def _name_edit(placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(200)
    return edit


class SessionTemplatesPanel(DraftingPanel):
    """Session templates: what a new session made from one starts with (kept as a draft
    while typed, ui/drafts/panels.py)."""

    draft_kind = "session_template"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._templates: dict[int, SessionTemplate] = {}
        self.name = _name_edit(self.tr("e.g. Before the trade test"))
        self.kind = choice_combo(SessionKind, SessionKind.ONE_TO_ONE)
        self.duration = QSpinBox()
        self.duration.setRange(0, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setSpecialValueText(self.tr("Not set"))
        self.duration.setMinimumWidth(110)
        self.topics = text_area(self.tr("e.g. Practical assessment checklist"), 48)
        self.topics.setMaximumHeight(70)
        self.notes = text_area(self.tr("One prompt per line, e.g.\nWhat went well:"), 140)
        self.add_row(self.tr("&Name:"), "name", self.name)
        self.add_row(self.tr("&Kind:"), "kind", self.kind)
        self.add_row(self.tr("D&uration:"), "duration_minutes", self.duration)
        self.add_row(self.tr("&Topics:"), "topics", self.topics)
        self.add_row(
            self.tr("N&ote prompts:"),
            "notes",
            self.notes,
            tip=self.tr("Copied into the session's notes, one prompt per line"),
        )
        self.new_button.setText(self.tr("&New template"))
        self.list.setAccessibleName(self.tr("Session templates"))
        self.refresh()

    def entries(self) -> list[ListEntry]:
        self._templates = {int(t.id or 0): t for t in self.services.templates.session_templates()}
        return [ListEntry(t.name, i) for i, t in self._templates.items()]

    def heading_for(self, record_id: int | None) -> str:
        return self.tr("New session template") if record_id is None else self.tr("Session template")

    def load(self, record_id: int | None) -> None:
        t = self._templates.get(record_id) if record_id is not None else None
        self.name.setText(t.name if t else "")
        set_choice(self.kind, t.kind if t else SessionKind.ONE_TO_ONE)
        self.duration.setValue((t.duration_minutes or 0) if t else 60)
        self.topics.setPlainText(t.topics if t else "")
        self.notes.setPlainText(t.notes if t else "")

    def save_form(self, record_id: int | None) -> int:
        data = SessionTemplateFields(
            name=self.name.text().strip(),
            kind=self.kind.currentData(),
            duration_minutes=self.duration.value() or None,
            topics=self.topics.toPlainText(),
            notes=self.notes.toPlainText(),
        )
        saved = self.services.templates.save_session_template(data, record_id)
        assert saved.id is not None
        return saved.id

    def delete_record(self, record_id: int) -> bool:
        if not _ask_delete(self, self._templates[record_id].name):
            return False
        self.services.templates.delete_session_template(record_id)
        return True


class ReflectionTemplatesPanel(DraftingPanel):
    """Reflection templates: the prompts of a reflective model, copied into a reflection
    (kept as a draft while typed)."""

    draft_kind = "reflection_template"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._templates: dict[int, ReflectionTemplate] = {}
        self.name = _name_edit(self.tr("e.g. After a workplace visit"))
        self.body = text_area(
            self.tr("The prompts, one per line, e.g.\nWhat did I see?\nWhat will I do next?"),
            260,
        )
        self.add_row(self.tr("&Name:"), "name", self.name)
        self.add_row(
            self.tr("&Prompts:"),
            "body",
            self.body,
            tip=self.tr("Copied into a new reflection's text when this template is chosen"),
        )
        self.new_button.setText(self.tr("&New template"))
        self.list.setAccessibleName(self.tr("Reflection templates"))
        self.refresh()

    def entries(self) -> list[ListEntry]:
        self._templates = {
            int(t.id or 0): t for t in self.services.templates.reflection_templates()
        }
        return [ListEntry(t.name, i) for i, t in self._templates.items()]

    def heading_for(self, record_id: int | None) -> str:
        return (
            self.tr("New reflection template")
            if record_id is None
            else self.tr("Reflection template")
        )

    def load(self, record_id: int | None) -> None:
        t = self._templates.get(record_id) if record_id is not None else None
        self.name.setText(t.name if t else "")
        self.body.setPlainText(t.body if t else "")

    def save_form(self, record_id: int | None) -> int:
        data = ReflectionTemplateFields(name=self.name.text().strip(), body=self.body.toPlainText())
        saved = self.services.templates.save_reflection_template(data, record_id)
        assert saved.id is not None
        return saved.id

    def delete_record(self, record_id: int) -> bool:
        if not _ask_delete(self, self._templates[record_id].name):
            return False
        self.services.templates.delete_reflection_template(record_id)
        return True


class TemplatesDialog(QDialog):
    """Session and reflection templates on two tabs (see the module)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Templates"))
        self.setSizeGripEnabled(True)
        self.sessions = SessionTemplatesPanel(services)
        self.reflections = ReflectionTemplatesPanel(services)
        self.tabs = QTabWidget()
        # Named like the window (an existing translation): what a screen reader says on Tab.
        self.tabs.setAccessibleName(self.tr("Templates"))
        self.tabs.addTab(self._page(self.sessions, self._session_hint()), self.tr("&Sessions"))
        self.tabs.addTab(
            self._page(self.reflections, self._reflection_hint()), self.tr("&Reflections")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.setMinimumSize(860, 560)
        self.resize(920, 600)

    def _session_hint(self) -> str:
        return self.tr(
            "A new session can start from a template: its kind, duration, topics and note "
            "prompts are filled in for you."
        )

    def _reflection_hint(self) -> str:
        return self.tr("A new reflection can start from one of these prompts.")

    @staticmethod
    def _page(panel: QWidget, hint: str) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(hint_label(hint))
        layout.addWidget(panel, 1)
        return page

    def _panels(self) -> tuple[RecordPanel, RecordPanel]:
        return self.sessions, self.reflections

    def reject(self) -> None:
        # Each tab keeps what was typed until the dialog closes; then ask for each.
        if all(p.confirm_discard() for p in self._panels()):
            for panel in (self.sessions, self.reflections):
                panel.discard_draft()  # agreed to drop them: no drafts at next start
            super().reject()
