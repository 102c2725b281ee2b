"""A PDF document in the app's look: a running header (whose summary, which period), page
numbers "Page n of N", headings, paragraphs of user text, tables and vector charts.

Text is always placed as plain text (fpdf2's markup is never switched on), so a name such as
`<img src=x onerror=alert(1)>` or `**x**` prints exactly as typed. A paragraph whose first
strong letter is right-to-left (Arabic) is set right-aligned; fpdf2 orders the characters of
every line by the Unicode bidirectional algorithm.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from collections.abc import Callable, Container, Sequence
from typing import Any, Literal

from fpdf import FPDF
from fpdf.enums import Align, TableBordersLayout, XPos, YPos
from fpdf.fonts import FontFace, TTFFont

from .fonts import MAIN, font_set
from .svg_text import Shaper, pdf_ready_svg, presentation_shaper

# fpdf2 logs the characters a font lacks (they come from names and notes) and SVG tags it
# skips: nothing for our log file, which must never hold note contents or names.
logging.getLogger("fpdf").setLevel(logging.ERROR)

PageSize = Literal["A4", "Letter"]
PAGE_SIZES: tuple[PageSize, ...] = ("A4", "Letter")

INK = (31, 41, 51)
MUTED = (95, 107, 122)
ACCENT = (15, 118, 110)
RULE = (208, 215, 222)
PRIVATE_BG = (255, 244, 229)
PRIVATE_INK = (146, 64, 14)
HEADING_BG = (236, 242, 244)

BODY = 10
SMALL = 8.5
LINE = 5.2  # mm per body line


# Scripts whose letters change shape with their neighbours, or that stack marks: Hebrew,
# Arabic and its relatives, the Indic and South-East Asian scripts.
_COMPLEX = re.compile("[\u0590-\u08ff\u0900-\u0dff\u0e00-\u109f\u200c\u200d\ufb1d-\ufeff]")


def needs_shaping(text: str) -> bool:
    """True when `text` needs harfbuzz to come out right (joined Arabic letters, combining
    marks, joined emoji). Latin and Ethiopic text does not, and shaping it makes fpdf2's line
    breaking ten times slower, so it is switched on only where needed."""
    return bool(_COMPLEX.search(text)) or any(unicodedata.combining(ch) for ch in text)


def is_rtl(text: str) -> bool:
    """True when most letters with a direction run right to left (Arabic, Hebrew...).

    Not Unicode's "first strong letter" rule: a trainer's English note that starts with an
    Arabic name ("ليلى prepared the bevels…") must stay an English, left-to-right paragraph."""
    rtl = ltr = 0
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            rtl += 1
        elif kind == "L":
            ltr += 1
    return rtl > ltr


class PdfDocument(FPDF):
    """One PDF being written; `output_bytes()` gives the file."""

    def __init__(
        self,
        page_size: PageSize = "A4",
        header_text: str = "",
        footer_note: str = "",
        *,
        page_text: str = "Page {page} of {pages}",
        number: Callable[[int], str] = str,
        pages_total: int | None = None,
        language: str = "en",
        right_to_left: bool = False,
    ):
        """`page_text` is the footer's translated "Page {page} of {pages}", `number` writes the
        page numbers; without `pages_total` the total is left to fpdf2's "{nb}" alias, which
        it fills in Western digits when the file is written. `right_to_left` (an Arabic
        summary) mirrors the tables and the footer; each paragraph's own direction and
        alignment still come from its text (see is_rtl)."""
        if page_size not in PAGE_SIZES:
            raise ValueError(f"page size must be one of {PAGE_SIZES}")
        super().__init__(orientation="portrait", unit="mm", format=page_size.lower())
        self.header_text = header_text
        self.footer_note = footer_note
        self.page_text = page_text
        self.number = number
        self.pages_total = pages_total
        self.right_to_left = right_to_left
        fonts = font_set()
        for face in fonts.faces:
            self.add_font(face.family, face.style, str(face.path))
        self.set_fallback_fonts(list(fonts.fallbacks), exact_match=False)
        for font in self.fonts.values():
            if isinstance(font, TTFFont) and not font.is_symbol:
                _remember_widths(font)
        # What each regular font can draw, main font first: for chart text (see svg_text).
        self.coverage: dict[str, Container[int]] = {}
        for face in fonts.faces:
            font = self.fonts[face.family.lower()]
            if face.style == "" and isinstance(font, TTFFont):
                self.coverage[face.family] = font.cmap.keys()
        self._shaping: str | None = None  # the paragraph direction while shaping is on
        self._shaper: Shaper | None = None  # for right-to-left chart text, made on first use
        self.set_margins(18, 20, 18)
        self.set_auto_page_break(True, margin=18)
        self.set_creator("Mentor Journal")
        self.set_producer("Mentor Journal")
        self.set_lang(language)
        self.set_font(MAIN, size=BODY)
        self.set_text_color(*INK)

    # --- text, shaped where it needs it -------------------------------------------------------
    def _shape_for(self, text: object) -> None:
        """Shaping on for text that needs it, with the paragraph's direction decided by its
        main script (see is_rtl) rather than by its first letter."""
        want: str | None = None
        if isinstance(text, str) and needs_shaping(text):
            want = "rtl" if self._runs_rtl(text) else "ltr"
        if want != self._shaping:
            if want is None:
                self.set_text_shaping(False)
            else:
                self.set_text_shaping(True, direction=want)
            self._shaping = want

    def cell(
        self,
        w: float | None = None,
        h: float | None = None,
        text: str = "",
        *args: Any,
        **kwargs: Any,
    ) -> Any:  # noqa: E501
        self._shape_for(text)
        try:
            return super().cell(w, h, text, *args, **kwargs)
        finally:
            self._forget_page_font()

    def multi_cell(
        self, w: float, h: float | None = None, text: str = "", *args: Any, **kwargs: Any
    ) -> Any:  # noqa: E501
        self._shape_for(text)
        try:
            return super().multi_cell(w, h, text, *args, **kwargs)
        finally:
            self._forget_page_font()

    def _forget_page_font(self) -> None:
        """Make the next text set its font again. fpdf2 (2.8) switches to a fallback font
        inside a line for a character the main font lacks ("⟦", Arabic-Indic digits) and keeps
        believing the page's font is the main one: the next paragraph then came out in the
        fallback font with the main font's glyph numbers, as garbage ("Practised" printed as
        "craFtised" after an Arabic date). A font set again costs a few bytes."""
        self.current_font_is_set_on_page = False

    # --- page furniture ----------------------------------------------------------------------
    def header(self) -> None:
        if not self.header_text:
            return
        self.set_font(MAIN, size=SMALL)
        self.set_text_color(*MUTED)
        self.set_y(9)
        self.cell(0, 5, self.header_text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*RULE)
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_y(self.t_margin)
        self.set_font(MAIN, size=BODY)
        self.set_text_color(*INK)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(MAIN, size=SMALL)
        self.set_text_color(*MUTED)
        start, end = (Align.R, Align.L) if self.right_to_left else (Align.L, Align.R)
        if self.footer_note:
            self.cell(0, 5, self.footer_note, align=start)
            self.set_x(self.l_margin)
        total = "{nb}" if self.pages_total is None else self.number(self.pages_total)
        page = self.page_text.format(page=self.number(self.page_no()), pages=total)
        self.cell(0, 5, page, align=end)
        self.set_text_color(*INK)

    # --- blocks ------------------------------------------------------------------------------
    def title_block(self, title: str, lines: Sequence[str]) -> None:
        self.set_font(MAIN, "B", 17)
        self.multi_cell(0, 8, title, align=self._align(title), **_NEXT)
        self.set_font(MAIN, size=BODY)
        self.set_text_color(*MUTED)
        for line in lines:
            self.multi_cell(0, LINE, line, **_NEXT)
        self.set_text_color(*INK)
        self.ln(2)

    def heading(self, text: str, *, outline: bool = True, level: int = 0) -> None:
        """A section heading (in the PDF's outline, the bookmarks pane)."""
        self._keep_with_next(24)
        self.ln(3)
        if outline:
            self.start_section(text, level=level)
        self.set_font(MAIN, "B", 13)
        self.set_text_color(*ACCENT)
        self.multi_cell(0, 7, text, **_NEXT)
        self.set_draw_color(*RULE)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(1.5)
        self.set_font(MAIN, size=BODY)
        self.set_text_color(*INK)

    def subheading(self, text: str, detail: str = "") -> None:
        self._keep_with_next(18)
        self.ln(1.5)
        self.set_font(MAIN, "B", 11)
        self.flow(text, 6)
        self.set_font(MAIN, size=BODY)
        if detail:
            self.set_text_color(*MUTED)
            self.flow(detail, LINE)
            self.set_text_color(*INK)

    def paragraph(self, text: str, *, muted: bool = False, label: str = "") -> None:
        """User text, line breaks kept; `label` ("Topics:", its colon as the language writes
        it) is written bold before it (in a right-to-left document, on a line of its own at
        the right: a label cell at the left would stand after the text it names)."""
        text = text.strip()
        if not text and not label:
            return
        if muted:
            self.set_text_color(*MUTED)
        if label:
            self.set_font(MAIN, "B", BODY)
            if self.right_to_left:
                self.multi_cell(0, LINE, label, align=Align.R, **_NEXT)
            else:
                self.cell(self.get_string_width(label + " ") + 0.5, LINE, label)
            self.set_font(MAIN, size=BODY)
        self.flow(text, LINE)
        self.set_text_color(*INK)
        self.ln(0.8)

    def bullet(self, text: str, mark: str = "•") -> None:
        if self.right_to_left:
            # The mark starts the paragraph: at its right when the line runs right to left.
            self.flow(f"{mark} {text}", LINE)
            return
        indent = 5.0
        self.cell(indent, LINE, mark)
        self.flow(text, LINE)

    def flow(self, text: str, h: float) -> None:
        """`text` from the current position, wrapped at spaces, continuation lines under its
        start, then on to the next line at the left margin.

        Plain left-to-right text that the current font can draw entirely is wrapped here, a
        word at a time (fpdf2's multi_cell measures the line again after every character: most
        of the time of a long summary); anything else goes to multi_cell, which shapes, runs
        right to left and falls back to other fonts."""
        font = self.current_font
        x0 = self.get_x()
        width = self.w - self.r_margin - x0
        cmap = font.cmap if isinstance(font, TTFFont) else None
        if (
            cmap is None
            or needs_shaping(text)
            or self._runs_rtl(text)
            or any(ord(ch) not in cmap for ch in text if ch != "\n")
        ):
            self.multi_cell(width, h, text, align=self._align(text), **_NEXT)
            return
        assert isinstance(font, TTFFont)
        widths, scale = font.cw, self.font_size_pt * 0.001 / self.k
        cache: dict[str, float] = {}

        def measure(word: str) -> float:
            # The unshaped advance widths, as fpdf2 sums them (get_string_width costs 100x).
            size = cache.get(word)
            if size is None:
                size = cache[word] = sum(widths[ord(ch)] for ch in word) * scale
            return size

        lines = _wrap(text, width, measure)
        for line in lines:
            self.set_x(x0)
            self.cell(width, h, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def notice(self, text: str) -> None:
        """A boxed warning, e.g. that the document includes private notes."""
        self.set_fill_color(*PRIVATE_BG)
        self.set_text_color(*PRIVATE_INK)
        self.set_font(MAIN, "B", BODY)
        self.multi_cell(0, 7, text, fill=True, padding=(1, 3), **_NEXT)
        self.set_font(MAIN, size=BODY)
        self.set_text_color(*INK)
        self.ln(2)

    def private_block(self, title: str, text: str) -> None:
        self.set_fill_color(*PRIVATE_BG)
        self.set_font(MAIN, "B", BODY)
        self.set_text_color(*PRIVATE_INK)
        self.multi_cell(0, LINE, title, fill=True, padding=(1, 3, 0, 3), **_NEXT)
        self.set_font(MAIN, size=BODY)
        self.set_text_color(*INK)
        self.multi_cell(
            0, LINE, text.strip(), fill=True, padding=(0, 3, 1, 3), align=self._align(text), **_NEXT
        )
        self.ln(1)

    def data_table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        col_widths: Sequence[float] | None = None,
        numeric: Sequence[int] = (),
        size: float = BODY,
        headings: bool = True,
    ) -> None:
        """A table with a repeated heading row; `numeric` columns are right-aligned. In a
        right-to-left document the columns run from the right and every cell is right-aligned."""
        if self.right_to_left:
            header = tuple(reversed(header))
            rows = [tuple(reversed(values)) for values in rows]
            col_widths = tuple(reversed(col_widths)) if col_widths is not None else None
            numeric = tuple(range(len(header)))  # everything starts at the right
        self.set_font(MAIN, size=size)
        self.set_fill_color(255, 255, 255)  # not the colour of the last private note
        self.set_draw_color(*RULE)
        kwargs: dict[str, Any] = {}
        if col_widths is not None:
            kwargs["col_widths"] = tuple(col_widths)
        with self.table(
            borders_layout=TableBordersLayout.HORIZONTAL_LINES,
            headings_style=FontFace(emphasis="BOLD", fill_color=HEADING_BG),
            line_height=size * 0.5,
            text_align="LEFT",
            padding=(0.8, 1.5),
            first_row_as_headings=headings,
            repeat_headings=1 if headings else 0,
            **kwargs,
        ) as table:
            if headings:
                head = table.row()
                for i, title in enumerate(header):
                    head.cell(title, align=Align.R if i in numeric else Align.L)
            for values in rows:
                row = table.row()
                for i, value in enumerate(values):
                    right = i in numeric or self._runs_rtl(value)
                    align = Align.R if right else Align.L
                    row.cell(value, align=align)
        self.set_font(MAIN, size=BODY)
        self.ln(2)

    def key_values(self, rows: Sequence[tuple[str, str]]) -> None:
        if rows:
            self.data_table(("", ""), rows, col_widths=(1, 3), headings=False)

    def chart(self, svg: bytes, aspect: float, caption: str) -> None:
        """A chart as vector graphics (`aspect` = height / width), scaled to the text width
        and kept on one page, with a caption under it."""
        width = self.epw
        if self.will_page_break(width * aspect + 8):
            self.add_page()
        arabic = self.fonts.get("notosansarabic")
        if self._shaper is None and isinstance(arabic, TTFFont):
            self._shaper = presentation_shaper(arabic)
        ready = pdf_ready_svg(svg, self.coverage, self._shaper)
        # Legend texts carry no fill of their own: they take the current one, which a table
        # before may have left white.
        self.set_fill_color(*INK)
        self.image(io.BytesIO(ready), w=width, x=self.l_margin)
        self.set_font(MAIN, size=SMALL)
        self.set_text_color(*MUTED)
        self.multi_cell(0, 4.5, caption, **_NEXT)
        self.set_font(MAIN, size=BODY)
        self.set_text_color(*INK)
        self.ln(2)

    def output_bytes(self) -> bytes:
        try:
            return bytes(self.output())
        finally:
            for font in self.fonts.values():
                _KNOWN_WIDTHS.pop(id(font), None)

    # --- helpers -----------------------------------------------------------------------------
    def _align(self, text: str) -> Align:
        return Align.R if self._runs_rtl(text) else Align.L

    def _runs_rtl(self, text: str) -> bool:
        """The paragraph's direction. In a right-to-left summary any right-to-left letter
        makes it so: a line of the summary's own wording ("• متابعة …: Target reached.") runs
        right to left even when the trainer's English words in it outnumber the Arabic ones;
        elsewhere the text's main script decides (is_rtl)."""
        if self.right_to_left and any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text):
            return True
        return is_rtl(text)

    def _keep_with_next(self, height: float) -> None:
        """Start a new page rather than leave a heading alone at the bottom of one."""
        if self.will_page_break(height):
            self.add_page()


