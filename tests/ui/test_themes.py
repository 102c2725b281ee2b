"""Themes (Settings > Theme): light, dark and high contrast keep text readable (WCAG contrast
of 4.5:1 or better for body text, 3:1 for accents and warnings), and "system" follows the
system's light or dark preference."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPalette, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QTableView,
)

from mentorjournal.models import (
    ActionItemFields,
    Attendance,
    MenteeInput,
    MenteeStatus,
    RatingInput,
    ReflectionInput,
    SessionInput,
)
from mentorjournal.services import Services
from mentorjournal.ui.dashboard import CONTACT_ROLE, TouchTableModel
from mentorjournal.ui.delegates import BadgeDelegate
from mentorjournal.ui.editors.rating_model import LAST, NEW, SKILL, RatingTableModel
from mentorjournal.ui.item_models import (
    ActionTableModel,
    MenteeListModel,
    ReflectionTableModel,
)
from mentorjournal.ui.style import (
    CONTRAST,
    DARK,
    LIGHT,
    THEMES,
    Colours,
    apply_style,
    brush,
    colour,
    current,
    style_sheet,
    theme_colours,
)


def luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("colours", [LIGHT, DARK, CONTRAST], ids=["light", "dark", "contrast"])
def test_text_reads_well_on_every_background(colours: Colours) -> None:
    for background in (colours.base, colours.window, colours.alt_base):
        assert contrast(colours.text, background) >= 4.5
        assert contrast(colours.muted, background) >= 4.5
        assert contrast(colours.accent, background) >= 3
        assert contrast(colours.warning, background) >= 3
    assert contrast(colours.on_accent, colours.accent) >= 4.5  # selected rows, primary buttons
    assert contrast(colours.private_title, colours.private_bg) >= 4.5


def test_high_contrast_is_higher_than_light() -> None:
    assert contrast(CONTRAST.text, CONTRAST.base) > contrast(LIGHT.text, LIGHT.base) > 10


def test_system_theme_follows_the_system() -> None:
    assert theme_colours("system", system_dark=True) is DARK
    assert theme_colours("system", system_dark=False) is LIGHT
    assert theme_colours("contrast", system_dark=True) is CONTRAST
    assert theme_colours("no-such-theme", system_dark=True) is LIGHT


def test_applying_a_theme_sets_palette_and_sheet(qapp: QApplication) -> None:
    try:
        colours = apply_style(qapp, "dark")
        assert colours is DARK
        assert qapp.palette().color(QPalette.ColorRole.Base).name() == DARK.base
        assert DARK.window in qapp.styleSheet()
        for theme in THEMES.values():
            sheet = style_sheet(theme)
            assert theme.accent in sheet and "{c." not in sheet
    finally:
        apply_style(qapp, "light")
    assert qapp.palette().color(QPalette.ColorRole.Base).name() == LIGHT.base


# --- item models follow the applied theme ---------------------------------------------------
# Item models colour text through ForegroundRole; when they held the light colours, overdue
# items, finished mentees and contact words read at 2:1 on the dark theme's base.

TODAY = date(2026, 11, 23)


@pytest.fixture
def themed(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[Colours]:
    try:
        yield apply_style(qapp, request.param)
    finally:
        apply_style(qapp, "light")


def _foreground(index: QModelIndex) -> str:
    value = index.data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(value, QColor | QBrush), f"no foreground at {index.row()},{index.column()}"
    return (value.color() if isinstance(value, QBrush) else value).name()


def _reads_well(colour: str, theme: Colours, *backgrounds: str) -> None:
    for background in backgrounds or (theme.base, theme.alt_base):
        assert contrast(colour, background) >= 4.5, (colour, background)


def _mentee(services: Services, name: str, **kw: Any) -> int:
    mentee_id = services.mentees.create(MenteeInput(full_name=name, **kw)).id
    assert mentee_id is not None
    return mentee_id


def _met(services: Services, mentee_id: int, days_ago: int, **kw: Any) -> None:
    services.sessions.create(
        SessionInput(
            started_at=datetime.combine(TODAY - timedelta(days=days_ago), datetime.min.time()),
            attendees=[Attendance(mentee_id=mentee_id)],
        ),
        **kw,
    )


def test_colour_is_made_once_per_theme(qapp: QApplication) -> None:
    try:
        assert colour("muted") is colour("muted")  # data() runs per visible cell: no allocation
        assert brush("accent") is brush("accent")
        apply_style(qapp, "dark")
        assert current() is DARK
        assert colour("muted").name() == DARK.muted
        assert brush("accent").color().name() == DARK.accent
    finally:
        apply_style(qapp, "light")
    assert current() is LIGHT and colour("muted").name() == LIGHT.muted


@pytest.mark.parametrize("themed", ["dark", "contrast"], indirect=True)
def test_action_items_and_reflections_use_the_theme(themed: Colours, services: Services) -> None:
    abebe = _mentee(services, "Abebe Kebede")
    _met(
        services,
        abebe,
        10,
        actions=[
            ActionItemFields(text="Late", due_date=TODAY - timedelta(days=1)),
            ActionItemFields(text="Finished", done_date=TODAY - timedelta(days=2)),
        ],
    )
    services.reflections.create(
        ReflectionInput(mentee_id=abebe, written_on=TODAY, text="Quiet today.", is_private=True)
    )
    actions = ActionTableModel(today=lambda: TODAY)
    actions.set_rows(
        sorted(services.actions.list_for_mentee(abebe), key=lambda a: a.done_date is not None)
    )
    late = _foreground(actions.index(0, ActionTableModel.DUE))
    done = _foreground(actions.index(1, ActionTableModel.TEXT))
    assert (late, done) == (themed.warning, themed.muted)
    reflections = ReflectionTableModel()
    reflections.set_rows(services.reflections.list_for_mentee(abebe))
    private = _foreground(reflections.index(0, ReflectionTableModel.PRIVATE))
    assert private == themed.private_title
    for colour_name in (late, done, private):
        _reads_well(colour_name, themed)


@pytest.mark.parametrize("themed", ["dark", "contrast"], indirect=True)
def test_dashboard_contact_words_use_the_theme(themed: Colours, services: Services) -> None:
    for name, days_ago in (("Abebe Kebede", 3), ("Birtukan Ayele", 18), ("Chala Bekele", 40)):
        _met(services, _mentee(services, name), days_ago)
    model = TouchTableModel()
    model.set_rows(services.dashboard.build(TODAY).losing_touch)
    words = {
        model.index(r, 0).data(CONTACT_ROLE): _foreground(model.index(r, TouchTableModel.STATUS))
        for r in range(model.rowCount())
    }
    assert words == {"red": themed.warning, "amber": themed.amber, "green": themed.good}
    for colour_name in words.values():
        _reads_well(colour_name, themed)


@pytest.mark.parametrize("themed", ["dark", "contrast"], indirect=True)
def test_finished_mentees_are_muted_in_the_theme(themed: Colours, services: Services) -> None:
    _mentee(services, "Mekdes Alemu", status=MenteeStatus.COMPLETED)
    model = MenteeListModel()
    model.set_rows(services.mentees.list_summaries(status=None))
    muted = _foreground(model.index(0, MenteeListModel.NAME))
    assert muted == themed.muted
    _reads_well(muted, themed)


@pytest.mark.parametrize("themed", ["dark", "contrast"], indirect=True)
def test_rating_table_uses_the_theme(themed: Colours, services: Services) -> None:
    abebe = _mentee(services, "Abebe Kebede")
    skills = services.skills.framework()
    assert skills, "the journal starts with a framework"
    first = int(skills[0].id or 0)
    last = services.skills.rate(
        RatingInput(mentee_id=abebe, skill_id=first, rated_on=TODAY, rating=3)
    )
    model = RatingTableModel()
    model.set_skills(skills)
    model.set_last_ratings({first: last})
    row = model.row_of_skill(first)
    assert model.setData(model.index(row, NEW), 4)
    group = _foreground(model.index(0, SKILL))
    earlier = _foreground(model.index(row, LAST))
    new = _foreground(model.index(row, NEW))
    background = model.index(row, NEW).data(Qt.ItemDataRole.BackgroundRole)
    assert (group, earlier, new) == (themed.accent, themed.muted, themed.accent)
    assert background.color().name() == themed.accent_soft
    _reads_well(group, themed)
    _reads_well(earlier, themed)
    _reads_well(new, themed, themed.accent_soft)


@pytest.mark.parametrize("themed", ["light", "dark", "contrast"], indirect=True)
def test_count_badge_is_painted_in_the_theme(themed: Colours) -> None:
    source = QStandardItemModel(1, 1)
    role = Qt.ItemDataRole.UserRole + 1
    source.setData(source.index(0, 0), 3, role)
    view = QTableView()
    view.setModel(source)
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 60, 30)
    option.font = view.font()
    option.palette = view.palette()
    option.widget = view
    image = QImage(60, 30, QImage.Format.Format_RGB32)
    image.fill(QColor(themed.base))
    painter = QPainter(image)
    BadgeDelegate(role).paint(painter, option, source.index(0, 0))
    painter.end()
    # The badge's left edge (inside the rounding, clear of the digit) is the soft accent.
    assert QColor(image.pixel(22, 15)).name() == themed.accent_soft


@pytest.mark.parametrize("themed", ["light", "dark", "contrast"], indirect=True)
def test_an_unticked_box_and_radio_button_can_be_seen(themed: Colours, qtbot: Any) -> None:
    # Fusion's own edge is about 2:1 on white and nearly invisible on the dark base; WCAG asks
    # 3:1 for the edge of a control.
    box, radio = QCheckBox("Done"), QRadioButton("Self (the mentee)")
    for control, element in (
        (box, QStyle.SubElement.SE_CheckBoxIndicator),
        (radio, QStyle.SubElement.SE_RadioButtonIndicator),
    ):
        qtbot.addWidget(control)
        control.show()
        qtbot.waitExposed(control)
        image = control.grab().toImage()
        option = QStyleOptionButton()
        option.initFrom(control)
        indicator = control.style().subElementRect(element, option, control)
        strongest = max(
            contrast(QColor(image.pixel(x, y)).name(), themed.window)
            for x in range(indicator.left(), indicator.right() + 1)
            for y in range(indicator.top(), indicator.bottom() + 1)
        )
        assert strongest >= 3, (type(control).__name__, strongest)


@pytest.mark.parametrize("themed", ["light", "dark", "contrast"], indirect=True)
def test_a_ticked_box_shows_its_tick(themed: Colours, qtbot: Any) -> None:
    # The sheet draws the boxes whole (ui/style.py indicator_rules): a ticked box is the
    # accent with the tick drawn from resources/indicators in the colour on the accent.
    box = QCheckBox("Done")
    box.setChecked(True)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    image = box.grab().toImage()
    option = QStyleOptionButton()
    option.initFrom(box)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    colours = {
        QColor(image.pixel(x, y)).name()
        for x in range(indicator.left(), indicator.right() + 1)
        for y in range(indicator.top(), indicator.bottom() + 1)
    }
    assert themed.accent in colours and themed.on_accent in colours
