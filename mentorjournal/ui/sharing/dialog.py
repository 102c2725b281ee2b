"""The Share dialog: a mentee's summary, every mentee's summaries or the programme report, as
PDF, Markdown, HTML, CSV or a calendar file; saved, or previewed and printed.

Private notes stay out unless "Include private notes" is ticked, and the dialog says so in
plain words next to the box. The choices map to files in `reports/share.py` (Qt-free, the
same rules as `mentorjournal report`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...reports.share import (
    FOR_EVERYONE,
    FOR_PROGRAMME,
    PAGED,
    Format,
    Scope,
    ShareRequest,
    render,
    suggested_name,
)
from ...services import Services
from ...services.summaries import Section
from ...store.errors import JournalError
from ..screen_fit import fit_height, scrolling
from ..style import colour
from ..translation import translatable
from ..widgets.dates import OptionalDateEdit
from .wording import app_wording

FORMAT_NAMES = {
    Format.PDF: translatable("ShareDialog", "PDF document"),
    Format.MARKDOWN: translatable("ShareDialog", "Markdown text"),
    Format.HTML: translatable("ShareDialog", "Web page (HTML)"),
    Format.CSV: translatable("ShareDialog", "Spreadsheet (CSV)"),
    Format.CALENDAR: translatable(
        "ShareDialog", "Calendar (.ics): next meeting and open action items"
    ),
}
CSV_TABLE_NAMES = {
    "sessions": translatable("ShareDialog", "Sessions"),
    "action_items": translatable("ShareDialog", "Action items"),
    "goals": translatable("ShareDialog", "Goals with progress"),
    "skill_ratings": translatable("ShareDialog", "Skill ratings"),
}
SECTION_NAMES = {
    Section.PROFILE: translatable("ShareDialog", "Profile"),
    Section.GOALS: translatable("ShareDialog", "Goals, with the progress chart"),
    Section.SKILLS: translatable("ShareDialog", "Skills, with the ratings chart"),
    Section.SESSIONS: translatable("ShareDialog", "Sessions and action items"),
    Section.REFLECTIONS: translatable("ShareDialog", "Reflections"),
}
FILTERS = {
    Format.PDF: translatable("ShareDialog", "PDF documents (*.pdf)"),
    Format.MARKDOWN: translatable("ShareDialog", "Markdown (*.md)"),
    Format.HTML: translatable("ShareDialog", "Web pages (*.html)"),
    Format.CSV: translatable("ShareDialog", "CSV spreadsheets (*.csv)"),
    Format.CALENDAR: translatable("ShareDialog", "Calendar files (*.ics)"),
}
PRIVATE_OFF = translatable(
    "ShareDialog",
    "Private notes, private session notes and private reflections are left out of this file.",
)
PRIVATE_ON = translatable(
    "ShareDialog",
    "Private notes WILL be in this file. Share it only with someone allowed to read them; "
    "the file says it is confidential.",
)


class ShareDialog(QDialog):
    """Choose what to share and how; Save… writes the file, Preview… shows it for printing."""

    saved = Signal(str)  # the path written

    def __init__(
        self,
        services: Services,
        mentee_id: int | None,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
        scope: Scope = Scope.MENTEE,
        fmt: Format = Format.PDF,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.mentee_id = mentee_id
        self.today = today
        self.mentee_name = services.mentees.get(mentee_id).full_name if mentee_id else ""
        self.last_pdf: bytes | None = None  # the latest PDF made, for tests and the preview
        self.preview: QDialog | None = None
        self.setWindowTitle(self.tr("Share a summary"))
        self.setWindowModality(Qt.WindowModality.WindowModal)

        # The choices scroll (Amharic or Arabic at 150 % is taller than a 768 px screen);
        # the problem line and the buttons stay below them, always in view.
        choices = QWidget()
        fields = QVBoxLayout(choices)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addWidget(self._what_box())
        fields.addWidget(self._period_box())
        fields.addWidget(self._sections_box())
        fields.addWidget(self._format_box())
        fields.addWidget(self._privacy_box())
        fields.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(choices), 1)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {colour('warning').name()};")
        self.problem.setAccessibleName(self.tr("Problem"))
        layout.addWidget(self.problem)

        buttons = QDialogButtonBox()
        self.preview_button = QPushButton(self.tr("&Preview and print…"))
        self.save_button = QPushButton(self.tr("&Save…"))
        self.save_button.setDefault(True)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.show_preview)
        self.save_button.clicked.connect(self.save_with_dialog)
        layout.addWidget(buttons)

        self.scope_buttons[scope].setChecked(True)
        self.format_combo.setCurrentIndex(self.format_combo.findData(fmt.value))
        self._update()
        self.scope_buttons[scope].setFocus()  # keyboard users start at the first choice
        fit_height(self)

    # --- the form ------------------------------------------------------------------------------
    def _what_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What"))
        grid = QVBoxLayout(box)
        self.scope_group = QButtonGroup(self)
        who = self.mentee_name or self.tr("the selected mentee")
        self.scope_buttons = {
            Scope.MENTEE: QRadioButton(self.tr("Summary of {name}").format(name=who)),
            Scope.EVERYONE: QRadioButton(self.tr("Summaries of every mentee, in one file")),
            Scope.PROGRAMME: QRadioButton(self.tr("Programme report (one line per mentee)")),
        }
        self.scope_buttons[Scope.MENTEE].setEnabled(self.mentee_id is not None)
        for button in self.scope_buttons.values():
            self.scope_group.addButton(button)
            grid.addWidget(button)
            button.toggled.connect(lambda _on: self._update())
        return box

    def _period_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Period"))
        row = QHBoxLayout(box)
        self.period_from = OptionalDateEdit()
        self.period_to = OptionalDateEdit()
        self.period_from.setAccessibleName(self.tr("Period from"))
        self.period_to.setAccessibleName(self.tr("Period to"))
        self.period_combo = QComboBox()
        self.period_combo.setAccessibleName(self.tr("Period"))
        for label, months in (
            (self.tr("All records"), 0),
            (self.tr("Last 3 months"), 3),
            (self.tr("Last 6 months"), 6),
            (self.tr("Last 12 months"), 12),
        ):
            self.period_combo.addItem(label, months)
        self.period_combo.currentIndexChanged.connect(self._period_chosen)
        row.addWidget(self.period_combo)
        row.addWidget(QLabel(self.tr("from")))
        row.addWidget(self.period_from)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.period_to)
        row.addStretch(1)
        self.period_from.changed.connect(self._update)
        self.period_to.changed.connect(self._update)
        return box

    def _sections_box(self) -> QGroupBox:
        self.sections_box = box = QGroupBox(self.tr("Sections"))
        grid = QGridLayout(box)
        self.section_checks: dict[Section, QCheckBox] = {}
        for i, (section, label) in enumerate(SECTION_NAMES.items()):
            check = QCheckBox(self.tr(label))
            check.setChecked(True)
            check.toggled.connect(lambda _on: self._update())
            self.section_checks[section] = check
            grid.addWidget(check, i // 2, i % 2)
        return box

    def _format_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Format"))
        form = QFormLayout(box)
        self.format_combo = QComboBox()
        self.format_combo.setAccessibleName(self.tr("Format"))
        for fmt, label in FORMAT_NAMES.items():
            self.format_combo.addItem(self.tr(label), fmt.value)
        self.format_combo.currentIndexChanged.connect(lambda _i: self._update())
        self.paper_combo = QComboBox()
        self.paper_combo.setAccessibleName(self.tr("Paper size"))
        self.paper_combo.addItem("A4", "A4")
        self.paper_combo.addItem(self.tr("US Letter"), "Letter")
        self.table_combo = QComboBox()
        self.table_combo.setAccessibleName(self.tr("Table"))
        for table, label in CSV_TABLE_NAMES.items():
            self.table_combo.addItem(self.tr(label), table)
        form.addRow(self.tr("F&ormat:"), self.format_combo)
        form.addRow(self.tr("Pa&per:"), self.paper_combo)
        form.addRow(self.tr("&Table:"), self.table_combo)
        return box

    def _privacy_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Privacy"))
        column = QVBoxLayout(box)
        self.private_check = QCheckBox(self.tr("&Include private notes"))
        self.private_label = QLabel()
        self.private_label.setTextFormat(Qt.TextFormat.PlainText)
        self.private_label.setWordWrap(True)
        # Room for the longer, two-line warning: the dialog does not jump when it is ticked.
        self.private_label.setMinimumHeight(self.private_label.fontMetrics().lineSpacing() * 2 + 4)
        self.anonymise_check = QCheckBox(
            self.tr("&Anonymise: names become codes (M-001, M-002…), no contact details")
        )
        self.private_check.toggled.connect(lambda _on: self._update())
        column.addWidget(self.private_check)
        column.addWidget(self.private_label)
        column.addWidget(self.anonymise_check)
        return box

    # --- state ---------------------------------------------------------------------------------
    def request(self) -> ShareRequest:
        scope = next(s for s, b in self.scope_buttons.items() if b.isChecked())
        return ShareRequest(
            scope=scope,
            format=Format(self.format_combo.currentData()),
            mentee_id=self.mentee_id,
            period_from=self.period_from.date(),
            period_to=self.period_to.date(),
            sections=frozenset(s for s, c in self.section_checks.items() if c.isChecked()),
            include_private=self.private_check.isChecked(),
            anonymise=self.anonymise_check.isChecked(),
            page_size=str(self.paper_combo.currentData()),
            csv_table=str(self.table_combo.currentData()),
        )

    def _period_chosen(self, _index: int) -> None:
        months = int(self.period_combo.currentData())
        if months == 0:
            self.period_from.set_date(None)
            self.period_to.set_date(None)
            return
        end = self.today()
        month = end.month - months
        year = end.year + (month - 1) // 12
        start = date(year, (month - 1) % 12 + 1, 1)
        self.period_from.set_date(start)
        self.period_to.set_date(end)

    def _update(self) -> None:
        request = self.request()
        model = self.format_combo.model()
        allowed = {
            Scope.MENTEE: set(Format),
            Scope.EVERYONE: set(FOR_EVERYONE),
            Scope.PROGRAMME: set(FOR_PROGRAMME),
        }[request.scope]
        for row in range(self.format_combo.count()):
            item = model.index(row, 0)
            enabled = Format(self.format_combo.itemData(row)) in allowed
            model.setData(item, None if enabled else 0, Qt.ItemDataRole.UserRole - 1)
        programme = request.scope == Scope.PROGRAMME
        self.sections_box.setEnabled(not programme and request.format != Format.CALENDAR)
        self.paper_combo.setEnabled(request.format in PAGED)
        self.table_combo.setEnabled(request.format == Format.CSV and not programme)
        self.preview_button.setEnabled(request.format in PAGED)
        self.private_check.setEnabled(not programme)
        self.private_label.setText(self.tr(PRIVATE_ON if request.include_private else PRIVATE_OFF))
        self.private_label.setStyleSheet(
            "color: #92400e; font-weight: bold;" if request.include_private else "color: #5f6b7a;"
        )
        problems = request.problems()
        self.problem.setText(self.tr(problems[0]) if problems else "")
        self.save_button.setEnabled(not problems)

    # --- making the file -----------------------------------------------------------------------
    def make(self) -> bytes | None:
        """The file's content, or None (the reason shown in the dialog)."""
        request = self.request()
        problems = request.problems()
        if problems:
            self.problem.setText(self.tr(problems[0]))
            return None
        progress = None
        if request.scope == Scope.EVERYONE:
            progress = QProgressDialog(self.tr("Writing the summaries…"), "", 0, 0, self)
            progress.setCancelButton(None)
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(300)

        def advance(done: int, total: int) -> None:
            if progress is not None:
                progress.setMaximum(total)
                progress.setValue(done)
            QApplication.processEvents()  # the PDF is written in Python: keep painting

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        from ...reports.pdf.fonts import FontsMissing

        try:
            content = render(self.services, request, self.today(), advance, app_wording())
        except (FontsMissing, JournalError, OSError) as error:  # say it, keep the choices
            self.problem.setText(
                self.tr("The file could not be made: {reason}").format(
                    reason=str(error) or type(error).__name__
                )
            )
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
            if progress is not None:
                progress.close()
        if request.format == Format.PDF:
            self.last_pdf = content
        return content

    def save_to(self, path: Path) -> bool:
        """Write the file to `path` (atomically, owner-only); False with the reason shown."""
        from ...reports.files import write_atomically

        content = self.make()
        if content is None:
            return False
        try:
            write_atomically(path, content)
        except OSError as error:
            self.problem.setText(
                self.tr("The file could not be saved: {reason}").format(
                    reason=error.strerror or str(error)
                )
            )
            return False
        self.saved.emit(str(path))
        self.accept()
        return True

    def save_with_dialog(self) -> bool:
        request = self.request()
        if request.problems():
            return False
        name = suggested_name(request, self.mentee_name, self.today())
        suffix = Path(name).suffix
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save summary"),
            str(Path.home() / name),
            self.tr(FILTERS[request.format]),
        )
        if not chosen:
            return False
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        return self.save_to(path)

    def show_preview(self) -> QDialog | None:
        """Qt's print preview of the PDF (its Print button opens the print dialog)."""
        from .pdf_pages import preview_dialog

        content = self.make()
        if content is None:
            return None
        request = self.request()
        self.preview = preview_dialog(self, content, request.page_size, self.tr("Print preview"))
        self.preview.open()
        return self.preview
