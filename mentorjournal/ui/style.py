"""The look of the app: Fusion style, one calm palette with a single accent, a small style sheet.

Kept in one place so screens stay consistent. Widgets opt in to special looks through object
names (``pageTitle``, ``privateBox``...) or the dynamic ``role`` property, never inline sheets.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from ..resources import resource


@dataclass(frozen=True)
class Colours:
    """One theme's colours; the style sheet and the palette are made from them."""

    accent: str
    accent_soft: str
    accent_hover: str
    text: str
    muted: str
    disabled: str
    placeholder: str
    window: str
    base: str
    alt_base: str
    border: str
    warning: str
    good: str
    amber: str
    private_bg: str
    private_border: str
    private_title: str
    on_accent: str = "#ffffff"
    # The focus ring of an accent-filled (primary) button: 3:1 or more against the accent.
    accent_focus: str = "#ffffff"


LIGHT = Colours(
    accent="#0f766e",  # teal: readable on white, calm, not an alarm colour
    accent_soft="#e6f2f1",
    accent_hover="#0b5f58",
    text="#1f2933",
    muted="#5f6b7a",
    disabled="#a0a8b3",
    placeholder="#8a94a3",
    window="#f4f6f8",
    base="#ffffff",
    alt_base="#f8fafb",
    border="#d5dbe2",
    warning="#b42318",  # overdue items
    good="#15803d",  # contact on track (green on the dashboard)
    amber="#b45309",  # a meeting is due
    private_bg="#fff7e0",
    private_border="#e3c26b",
    private_title="#8a5a00",
    accent_focus="#000000",  # a dark ring round the teal (3.8:1), not a white gap
)
# Dark: the same hues, lightened until text and accents read at 4.5:1 or better on the base.
DARK = Colours(
    accent="#2dd4bf",
    accent_soft="#143a37",
    accent_hover="#5eead4",
    text="#e6e9ec",
    muted="#a3adb9",
    disabled="#6b7480",
    placeholder="#8a94a3",
    window="#1c2025",
    base="#24292f",
    alt_base="#2a3037",
    border="#3d4651",
    warning="#ff8a80",
    good="#6ee7a0",
    amber="#fbbf24",
    private_bg="#3a3018",
    private_border="#8a6d1f",
    private_title="#f5cf7a",
    on_accent="#0b1f1d",
    accent_focus="#0b1f1d",
)
# High contrast: black on white, strong borders, a dark accent; for low vision and bright
# workshops.
CONTRAST = Colours(
    accent="#004d47",
    accent_soft="#cde8e5",
    accent_hover="#00332f",
    text="#000000",
    muted="#1f2933",
    disabled="#5f6b7a",
    placeholder="#3d4651",
    window="#ffffff",
    base="#ffffff",
    alt_base="#f2f2f2",
    border="#000000",
    warning="#8b0000",
    good="#0a5c2a",
    amber="#7a3e00",
    private_bg="#fff2b3",
    private_border="#000000",
    private_title="#000000",
)
THEMES = {"light": LIGHT, "dark": DARK, "contrast": CONTRAST}

# Module constants keep the light values, for code written before themes (and for the app
# icon, whose teal is its identity). Item models, delegates and widgets ask `colour(...)`,
# `brush(...)` or `current()` instead, which follow the theme `apply_style` applied.
ACCENT = LIGHT.accent
ACCENT_SOFT = LIGHT.accent_soft
TEXT = LIGHT.text
MUTED = LIGHT.muted
WINDOW = LIGHT.window
BASE = LIGHT.base
ALT_BASE = LIGHT.alt_base
BORDER = LIGHT.border
WARNING = LIGHT.warning
GOOD = LIGHT.good
AMBER = LIGHT.amber
PRIVATE_BG = LIGHT.private_bg
PRIVATE_BORDER = LIGHT.private_border

# Noto first: it has Ethiopic and Arabic siblings that fontconfig falls back to; DejaVu last.
FONT_FAMILIES = ["Noto Sans", "Noto Sans Ethiopic", "Noto Sans Arabic", "DejaVu Sans"]
BASE_POINT_SIZE = 10


