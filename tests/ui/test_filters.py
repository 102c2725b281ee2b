"""The mentee list's filters, driven through the real widgets: they combine, say how many are
active, clear in one click, survive a reload, and never hide a mentee the window opens."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mentorjournal.models import (
    ActionItemFields,
    Attendance,
    MenteeInput,
    MenteeStatus,
    SessionInput,
)
from mentorjournal.services import Services, fold
from mentorjournal.ui.item_models import MenteeFilterProxy, MenteeListModel, StatusFilter
from mentorjournal.ui.main_window import MainWindow
from mentorjournal.ui.mentee_filters import distinct
from mentorjournal.ui.mentee_list import MenteeListPane


@pytest.fixture
def people(services: Services) -> dict[str, int]:
    def mentee(name: str, programme: str, cohort: str, tags: list[str], **kw: Any) -> int:
        data = MenteeInput(full_name=name, programme=programme, cohort=cohort, tags=tags, **kw)
        return services.mentees.create(data).id or 0

    ids = {
        "abebe": mentee("Abebe Kebede", "Welding", "2026A", ["apprentice", "evening"]),
        "eloise": mentee("Éloïse Martin", "Welding", "2026B", ["apprentice"]),
        "selam": mentee("Selam Tadesse", "Electrical Installation", "2026A", ["evening"]),
        "omar": mentee(
            "Omar Haddad", "Electrical Installation", "2026B", [], status=MenteeStatus.COMPLETED
        ),
    }

    def session(who: str, when: datetime, due: date | None = None) -> None:
        actions = [ActionItemFields(text="Practise", due_date=due)] if due else []
        data = SessionInput(started_at=when, attendees=[Attendance(mentee_id=ids[who])])
        services.sessions.create(data, actions)

    session("abebe", datetime(2020, 1, 10, 9), due=date(2020, 2, 1))  # long overdue
    session("eloise", datetime(2024, 5, 20, 9), due=date(2099, 1, 1))  # not yet due
    session("selam", datetime(2024, 3, 3, 14))
    return ids


@pytest.fixture
def window(qtbot: QtBot, services: Services, people: dict[str, int]) -> Iterator[MainWindow]:
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w


def choose(combo: Any, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered"
    combo.setCurrentIndex(index)


def test_filters_combine_say_how_many_are_active_and_clear(
    qtbot: QtBot, window: MainWindow
) -> None:
    pane = window.mentee_list
    assert pane.panel.isHidden() and pane.active_bar.isHidden()
    qtbot.mouseClick(pane.filters_button, Qt.MouseButton.LeftButton)
    assert pane.panel.isVisible()
    # The choices are what the mentees have.
    combo = pane.panel.tag
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Any tag",
        "apprentice",
        "evening",
    ]

    choose(pane.panel.tag, "evening")
    assert pane.visible_names() == ["Abebe Kebede", "Selam Tadesse"]
    assert pane.active_bar.isVisible()
    assert pane.active_label.text() == "1 filter active ·"
    choose(pane.panel.programme, "Welding")
    assert pane.visible_names() == ["Abebe Kebede"]
    qtbot.keyClicks(pane.filter_edit, "sel")  # the text combines too
    assert pane.visible_names() == []
    assert pane.stack.is_empty()
    pane.filter_edit.clear()
    pane.panel.overdue.setChecked(True)
    assert pane.visible_names() == ["Abebe Kebede"]
    assert pane.active_label.text() == "3 filters active ·"
    assert pane.filters_button.text() == "Filters (3)"
    assert pane.count_label.text() == "1 of 4 mentees shown"

    qtbot.mouseClick(pane.clear_button, Qt.MouseButton.LeftButton)
    assert pane.visible_names() == ["Abebe Kebede", "Éloïse Martin", "Selam Tadesse"]
    assert pane.active_bar.isHidden()
    assert pane.panel.tag.currentText() == "Any tag"
    assert not pane.panel.overdue.isChecked()
    assert pane.filters_button.text() == "Filters"


def test_a_narrower_status_counts_as_a_filter_and_clear_resets_it(window: MainWindow) -> None:
    pane = window.mentee_list
    pane.set_status_filter(StatusFilter.ALL)
    assert pane.active_bar.isHidden()  # "All" hides no one
    pane.set_status_filter(StatusFilter.COMPLETED)
    assert pane.visible_names() == ["Omar Haddad"]
    assert pane.active_label.text() == "1 filter active ·"
    pane.clear_filters()
    assert pane.status_combo.currentData() is StatusFilter.CURRENT
    assert len(pane.visible_names()) == 3


def test_last_session_range_and_cohort(window: MainWindow) -> None:
    pane = window.mentee_list
    pane.set_status_filter(StatusFilter.ALL)
    pane.panel.last_from.set_date(date(2024, 1, 1))
    assert pane.visible_names() == ["Éloïse Martin", "Selam Tadesse"]
    pane.panel.last_to.set_date(date(2024, 4, 30))
    assert pane.visible_names() == ["Selam Tadesse"]
    pane.panel.last_from.set_date(None)
    pane.panel.last_to.set_date(date(2023, 12, 31))
    # Omar was never met: a date range leaves him out.
    assert pane.visible_names() == ["Abebe Kebede"]
    pane.panel.last_to.set_date(None)
    choose(pane.panel.cohort, "2026B")
    assert pane.visible_names() == ["Éloïse Martin", "Omar Haddad"]


def test_filters_survive_a_reload_and_a_vanished_choice_is_dropped(
    window: MainWindow, services: Services, people: dict[str, int]
) -> None:
    pane = window.mentee_list
    choose(pane.panel.tag, "apprentice")
    pane.reload()
    assert pane.panel.tag.currentText() == "apprentice"
    assert pane.visible_names() == ["Abebe Kebede", "Éloïse Martin"]
    for who, name in (("abebe", "Abebe Kebede"), ("eloise", "Éloïse Martin")):
        services.mentees.update(
            people[who], MenteeInput(full_name=name, programme="Welding", tags=[])
        )
    pane.reload()
    assert pane.panel.tag.currentText() == "Any tag"
    assert pane.active_bar.isHidden()
    assert len(pane.visible_names()) == 3


def test_opening_a_mentee_hidden_by_filters_reveals_them(
    window: MainWindow, people: dict[str, int]
) -> None:
    pane = window.mentee_list
    choose(pane.panel.programme, "Electrical Installation")
    assert pane.visible_names() == ["Selam Tadesse"]
    window.open_mentee(people["eloise"])
    assert window.current_mentee_id() == people["eloise"]
    assert pane.active_bar.isHidden()
    assert "Éloïse Martin" in pane.visible_names()


def test_sorting_by_a_column_is_done_by_the_list_model(qtbot: QtBot, window: MainWindow) -> None:
    pane = window.mentee_list
    pane.view.sortByColumn(MenteeListModel.LAST_SESSION, Qt.SortOrder.DescendingOrder)
    assert pane.visible_names() == ["Éloïse Martin", "Selam Tadesse", "Abebe Kebede"]
    qtbot.keyClicks(pane.filter_edit, "e")  # filtering keeps that order
    assert pane.visible_names() == ["Éloïse Martin", "Selam Tadesse", "Abebe Kebede"]
    pane.view.sortByColumn(MenteeListModel.NAME, Qt.SortOrder.AscendingOrder)
    assert pane.visible_names() == ["Abebe Kebede", "Éloïse Martin", "Selam Tadesse"]


def test_mentee_list_models_pass_the_model_tester(
    qtmodeltester: Any, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    pane = MenteeListPane(services)
    qtbot.addWidget(pane)
    pane.reload()
    qtmodeltester.check(pane.model)
    proxy = MenteeFilterProxy()
    proxy.setSourceModel(pane.model)
    proxy.set_text("e")
    qtmodeltester.check(proxy)
    pane.model.sort(MenteeListModel.OPEN_ACTIONS, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(pane.model)


def _fold_by_every_character(text: str) -> str:
    """The folding rule spelled out (what `fold` did before its ASCII shortcut)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@settings(max_examples=300, deadline=None)
