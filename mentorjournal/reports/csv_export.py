"""Tables for spreadsheets: sessions, action items, goals with check-ins, skill ratings, and
the programme's one line per mentee.

UTF-8 with a byte order mark (so Excel reads Ethiopic and Arabic names right), ISO dates, one
header row, CRLF rows. A cell that a spreadsheet would run as a formula (starting with = + - @,
a tab or a carriage return) gets a leading apostrophe. Private columns appear only when the data
was built with `include_private` (the summary data has no private text otherwise).

Not translated, whatever the app's language: the column headings and dates are for programs
(spreadsheets, scripts that read the file by its column names), so they stay English and ISO
and stable from one version and one laptop to the next.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from datetime import date

from ..models import RATING_SCALE
from ..services.summaries import MenteeSummaryData, ProgrammeData

Row = list[object]

TABLES = ("sessions", "action_items", "goals", "skill_ratings")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> str:
    """The cell as text, with an apostrophe before anything a spreadsheet would evaluate."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    # 40.0 as "40"; up to 15 significant digits, so no value is rounded in practice.
    text = format(value, ".15g") if isinstance(value, float) else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def to_csv(header: Sequence[str], rows: Sequence[Row]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([neutralise(cell) for cell in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")


def _private(summaries: Sequence[MenteeSummaryData]) -> bool:
    return any(s.include_private for s in summaries)


def sessions_csv(summaries: Sequence[MenteeSummaryData]) -> bytes:
    header = [
        "mentee",
        "session_id",
        "date",
        "start_time",
        "duration_minutes",
        "kind",
        "attendees",
        "topics",
        "notes",
        "next_meeting",
        "action_items",
    ]
    private = _private(summaries)
    if private:
        header.append("private_note")
    rows = []
    for data in summaries:
        for s in data.sessions:
            row: Row = [
                data.mentee.name,
                s.public_id,
                s.started_at.date(),
                f"{s.started_at:%H:%M}",
                s.duration_minutes,
                s.kind.value,
                "; ".join(s.attendees),
                s.topics,
                s.notes,
                s.next_meeting_date,
                len(s.actions),
            ]
            if private:
                row.append(s.private_note or "")
            rows.append(row)
    return to_csv(header, rows)


def action_items_csv(summaries: Sequence[MenteeSummaryData]) -> bytes:
    header = [
        "mentee",
        "action_id",
        "session_id",
        "text",
        "owner",
        "due_date",
        "done_date",
        "state",
    ]
    rows: list[Row] = []
    for data in summaries:
        for a in data.actions:
            state = "done" if a.done_date else ("overdue" if a.overdue else "open")
            rows.append(
                [
                    data.mentee.name,
                    a.public_id,
                    a.session_public_id,
                    a.text,
                    a.owner.value,
                    a.due_date,
                    a.done_date,
                    state,
                ]
            )
    return to_csv(header, rows)


def goals_csv(summaries: Sequence[MenteeSummaryData]) -> bytes:
    """One row per check-in in the period; a goal without one still gets a row."""
    header = [
        "mentee",
        "goal_id",
        "goal",
        "category",
        "status",
        "target_date",
        "achieved_on",
        "target_value",
        "unit",
        "goal_progress_percent",
        "check_in_date",
        "check_in_percent",
        "check_in_value",
        "check_in_progress_percent",
        "check_in_note",
    ]
    rows: list[Row] = []
    for data in summaries:
        for g in data.goals:
            head: Row = [
                data.mentee.name,
                g.public_id,
                g.title,
                g.category.value,
                g.status.value,
                g.target_date,
                g.achieved_on,
                g.target_value,
                g.unit,
                g.progress_percent,
            ]
            if not g.check_ins:
                rows.append([*head, None, None, None, None, None])
            for c in g.check_ins:
                rows.append([*head, c.checked_on, c.percent, c.value, c.progress_percent, c.note])
    return to_csv(header, rows)


def skill_ratings_csv(summaries: Sequence[MenteeSummaryData]) -> bytes:
    header = ["mentee", "skill", "group", "rated_on", "rating", "rating_words", "rater", "note"]
    rows: list[Row] = []
    for data in summaries:
        for k in data.skills:
            for r in k.ratings:
                rows.append(
                    [
                        data.mentee.name,
                        k.name,
                        k.group.value,
                        r.rated_on,
                        r.rating,
                        RATING_SCALE[r.rating],
                        r.rater.value,
                        r.note,
                    ]
                )
    return to_csv(header, rows)


WRITERS: dict[str, Callable[[Sequence[MenteeSummaryData]], bytes]] = {
    "sessions": sessions_csv,
    "action_items": action_items_csv,
    "goals": goals_csv,
    "skill_ratings": skill_ratings_csv,
}


def csv_files(summaries: Sequence[MenteeSummaryData]) -> dict[str, bytes]:
    """Every table, by file name (sessions.csv, action_items.csv, goals.csv, ...)."""
    return {f"{name}.csv": WRITERS[name](summaries) for name in TABLES}


def programme_csv(data: ProgrammeData) -> bytes:
    header = [
        "mentee",
        "programme",
        "cohort",
        "status",
        "last_session",
        "sessions",
        "open_actions",
        "overdue_actions",
        "goals_achieved",
        "goals_active",
    ]
    rows: list[Row] = [
        [
            line.name,
            line.programme,
            line.cohort,
            line.status.value,
            line.last_session,
            line.sessions,
            line.open_actions,
            line.overdue_actions,
            line.goals_achieved,
            line.goals_active,
        ]
        for line in data.lines
    ]
    return to_csv(header, rows)
