"""What a trainer asks to share, and the files it gives: the one place that maps a choice
(whom, which period and sections, which format, private or not, anonymised or not) to
renderers. The Share dialog uses it; the same rules as `mentorjournal report`.

Qt-free; the PDF, chart and CSV code is imported only for the format chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from ..services import Services
from ..services.summaries import ALL_SECTIONS, MenteeSummaryData, Section
from .wording import ENGLISH, Wording

if TYPE_CHECKING:
    from .pdf.document import PageSize


class Scope(StrEnum):
    MENTEE = "mentee"  # one mentee's summary
    EVERYONE = "everyone"  # every mentee's summary in one file
    PROGRAMME = "programme"  # the programme report


class Format(StrEnum):
    PDF = "pdf"
    MARKDOWN = "md"
    HTML = "html"
    CSV = "csv"
    CALENDAR = "ics"


# What each format can do (the dialog greys out the rest).
PAGED = frozenset({Format.PDF})
FOR_PROGRAMME = frozenset({Format.PDF, Format.MARKDOWN, Format.HTML, Format.CSV})
FOR_EVERYONE = frozenset({Format.PDF, Format.CSV})
SUFFIX = {
    Format.PDF: ".pdf",
    Format.MARKDOWN: ".md",
    Format.HTML: ".html",
    Format.CSV: ".csv",
    Format.CALENDAR: ".ics",
}

CSV_TABLES = ("sessions", "action_items", "goals", "skill_ratings")  # csv_export.WRITERS

Progress = Callable[[int, int], None]  # (done, total), e.g. to keep a window responsive


def translatable(context: str, text: str) -> str:
    """Marks a text the GUI shows translated (Qt's QT_TRANSLATE_NOOP: the extractor knows the
    name); Qt-free, so it returns the English."""
    return text


@dataclass(frozen=True)
class ShareRequest:
    scope: Scope
    format: Format
    mentee_id: int | None = None
    period_from: date | None = None
    period_to: date | None = None
    sections: frozenset[Section] = field(default=ALL_SECTIONS)
    include_private: bool = False
    anonymise: bool = False
    page_size: str = "A4"
    csv_table: str = "sessions"  # for CSV of mentees: sessions, action_items, goals, skill_ratings

    def problems(self) -> list[str]:
        """Why this request cannot be made, in words for the dialog (empty when it can)."""
        out = []
        if self.scope == Scope.MENTEE and self.mentee_id is None:
            out.append(translatable("share", "Choose a mentee first."))
        if self.scope == Scope.PROGRAMME and self.format not in FOR_PROGRAMME:
            out.append(
                translatable("share", "The programme report is made as PDF, Markdown, HTML or CSV.")
            )
        if self.scope == Scope.EVERYONE and self.format not in FOR_EVERYONE:
            out.append(
                translatable(
                    "share", "Summaries of every mentee are made as one PDF or as CSV tables."
                )
            )
        if self.scope != Scope.PROGRAMME and not self.sections:
            out.append(translatable("share", "Choose at least one section."))
        if self.format == Format.CSV and self.csv_table not in CSV_TABLES:
            out.append(translatable("share", "Choose a table for the CSV file."))
        if self.period_from and self.period_to and self.period_from > self.period_to:
            out.append(translatable("share", "The period starts after it ends."))
        return out


def suggested_name(request: ShareRequest, mentee_name: str, today: date) -> str:
    """A file name such as "summary-selam-tadesse-2026-11-23.pdf" (a code when anonymised)."""
    if request.scope == Scope.PROGRAMME:
        stem = "programme-report"
    elif request.scope == Scope.EVERYONE:
        stem = "mentee-summaries"
    else:
        who = "mentee" if request.anonymise else _slug(mentee_name) or "mentee"
        stem = f"{'calendar' if request.format == Format.CALENDAR else 'summary'}-{who}"
    if request.format == Format.CSV and request.scope != Scope.PROGRAMME:
        stem = f"{request.csv_table.replace('_', '-')}-{stem.split('-', 1)[1]}"
    return f"{stem}-{today.isoformat()}{SUFFIX[request.format]}"


def _slug(text: str) -> str:
    kept = "".join(ch if ch.isalnum() else "-" for ch in text.casefold())
    return "-".join(part for part in kept.split("-") if part)[:40]


def render(
    services: Services,
    request: ShareRequest,
    today: date,
    progress: Progress | None = None,
    wording: Wording = ENGLISH,
) -> bytes:
    """The file's content: for CSV, the table `request.csv_table` (the CLI can also write a
    folder with every table). PDF, Markdown, HTML and the calendar's event titles are in
    `wording`'s language; CSV stays as programs read it (English headings, ISO dates)."""
    problems = request.problems()
    if problems:
        raise ValueError(problems[0])
    if request.scope == Scope.PROGRAMME:
        return _programme(services, request, today, wording)
    summaries = _summaries(services, request, today, progress)
    fmt = request.format
    if fmt == Format.PDF:
        from .pdf import render_summaries_pdf, render_summary_pdf

        if request.scope == Scope.MENTEE:
            return render_summary_pdf(summaries[0], _page(request), wording)
        return render_summaries_pdf(summaries, _page(request), progress, wording)
    if fmt == Format.CSV:
        from .csv_export import WRITERS

        return WRITERS[request.csv_table](summaries)
    if fmt == Format.MARKDOWN:
        from .markdown import render_markdown

        return render_markdown(summaries[0], wording).encode("utf-8")
    if fmt == Format.HTML:
        from .html import render_html

        return render_html(summaries[0], w=wording).encode("utf-8")
    from .calendar import render_ics

    return render_ics(summaries[0], w=wording).encode("utf-8")


def _page(request: ShareRequest) -> PageSize:
    return "Letter" if request.page_size.casefold() == "letter" else "A4"


def _summaries(
    services: Services, request: ShareRequest, today: date, progress: Progress | None
) -> list[MenteeSummaryData]:
    if request.scope == Scope.MENTEE:
        assert request.mentee_id is not None
        return [
            services.summaries.build(
                request.mentee_id,
                period_from=request.period_from,
                period_to=request.period_to,
                sections=request.sections,
                include_private=request.include_private,
                anonymise=request.anonymise,
                today=today,
            )
        ]
    summaries = services.summaries.build_all(
        period_from=request.period_from,
        period_to=request.period_to,
        sections=request.sections,
        include_private=request.include_private,
        anonymise=request.anonymise,
        today=today,
    )
    return summaries


def _programme(services: Services, request: ShareRequest, today: date, wording: Wording) -> bytes:
    data = services.summaries.programme(today, anonymise=request.anonymise)
    if request.format == Format.PDF:
        from .pdf import render_programme_pdf

        return render_programme_pdf(data, _page(request), wording)
    if request.format == Format.MARKDOWN:
        from .markdown import render_programme_markdown

        return render_programme_markdown(data, wording).encode("utf-8")
    if request.format == Format.HTML:
        from .html import render_programme_html

        return render_programme_html(data, wording).encode("utf-8")
    from .csv_export import programme_csv

    return programme_csv(data)
