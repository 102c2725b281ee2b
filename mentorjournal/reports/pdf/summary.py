"""Mentee summaries and the programme report as PDF (A4 or Letter).

The same wording as the Markdown and HTML summaries (reports/summary_text.py), from the same
data (services/summaries.py: private notes are absent from it unless the trainer asked for
them), in the language of the `Wording` passed in. Several mentees in one file get a contents
page and one bookmark each.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time

from fpdf import FPDF
from fpdf.outline import OutlineSection, TableOfContents

from ...services.summaries import ActionData, MenteeSummaryData, ProgrammeData, Section
from ..summary_charts import summary_charts
from ..summary_text import (
    action_detail,
    check_in_text,
    goal_line,
    key_value,
    period_text,
    prepared_by,
    private_warning,
    profile_rows,
    programme_figures,
    programme_title,
    rating_text,
    reflection_heading,
    reflection_parts,
    session_heading,
    summary_title,
)
from ..wording import ENGLISH, RATING_TOP, Wording
from .document import PageSize, PdfDocument

Progress = Callable[[int, int], None]


def render_summary_pdf(
    data: MenteeSummaryData, page_size: PageSize = "A4", w: Wording = ENGLISH
) -> bytes:
    """One mentee's summary as a PDF file."""

    def write(total: int | None) -> PdfDocument:
        pdf = _document(page_size, _running_header(data, w), data, w, total)
        pdf.set_title(summary_title(data, w))
        pdf.add_page()
        _mentee(pdf, data, w)
        return pdf

    return _with_page_total(w, write)


