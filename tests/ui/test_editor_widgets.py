"""The small form widgets the editors are built from."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from mentorjournal.ui.widgets import (
    OptionalDateEdit,
    OptionalNumberEdit,
    SearchableChecklist,
    split_tags,
)


def test_optional_date_starts_unset_and_clears(qtbot: QtBot) -> None:
    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    assert edit.date() is None
    assert edit.date_edit().text() == "Not set"
    assert edit.date_edit().calendarPopup()
    edit.set_date(date(2025, 3, 4))
    assert edit.date() == date(2025, 3, 4)
    with qtbot.waitSignal(edit.changed):
        edit._clear.click()
    assert edit.date() is None


def test_optional_date_arrow_key_starts_at_today(qtbot: QtBot) -> None:
    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    edit.date_edit().stepBy(1)
    assert edit.date_edit().date() == QDate.currentDate()
    assert edit.date() == date.today()


@pytest.mark.parametrize(
    ("text", "value"), [("", None), (" 12 ", 12.0), ("2.5", 2.5), ("2,5", 2.5), ("-1", -1.0)]
)
def test_optional_number_parses(qtbot: QtBot, text: str, value: float | None) -> None:
    edit = OptionalNumberEdit()
    qtbot.addWidget(edit)
    edit.setText(text)
    assert edit.value() == value


@pytest.mark.parametrize("text", ["eight", "nan", "inf", "1..2"])
def test_optional_number_refuses_non_numbers(qtbot: QtBot, text: str) -> None:
    edit = OptionalNumberEdit()
    qtbot.addWidget(edit)
    edit.setText(text)
    with pytest.raises(ValueError):
        edit.value()


def test_split_tags_knows_arabic_and_ethiopic_commas() -> None:
    assert split_tags(" welding, لحام،ብየዳ፣ night ;; ") == ["welding", "لحام", "ብየዳ", "night"]


def test_checklist_filters_ignoring_accents_and_keeps_tick_order(qtbot: QtBot) -> None:
    checklist = SearchableChecklist()
    qtbot.addWidget(checklist)
    checklist.set_items([(1, "Éloïse Martin", "Plumbing"), (2, "Abebe Kebede", "Electrical")])
    qtbot.keyClicks(checklist.filter_edit, "eloise")
    assert checklist.view.model().rowCount() == 1
    checklist.filter_edit.clear()
    qtbot.keyClicks(checklist.filter_edit, "plumb")
    assert checklist.view.model().rowCount() == 1
    checklist.set_checked_one(2, True)
    checklist.set_checked_one(1, True)
    assert checklist.checked_ids() == [2, 1]
    checklist.set_checked_one(2, False)
    assert checklist.checked_ids() == [1]
    checklist.filter_edit.clear()
    qtbot.keyClicks(checklist.filter_edit, "abebe")
    qtbot.keyClick(checklist.filter_edit, Qt.Key.Key_Return)
    assert checklist.checked_ids() == [1, 2]


def test_checklist_scrolls_to_the_first_ticked_row(qtbot: QtBot) -> None:
    from mentorjournal.ui.widgets.checklist import SearchableChecklist

    checklist = SearchableChecklist()
    qtbot.addWidget(checklist)
    checklist.resize(300, 160)
    checklist.set_items((i, f"Mentee {i:02d}", "") for i in range(40))
    checklist.show()
    qtbot.waitExposed(checklist)
    checklist.set_checked([37])
    row = checklist.view.visualRect(checklist.view.model().index(37, 0))
    assert checklist.view.viewport().rect().intersects(row)


def test_checklist_ticked_before_showing_is_scrolled_to_when_shown(qtbot: QtBot) -> None:
    """As in a new session editor: the mentee is ticked while the dialog is being built."""
    from mentorjournal.ui.widgets.checklist import SearchableChecklist

    checklist = SearchableChecklist()
    qtbot.addWidget(checklist)
    checklist.resize(300, 160)
    checklist.set_items((i, f"Mentee {i:02d}", "") for i in range(40))
    checklist.set_checked([37])
    checklist.show()
    qtbot.waitExposed(checklist)

    def shown() -> None:
        row = checklist.view.visualRect(checklist.view.model().index(37, 0))
        assert checklist.view.viewport().rect().contains(row)

    qtbot.waitUntil(shown)
