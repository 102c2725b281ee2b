"""The pre-meeting brief as a printable HTML document, and the phrases the brief shows on screen.

Qt-free: the GUI sets the HTML on a QTextDocument to print it or save it as PDF, and later
summaries can reuse it. Every piece of text from the journal goes through `html.escape`;
private notes (the mentee's, the session's, private reflections) never appear.

Wording goes through a `tr` callable (the GUI passes Qt's translate), dates through
`format_date` (the GUI passes the locale's format), vocabulary through `label`.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, timedelta
from enum import StrEnum
from typing import Protocol

from ..models import LABELS, RATING_SCALE, ActionItem, ActionOwner, Rater, Reflection
from ..services.brief import ActionLine, Brief, GoalLine, SkillChange
from ..services.dashboard import Contact
from ..services.previews import close_directions, first_line, preview, safe_cut

Translate = Callable[[str], str]

# Text colours of the contact line, as on the dashboard: readable on white paper too.
CONTACT_COLOURS: dict[Contact, str] = {
    Contact.GREEN: "#15803d",
    Contact.AMBER: "#b45309",
    Contact.RED: "#b42318",
}
OVERDUE_COLOUR = CONTACT_COLOURS[Contact.RED]
MUTED_COLOUR = "#5f6b7a"
PRINTED_NOTES_CHARS = 2000  # the brief is a page or two: the last session's notes are cut here


class TranslateMeaning(Protocol):
    """A translate function that also takes which of a word's meanings is meant (Qt's
    disambiguation): "Due" the contact status is not "Due" the date column heading."""

    def __call__(self, text: str, disambiguation: str | None = None, /) -> str: ...


def _same(text: str, disambiguation: str | None = None, /) -> str:
    return text


def default_date(value: date) -> str:
    """ "5 Mar 2026": unambiguous in every country."""
    return f"{value.day} {value:%b %Y}"


def default_label(value: StrEnum) -> str:
    return LABELS[value]


# --- phrases shared with the on-screen brief ---------------------------------------------
def contact_sentence(brief: Brief, tr: Translate = _same) -> str:
    """ "18 days since the last session — meets every 14 days"."""
    every = (
        tr("meets every day")
        if brief.cadence_days == 1
        else tr("meets every {n} days").format(n=brief.cadence_days)
    )
    days = brief.days_since_contact
    if days is None:
        head = tr("No session yet")
    elif days == 0:
        head = tr("Last session today")
    elif days == 1:
        head = tr("1 day since the last session")
    else:
        head = tr("{n} days since the last session").format(n=days)
    return f"{head} — {every}"


def contact_word(brief: Brief, tr: TranslateMeaning = _same) -> str:
    """The contact status in a word, so it is never told by colour alone."""
    if brief.days_since_contact is None:
        return tr("Never met")
    return {
        Contact.GREEN: tr("On track"),
        Contact.AMBER: tr("Due", "meeting status: time to meet again"),
        Contact.RED: tr("Overdue"),
    }[brief.contact]


def next_meeting_text(
    brief: Brief, format_date: Callable[[date], str] = default_date, tr: Translate = _same
) -> str:
    if brief.next_meeting is not None:
        return tr("{date} (planned)").format(date=format_date(brief.next_meeting))
    if brief.last_session is not None:
        due = brief.last_session.session.started_at.date() + timedelta(days=brief.cadence_days)
        return tr("due by {date}").format(date=format_date(due))
    return tr("not planned yet")


def due_text(
    line: ActionLine,
    today: date,
    format_date: Callable[[date], str] = default_date,
    tr: Translate = _same,
) -> str:
    """ "overdue by 7 days", "due 5 Dec 2026", or "" when the item has no due date."""
    due = line.item.due_date
    if due is None:
        return ""
    if line.overdue:
        days = (today - due).days
        return tr("overdue by 1 day") if days == 1 else tr("overdue by {n} days").format(n=days)
    if due == today:
        return tr("due today")
    return tr("due {date}").format(date=format_date(due))


def days_left_text(days_left: int | None, tr: Translate = _same) -> str:
    """Days to a goal's target date; past the target says so (shown in red)."""
    if days_left is None:
        return tr("no target date")
    if days_left == 0:
        return tr("target date today")
    if days_left == 1:
        return tr("1 day left")
    if days_left > 1:
        return tr("{n} days left").format(n=days_left)
    if days_left == -1:
        return tr("1 day past the target")
    return tr("{n} days past the target").format(n=-days_left)


