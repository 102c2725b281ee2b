"""Theme and right-to-left polish seen on screenshots: hints, errors and the search page's
muted pieces follow the applied theme (4.5:1 on its window), reading panes align to the
window's reading side, and numbers next to Arabic-Indic dates use the same digits."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mentorjournal.ui.reading import NoteReader
from mentorjournal.ui.search.delegate import shape_row
from mentorjournal.ui.search.model import hit_line
from mentorjournal.ui.style import Colours, apply_style
from mentorjournal.ui.widgets.form import error_label, hint_label, mark_private, text_area

from .test_themes import contrast

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
