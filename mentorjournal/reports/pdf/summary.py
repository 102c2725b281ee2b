"""Mentee summaries and the programme report as PDF (A4 or Letter).

The same wording as the Markdown and HTML summaries (reports/summary_text.py), from the same
data (services/summaries.py: private notes are absent from it unless the trainer asked for
them). Several mentees in one file get a contents page and one bookmark each.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time

from fpdf import FPDF
from fpdf.outline import OutlineSection, TableOfContents

from ...models import LABELS
from ...services.summaries import MenteeSummaryData, ProgrammeData, Section
from ..summary_charts import summary_charts
from ..summary_text import (
    action_detail,
    default_date,
    goal_line,
    percent_text,
    period_text,
    prepared_by,
    profile_rows,
    programme_title,
    rating_text,
    reflection_parts,
    session_heading,
    summary_title,
)
from .document import PageSize, PdfDocument

PRIVATE_WARNING = "Includes private notes: keep this document confidential."


def render_summary_pdf(data: MenteeSummaryData, page_size: PageSize = "A4") -> bytes:
    """One mentee's summary as a PDF file."""
    pdf = _document(page_size, f"{summary_title(data)} · {_period(data)}", data)
    pdf.set_title(summary_title(data))
    pdf.add_page()
    _mentee(pdf, data)
    return pdf.output_bytes()