# Keyboard focus: push buttons, links, tabs, item views and tool buttons get a 2 px accent
# frame (Fusion's own is a 1.1-2.2:1 tint; WCAG 2.4.13 asks 3:1). Each unfocused rule keeps
# room for those 2 px (a transparent border or 1 px more padding), so nothing moves on Tab.
# Combo boxes, spin boxes and date edits are left to Fusion and the palette: styling their
# frame in a sheet breaks how Fusion draws their arrows.
def style_sheet(c: Colours = LIGHT) -> str:
    """The app's style sheet in the colours of a theme."""
    return f"""
QMainWindow, QDialog {{ background: {c.window}; }}
QToolBar {{ background: {c.window}; border: none; border-bottom: 1px solid {c.border};
            spacing: 4px; padding: 3px 6px; }}
QToolButton {{ border: 2px solid transparent; border-radius: 4px; padding: 2px; }}
QToolButton:hover {{ background: {c.accent_soft}; }}
QToolButton:focus {{ border-color: {c.accent}; }}
QToolBar QToolButton {{ padding: 2px 8px; color: {c.text}; }}
QToolBar QToolButton:disabled {{ color: {c.disabled}; }}
QStatusBar {{ color: {c.muted}; }}

QLineEdit, QPlainTextEdit, QTextEdit {{
    padding: 4px 6px; border: 1px solid {c.border}; border-radius: 4px; background: {c.base}; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border: 1px solid {c.accent}; }}

QPushButton {{ padding: 5px 14px; border: 1px solid {c.border}; border-radius: 4px;
               background: {c.base}; color: {c.text}; }}
QPushButton:hover {{ border-color: {c.accent}; }}
QPushButton:focus {{ border: 2px solid {c.accent}; padding: 4px 13px; }}
QPushButton:disabled {{ color: {c.disabled}; background: {c.alt_base}; }}
QPushButton[role="primary"] {{ background: {c.accent}; color: {c.on_accent};
    border-color: {c.accent}; }}
QPushButton[role="primary"]:hover {{ background: {c.accent_hover}; }}
QPushButton[role="primary"]:focus {{ border-color: {c.accent_focus}; }}

QTableView, QListView {{ border: 1px solid {c.border}; border-radius: 4px; background: {c.base};
    alternate-background-color: {c.alt_base}; gridline-color: transparent;
    selection-background-color: {c.accent}; selection-color: {c.on_accent}; padding: 1px; }}
QAbstractItemView:focus {{ border: 2px solid {c.accent}; padding: 0px; }}
QTableView::item {{ padding: 2px 6px; }}
QHeaderView::section {{ background: {c.window}; color: {c.muted}; border: none;
    border-bottom: 1px solid {c.border}; padding: 5px 6px; font-weight: 600; }}

QTabWidget::pane {{ border: 1px solid {c.border}; border-radius: 4px; background: {c.base};
                    top: -1px; }}
QTabBar::tab {{ padding: 7px 16px; margin-right: 2px; color: {c.muted};
    border: 1px solid transparent; border-bottom: none; }}
QTabBar::tab:selected {{ color: {c.text}; background: {c.base}; border-color: {c.border};
    border-top: 2px solid {c.accent}; border-top-left-radius: 4px; border-top-right-radius: 4px; }}
QTabBar::tab:hover:!selected {{ color: {c.text}; }}
QTabBar::tab:selected:focus {{ border: 2px solid {c.accent}; border-bottom: none;
    padding: 7px 15px; }}

QLabel#pageTitle {{ font-size: 17pt; font-weight: 600; color: {c.text}; }}
QLabel#sectionTitle {{ font-size: 11pt; font-weight: 600; color: {c.text}; padding-top: 6px; }}
QLabel[role="muted"] {{ color: {c.muted}; }}
QLabel[role="fieldName"] {{ color: {c.muted}; }}
QLabel#emptyState {{ color: {c.muted}; font-size: 11pt; padding: 24px; }}
QLabel#statusPill {{ background: {c.accent_soft}; color: {c.accent}; border-radius: 9px;
                     padding: 2px 10px; font-weight: 600; }}
QLabel#tagChip {{ background: {c.window}; border: 1px solid {c.border}; border-radius: 9px;
                  padding: 1px 8px; }}
QLabel#countNumber {{ font-size: 16pt; font-weight: 600; color: {c.accent}; }}
QFrame#card {{ background: {c.base}; border: 1px solid {c.border}; border-radius: 6px; }}
QFrame#privateBox {{ background: {c.private_bg}; border: 1px solid {c.private_border};
                     border-radius: 6px; }}
QLabel#privateTitle {{ color: {c.private_title}; font-weight: 600; }}
QFrame#pageHeader {{ background: {c.base}; border: 1px solid {c.border}; border-radius: 6px; }}
QWidget#welcomePage {{ background: {c.window}; }}
QLabel#welcomeTitle {{ font-size: 20pt; font-weight: 600; color: {c.text}; }}

QLabel[role="strong"] {{ font-weight: 600; }}
QLabel[role="overdue"] {{ color: {c.warning}; }}
QLabel[role="overdueStrong"] {{ color: {c.warning}; font-weight: 600; }}
QLabel[role="up"] {{ color: {c.good}; }}
QPushButton[role="link"] {{ border: 2px solid transparent; border-radius: 3px;
    background: transparent; color: {c.accent}; padding: 0px; text-align: left; }}
QPushButton[role="link"]:focus {{ border-color: {c.accent}; }}
QPushButton[role="link"]:hover {{ text-decoration: underline; }}
QWidget#briefBody, QWidget#dashboardBody {{ background: {c.alt_base}; }}
QFrame#briefCard, QFrame#figureCard {{ background: {c.base}; border: 1px solid {c.border};
    border-radius: 6px; }}
QLabel#briefCardTitle {{ font-weight: 600; color: {c.accent}; }}
QLabel#briefContact {{ font-size: 14pt; font-weight: 600; }}
QLabel#briefContact[contact="green"] {{ color: {c.good}; }}
QLabel#briefContact[contact="amber"] {{ color: {c.amber}; }}
QLabel#briefContact[contact="red"] {{ color: {c.warning}; }}
QLabel#contactBadge {{ border-radius: 9px; padding: 1px 10px; font-weight: 600;
    color: {c.on_accent}; }}
QLabel#contactBadge[contact="green"] {{ background: {c.good}; }}
QLabel#contactBadge[contact="amber"] {{ background: {c.amber}; }}
QLabel#contactBadge[contact="red"] {{ background: {c.warning}; }}
QProgressBar#briefProgress {{ border: none; background: {c.border}; border-radius: 4px; }}
QProgressBar#briefProgress::chunk {{ background: {c.accent}; border-radius: 4px; }}
QLabel#figureNumber {{ font-size: 20pt; font-weight: 600; color: {c.accent}; }}
QLabel#figureNumber[alert="true"] {{ color: {c.warning}; }}
QLabel#dashboardTitle {{ font-size: 17pt; font-weight: 600; color: {c.text}; }}
{indicator_rules(c)}"""


