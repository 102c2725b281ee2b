"""Mentee summaries and the programme report as one self-contained HTML file.

Inline CSS, no scripts, no external resources (the file opens the same on an offline laptop and
on the reader's), `lang` and `dir` on the document, `dir="auto"` on every piece of user text so
an Arabic note runs right-to-left inside an English page, and a font stack naming the Noto fonts
for Latin, Ethiopic and Arabic. Every text goes through `html.escape`.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from ..models import LABELS
from ..services.summaries import (
    ActionData,
    MenteeSummaryData,
    ProgrammeData,
    Section,
)
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

FONT_STACK = (
    "'Noto Sans', 'Noto Sans Ethiopic', 'Noto Sans Arabic', 'DejaVu Sans', Arial, sans-serif"
)

CSS = f"""
body {{ font-family: {FONT_STACK}; font-size: 11pt; line-height: 1.45; color: #1f2933;
  max-width: 52em; margin: 2em auto; padding: 0 1em; }}
h1 {{ font-size: 18pt; margin-bottom: 0.2em; }}
h2 {{ font-size: 13pt; color: #0f766e; border-bottom: 1px solid #d0d7de; margin-top: 1.6em; }}
h3 {{ font-size: 11.5pt; margin-bottom: 0.2em; }}
.muted {{ color: #5f6b7a; }}
.private {{ background: #fff4e5; border-left: 4px solid #b45309; padding: 0.3em 0.6em; }}
.overdue {{ color: #b42318; }}
.note {{ white-space: pre-wrap; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: 1px solid #d0d7de; padding: 0.25em 0.5em; text-align: start;
  vertical-align: top; }}
td.n {{ text-align: end; }}
figure {{ margin: 1em 0; }}
figure svg {{ max-width: 100%; height: auto; }}
figcaption {{ color: #5f6b7a; font-size: 9.5pt; }}
@media print {{ body {{ margin: 0; max-width: none; }} }}
"""


def e(text: object) -> str:
    return html.escape(str(text), quote=True)


def t(text: str, tag: str = "span", cls: str = "") -> str:
    """User text in an element of its own with dir="auto" (its script decides the direction)."""
    klass = f' class="{cls}"' if cls else ""
    return f'<{tag} dir="auto"{klass}>{e(text)}</{tag}>'


def _document(title: str, body: Iterable[str], lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{e(lang)}" dir="ltr">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def _chart(svg: bytes, caption: str) -> str:
    """An inline SVG chart (text drawn as paths: no fonts, no user text as markup)."""
    markup = svg.decode("utf-8")
    markup = markup[markup.index("<svg") :]  # no XML declaration or DOCTYPE inside HTML
    return (
        f'<figure role="img" aria-label="{e(caption)}">{markup}'
        f"<figcaption>{e(caption)}</figcaption></figure>"
    )


def render_html(data: MenteeSummaryData, charts: bool = True) -> str:
    """The summary as one HTML file; `charts` draws the goal and skill charts inline (that
    imports matplotlib: about a second the first time)."""
    m = data.mentee
    drawn = {}
    if charts:
        from .summary_charts import summary_charts

        drawn = {chart.title: chart for chart in summary_charts(data)}
    out: list[str] = [
        f'<h1>Mentoring summary: <span dir="auto">{e(m.name)}</span></h1>',
        t(prepared_by(data.owner_name, data.institution, data.today), "p", "muted"),
        f'<p class="muted">{e(period_text(data.period_from, data.period_to))}</p>',
    ]
    if data.include_private:
        out.append(
            '<p class="private"><strong>Includes private notes: keep this document '
            "confidential.</strong></p>"
        )

    if data.has(Section.PROFILE):
        out.append("<h2>Profile</h2>\n<table>")
        out += [f"<tr><th>{e(k)}</th>{t(v, 'td')}</tr>" for k, v in profile_rows(m)]
        out.append("</table>")
        if m.private_notes is not None and m.private_notes.strip():
            out.append(
                '<div class="private"><strong>Private notes</strong>'
                f"{t(m.private_notes.strip(), 'p', 'note')}</div>"
            )

    if data.has(Section.GOALS):
        out.append("<h2>Goals</h2>")
        if not data.goals:
            out.append('<p class="muted">No goals.</p>')
        if "Progress on goals" in drawn:
            out.append(
                _chart(
                    drawn["Progress on goals"].svg,
                    "Progress on goals: percent done at each check-in in the period.",
                )
            )
        for goal in data.goals:
            out.append(t(goal.title, "h3"))
            out.append(f"<p>{e(goal_line(goal))}</p>")
            if goal.check_ins:
                items = []
                for c in goal.check_ins:
                    note = f": {t(c.note)}" if c.note.strip() else ""
                    items.append(
                        f"<li>Check-in {e(default_date(c.checked_on))}, "
                        f"{e(percent_text(c.progress_percent))}{note}</li>"
                    )
                out.append("<ul>" + "".join(items) + "</ul>")

    if data.has(Section.SKILLS):
        out.append("<h2>Skills</h2>")
        if not data.skills:
            out.append('<p class="muted">No skill ratings.</p>')
        else:
            if "Skills: first and latest rating" in drawn:
                out.append(
                    _chart(
                        drawn["Skills: first and latest rating"].svg,
                        "First and latest rating of each skill (1 to 5).",
                    )
                )
            out.append("<table><tr><th>Skill</th><th>First rating</th><th>Latest rating</th></tr>")
            for k in data.skills:
                out.append(
                    f"<tr>{t(k.name, 'td')}<td>{e(rating_text(k.first))}</td>"
                    f"<td>{e(rating_text(k.latest))}</td></tr>"
                )
            out.append("</table>")

    if data.has(Section.SESSIONS):
        out.append("<h2>Sessions</h2>")
        if not data.sessions:
            out.append('<p class="muted">No sessions in this period.</p>')
        for s in data.sessions:
            out.append(f"<h3>{e(session_heading(s))}</h3>")
            if len(s.attendees) > 1:
                names = ", ".join(t(name) for name in s.attendees)
                out.append(f"<p>Attendees: {names}</p>")
            if s.topics.strip():
                out.append(f"<p>Topics: {t(s.topics.strip())}</p>")
            if s.next_meeting_date:
                out.append(f"<p>Next meeting: {e(default_date(s.next_meeting_date))}</p>")
            if s.notes.strip():
                out.append(t(s.notes.strip(), "p", "note"))
            if s.private_note is not None and s.private_note.strip():
                out.append(
                    '<div class="private"><strong>Private note</strong>'
                    f"{t(s.private_note.strip(), 'p', 'note')}</div>"
                )
            if s.actions:
                out.append("<ul>" + "".join(_action(a) for a in s.actions) + "</ul>")
        open_items = [a for a in data.actions if a.is_open]
        if open_items:
            out.append("<h2>Open action items</h2>")
            out.append("<ul>" + "".join(_action(a) for a in open_items) + "</ul>")

    if data.has(Section.REFLECTIONS):
        out.append("<h2>Reflections</h2>")
        if not data.reflections:
            out.append('<p class="muted">No reflections in this period.</p>')
        for r in data.reflections:
            private = " (private)" if r.is_private else ""
            out.append(
                f"<h3>{e(default_date(r.written_on))} · {e(LABELS[r.author])}{e(private)}</h3>"
            )
            for title, text in reflection_parts(r):
                if title:
                    out.append(f"<p><strong>{e(title)}</strong></p>")
                out.append(t(text, "p", "note"))
    return _document(summary_title(data), out)


def _action(a: ActionData) -> str:
    mark = "☑" if a.done_date else "☐"
    detail = action_detail(a)
    cls = ' class="overdue"' if a.overdue else ""
    return f"<li{cls}>{mark} {t(a.text)} — {e(detail)}</li>"


def render_programme_html(data: ProgrammeData) -> str:
    title = programme_title(data)
    out = [
        f"<h1>{e(title)}</h1>",
        t(prepared_by(data.owner_name, data.institution, data.today), "p", "muted"),
        "<ul>",
        f"<li>Active mentees: {data.active_mentees}</li>",
        f"<li>Sessions this month: {data.sessions_this_month}</li>",
        f"<li>Goals achieved: {data.goals_achieved} "
        f"({data.goals_achieved_this_month} this month)</li>",
        f"<li>Overdue action items: {data.overdue_actions}</li>",
        "</ul>",
        "<table><tr><th>Mentee</th><th>Programme</th><th>Cohort</th><th>Status</th>"
        "<th>Last session</th><th>Sessions</th><th>Open actions</th><th>Overdue</th>"
        "<th>Goals achieved</th><th>Goals active</th></tr>",
    ]
    for line in data.lines:
        last = default_date(line.last_session) if line.last_session else "never"
        numbers = (
            line.sessions,
            line.open_actions,
            line.overdue_actions,
            line.goals_achieved,
            line.goals_active,
        )
        out.append(
            f"<tr>{t(line.name, 'td')}{t(line.programme, 'td')}{t(line.cohort, 'td')}"
            f"<td>{e(LABELS[line.status])}</td><td>{e(last)}</td>"
            + "".join(f'<td class="n">{n}</td>' for n in numbers)
            + "</tr>"
        )
    out.append("</table>")
    return _document(title, out)