def render_summaries_pdf(
    summaries: Sequence[MenteeSummaryData],
    page_size: PageSize = "A4",
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    """Several mentees' summaries in one PDF: a contents page, then one part per mentee, each
    starting on a new page with the mentee's name and the period in the running header.
    `progress(done, total)` is called after each mentee (a window keeps turning with it)."""
    if not summaries:
        raise ValueError("no summaries to write")
    first = summaries[0]
    pdf = _document(page_size, "", first)
    pdf.set_title("Mentoring summaries")
    pdf.add_page()
    pdf.title_block(
        "Mentoring summaries",
        [prepared_by(first.owner_name, first.institution, first.today), _period(first)],
    )
    if any(d.include_private for d in summaries):
        pdf.notice(PRIVATE_WARNING)
    pages = max(1, (len(summaries) + 30) // 38)  # about 38 contents lines on a page
    # The placeholder starts the next page, whose header is the first mentee's.
    pdf.header_text = f"{summary_title(first)} · {_period(first)}"
    pdf.insert_toc_placeholder(_contents, pages=pages, allow_extra_pages=True)
    for number, data in enumerate(summaries):
        pdf.header_text = f"{summary_title(data)} · {_period(data)}"
        if number:
            pdf.add_page()
        pdf.start_section(data.mentee.name, level=0)
        _mentee(pdf, data, outline_level=1)
        if progress is not None:
            progress(number + 1, len(summaries))
    return pdf.output_bytes()


def render_programme_pdf(data: ProgrammeData, page_size: PageSize = "A4") -> bytes:
    """The programme report: the dashboard's figures and one line per mentee."""
    title = programme_title(data)
    pdf = PdfDocument(page_size, header_text=f"{title} · {default_date(data.today)}")
    pdf.set_title(title)
    pdf.set_creation_date(_timestamp(data.today))
    pdf.add_page()
    pdf.title_block(title, [prepared_by(data.owner_name, data.institution, data.today)])
    pdf.key_values(
        [
            ("Active mentees", str(data.active_mentees)),
            ("Sessions this month", str(data.sessions_this_month)),
            (
                "Goals achieved",
                f"{data.goals_achieved} ({data.goals_achieved_this_month} this month)",
            ),
            ("Overdue action items", str(data.overdue_actions)),
        ]
    )
    pdf.heading("Mentees")
    if not data.lines:
        pdf.paragraph("No mentees yet.", muted=True)
    rows = [
        (
            line.name,
            " / ".join(p for p in (line.programme, line.cohort) if p),
            LABELS[line.status],
            default_date(line.last_session) if line.last_session else "never",
            str(line.sessions),
            f"{line.open_actions} ({line.overdue_actions} overdue)"
            if line.overdue_actions
            else str(line.open_actions),
            f"{line.goals_achieved} / {line.goals_achieved + line.goals_active}",
        )
        for line in data.lines
    ]
    if rows:
        pdf.data_table(
            (
                "Mentee",
                "Programme / cohort",
                "Status",
                "Last session",
                "Sessions",
                "Open actions",
                "Goals achieved",
            ),
            rows,
            col_widths=(24, 26, 15, 16, 12, 17, 13),
            numeric=(4,),
            size=8.5,
        )
    return pdf.output_bytes()


# --- parts -----------------------------------------------------------------------------------
def _document(page_size: PageSize, header: str, data: MenteeSummaryData) -> PdfDocument:
    pdf = PdfDocument(
        page_size,
        header_text=header,
        footer_note="Confidential: includes private notes" if data.include_private else "",
    )
    pdf.set_creation_date(_timestamp(data.today))
    return pdf


def _timestamp(day: date) -> datetime:
    # Dated by the summary's "today", not the clock: the same data gives the same file.
    return datetime.combine(day, time(12, 0), tzinfo=UTC)


def _period(data: MenteeSummaryData) -> str:
    return period_text(data.period_from, data.period_to)


def _mentee(pdf: PdfDocument, data: MenteeSummaryData, outline_level: int = 0) -> None:
    m = data.mentee
    pdf.title_block(
        summary_title(data),
        [prepared_by(data.owner_name, data.institution, data.today), _period(data)],
    )
    if data.include_private:
        pdf.notice(PRIVATE_WARNING)
    charts = {chart.title: chart for chart in summary_charts(data, text_as_text=True)}

    if data.has(Section.PROFILE):
        pdf.heading("Profile", level=outline_level)
        pdf.key_values(profile_rows(m))
        if m.private_notes is not None and m.private_notes.strip():
            pdf.private_block("Private notes", m.private_notes)

    if data.has(Section.GOALS):
        pdf.heading("Goals", level=outline_level)
        if not data.goals:
            pdf.paragraph("No goals.", muted=True)
        chart = charts.get("Progress on goals")
        if chart is not None:
            pdf.chart(
                chart.svg,
                chart.aspect,
                "Progress on goals: percent done at each check-in in the period.",
            )
        for goal in data.goals:
            pdf.subheading(goal.title, goal_line(goal))
            for c in goal.check_ins:
                note = f": {c.note.strip()}" if c.note.strip() else ""
                pdf.bullet(
                    f"Check-in {default_date(c.checked_on)}, "
                    f"{percent_text(c.progress_percent)}{note}"
                )

    if data.has(Section.SKILLS):
        pdf.heading("Skills", level=outline_level)
        if not data.skills:
            pdf.paragraph("No skill ratings.", muted=True)
        else:
            chart = charts.get("Skills: first and latest rating")
            if chart is not None:
                pdf.chart(
                    chart.svg, chart.aspect, "First and latest rating of each skill (1 to 5)."
                )
            pdf.data_table(
                ("Skill", "First rating", "Latest rating"),
                [(k.name, rating_text(k.first), rating_text(k.latest)) for k in data.skills],
                col_widths=(2, 2, 2),
            )

    if data.has(Section.SESSIONS):
        pdf.heading("Sessions", level=outline_level)
        if not data.sessions:
            pdf.paragraph("No sessions in this period.", muted=True)
        for s in data.sessions:
            pdf.subheading(session_heading(s))
            if len(s.attendees) > 1:
                pdf.paragraph(", ".join(s.attendees), label="Attendees")
            if s.topics.strip():
                pdf.paragraph(s.topics, label="Topics")
            if s.next_meeting_date:
                pdf.paragraph(default_date(s.next_meeting_date), label="Next meeting")
            pdf.paragraph(s.notes)
            if s.private_note is not None and s.private_note.strip():
                pdf.private_block("Private note", s.private_note)
            for a in s.actions:
                pdf.bullet(f"{a.text} — {action_detail(a)}", "☑" if a.done_date else "☐")
        open_items = [a for a in data.actions if a.is_open]
        if open_items:
            pdf.heading("Open action items", level=outline_level)
            for a in open_items:
                pdf.bullet(f"{a.text} — {action_detail(a)}", "☐")

    if data.has(Section.REFLECTIONS):
        pdf.heading("Reflections", level=outline_level)
        if not data.reflections:
            pdf.paragraph("No reflections in this period.", muted=True)
        for r in data.reflections:
            private = " (private)" if r.is_private else ""
            pdf.subheading(f"{default_date(r.written_on)} · {LABELS[r.author]}{private}")
            for title, text in reflection_parts(r):
                pdf.paragraph(text, label=title)


def _contents(pdf: FPDF, outline: list[OutlineSection]) -> None:
    assert isinstance(pdf, PdfDocument)
    pdf.heading("Contents", outline=False)
    TableOfContents(level_indent=6, line_spacing=1.4).render_toc(
        pdf, [s for s in outline if s.level == 0]
    )
