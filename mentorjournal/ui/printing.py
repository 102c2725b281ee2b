"""Printing and PDF export of HTML documents (the pre-meeting brief, later the summaries).

The HTML is built elsewhere, escaped and Qt-free (`mentorjournal.reports`); here it is laid
out on a QTextDocument and sent to a printer, or written to a PDF file atomically with
owner-only permissions (the journal's data is confidential).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from .style import app_font


def document(html: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(app_font())
    doc.setHtml(html)
    return doc


def _page_setup(printer: QPrinter) -> None:
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(16, 14, 16, 14),
            QPageLayout.Unit.Millimeter,
        )
    )


def print_html(parent: QWidget, html: str, title: str) -> bool:
    """Ask for a printer and print `html`; False when the trainer cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    _page_setup(printer)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    document(html).print_(printer)
    return True


def write_pdf(html: str, path: Path, title: str = "") -> None:
    """Write `html` as a PDF to `path`: a temporary file in the same folder, then replaced."""
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        os.chmod(tmp, 0o600)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp))
        printer.setDocName(title)
        _page_setup(printer)
        document(html).print_(printer)
        del printer  # closes the file
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def ask_pdf_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    """The file the trainer chose to save a PDF to (".pdf" added when missing), or None."""
    name, _filter = QFileDialog.getSaveFileName(
        parent, title, str(Path.home() / suggested), parent.tr("PDF documents (*.pdf)")
    )
    if not name:
        return None
    chosen = Path(name)
    return chosen if chosen.suffix.lower() == ".pdf" else chosen.with_name(chosen.name + ".pdf")
