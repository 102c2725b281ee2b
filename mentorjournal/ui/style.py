"""The look of the app: Fusion style, one calm palette with a single accent, a small style sheet.

Kept in one place so screens stay consistent. Widgets opt in to special looks through object
names (``pageTitle``, ``privateBox``...) or the dynamic ``role`` property, never inline sheets.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

ACCENT = "#0f766e"  # teal: readable on white, calm, not an alarm colour
ACCENT_SOFT = "#e6f2f1"
TEXT = "#1f2933"
MUTED = "#5f6b7a"
WINDOW = "#f4f6f8"
BASE = "#ffffff"
ALT_BASE = "#f8fafb"
BORDER = "#d5dbe2"
WARNING = "#b42318"  # overdue items
GOOD = "#15803d"  # contact on track (green on the dashboard)
AMBER = "#b45309"  # a meeting is due
PRIVATE_BG = "#fff7e0"
PRIVATE_BORDER = "#e3c26b"

# Noto first: it has Ethiopic and Arabic siblings that fontconfig falls back to; DejaVu last.
FONT_FAMILIES = ["Noto Sans", "Noto Sans Ethiopic", "Noto Sans Arabic", "DejaVu Sans"]
BASE_POINT_SIZE = 10

# Combo boxes, spin boxes and date edits are left to Fusion and the palette: styling their
# frame in a sheet breaks how Fusion draws their arrows.
STYLE_SHEET = f"""
QMainWindow, QDialog {{ background: {WINDOW}; }}
QToolBar {{ background: {WINDOW}; border: none; border-bottom: 1px solid {BORDER};
            spacing: 4px; padding: 3px 6px; }}
QToolBar QToolButton {{ padding: 4px 10px; border-radius: 4px; color: {TEXT}; }}
QToolBar QToolButton:hover {{ background: {ACCENT_SOFT}; }}
QToolBar QToolButton:disabled {{ color: #a0a8b3; }}
QStatusBar {{ color: {MUTED}; }}

QLineEdit, QPlainTextEdit, QTextEdit {{
    padding: 4px 6px; border: 1px solid {BORDER}; border-radius: 4px; background: {BASE}; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border: 1px solid {ACCENT}; }}

QPushButton {{ padding: 5px 14px; border: 1px solid {BORDER}; border-radius: 4px;
               background: {BASE}; color: {TEXT}; }}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:disabled {{ color: #a0a8b3; background: {ALT_BASE}; }}
QPushButton[role="primary"] {{ background: {ACCENT}; color: white; border-color: {ACCENT}; }}
QPushButton[role="primary"]:hover {{ background: #0b5f58; }}

QTableView, QListView {{ border: 1px solid {BORDER}; border-radius: 4px; background: {BASE};
    alternate-background-color: {ALT_BASE}; gridline-color: transparent;
    selection-background-color: {ACCENT}; selection-color: white; }}
QTableView::item {{ padding: 2px 6px; }}
QHeaderView::section {{ background: {WINDOW}; color: {MUTED}; border: none;
    border-bottom: 1px solid {BORDER}; padding: 5px 6px; font-weight: 600; }}

QTabWidget::pane {{ border: 1px solid {BORDER}; border-radius: 4px; background: {BASE};
                    top: -1px; }}
QTabBar::tab {{ padding: 7px 16px; margin-right: 2px; color: {MUTED};
    border: 1px solid transparent; border-bottom: none; }}
QTabBar::tab:selected {{ color: {TEXT}; background: {BASE}; border-color: {BORDER};
    border-top: 2px solid {ACCENT}; border-top-left-radius: 4px; border-top-right-radius: 4px; }}
QTabBar::tab:hover:!selected {{ color: {TEXT}; }}

QLabel#pageTitle {{ font-size: 17pt; font-weight: 600; color: {TEXT}; }}
QLabel#sectionTitle {{ font-size: 11pt; font-weight: 600; color: {TEXT}; padding-top: 6px; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="fieldName"] {{ color: {MUTED}; }}
QLabel#emptyState {{ color: {MUTED}; font-size: 11pt; padding: 24px; }}
QLabel#statusPill {{ background: {ACCENT_SOFT}; color: {ACCENT}; border-radius: 9px;
                     padding: 2px 10px; font-weight: 600; }}
QLabel#tagChip {{ background: {WINDOW}; border: 1px solid {BORDER}; border-radius: 9px;
                  padding: 1px 8px; }}
QLabel#countNumber {{ font-size: 16pt; font-weight: 600; color: {ACCENT}; }}
QFrame#card {{ background: {BASE}; border: 1px solid {BORDER}; border-radius: 6px; }}
QFrame#privateBox {{ background: {PRIVATE_BG}; border: 1px solid {PRIVATE_BORDER};
                     border-radius: 6px; }}
