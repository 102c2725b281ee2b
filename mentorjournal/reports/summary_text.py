"""Wording shared by every summary renderer (Markdown, HTML, and later PDF): titles, the
period, progress and ratings in words. Plain text only; each renderer escapes it its way."""

from __future__ import annotations

from datetime import date

from ..models import LABELS, RATING_SCALE
from ..services.summaries import (
    ActionData,
    GoalData,
    MenteeSummaryData,
    ProfileData,
    ProgrammeData,
    RatingData,
    ReflectionData,
    SessionData,
)
from .brief_html import default_date

__all__ = [
    "PROMPT_TITLES",
    "action_detail",
    "default_date",
    "goal_line",
    "period_text",
    "prepared_by",
    "profile_rows",
    "programme_title",
    "rating_text",
    "reflection_parts",
    "session_heading",
    "summary_title",
]

PROMPT_TITLES = (
    ("what_happened", "What happened"),
    ("went_well", "What went well"),
    ("to_change", "What to change"),
    ("next_steps", "Next steps"),
)


def summary_title(data: MenteeSummaryData) -> str:
    return f"Mentoring summary: {data.mentee.name}"


def programme_title(data: ProgrammeData) -> str:
    return "Programme report"


def period_text(start: date | None, end: date | None) -> str:
    """ "Period: 1 Oct 2026 – 30 Nov 2026", "since …", "until …" or "all records"."""
    if start and end:
        return f"Period: {default_date(start)} – {default_date(end)}"
    if start:
        return f"Period: since {default_date(start)}"
    if end:
        return f"Period: until {default_date(end)}"
    return "Period: all records"


def prepared_by(owner_name: str, institution: str, today: date) -> str:
    who = ", ".join(p for p in (owner_name, institution) if p)
    return f"Prepared {default_date(today)}" + (f" by {who}" if who else "")


def profile_rows(m: ProfileData) -> list[tuple[str, str]]:
    """The profile as (label, value) pairs, only those with a value; never private notes."""
    rows = [
        ("Preferred name", m.preferred_name),
        ("Programme", m.programme),
        ("Cohort", m.cohort),
        ("Level", m.level),
        ("Start date", default_date(m.start_date) if m.start_date else ""),
        ("Mentoring", LABELS[m.mentoring_model]),
        ("Status", LABELS[m.status]),
        ("Contact", m.contact),
        ("Tags", ", ".join(m.tags)),
    ]
    return [(label, value) for label, value in rows if value]


def percent_text(value: float | None) -> str:
    return "no check-in yet" if value is None else f"{round(value)} %"


def goal_line(goal: GoalData) -> str:
    bits = [LABELS[goal.status], f"progress {percent_text(goal.progress_percent)}"]
    if goal.target_date:
        bits.append(f"target {default_date(goal.target_date)}")
    if goal.achieved_on:
        bits.append(f"achieved {default_date(goal.achieved_on)}")
    return " · ".join(bits)


def rating_text(rating: RatingData) -> str:
    return f"{RATING_SCALE[rating.rating]} ({rating.rating}/5, {default_date(rating.rated_on)})"


def session_heading(session: SessionData) -> str:
    bits = [f"{default_date(session.started_at.date())} {session.started_at:%H:%M}"]
    bits.append(LABELS[session.kind])
    if session.duration_minutes:
        bits.append(f"{session.duration_minutes} min")
    return " · ".join(bits)


def reflection_parts(r: ReflectionData) -> list[tuple[str, str]]:
    """(title, text) of each part written: the free text (title "") and the prompts."""
    parts = [("", r.text.strip())] if r.text.strip() else []
    for field, title in PROMPT_TITLES:
        value = str(getattr(r, field)).strip()
        if value:
            parts.append((title, value))
    return parts


def action_detail(a: ActionData) -> str:
    """ "mentee, due 5 Mar 2026", "mentor, done 2 Mar 2026" or "mentee, overdue, was due …"."""
    if a.done_date:
        when = f"done {default_date(a.done_date)}"
    elif a.due_date:
        when = ("overdue, was due " if a.overdue else "due ") + default_date(a.due_date)
    else:
        when = ""
    return ", ".join(p for p in (LABELS[a.owner].lower(), when) if p)
