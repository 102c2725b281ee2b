"""Mentee summaries and the programme report as Markdown (CommonMark with GFM tables).

Every text from the journal goes through `escape` (or `escape_block` for multi-line notes):
Markdown's special characters get a backslash, so a name like `<img src=x>` or `*Ayana*`
prints as typed instead of becoming HTML or emphasis when the file is viewed.
"""

from __future__ import annotations

import re

from ..models import LABELS
from ..services.summaries import ActionData, MenteeSummaryData, ProgrammeData, Section
from .summary_text import (
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

# Characters with a meaning anywhere in a line, escaped everywhere. "(" ")" and "!" only act
# next to "[" "]" (links, images), which are escaped, so "(2/5)" and "+251" stay readable.
_ANYWHERE = re.compile(r"([\\`*_{}\[\]<>|~&])")
# Markers that only mean something at the start of a line: lists, headings, setext headings.
_DASH_START = re.compile(r"^([-=+#])")
_NUMBER_START = re.compile(r"^(\d+)([.)])")


def escape(text: str) -> str:
    """One line of user text, safe as Markdown inline text (line breaks become spaces)."""
    flat = _ANYWHERE.sub(r"\\\1", " ".join(text.split()))
    return _NUMBER_START.sub(r"\1\\\2", _DASH_START.sub(r"\\\1", flat))


def escape_block(text: str, indent: str = "") -> str:
    """Multi-line user text: each line escaped, kept as a hard line break."""
    lines = [escape(line) for line in text.strip().splitlines() if line.strip()]
    return ("  \n" + indent).join(lines)


def render_markdown(data: MenteeSummaryData) -> str:
    m = data.mentee
    out: list[str] = [f"# {escape(summary_title(data))}", ""]
    out.append(escape(prepared_by(data.owner_name, data.institution, data.today)) + "  ")
    out.append(escape(period_text(data.period_from, data.period_to)))
    out.append("")
    if data.include_private:
        out += ["**Includes private notes: keep this document confidential.**", ""]

    if data.has(Section.PROFILE):
        out += ["## Profile", ""]
        out += [f"- {title}: {escape(value)}" for title, value in profile_rows(m)]
        if m.private_notes is not None and m.private_notes.strip():
            out.append(f"- Private notes: {escape_block(m.private_notes, '  ')}")
        out.append("")

    if data.has(Section.GOALS):
        out += ["## Goals", ""]
        if not data.goals:
            out += ["No goals.", ""]
        for goal in data.goals:
            out += [f"### {escape(goal.title)}", "", escape(goal_line(goal)), ""]
            for c in goal.check_ins:
                note = f": {escape(c.note)}" if c.note.strip() else ""
                out.append(
                    f"- Check-in {escape(default_date(c.checked_on))}, "
                    f"{escape(percent_text(c.progress_percent))}{note}"
                )
            if goal.check_ins:
                out.append("")

    if data.has(Section.SKILLS):
        out += ["## Skills", ""]
        if not data.skills:
            out += ["No skill ratings.", ""]
        else:
            out += ["| Skill | First rating | Latest rating |", "| --- | --- | --- |"]
            for k in data.skills:
                out.append(
                    f"| {escape(k.name)} | {escape(rating_text(k.first))} "
                    f"| {escape(rating_text(k.latest))} |"
                )
            out.append("")

    if data.has(Section.SESSIONS):
        out += ["## Sessions", ""]
        if not data.sessions:
            out += ["No sessions in this period.", ""]
        for s in data.sessions:
            out += [f"### {escape(session_heading(s))}", ""]
            if len(s.attendees) > 1:
                out.append(f"Attendees: {escape(', '.join(s.attendees))}  ")
            if s.topics.strip():
                out.append(f"Topics: {escape(s.topics)}  ")
            if s.next_meeting_date:
                out.append(f"Next meeting: {escape(default_date(s.next_meeting_date))}  ")
            out.append("")
            if s.notes.strip():
                out += [escape_block(s.notes), ""]
            if s.private_note is not None and s.private_note.strip():
                out += [f"*Private note:* {escape_block(s.private_note)}", ""]
            for a in s.actions:
                out.append(f"- [{'x' if a.done_date else ' '}] {_action(a)}")
            if s.actions:
                out.append("")
        open_items = [a for a in data.actions if a.is_open]
        if open_items:
            out += ["## Open action items", ""]
            out += [f"- [ ] {_action(a)}" for a in open_items]
            out.append("")

    if data.has(Section.REFLECTIONS):
        out += ["## Reflections", ""]
        if not data.reflections:
            out += ["No reflections in this period.", ""]
        for r in data.reflections:
            private = " (private)" if r.is_private else ""
            out += [f"### {escape(default_date(r.written_on))} · {LABELS[r.author]}{private}", ""]
            for title, text in reflection_parts(r):
                prefix = f"**{escape(title)}:** " if title else ""
                out += [prefix + escape_block(text), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _action(a: ActionData) -> str:
    return f"{escape(a.text)} — {escape(action_detail(a))}"


def render_programme_markdown(data: ProgrammeData) -> str:
    out = [f"# {programme_title(data)}", ""]
    out.append(escape(prepared_by(data.owner_name, data.institution, data.today)))
    out.append("")
    out += [
        f"- Active mentees: {data.active_mentees}",
        f"- Sessions this month: {data.sessions_this_month}",
        f"- Goals achieved: {data.goals_achieved} ({data.goals_achieved_this_month} this month)",
        f"- Overdue action items: {data.overdue_actions}",
        "",
        "| Mentee | Programme | Cohort | Status | Last session | Sessions | Open actions "
        "| Overdue | Goals achieved | Goals active |",
        "| --- | --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for line in data.lines:
        last = default_date(line.last_session) if line.last_session else "never"
        cells = [
            escape(line.name),
            escape(line.programme),
            escape(line.cohort),
            LABELS[line.status],
            escape(last),
            str(line.sessions),
            str(line.open_actions),
            str(line.overdue_actions),
            str(line.goals_achieved),
            str(line.goals_active),
        ]
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out) + "\n"
