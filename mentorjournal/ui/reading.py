"""Reading notes of any length: bounded previews for labels and tooltips, and a reader for the
whole note.

QLabel (with word wrap) and rich-text QTextEdit lay out the whole text they are given: a 5 MB
reflection froze a tab for seconds. Labels and tooltips get a `preview_text` (the start of the
note and a "… (note continues, 4.8 MB)" line); the reading panes and the "Read all…" window
are a `NoteReader`, a QPlainTextEdit, which lays out only the paragraphs on screen. A single
paragraph of megabytes would still be laid out at once, so the reader shows very long
paragraphs as several display blocks (broken between words) and gives them back joined:
`toPlainText()` and copying return the note exactly as written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QMimeData, Qt
from PySide6.QtGui import QFont, QPalette, QTextBlock, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..services.previews import PREVIEW_CHARS, PREVIEW_LINES, Preview, preview, safe_cut

Block = tuple[str, str]  # (kind, text): kind is "title", "meta", "heading" or "body"

# Longer paragraphs are shown as display blocks of about this size (layout cost is per block).
DISPLAY_BLOCK_CHARS = 4000
_CONTINUES = 1  # QTextBlock.userState(): this block continues the paragraph before it


def _tr(text: str) -> str:
    return QCoreApplication.translate("NoteReader", text)


def continues_marker(p: Preview) -> str:
    """ "… (note continues, 4.8 MB)" for a cut preview."""
    size = QLocale().formattedDataSize(p.total_bytes, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
    return _tr("… (note continues, {size})").format(size=size)


def preview_text(text: str, limit: int = PREVIEW_CHARS, lines: int = PREVIEW_LINES) -> str:
    """The start of `text` for a label or tooltip, with the marker on a line of its own when
    the note goes on (its own paragraph: it never takes the note's writing direction)."""
    p = preview(text, limit, lines)
    return f"{p.text}\n{continues_marker(p)}" if p.cut else p.text


def _display_lines(text: str) -> list[tuple[str, bool]]:
    """The paragraphs of `text` as (line, continues) pairs, long ones broken between words."""
    out: list[tuple[str, bool]] = []
    for paragraph in text.split("\n"):
        if len(paragraph) <= DISPLAY_BLOCK_CHARS:
            out.append((paragraph, False))
            continue
        start, first = 0, True
        while start < len(paragraph):
            end = start + DISPLAY_BLOCK_CHARS
            if end < len(paragraph):
                space = paragraph.rfind(" ", start + DISPLAY_BLOCK_CHARS // 2, end)
                end = safe_cut(paragraph, space + 1 if space > 0 else end)
                if end <= start:  # one unbreakable character run: cut it anyway
                    end = start + DISPLAY_BLOCK_CHARS
            out.append((paragraph[start:end], not first))
            start, first = end, False
    return out


class NoteReader(QPlainTextEdit):
    """A read-only pane for sessions, goals and reflections: headings in bold, the trainer's
    text exactly as typed (plain text, never markup), whole notes of megabytes included."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAccessibleName(accessible_name)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.document().setDocumentMargin(10)
        self._broken = False  # some paragraph is shown as several display blocks
        self._align_to_reading_side()

    def _align_to_reading_side(self) -> None:
        """Lines start at the window's reading side (right in Arabic), whatever the script.

        Absolute alignment, because Qt's plain AlignLeft follows each paragraph's own
        direction: in the Arabic window English notes sat on the left beside right-aligned
        labels. The text direction stays automatic, so each paragraph still orders its words
        by its own script."""
        option = self.document().defaultTextOption()
        side = (
            Qt.AlignmentFlag.AlignRight
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        option.setAlignment(Qt.AlignmentFlag.AlignAbsolute | side)
        self.document().setDefaultTextOption(option)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._align_to_reading_side()

    def show_blocks(self, blocks: list[Block]) -> None:
        lines: list[str] = []
        styled: list[tuple[int, str]] = []  # (block number, kind) of the non-body blocks
        continued: list[int] = []
        for kind, text in blocks:
            if kind == "heading" and lines:
                lines.append("")  # the reader has no block margins: a blank line instead
            if kind != "body":
                styled.append((len(lines), kind))
                lines.append(" ".join(text.split()))
                continue
            for line, continues in _display_lines(text):
                if continues:
                    continued.append(len(lines))
                lines.append(line)
        self._broken = bool(continued)
        # setPlainText() writes with the cursor's format: after a first filling that is the
        # title's (bold), so start from the plain one.
        self.setCurrentCharFormat(QTextCharFormat())
        self.setPlainText("\n".join(lines))
        document = self.document()
        for number in continued:
            document.findBlockByNumber(number).setUserState(_CONTINUES)
        for number, kind in styled:
            self._style(document.findBlockByNumber(number), kind)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _style(self, block: QTextBlock, kind: str) -> None:
        fmt = QTextCharFormat()
        if kind in ("title", "heading"):
            fmt.setFontWeight(QFont.Weight.DemiBold)
        if kind == "heading":
            fmt.setForeground(self.palette().color(QPalette.ColorRole.Link))
        elif kind == "meta":
            fmt.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)

    def clear(self) -> None:
        self._broken = False
        super().clear()

    # --- the text as written --------------------------------------------------------------
    def _joined(self, start: int, end: int) -> str:
        """The text between two positions, display breaks removed."""
        block = self.document().findBlock(start)
        parts: list[str] = []
        while block.isValid() and block.position() <= end:
            at = block.position()
            if parts:
                parts.append("" if block.userState() == _CONTINUES else "\n")
            parts.append(block.text()[max(0, start - at) : max(0, end - at)])
            block = block.next()
        return "".join(parts)

    def toPlainText(self) -> str:  # noqa: N802 - Qt's name
        """What is shown, with long paragraphs joined again as they were written."""
        if not self._broken:
            return super().toPlainText()
        return self._joined(0, self.document().characterCount())

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt's name
        if not self._broken:
            return super().createMimeDataFromSelection()
        cursor = self.textCursor()
        mime = QMimeData()
        mime.setText(self._joined(cursor.selectionStart(), cursor.selectionEnd()))
        return mime


class NoteDialog(QDialog):
    """A window with one whole note, for places that show only its start (the Overview)."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.reader = NoteReader(title, self)
        self.reader.show_blocks([("body", text)])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reader, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)


def show_note(parent: QWidget, title: str, text: str) -> NoteDialog:
    """Open the whole note in its own window (not blocking: tests and the app go on)."""
    dialog = NoteDialog(title, text, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
