"""Wording shared by every summary renderer (Markdown, HTML and PDF): titles, the period,
progress and ratings in words. Plain text only; each renderer escapes it its way.

Every text goes through the `Wording`'s `tr` with a literal string (the extractor finds it
there), dates through its `format_date`, numbers through its `number`.
"""

from __future__ import annotations

from datetime import date

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
from .wording import ENGLISH, RATING_TOP, Wording

__all__ = [
    "action_detail",
    "check_in_text",
    "default_date",
    "duration_text",
    "goal_line",
    "key_value",
    "percent_text",
    "period_text",
    "prepared_by",
    "private_warning",
    "profile_rows",
    "programme_figures",
    "programme_headings",
    "programme_title",
    "prompt_titles",
    "rating_text",
    "reflection_heading",
    "reflection_parts",
    "session_heading",
    "summary_title",
]


def prompt_titles(w: Wording = ENGLISH) -> tuple[tuple[str, str], ...]:
    """(field, title) of the reflection prompts, in the order they are printed."""
    tr = w.tr
    return (
        ("what_happened", tr("What happened")),
        ("went_well", tr("What went well")),
        ("to_change", tr("What to change")),
        ("next_steps", tr("Next steps")),
    )


def summary_title(data: MenteeSummaryData, w: Wording = ENGLISH) -> str:
    return w.tr("Mentoring summary: {name}").format(name=data.mentee.name)


def programme_title(data: ProgrammeData, w: Wording = ENGLISH) -> str:
    return w.tr("Programme report")


def private_warning(w: Wording = ENGLISH) -> str:
    return w.tr("Includes private notes: keep this document confidential.")


def key_value(label: str, value: str, w: Wording = ENGLISH) -> str:
    """ "Topics: glands" (the translation decides the colon and its spacing)."""
    return w.tr("{label}: {value}").format(label=label, value=value)


def period_text(start: date | None, end: date | None, w: Wording = ENGLISH) -> str:
    """ "Period: 1 Oct 2026 – 30 Nov 2026", "since …", "until …" or "all records"."""
    tr, day = w.tr, w.format_date
    if start and end:
        return tr("Period: {start} – {end}").format(start=day(start), end=day(end))
    if start:
        return tr("Period: since {start}").format(start=day(start))
    if end:
        return tr("Period: until {end}").format(end=day(end))
    return tr("Period: all records")


def prepared_by(owner_name: str, institution: str, today: date, w: Wording = ENGLISH) -> str:
    who = ", ".join(p for p in (owner_name, institution) if p)
    if who:
        return w.tr("Prepared {date} by {who}").format(date=w.format_date(today), who=who)
    return w.tr("Prepared {date}").format(date=w.format_date(today))


def profile_rows(m: ProfileData, w: Wording = ENGLISH) -> list[tuple[str, str]]:
    """The profile as (label, value) pairs, only those with a value; never private notes."""
    tr = w.tr
    rows = [
        (tr("Preferred name"), m.preferred_name),
        (tr("Programme"), m.programme),
        (tr("Cohort"), m.cohort),
        (tr("Level"), m.level),
        (tr("Start date"), w.format_date(m.start_date) if m.start_date else ""),
        (tr("Mentoring"), w.label(m.mentoring_model)),
        (tr("Status"), w.label(m.status)),
        (tr("Contact"), m.contact),
        (tr("Tags"), ", ".join(m.tags)),
    ]
    return [(label, value) for label, value in rows if value]


def percent_text(value: float | None, w: Wording = ENGLISH) -> str:
    return w.tr("no check-in yet") if value is None else w.percent(value)


def goal_line(goal: GoalData, w: Wording = ENGLISH) -> str:
    tr = w.tr
    bits = [
        w.label(goal.status),
        # "no check-in yet" stands alone: "progress no check-in yet" reads badly.
        tr("no check-in yet")
        if goal.progress_percent is None
        else tr("progress {percent}").format(percent=w.percent(goal.progress_percent)),
    ]
    if goal.target_date:
        bits.append(tr("target {date}").format(date=w.format_date(goal.target_date)))
    if goal.achieved_on:
        bits.append(tr("achieved {date}").format(date=w.format_date(goal.achieved_on)))
    return " · ".join(bits)


