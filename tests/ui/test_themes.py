"""Themes (Settings > Theme): light, dark and high contrast keep text readable (WCAG contrast
of 4.5:1 or better for body text, 3:1 for accents and warnings), and "system" follows the
system's light or dark preference."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from mentorjournal.ui.style import (
    CONTRAST,
    DARK,
    LIGHT,
    THEMES,
    Colours,
    apply_style,
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
