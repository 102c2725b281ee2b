"""The mentee list's filter panel: tag, programme, cohort, last-session dates and overdue
action items, combined with each other and with the status and the typed text.

The choices come from the rows the list already read (no database round trip), so opening
the panel or changing a filter costs only the in-memory filtering.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QWidget

from ..services import MenteeSummary, fold
from ..services.filters import MenteeFilter
from .widgets import OptionalDateEdit


def distinct(values: Iterable[str]) -> list[str]:
    """Non-empty values once per folded form (the spelling met first), sorted."""
    # Thousands of mentees share a few dozen programmes, cohorts and tags: drop the exact
    # repeats first (dict.fromkeys keeps the first of each, in order, at C speed) and fold
    # each spelling once, not once per mentee.
    seen: dict[str, str] = {}
    for value in dict.fromkeys(v.strip() for v in values):
        if value:
            seen.setdefault(fold(value), value)
    return sorted(seen.values(), key=fold)


def without_panel_criteria(base: MenteeFilter) -> MenteeFilter:
    """`base` (status and text) with none of the panel's criteria: what a panel with
    nothing chosen applies (`MenteeFilterPanel.applied_to`)."""
    return base.with_(
        tags=frozenset(),
        programme=None,
        cohort=None,
        last_session_from=None,
        last_session_to=None,
        overdue_only=False,
    )


class ChoiceCombo(QComboBox):
    """ "Any …" first, then the values; `value()` is None for any."""

    def __init__(self, any_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._any_text = any_text
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.set_values([])

    def value(self) -> str | None:
        data = self.currentData()
        return str(data) if data is not None else None

    def set_value(self, value: str | None) -> None:
        index = self.findData(value) if value is not None else 0
        self.setCurrentIndex(max(index, 0))

    def set_values(self, values: Sequence[str]) -> None:
        """Replace the choices, keeping the chosen value when it is still offered."""
        current = self.value() if self.count() else None
        self.blockSignals(True)
        try:
            self.clear()
            self.addItem(self._any_text, None)
            for value in values:
                self.addItem(value, value)
            self.set_value(current if current in values else None)
        finally:
            self.blockSignals(False)


class MenteeFilterPanel(QWidget):
    """The filters beyond status and text. Emits `changed` when the trainer changes one."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tag = ChoiceCombo(self.tr("Any tag"))
        self.tag.setAccessibleName(self.tr("Filter by tag"))
        self.programme = ChoiceCombo(self.tr("Any programme"))
        self.programme.setAccessibleName(self.tr("Filter by programme"))
        self.cohort = ChoiceCombo(self.tr("Any cohort"))
        self.cohort.setAccessibleName(self.tr("Filter by cohort"))
        self.last_from = OptionalDateEdit()
        self.last_from.setAccessibleName(self.tr("Last session from"))
        self.last_from.setToolTip(self.tr("Mentees whose last session was on or after this date"))
        self.last_to = OptionalDateEdit()
        self.last_to.setAccessibleName(self.tr("Last session until"))
        self.last_to.setToolTip(self.tr("Mentees whose last session was on or before this date"))
        self.overdue = QCheckBox(self.tr("Only with overdue action items"))
        for combo in (self.tag, self.programme, self.cohort):
            combo.currentIndexChanged.connect(self.changed)
        self.last_from.changed.connect(self.changed)
        self.last_to.changed.connect(self.changed)
        self.overdue.toggled.connect(self.changed)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(8)
        form.setVerticalSpacing(6)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, widget in (
            (self.tr("&Tag:"), self.tag),
            (self.tr("&Programme:"), self.programme),
            (self.tr("C&ohort:"), self.cohort),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        dates = QHBoxLayout()
        dates.setSpacing(4)
        dates.addWidget(self.last_from, 1)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.last_to, 1)
        label = QLabel(self.tr("&Last session:"))
        label.setBuddy(self.last_from)
        form.addRow(label, dates)
        form.addRow("", self.overdue)

    def set_choices(self, summaries: Sequence[MenteeSummary]) -> None:
        """Offer the tags, programmes and cohorts of these mentees (keeps what is chosen)."""
        self.tag.set_values(distinct(t for m in summaries for t in m.tags))
        self.programme.set_values(distinct(m.programme for m in summaries))
        self.cohort.set_values(distinct(m.cohort for m in summaries))

    def applied_to(self, base: MenteeFilter) -> MenteeFilter:
        """`base` (status and text) with this panel's criteria."""
        tag = self.tag.value()
        start, end = self.last_from.date(), self.last_to.date()
        if start is not None and end is not None and end < start:
            start, end = end, start  # a range typed backwards still means that range
        return base.with_(
            tags=frozenset({tag}) if tag is not None else frozenset(),
            programme=self.programme.value(),
            cohort=self.cohort.value(),
            last_session_from=start,
            last_session_to=end,
            overdue_only=self.overdue.isChecked(),
        )

    def set_criteria(
        self,
        *,
        tag: str | None = None,
        programme: str | None = None,
        cohort: str | None = None,
        last_from: date | None = None,
        last_to: date | None = None,
        overdue: bool = False,
    ) -> None:
        """Set every criterion at once, emitting `changed` once (Clear and tests)."""
        self.blockSignals(True)
        try:
            self.tag.set_value(tag)
            self.programme.set_value(programme)
            self.cohort.set_value(cohort)
            self.last_from.set_date(last_from)
            self.last_to.set_date(last_to)
            self.overdue.setChecked(overdue)
        finally:
            self.blockSignals(False)
        self.changed.emit()
