"""The Brief tab: content for known dates, nothing private, one screen for a demo mentee,
printing to PDF, and the lazy loading of the other tabs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from mentorjournal.services import Services
from mentorjournal.ui import printing
from mentorjournal.ui.main_window import MainWindow
from tests.reports.known import SECRETS, TODAY, BriefJournal, fill_brief_journal


@pytest.fixture
def known(services: Services) -> BriefJournal:
    return fill_brief_journal(services)


@pytest.fixture
def window(qtbot: Any, services: Services, known: BriefJournal) -> Iterator[MainWindow]:
    w = MainWindow(services, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    assert w.select_mentee(known.mentee)
    yield w
    if w.current_editor is not None:
        w.current_editor.done(0)


def _all_text(widget: Any) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_brief_is_the_first_tab_and_shows_the_known_content(
    window: MainWindow, known: BriefJournal
) -> None:
    page = window.page
    brief = page.brief_tab
    assert page.tabs.indexOf(brief) == 0 and page.tabs.currentWidget() is brief
    assert brief.contact_label.text() == "18 days since the last session — meets every 14 days"
    assert brief.contact_label.property("contact") == "amber"
    assert brief.contact_word.text() == "Due"
    assert brief.next_label.text() == "Next meeting: due by 19 Nov 2026"
    session = "\n".join(brief.session_card.texts())
    assert "5 Nov 2026 · One-to-one" in session and "Needs a torque wrench." in session
    actions = brief.actions_card.texts()
    assert "The mentee committed to" in actions
    assert "• Practise cable glands" in actions and "overdue by 7 days" in actions
    roles = {w.text(): w.property("role") for w in brief.actions_card.findChildren(QLabel)}
    assert roles["• Practise cable glands"] == "overdue"
    assert roles["overdue by 7 days"] == "overdueStrong"
    assert "• Book the torque wrench" in actions and "due 30 Nov 2026" in actions
    assert roles["• Book the torque wrench"] != "overdue"
    goals = "\n".join(brief.goals_card.texts())
    assert "Pass the practical" in goals and "10 days left" in goals and "40 %" in goals
    late = next(
        w for w in brief.goals_card.findChildren(QLabel) if w.text() == "3 days past the target"
    )
    assert late.property("role") == "overdue"
    assert f"↑ {known.skill_name}: Assisted → Supervised" in brief.skills_card.texts()
    assert "Gaining confidence." in brief.reflections_card.texts()
    for label in brief.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_nothing_private_in_the_brief_or_its_html(window: MainWindow) -> None:
    brief = window.page.brief_tab
    shown = (
        _all_text(brief) + "\n" + "\n".join(label.toolTip() for label in brief.findChildren(QLabel))
    )
    html = brief.html()
    assert "Selam Tadesse" in html
    for secret in SECRETS:
        assert secret not in shown
        assert secret not in html


def test_more_links_open_the_tabs(qtbot: Any, window: MainWindow, known: BriefJournal) -> None:
    page = window.page
    from PySide6.QtWidgets import QPushButton

    more = next(b for b in page.brief_tab.session_card.findChildren(QPushButton))
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    assert page.tabs.currentWidget() is page.sessions_tab
    assert page.sessions_tab.current_id() == known.last_session


def test_save_as_pdf_writes_a_pdf(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "brief"
    monkeypatch.setattr(printing, "ask_pdf_path", lambda *_a: target.with_suffix(".pdf"))
    assert window.act_brief_pdf.isEnabled()
    window.act_brief_pdf.trigger()
    written = target.with_suffix(".pdf")
    assert written.read_bytes().startswith(b"%PDF")
    assert written.stat().st_mode & 0o077 == 0  # owner only
    assert [p.name for p in folder.iterdir()] == ["brief.pdf"]  # no temporary file left


def test_ctrl_p_prints_only_when_the_brief_is_shown(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, window: MainWindow
) -> None:
    printed: list[str] = []

    def print_html(_parent: object, _html: str, title: str) -> bool:
        printed.append(title)
        return True

    monkeypatch.setattr(printing, "print_html", print_html)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed == ["Pre-meeting brief: Selam Tadesse"]
    window.page.tabs.setCurrentWidget(window.page.goals_tab)
    assert not window.act_print_brief.isEnabled()
    window.act_print_brief.trigger()
    assert len(printed) == 1


def test_hidden_tabs_are_read_when_first_shown(window: MainWindow) -> None:
    page = window.page
    assert page.is_loaded(page.brief_tab)
    for tab in (page.sessions_tab, page.goals_tab, page.actions_tab, page.reflections_tab):
        assert not page.is_loaded(tab)
        assert tab.model.rowCount() == 0
    page.tabs.setCurrentWidget(page.actions_tab)
    assert page.is_loaded(page.actions_tab)
    assert page.actions_tab.model.rowCount() == 2
    assert page.sessions_tab.model.rowCount() == 0  # still not shown
    page.tabs.setCurrentWidget(page.sessions_tab)
    assert page.sessions_tab.model.rowCount() == 2
    # A save marks every tab stale; only the one on screen is read again at once.
    page.refresh()
    assert page.is_loaded(page.sessions_tab) and not page.is_loaded(page.actions_tab)


def test_brief_of_a_demo_mentee_fits_one_screen(qtbot: Any, services: Services) -> None:
    from mentorjournal.demo import fill_demo_journal

    fill_demo_journal(services, today=TODAY)
    w = MainWindow(services, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    rows = services.mentees.list_summaries()
    busiest = max(rows, key=lambda r: (r.sessions, r.open_actions))
    assert w.select_mentee(busiest.id)
    brief = w.page.brief_tab
    assert w.page.tabs.currentWidget() is brief
    assert brief.brief is not None and brief.brief.last_session is not None
    qtbot.waitUntil(lambda: brief.body.height() > 0)
    QApplication.processEvents()
    bar = brief.scroll_area.verticalScrollBar()
    assert bar.maximum() == 0 and not bar.isVisible()


def test_cards_refilled_for_another_mentee_keep_nothing_of_the_first(
    window: MainWindow, services: Services, known: BriefJournal
) -> None:
    from mentorjournal.models import MenteeInput

    brief = window.page.brief_tab
    first = [card.texts() for card in brief.cards()]
    assert "• Practise cable glands" in first[1]
    other = services.mentees.create(MenteeInput(full_name="Dawit Bekele"))
    assert other.id is not None
    window.mentee_list.reload()
    assert window.select_mentee(other.id)
    assert brief.session_card.texts() == ["Last session", "No session yet."]
    assert brief.actions_card.texts() == ["Open action items", "Nothing open."]
    assert brief.goals_card.texts() == ["Active goals", "No active goals."]
    assert brief.reflections_card.texts() == ["Latest reflections", "No reflections yet."]
    # And back: the first mentee's brief is whole again (its rows rebuilt or reused).
    assert window.select_mentee(known.mentee)
    assert [card.texts() for card in brief.cards()] == first


def test_tabs_but_the_brief_are_built_when_first_shown(window: MainWindow) -> None:
    page = window.page
    others = ("overview", "sessions", "goals", "progress", "actions", "reflections")
    assert [name for name in others if page.is_built(name)] == []
    page.tabs.setCurrentIndex(2)
    assert page.is_built("sessions") and page.tabs.currentWidget() is page.sessions_tab
    assert page.tabs.indexOf(page.sessions_tab) == 2
    assert not page.is_built("goals")
