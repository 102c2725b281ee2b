"""The Progress tab in a real main window: nothing read or drawn while hidden, each chart shows
the journal's data (read back from the Figure), skill picker, rating refresh, table view."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from mentorjournal.models import (
    Attendance,
    CheckInInput,
    GoalInput,
    MenteeInput,
    Rater,
    SessionInput,
)
from mentorjournal.services import RatingEntry, Services
from mentorjournal.ui.chart_locale import chart_locale, date_order
from mentorjournal.ui.editors.rating_model import NEW
from mentorjournal.ui.main_window import MainWindow
from mentorjournal.ui.tabs.progress import (
    CADENCE,
    CHARTS,
    CONFIDENCE,
    GOALS,
    HISTORY,
    SKILLS,
    ProgressTab,
)

TODAY = date(2026, 3, 20)
ROOT = Path(__file__).resolve().parents[2]
LABELS = {
    GOALS: "goal-progress",
    SKILLS: "skill-comparison",
    HISTORY: "skill-history",
    CONFIDENCE: "confidence",
    CADENCE: "session-cadence",
}
SESSIONS = ((date(2026, 1, 5), 2), (date(2026, 1, 19), 3), (date(2026, 3, 2), 4))


@dataclass
class Known:
    abebe: int
    fatima: int
    weld: int  # skill ids
    drawing: int


def fill(services: Services) -> Known:
    """Abebe: three sessions, a goal with two check-ins, two skills rated; Fatima: one session."""
    abebe = services.mentees.create(MenteeInput(full_name="Abebe Kebede", cadence_days=14)).id
    fatima = services.mentees.create(MenteeInput(full_name="Fatima Al-Hassan")).id
    assert abebe is not None and fatima is not None
    for day, confidence in SESSIONS:
        services.sessions.create(
            SessionInput(
                started_at=datetime.combine(day, datetime.min.time()).replace(hour=14),
                attendees=[Attendance(mentee_id=abebe, confidence=confidence)],
            )
        )
    services.sessions.create(
        SessionInput(
            started_at=datetime(2026, 2, 9, 10),
            attendees=[Attendance(mentee_id=fatima, confidence=5)],
        )
    )
    goal = services.goals.create(
        GoalInput(
            mentee_id=abebe,
            title="Pass the bend test",
            target_value=10,
            unit="joints",
            target_date=date(2026, 6, 30),
        )
    )
    assert goal.id is not None
    for day, value in ((date(2026, 1, 10), 2), (date(2026, 2, 10), 5)):
        services.goals.add_check_in(CheckInInput(goal_id=goal.id, checked_on=day, value=value))
    skills = services.skills.framework()
    weld, drawing = int(skills[0].id or 0), int(skills[1].id or 0)
    rate = services.skills.rate_many
    rate(
        mentee_id=abebe,
        rated_on=date(2026, 1, 5),
        rater=Rater.MENTOR,
        entries=[RatingEntry(weld, 2), RatingEntry(drawing, 1)],
    )
    rate(
        mentee_id=abebe, rated_on=date(2026, 2, 1), rater=Rater.SELF, entries=[RatingEntry(weld, 3)]
    )
    rate(
        mentee_id=abebe,
        rated_on=date(2026, 3, 2),
        rater=Rater.MENTOR,
        entries=[RatingEntry(weld, 4)],
    )
    return Known(abebe, fatima, weld, drawing)


# --- reading charts back -----------------------------------------------------------------
def _xy(fig: Any, gid: str) -> list[tuple[date, float]]:
    import matplotlib.dates as mdates

    (line,) = [ln for ln in fig.axes[0].get_lines() if ln.get_gid() == gid]
    return [(mdates.num2date(x).date(), float(y)) for x, y in line.get_xydata()]


def _bars(fig: Any, gid: str) -> list[Any]:
    return [p for p in fig.axes[0].patches if p.get_gid() == gid]


@pytest.fixture
def known(services: Services) -> Known:
    return fill(services)


@pytest.fixture
def window(qtbot: QtBot, services: Services, known: Known) -> Iterator[MainWindow]:
    w = MainWindow(services, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    tab = w.page.progress_tab
    if tab.rating_dialog is not None:
        tab.rating_dialog.done(0)


def _open(window: MainWindow, mentee_id: int) -> ProgressTab:
    assert window.select_mentee(mentee_id)
    page = window.page
    page.tabs.setCurrentWidget(page.progress_tab)
    tab = page.progress_tab
    assert tab.isVisible() and tab.figure() is not None
    return tab


# --- nothing while hidden ----------------------------------------------------------------
CHILD = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from mentorjournal.services import Services
from mentorjournal.store import open_journal
from mentorjournal.ui.main_window import MainWindow
from tests.ui.test_progress_tab import TODAY, fill
app = QApplication([])
journal = open_journal(Path(sys.argv[1]) / "j.sqlite", create=True)
services = Services.for_journal(journal)
known = fill(services)
calls = []
progress = services.progress
for name in ("goal_series", "skill_comparison", "skill_choices", "confidence", "session_dates"):
    def spy(*a, _name=name, _f=getattr(progress, name), **k):
        calls.append(_name)
        return _f(*a, **k)
    setattr(progress, name, spy)
w = MainWindow(services, today=lambda: TODAY)
w.show()
app.processEvents()
w.select_mentee(known.fatima)
w.select_mentee(known.abebe)
for tab in w.page.all_tabs() if hasattr(w.page, "all_tabs") else []:
    if tab is not w.page.progress_tab:
        w.page.tabs.setCurrentWidget(tab)
        app.processEvents()
hidden = {"matplotlib": "matplotlib" in sys.modules, "calls": list(calls)}
w.page.tabs.setCurrentWidget(w.page.progress_tab)
app.processEvents()
fig = w.page.progress_tab.figure()
shown = {"matplotlib": "matplotlib" in sys.modules, "calls": list(calls),
         "label": fig.get_label() if fig is not None else None}
print(json.dumps({"hidden": hidden, "shown": shown}))
w.close()
journal.close()
"""