def render_summaries_pdf(
    summaries: Sequence[MenteeSummaryData],
    page_size: PageSize = "A4",
    progress: Progress | None = None,
    w: Wording = ENGLISH,
) -> bytes:
    """Several mentees' summaries in one PDF: a contents page, then one part per mentee, each
    starting on a new page with the mentee's name and the period in the running header.
    `progress(done, total)` is called after each mentee (a window keeps turning with it)."""
    if not summaries:
        raise ValueError("no summaries to write")
    first = summaries[0]
    passes = 1 if w.western_digits() else 2
    steps = len(summaries) * passes

    def write(total: int | None) -> PdfDocument:
        done_before = 0 if total is None else len(summaries) * (passes - 1)
        pdf = _document(page_size, "", first, w, total)
        title = w.tr("Mentoring summaries")
        pdf.set_title(title)
        pdf.add_page()
        pdf.title_block(
            title,
            [prepared_by(first.owner_name, first.institution, first.today, w), _period(first, w)],
        )
        if any(d.include_private for d in summaries):
            pdf.notice(private_warning(w))
        pages = max(1, (len(summaries) + 30) // 38)  # about 38 contents lines on a page
        # The placeholder starts the next page, whose header is the first mentee's.
        pdf.header_text = _running_header(first, w)
        contents = w.tr("Contents")

        def render_contents(doc: FPDF, outline: list[OutlineSection]) -> None:
            assert isinstance(doc, PdfDocument)
            doc.heading(contents, outline=False)
            TableOfContents(level_indent=6, line_spacing=1.4).render_toc(
                doc, [s for s in outline if s.level == 0]
            )

        pdf.insert_toc_placeholder(render_contents, pages=pages, allow_extra_pages=True)
        for number, data in enumerate(summaries):
            pdf.header_text = _running_header(data, w)
            if number:
                pdf.add_page()
            pdf.start_section(data.mentee.name, level=0)
            _mentee(pdf, data, w, outline_level=1)
            if progress is not None:
                progress(done_before + number + 1, steps)
        return pdf

    return _with_page_total(w, write)


def render_programme_pdf(
    data: ProgrammeData, page_size: PageSize = "A4", w: Wording = ENGLISH
) -> bytes:
    """The programme report: the dashboard's figures and one line per mentee."""
    tr, n = w.tr, w.number

    def write(total: int | None) -> PdfDocument:
        title = programme_title(data, w)
        header = w.tr("{title} · {date}").format(title=title, date=w.format_date(data.today))
        pdf = _new_pdf(page_size, w, total, header)
        pdf.set_title(title)
        pdf.set_creation_date(_timestamp(data.today))
        pdf.add_page()
        pdf.title_block(title, [prepared_by(data.owner_name, data.institution, data.today, w)])
        pdf.key_values(programme_figures(data, w))
        pdf.heading(tr("Mentees"))
        if not data.lines:
            pdf.paragraph(tr("No mentees yet."), muted=True)
        rows = [
            (
                line.name,
                " / ".join(p for p in (line.programme, line.cohort) if p),
                w.label(line.status),
                w.format_date(line.last_session) if line.last_session else tr("never"),
                n(line.sessions),
                tr("{open} ({overdue} overdue)").format(
                    open=n(line.open_actions), overdue=n(line.overdue_actions)
                )
                if line.overdue_actions
                else n(line.open_actions),
                tr("{achieved} / {all}").format(
                    achieved=n(line.goals_achieved),
                    all=n(line.goals_achieved + line.goals_active),
                ),
            )
            for line in data.lines
        ]
        if rows:
            pdf.data_table(
                (
                    tr("Mentee"),
                    tr("Programme / cohort"),
                    tr("Status"),
                    tr("Last session"),
                    tr("Sessions"),
                    tr("Open actions"),
                    tr("Goals achieved"),
                ),
                rows,
                col_widths=(24, 26, 15, 16, 12, 17, 13),
                numeric=(4,),
                size=8.5,
            )
        return pdf

    return _with_page_total(w, write)


# --- parts -----------------------------------------------------------------------------------
def _with_page_total(w: Wording, write: Callable[[int | None], PdfDocument]) -> bytes:
    """The PDF `write` makes. fpdf2 writes the page total ("Page 2 of {nb}") in Western digits
    only, so a language with other digits (Arabic) is laid out twice: once to count the pages,
    then with the total written in its own digits (the layout is the same both times)."""
    pdf = write(None)
    content = pdf.output_bytes()
    if w.western_digits():
        return content
    return write(pdf.pages_count).output_bytes()


def _new_pdf(
    page_size: PageSize, w: Wording, total: int | None, header: str, footer: str = ""
) -> PdfDocument:
    return PdfDocument(
        page_size,
        header_text=header,
        footer_note=footer,
        page_text=w.tr("Page {page} of {pages}"),
        number=w.number,
        pages_total=total,
        language=w.language,
        right_to_left=w.right_to_left,
    )


def _document(
    page_size: PageSize, header: str, data: MenteeSummaryData, w: Wording, total: int | None
) -> PdfDocument:
    note = w.tr("Confidential: includes private notes") if data.include_private else ""
    pdf = _new_pdf(page_size, w, total, header, note)
    pdf.set_creation_date(_timestamp(data.today))
    return pdf


def _timestamp(day: date) -> datetime:
    # Dated by the summary's "today", not the clock: the same data gives the same file.
    return datetime.combine(day, time(12, 0), tzinfo=UTC)


def _period(data: MenteeSummaryData, w: Wording) -> str:
    return period_text(data.period_from, data.period_to, w)


def _running_header(data: MenteeSummaryData, w: Wording) -> str:
    return w.tr("{title} · {period}").format(title=summary_title(data, w), period=_period(data, w))


def _mentee(pdf: PdfDocument, data: MenteeSummaryData, w: Wording, outline_level: int = 0) -> None:
    m, tr = data.mentee, w.tr
    pdf.title_block(
        summary_title(data, w),
        [prepared_by(data.owner_name, data.institution, data.today, w), _period(data, w)],
    )
    if data.include_private:
        pdf.notice(private_warning(w))
    charts = {c.key: c for c in summary_charts(data, text_as_text=True, locale=w.charts)}

    if data.has(Section.PROFILE):
        pdf.heading(tr("Profile"), level=outline_level)
        pdf.key_values(profile_rows(m, w))
        if m.private_notes is not None and m.private_notes.strip():
            pdf.private_block(tr("Private notes"), m.private_notes)

    if data.has(Section.GOALS):
        pdf.heading(tr("Goals"), level=outline_level)
        if not data.goals:
            pdf.paragraph(tr("No goals."), muted=True)
        chart = charts.get("goals")
        if chart is not None:
            caption = tr("Progress on goals: percent done at each check-in in the period.")
            pdf.chart(chart.svg, chart.aspect, caption)
        for goal in data.goals:
            pdf.subheading(goal.title, goal_line(goal, w))
            for c in goal.check_ins:
                line = check_in_text(c.checked_on, c.progress_percent, w)
                pdf.bullet(key_value(line, c.note.strip(), w) if c.note.strip() else line)

    if data.has(Section.SKILLS):
        pdf.heading(tr("Skills"), level=outline_level)
        if not data.skills:
            pdf.paragraph(tr("No skill ratings."), muted=True)
        else:
            chart = charts.get("skills")
            if chart is not None:
                caption = tr("First and latest rating of each skill ({low} to {high}).").format(
                    low=w.number(1), high=w.number(RATING_TOP)
                )
                pdf.chart(chart.svg, chart.aspect, caption)
            pdf.data_table(
                (tr("Skill"), tr("First rating"), tr("Latest rating")),
                [(k.name, rating_text(k.first, w), rating_text(k.latest, w)) for k in data.skills],
                col_widths=(2, 2, 2),
            )

    if data.has(Section.SESSIONS):
        pdf.heading(tr("Sessions"), level=outline_level)
        if not data.sessions:
            pdf.paragraph(tr("No sessions in this period."), muted=True)
        for s in data.sessions:
            pdf.subheading(session_heading(s, w))
            if len(s.attendees) > 1:
                pdf.paragraph(", ".join(s.attendees), label=_lead(tr("Attendees"), w))
            if s.topics.strip():
                pdf.paragraph(s.topics, label=_lead(tr("Topics"), w))
            if s.next_meeting_date:
                pdf.paragraph(
                    w.format_date(s.next_meeting_date), label=_lead(tr("Next meeting"), w)
                )
            pdf.paragraph(s.notes)
            if s.private_note is not None and s.private_note.strip():
                pdf.private_block(tr("Private note"), s.private_note)
            for a in s.actions:
                pdf.bullet(_action(a, w), "☑" if a.done_date else "☐")
        open_items = [a for a in data.actions if a.is_open]
        if open_items:
            pdf.heading(tr("Open action items"), level=outline_level)
            for a in open_items:
                pdf.bullet(_action(a, w), "☐")

    if data.has(Section.REFLECTIONS):
        pdf.heading(tr("Reflections"), level=outline_level)
        if not data.reflections:
            pdf.paragraph(tr("No reflections in this period."), muted=True)
        for r in data.reflections:
            pdf.subheading(reflection_heading(r, w))
            for title, text in reflection_parts(r, w):
                pdf.paragraph(text, label=_lead(title, w) if title else "")


def _lead(label: str, w: Wording) -> str:
    """ "Topics:" before a paragraph: the label-value sentence without its value, so the
    translation's colon and spacing ("Sujets :") are kept."""
    return key_value(label, "", w).rstrip()


def _action(a: ActionData, w: Wording) -> str:
    return w.tr("{action} — {detail}").format(action=a.text, detail=action_detail(a, w))
