"""The Brief tab's cards and their rows: elided lines, notes, links, action items and goals.

Opening a mentee refills the cards. Building some forty widgets each time (and giving each
its style) was about half of opening a mentee, so a card keeps its rows and refills them in
order: a row of the same kind at the same place is reused, the rest are dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...services.previews import first_line
from .. import formatting
from ..common import plain_label
from ..reading import preview_text

LINE_CHARS = 400  # a card line shows far less; a note of megabytes is never set on a label
TOOLTIP_CHARS = 600

W = TypeVar("W", bound=QWidget)


def set_role(widget: QWidget, role: str) -> None:
    """Give `widget` the style `role` (restyled only when it changes)."""
    if (widget.property("role") or "") != role:
        widget.setProperty("role", role)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


class ElidedLabel(QLabel):
    """One line of plain text cut with "…" to the width it is given; the text (its first
    LINE_CHARS characters) is kept (`text()`) and its start shown as the tooltip."""

    def __init__(self, text: str = "", role: str = "") -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        if role:
            self.setProperty("role", role)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(20)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        # A label measures all of its text: give it a line's worth, never a whole note.
        self.setText(first_line(text, LINE_CHARS))
        self.setToolTip(preview_text(text, TOOLTIP_CHARS, lines=12))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, rect.width()
        )
        self.style().drawItemText(
            painter,
            rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.palette(),
            self.isEnabled(),
            shown,
            self.foregroundRole(),
        )


class LinkButton(QPushButton):
    """A flat "more…" link; what it does is set at each filling (`action`)."""

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("role", "link")
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.action: Callable[[], object] = lambda: None
        self.clicked.connect(lambda _checked=False: self.action())

    def set_link(self, text: str, action: Callable[[], object], tooltip: str = "") -> None:
        self.setText(text)
        self.setAccessibleName(text.rstrip("…"))
        self.setToolTip(tooltip)
        self.action = action


class ActionRow(QWidget):
    """An action item (cut to fit) with its due date or how overdue it is, never cut."""

    def __init__(self) -> None:
        super().__init__()
        self.text = ElidedLabel()
        self.due = plain_label()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.due)

    def set_item(self, text: str, due: str, overdue: bool) -> None:
        self.text.set_full_text("• " + text)
        set_role(self.text, "overdue" if overdue else "")
        self.due.setText(due)
        set_role(self.due, "overdueStrong" if overdue else "muted")
        self.due.setVisible(bool(due))
        self.setAccessibleName(f"{text}, {due}" if due else text)


class GoalRow(QWidget):
    """A goal's title, a small progress bar with the percentage, and a line of dates."""

    def __init__(self) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 2)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(1)
        self.title = ElidedLabel(role="strong")
        self.bar = QProgressBar()
        self.bar.setObjectName("briefProgress")
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setFixedSize(90, 8)
        self.percent = plain_label(role="muted")
        grid.addWidget(self.title, 0, 0)
        grid.addWidget(self.bar, 0, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.percent, 0, 2)
        meta = QWidget()
        meta_row = QHBoxLayout(meta)
        meta_row.setContentsMargins(0, 0, 0, 0)
        meta_row.setSpacing(0)
        self.meta = plain_label(role="muted")
        self.left = plain_label(role="muted")
        meta_row.addWidget(self.meta)
        meta_row.addWidget(self.left)
        meta_row.addStretch(1)
        grid.addWidget(meta, 1, 0, 1, 3)
        grid.setColumnStretch(0, 1)

    def set_goal(
        self, title: str, percent: float | None, meta: str, left: str, late: bool, bar_name: str
    ) -> None:
        self.title.set_full_text(title)
        self.bar.setValue(round(percent or 0))
        self.bar.setAccessibleName(bar_name)
        self.percent.setText(formatting.percent(percent) if percent is not None else "—")
        self.meta.setText(meta)
        self.left.setText(left)
        set_role(self.left, "overdue" if late else "muted")


class BriefCard(QFrame):
    """A titled card whose rows are refilled at each load (`clear`, rows, `finish`)."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.setObjectName("briefCard")
        self.title = plain_label(title, object_name="briefCardTitle")
        self.rows = QVBoxLayout()
        self.rows.setSpacing(3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(5)
        layout.addWidget(self.title)
        layout.addLayout(self.rows)
        layout.addStretch(1)
        self._rows: list[tuple[type[QWidget], QWidget]] = []
        self._used = 0

    def clear(self) -> None:
        """Start filling again from the first row."""
        self._used = 0

    def finish(self) -> None:
        """Drop the rows this filling did not use."""
        for _kind, widget in self._rows[self._used :]:
            self.rows.removeWidget(widget)
            widget.hide()
            widget.setParent(None)  # gone from findChildren (and the texts) at once
            widget.deleteLater()
        del self._rows[self._used :]

    def row(self, kind: type[W]) -> W:
        """The next row, of class `kind`: the one at this place if it is one, else a new one
        (the rows after it are dropped: the card changed its shape)."""
        if self._used < len(self._rows) and self._rows[self._used][0] is kind:
            widget = self._rows[self._used][1]
        else:
            self.finish()
            widget = kind()
            self.rows.addWidget(widget)
            widget.show()  # now: the layout would only queue it (texts() skips hidden ones)
            self._rows.append((kind, widget))
        self._used += 1
        assert isinstance(widget, kind)
        return widget

    def add_line(self, text: str, role: str = "") -> ElidedLabel:
        label = self.row(ElidedLabel)
        label.set_full_text(text)
        set_role(label, role)
        return label

    def add_notes(self, text: str, accessible_name: str) -> QLabel:
        label = self.row(_NotesLabel)
        label.setText(text)
        label.setAccessibleName(accessible_name)
        return label

    def add_link(self, text: str, action: Callable[[], object], tooltip: str = "") -> LinkButton:
        button = self.row(LinkButton)
        button.set_link(text, action, tooltip)
        return button

    def texts(self) -> list[str]:
        """The texts of its labels (for tests and screen readers)."""
        return [
            label.text()
            for label in self.findChildren(QLabel)
            if label.text() and not label.isHidden()
        ]


class _NotesLabel(QLabel):
    """A few wrapped lines of a note (already cut to a preview)."""

    def __init__(self) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