def test_hidden_tab_reads_nothing_and_imports_no_matplotlib(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "", "HOME": str(tmp_path)},
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["hidden"] == {"matplotlib": False, "calls": []}
    # Shown: one chart's data read (the goals, first in the chooser), matplotlib loaded.
    assert result["shown"] == {
        "matplotlib": True,
        "calls": ["goal_series"],
        "label": "goal-progress",
    }


# --- each chart --------------------------------------------------------------------------
def test_each_chart_shows_the_journal(window: MainWindow, known: Known) -> None:
    tab = _open(window, known.abebe)
    assert [tab.chooser.item(i).text() for i in range(tab.chooser.count())] == [
        "Goals progress",
        "Skills: first vs latest",
        "One skill over time",
        "Confidence",
        "Sessions per month",
    ]
    labels = {}
    for key in CHARTS:
        tab.choose_chart(key)
        fig = tab.figure()
        assert fig is not None and tab.chart_view.figure() is fig
        labels[key] = fig.get_label()
        assert tab.skill_combo.isVisible() == (key == HISTORY)
        if key == GOALS:
            assert _xy(fig, "goal:0") == [(date(2026, 1, 10), 20.0), (date(2026, 2, 10), 50.0)]
            assert _xy(fig, "target:0") == [(date(2026, 6, 30), 100.0)]
        elif key == SKILLS:
            assert [b.get_width() for b in _bars(fig, "first")] == [2, 1]
            assert [b.get_width() for b in _bars(fig, "latest")] == [4, 1]
        elif key == HISTORY:  # the skill rated last
            assert tab.skill_combo.currentData() == known.weld
            assert _xy(fig, "rater:mentor") == [(date(2026, 1, 5), 2.0), (date(2026, 3, 2), 4.0)]
            assert _xy(fig, "rater:self") == [(date(2026, 2, 1), 3.0)]
        elif key == CONFIDENCE:
            assert _xy(fig, "confidence") == [(d, float(c)) for d, c in SESSIONS]
        else:
            heights = [b.get_height() for b in _bars(fig, "months")]
            assert heights == [2, 0, 1]  # Jan, Feb (none), Mar
            assert [p.get_gid() for p in fig.axes[0].patches if "gap" in str(p.get_gid())] == [
                "gap:2026-01-19",  # 6 weeks without a session, cadence 14 days
                "gap:2026-03-02",  # and since the last one, up to today
            ]
        # The text alternative is the accessible description.
        assert tab.chart_view.accessibleDescription() == tab.table_model.table().as_text()
    assert labels == LABELS