def check_in_text(checked_on: date, percent: float | None, w: Wording = ENGLISH) -> str:
    """ "Check-in 5 Nov 2026, 40 %" (a note, if any, follows it as `key_value`)."""
    return w.tr("Check-in {date}, {progress}").format(
        date=w.format_date(checked_on), progress=percent_text(percent, w)
    )


def rating_text(rating: RatingData, w: Wording = ENGLISH) -> str:
    """ "Competent (3/5, 5 Nov 2026)"."""
    return w.tr("{word} ({rating}/{top}, {date})").format(
        word=w.rating_word(rating.rating),
        rating=w.number(rating.rating),
        top=w.number(RATING_TOP),
        date=w.format_date(rating.rated_on),
    )


def session_heading(session: SessionData, w: Wording = ENGLISH) -> str:
    when = w.tr("{date} {time}").format(
        date=w.format_date(session.started_at.date()), time=w.format_time(session.started_at)
    )
    bits = [when, w.label(session.kind)]
    if session.duration_minutes:
        bits.append(duration_text(session.duration_minutes, w))
    return " · ".join(bits)


def duration_text(minutes: int, w: Wording = ENGLISH) -> str:
    """ "45 min", "1 h 30 min" (the same texts as the app's screens)."""
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return w.tr("{h} h {m} min").format(h=w.number(hours), m=w.number(rest))
    if hours:
        return w.tr("{h} h").format(h=w.number(hours))
    return w.tr("{m} min").format(m=w.number(rest))


def reflection_heading(r: ReflectionData, w: Wording = ENGLISH) -> str:
    """ "5 Nov 2026 · Mentee", with "(private)" for a private reflection."""
    day, author = w.format_date(r.written_on), w.label(r.author)
    if r.is_private:
        return w.tr("{date} · {author} (private)").format(date=day, author=author)
    return w.tr("{date} · {author}").format(date=day, author=author)


def reflection_parts(r: ReflectionData, w: Wording = ENGLISH) -> list[tuple[str, str]]:
    """(title, text) of each part written: the free text (title "") and the prompts."""
    parts = [("", r.text.strip())] if r.text.strip() else []
    for name, title in prompt_titles(w):
        value = str(getattr(r, name)).strip()
        if value:
            parts.append((title, value))
    return parts


def action_detail(a: ActionData, w: Wording = ENGLISH) -> str:
    """ "mentee, due 5 Mar 2026", "mentor, done 2 Mar 2026" or "mentee, overdue, was due …"."""
    tr, owner = w.tr, w.label(a.owner).lower()
    if a.done_date:
        return tr("{owner}, done {date}").format(owner=owner, date=w.format_date(a.done_date))
    if a.due_date and a.overdue:
        return tr("{owner}, overdue, was due {date}").format(
            owner=owner, date=w.format_date(a.due_date)
        )
    if a.due_date:
        return tr("{owner}, due {date}").format(owner=owner, date=w.format_date(a.due_date))
    return owner


def programme_headings(w: Wording = ENGLISH) -> tuple[str, ...]:
    """The columns of the programme report's table in Markdown and HTML (one per figure; the
    PDF's narrower page joins programme and cohort, open and overdue actions)."""
    tr = w.tr
    return (
        tr("Mentee"),
        tr("Programme"),
        tr("Cohort"),
        tr("Status"),
        tr("Last session"),
        tr("Sessions"),
        tr("Open actions"),
        tr("Overdue"),
        tr("Goals achieved"),
        tr("Goals active"),
    )


def programme_figures(data: ProgrammeData, w: Wording = ENGLISH) -> list[tuple[str, str]]:
    """The dashboard's figures at the top of the programme report, as (label, value)."""
    tr, n = w.tr, w.number
    achieved = tr("{total} ({month} this month)").format(
        total=n(data.goals_achieved), month=n(data.goals_achieved_this_month)
    )
    return [
        (tr("Active mentees"), n(data.active_mentees)),
        (tr("Sessions this month"), n(data.sessions_this_month)),
        (tr("Goals achieved"), achieved),
        (tr("Overdue action items"), n(data.overdue_actions)),
    ]