def indicator_rules(c: Colours) -> str:
    """Check boxes and radio buttons (in forms and in item views) drawn by the sheet.

    Fusion outlines them in the window colour darkened by 40 %: about 2:1 on white and nearly
    invisible on the dark base, so an unticked "Done" box or the "Rated by" choice could not be
    seen (WCAG asks 3:1 for a control's edge; muted text has 4.5:1). The sheet draws them
    whole, so a ticked box needs its tick as an image (resources/indicators, one per colour on
    the accent). Without those files Fusion's own boxes are kept: faint, but never blank.
    Keyboard focus is a 2 px accent edge, as on a line edit; the size stays put (the content
    shrinks by the extra pixel)."""
    name = c.on_accent.lstrip("#").lower()
    tick, dash = (
        resource("indicators", f"tick-{name}.svg"),
        resource("indicators", f"dash-{name}.svg"),
    )
    if tick is None or dash is None:
        return ""
    boxes = "QCheckBox::indicator, QAbstractItemView::indicator"
    every = f"{boxes}, QRadioButton::indicator"

    def each(state: str, of: str = every) -> str:
        return ", ".join(f"{part}{state}" for part in of.split(", "))

    return f"""
{every} {{ width: 12px; height: 12px; border: 1px solid {c.muted}; background: {c.base}; }}
{boxes} {{ border-radius: 3px; }}
QRadioButton::indicator {{ border-radius: 7px; }}
{each(":hover")} {{ border-color: {c.accent}; }}
{each(":checked")} {{ background: {c.accent}; border-color: {c.accent}; }}
{each(":checked", boxes)} {{ image: url({tick.as_posix()}); }}
{each(":indeterminate", boxes)} {{ background: {c.accent}; border-color: {c.accent};
    image: url({dash.as_posix()}); }}
QRadioButton::indicator:checked {{ background: qradialgradient(cx: 0.5, cy: 0.5, radius: 0.5,
    fx: 0.5, fy: 0.5, stop: 0 {c.on_accent}, stop: 0.38 {c.on_accent}, stop: 0.48 {c.accent},
    stop: 1 {c.accent}); }}
{each(":disabled")} {{ border-color: {c.disabled}; background: {c.alt_base}; }}
{each(":checked:disabled")} {{ background: {c.disabled}; }}
QCheckBox::indicator:focus, QRadioButton::indicator:focus {{ border: 2px solid {c.accent};
    width: 10px; height: 10px; }}
QCheckBox::indicator:checked:focus, QRadioButton::indicator:checked:focus {{
    border-color: {c.accent_focus}; }}
"""