def test_skill_combo_switches_the_history(window: MainWindow, known: Known) -> None:
    tab = _open(window, known.abebe)
    tab.choose_chart(HISTORY)
    names = [tab.skill_combo.itemText(i) for i in range(tab.skill_combo.count())]
    assert len(names) == 2
    tab.skill_combo.setCurrentIndex(tab.skill_combo.findData(known.drawing))
    fig = tab.figure()
    assert fig is not None and fig.get_label() == "skill-history"
    assert fig.get_suptitle().startswith(names[1])
    assert _xy(fig, "rater:mentor") == [(date(2026, 1, 5), 1.0)]
    # The choice stays while the tab is read again for the same mentee.
    tab.choose_chart(GOALS)
    tab.refresh()
    tab.choose_chart(HISTORY)
    assert tab.skill_combo.currentData() == known.drawing


def test_rating_skills_refreshes_the_chart(
    qtbot: QtBot, window: MainWindow, services: Services, known: Known
) -> None:
    tab = _open(window, known.abebe)
    tab.choose_chart(SKILLS)
    assert tab.rate_button.isEnabled()
    qtbot.mouseClick(tab.rate_button, Qt.MouseButton.LeftButton)
    dialog: Any = tab.rating_dialog
    assert dialog is not None and dialog.isVisible() and dialog.mentee_id == known.abebe
    rows = {dialog.model.skill_name(r): r for r in dialog.model.skill_rows()}
    drawing_name = next(s.name for s in services.skills.framework() if s.id == known.drawing)
    dialog.table.setCurrentIndex(dialog.model.index(rows[drawing_name], NEW))
    qtbot.keyClick(dialog.table, Qt.Key.Key_5)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    fig = tab.figure()
    assert fig is not None and fig.get_label() == "skill-comparison"
    assert [b.get_width() for b in _bars(fig, "latest")] == [4, 5]
    qtbot.waitUntil(lambda: tab.rating_dialog is None)


def test_table_view_shows_the_rows(qtbot: QtBot, window: MainWindow, known: Known) -> None:
    tab = _open(window, known.abebe)
    tab.choose_chart(CONFIDENCE)
    assert tab.stack.currentWidget() is tab.chart_view
    qtbot.mouseClick(tab.table_button, Qt.MouseButton.LeftButton)
    assert tab.stack.currentWidget() is tab.table_view
    assert tab.table_button.text() == "Show as chart"
    model = tab.table_view.model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == [
        "Session date",
        "Confidence (1-5)",
    ]
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["2", "3", "4"]
    tab.choose_chart(GOALS)  # the table follows the chart
    assert model.rowCount() == 2 and model.index(1, 2).data() == "50%"
    qtbot.mouseClick(tab.table_button, Qt.MouseButton.LeftButton)
    assert tab.stack.currentWidget() is tab.chart_view


def test_table_model(qtmodeltester: Any, window: MainWindow, known: Known) -> None:
    tab = _open(window, known.abebe)
    tab.choose_chart(CADENCE)
    qtmodeltester.check(tab.table_model)


