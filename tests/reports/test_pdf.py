"""PDF summaries, read back through a PDF library (PDFium): what they show, what they never
show, scripts, page furniture, vector charts and the programme report."""

from __future__ import annotations

import io
import re

import pypdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from fpdf.fonts import TTFFont

from mentorjournal.reports.pdf import (
    render_programme_pdf,
    render_summaries_pdf,
    render_summary_pdf,
)
from mentorjournal.reports.pdf.document import PdfDocument, needs_shaping
from mentorjournal.reports.pdf.svg_text import (
    pdf_ready_svg,
    presentation_shaper,
    script_runs,
    visual_text,
)
from mentorjournal.services import ALL_SECTIONS, MenteeSummaryData, Section, Services
from tests.reports.summary_known import (
    AMHARIC,
    ARABIC,
    FORMULAS,
    GOAL,
    INJECTION,
    MARKER,
    NAME,
    NOTE,
    PERIOD,
    TODAY,
    Known,
    fill_summary_journal,
)


def pages_text(pdf: bytes) -> list[str]:
    """The text of each page, through pypdf (PDFium splits Arabic ligatures such as lam-alef
    when it reorders right-to-left words; pypdf keeps each word intact)."""
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def text_of(pdf: bytes) -> str:
    # One space for any run of white space makes the asserts simple.
    return re.sub(r"\s+", " ", "\n".join(pages_text(pdf)))


def has_name(text: str, name: str) -> bool:
    """PDF text is stored in visual order and extractors differ on putting right-to-left
    words back in reading order: every word intact, in reading or in visual order."""
    words = name.split()
    return " ".join(words) in text or " ".join(reversed(words)) in text


def _build(
    services: Services, known: Known, mentee: int | None = None, **kw: object
) -> MenteeSummaryData:
    options: dict[str, object] = {"sections": ALL_SECTIONS} | kw
    return services.summaries.build(
        mentee or known.selam,
        period_from=PERIOD[0],
        period_to=PERIOD[1],
        today=TODAY,
        **options,  # type: ignore[arg-type]
    )


@pytest.fixture
def known(services: Services) -> Known:
    return fill_summary_journal(services)


def test_shows_name_period_goal_and_session_note(services: Services, known: Known) -> None:
    pdf = render_summary_pdf(_build(services, known))
    assert pdf.startswith(b"%PDF-")
    text = text_of(pdf)
    for expected in (NAME, "1 Oct 2026", "30 Nov 2026", GOAL, NOTE, "40 %", "Open action items"):
        assert expected in text, expected
    assert "OLD-SESSION-NOTE" not in text  # before the period


def test_private_notes_only_when_asked_for(services: Services, known: Known) -> None:
    shared = text_of(render_summary_pdf(_build(services, known)))
    assert MARKER not in shared
    assert "confidential" not in shared.casefold()
    private = text_of(render_summary_pdf(_build(services, known, include_private=True)))
    assert private.count(MARKER) == 3  # the mentee's, the session's, the private reflection
    assert "Includes private notes: keep this document confidential." in private


def test_every_page_has_the_header_and_its_number(services: Services, known: Known) -> None:
    data = _build(services, known)
    pages = pages_text(render_summary_pdf(data))
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        flat = " ".join(page.split())
        assert f"Mentoring summary: {NAME} · Period: 1 Oct 2026 – 30 Nov 2026" in flat
        assert f"Page {number} of {len(pages)}" in flat


@pytest.mark.parametrize(("size", "width_pt"), [("A4", 595.28), ("Letter", 612.0)])
def test_page_sizes(services: Services, known: Known, size: str, width_pt: float) -> None:
    document = pdfium.PdfDocument(render_summary_pdf(_build(services, known), size))  # type: ignore[arg-type]
    try:
        width, height = document[0].get_size()
    finally:
        document.close()
    assert width == pytest.approx(width_pt, abs=0.5)
    assert height == pytest.approx(841.89 if size == "A4" else 792.0, abs=0.5)


def test_arabic_and_amharic_names_round_trip(services: Services, known: Known) -> None:
    for mentee, name in ((known.arabic, ARABIC), (known.amharic, AMHARIC)):
        text = text_of(render_summary_pdf(_build(services, known, mentee)))
        assert has_name(text, name), name
    assert f"Mentoring summary: {AMHARIC} ·" in text


def test_arabic_runs_right_to_left(services: Services, known: Known) -> None:
    pdf = render_summary_pdf(_build(services, known, known.arabic))
    document = pdfium.PdfDocument(pdf)
    try:
        textpage = document[0].get_textpage()
        text = textpage.get_text_range()
        word = ARABIC.split()[1]  # no ligature in it: PDFium gives its letters in order
        start = text.find(word)
        assert start >= 0
        first_box = textpage.get_charbox(start)
        last_box = textpage.get_charbox(start + len(word) - 1)
    finally:
        document.close()
    # Typed order, drawn right to left: the first letter is right of the last one.
    assert first_box[0] > last_box[0]


