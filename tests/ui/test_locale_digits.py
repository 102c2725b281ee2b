"""Dates and numbers follow the chosen language in the places an audit found writing them the
English way (issue 8): the drafts prompt, the sessions view's count, the mentee list's open
actions, a goal's check-in count, search hits' days and the Progress tab's charts and tables.

Each test installs the shipped Arabic (Arabic-Indic digits) or French translation and drives
the real widgets on a journal in tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mentorjournal.services import Services
from mentorjournal.services.drafts import DraftData
from mentorjournal.ui import formatting, translation
from mentorjournal.ui.drafts.restore import RestoreDraftsDialog
from mentorjournal.ui.item_models.mentees import MenteeListModel
from mentorjournal.ui.main_window import MainWindow
from mentorjournal.ui.search import show_search
from mentorjournal.ui.tabs.progress import CONFIDENCE, GOALS
from mentorjournal.ui.translation import install_language
from tests.reports.known import TODAY, BriefJournal, fill_brief_journal
from tests.ui.test_translation import compile_shipped

ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
ENGLISH_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov")


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Compiled once for the module: lrelease of every language is the slow part.
    return compile_shipped(tmp_path_factory.mktemp("shipped"))


@pytest.fixture
def language(
    request: pytest.FixtureRequest,
    qapp: QApplication,
    compiled: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[str]:
    monkeypatch.setattr(translation, "translations_dir", lambda: compiled)
    code = str(request.param)
    assert install_language(qapp, code) == code
    yield code
    install_language(qapp, "en")


@pytest.fixture
def known(services: Services) -> BriefJournal:
    return fill_brief_journal(services)


@pytest.fixture
def window(qtbot: QtBot, services: Services, known: BriefJournal, language: str) -> MainWindow:
    w = MainWindow(services, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def arabic(text: str) -> bool:
    """Digits written, and every one of them Arabic-Indic."""
    return any(ch in ARABIC_DIGITS for ch in text) and not any(
        ch.isascii() and ch.isdigit() for ch in text
    )


@pytest.mark.parametrize("language", ["ar", "fr"], indirect=True)
def test_the_drafts_prompt_writes_when_in_the_language(qtbot: QtBot, language: str) -> None:
    kept = datetime(2026, 11, 5, 13, 30, tzinfo=UTC)
    rating = DraftData(
        key="ratings:new:mentee=1",
        kind="ratings",
        title="Skill ratings",
        content={"extra": {"rows": [{"rating": 3}, {"rating": 4}, {"rating": None}]}},
        updated_at=kept,
    )
    note = DraftData(key="reflection:4", kind="reflection", title="Reflection", updated_at=kept)
    dialog = RestoreDraftsDialog([rating, note])
    qtbot.addWidget(dialog)
    when = formatting.date_time(kept.astimezone())
    first = dialog.list.item(0).text()
    assert when in first and when in dialog.list.item(1).text()
    assert not any(month in first for month in ENGLISH_MONTHS), first  # no strftime "%b"
    if language == "ar":
        assert arabic(when) and arabic(dialog.heading.text())
        assert "٢" in first.splitlines()[1]  # two skills rated
    else:
        assert when.startswith("05/11/2026")


@pytest.mark.parametrize("language", ["ar"], indirect=True)
def test_counts_in_the_window_use_the_languages_digits(
    window: MainWindow, known: BriefJournal, language: str
) -> None:
    window.act_all_sessions.trigger()  # type: ignore[attr-defined]
    count = window.sessions_view.count_label.text()  # type: ignore[attr-defined]
    assert "٢" in count and arabic(count), count

    assert window.select_mentee(known.mentee)
    model = window.mentee_list.model
    row = next(r for r in range(model.rowCount()) if "Selam" in str(model.index(r, 0).data()))
    assert model.index(row, MenteeListModel.OPEN_ACTIONS).data() == "٢"

    goals = window.page.goals_tab
    window.page.tabs.setCurrentWidget(goals)
    QApplication.processEvents()
    goals.select_row(0)
    QApplication.processEvents()
    title = goals.check_in_title.text()
    assert arabic(title), title


@pytest.mark.parametrize("language", ["ar"], indirect=True)
def test_a_search_hit_has_its_day_in_the_language(
    qtbot: QtBot, window: MainWindow, language: str
) -> None:
    page = show_search(window)
    qtbot.keyClicks(page.edit, "glands")  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: not page.timer.isActive() and page.results is not None)
    group = page.model.index(0, 0)
    hit = str(page.model.index(0, 0, group).data())
    assert hit.startswith(formatting.short_date(datetime(2026, 11, 5))), hit
    assert arabic(hit.split(" · ")[0])
    assert str(group.data()).endswith("(٢)")  # the mentee's two hits
    assert arabic(page.status.text()), page.status.text()


@pytest.mark.parametrize("language", ["ar"], indirect=True)
def test_charts_and_their_tables_use_the_languages_digits(
    window: MainWindow, known: BriefJournal, language: str
) -> None:
    assert window.select_mentee(known.mentee)
    page = window.page
    page.tabs.setCurrentWidget(page.progress_tab)
    tab = page.progress_tab
    tab.choose_chart(GOALS)
    fig = tab.figure()
    assert fig is not None
    ax = fig.axes[0]
    assert ax.yaxis.get_major_formatter().format_ticks([0, 50, 100]) == ["٠٪", "٥٠٪", "١٠٠٪"]
    dates = ax.xaxis.get_major_formatter().format_ticks(list(ax.get_xticks()))
    assert dates and all(arabic(d) for d in dates), dates
    table = tab.table_model.table()
    assert [row[2] for row in table.rows if row[2]] == ["٤٠٪"]
    assert arabic(table.rows[0][1])  # the check-in's date

    tab.choose_chart(CONFIDENCE)
    table = tab.table_model.table()
    assert [row[1] for row in table.rows] == ["٣"]


@pytest.mark.parametrize("language", ["ar"], indirect=True)
def test_the_mentee_lists_filter_counts_use_the_languages_digits(
    qtbot: QtBot, window: MainWindow, language: str
) -> None:
    pane = window.mentee_list
    qtbot.mouseClick(pane.filters_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    programme = pane.panel.programme
    programme.setCurrentIndex(programme.findText("Electrical Installation"))
    pane.panel.overdue.setChecked(True)
    assert "٢" in pane.active_label.text() and arabic(pane.active_label.text())
    assert "(٢)" in pane.filters_button.text()
