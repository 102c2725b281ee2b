"""Property: text shown by the GUI's item models and saved through its editors is the text
that was typed, for any storable Unicode (scripts, emoji sequences, combining marks,
direction controls). The one change is Qt's own: a plain-text editor keeps line breaks as
"\\n" (a typed "\\r", U+2028 or U+2029 is a line break there)."""

from __future__ import annotations

import itertools
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mentorjournal.models import MenteeInput, ReflectionInput
from mentorjournal.services import Services
from mentorjournal.ui.editors import GoalEditor, MenteeEditor, ReflectionEditor, SkillRatingDialog
from mentorjournal.ui.editors.rating_model import LAST, NEW, NOTE
from mentorjournal.ui.item_models.mentees import MenteeListModel
from mentorjournal.ui.item_models.records import ReflectionTableModel

from .strategies import one_line, storable_text

# Numbers the examples, for words that no earlier example used.
EXAMPLES = itertools.count()

GUI = settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def no_leading_bom(text: str) -> bool:
    return not text.startswith("\ufeff")


BREAKS = {"\r\n": "\n", "\r": "\n", "\u2028": "\n", "\u2029": "\n"}


def qt_lines(text: str) -> str:
    for old, new in BREAKS.items():
        text = text.replace(old, new)
    return text


@GUI
@given(name=one_line(200).filter(no_leading_bom))
def test_mentee_list_model_shows_the_name_exactly(services: Services, name: str) -> None:
    m = services.mentees.create(MenteeInput(full_name=name))
    model = MenteeListModel()
    model.set_rows(services.mentees.list_summaries())
    index = model.index_of_id(int(m.id or 0), MenteeListModel.NAME)
    assert model.data(index) == name


@GUI
@given(text=one_line(89).filter(no_leading_bom))
def test_reflection_model_shows_a_short_line_exactly(services: Services, text: str) -> None:
    mentee = services.mentees.create(MenteeInput(full_name="Mentee"))
    assert mentee.id is not None
    services.reflections.create(
        ReflectionInput(mentee_id=mentee.id, written_on=date(2025, 3, 1), text=text)
    )
    model = ReflectionTableModel()
    model.set_rows(services.reflections.list_for_mentee(mentee.id))
    assert model.data(model.index(0, ReflectionTableModel.TEXT)) == text


@GUI
@given(
    name=one_line(200).filter(no_leading_bom),
    notes=storable_text(1000).filter(no_leading_bom),
)
def test_mentee_editor_saves_what_is_typed(
    services: Services, qtbot: QtBot, name: str, notes: str
) -> None:
    editor = MenteeEditor(services)
    qtbot.addWidget(editor)
    editor.full_name.setText(name)
    editor.private_notes.setPlainText(notes)
    assert editor.save(), editor.message.text()
    saved = max(services.mentees.list_summaries(), key=lambda s: s.id)
    mentee = services.mentees.get(saved.id)
    assert mentee.full_name == name
    assert mentee.private_notes == qt_lines(notes)


@GUI
@given(text=storable_text(2000))
def test_reflection_editor_round_trip(services: Services, qtbot: QtBot, text: str) -> None:
    mentee = services.mentees.create(MenteeInput(full_name="Mentee"))
    assert mentee.id is not None
    text = "x" + text  # a reflection needs some text
    editor = ReflectionEditor(services, mentee_id=mentee.id)
    qtbot.addWidget(editor)
    editor.text.setPlainText(text)
    assert editor.save(), editor.message.text()
    (saved,) = services.reflections.list_for_mentee(mentee.id)
    assert saved.text == qt_lines(text)
    # Opened again, the editor shows exactly what is stored.
    again = ReflectionEditor(services, reflection_id=saved.id)
    qtbot.addWidget(again)
    assert again.text.toPlainText() == saved.text
    assert not again.has_unsaved_changes()


@GUI
@given(
    tags=st.lists(
        one_line(60).filter(lambda t: not any(c in t for c in ",;\u060c\u1363")),
        min_size=1,
        max_size=4,
    ),
)
def test_goal_editor_saves_and_shows_the_tags_typed(
    services: Services, qtbot: QtBot, tags: list[str]
) -> None:
    from mentorjournal.models.tag_names import clean_tags

    # A unique word per example: the journal's tag vocabulary outlives one example.
    marker = f"example{next(EXAMPLES)}"
    tags = [f"{marker} {t}" for t in tags]
    mentee = services.mentees.create(MenteeInput(full_name="Mentee"))
    assert mentee.id is not None
    editor = GoalEditor(services, mentee_id=mentee.id)
    qtbot.addWidget(editor)
    editor.title.setText("Goal")
    editor.tags.setText(", ".join(tags))
    assert editor.save(), editor.message.text()
    (row,) = services.goals.list_for_mentee(mentee.id)
    assert row.goal.id is not None
    assert sorted(services.goals.tags(row.goal.id)) == sorted(clean_tags(tags))
    again = GoalEditor(services, goal_id=row.goal.id)
    qtbot.addWidget(again)
    assert sorted(again.tags.tags()) == sorted(clean_tags(tags))
    assert not again.has_unsaved_changes()


@GUI
@given(note=one_line(300).filter(no_leading_bom))  # PySide drops a leading BOM
def test_rating_table_saves_and_shows_the_note_typed(
    services: Services, qtbot: QtBot, note: str
) -> None:
    mentee = services.mentees.create(MenteeInput(full_name="Mentee"))
    assert mentee.id is not None
    dialog = SkillRatingDialog(services, mentee_id=mentee.id)
    qtbot.addWidget(dialog)
    model = dialog.model
    row = model.skill_rows()[0]
    model.setData(model.index(row, NEW), 3)
    model.setData(model.index(row, NOTE), note)
    assert model.index(row, NOTE).data() == note
    assert dialog.save(), dialog.message.text()
    (saved,) = services.skills.ratings_for_mentee(mentee.id)
    assert saved.note == note
    # Opened again, the last rating's note is its tooltip, exactly as stored.
    again = SkillRatingDialog(services, mentee_id=mentee.id)
    qtbot.addWidget(again)
    tip = again.model.index(row, LAST).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == note
