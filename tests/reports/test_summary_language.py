"""Shared summaries in the app's language: every text of the Markdown, HTML and PDF summaries
and of the programme report goes through the `Wording`'s translate function, dates through its
`format_date`, numbers through its `number`.

The translations of these texts are not written yet, so a marking translator stands in for
one: it wraps each text in « ». Whatever is left once the marked texts, the dates and the
journal's own words are taken out must have no letters (an English word that escaped the
translator) and no Western digits (a number that escaped the number formatter)."""

from __future__ import annotations

import dataclasses
import io
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from html.parser import HTMLParser

import pypdf
import pytest

from mentorjournal.charts.style import ENGLISH_MONTHS, ChartLocale
from mentorjournal.models import RATING_SCALE
from mentorjournal.reports.calendar import render_ics
from mentorjournal.reports.html import render_html, render_programme_html
from mentorjournal.reports.markdown import render_markdown, render_programme_markdown
from mentorjournal.reports.pdf import (
    render_programme_pdf,
    render_summaries_pdf,
    render_summary_pdf,
)
from mentorjournal.reports.pdf.document import PdfDocument
from mentorjournal.reports.wording import Wording
from mentorjournal.services import ALL_SECTIONS, MenteeSummaryData, ProgrammeData, Services
from tests.reports.summary_known import NAME, PERIOD, TODAY, fill_summary_journal

ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
_TO_ARABIC = str.maketrans("0123456789", ARABIC_DIGITS)


def arabic(value: object) -> str:
    return str(value).translate(_TO_ARABIC)


def mark(text: str) -> str:
    return "«" + text + "»"


def marked_date(day: date) -> str:
    return "⟦" + arabic(day.isoformat()) + "⟧"


def marked_time(moment: datetime) -> str:
    return "⟦" + arabic(f"{moment:%H.%M}") + "⟧"


MARKED = Wording(
    tr=mark,
    format_date=marked_date,
    format_time=marked_time,
    number=arabic,
    percent=lambda value: "⟦" + arabic(round(value)) + "٪⟧",
    charts=ChartLocale(
        month_abbr=tuple(mark(m) for m in ENGLISH_MONTHS),
        rating_words={v: mark(w) for v, w in RATING_SCALE.items()},
        tr=mark,
        digits=ARABIC_DIGITS,
        percent_sign="٪",
    ),
    language="ar",
    right_to_left=True,
)


def _summary(services: Services) -> MenteeSummaryData:
    known = fill_summary_journal(services)
    return services.summaries.build(
        known.selam,
        period_from=PERIOD[0],
        period_to=PERIOD[1],
        sections=ALL_SECTIONS,
        include_private=True,  # the private notes' titles and warnings are shown too
        today=TODAY,
    )


def _strings(value: object) -> Iterable[str]:
    """Every text held in the summary's data: the journal's own words."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _strings(getattr(value, f.name))
    elif isinstance(value, list | tuple | frozenset | set):
        for item in value:
            yield from _strings(item)


def _tokens(text: str) -> tuple[set[str], set[str]]:
    """The words (runs of letters) and the runs of Western digits in `text`."""
    return set(re.findall(r"[^\W\d_]+", text)), set(re.findall(r"[0-9]+", text))


def escaped(text: str, data: MenteeSummaryData | ProgrammeData, extra: str = "") -> set[str]:
    """What of `text` is neither translated, nor a date, nor the journal's words (nor `extra`,
    a format's own syntax): words and Western digits that went around the Wording."""
    text = re.sub(r"⟦[^⟦⟧]*⟧", " ", text)
    while True:  # innermost first: a template's text holds the texts filled into it
        inner = re.sub(r"«[^«»]*»", " ", text)
        if inner == text:
            break
        text = inner
    known_words, known_digits = _tokens(" ".join(_strings(data)) + " " + extra)

    def cut_short(match: re.Match[str]) -> str:  # a chart legend cuts a long goal title
        return " " if any(k.startswith(match[1]) for k in known_words) else match[0]

    words, digits = _tokens(re.sub(r"([^\W\d_]+)…", cut_short, text))
    return (words - known_words) | (digits - known_digits)


