"""A PDF made by the app, on a printer: print preview and printing through Qt's dialogs.

Qt's widgets cannot read PDF, so each page is drawn by PDFium (pypdfium2) into an image at the
printer's resolution and painted on the page: what prints is exactly the PDF that is saved.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

# Enough for crisp text on paper without building huge images (A4 at 200 dpi: 1654 x 2339).
MAX_DPI = 200


def page_images(pdf: bytes, dpi: int) -> list[QImage]:
    """Every page of `pdf` as an image at `dpi`."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    images = []
    try:
        for page in document:
            bitmap = page.render(scale=dpi / 72, prefer_bgrx=True, rev_byteorder=True)
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGBX8888,
            )
            images.append(image.copy())  # own the pixels: PDFium frees its bitmap
            bitmap.close()
            page.close()
    finally:
        document.close()
    return images


def paint_pdf(printer: QPrinter, pdf: bytes) -> None:
    """Paint each page of `pdf` on its own page of `printer`, scaled to the paper."""
    dpi = min(MAX_DPI, max(72, printer.resolution()))
    images = page_images(pdf, dpi)
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        for number, image in enumerate(images):
            if number:
                printer.newPage()
            paper = printer.pageRect(QPrinter.Unit.DevicePixel)
            target = QRectF(0, 0, paper.width(), paper.height())
            scaled = image.size().scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(0, 0, scaled.width(), scaled.height()), image)
    finally:
        painter.end()


def new_printer(page_size: str, title: str) -> QPrinter:
    """A printer set to the PDF's paper and no margins (the PDF has its own)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    size = QPageSize.PageSizeId.Letter if page_size == "Letter" else QPageSize.PageSizeId.A4
    printer.setPageSize(QPageSize(size))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    return printer


def preview_dialog(parent: QWidget, pdf: bytes, page_size: str, title: str) -> QPrintPreviewDialog:
    """Qt's print preview of `pdf`, whose Print button opens Qt's print dialog."""
    printer = new_printer(page_size, title)
    dialog = QPrintPreviewDialog(printer, parent)
    # The dialog only points at the printer: keep it alive as long as the dialog (a printer
    # collected by Python under an open preview crashes the app).
    dialog.printer_ref = printer  # type: ignore[attr-defined]
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda target: paint_pdf(target, pdf))
    dialog.resize(900, 1000)
    return dialog
