"""Quick skill rating dialog: keyboard-only rating, last rating in words, saving all at once."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from mentorjournal.models import Rater
from mentorjournal.services import RatingEntry, Services
from mentorjournal.ui.editors import SkillRatingDialog
from mentorjournal.ui.editors.rating_model import LAST, NEW, NOTE, SKILL
from mentorjournal.ui.widgets import format_date

from .conftest import QuestionRecorder


def _skill_ids(services: Services) -> dict[str, int]:
    return {s.name: int(s.id or 0) for s in services.skills.framework()}


def _rows(dialog: SkillRatingDialog) -> dict[str, int]:
    model = dialog.model
    return {model.skill_name(r): r for r in model.skill_rows()}


def _current_skill(dialog: SkillRatingDialog) -> str:
    return dialog.model.skill_name(dialog.table.currentIndex().row())


def test_rate_three_skills_with_the_keyboard_only(
    services: Services, qtbot: QtBot, show, abebe: int, group_session: int
) -> None:
    dialog = show(SkillRatingDialog(services, mentee_id=abebe, session_id=group_session))
    assert dialog.windowTitle() == "Rate skills — Abebe Kebede"
    assert dialog.rated_on.date() == QDate(2025, 5, 12)  # the session's date
    table = dialog.table
    assert table.hasFocus()
    assert _current_skill(dialog) == "Safe use of tools and equipment"

    qtbot.keyClick(table, Qt.Key.Key_3)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert _current_skill(dialog) == "Measuring and marking out"
    qtbot.keyClick(table, Qt.Key.Key_4)
    qtbot.keyClick(table, Qt.Key.Key_Tab)  # to the note
    assert table.currentIndex().column() == NOTE
    qtbot.keyClicks(table, "U")  # typing starts the note
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "ses a steel rule now")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # note kept; on to the next skill's rating
    assert _current_skill(dialog) == "Following procedures"
    assert table.currentIndex().column() == NEW
    for _ in range(3):  # past Workshop housekeeping, skipping the "Soft skills" heading
        qtbot.keyClick(table, Qt.Key.Key_Down)
    assert _current_skill(dialog) == "Teamwork"
    qtbot.keyClick(table, Qt.Key.Key_5)

    rows = _rows(dialog)
    assert dialog.model.index(rows["Teamwork"], NEW).data() == "5 · Can teach others"
    assert dialog.model.index(rows["Safe use of tools and equipment"], NEW).data() == (
        "3 · Supervised"
    )
    assert dialog.has_unsaved_changes()

    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved.args == [abebe]
    assert not dialog.isVisible()
    ids = _skill_ids(services)
    got = {
        r.skill_id: (r.rating, r.note, r.rater, r.rated_on, r.session_id)
        for r in services.skills.ratings_for_mentee(abebe)
    }
    day = date(2025, 5, 12)
    assert got == {
        ids["Safe use of tools and equipment"]: (3, "", Rater.MENTOR, day, group_session),
        ids["Measuring and marking out"]: (
            4,
            "Uses a steel rule now",
            Rater.MENTOR,
            day,
            group_session,
        ),
        ids["Teamwork"]: (5, "", Rater.MENTOR, day, group_session),
    }


def test_zero_delete_and_backspace_clear_a_rating(
    services: Services, qtbot: QtBot, show, abebe: int
) -> None:
    dialog = show(SkillRatingDialog(services, mentee_id=abebe))
    assert dialog.rated_on.date() == QDate.currentDate()
    table = dialog.table
    first = dialog.model.index(table.currentIndex().row(), NEW)
    for clear in (Qt.Key.Key_0, Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
        qtbot.keyClick(table, Qt.Key.Key_2)
        assert first.data() == "2 · Assisted"
        qtbot.keyClick(table, clear)
        assert first.data() == ""
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_1)
    qtbot.keyClick(table, Qt.Key.Key_7)  # not on the scale: ignored
    self_button = dialog.self_button
    qtbot.mouseClick(self_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    [rating] = services.skills.ratings_for_mentee(abebe)
    assert rating.skill_id == _skill_ids(services)["Reading drawings and diagrams"]
    assert (rating.rating, rating.rater, rating.session_id) == (1, Rater.SELF, None)
    assert rating.rated_on == date.today()


def test_saving_an_empty_table_says_so_and_writes_nothing(
    services: Services, qtbot: QtBot, show, abebe: int
) -> None:
    dialog = show(SkillRatingDialog(services, mentee_id=abebe))
    with qtbot.assertNotEmitted(dialog.saved):
        assert dialog.save() is False
    assert dialog.message.isVisible()
    assert "at least one skill" in dialog.message.text()
    assert dialog.isVisible()
    assert services.skills.ratings_for_mentee(abebe) == []


def test_a_note_without_a_rating_is_refused_naming_the_skill(
    services: Services, qtbot: QtBot, show, abebe: int
) -> None:
    dialog = show(SkillRatingDialog(services, mentee_id=abebe))
    rows = _rows(dialog)
    dialog.model.setData(dialog.model.index(rows["Teamwork"], NOTE), "Helped Fatima")
    dialog.model.setData(dialog.model.index(rows["Communication"], NEW), 3)
    assert dialog.save() is False
    assert "Teamwork" in dialog.message.text()
    assert services.skills.ratings_for_mentee(abebe) == []
    # Rated as well: now both save, all at once.
    dialog.model.setData(dialog.model.index(rows["Teamwork"], NEW), 4)
    assert dialog.save() is True
    assert sorted(r.rating for r in services.skills.ratings_for_mentee(abebe)) == [3, 4]


def test_a_refused_date_shows_under_the_date_and_nothing_is_written(
    services: Services, qtbot: QtBot, show, abebe: int
) -> None:
    dialog = show(SkillRatingDialog(services, mentee_id=abebe))
    qtbot.keyClick(dialog.table, Qt.Key.Key_4)
    dialog.rated_on.setDate(QDate(1850, 1, 1))
    assert dialog.save() is False
    error = dialog.error_label_for("rated_on")
    assert error is not None and error.isVisible() and "1900" in error.text()
    assert services.skills.ratings_for_mentee(abebe) == []


def test_last_rating_column_shows_the_previous_rating_in_words_for_the_chosen_rater(
    services: Services, qtbot: QtBot, show, abebe: int
) -> None:
    ids = _skill_ids(services)
    safe = ids["Safe use of tools and equipment"]
    for rater, rating, day in (
        (Rater.MENTOR, 1, date(2025, 3, 3)),
        (Rater.MENTOR, 2, date(2025, 4, 1)),
        (Rater.SELF, 4, date(2025, 4, 1)),
    ):
        services.skills.rate_many(
            mentee_id=abebe,
            rated_on=day,
            rater=rater,
            entries=[RatingEntry(skill_id=safe, rating=rating, note="Checks the grinder guard")],
        )
    dialog = show(SkillRatingDialog(services, mentee_id=abebe))
    model = dialog.model
    rows = _rows(dialog)
    last = model.index(rows["Safe use of tools and equipment"], LAST)
    assert last.data() == f"2 · Assisted — {format_date(date(2025, 4, 1))}"
    assert last.data(Qt.ItemDataRole.ToolTipRole) == "Checks the grinder guard"
    assert model.index(rows["Teamwork"], LAST).data() == "not rated yet"
    assert model.headerData(LAST, Qt.Orientation.Horizontal) == "Last mentor rating"
    qtbot.mouseClick(dialog.self_button, Qt.MouseButton.LeftButton)
    assert last.data().startswith("4 · Independent")
    assert model.headerData(LAST, Qt.Orientation.Horizontal) == "Last self-rating"
    assert not dialog.has_unsaved_changes()  # choosing the rater loses nothing


def test_skills_are_grouped_and_retired_ones_left_out(services: Services, show, abebe: int) -> None:
    ids = _skill_ids(services)
    services.skills.rate_many(
        mentee_id=abebe,
        rated_on=date(2025, 4, 1),
        rater=Rater.MENTOR,
        entries=[RatingEntry(skill_id=ids["Teamwork"], rating=2)],
    )
    services.skills.delete(ids["Teamwork"])  # rated: retired
    dialog = show(SkillRatingDialog(services, mentee_id=abebe))
    model = dialog.model
    titles = [model.index(r, SKILL).data() for r in range(model.rowCount())]
    assert titles[0] == "Technical skills"
    assert titles.index("Soft skills") == 7
    assert "Teamwork" not in titles
    assert model.flags(model.index(0, SKILL)) == Qt.ItemFlag.NoItemFlags
    assert dialog.table.columnSpan(0, SKILL) == 4


def test_cancel_with_typed_ratings_asks_first(
    services: Services, qtbot: QtBot, show, question: QuestionRecorder, abebe: int
) -> None:
    dialog = show(SkillRatingDialog(services, mentee_id=abebe))
    qtbot.keyClick(dialog.table, Qt.Key.Key_3)
    dialog.reject()
    assert question.asked == ["Discard changes?"]
    assert dialog.isVisible()


def test_rating_model_passes_the_model_tester(
    services: Services, qtmodeltester, show, abebe: int
) -> None:
    dialog = show(SkillRatingDialog(services, mentee_id=abebe))
    rows = _rows(dialog)
    dialog.model.setData(dialog.model.index(rows["Teamwork"], NEW), 4)
    dialog.model.setData(dialog.model.index(rows["Teamwork"], NOTE), "Leads the group")
    assert not dialog.model.setData(dialog.model.index(rows["Teamwork"], NEW), 9)
    assert not dialog.model.setData(dialog.model.index(0, NEW), 3)  # a group heading
    qtmodeltester.check(dialog.model)