QLabel#privateTitle {{ color: #8a5a00; font-weight: 600; }}
QFrame#pageHeader {{ background: {BASE}; border: 1px solid {BORDER}; border-radius: 6px; }}
QWidget#welcomePage {{ background: {WINDOW}; }}
QLabel#welcomeTitle {{ font-size: 20pt; font-weight: 600; color: {TEXT}; }}

QLabel[role="strong"] {{ font-weight: 600; }}
QLabel[role="overdue"] {{ color: {WARNING}; }}
QLabel[role="overdueStrong"] {{ color: {WARNING}; font-weight: 600; }}
QLabel[role="up"] {{ color: {GOOD}; }}
QPushButton[role="link"] {{ border: none; background: transparent; color: {ACCENT};
    padding: 0px; text-align: left; }}
QPushButton[role="link"]:hover {{ text-decoration: underline; }}
QWidget#briefBody, QWidget#dashboardBody {{ background: {ALT_BASE}; }}
QFrame#briefCard, QFrame#figureCard {{ background: {BASE}; border: 1px solid {BORDER};
    border-radius: 6px; }}
QLabel#briefCardTitle {{ font-weight: 600; color: {ACCENT}; }}
QLabel#briefContact {{ font-size: 14pt; font-weight: 600; }}
QLabel#briefContact[contact="green"] {{ color: {GOOD}; }}
QLabel#briefContact[contact="amber"] {{ color: {AMBER}; }}
QLabel#briefContact[contact="red"] {{ color: {WARNING}; }}
QLabel#contactBadge {{ border-radius: 9px; padding: 1px 10px; font-weight: 600; color: white; }}
QLabel#contactBadge[contact="green"] {{ background: {GOOD}; }}
QLabel#contactBadge[contact="amber"] {{ background: {AMBER}; }}
QLabel#contactBadge[contact="red"] {{ background: {WARNING}; }}
QProgressBar#briefProgress {{ border: none; background: {BORDER}; border-radius: 4px; }}
QProgressBar#briefProgress::chunk {{ background: {ACCENT}; border-radius: 4px; }}
QLabel#figureNumber {{ font-size: 20pt; font-weight: 600; color: {ACCENT}; }}
QLabel#figureNumber[alert="true"] {{ color: {WARNING}; }}
QLabel#dashboardTitle {{ font-size: 17pt; font-weight: 600; color: {TEXT}; }}
"""


def palette() -> QPalette:
    """The app palette: light, low contrast chrome, strong text, one accent for selection."""
    p = QPalette()
    colours = {
        QPalette.ColorRole.Window: WINDOW,
        QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: BASE,
        QPalette.ColorRole.AlternateBase: ALT_BASE,
        QPalette.ColorRole.Text: TEXT,
        QPalette.ColorRole.Button: BASE,
        QPalette.ColorRole.ButtonText: TEXT,
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: BASE,
        QPalette.ColorRole.ToolTipText: TEXT,
        QPalette.ColorRole.PlaceholderText: "#8a94a3",
        QPalette.ColorRole.Link: ACCENT,
        QPalette.ColorRole.Mid: BORDER,
    }
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#a0a8b3"))
    return p


def app_font() -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(BASE_POINT_SIZE)
    return font


def apply_style(app: QApplication) -> None:
    """Give `app` the Mentor Journal look (call once, before windows are built)."""
    style = QStyleFactory.create("Fusion")
    if style is not None:
        app.setStyle(style)
    app.setPalette(palette())
    app.setFont(app_font())
    app.setStyleSheet(STYLE_SHEET)
