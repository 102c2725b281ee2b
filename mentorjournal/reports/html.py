"""Mentee summaries and the programme report as one self-contained HTML file.

Inline CSS, no scripts, no external resources (the file opens the same on an offline laptop and
on the reader's), `lang` and `dir` on the document (the app's language: an Arabic summary
runs right to left), `dir="auto"` on every piece of user text so an Arabic note runs
right-to-left inside an English page, and a font stack naming the Noto fonts for Latin,
Ethiopic and Arabic. Every text goes through `html.escape`, translations included.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from ..services.summaries import (
    ActionData,
    MenteeSummaryData,
    ProgrammeData,
    Section,
)
from .summary_text import (
    action_detail,
    check_in_text,
    goal_line,
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
from .wording import ENGLISH, RATING_TOP, Wording, fill

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


def user(text: str, tag: str = "span", cls: str = "") -> str:
    """User text in an element of its own with dir="auto" (its script decides the direction)."""
    klass = f' class="{cls}"' if cls else ""
    return f'<{tag} dir="auto"{klass}>{e(text)}</{tag}>'


def _document(title: str, body: Iterable[str], w: Wording) -> str:
    direction = "rtl" if w.right_to_left else "ltr"
    return (
        f'<!DOCTYPE html>\n<html lang="{e(w.language)}" dir="{direction}">\n<head>\n'
        '<meta charset="utf-8">\n'
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


def _tag(tag: str, text: str, cls: str = "") -> str:
    """A translated (not user) text in an element."""
    klass = f' class="{cls}"' if cls else ""
    return f"<{tag}{klass}>{e(text)}</{tag}>"


def _label(label: str, value: str, w: Wording, bold: bool = False) -> str:
    """ "Topics: glands": `value` is already HTML."""
    shown = f"<strong>{e(label)}</strong>" if bold else e(label)
    return fill(w.tr("{label}: {value}"), e, label=shown, value=value)


def render_html(data: MenteeSummaryData, charts: bool = True, w: Wording = ENGLISH) -> str:
    """The summary as one HTML file; `charts` draws the goal and skill charts inline (that
    imports matplotlib: about a second the first time)."""
    m, tr = data.mentee, w.tr
    drawn = {}
    if charts:
        from .summary_charts import summary_charts

        drawn = {chart.key: chart for chart in summary_charts(data, locale=w.charts)}
    title = fill(tr("Mentoring summary: {name}"), e, name=user(m.name))
    out: list[str] = [
        f"<h1>{title}</h1>",
        user(prepared_by(data.owner_name, data.institution, data.today, w), "p", "muted"),
        _tag("p", period_text(data.period_from, data.period_to, w), "muted"),
    ]
    if data.include_private:
        out.append(f'<p class="private"><strong>{e(private_warning(w))}</strong></p>')

    if data.has(Section.PROFILE):
        out.append(_tag("h2", tr("Profile")))
        out.append("<table>")
        out += [f"<tr><th>{e(k)}</th>{user(v, 'td')}</tr>" for k, v in profile_rows(m, w)]
        out.append("</table>")
        if m.private_notes is not None and m.private_notes.strip():
            out.append(
                '<div class="private">'
                + _tag("strong", tr("Private notes"))
                + f"{user(m.private_notes.strip(), 'p', 'note')}</div>"
            )

    if data.has(Section.GOALS):
        out.append(_tag("h2", tr("Goals")))
        if not data.goals:
            out.append(_tag("p", tr("No goals."), "muted"))
        if "goals" in drawn:
            caption = tr("Progress on goals: percent done at each check-in in the period.")
            out.append(_chart(drawn["goals"].svg, caption))
        for goal in data.goals:
            out.append(user(goal.title, "h3"))
            out.append(_tag("p", goal_line(goal, w)))
            if goal.check_ins:
                items = []
                for c in goal.check_ins:
                    said = check_in_text(c.checked_on, c.progress_percent, w)
                    line = _label(said, user(c.note), w) if c.note.strip() else e(said)
                    items.append(f"<li>{line}</li>")
                out.append("<ul>" + "".join(items) + "</ul>")

    if data.has(Section.SKILLS):
        out.append(_tag("h2", tr("Skills")))
        if not data.skills:
            out.append(_tag("p", tr("No skill ratings."), "muted"))
        else:
            if "skills" in drawn:
                caption = tr("First and latest rating of each skill ({low} to {high}).").format(
                    low=w.number(1), high=w.number(RATING_TOP)
                )
                out.append(_chart(drawn["skills"].svg, caption))
            heads = (tr("Skill"), tr("First rating"), tr("Latest rating"))
            out.append("<table><tr>" + "".join(_tag("th", h) for h in heads) + "</tr>")
            for k in data.skills:
                out.append(
                    f"<tr>{user(k.name, 'td')}<td>{e(rating_text(k.first, w))}</td>"
                    f"<td>{e(rating_text(k.latest, w))}</td></tr>"
                )
            out.append("</table>")

    if data.has(Section.SESSIONS):
        out.append(_tag("h2", tr("Sessions")))
        if not data.sessions:
            out.append(_tag("p", tr("No sessions in this period."), "muted"))
        for s in data.sessions:
            out.append(_tag("h3", session_heading(s, w)))
            if len(s.attendees) > 1:
                names = ", ".join(user(name) for name in s.attendees)
                label = tr("Attendees")
                out.append(f"<p>{_label(label, names, w)}</p>")
            if s.topics.strip():
                label = tr("Topics")
                out.append(f"<p>{_label(label, user(s.topics.strip()), w)}</p>")
            if s.next_meeting_date:
                when, label = e(w.format_date(s.next_meeting_date)), tr("Next meeting")
                out.append(f"<p>{_label(label, when, w)}</p>")
            if s.notes.strip():
                out.append(user(s.notes.strip(), "p", "note"))
            if s.private_note is not None and s.private_note.strip():
                out.append(
                    '<div class="private">'
                    + _tag("strong", tr("Private note"))
                    + f"{user(s.private_note.strip(), 'p', 'note')}</div>"
                )
            if s.actions:
                out.append("<ul>" + "".join(_action(a, w) for a in s.actions) + "</ul>")
        open_items = [a for a in data.actions if a.is_open]
        if open_items:
            out.append(_tag("h2", tr("Open action items")))
            out.append("<ul>" + "".join(_action(a, w) for a in open_items) + "</ul>")

    if data.has(Section.REFLECTIONS):
        out.append(_tag("h2", tr("Reflections")))
        if not data.reflections:
            out.append(_tag("p", tr("No reflections in this period."), "muted"))
        for r in data.reflections:
            out.append(_tag("h3", reflection_heading(r, w)))
            for title, text in reflection_parts(r, w):
                if title:
                    out.append(f"<p><strong>{e(title)}</strong></p>")
                out.append(user(text, "p", "note"))
    return _document(summary_title(data, w), out, w)


def _action(a: ActionData, w: Wording) -> str:
    mark = "☑" if a.done_date else "☐"
    cls = ' class="overdue"' if a.overdue else ""
    line = fill(w.tr("{action} — {detail}"), e, action=user(a.text), detail=e(action_detail(a, w)))
    return f"<li{cls}>{mark} {line}</li>"


def render_programme_html(data: ProgrammeData, w: Wording = ENGLISH) -> str:
    tr, n = w.tr, w.number
    title = programme_title(data, w)
    figures = programme_figures(data, w)
    heads = programme_headings(w)
    out = [
        _tag("h1", title),
        user(prepared_by(data.owner_name, data.institution, data.today, w), "p", "muted"),
        "<ul>",
        *(f"<li>{_label(label, e(value), w)}</li>" for label, value in figures),
        "</ul>",
        "<table><tr>" + "".join(_tag("th", h) for h in heads) + "</tr>",
    ]
    for line in data.lines:
        last = w.format_date(line.last_session) if line.last_session else tr("never")
        numbers = (
            line.sessions,
            line.open_actions,
            line.overdue_actions,
            line.goals_achieved,
            line.goals_active,
        )
        out.append(
            f"<tr>{user(line.name, 'td')}{user(line.programme, 'td')}{user(line.cohort, 'td')}"
            f"<td>{e(w.label(line.status))}</td><td>{e(last)}</td>"
            + "".join(f'<td class="n">{e(n(v))}</td>' for v in numbers)
            + "</tr>"
        )
    out.append("</table>")
    return _document(title, out, w)
