"""The Share dialog, driven as a trainer would: choices, privacy wording, saving each format,
the print preview, and the calendar file from the Mentee menu."""

from __future__ import annotations

import io
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QFileDialog

from mentorjournal.reports.share import Format, Scope
from mentorjournal.services import Services
from mentorjournal.ui import translation
from mentorjournal.ui.main_window import MainWindow
from mentorjournal.ui.sharing import open_share_dialog
from mentorjournal.ui.sharing.dialog import ShareDialog
from mentorjournal.ui.sharing.pdf_pages import paint_pdf
from mentorjournal.ui.translation import install_language
from tests.reports.summary_known import GOAL, MARKER, NAME, NOTE, TODAY, Known, fill_summary_journal
from tests.ui.test_translation import compile_shipped


@pytest.fixture
def known(services: Services) -> Known:
    return fill_summary_journal(services)


@pytest.fixture
def window(qtbot: Any, services: Services, known: Known) -> Iterator[MainWindow]:
    w = MainWindow(services, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert w.select_mentee(known.selam)
    yield w


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(path).pages)


def _dialog(window: MainWindow, qtbot: Any) -> ShareDialog:
    window.act_share.trigger()  # type: ignore[attr-defined]
    dialog: ShareDialog = window.share_dialog  # type: ignore[attr-defined]
    qtbot.waitExposed(dialog)
    return dialog


def test_share_saves_the_mentees_pdf_without_private_notes(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    dialog = _dialog(window, qtbot)
    assert dialog.scope_buttons[Scope.MENTEE].isChecked()
    assert NAME in dialog.scope_buttons[Scope.MENTEE].text()
    assert "left out" in dialog.private_label.text()
    out = tmp_path / "selam.pdf"
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save_to(out)
    text = _pdf_text(out)
    assert NAME in text and GOAL in text and NOTE in text and MARKER not in text
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert str(out) in window.statusBar().currentMessage()


def test_ticking_private_notes_says_so_and_includes_them(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    dialog = _dialog(window, qtbot)
    dialog.private_check.setFocus()
    qtbot.keyClick(dialog.private_check, Qt.Key.Key_Space)
    assert dialog.private_check.isChecked()
    assert "WILL be in this file" in dialog.private_label.text()
    out = tmp_path / "private.pdf"
    assert dialog.save_to(out)
    text = _pdf_text(out)
    assert text.count(MARKER) == 3 and "confidential" in text


def test_save_dialog_adds_the_suffix_and_sections_apply(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "for-employer"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), "Web pages (*.html)")
    )
    dialog = _dialog(window, qtbot)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(Format.HTML.value))
    for section, check in dialog.section_checks.items():
        check.setChecked(section.value == "goals")
    assert dialog.save_with_dialog()
    html = (tmp_path / "for-employer.html").read_text(encoding="utf-8")
    assert GOAL in html and NOTE not in html


def test_impossible_choices_are_explained_and_cannot_be_saved(
    window: MainWindow, qtbot: Any
) -> None:
    dialog = _dialog(window, qtbot)
    for check in dialog.section_checks.values():
        check.setChecked(False)
    assert "at least one section" in dialog.problem.text()
    assert not dialog.save_button.isEnabled()
    for check in dialog.section_checks.values():
        check.setChecked(True)
    dialog.scope_buttons[Scope.EVERYONE].setChecked(True)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(Format.MARKDOWN.value))
    assert "one PDF or as CSV" in dialog.problem.text()
    assert not dialog.save_button.isEnabled()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(Format.PDF.value))
    assert dialog.problem.text() == "" and dialog.save_button.isEnabled()


def test_everyone_in_one_pdf_and_the_programme_report(
    window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    dialog = _dialog(window, qtbot)
    dialog.scope_buttons[Scope.EVERYONE].setChecked(True)
    out = tmp_path / "all.pdf"
    assert dialog.save_to(out)
    assert "Contents" in _pdf_text(out)
    programme = open_share_dialog(window, Scope.PROGRAMME)
    assert not programme.sections_box.isEnabled() and not programme.private_check.isEnabled()
    programme.anonymise_check.setChecked(True)
    out = tmp_path / "programme.pdf"
    assert programme.save_to(out)
    text = _pdf_text(out)
    assert "Programme report" in text and "M-001" in text and NAME not in text


def test_preview_shows_every_page_of_the_pdf(window: MainWindow, qtbot: Any) -> None:
    dialog = _dialog(window, qtbot)
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("Letter"))
    preview = dialog.show_preview()
    assert isinstance(preview, QPrintPreviewDialog)
    qtbot.waitExposed(preview)
    assert dialog.last_pdf is not None
    pages = len(pypdf.PdfReader(io.BytesIO(dialog.last_pdf)).pages)
    assert pages >= 2
    preview.done(0)


def test_printing_paints_each_pdf_page(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    dialog = _dialog(window, qtbot)
    pdf = dialog.make()
    assert pdf is not None
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)
    paint_pdf(printer, pdf)
    del printer
    assert len(pypdf.PdfReader(printed).pages) == len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_calendar_file_from_the_mentee_menu(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    window.act_calendar.trigger()  # type: ignore[attr-defined]
    dialog: ShareDialog = window.share_dialog  # type: ignore[attr-defined]
    assert dialog.request().format == Format.CALENDAR
    assert not dialog.preview_button.isEnabled() and not dialog.paper_combo.isEnabled()
    out = tmp_path / "selam.ics"
    assert dialog.save_to(out)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR") and "VTODO" in text


def test_csv_tables_for_a_spreadsheet(window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    dialog = _dialog(window, qtbot)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(Format.CSV.value))
    assert dialog.table_combo.isEnabled() and not dialog.preview_button.isEnabled()
    dialog.table_combo.setCurrentIndex(dialog.table_combo.findData("goals"))
    out = tmp_path / "goals.csv"
    assert dialog.save_to(out)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM for spreadsheet programs
    assert GOAL in data.decode("utf-8-sig") and NOTE not in data.decode("utf-8-sig")


@pytest.fixture
def french(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The app in French, with the shipped translation, as chosen in Settings."""
    folder = compile_shipped(tmp_path / "shipped")
    monkeypatch.setattr(translation, "translations_dir", lambda: folder)
    assert install_language(qapp, "fr") == "fr"
    yield
    install_language(qapp, "en")


def test_the_summary_is_written_in_the_apps_language(
    french: None, window: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    dialog = _dialog(window, qtbot)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(Format.MARKDOWN.value))
    out = tmp_path / "selam.md"
    assert dialog.save_to(out)
    text = out.read_text(encoding="utf-8")
    short = QLocale("fr").monthName(11, QLocale.FormatType.ShortFormat)  # "nov."
    assert short != "Nov"
    assert f"30 {short} 2026" in text and "30 Nov 2026" not in text  # the period's end
    assert "## Profil\n" in text and "## Objectifs\n" in text  # translated headings