STYLE_SHEET = style_sheet(LIGHT)


def palette(c: Colours = LIGHT) -> QPalette:
    """The app palette: calm chrome, strong text, one accent for selection."""
    p = QPalette()
    colours = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.base,
        QPalette.ColorRole.AlternateBase: c.alt_base,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: c.base,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.Highlight: c.accent,
        QPalette.ColorRole.HighlightedText: c.on_accent,
        QPalette.ColorRole.ToolTipBase: c.base,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.PlaceholderText: c.placeholder,
        QPalette.ColorRole.Link: c.accent,
        QPalette.ColorRole.Mid: c.border,
    }
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.disabled))
    return p


def app_font() -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(BASE_POINT_SIZE)
    return font


def theme_colours(theme: str, system_dark: bool) -> Colours:
    """The colours of the theme chosen in Settings ("system" follows the system's light or
    dark preference)."""
    if theme == "system":
        return DARK if system_dark else LIGHT
    return THEMES.get(theme, LIGHT)


ColourRole = Literal[
    "accent",
    "accent_soft",
    "accent_hover",
    "text",
    "muted",
    "disabled",
    "placeholder",
    "window",
    "base",
    "alt_base",
    "border",
    "warning",
    "good",
    "amber",
    "private_bg",
    "private_border",
    "private_title",
    "on_accent",
    "accent_focus",
]

_applied: Colours = LIGHT  # what apply_style last applied; LIGHT before it runs (tests)


def current() -> Colours:
    """The colours of the theme in use (the one `apply_style` applied last)."""
    return _applied


@cache
def _qcolour(colours: Colours, role: ColourRole) -> QColor:
    return QColor(getattr(colours, role))


@cache
def _brush(colours: Colours, role: ColourRole) -> QBrush:
    return QBrush(_qcolour(colours, role))


def colour(role: ColourRole) -> QColor:
    """`role`'s colour in the theme in use, for item models' ForegroundRole and painting.

    Made once per theme and role (data() and paint() run for every visible cell), so the
    caller must not change the QColor it gets; Qt copies it into a QVariant anyway."""
    return _qcolour(_applied, role)


def brush(role: ColourRole) -> QBrush:
    """`role`'s brush in the theme in use (made once per theme and role; do not change it)."""
    return _brush(_applied, role)


def apply_style(app: QApplication, theme: str = "light") -> Colours:
    """Give `app` the Mentor Journal look in `theme` (call once, before windows are built:
    widgets read `current()` when they are made, item models when they are painted)."""
    global _applied
    if app.style().name().lower() != "fusion":
        # Set once: setting a style deletes the old one under every widget it polished.
        app.setStyle("Fusion")
    system_dark = app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    colours = theme_colours(theme, system_dark)
    app.setPalette(palette(colours))
    app.setFont(app_font())
    sheet = style_sheet(colours)
    if app.styleSheet() != sheet:
        # Replacing the app's sheet re-polishes every widget: only when the look changes.
        app.setStyleSheet(sheet)
    _applied = colours
    return colours