def test_html_injection_prints_literally(services: Services, known: Known) -> None:
    text = text_of(render_summary_pdf(_build(services, known, known.injection)))
    assert INJECTION in text
    selam = text_of(render_summary_pdf(_build(services, known)))
    for formula in FORMULAS:  # action items print as typed (PDF has no formulas to neutralise)
        assert formula.strip() in selam


def test_charts_are_vector_graphics_with_real_text(services: Services, known: Known) -> None:
    pdf = render_summary_pdf(_build(services, known))
    document = pdfium.PdfDocument(pdf)
    try:
        kinds = {obj.type for page in document for obj in page.get_objects(max_depth=4)}
    finally:
        document.close()
    assert pdfium_c.FPDF_PAGEOBJ_IMAGE not in kinds
    assert pdfium_c.FPDF_PAGEOBJ_PATH in kinds
    text = text_of(pdf)
    assert "Progress on goals" in text and "Check-in date" in text  # chart text is text
    assert "Skills: first and latest rating" in text


def test_sections_left_out_are_absent(services: Services, known: Known) -> None:
    data = _build(services, known, sections=frozenset({Section.GOALS}))
    text = text_of(render_summary_pdf(data))
    assert GOAL in text
    assert NOTE not in text and "Sessions" not in text and "Profile" not in text


def test_anonymised_pdf_names_nobody(services: Services, known: Known) -> None:
    text = text_of(render_summary_pdf(_build(services, known, anonymise=True)))
    for name in (NAME, AMHARIC, "Selam", *ARABIC.split()):
        assert name not in text
    assert "M-001" in text


def test_same_data_gives_the_same_file(services: Services, known: Known) -> None:
    data = _build(services, known)
    assert render_summary_pdf(data) == render_summary_pdf(data)


def test_several_mentees_get_contents_and_bookmarks(services: Services, known: Known) -> None:
    summaries = [_build(services, known, m) for m in (known.selam, known.arabic, known.amharic)]
    pdf = render_summaries_pdf(summaries)
    pages = pages_text(pdf)
    contents = " ".join(pages[0].split())
    assert "Contents" in contents
    assert NAME in contents and AMHARIC in contents and has_name(contents, ARABIC)
    document = pdfium.PdfDocument(pdf)
    try:
        titles = [item.get_title() for item in document.get_toc(max_depth=1)]
    finally:
        document.close()
    assert titles[:3] == [NAME, ARABIC, AMHARIC]


def test_programme_report(services: Services, known: Known) -> None:
    text = text_of(render_programme_pdf(services.summaries.programme(TODAY)))
    assert "Programme report" in text and "Active mentees" in text
    for name in (NAME, ARABIC, AMHARIC, INJECTION):
        assert has_name(text, name), name
    anonymous = text_of(render_programme_pdf(services.summaries.programme(TODAY, anonymise=True)))
    assert NAME not in anonymous and ARABIC not in anonymous and "M-003" in anonymous


def test_chart_text_goes_to_the_font_with_its_letters() -> None:
    coverage = {
        "NotoSans": {ord(c) for c in "Goal …✓ "},
        "NotoSansArabic": {ord(c) for c in "ليلى حداد "},
        "Symbols": {ord("✓")},
    }
    runs = list(script_runs("Goal ليلى حداد… ✓", coverage))
    assert runs == [("NotoSans", "Goal "), ("NotoSansArabic", "ليلى حداد"), ("NotoSans", "… ✓")]
    svg = (
        b'<svg xmlns="http://www.w3.org/2000/svg"><text style="font-size: 8px; '
        b"font-family: 'DejaVu Sans'; font-style: italic\">Goal \xd9\x84</text></svg>"
    )
    ready = pdf_ready_svg(
        svg, {"NotoSans": {ord("G"), ord("o"), ord("a"), ord("l"), 32}, "NotoSansArabic": {0x644}}
    )
    assert b"DejaVu" not in ready and b"italic" not in ready
    assert ready.count(b"<tspan") == 2


def test_only_complex_scripts_are_shaped() -> None:
    assert needs_shaping(ARABIC)
    assert needs_shaping("e\u0301")  # a combining accent
    assert not needs_shaping(AMHARIC)
    assert not needs_shaping("Plain English, 40 %")


