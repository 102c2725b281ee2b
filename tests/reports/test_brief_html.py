"""The printable brief: the right content for known dates, every text escaped, nothing private.
Qt-free, like mentorjournal.reports."""

from __future__ import annotations

import html

from mentorjournal.reports.brief_html import (
    brief_html,
    contact_sentence,
    contact_word,
    days_left_text,
    first_lines,
)
from mentorjournal.services import Contact, Services

from .known import SECRETS, TODAY, fill_brief_journal


def test_brief_html_has_the_known_content(services: Services) -> None:
    known = fill_brief_journal(services)
    brief = services.brief.build(known.mentee, TODAY)
    assert brief.contact is Contact.AMBER and brief.cadence_days == 14
    text = brief_html(brief)
    assert "18 days since the last session — meets every 14 days (Due)" in text
    assert "Pre-meeting brief: Selam Tadesse" in text
    assert "5 Nov 2026 · One-to-one" in text
    assert "Cable glands" in text and "Needs a torque wrench." in text
    assert "Practise cable glands — <b>overdue by 7 days</b>" in text
    assert "Book the torque wrench — due 30 Nov 2026" in text
    assert "Pass the practical · 40 % done · last check-in 5 Nov 2026 · 10 days left" in text
    assert "Finish the logbook · 3 days past the target" in text
    assert f"↑ {html.escape(known.skill_name)}: Assisted → Supervised" in text
    assert "Gaining confidence." in text
    assert text.startswith("<!DOCTYPE html>")


def test_brief_html_leaves_private_notes_out(services: Services) -> None:
    known = fill_brief_journal(services)
    text = brief_html(services.brief.build(known.mentee, TODAY))
    for secret in SECRETS:
        assert secret not in text


def test_brief_html_escapes_every_text(services: Services) -> None:
    evil = "<img src=x onerror=alert(1)>"
    known = fill_brief_journal(services, full_name=evil)
    text = brief_html(services.brief.build(known.mentee, TODAY))
    assert "<img" not in text
    assert html.escape(evil) in text


def test_phrases_for_edge_cases(services: Services) -> None:
    from mentorjournal.models import MenteeInput

    m = services.mentees.create(MenteeInput(full_name="New", cadence_days=7)).id or 0
    brief = services.brief.build(m, TODAY)
    assert contact_sentence(brief) == "No session yet — meets every 7 days"
    assert contact_word(brief) == "Never met"
    assert "No session yet." in brief_html(brief)
    assert days_left_text(None) == "no target date"
    assert days_left_text(1) == "1 day left" and days_left_text(-1) == "1 day past the target"
    assert first_lines("a\n\nb\nc\nd", lines=2) == "a\nb…"
    assert first_lines("x" * 10, limit=5) == "xxxx…"
