"""The mentee editor: who the learner is, how the mentoring runs, and private notes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...models import MenteeInput, MenteeStatus, MentoringModel
from ...services import Services
from .. import formatting
from ..screen_fit import fit_height, scrolling
from ..widgets import OptionalDateEdit, TagsEdit, hint_label, make_form, mark_private, text_area
from .base import EditorDialog
from .common import choice_combo, set_choice, titled


class MenteeEditor(EditorDialog):
    """Create a mentee (mentee_id None) or edit one; tags are saved with the mentee."""

    def __init__(
        self, services: Services, mentee_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, parent)
        self.mentee_id = mentee_id
        default_cadence = services.owner.get().default_cadence_days

        self.full_name = QLineEdit()
        self.full_name.setPlaceholderText(self.tr("e.g. Abebe Kebede"))
        self.preferred_name = QLineEdit()
        self.preferred_name.setPlaceholderText(self.tr("What they like to be called, e.g. Abe"))
        self.programme = QLineEdit()
        self.programme.setPlaceholderText(self.tr("e.g. Electrical Installation"))
        self.cohort = QLineEdit()
        self.cohort.setPlaceholderText(self.tr("e.g. 2025 intake, Group B"))
        self.level = QLineEdit()
        self.level.setPlaceholderText(self.tr("e.g. Level II"))
        self.start_date = OptionalDateEdit()
        self.status = choice_combo(MenteeStatus, MenteeStatus.ACTIVE)
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("Phone or e-mail, e.g. 0911 234 567"))
        self.tags = TagsEdit(services.mentees.all_tags())
        self.tags.setPlaceholderText(self.tr("Separate with commas, e.g. welding, evening class"))
        self.mentoring_model = choice_combo(MentoringModel, MentoringModel.ONE_TO_ONE)
        self.cadence = QSpinBox()
        self.cadence.setRange(0, 365)
        self.cadence.setSuffix(self.tr(" days"))
        self.cadence.setSpecialValueText(
            self.tr("Journal default ({days} days)").replace(
                "{days}", formatting.count(default_cadence)
            )
        )
        self.cadence.setMinimumWidth(200)
        self.consent_date = OptionalDateEdit()
        self.private_notes = text_area(
            self.tr("Things only you need to know, e.g. works night shifts on weekends"), 140
        )
        mark_private(self.private_notes)

        learner = QGroupBox(self.tr("Learner"))
        form = make_form()
        self.add_row(
            form,
            self.tr("&Full name:"),
            "full_name",
            self.full_name,
            tip=self.tr("The mentee's full name as on the class list (required)"),
        )
        self.add_row(form, self.tr("&Preferred name:"), "preferred_name", self.preferred_name)
        self.add_row(
            form,
            self.tr("P&rogramme / trade:"),
            "programme",
            self.programme,
            tip=self.tr("The programme or trade the mentee is trained in"),
        )
        self.add_row(form, self.tr("C&ohort / group:"), "cohort", self.cohort)
        self.add_row(form, self.tr("&Level:"), "level", self.level)
        self.add_row(
            form,
            self.tr("S&tart date:"),
            "start_date",
            self.start_date,
            tip=self.tr("When the mentoring started; leave as Not set if unknown"),
        )
        self.add_row(form, self.tr("St&atus:"), "status", self.status)
        self.add_row(form, self.tr("&Contact:"), "contact", self.contact)
        self.add_row(
            form,
            self.tr("Ta&gs:"),
            "tags",
            self.tags,
            tip=self.tr("Labels to find and group mentees by; existing tags are suggested"),
        )
        learner.setLayout(form)

        mentoring = QGroupBox(self.tr("Mentoring"))
        form = make_form()
        self.add_row(form, self.tr("&Model:"), "mentoring_model", self.mentoring_model)
        self.add_row(
            form,
            self.tr("&Expected every:"),
            "cadence_days",
            self.cadence,
            accessible=self.tr("Expected days between sessions"),
            tip=self.tr(
                "How often you plan to meet; the dashboard warns when a meeting is overdue. "
                "0 uses the journal's default."
            ),
        )
        self.add_row(
            form,
            self.tr("Co&nsent to record:"),
            "consent_date",
            self.consent_date,
            accessible=self.tr("Consent to record date"),
            tip=self.tr("The date the mentee agreed that you keep these notes"),
        )
        mentoring.setLayout(form)

        private = QGroupBox(self.tr("Private notes"))
        private_layout = QVBoxLayout(private)
        private_layout.addWidget(
            hint_label(
                self.tr(
                    "Only for you: left out of summaries and exports unless you choose to "
                    "include them."
                )
            )
        )
        private_layout.addWidget(
            self.field(
                "private_notes",
                self.private_notes,
                accessible=self.tr("Private notes"),
                tip=self.tr("Private: not shown in summaries or exports by default"),
            ),
            1,
        )

        right = QVBoxLayout()
        right.addWidget(mentoring)
        right.addWidget(private, 1)
        columns = QHBoxLayout()
        columns.setSpacing(12)
        columns.addWidget(learner, 1)
        columns.addLayout(right, 1)
        # The fields scroll on a short screen; Save and Cancel stay below them. The width is
        # the fields' minimum (not the dialog's, which would stop the layout from giving a
        # label or check box its whole size in Arabic or Amharic at 150 %).
        fields = QWidget()
        fields.setLayout(columns)
        columns.setContentsMargins(0, 0, 0, 0)
        fields.setMinimumWidth(860)
        self.set_body(scrolling(fields))
        fit_height(self)

        if mentee_id is None:
            self.setWindowTitle(self.tr("New mentee"))
        else:
            self._load(mentee_id)
        self.mark_clean()

    def _load(self, mentee_id: int) -> None:
        m = self.services.mentees.get(mentee_id)
        self.setWindowTitle(
            titled(self.tr("Edit mentee"), self.tr("Edit mentee — {name}"), m.full_name)
        )
        self.full_name.setText(m.full_name)
        self.preferred_name.setText(m.preferred_name)
        self.programme.setText(m.programme)
        self.cohort.setText(m.cohort)
        self.level.setText(m.level)
        self.start_date.set_date(m.start_date)
        set_choice(self.status, m.status)
        self.contact.setText(m.contact)
        self.tags.set_tags(self.services.mentees.tags(mentee_id))
        set_choice(self.mentoring_model, m.mentoring_model)
        self.cadence.setValue(m.cadence_days or 0)
        self.consent_date.set_date(m.consent_date)
        self.private_notes.setPlainText(m.private_notes)

    def save_record(self) -> int:
        data = MenteeInput(
            full_name=self.full_name.text(),
            preferred_name=self.preferred_name.text(),
            programme=self.programme.text(),
            cohort=self.cohort.text(),
            level=self.level.text(),
            start_date=self.start_date.date(),
            mentoring_model=self.mentoring_model.currentData(),
            status=self.status.currentData(),
            consent_date=self.consent_date.date(),
            contact=self.contact.text(),
            private_notes=self.private_notes.toPlainText(),
            cadence_days=self.cadence.value() or None,
            tags=self.tags.tags(),
        )
        if self.mentee_id is None:
            mentee = self.services.mentees.create(data)
        else:
            mentee = self.services.mentees.update(self.mentee_id, data)
        assert mentee.id is not None
        return mentee.id
