"""A mentee's next meeting and open action items as an iCalendar file (RFC 5545).

One all-day VEVENT for the next planned meeting and one VTODO per open action item with a due
date. UIDs come from the records' public ids, so importing the file again updates the entries
instead of duplicating them. Only names, dates and the action items' text leave the journal:
no session notes, and never private ones.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from ..services.summaries import ActionData, MenteeSummaryData
from .wording import ENGLISH, Wording

PRODID = "-//Mentor Journal//Mentor Journal//EN"
UID_DOMAIN = "mentorjournal"
MAX_OCTETS = 75


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newlines escaped."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Split a content line into lines of at most 75 octets, never inside a UTF-8 character;
    continuation lines start with one space (RFC 5545 3.1)."""
    parts: list[str] = []
    current = ""
    size = 0
    limit = MAX_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = " ", 1, MAX_OCTETS
        current += char
        size += width
    parts.append(current)
    return "\r\n".join(parts)


def uid(public_id: str) -> str:
    return f"{public_id}@{UID_DOMAIN}"


def _date(value: date) -> str:
    return value.strftime("%Y%m%d")


def _stamp(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def render_ics(
    data: MenteeSummaryData, *, now: datetime | None = None, w: Wording = ENGLISH
) -> str:
    """The calendar file's text (CRLF line ends); encode it as UTF-8 to write it. The event
    titles a trainer reads in the calendar are in `w`'s language; the dates are iCalendar's."""
    stamp = _stamp(now or datetime.now(UTC))
    name = data.mentee.name
    meeting = w.tr("Mentoring session: {name}").format(name=name)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    if data.next_meeting is not None:
        day = data.next_meeting.on
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid(data.next_meeting.session_public_id)}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{_date(day)}",
            f"DTEND;VALUE=DATE:{_date(day + timedelta(days=1))}",
            f"SUMMARY:{escape_text(meeting)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    for a in data.actions:
        if not a.is_open or a.due_date is None:
            continue
        lines += [
            "BEGIN:VTODO",
            f"UID:{uid(a.public_id)}",
            f"DTSTAMP:{stamp}",
            f"DUE;VALUE=DATE:{_date(a.due_date)}",
            f"SUMMARY:{escape_text(a.text)}",
            "DESCRIPTION:" + escape_text(_action_for(name, a, w)),
            "STATUS:NEEDS-ACTION",
            "END:VTODO",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def _action_for(name: str, a: ActionData, w: Wording) -> str:
    """ "Action item for Selam (mentee to do)"."""
    owner = w.label(a.owner).lower()
    return w.tr("Action item for {name} ({owner} to do)").format(name=name, owner=owner)
