"""The Progress tab: one chart at a time (goals, skills, one skill over time, confidence,
session cadence), its data as a text table, saving the chart, and rating skills.

Nothing is read or drawn while the tab is hidden: `load()` only remembers the mentee, and the
chart is built when the tab is shown (matplotlib, ~0.8 s to import, loads then). One chart at
a time keeps opening the tab well under the 300 ms a trainer notices.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...charts.data import SkillHistory
from ...charts.style import ChartLocale
from ...charts.tables import (
    ChartTable,
    confidence_table,
    goal_progress_table,
    session_cadence_table,
    skill_comparison_table,
    skill_history_table,
)
from ...services import Services
from ..chart_locale import chart_locale
from ..chart_table import ChartTableModel
from ..chart_view import ChartView
from ..common import plain_label, section_title, table_view

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from PySide6.QtWidgets import QDialog

# The charts in the chooser, in its order; the keys are stable (tests, settings later).
GOALS, SKILLS, HISTORY, CONFIDENCE, CADENCE = "goals", "skills", "history", "confidence", "cadence"
CHARTS = (GOALS, SKILLS, HISTORY, CONFIDENCE, CADENCE)
CHOOSER_WIDTH = 240
MIN_COLUMN_WIDTH = 120


class ProgressTab(QWidget):
    """A mentee's progress charts, built only when the tab is on screen."""

    def __init__(
        self,
        services: Services,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self._today = today
        self.mentee_id: int | None = None
        # Chart data of `mentee_id` read so far, by chart key: only what was shown is read.
        self.data: dict[str, Any] = {}
        self._skill_id: int | None = None  # the history chart's skill
        self._stale = True
        self._drawn = ""  # the key of the chart on screen
        self._locale: ChartLocale | None = None
        self.rating_dialog: QDialog | None = None

        self.chooser = QListWidget()
        self.chooser.setAccessibleName(self.tr("Chart"))
        titles = {
            GOALS: self.tr("Goals progress"),
            SKILLS: self.tr("Skills: first vs latest"),
            HISTORY: self.tr("One skill over time"),
            CONFIDENCE: self.tr("Confidence"),
            CADENCE: self.tr("Sessions per month"),
        }
        for key in CHARTS:
            self.chooser.addItem(titles[key])
        self.chooser.setSpacing(3)
        self.chooser.setCurrentRow(0)
        self.chooser.currentRowChanged.connect(self._on_chart_chosen)
        rows = (self.chooser.sizeHintForRow(0) + 6) * len(CHARTS)
        self.chooser.setFixedHeight(rows + 2 * self.chooser.frameWidth() + 2)
        # How to read the chosen chart, in a sentence: fills the column under the chooser.
        self.hint_label = plain_label(wrap=True, role="muted")
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.skill_label = plain_label(self.tr("Skill:"))
        self.skill_combo = QComboBox()
        self.skill_combo.setAccessibleName(self.tr("Skill"))
        self.skill_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.skill_combo.setMinimumContentsLength(12)
        self.skill_label.setBuddy(self.skill_combo)
        self.skill_combo.currentIndexChanged.connect(self._on_skill_chosen)

        self.table_button = QPushButton(self.tr("Show as table"))
        self.table_button.setCheckable(True)
        self.table_button.setToolTip(self.tr("The chart's data as a table of text"))
        self.table_button.toggled.connect(self._on_table_toggled)
        self.save_button = QPushButton(self.tr("Save chart…"))
        self.save_button.setToolTip(self.tr("Save the chart as a PNG or SVG image"))
        self.save_button.clicked.connect(self.save_chart)
        self.rate_button = QPushButton(self.tr("Rate skills…"))
        self.rate_button.setProperty("role", "primary")
        self.rate_button.setToolTip(
            self.tr("Rate the mentee on the skills of the framework (Ctrl+K)")
        )
        self.rate_button.clicked.connect(self.rate_skills)
        for button in (self.save_button, self.rate_button):
            button.setAccessibleName(button.text().rstrip("…"))

        self.chart_view = ChartView()
        self.table_model = ChartTableModel(self)
        self.table_view = table_view(self.table_model, self.tr("Chart data"))
        self.table_view.setWordWrap(False)
        # Columns are fitted to the width (_fit_columns); a cut cell shows it all as a tooltip.
        self.table_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.chart_view)
        self.stack.addWidget(self.table_view)

        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(section_title(self.tr("Chart")))
        left.addWidget(self.chooser)
        left.addSpacing(4)
        left.addWidget(self.skill_label)
        left.addWidget(self.skill_combo)
        left.addSpacing(6)
        left.addWidget(self.hint_label)
        left.addStretch(1)
        left.addWidget(self.table_button)
        left.addWidget(self.save_button)
        left.addSpacing(8)
        left.addWidget(self.rate_button)
        chooser_box = QWidget()
        chooser_box.setLayout(left)
        chooser_box.setFixedWidth(CHOOSER_WIDTH)
        left.setContentsMargins(0, 0, 0, 0)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(12)
        layout.addWidget(chooser_box)
        layout.addWidget(self.stack, 1)
        self._update_controls()

    # --- public --------------------------------------------------------------------------
    def load(self, mentee_id: int | None) -> None:
        """Remember the mentee; the charts are read and drawn when the tab is shown (now, if
        it is on screen)."""
        if mentee_id != self.mentee_id:
            self._skill_id = None
        self.mentee_id = mentee_id
        self._stale = True
        if self.isVisible():
            self.refresh()
        else:
            self._update_controls()

    def refresh(self) -> None:
        """Forget what was read and draw the chosen chart from the journal."""
        self._stale = False
        self.data = {}
        self._drawn = ""
        self.show_chart()

    def current_chart(self) -> str:
        return CHARTS[max(0, self.chooser.currentRow())]

    def choose_chart(self, key: str) -> None:
        self.chooser.setCurrentRow(CHARTS.index(key))

    def show_chart(self) -> None:
        """Draw the chosen chart (reading its data if not read yet) and fill its table."""
        key = self.current_chart()
        if self.mentee_id is not None:
            if key not in self.data:
                self.data[key] = self._read(key, self.mentee_id)
            figure, table = self._build(key, self.data[key])
            self.table_model.set_table(table)
            if self.table_view.isVisible():
                self._fit_columns()
            self.chart_view.set_figure(figure, description=table.as_text())
            self._drawn = key
        self._update_controls()

    def figure(self) -> Figure | None:
        return self.chart_view.figure()

    def rate_skills(self) -> QDialog | None:
        """Open the skill rating dialog for the shown mentee (window-modal, not blocking); the
        charts are read again after it saves. The main window's Ctrl+K calls this."""
        if self.mentee_id is None:
            return None
        if self.rating_dialog is not None and self.rating_dialog.isVisible():
            self.rating_dialog.raise_()
            self.rating_dialog.activateWindow()
            return self.rating_dialog
        from ..editors.ratings import SkillRatingDialog

        dialog = SkillRatingDialog(self.services, mentee_id=self.mentee_id, parent=self.window())
        dialog.saved.connect(self._after_rating)
        dialog.finished.connect(lambda _result: self._rating_closed(dialog))
        self.rating_dialog = dialog
        dialog.open()
        return dialog

    def save_chart(self) -> Path | None:
        """Ask where, then save the shown chart as PNG or SVG (the name says which)."""
        return self.chart_view.save_with_dialog()

    # --- Qt ------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # Next turn of the event loop: the mentee page calls load() right after showing the
        # tab, and one read and draw for the new mentee is enough.
        QTimer.singleShot(0, self, self._catch_up)

    def _catch_up(self) -> None:
        if not self.isVisible():
            return
        if self._stale:
            self.refresh()
        elif self._drawn != self.current_chart():
            self.show_chart()

    # --- internals -----------------------------------------------------------------------
    def _chart_locale(self) -> ChartLocale:
        if self._locale is None:
            self._locale = chart_locale()
        return self._locale

    def _hints(self) -> dict[str, str]:
        return {
            GOALS: self.tr(
                "Percent done at each check-in. Solid lines: achieved goals; dashed: open "
                "ones. A diamond marks the target date."
            ),
            SKILLS: self.tr(
                "Per skill, the first rating (hatched) above the latest (solid); the number "
                "is the change in steps of the scale."
            ),
            HISTORY: self.tr(
                "Every rating of one skill: yours as the mentor (solid) and the mentee's own "
                "(dashed). A rating holds until the next one."
            ),
            CONFIDENCE: self.tr(
                "How confident the mentee felt at each session, from 1 (low) to 5 (high)."
            ),
            CADENCE: self.tr(
                "Sessions in each month. Shaded stretches went longer than the agreed "
                "interval without a session."
            ),
        }

    def _read(self, key: str, mentee_id: int) -> Any:
        """One chart's data: one or two small reads, never the whole progress overview."""
        progress = self.services.progress
        if key == GOALS:
            return progress.goal_series(mentee_id)
        if key == SKILLS:
            return progress.skill_comparison(mentee_id)
        if key == HISTORY:
            rated, latest = progress.skill_choices(mentee_id)
            # The chosen skill stays when the same mentee is read again (after rating, say).
            if self._skill_id not in {skill_id for skill_id, _ in rated}:
                self._skill_id = latest
            self._fill_skill_combo(rated)
            if self._skill_id is None:
                return SkillHistory(self.tr("Skill"), ())
            return progress.skill_history(mentee_id, self._skill_id)
        if key == CONFIDENCE:
            return progress.confidence(mentee_id, today=self._today())
        return progress.session_dates(mentee_id, today=self._today())

    def _build(self, key: str, data: Any) -> tuple[Figure, ChartTable]:
        # Late imports: each pulls in matplotlib.
        locale = self._chart_locale()
        if key == GOALS:
            from ...charts.goals import goal_progress_chart

            return goal_progress_chart(data, locale), goal_progress_table(data, locale)
        if key == SKILLS:
            from ...charts.skills import skill_comparison_chart

            return skill_comparison_chart(data, locale), skill_comparison_table(data, locale)
        if key == HISTORY:
            from ...charts.skills import skill_history_chart

            return skill_history_chart(data, locale), skill_history_table(data, locale)
        if key == CONFIDENCE:
            from ...charts.sessions import confidence_chart

            return confidence_chart(data, locale), confidence_table(data, locale)
        from ...charts.sessions import session_cadence_chart

        return session_cadence_chart(data, locale), session_cadence_table(data, locale)

    def _fill_skill_combo(self, rated: tuple[tuple[int, str], ...]) -> None:
        self.skill_combo.blockSignals(True)
        try:
            self.skill_combo.clear()
            for skill_id, name in rated:
                self.skill_combo.addItem(name, skill_id)
            self.skill_combo.setCurrentIndex(self.skill_combo.findData(self._skill_id))
            # The list opens wide enough for long skill names; the closed box shows the start.
            view = self.skill_combo.view()
            view.setMinimumWidth(view.sizeHintForColumn(0) + 24)
        finally:
            self.skill_combo.blockSignals(False)

    def _update_controls(self) -> None:
        has_mentee = self.mentee_id is not None
        history = self.current_chart() == HISTORY
        self.skill_label.setVisible(history)
        self.skill_combo.setVisible(history)
        self.skill_combo.setEnabled(self.skill_combo.count() > 0)
        self.skill_combo.setToolTip(self.skill_combo.currentText())
        self.hint_label.setText(self._hints()[self.current_chart()])
        self.rate_button.setEnabled(has_mentee)
        self.save_button.setEnabled(has_mentee and self.chart_view.figure() is not None)

    def _on_chart_chosen(self, _row: int) -> None:
        if not self.isVisible():
            self._update_controls()  # drawn when shown
        elif self._stale:
            self.refresh()
        else:
            self.show_chart()

    def _on_skill_chosen(self, index: int) -> None:
        skill_id = self.skill_combo.itemData(index)
        if self.mentee_id is None or skill_id is None:
            return
        self._skill_id = int(skill_id)
        self.data[HISTORY] = self.services.progress.skill_history(self.mentee_id, self._skill_id)
        if self.current_chart() == HISTORY:
            self.show_chart()

    def _on_table_toggled(self, on: bool) -> None:
        self.stack.setCurrentWidget(self.table_view if on else self.chart_view)
        self.table_button.setText(self.tr("Show as chart") if on else self.tr("Show as table"))
        if on:
            self._fit_columns()

    def _fit_columns(self) -> None:
        """Columns as wide as their text, but the widest (a long goal title) gives way so
        every column is in sight without scrolling sideways."""
        self.table_view.resizeColumnsToContents()
        header = self.table_view.horizontalHeader()
        sizes = [header.sectionSize(c) for c in range(self.table_model.columnCount())]
        if not sizes:
            return
        view = self.table_view
        # The vertical scroll bar may appear only after this: leave room for it now.
        room = view.width() - 2 * view.frameWidth() - view.verticalScrollBar().sizeHint().width()
        excess = sum(sizes) - room
        if excess > 0:
            widest = sizes.index(max(sizes))
            header.resizeSection(widest, max(MIN_COLUMN_WIDTH, sizes[widest] - excess))

    def _after_rating(self, _mentee_id: int) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _rating_closed(self, dialog: QDialog) -> None:
        if self.rating_dialog is dialog:
            self.rating_dialog = None
        dialog.deleteLater()