def rating_word(value: int, tr: Translate = _same) -> str:
    return tr(RATING_SCALE[value])


def skill_change_text(change: SkillChange, tr: Translate = _same) -> str:
    """ "Assisted → Supervised", or "first rating: Supervised"."""
    after = rating_word(change.after, tr)
    if change.before is None:
        return tr("first rating: {after}").format(after=after)
    return f"{rating_word(change.before, tr)} → {after}"


def skill_arrow(change: SkillChange) -> str:
    if change.before is None or change.after == change.before:
        return "•" if change.before is None else "="
    return "↑" if change.after > change.before else "↓"


def reflection_text(r: Reflection) -> str:
    """The first thing written in a reflection (its free text or the first prompt answered);
    it may be megabytes long: show it through a preview (`first_lines`, a cut label)."""
    parts = (r.text, r.what_happened, r.went_well, r.to_change, r.next_steps)
    # The note itself, not a copy: callers show a preview of it.
    return next((p for p in parts if p and not p.isspace()), "")


def first_lines(text: str, lines: int = 3, limit: int = 260) -> str:
    """The first `lines` non-empty lines, at most `limit` characters, with "…" when cut."""
    # Only the head of the note is looked at (blank lines included), never all of it.
    head = preview(text, limit=limit + 200, lines=4 * lines + 20)
    kept = [line.strip() for line in head.text.splitlines() if line.strip()]
    shown = "\n".join(kept[:lines])
    cut = len(kept) > lines or head.cut
    if len(shown) > limit:
        shown = close_directions(shown[: safe_cut(shown, limit - 1)].rstrip())
        cut = True
    return shown + ("…" if cut else "")


