"""PDF summaries (fpdf2 + harfbuzz shaping). Imported late: fpdf2 and fontTools take ~0.5 s."""

from .document import PAGE_SIZES, PageSize
from .fonts import FontsMissing
from .summary import render_programme_pdf, render_summaries_pdf, render_summary_pdf

__all__ = [
    "PAGE_SIZES",
    "FontsMissing",
    "PageSize",
    "render_programme_pdf",
    "render_summaries_pdf",
    "render_summary_pdf",
]
