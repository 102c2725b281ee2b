"""The reflection editor: free text plus the optional prompts of a reflective cycle, by the
mentor or the mentee, optionally linked to one of the mentee's sessions."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...models import ReflectionAuthor, ReflectionFields, ReflectionInput, ReflectionTemplate
from ...services import Services
from ..labels import enum_label
from ..screen_fit import fit_height, scrolling_if_tall
from ..widgets import TagsEdit, date_edit, format_date, from_qdate, make_form, text_area, to_qdate
from .base import EditorDialog
from .common import choice_combo, mentee_combo, mentee_name, plain_label, set_choice, titled
from .template_choice import TemplatePicker, may_replace


class ReflectionEditor(EditorDialog):
    """Write a new reflection for a mentee (optionally about a session) or edit one."""

    def __init__(
        self,
        services: Services,
        *,
        mentee_id: int | None = None,
        reflection_id: int | None = None,
        session_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, parent)
        self.reflection_id = reflection_id
        reflection = services.reflections.get(reflection_id) if reflection_id is not None else None
        if reflection is not None:
            mentee_id, session_id = reflection.mentee_id, reflection.session_id

        self.written_on = date_edit()
        self.author = choice_combo(ReflectionAuthor, ReflectionAuthor.MENTOR)
        self.session = QComboBox()
        self.session.setMinimumContentsLength(28)
        self.is_private = QCheckBox(self.tr("&Private — keep this reflection in the app"))
        self.text = text_area(
            self.tr("What stood out for you? e.g. She explained the wiring diagram to the group"),
            160,
        )
        self.what_happened = text_area(self.tr("e.g. We went through the failed inspection"), 56)
        self.went_well = text_area(self.tr("e.g. He found the fault himself"), 56)
        self.to_change = text_area(self.tr("e.g. Give the checklist before, not after"), 56)
        self.next_steps = text_area(self.tr("e.g. Visit the workplace in two weeks"), 56)
        self.tags = TagsEdit(services.mentees.all_tags())
        self.tags.setPlaceholderText(self.tr("Separate with commas, e.g. confidence, teamwork"))

        form = make_form()
        self.mentee = None
        if reflection is None and mentee_id is None:
            self.mentee = mentee_combo(services, None)
            self.mentee.currentIndexChanged.connect(self._fill_sessions)
            self.add_row(form, self.tr("&Mentee:"), "mentee_id", self.mentee)
        elif mentee_id is not None:
            form.addRow(self.tr("Mentee:"), plain_label(services.mentees.get(mentee_id).full_name))
        self.add_row(form, self.tr("&Date:"), "written_on", self.written_on)
        self.add_row(
            form,
            self.tr("&Written by:"),
            "author",
            self.author,
            accessible=self.tr("Author"),
            tip=self.tr("Your own reflection, or the mentee's as they told it to you"),
        )
        self.add_row(
            form,
            self.tr("&About session:"),
            "session_id",
            self.session,
            accessible=self.tr("Linked session"),
            tip=self.tr("Optionally, the session this reflection is about"),
        )
        self.add_row(
            form,
            self.tr("Ta&gs:"),
            "tags",
            self.tags,
            tip=self.tr("Labels to find reflections by; existing tags are suggested"),
        )
        self.track(self.is_private)
        self.is_private.setToolTip(
            self.tr("A private reflection is left out of summaries and exports by default")
        )
        form.addRow("", self.is_private)

        left = QVBoxLayout()
        # A new reflection can start from the prompts of a reflective model (Gibbs...).
        self.template: TemplatePicker | None = None
        self._from_template = ""
        if reflection is None:
            self.template = TemplatePicker(
                services.templates.reflection_templates(),
                self.tr("Puts its prompts into the reflection"),
            )
            self.template.chosen.connect(self._apply_template)
            left.addWidget(self.template)
        left.addLayout(form)
        text_label = QLabel(self.tr("&Reflection:"))
        text_label.setBuddy(self.text)
        left.addWidget(text_label)
        left.addWidget(
            self.field("text", self.text, accessible=self.tr("Reflection")),
            1,
        )
        prompts = QGroupBox(self.tr("Prompts (optional)"))
        p_layout = QVBoxLayout(prompts)
        p_layout.setSpacing(4)
        for field_name, title, edit in (
            ("what_happened", self.tr("What happened?"), self.what_happened),
            ("went_well", self.tr("What went well?"), self.went_well),
            ("to_change", self.tr("What would you change?"), self.to_change),
            ("next_steps", self.tr("What next?"), self.next_steps),
        ):
            prompt = QLabel(title)
            prompt.setBuddy(edit)
            p_layout.addWidget(prompt)
            p_layout.addWidget(self.field(field_name, edit, accessible=title))
        columns = QHBoxLayout()
        columns.setSpacing(12)
        columns.addLayout(left, 3)
        columns.addWidget(prompts, 2)
        # The fields scroll on a short screen; Save and Cancel stay below them. The width is
        # the fields' minimum (not the dialog's, which would stop the layout from giving a
        # label or check box its whole size in Arabic or Amharic at 150 %).
        fields = QWidget()
        fields.setLayout(columns)
        columns.setContentsMargins(0, 0, 0, 0)
        fields.setMinimumWidth(900)
        self.set_body(scrolling_if_tall(fields))
        fit_height(self)

        self._mentee_id = mentee_id
        self._fill_sessions()
        if session_id is not None:
            set_choice(self.session, session_id)
        name = mentee_name(services, mentee_id)
        if reflection is None:
            self.setWindowTitle(
                titled(self.tr("New reflection"), self.tr("New reflection — {name}"), name)
            )
        else:
            self.setWindowTitle(
                titled(self.tr("Edit reflection"), self.tr("Edit reflection — {name}"), name)
            )
            # The services keep a reflection's session link as it was made.
            self.session.setEnabled(False)
            self.session.setToolTip(self.tr("The linked session cannot be changed afterwards"))
            self.written_on.setDate(to_qdate(reflection.written_on))
            set_choice(self.author, reflection.author)
            self.is_private.setChecked(reflection.is_private)
            self.text.setPlainText(reflection.text)
            self.what_happened.setPlainText(reflection.what_happened)
            self.went_well.setPlainText(reflection.went_well)
            self.to_change.setPlainText(reflection.to_change)
            self.next_steps.setPlainText(reflection.next_steps)
            assert reflection_id is not None
            self.tags.set_tags(services.reflections.tags(reflection_id))
        self.mark_clean()

    def _apply_template(self, template: ReflectionTemplate) -> None:
        if may_replace(self, [self.text.toPlainText()], [self._from_template]):
            self.text.setPlainText(template.body)
            self._from_template = template.body
            self.text.setFocus()

    def _current_mentee(self) -> int | None:
        if self.mentee is not None:
            value = self.mentee.currentData()
            return int(value) if value is not None else None
        return self._mentee_id

    def _fill_sessions(self) -> None:
        self.session.clear()
        self.session.addItem(self.tr("No particular session"), None)
        mentee_id = self._current_mentee()
        if mentee_id is None:
            return
        for row in self.services.sessions.list_for_mentee(mentee_id):
            text = f"{format_date(row.started_at.date())} · {enum_label(row.kind)}"
            topics = row.topics.splitlines()[0] if row.topics else ""
            if topics:
                text += f" · {topics[:40]}"
            self.session.addItem(text, row.id)

    def save_record(self) -> int:
        fields = ReflectionFields(
            written_on=from_qdate(self.written_on.date()),
            author=self.author.currentData(),
            text=self.text.toPlainText(),
            what_happened=self.what_happened.toPlainText(),
            went_well=self.went_well.toPlainText(),
            to_change=self.to_change.toPlainText(),
            next_steps=self.next_steps.toPlainText(),
            is_private=self.is_private.isChecked(),
        )
        if self.reflection_id is not None:
            row = self.services.reflections.update(
                self.reflection_id, fields, tags=self.tags.tags()
            )
        else:
            mentee_id = self._current_mentee()
            if mentee_id is None:
                self.problem("mentee_id", self.tr("Choose the mentee this reflection is about."))
                self.raise_problems()
            assert mentee_id is not None
            row = self.services.reflections.create(
                ReflectionInput(
                    **fields.model_dump(),
                    mentee_id=mentee_id,
                    session_id=self.session.currentData(),
                ),
                tags=self.tags.tags(),
            )
        assert row.id is not None
        return row.id