def test_no_pdf_text_leaks_into_logs(
    services: Services, known: Known, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level("DEBUG"):
        render_summary_pdf(_build(services, known, known.arabic, include_private=True))
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert MARKER not in logged and ARABIC not in logged
    for word in ARABIC.split():
        assert word not in logged


def test_wrap_keeps_paragraphs_and_cuts_overlong_words() -> None:
    from mentorjournal.reports.pdf.document import _wrap

    lines = _wrap("one two three\n\nfour " + "x" * 25, 10, lambda word: float(len(word)))
    assert lines == ["one two", "three", "", "four", "x" * 10, "x" * 10, "x" * 5]
    assert all(len(line) <= 10 for line in lines)


def test_english_note_starting_with_an_arabic_name_stays_left_to_right() -> None:
    from mentorjournal.reports.pdf.document import PdfDocument, is_rtl

    note = f"{ARABIC.split()[0]} prepared the bevels with the torch; the cuts were clean."
    assert not is_rtl(note) and is_rtl(f"{ARABIC} وصل")
    pdf = PdfDocument()
    pdf.add_page()
    pdf.paragraph(note)
    document = pdfium.PdfDocument(pdf.output_bytes())
    try:
        textpage = document[0].get_textpage()
        text = textpage.get_text_range()
        left = textpage.get_charbox(text.index("prepared"))[0]
        end = textpage.get_charbox(text.index("clean."))[0]
    finally:
        document.close()
    assert left < end  # English reads left to right
    assert left < 150  # and starts near the left margin (18 mm = 51 pt, after one name)


@pytest.mark.parametrize("right_to_left", [False, True])
def test_in_an_arabic_summary_a_line_of_its_wording_runs_right_to_left(
    right_to_left: bool,
) -> None:
    # "• متابعة …: <the trainer's English note>": more Latin letters than Arabic ones, but in
    # an Arabic summary the line is the summary's own sentence, set from the right margin.
    from mentorjournal.reports.pdf.document import PdfDocument

    line = "متابعة ٨ يونيو: Target reached with the full wiring board."
    pdf = PdfDocument(right_to_left=right_to_left)
    pdf.add_page()
    pdf.bullet(line)
    document = pdfium.PdfDocument(pdf.output_bytes())
    try:
        textpage = document[0].get_textpage()
        text = textpage.get_text_range()
        english = textpage.get_charbox(text.index("Target"))[0]
        date = textpage.get_charbox(text.index("٨"))[0]
        width = document[0].get_width()
    finally:
        document.close()
    # Right to left, the Arabic opens the line at the right margin and the English follows on
    # its left; left to right, the Arabic starts at the left margin, the English after it.
    assert (english < date) is right_to_left
    assert (date > width / 2) is right_to_left


def test_flowed_text_wraps_like_fpdf(services: Services, known: Known) -> None:
    from mentorjournal.reports.pdf.document import PdfDocument

    long_note = " ".join(["Practised cable glands on the training board."] * 12)
    widths = []
    for use_flow in (True, False):
        pdf = PdfDocument()
        pdf.add_page()
        if use_flow:
            pdf.flow(long_note, 5)
        else:
            pdf.multi_cell(0, 5, long_note, new_x="LMARGIN", new_y="NEXT")
        widths.append(pdf.get_y())
    assert widths[0] == pytest.approx(widths[1])  # same number of lines


def test_chart_legend_text_is_visible_after_a_table(services: Services, known: Known) -> None:
    """Legend labels have no fill of their own; after a white-filled table they were drawn
    white on white. Render the goal chart's area and look for dark pixels right of the plot."""
    data = _build(services, known, sections=frozenset({Section.PROFILE, Section.GOALS}))
    document = pdfium.PdfDocument(render_summary_pdf(data))
    try:
        page = document[0]
        textpage = page.get_textpage()
        text = textpage.get_text_range()
        left, bottom, right, top = textpage.get_charbox(text.index("Target date"))
        image = page.render(scale=2).to_pil().convert("L")
        height_pt = page.get_size()[1]
    finally:
        document.close()
    box = (
        int(left * 2),
        int((height_pt - top) * 2),
        int(right * 2) + 60,
        int((height_pt - bottom) * 2),
    )
    darkest = image.crop(box).getextrema()[0]
    assert darkest < 128


def test_right_to_left_chart_text_is_shaped_in_visual_order() -> None:
    """fpdf2 draws SVG text as written, unshaped: the chart's Arabic comes in drawn order,
    joined (presentation forms), digits left to right, brackets mirrored."""
    font = PdfDocument().fonts["notosansarabic"]
    assert isinstance(font, TTFFont)
    shape = presentation_shaper(font)
    assert shape("لا") == "\ufefb"  # lam-alef, one glyph
    assert visual_text("Plain English 12", shape) == "Plain English 12"
    title = visual_text("التقدم ١٢", shape)
    # The number first (leftmost), its digits in order, then the word in joined forms.
    assert title == "١٢ " + shape("التقدم")
    assert any("\ufe70" <= ch <= "\ufeff" for ch in title)
    assert visual_text("مفتوح (خط)", shape).startswith("(")
    assert visual_text("Goal ليلى", shape).startswith("Goal ")  # a name shaped in place
    assert "ليلى" not in visual_text("Goal ليلى", shape)