@given(st.text() | st.text(alphabet=st.characters(max_codepoint=127)))
def test_fold_takes_a_shortcut_for_ascii_with_the_same_result(text: str) -> None:
    assert fold(text) == _fold_by_every_character(text)


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Éloïse MARTIN", "eloise martin"), ("Straße", "strasse"), ("ሰላም", "ሰላም"), ("ﬁle", "file")],
)
def test_fold_ignores_case_and_accents_in_every_script(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_mentee_keys_fold_only_what_a_filter_reads(
    monkeypatch: pytest.MonkeyPatch, services: Services, people: dict[str, int]
) -> None:
    """Opening the list folds the names (its order) and nothing else: a journal of thousands
    of mentees paints sooner. The other keys are folded for the first filter that needs them."""
    from mentorjournal.services import filters

    folded: list[str] = []
    real_fold = filters.fold

    def counting_fold(text: str) -> str:
        folded.append(text)
        return real_fold(text)

    monkeypatch.setattr(filters, "fold", counting_fold)
    model = MenteeListModel()
    model.set_rows(services.mentees.list_summaries())
    assert sorted(folded) == sorted(s.full_name for s in model.rows())
    proxy = MenteeFilterProxy()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 3  # the default filter (current mentees) folds nothing more
    assert len([text for text in folded if text]) == 4  # ("" is the filter's empty text)
    proxy.set_text("eloise APPRENTICE")
    assert [model.summary(proxy.mapToSource(proxy.index(0, 0)).row()).full_name] == [
        "Éloïse Martin"
    ]
    folded.clear()
    proxy.set_text("apprentice")  # each row's text was folded once and kept
    assert proxy.rowCount() == 2 and folded == ["apprentice"]


def test_filter_choices_keep_the_first_spelling_of_each_folded_value() -> None:
    values = ["Welding", " welding ", "Éclair", "eclair", "", "  ", "Welding", "Arc"]
    assert distinct(values) == ["Arc", "Éclair", "Welding"]


def test_date_and_count_columns_fit_their_titles_and_rows(window: MainWindow) -> None:
    view = window.mentee_list.view
    header = view.horizontalHeader()
    for column in (MenteeListModel.LAST_SESSION, MenteeListModel.OPEN_ACTIONS):
        assert header.sectionSize(column) >= header.sectionSizeHint(column)
        assert header.sectionSize(column) >= view.sizeHintForColumn(column)
    # The name takes the rest of the width.
    assert sum(header.sectionSize(c) for c in range(3)) == view.viewport().width()


def test_the_filter_panel_is_built_when_first_opened(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    pane = window.mentee_list
    assert pane._panel is None  # not at start: hidden, and many widgets
    pane.reveal_all()  # works without the panel
    assert pane._panel is None and pane.proxy.rowCount() == 4
    pane.set_status_filter(StatusFilter.CURRENT)
    pane.filters_button.setChecked(True)
    assert pane.panel.isVisible() and pane.panel.programme.count() == 3  # any + 2 programmes
    pane.panel.set_criteria(programme="Welding")
    assert pane.visible_names() == ["Abebe Kebede", "Éloïse Martin"]


def test_a_fresh_panel_applies_no_criteria(qtbot: QtBot) -> None:
    from mentorjournal.services.filters import MenteeFilter
    from mentorjournal.ui.mentee_filters import MenteeFilterPanel, without_panel_criteria

    panel = MenteeFilterPanel()
    qtbot.addWidget(panel)
    base = MenteeFilter(text="abe", programme="Welding", tags=frozenset({"x"}), overdue_only=True)
    assert panel.applied_to(base) == without_panel_criteria(base)
    assert without_panel_criteria(base) == MenteeFilter(text="abe")
