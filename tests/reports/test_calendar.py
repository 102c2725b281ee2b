"""The iCalendar file: RFC 5545 line endings, folding and escaping, stable UIDs."""

from __future__ import annotations

from datetime import UTC, datetime

from mentorjournal.reports.calendar import escape_text, fold, render_ics
from mentorjournal.services import ALL_SECTIONS, MenteeSummaryData, Services
from tests.reports.summary_known import (
    AMHARIC,
    COMMA_ACTION,
    DONE_ACTION,
    MARKER,
    NOTE,
    PERIOD,
    TODAY,
    fill_summary_journal,
)


def _data(services: Services, **kwargs: bool) -> MenteeSummaryData:
    known = fill_summary_journal(services)
    return services.summaries.build(
        known.selam,
        period_from=PERIOD[0],
        period_to=PERIOD[1],
        sections=ALL_SECTIONS,
        today=TODAY,
        **kwargs,
    )


def _unfold(text: str) -> list[str]:
    """Content lines, checking each physical line on the way (CRLF, at most 75 octets)."""
    assert text.endswith("\r\n")
    physical = text[:-2].split("\r\n")
    assert all("\n" not in line and "\r" not in line for line in physical)
    assert all(len(line.encode("utf-8")) <= 75 for line in physical)
    lines: list[str] = []
    for line in physical:
        if line.startswith(" "):
            lines[-1] += line[1:]
        else:
            lines.append(line)
    return lines


def test_structure_and_stable_uids(services: Services) -> None:
    data = _data(services, include_private=True)
    text = render_ics(data, now=datetime(2026, 11, 23, 8, tzinfo=UTC))
    lines = _unfold(text)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines and any(x.startswith("PRODID:") for x in lines)
    assert lines.count("BEGIN:VEVENT") == 1
    assert "DTSTART;VALUE=DATE:20261201" in lines
    assert lines.count("BEGIN:VTODO") == 6  # open items with a due date; not the done one
    assert "DTSTAMP:20261123T080000Z" in lines
    assert DONE_ACTION not in text and MARKER not in text and NOTE not in text
    uids = [x for x in lines if x.startswith("UID:")]
    assert f"UID:{data.next_meeting.session_public_id}@mentorjournal" in uids  # type: ignore[union-attr]
    assert len(set(uids)) == len(uids) == 7
    again = _unfold(render_ics(_data_again(services, data), now=datetime.now(UTC)))
    assert [x for x in again if x.startswith("UID:")] == uids


def _data_again(services: Services, data: MenteeSummaryData) -> MenteeSummaryData:
    mentee = services.mentees.find(data.mentee.public_id)
    assert mentee.id is not None
    return services.summaries.build(
        mentee.id, period_from=None, period_to=None, sections=ALL_SECTIONS, today=TODAY
    )


def test_text_is_escaped(services: Services) -> None:
    lines = _unfold(render_ics(_data(services)))
    assert "SUMMARY:Buy gloves\\, boots\\; helmet\\\\visor" in lines
    assert COMMA_ACTION not in "\n".join(lines)
    assert escape_text("a\nb\r\nc") == "a\\nb\\nc"


def test_folding_never_splits_a_character() -> None:
    line = "SUMMARY:" + AMHARIC * 20
    folded = fold(line)
    parts = folded.split("\r\n")
    assert len(parts) > 1
    assert all(len(p.encode("utf-8")) <= 75 for p in parts)
    assert all(p.startswith(" ") for p in parts[1:])
    assert parts[0] + "".join(p[1:] for p in parts[1:]) == line
    assert fold("SHORT:x") == "SHORT:x"


def test_anonymised_calendar(services: Services) -> None:
    text = render_ics(_data(services, anonymise=True))
    assert "Selam" not in text and "M-001" in text