_NEXT: dict[str, Any] = {"new_x": XPos.LMARGIN, "new_y": YPos.NEXT}


def _wrap(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Greedy word wrap of `text` to `width` (paragraph breaks kept); a word longer than a
    line is cut where it must be."""
    space = measure(" ")
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line: list[str] = []
        used = 0.0
        for word in paragraph.split(" "):
            size = measure(word)
            while size > width and word:  # a very long word: cut it to fit
                low, high = 1, len(word)  # the longest start of it that fits
                while low < high:
                    middle = (low + high + 1) // 2
                    if measure(word[:middle]) <= width:
                        low = middle
                    else:
                        high = middle - 1
                cut = low
                if line:
                    lines.append(" ".join(line))
                    line, used = [], 0.0
                lines.append(word[:cut])
                word = word[cut:]
                size = measure(word)
            if line and used + space + size > width:
                lines.append(" ".join(line))
                line, used = [], 0.0
            used += (space if line else 0.0) + size
            line.append(word)
        lines.append(" ".join(line))
    return lines


# Widths already measured, per font object (id) of the documents being written.
_KNOWN_WIDTHS: dict[int, dict[str, float]] = {}


class _RememberingFont(TTFFont):
    """A TTFFont whose unshaped widths are remembered, each from the one before.

    fpdf2's line breaking asks for the width of the line so far after every character it
    adds, summing every character again: a 100-character line costs 5,000 look-ups, and five
    years of weekly notes took 3 s. The line so far is almost always the text asked before
    plus one character, so each width is the previous one plus one character's: the same sum
    in the same order, one look-up. Shaped text (Arabic) is left to fpdf2. (TTFFont has
    __slots__, hence the cache outside the object and the class swap in `_remember_widths`.)
    """

    __slots__ = ()

    def get_text_width(
        self, text: str, font_size_pt: float, text_shaping_params: dict[str, Any] | None
    ) -> tuple[int, float]:
        known = _KNOWN_WIDTHS.get(id(self))
        if text_shaping_params or known is None:
            return super().get_text_width(text, font_size_pt, text_shaping_params)
        self.biggest_size_pt = max(self.biggest_size_pt, font_size_pt)
        total = known.get(text)
        if total is None:
            before = known.get(text[:-1])
            if before is None:
                total = 0.0
                for ch in text:
                    total += self.cw[ord(ch)]
            else:
                total = before + self.cw[ord(text[-1])]
            known[text] = total
        return len(text), total * font_size_pt * 0.001


def _remember_widths(font: TTFFont) -> None:
    font.__class__ = _RememberingFont
    _KNOWN_WIDTHS[id(font)] = {"": 0.0}
