"""The app icon, painted in code so there is no image file to ship or lose."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from .style import LIGHT


def _paint(size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    margin = size * 0.06
    body = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    p.setPen(Qt.PenStyle.NoPen)
    # The light teal in every theme: the icon is the app's identity in the task bar and the
    # About box, and its white book reads on it whatever the theme.
    p.setBrush(QColor(LIGHT.accent))
    p.drawRoundedRect(body, size * 0.18, size * 0.18)
    # An open book: two pages meeting at a spine.
    pen = QPen(QColor("white"), max(1.0, size * 0.06))
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    s = size
    for sign in (-1, 1):
        path = QPainterPath()
        path.moveTo(s * 0.5, s * 0.34)
        path.quadTo(s * (0.5 + sign * 0.14), s * 0.26, s * (0.5 + sign * 0.28), s * 0.3)
        path.lineTo(s * (0.5 + sign * 0.28), s * 0.7)
        path.quadTo(s * (0.5 + sign * 0.14), s * 0.66, s * 0.5, s * 0.74)
        path.closeSubpath()
        p.drawPath(path)
    p.end()
    return pixmap


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addPixmap(_paint(size))
    return icon
