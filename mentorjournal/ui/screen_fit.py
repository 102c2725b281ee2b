"""Long forms on a small screen: a scroll area around the fields, a height the screen can show.

Workshop laptops have 1366 x 768 screens; in Amharic or Arabic at 150 % text some dialogs are
taller than that. Their fields scroll; their buttons stay below the scroll area, always seen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QWidget

# What a window frame and the taskbar take besides the dialog's own height.
_FRAME_ROOM = 48


def scrolling(content: QWidget) -> QScrollArea:
    """`content` in a frameless scroll area that scrolls up and down only: it is as wide as
    the content needs (no text cut at the side), and as tall as the dialog has room for."""
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    area.setProperty("fitsScreen", True)  # fit_height opens the dialog with it unscrolled
    # No tab stop of its own: Tab goes to the fields, and the area scrolls each into view.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    bar = area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, area)
    needed = max(content.minimumSizeHint().width(), content.minimumWidth())
    area.setMinimumWidth(needed + bar + 2)
    # Keep the background of the dialog, not the scroll area's base colour.
    area.viewport().setAutoFillBackground(False)
    content.setAutoFillBackground(False)
    return area


def scrolling_if_tall(content: QWidget, room: int = 120) -> QWidget:
    """`content` as it is when it fits the screen with `room` to spare for the dialog's
    buttons and margins, else in a scroll area: a scroll area lays fields with wrapped labels
    out at their preferred height, so a form that fits would scroll for nothing."""
    if content.minimumSizeHint().height() + room <= available_height(content):
        return content
    return scrolling(content)


def available_height(widget: QWidget) -> int:
    """The height a top-level window can have on `widget`'s screen (the primary one before it
    is shown), less room for the window's title bar."""
    # Not QWidget.screen(): on a dialog being built (no native window yet) it looks the screen
    # up by position, and under PySide6 6.11 that crashed later widget constructions in the
    # test suite (QScreen::virtualSiblings). The screen of the nearest shown window instead.
    screen = None
    window: QWidget | None = widget.window()
    while window is not None and screen is None:
        handle = window.windowHandle()
        screen = handle.screen() if handle is not None else None
        parent = window.parentWidget()
        window = parent.window() if parent is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry().height() - _FRAME_ROOM


def fit_height(dialog: QWidget) -> None:
    """Open `dialog` tall enough to show its scrolling fields whole when the screen has room
    (a scroll area's own size hint is shorter), no taller than the screen shows, and never
    let it grow taller. Keeps a width the dialog was given if it is wider than its hint."""
    limit = available_height(dialog)
    dialog.setMaximumHeight(max(limit, dialog.minimumSizeHint().height()))
    hint = dialog.sizeHint()
    # The heights the dialog had before its fields scrolled: its least and its preferred.
    least, preferred = dialog.minimumSizeHint().height(), hint.height()
    for area in dialog.findChildren(QScrollArea):
        content = area.widget()
        if area.property("fitsScreen") and content is not None:
            least += max(0, content.minimumSizeHint().height() - area.minimumSizeHint().height())
            preferred += max(0, content.sizeHint().height() - area.sizeHint().height())
    resized = dialog.testAttribute(Qt.WidgetAttribute.WA_Resized)  # its own resize() chose
    width = max(hint.width(), dialog.width()) if resized else hint.width()
    height = max(least, dialog.height()) if resized else preferred
    dialog.resize(width, min(height, limit))
