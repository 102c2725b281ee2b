"""Competency framework dialog: add, rename, regroup, reorder, remove (retire when rated)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mentorjournal.models import Rater, SkillGroup
from mentorjournal.services import RatingEntry, Services
from mentorjournal.ui.editors.framework import SkillFrameworkDialog

from .conftest import QuestionRecorder

YES = QMessageBox.StandardButton.Yes


def _id(services: Services, name: str) -> int:
    return next(int(s.id or 0) for s in services.skills.framework() if s.name == name)


def _names(services: Services, group: SkillGroup) -> list[str]:
    return [s.name for s in services.skills.framework() if s.group == group]


def _click(qtbot: QtBot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_add_a_skill_to_the_soft_group(services: Services, qtbot: QtBot, show) -> None:
    dialog = show(SkillFrameworkDialog(services))
    panel = dialog.panel
    assert panel.list.item(0).text() == "Technical skills"
    _click(qtbot, panel.new_button)
    assert panel.heading.text() == "New skill"
    qtbot.keyClicks(panel.name, "Customer care")
    panel.group.setCurrentIndex(panel.group.findData(SkillGroup.SOFT))
    qtbot.keyClicks(panel.description, "Greets and listens to the customer.")
    _click(qtbot, panel.save_button)
    added = next(s for s in services.skills.framework() if s.name == "Customer care")
    assert (added.name, added.group, added.description) == (
        "Customer care",
        SkillGroup.SOFT,
        "Greets and listens to the customer.",
    )
    assert _names(services, SkillGroup.SOFT)[-1] == "Customer care"
    assert panel.list.currentItem().text() == "Customer care"
    assert panel.current_id() == added.id


def test_a_skill_without_a_name_is_refused_under_the_field(
    services: Services, qtbot: QtBot, show
) -> None:
    before = len(services.skills.framework())
    dialog = show(SkillFrameworkDialog(services))
    _click(qtbot, dialog.panel.new_button)
    qtbot.keyClicks(dialog.panel.description, "Nameless")
    _click(qtbot, dialog.panel.save_button)
    error = dialog.panel.error_label_for("name")
    assert error.isVisible() and error.text() == "The skill's name cannot be empty."
    assert len(services.skills.framework()) == before


def test_rename_keeps_the_ratings(services: Services, qtbot: QtBot, show, abebe: int) -> None:
    teamwork = _id(services, "Teamwork")
    services.skills.rate_many(
        mentee_id=abebe,
        rated_on=date(2025, 4, 1),
        rater=Rater.MENTOR,
        entries=[RatingEntry(skill_id=teamwork, rating=3)],
    )
    dialog = show(SkillFrameworkDialog(services))
    panel = dialog.panel
    panel.select(teamwork)
    assert panel.name.text() == "Teamwork"
    panel.name.selectAll()
    qtbot.keyClicks(panel.name, "Teamwork and cooperation")
    _click(qtbot, panel.save_button)
    assert _id(services, "Teamwork and cooperation") == teamwork
    assert [r.skill_id for r in services.skills.ratings_for_mentee(abebe)] == [teamwork]
    assert panel.list.currentItem().text() == "Teamwork and cooperation"


def test_move_up_and_down_within_the_group(services: Services, qtbot: QtBot, show) -> None:
    dialog = show(SkillFrameworkDialog(services))
    panel = dialog.panel
    reading = _id(services, "Reading drawings and diagrams")
    panel.select(reading)
    _click(qtbot, panel.up_button)
    assert _names(services, SkillGroup.TECHNICAL)[:2] == [
        "Reading drawings and diagrams",
        "Safe use of tools and equipment",
    ]
    assert panel.current_id() == reading
    assert not panel.up_button.isEnabled()  # first of its group now
    assert panel.list.item(1).text() == "Reading drawings and diagrams"
    panel.select(_id(services, "Problem solving"))
    _click(qtbot, panel.down_button)
    assert _names(services, SkillGroup.SOFT)[-2:] == ["Taking initiative", "Problem solving"]
    assert not panel.down_button.isEnabled()


def test_remove_an_unrated_skill_deletes_it(
    services: Services, qtbot: QtBot, show, question: QuestionRecorder
) -> None:
    housekeeping = _id(services, "Workshop housekeeping")
    dialog = show(SkillFrameworkDialog(services))
    dialog.panel.select(housekeeping)
    _click(qtbot, dialog.panel.delete_button)  # answered Cancel: nothing happens
    assert "Workshop housekeeping" in _names(services, SkillGroup.TECHNICAL)
    question.answer = YES
    _click(qtbot, dialog.panel.delete_button)
    assert question.asked == ["Remove skill?", "Remove skill?"]
    everything = services.skills.framework(include_retired=True)
    assert housekeeping not in {s.id for s in everything}
    texts = [dialog.panel.list.item(i).text() for i in range(dialog.panel.list.count())]
    assert "Workshop housekeeping" not in texts


def test_remove_a_rated_skill_retires_it_and_keeps_its_history(
    services: Services, qtbot: QtBot, show, question: QuestionRecorder, abebe: int
) -> None:
    teamwork = _id(services, "Teamwork")
    services.skills.rate_many(
        mentee_id=abebe,
        rated_on=date(2025, 4, 1),
        rater=Rater.MENTOR,
        entries=[RatingEntry(skill_id=teamwork, rating=3)],
    )
    question.answer = YES
    dialog = show(SkillFrameworkDialog(services))
    dialog.panel.select(teamwork)
    _click(qtbot, dialog.panel.delete_button)
    assert question.asked == ["Retire skill?"]
    assert "Teamwork" not in _names(services, SkillGroup.SOFT)
    retired = next(s for s in services.skills.framework(include_retired=True) if s.id == teamwork)
    assert retired.retired
    assert [r.rating for r in services.skills.ratings_for_mentee(abebe)] == [3]


def test_leaving_a_changed_skill_asks_and_cancel_stays(
    services: Services, qtbot: QtBot, show, question: QuestionRecorder
) -> None:
    dialog = show(SkillFrameworkDialog(services))
    panel = dialog.panel
    first = panel.current_id()
    qtbot.keyClicks(panel.name, " (basic)")
    panel.select(_id(services, "Teamwork"))
    assert question.asked == ["Discard changes?"]
    assert panel.current_id() == first
    assert panel.name.text().endswith(" (basic)")
    dialog.reject()
    assert dialog.isVisible()