class _Visible(HTMLParser):
    """The text a reader of the HTML file sees or hears: text outside <style>, the title,
    and the charts' accessible names."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_style = tag == "style"
        self.parts += [value or "" for name, value in attrs if name in ("aria-label", "alt")]

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if not self._in_style:
            self.parts.append(data)


def visible_html(page: str) -> str:
    parser = _Visible()
    parser.feed(page)
    return " ".join(parser.parts)


def pdf_text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


Render = Callable[[MenteeSummaryData, Wording], str]
SUMMARIES: list[object] = [
    pytest.param(lambda d, w: render_markdown(d, w), "x", id="markdown"),
    pytest.param(lambda d, w: visible_html(render_html(d, w=w)), "", id="html"),
    pytest.param(lambda d, w: pdf_text(render_summary_pdf(d, w=w)), "", id="pdf"),
]


@pytest.mark.parametrize(("render", "syntax"), SUMMARIES)
def test_no_english_word_or_western_digit_escapes_the_summary(
    services: Services, render: Render, syntax: str
) -> None:
    data = _summary(services)
    asked: list[str] = []

    def recording(source: str) -> str:
        asked.append(source)
        return mark(source)

    text = render(data, dataclasses.replace(MARKED, tr=recording))
    assert escaped(text, data, syntax) == set()
    # Numbers are filled in, never written into a text to translate ("(1 to 5)").
    assert asked and not [s for s in asked if re.search(r"[0-9]", s)]
    # And the marked texts are there: headings, labels, dates and Arabic-Indic numbers.
    for expected in ("«Profile»", "«Reflections»", "«Private notes»", "«Includes private notes"):
        assert expected in text
    assert marked_date(PERIOD[0]) in text and "⟦" + arabic(40) + "٪⟧" in text
    # "Supervised (3/5, …)" with the rating word translated and the digits the locale's (the
    # PDF's text comes back in visual order around the Arabic date, so only this much).
    assert f"«{RATING_SCALE[3]}» ({arabic(3)}/{arabic(5)}" in text


@pytest.mark.parametrize("syntax", ["x"])
def test_programme_report_in_every_format(services: Services, syntax: str) -> None:
    fill_summary_journal(services)
    data = services.summaries.programme(TODAY)
    for text, extra in (
        (render_programme_markdown(data, MARKED), syntax),
        (visible_html(render_programme_html(data, MARKED)), ""),
        (pdf_text(render_programme_pdf(data, w=MARKED)), ""),
    ):
        assert escaped(text, data, extra) == set()
        assert "«Programme report»" in text and "«Active mentees»" in text
        assert marked_date(TODAY) in text


def test_pdf_page_numbers_in_the_locales_digits(services: Services) -> None:
    pdf = render_summary_pdf(_summary(services), w=MARKED)
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) >= 2
    last = " ".join(pages[-1].extract_text().split())
    footer = mark("Page {page} of {pages}").format(
        page=arabic(len(pages)), pages=arabic(len(pages))
    )
    assert footer in last and "{nb}" not in last


def test_html_document_takes_the_language_and_direction(services: Services) -> None:
    page = render_html(_summary(services), charts=False, w=MARKED)
    assert '<html lang="ar" dir="rtl">' in page
    assert f"<title>«Mentoring summary: {NAME}»</title>" in page


def test_translations_are_escaped_like_user_text(services: Services) -> None:
    """A translation is text, never markup: a "<b>" in one prints as typed."""
    hostile = Wording(tr=lambda s: s.replace("Profile", "<b>*Profile*</b>"))
    data = _summary(services)
    assert "<b>" not in render_html(data, charts=False, w=hostile)
    assert r"\<b\>\*Profile\*\</b\>" in render_markdown(data, hostile)


def test_english_by_default_as_the_command_line_writes_it(services: Services) -> None:
    data = _summary(services)
    text = render_markdown(data)
    assert "## Profile" in text and "Period: 1 Oct 2026 – 30 Nov 2026" in text
    assert "Competent (3/5, 5 Nov 2026)" in text or "(3/5, 5 Nov 2026)" in text
    assert "- Check-in 5 Nov 2026, 40 %: =2+2" in text


def test_calendar_titles_in_the_language(services: Services) -> None:
    ics = render_ics(_summary(services), w=MARKED)
    assert f"SUMMARY:«Mentoring session: {NAME}»" in ics
    assert "«Action item for" in ics.replace("\r\n ", "")


def test_text_after_an_arabic_date_prints_in_its_own_font() -> None:
    """fpdf2 left the page in the fallback font after a line ending in Arabic-Indic digits:
    the next paragraph came out as other letters ("craFtised Fahle glands")."""
    pdf = PdfDocument()
    pdf.add_page()
    pdf.paragraph("٢٠٢٦-١٢-٠١", label="Next meeting:")
    pdf.paragraph("Practised cable glands on the training board.")
    text = pdf_text(pdf.output_bytes())
    assert "Practised cable glands on the training board." in text


def test_every_mentee_in_one_pdf_counts_its_pages_in_the_locales_digits(
    services: Services,
) -> None:
    fill_summary_journal(services)
    summaries = services.summaries.build_all(
        period_from=PERIOD[0], period_to=PERIOD[1], sections=ALL_SECTIONS, today=TODAY
    )
    steps: list[tuple[int, int]] = []
    pdf = render_summaries_pdf(summaries, progress=lambda d, t: steps.append((d, t)), w=MARKED)
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    total = arabic(len(pages))
    # Laid out twice (to count the pages first): the progress runs once, to the end.
    assert steps == [(n, 2 * len(summaries)) for n in range(1, 2 * len(summaries) + 1)]
    assert "«Contents»" in pdf_text(pdf) and "«Mentoring summaries»" in pdf_text(pdf)
    for number, page in enumerate(pages, start=1):
        footer = mark("Page {page} of {pages}").format(page=arabic(number), pages=total)
        assert footer in " ".join(page.extract_text().split())


def _x_of(pdf: bytes, word: str) -> float:
    """Where `word` starts across the first page (points from the left edge)."""
    import pypdfium2 as pdfium

    text = pdfium.PdfDocument(pdf)[0].get_textpage()
    searcher = text.search(word)
    found = searcher.get_next()
    assert found is not None, word
    return float(text.get_charbox(found[0])[0])


@pytest.mark.parametrize("right_to_left", [False, True])
def test_right_to_left_pdf_mirrors_its_tables_and_puts_labels_first(right_to_left: bool) -> None:
    pdf = PdfDocument(right_to_left=right_to_left)
    pdf.add_page()
    pdf.key_values([("Label", "Value")])
    pdf.paragraph("Topics text", label="Topics:")
    content = pdf.output_bytes()
    label_right_of_value = _x_of(content, "Label") > _x_of(content, "Value")
    assert label_right_of_value == right_to_left
    # In a right-to-left document the label is on its own line, at the right.
    assert (_x_of(content, "Topics:") > _x_of(content, "Topics text")) == right_to_left