def test_switching_mentee_rebuilds(
    qtbot: QtBot, window: MainWindow, services: Services, known: Known
) -> None:
    tab = _open(window, known.abebe)
    tab.choose_chart(CONFIDENCE)
    assert len(_xy(tab.figure(), "confidence")) == 3
    tab = _open(window, known.fatima)
    assert tab.current_chart() == CONFIDENCE  # the chosen chart stays
    assert _xy(tab.figure(), "confidence") == [(date(2026, 2, 9), 5.0)]
    # A change while the tab is on screen: the page reads it again, the chart follows.
    services.sessions.create(
        SessionInput(
            started_at=datetime(2026, 3, 16, 9),
            attendees=[Attendance(mentee_id=known.fatima, confidence=1)],
        )
    )
    window.refresh()
    assert tab.isVisible()
    assert _xy(tab.figure(), "confidence")[-1] == (date(2026, 3, 16), 1.0)


def test_load_while_visible_rebuilds_at_once(
    qtbot: QtBot, services: Services, known: Known
) -> None:
    tab = ProgressTab(services, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.load(known.abebe)
    assert tab.figure() is None  # hidden: nothing done
    tab.choose_chart(CONFIDENCE)
    tab.resize(900, 500)
    tab.show()
    qtbot.waitUntil(lambda: tab.figure() is not None)  # built once shown
    assert len(_xy(tab.figure(), "confidence")) == 3
    tab.load(known.fatima)
    assert _xy(tab.figure(), "confidence") == [(date(2026, 2, 9), 5.0)]


def test_empty_mentee_gets_friendly_texts(window: MainWindow, known: Known) -> None:
    from mentorjournal.charts._base import is_empty

    tab = _open(window, known.fatima)
    for key in (GOALS, SKILLS, HISTORY):
        tab.choose_chart(key)
        fig = tab.figure()
        assert fig is not None and is_empty(fig)
    tab.choose_chart(HISTORY)
    assert not tab.skill_combo.isEnabled()


def test_save_chart_button(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, known: Known, tmp_path: Path
) -> None:
    tab = _open(window, known.abebe)
    target = tmp_path / "progress"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "SVG image (*.svg)")
    )
    assert tab.save_button.isEnabled()
    saved = tab.save_chart()
    assert saved == tmp_path / "progress.svg"
    assert b"<svg" in saved.read_bytes()[:500]


def test_chart_locale_follows_qlocale() -> None:
    assert date_order("dd/MM/yyyy") == "dmy"
    assert date_order("M/d/yy") == "mdy"
    assert date_order("yyyy-MM-dd") == "ymd"
    assert date_order("d 'de' MMMM 'de' y") == "dmy"
    french = chart_locale(QLocale(QLocale.Language.French, QLocale.Country.France))
    assert french.format_date(date(2026, 2, 3)) == "3 févr. 2026"
    us = chart_locale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert us.format_date(date(2026, 2, 3)) == "Feb 3, 2026"
    assert us.rating_word(5) == "Can teach others"


# --- the demo journal --------------------------------------------------------------------
def test_every_chart_on_the_demo_journal(qtbot: QtBot, services: Services) -> None:
    from mentorjournal.demo import fill_demo_journal

    today = date(2026, 11, 23)
    fill_demo_journal(services, today=today)
    window = MainWindow(services, today=lambda: today)
    qtbot.addWidget(window)
    window.show()
    rows = services.mentees.list_summaries()
    for mentee in sorted(rows, key=lambda r: -r.sessions)[:2]:
        tab = _open(window, mentee.id)
        for key in CHARTS:
            tab.choose_chart(key)
            fig = tab.figure()
            assert fig is not None and fig.get_label() == LABELS[key]
            qtbot.waitUntil(lambda fig=fig: not fig.stale)  # drawn on screen without error
            assert tab.chart_view.accessibleDescription().startswith(fig.get_suptitle())
    window.close()
