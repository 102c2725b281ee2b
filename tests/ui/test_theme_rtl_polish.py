"""Theme and right-to-left polish seen on screenshots: hints, errors and the search page's
muted pieces follow the applied theme (4.5:1 on its window), reading panes align to the
window's reading side, and numbers next to Arabic-Indic dates use the same digits."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QImage, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mentorjournal.services import Services
from mentorjournal.ui import translation
from mentorjournal.ui.chart_view import PAPER_MARGIN, ChartView
from mentorjournal.ui.editors.mentee import MenteeEditor
from mentorjournal.ui.reading import NoteReader
from mentorjournal.ui.search.delegate import shape_row
from mentorjournal.ui.search.model import hit_line
from mentorjournal.ui.style import Colours, apply_style
from mentorjournal.ui.tabs.brief import BriefTab
from mentorjournal.ui.tabs.brief_cards import GoalRow
from mentorjournal.ui.tabs.overview import OverviewTab
from mentorjournal.ui.tabs.sessions import SessionsTab
from mentorjournal.ui.translation import install_language
from mentorjournal.ui.widgets.form import error_label, hint_label, mark_private, text_area
from tests.reports.known import TODAY, BriefJournal, fill_brief_journal
from tests.ui.test_themes import contrast
from tests.ui.test_translation import compile_shipped

THEME_NAMES = ["light", "dark", "contrast"]


@pytest.fixture
def themed(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[Colours]:
    try:
        yield apply_style(qapp, request.param)
    finally:
        apply_style(qapp, "light")


# --- hints and errors ---------------------------------------------------------------------


@pytest.mark.parametrize("themed", THEME_NAMES, indirect=True)
def test_hints_and_errors_read_well_on_the_window(themed: Colours) -> None:
    for label, role_colour in (
        (hint_label("Optional"), themed.muted),
        (error_label(), themed.warning),
    ):
        shown = label.palette().color(QPalette.ColorRole.WindowText).name()
        assert shown == role_colour
        assert contrast(shown, themed.window) >= 4.5, (shown, themed.window)
        label.deleteLater()


@pytest.mark.parametrize("themed", THEME_NAMES, indirect=True)
def test_private_fields_keep_the_theme_text_readable(themed: Colours) -> None:
    edit = text_area()
    mark_private(edit)
    background = edit.palette().color(QPalette.ColorRole.Base).name()
    assert background == themed.private_bg
    assert contrast(themed.text, background) >= 4.5
    edit.deleteLater()


# --- search page ------------------------------------------------------------------------


@pytest.mark.parametrize("themed", THEME_NAMES, indirect=True)
def test_search_muted_pieces_use_the_theme_muted_colour(themed: Colours) -> None:
    shaped = shape_row([("2026-11-01 · Session", "muted"), (" — ", "plain")], QFont(), 600, False)
    formats = shaped.layout.formats()
    assert formats, "the muted piece has no format"
    shown = formats[0].format.foreground().color().name()
    assert shown == themed.muted
    assert contrast(shown, themed.base) >= 4.5


@pytest.mark.parametrize("themed", ["contrast"], indirect=True)
def test_search_rich_text_uses_the_theme_muted_colour(themed: Colours) -> None:
    from datetime import date

    from mentorjournal.services.search import HitKind, SearchHit, Snippet

    hit = SearchHit(
        kind=HitKind.SESSION,
        record_id=1,
        mentee_id=1,
        day=date(2026, 11, 1),
        title="",
        snippet=Snippet(segments=(("welding", True),)),
        private=False,
        score=0.0,
    )
    _plain, rich, _pieces = hit_line(hit)
    assert f"color: {themed.muted}" in rich
    assert "gray" not in rich


# --- reading panes ------------------------------------------------------------------------

ENGLISH = "Welding practice went well today"
ARABIC = "تدرّب على اللحام اليوم"


def _line_edges(reader: NoteReader, number: int) -> tuple[float, float]:
    line = reader.document().findBlockByNumber(number).layout().lineAt(0)
    return line.naturalTextRect().left(), line.naturalTextRect().right()


@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[None]:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        yield
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_reader_lines_start_at_the_right_in_the_arabic_window(
    qtbot: QtBot, right_to_left: None
) -> None:
    reader = NoteReader("Session")
    qtbot.addWidget(reader)
    reader.resize(500, 300)
    reader.show_blocks([("body", f"{ENGLISH}\n{ARABIC}")])
    reader.show()
    qtbot.waitExposed(reader)
    width = reader.viewport().width()
    for number in (0, 1):
        left, right = _line_edges(reader, number)
        assert right > width - 20 and left > width / 3, (number, left, right, width)
    # Each paragraph still orders its words by its own script.
    document = reader.document()
    assert document.findBlockByNumber(0).textDirection() == Qt.LayoutDirection.LeftToRight
    assert document.findBlockByNumber(1).textDirection() == Qt.LayoutDirection.RightToLeft


def test_reader_follows_a_change_of_layout_direction(qtbot: QtBot) -> None:
    reader = NoteReader("Session")
    qtbot.addWidget(reader)
    reader.resize(500, 300)
    reader.show_blocks([("body", ARABIC)])
    reader.show()
    qtbot.waitExposed(reader)
    assert _line_edges(reader, 0)[0] < 40  # left to right window: lines start on the left
    reader.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.waitUntil(lambda: _line_edges(reader, 0)[1] > reader.viewport().width() - 20)


# --- numbers beside Arabic-Indic dates ----------------------------------------------------

ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"


def _arabic_digits_only(text: str) -> bool:
    """Digits written, and every one of them Arabic-Indic."""
    return any(ch in ARABIC_DIGITS for ch in text) and not any(
        ch.isascii() and ch.isdigit() for ch in text
    )


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return compile_shipped(tmp_path_factory.mktemp("shipped"))


@pytest.fixture
def arabic(qapp: QApplication, compiled: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(translation, "translations_dir", lambda: compiled)
    assert install_language(qapp, "ar") == "ar"
    try:
        yield
    finally:
        install_language(qapp, "en")


@pytest.fixture
def known(services: Services) -> BriefJournal:
    return fill_brief_journal(services)


def test_overview_counts_and_cadence_in_arabic_digits(
    qtbot: QtBot, services: Services, known: BriefJournal, arabic: None
) -> None:
    tab = OverviewTab(services, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.load(known.mentee)
    assert _arabic_digits_only(tab.fields["cadence"].text()), tab.fields["cadence"].text()
    for card in (tab.sessions_card, tab.open_actions_card, tab.goals_card):
        assert _arabic_digits_only(card.number.text()), card.number.text()


def test_brief_days_and_percentages_in_arabic_digits(
    qtbot: QtBot, services: Services, known: BriefJournal, arabic: None
) -> None:
    tab = BriefTab(services, today=lambda: TODAY)
    qtbot.addWidget(tab)
    tab.load(known.mentee)
    days_since = tab.contact_label.text()
    assert _arabic_digits_only(days_since), days_since
    rows = tab.goals_card.findChildren(GoalRow)
    assert rows
    for row in rows:
        assert not any(ch.isascii() and ch.isdigit() for ch in row.left.text()), row.left.text()
    # The goals here have no check-in yet ("—"): a row with progress writes its percentage.
    rows[0].set_goal("Pass the practical", 38.0, "", "", late=False, bar_name="Progress")
    assert _arabic_digits_only(rows[0].percent.text()), rows[0].percent.text()


def test_session_reading_pane_confidence_in_arabic_digits(
    qtbot: QtBot, services: Services, known: BriefJournal, arabic: None
) -> None:
    tab = SessionsTab(services)
    qtbot.addWidget(tab)
    blocks = tab.describe(services.sessions.get(known.last_session))
    attended = next(text for kind, text in blocks if kind == "meta")
    assert _arabic_digits_only(attended), attended


def test_mentee_editor_default_cadence_in_arabic_digits(
    qtbot: QtBot, services: Services, arabic: None
) -> None:
    dialog = MenteeEditor(services)
    qtbot.addWidget(dialog)
    dialog.cadence.setValue(0)
    assert _arabic_digits_only(dialog.cadence.text()), dialog.cadence.text()
    dialog.cadence.setValue(21)
    assert _arabic_digits_only(dialog.cadence.text()), dialog.cadence.text()


# --- charts in the dark theme ---------------------------------------------------------------


@pytest.mark.parametrize("themed", ["dark"], indirect=True)
def test_charts_sit_on_a_framed_sheet_and_export_light(
    qtbot: QtBot, themed: Colours, tmp_path: Path
) -> None:
    from datetime import date

    from mentorjournal.charts.data import ConfidencePoint
    from mentorjournal.charts.sessions import confidence_chart

    view = ChartView()
    qtbot.addWidget(view)
    view.resize(600, 380)
    points = [ConfidencePoint(day=date(2026, m, 3), confidence=c) for m, c in ((9, 2), (11, 4))]
    view.set_figure(confidence_chart(points))
    view.show()
    qtbot.waitExposed(view)
    shot = view.grab().toImage()
    middle = shot.height() // 2
    ratio = shot.width() / view.width()  # device pixels per pixel
    edge = shot.pixelColor(0, middle).name()
    margin = shot.pixelColor(int(PAPER_MARGIN * ratio / 2), middle).name()
    # The sheet's edge is the theme's border; inside it, white paper all round the chart.
    assert contrast(edge, themed.border) < 1.3, edge
    assert margin == "#ffffff"
    saved = view.save(tmp_path / "chart.png")
    exported = QImage(str(saved))
    assert exported.pixelColor(2, 2).name() == "#ffffff"  # exports stay light
