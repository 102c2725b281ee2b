"""Mentee summaries and the programme report as Markdown (CommonMark with GFM tables).

Every text from the journal goes through `escape` (or `escape_block` for multi-line notes):
Markdown's special characters get a backslash, so a name like `<img src=x>` or `*Ayana*`
prints as typed instead of becoming HTML or emphasis when the file is viewed. Translated
texts are escaped the same way (a translation is text, never markup).
"""

from __future__ import annotations

import re

from ..services.summaries import ActionData, MenteeSummaryData, ProgrammeData, Section
from .summary_text import (
    action_detail,
    check_in_text,
    goal_line,
    key_value,
    period_text,
    prepared_by,
    private_warning,
    profile_rows,
    programme_figures,
    programme_headings,
    programme_title,
    rating_text,
    reflection_heading,
    reflection_parts,
    session_heading,
    summary_title,
)
from .wording import ENGLISH, Wording, fill

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


def _words(text: str) -> str:
    """A translated template's own words, spaces kept (they sit between filled-in parts)."""
    return _ANYWHERE.sub(r"\\\1", text)


def _label(label: str, value: str, w: Wording, bold: bool = False) -> str:
    """ "Topics: glands" with the label in bold when asked; `value` is already Markdown."""
    shown = f"**{escape(label)}**" if bold else escape(label)
    return fill(w.tr("{label}: {value}"), _words, label=shown, value=value)


def render_markdown(data: MenteeSummaryData, w: Wording = ENGLISH) -> str:
    m, tr = data.mentee, w.tr
    out: list[str] = [f"# {escape(summary_title(data, w))}", ""]
    out.append(escape(prepared_by(data.owner_name, data.institution, data.today, w)) + "  ")
    out.append(escape(period_text(data.period_from, data.period_to, w)))
    out.append("")
    if data.include_private:
        out += [f"**{escape(private_warning(w))}**", ""]

    if data.has(Section.PROFILE):
        out += ["## " + escape(tr("Profile")), ""]
        out += [f"- {escape(key_value(title, value, w))}" for title, value in profile_rows(m, w)]
        if m.private_notes is not None and m.private_notes.strip():
            notes = escape_block(m.private_notes, "  ")
            out.append("- " + _label(tr("Private notes"), notes, w))
        out.append("")

    if data.has(Section.GOALS):
        out += ["## " + escape(tr("Goals")), ""]
        if not data.goals:
            out += [escape(tr("No goals.")), ""]
        for goal in data.goals:
            out += [f"### {escape(goal.title)}", "", escape(goal_line(goal, w)), ""]
            for c in goal.check_ins:
                line = check_in_text(c.checked_on, c.progress_percent, w)
                if c.note.strip():
                    line = key_value(line, c.note, w)
                out.append(f"- {escape(line)}")
            if goal.check_ins:
                out.append("")

    if data.has(Section.SKILLS):
        out += ["## " + escape(tr("Skills")), ""]
        if not data.skills:
            out += [escape(tr("No skill ratings.")), ""]
        else:
            heads = (tr("Skill"), tr("First rating"), tr("Latest rating"))
            out += ["| " + " | ".join(escape(h) for h in heads) + " |", "| --- | --- | --- |"]
            for k in data.skills:
                out.append(
                    f"| {escape(k.name)} | {escape(rating_text(k.first, w))} "
                    f"| {escape(rating_text(k.latest, w))} |"
                )
            out.append("")

    if data.has(Section.SESSIONS):
        out += ["## " + escape(tr("Sessions")), ""]
        if not data.sessions:
            out += [escape(tr("No sessions in this period.")), ""]
        for s in data.sessions:
            out += [f"### {escape(session_heading(s, w))}", ""]
            if len(s.attendees) > 1:
                out.append(escape(key_value(tr("Attendees"), ", ".join(s.attendees), w)) + "  ")
            if s.topics.strip():
                out.append(escape(key_value(tr("Topics"), s.topics, w)) + "  ")
            if s.next_meeting_date:
                when = w.format_date(s.next_meeting_date)
                out.append(escape(key_value(tr("Next meeting"), when, w)) + "  ")
            out.append("")
            if s.notes.strip():
                out += [escape_block(s.notes), ""]
            if s.private_note is not None and s.private_note.strip():
                title = "*" + escape(tr("Private note")) + "*"
                note = escape_block(s.private_note)
                out += [fill(tr("{label}: {value}"), _words, label=title, value=note), ""]
            for a in s.actions:
                out.append(f"- [{'x' if a.done_date else ' '}] {_action(a, w)}")
            if s.actions:
                out.append("")
        open_items = [a for a in data.actions if a.is_open]
        if open_items:
            out += ["## " + escape(tr("Open action items")), ""]
            out += [f"- [ ] {_action(a, w)}" for a in open_items]
            out.append("")

    if data.has(Section.REFLECTIONS):
        out += ["## " + escape(tr("Reflections")), ""]
        if not data.reflections:
            out += [escape(tr("No reflections in this period.")), ""]
        for r in data.reflections:
            out += [f"### {escape(reflection_heading(r, w))}", ""]
            for title, text in reflection_parts(r, w):
                block = escape_block(text)
                out += [_label(title, block, w, bold=True) if title else block, ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _action(a: ActionData, w: Wording) -> str:
    return escape(w.tr("{action} — {detail}").format(action=a.text, detail=action_detail(a, w)))


def render_programme_markdown(data: ProgrammeData, w: Wording = ENGLISH) -> str:
    tr, n = w.tr, w.number
    out = [f"# {escape(programme_title(data, w))}", ""]
    out.append(escape(prepared_by(data.owner_name, data.institution, data.today, w)))
    out.append("")
    figures = programme_figures(data, w)
    out += [f"- {escape(key_value(label, value, w))}" for label, value in figures]
    heads = programme_headings(w)
    out += [
        "",
        "| " + " | ".join(escape(h) for h in heads) + " |",
        "| --- | --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for line in data.lines:
        last = w.format_date(line.last_session) if line.last_session else tr("never")
        cells = [
            escape(line.name),
            escape(line.programme),
            escape(line.cohort),
            escape(w.label(line.status)),
            escape(last),
            n(line.sessions),
            n(line.open_actions),
            n(line.overdue_actions),
            n(line.goals_achieved),
            n(line.goals_active),
        ]
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out) + "\n"
