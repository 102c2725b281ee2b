"""Item delegates that make lists easier to scan: two-line names, count badges, progress bars."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from . import formatting
from .common import text_direction
from .style import colour

Index = QModelIndex | QPersistentModelIndex


def _draw_line(painter: QPainter, rect: QRect, text: str, option: QStyleOptionViewItem) -> None:
    """One line at the view's leading edge, in the text's own direction: an English programme
    name in the Arabic window keeps its ellipsis and hyphens at its end, not before it."""
    rtl_view = option.direction == Qt.LayoutDirection.RightToLeft
    leading = Qt.AlignmentFlag.AlignRight if rtl_view else Qt.AlignmentFlag.AlignLeft
    text_option = QTextOption(
        leading | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
    )
    text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
    text_option.setTextDirection(text_direction(text) or option.direction)
    painter.drawText(QRectF(rect), text, text_option)


def _draw_background(painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
    opt = QStyleOptionViewItem(option)
    # Let the style draw selection and alternate rows, without the text.
    opt.text = ""
    style = opt.widget.style() if opt.widget else QApplication.style()
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)


class TwoLineDelegate(QStyledItemDelegate):
    """The display text in bold with a muted second line from `subtitle_role` under it."""

    def __init__(self, subtitle_role: int, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._subtitle_role = subtitle_role

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        _draw_background(painter, option, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        subtitle = str(index.data(self._subtitle_role) or "")
        rect = option.rect.adjusted(10, 5, -8, -5)
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.save()
        text_colour = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        if not selected and isinstance(foreground, QColor):
            text_colour = foreground
        painter.setPen(text_colour)
        painter.setFont(bold)
        fm = QFontMetrics(bold)
        top = QRect(rect.left(), rect.top(), rect.width(), fm.height())
        _draw_line(
            painter, top, fm.elidedText(title, Qt.TextElideMode.ElideRight, top.width()), option
        )
        if subtitle:
            regular = QFont(option.font)
            regular.setWeight(QFont.Weight.Normal)
            painter.setFont(regular)
            painter.setPen(colour("on_accent") if selected else colour("muted"))
            fm2 = QFontMetrics(regular)
            bottom = QRect(rect.left(), top.bottom() + 3, rect.width(), fm2.height())
            _draw_line(
                painter,
                bottom,
                fm2.elidedText(subtitle, Qt.TextElideMode.ElideRight, bottom.width()),
                option,
            )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(200, fm.height() * 2 + 16)


class BadgeDelegate(QStyledItemDelegate):
    """A count in a rounded badge, or nothing for zero."""

    def __init__(self, count_role: int, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._count_role = count_role

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        _draw_background(painter, option, index)
        count = index.data(self._count_role)
        if not count:
            return
        text = formatting.count(int(count))  # the locale's digits, like the dates beside it
        fm = QFontMetrics(option.font)
        width = max(fm.horizontalAdvance(text) + 14, fm.height() + 4)
        height = fm.height() + 4
        badge = QRect(0, 0, width, height)
        badge.moveCenter(option.rect.center())
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour("on_accent") if selected else colour("accent_soft"))
        painter.drawRoundedRect(badge, height / 2, height / 2)
        painter.setPen(colour("accent"))
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()


class ProgressBarDelegate(QStyledItemDelegate):
    """A thin bar with the percentage beside it; empty when there is no check-in yet."""

    def __init__(self, value_role: int, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._value_role = value_role

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        _draw_background(painter, option, index)
        value = index.data(self._value_role)
        if value is None:
            return
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        fm = QFontMetrics(option.font)
        text_width = fm.horizontalAdvance("100 %") + 8
        area = option.rect.adjusted(8, 0, -8, 0)
        bar = QRect(area.left(), 0, max(10, area.width() - text_width), 8)
        bar.moveTop(area.center().y() - 3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        filled = QRect(bar)
        filled.setWidth(round(bar.width() * max(0.0, min(100.0, float(value))) / 100))
        text_rect = QRect(bar.right() + 6, area.top(), text_width, area.height())
        # Laid out left to right above; mirrored in a right-to-left window, where the bar
        # fills from the right and the percentage sits to its left.
        bar, filled, text_rect = (
            QStyle.visualRect(option.direction, option.rect, r) for r in (bar, filled, text_rect)
        )
        painter.setBrush(colour("border"))
        painter.drawRoundedRect(bar, 4, 4)
        painter.setBrush(colour("on_accent") if selected else colour("accent"))
        if filled.width() > 0:
            painter.drawRoundedRect(filled, 4, 4)
        painter.setPen(
            option.palette.color(
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            )
        )
        painter.drawText(
            text_rect, int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter), text
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(140, super().sizeHint(option, index).height())
