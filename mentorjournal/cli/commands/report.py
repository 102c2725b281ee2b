"""`mentorjournal report`: a mentee's summary, or the programme report, written to a file as
PDF, Markdown, HTML, CSV or an iCalendar file. Private notes stay out unless --include-private."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..common import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, add_db_option, print_error

if TYPE_CHECKING:
    from ...reports.pdf.document import PageSize
    from ...services import MenteeSummaryData, Services
    from ...services.summaries import Section
    from ..common import Subparsers

FORMATS = ("pdf", "md", "html", "csv", "ics")
SECTION_NAMES = ("profile", "goals", "skills", "sessions", "reflections")


def add_parser(subparsers: Subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "report",
        help="write a mentee's summary or the programme report to a file",
        description="Write a summary of one mentee (--mentee) or the programme report (--all) "
        "as PDF, Markdown, HTML, CSV or a calendar file. Private notes and private reflections are "
        "left out unless --include-private is given. With --format csv, an --out ending in "
        ".csv gets the sessions table (the mentee list with --all); an existing folder, or a "
        "path ending in / (a new folder is made), gets one file per table.",
    )
    add_db_option(parser)
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--mentee", metavar="NAME-OR-ID", help="the mentee: a name or a public id")
    who.add_argument("--all", action="store_true", help="the programme report: every mentee")
    parser.add_argument("--format", choices=FORMATS, required=True, help="the file format")
    parser.add_argument("--out", metavar="FILE", required=True, help="where to write it")
    parser.add_argument("--from", dest="period_from", metavar="YYYY-MM-DD", help="period start")
    parser.add_argument("--to", dest="period_to", metavar="YYYY-MM-DD", help="period end")
    parser.add_argument(
        "--sections",
        metavar="LIST",
        help="a mentee summary's sections, comma-separated, from: "
        + ", ".join(SECTION_NAMES)
        + " (default: all)",
    )
    parser.add_argument(
        "--page-size",
        choices=("a4", "letter"),
        default="a4",
        help="paper size of a PDF (default a4)",
    )
    parser.add_argument(
        "--include-private",
        action="store_true",
        help="include private notes and private reflections (keep the file confidential)",
    )
    parser.add_argument(
        "--anonymise", action="store_true", help="mentee names as codes (M-001...), no contacts"
    )
    parser.add_argument(
        "--today", metavar="YYYY-MM-DD", help=argparse.SUPPRESS
    )  # for tests and for reports dated as of another day
    return parser


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _Usage(f"{option} wants a date as YYYY-MM-DD, not {value!r}.") from None


class _Usage(Exception):
    pass


def run(args: argparse.Namespace) -> int:
    try:
        period_from = _date(args.period_from, "--from")
        period_to = _date(args.period_to, "--to")
        today = _date(args.today, "--today") or date.today()
        if period_from and period_to and period_from > period_to:
            raise _Usage("--from is after --to.")
        if args.all and args.format == "ics":
            raise _Usage("--format ics is for one mentee (--mentee), not --all.")
        out = _target(args.out, args.format)
        sections = _sections(args.sections)
    except _Usage as problem:
        print_error(str(problem))
        return EXIT_USAGE

    from ...services import Services
    from ...store.errors import NotFound
    from ..common import open_existing_journal

    with open_existing_journal(args) as journal:
        services = Services.for_journal(journal)
        options = _Options(
            period_from,
            period_to,
            args.include_private,
            args.anonymise,
            today,
            sections,
            "Letter" if args.page_size == "letter" else "A4",
        )
        if args.all:
            files = _programme(services, args.format, out, options)
        else:
            try:
                mentee = services.mentees.find(args.mentee)
            except NotFound:
                print_error(f"No mentee matches {args.mentee!r}.")
                return EXIT_PROBLEM
            assert mentee.id is not None
            data = services.summaries.build(
                mentee.id,
                period_from=options.period_from,
                period_to=options.period_to,
                sections=options.sections,
                include_private=options.include_private,
                anonymise=options.anonymise,
                today=options.today,
            )
            files = _one(data, args.format, out, options)
    from ...reports.files import write_atomically

    if out.folder and not out.path.is_dir():
        # Made only now that the journal opened and the tables are built: a failed run leaves
        # nothing behind. Owner-only, as the files in it (they name mentees).
        out.path.mkdir(mode=0o700)
        out.path.chmod(0o700)  # mkdir's mode passes through the umask
    for path, content in files.items():
        write_atomically(path, content)
    written = ", ".join(str(p) for p in files)
    print(f"Wrote {written}" + (" (includes private notes)" if args.include_private else ""))
    return EXIT_OK


@dataclass(frozen=True)
class _Options:
    period_from: date | None
    period_to: date | None
    include_private: bool
    anonymise: bool
    today: date
    sections: frozenset[Section]
    page_size: PageSize


@dataclass(frozen=True)
class _Target:
    path: Path
    folder: bool  # one file per table in this folder (CSV only)


def _target(out: str, fmt: str) -> _Target:
    path = Path(out).expanduser()
    folder = fmt == "csv" and (path.is_dir() or out.endswith(("/", "\\")))
    if folder:
        # A new folder is made (by run, once the tables are built) in an existing one.
        if not path.is_dir() and (path.exists() or not path.parent.is_dir()):
            raise _Usage(f"Cannot make the folder {path}: {path.parent} is not a folder.")
        return _Target(path, True)
    if path.is_dir():
        raise _Usage(f"{path} is a folder; give a file name (a folder only with --format csv).")
    if not path.parent.is_dir():
        raise _Usage(f"The folder {path.parent} does not exist.")
    return _Target(path, False)


def _sections(value: str | None) -> frozenset[Section]:
    from ...services.summaries import ALL_SECTIONS, Section

    if value is None:
        return ALL_SECTIONS
    names = [n.strip().casefold() for n in value.split(",") if n.strip()]
    unknown = [n for n in names if n not in SECTION_NAMES]
    if unknown or not names:
        raise _Usage(f"--sections takes a comma-separated list from: {', '.join(SECTION_NAMES)}.")
    return frozenset(Section(n) for n in names)


def _one(data: MenteeSummaryData, fmt: str, out: _Target, options: _Options) -> dict[Path, bytes]:
    from ...reports import calendar, csv_export, html, markdown

    if fmt == "pdf":
        from ...reports.pdf import render_summary_pdf

        return {out.path: render_summary_pdf(data, options.page_size)}
    if fmt == "md":
        return {out.path: markdown.render_markdown(data).encode("utf-8")}
    if fmt == "html":
        return {out.path: html.render_html(data).encode("utf-8")}
    if fmt == "ics":
        return {out.path: calendar.render_ics(data).encode("utf-8")}
    if out.folder:
        return {out.path / name: content for name, content in csv_export.csv_files([data]).items()}
    return {out.path: csv_export.sessions_csv([data])}


def _programme(services: Services, fmt: str, out: _Target, options: _Options) -> dict[Path, bytes]:
    from ...reports import csv_export, html, markdown

    programme = services.summaries.programme(options.today, anonymise=options.anonymise)
    if fmt == "pdf":
        from ...reports.pdf import render_programme_pdf

        return {out.path: render_programme_pdf(programme, options.page_size)}
    if fmt == "md":
        return {out.path: markdown.render_programme_markdown(programme).encode("utf-8")}
    if fmt == "html":
        return {out.path: html.render_programme_html(programme).encode("utf-8")}
    if not out.folder:
        return {out.path: csv_export.programme_csv(programme)}
    summaries = services.summaries.build_all(
        period_from=options.period_from,
        period_to=options.period_to,
        include_private=options.include_private,
        anonymise=options.anonymise,
        today=options.today,
    )
    files = {out.path / "mentees.csv": csv_export.programme_csv(programme)}
    files.update(
        {out.path / name: content for name, content in csv_export.csv_files(summaries).items()}
    )
    return files