# --- the document --------------------------------------------------------------------------
def brief_html(
    brief: Brief,
    *,
    format_date: Callable[[date], str] = default_date,
    label: Callable[[StrEnum], str] = default_label,
    tr: TranslateMeaning = _same,
) -> str:
    """The whole brief as one HTML document (inline styles: QTextDocument and browsers)."""
    e = html.escape
    m = brief.mentee
    parts: list[str] = []

    def heading(text: str) -> None:
        # A paragraph, not <h2>: Qt's rich text gives headings a fixed, loud size.
        parts.append(
            '<p style="font-size:12pt; font-weight:600; color:#0f766e; '
            f'margin-top:14px; margin-bottom:4px;">{e(text)}</p>'
        )

    def para(text: str, style: str = "") -> None:
        parts.append(f'<p style="margin-top:2px; margin-bottom:2px; {style}">{e(text)}</p>')

    parts.append(
        f'<h1 style="font-size:17pt; margin-bottom:2px;">'
        f"{e(tr('Pre-meeting brief: {name}').format(name=m.full_name))}</h1>"
    )
    details = [p for p in (m.programme, m.cohort, m.level) if p]
    if m.preferred_name:
        details.append(tr("goes by “{name}”").format(name=m.preferred_name))
    details.append(tr("prepared {date}").format(date=format_date(brief.today)))
    para(" · ".join(details), f"color:{MUTED_COLOUR};")
    colour = CONTACT_COLOURS[brief.contact]
    para(
        f"{contact_sentence(brief, tr)} ({contact_word(brief, tr)})",
        f"font-size:12pt; font-weight:600; color:{colour}; margin-top:10px;",
    )
    para(tr("Next meeting: {when}").format(when=next_meeting_text(brief, format_date, tr)))

    heading(tr("Last session"))
    last = brief.last_session
    if last is None:
        para(tr("No session yet."), f"color:{MUTED_COLOUR};")
    else:
        s = last.session
        head = [format_date(s.started_at.date()), label(s.kind)]
        para(" · ".join(head), "font-weight:600;")
        topics = first_line(s.topics, 300)
        if topics:
            para(tr("Topics: {topics}").format(topics=topics))
        notes = preview(s.notes, limit=PRINTED_NOTES_CHARS)
        if notes.text:
            para(notes.text, "white-space:pre-wrap;")
        if notes.cut:
            para(tr("… (the notes go on in the journal)"), f"color:{MUTED_COLOUR};")

    heading(tr("Open action items"))
    commitments = brief.mentee_commitments
    others = [a for a in brief.open_actions if a.item.owner != ActionOwner.MENTEE]
    if not brief.open_actions:
        para(tr("Nothing open."), f"color:{MUTED_COLOUR};")
    for title, lines in (
        (tr("The mentee committed to"), commitments),
        (tr("The mentor agreed to"), others),
    ):
        if lines:
            para(title, "font-weight:600; margin-top:6px;")
            parts.append(_action_list(lines, brief.today, format_date, tr))

    heading(tr("Active goals"))
    if not brief.active_goals:
        para(tr("No active goals."), f"color:{MUTED_COLOUR};")
    for goal in brief.active_goals:
        para(_goal_line(goal, format_date, tr), _goal_style(goal))

    heading(tr("Skill changes since the last session"))
    changed = [c for c in brief.skill_changes if c.before != c.after]
    same = len(brief.skill_changes) - len(changed)
    if not brief.skill_changes:
        para(tr("No new skill ratings."), f"color:{MUTED_COLOUR};")
    self_rating = tr("self rating")  # outside the f-string: lupdate does not look inside one
    for change in changed:
        who = "" if change.rater == Rater.MENTOR else f" ({self_rating})"
        para(f"{skill_arrow(change)} {change.skill_name}: {skill_change_text(change, tr)}{who}")
    if same:
        para(tr("{n} skills rated again without change.").format(n=same), f"color:{MUTED_COLOUR};")

    heading(tr("Latest reflections"))
    if not brief.reflections:
        para(tr("No reflections yet."), f"color:{MUTED_COLOUR};")
    for r in brief.reflections:
        para(f"{format_date(r.written_on)} · {label(r.author)}", "font-weight:600;")
        para(first_lines(reflection_text(r), lines=4, limit=600), "white-space:pre-wrap;")

    body = "\n".join(parts)
    title = e(tr("Pre-meeting brief: {name}").format(name=m.full_name))
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f"<title>{title}</title></head>\n"
        "<body style=\"font-family:'Noto Sans', 'DejaVu Sans', sans-serif; font-size:10pt;\">\n"
        f"{body}\n</body></html>\n"
    )


def _action_list(
    lines: list[ActionLine],
    today: date,
    format_date: Callable[[date], str],
    tr: Translate,
) -> str:
    items = []
    for line in lines:
        text = html.escape(_item_text(line.item))
        due = due_text(line, today, format_date, tr)
        if line.overdue:
            items.append(
                f'<li style="color:{OVERDUE_COLOUR};">{text} — <b>{html.escape(due)}</b></li>'
            )
        else:
            items.append(f"<li>{text}" + (f" — {html.escape(due)}" if due else "") + "</li>")
    return '<ul style="margin-top:0; margin-bottom:0;">' + "".join(items) + "</ul>"


def _item_text(item: ActionItem) -> str:
    return first_line(item.text, 300)


def _goal_line(goal: GoalLine, format_date: Callable[[date], str], tr: Translate) -> str:
    row = goal.row
    bits = [row.goal.title]
    if row.progress_percent is not None:
        bits.append(tr("{p} % done").format(p=round(row.progress_percent)))
    if row.last_check_in is not None:
        bits.append(tr("last check-in {date}").format(date=format_date(row.last_check_in)))
    bits.append(days_left_text(goal.days_left, tr))
    return " · ".join(bits)


def _goal_style(goal: GoalLine) -> str:
    return f"color:{OVERDUE_COLOUR};" if goal.days_left is not None and goal.days_left < 0 else ""
