"""The list delegates in a right-to-left (Arabic) window: an English programme name keeps its
trailing hyphen and ellipsis at its own end, progress bars fill from the right, and counts
use the locale's digits."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleOptionViewItem, QTableView

from mentorjournal.ui.common import TextDirectionDelegate, text_direction
from mentorjournal.ui.delegates import ProgressBarDelegate, TwoLineDelegate
from mentorjournal.ui.style import LIGHT

ROLE = Qt.ItemDataRole.UserRole + 1
WIDTH, HEIGHT = 300, 48


def _paint(delegate: QStyledItemDelegate, direction: Qt.LayoutDirection, **data: object) -> QImage:
    """One cell painted by `delegate` in a view laid out in `direction`."""
    source = QStandardItemModel(1, 1)
    index = source.index(0, 0)
    source.setData(index, data.get("display", ""), Qt.ItemDataRole.DisplayRole)
    source.setData(index, data.get("value"), ROLE)
    view = QTableView()
    view.setLayoutDirection(direction)
    view.setModel(source)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = QRect(0, 0, WIDTH, HEIGHT)
    option.font = view.font()
    option.direction = direction
    option.widget = view
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    image.fill(QColor(LIGHT.base))
    painter = QPainter(image)
    painter.setLayoutDirection(direction)
    delegate.paint(painter, option, index)
    painter.end()
    return image


def _ink(image: QImage, top: int, bottom: int) -> QImage:
    """The band's pixels from its first to its last column that is not background."""
    background = QColor(LIGHT.base).rgb()
    columns = [
        x
        for x in range(image.width())
        if any(image.pixel(x, y) != background for y in range(top, bottom))
    ]
    assert columns, "nothing drawn"
    return image.copy(columns[0], top, columns[-1] - columns[0] + 1, bottom - top)


def _differing_share(a: QImage, b: QImage) -> float:
    """The share of pixels that differ clearly, at the best of the one-pixel shifts that
    anti-aliasing at another sub-pixel offset can cause (it changes edges a little and can
    widen the ink by a column; a glyph in another place changes a lot)."""
    if a.height() != b.height() or abs(a.width() - b.width()) > 2:
        return 1.0
    width = min(a.width(), b.width())
    best = 1.0
    for shift_a in range(a.width() - width + 1):
        for shift_b in range(b.width() - width + 1):
            differing = sum(
                abs(
                    QColor(a.pixel(x + shift_a, y)).lightness()
                    - QColor(b.pixel(x + shift_b, y)).lightness()
                )
                > 90
                for x in range(width)
                for y in range(a.height())
            )
            best = min(best, differing / (width * a.height()))
    return best


@pytest.fixture
def arabic_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt))
    yield
    QLocale.setDefault(before)


def test_text_direction_follows_the_first_letter() -> None:
    assert text_direction("Welding & Fabrication · WF-") == Qt.LayoutDirection.LeftToRight
    assert text_direction("ሰላም ታደሰ") == Qt.LayoutDirection.LeftToRight  # Ethiopic
    assert text_direction("(متوقف) Welding") == Qt.LayoutDirection.RightToLeft
    assert text_direction("2026 · 14") is None


def test_an_english_subtitle_reads_the_same_in_an_arabic_window(qapp: QApplication) -> None:
    # A trailing hyphen is a neutral character: laid out in a right-to-left paragraph it would
    # jump to the start ("-Welding & Fabrication · WF"), as the ellipsis of a cut name did.
    delegate = TwoLineDelegate(ROLE)
    subtitle = "Welding & Fabrication · WF-"
    ltr = _paint(delegate, Qt.LayoutDirection.LeftToRight, display="Abebe", value=subtitle)
    rtl = _paint(delegate, Qt.LayoutDirection.RightToLeft, display="Abebe", value=subtitle)
    band = (HEIGHT // 2, HEIGHT - 4)  # the second line
    left_ink, right_ink = _ink(ltr, *band), _ink(rtl, *band)
    assert _differing_share(left_ink, right_ink) < 0.03
    # The comparison tells the orders apart: the hyphen moved to the front differs.
    moved = _paint(
        delegate, Qt.LayoutDirection.LeftToRight, display="Abebe", value="-" + subtitle[:-1]
    )
    assert _differing_share(left_ink, _ink(moved, *band)) > 0.05
    # ...and the line sits at the leading (right) edge of the Arabic window.
    assert rtl.width() - 1 - _first_ink_from_right(rtl, *band) < 20


def _first_ink_from_right(image: QImage, top: int, bottom: int) -> int:
    background = QColor(LIGHT.base).rgb()
    for x in range(image.width() - 1, -1, -1):
        if any(image.pixel(x, y) != background for y in range(top, bottom)):
            return x
    raise AssertionError("nothing drawn")


def test_progress_bars_fill_from_the_right_in_an_arabic_window(
    qapp: QApplication, arabic_locale: None
) -> None:
    image = _paint(
        ProgressBarDelegate(ROLE), Qt.LayoutDirection.RightToLeft, display="٢٥ ٪", value=25
    )
    row = next(
        y
        for y in range(HEIGHT)
        if any(QColor(image.pixel(x, y)).name() == LIGHT.accent for x in range(WIDTH))
    )
    filled = [x for x in range(WIDTH) if QColor(image.pixel(x, row + 1)).name() == LIGHT.accent]
    track = [x for x in range(WIDTH) if QColor(image.pixel(x, row + 1)).name() == LIGHT.border]
    assert filled and track
    assert min(filled) > max(track)  # the filled quarter is at the right end of the bar
    assert len(filled) < len(track)


def test_an_english_cell_reads_the_same_in_an_arabic_table(qapp: QApplication) -> None:
    delegate = TextDirectionDelegate()
    topic = "Vertical welds: porosity-"
    ltr = _paint(delegate, Qt.LayoutDirection.LeftToRight, display=topic)
    rtl = _paint(delegate, Qt.LayoutDirection.RightToLeft, display=topic)
    band = (0, HEIGHT)
    assert _differing_share(_ink(ltr, *band), _ink(rtl, *band)) < 0.03
    moved = _paint(delegate, Qt.LayoutDirection.LeftToRight, display="-" + topic[:-1])
    assert _differing_share(_ink(ltr, *band), _ink(moved, *band)) > 0.05
    assert rtl.width() - 1 - _first_ink_from_right(rtl, *band) < 20  # at the leading edge
    # Arabic text is left to the window's direction.
    arabic = _paint(delegate, Qt.LayoutDirection.RightToLeft, display="جلسة جماعية")
    assert arabic.width() - 1 - _first_ink_from_right(arabic, *band) < 20
