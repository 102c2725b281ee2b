"""The journal owner editor: the trainer's name, institution and default meeting cadence."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QSpinBox, QVBoxLayout, QWidget

from ...models import JournalOwnerFields
from ...services import Services
from ..widgets import hint_label, make_form
from .base import EditorDialog


class OwnerEditor(EditorDialog):
    """Edit who keeps this journal; shown on summaries, never needed to use the app."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.setWindowTitle(self.tr("About you and this journal"))
        info = services.owner.get()

        self.owner_name = QLineEdit(info.owner_name)
        self.owner_name.setPlaceholderText(self.tr("e.g. Meron Tadesse"))
        self.institution = QLineEdit(info.institution)
        self.institution.setPlaceholderText(self.tr("e.g. Bahir Dar Polytechnic College"))
        self.cadence = QSpinBox()
        self.cadence.setRange(1, 365)
        self.cadence.setSuffix(self.tr(" days"))
        self.cadence.setValue(info.default_cadence_days)
        self.cadence.setMaximumWidth(120)

        form = make_form()
        self.add_row(form, self.tr("Your &name:"), "owner_name", self.owner_name)
        self.add_row(form, self.tr("&Institution:"), "institution", self.institution)
        self.add_row(
            form,
            self.tr("Meet &every:"),
            "default_cadence_days",
            self.cadence,
            accessible=self.tr("Default days between sessions"),
            tip=self.tr("Used for mentees without their own cadence"),
        )
        body = QVBoxLayout()
        body.addLayout(form)
        body.addWidget(
            hint_label(
                self.tr(
                    "Your name and institution appear on printed summaries. The cadence is "
                    "how often you plan to meet each mentee unless set on the mentee."
                )
            )
        )
        body.addStretch(1)
        self.set_body(body)
        self.setMinimumWidth(460)
        self.mark_clean()

    def save_record(self) -> int:
        info = self.services.owner.update(
            JournalOwnerFields(
                owner_name=self.owner_name.text(),
                institution=self.institution.text(),
                default_cadence_days=self.cadence.value(),
            )
        )
        assert info.id is not None
        return info.id
