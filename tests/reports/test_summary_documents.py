"""Markdown and HTML summaries: what they show, what they never show, and escaping."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from mentorjournal.reports.html import render_html, render_programme_html
from mentorjournal.reports.markdown import escape, render_markdown, render_programme_markdown
from mentorjournal.services import ALL_SECTIONS, MenteeSummaryData, Services
from tests.reports.summary_known import (
    AMHARIC,
    ARABIC,
    GOAL,
    MARKER,
    NAME,
    NAMES,
    NOTE,
    PERIOD,
    TODAY,
    fill_summary_journal,
)

Render = Callable[[MenteeSummaryData], str]
RENDERERS = [pytest.param(render_markdown, id="markdown"), pytest.param(render_html, id="html")]


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


@pytest.mark.parametrize("render", RENDERERS)
def test_shows_name_period_goal_and_session_note(services: Services, render: Render) -> None:
    text = render(_data(services))
    for expected in (NAME, "1 Oct 2026", "30 Nov 2026", GOAL, NOTE, ARABIC, AMHARIC, "40 %"):
        assert expected in text
    assert "OLD-SESSION-NOTE" not in text


@pytest.mark.parametrize("render", RENDERERS)
def test_private_marker_only_when_asked_for(services: Services, render: Render) -> None:
    text = render(_data(services))
    assert MARKER not in text
    assert "private notes" not in text.casefold()


@pytest.mark.parametrize("render", RENDERERS)
def test_private_texts_when_asked_for(services: Services, render: Render) -> None:
    text = render(_data(services, include_private=True))
    assert text.count(MARKER) == 3  # the mentee's, the session's, the private reflection
    assert "keep this document confidential" in text


@pytest.mark.parametrize("render", RENDERERS)
def test_anonymised_documents_name_nobody(services: Services, render: Render) -> None:
    text = render(_data(services, anonymise=True))
    for name in (*NAMES, "Selam", "+251"):
        assert name not in text
    assert "M-001" in text and "M-004" in text


def test_html_escapes_every_text(services: Services) -> None:
    text = render_html(_data(services))
    assert "<img" not in text
    assert "&lt;img src=x onerror=alert(1)&gt;" in text
    assert "<script" not in text
    programme = render_programme_html(services.summaries.programme(TODAY))
    assert "<img" not in programme and "&lt;img" in programme


def test_html_is_self_contained_and_right_to_left_ready(services: Services) -> None:
    text = render_html(_data(services))
    assert re.search(r'<html lang="en" dir="ltr">', text)
    assert f'<span dir="auto">{ARABIC}</span>' in text
    assert "'Noto Sans', 'Noto Sans Ethiopic', 'Noto Sans Arabic'" in text
    assert '<meta charset="utf-8">' in text
    # Inline SVG charts name their XML namespaces and point at their own clip paths (#id):
    # neither is a resource to fetch.
    local = re.sub(r'xmlns(:xlink)?="http://www\.w3\.org/[^"]*"', "", text.replace("src=x", ""))
    for external in ("http://", "https://", "src=", "<link", "@import"):
        assert external not in local
    assert not re.search(r"url\((?!#)", local)
    assert text.count("<svg") == 2  # goal progress, skills
    assert "<script" not in text


def test_markdown_escapes_its_special_characters(services: Services) -> None:
    text = render_markdown(_data(services))
    assert not re.search(r"(?<!\\)<img", text)  # every "<" has its backslash
    assert r"\<img src=x onerror=alert(1)\>" in text
    # Brackets are escaped, so "(x)" can never complete a link; "(2/5)" stays readable.
    assert escape("*bold* _it_ [link](x) `code` | &amp; (2/5) +1") == (
        r"\*bold\* \_it\_ \[link\](x) \`code\` \| \&amp; (2/5) +1"
    )
    assert escape("- not a list") == r"\- not a list"
    assert escape("# not a heading") == r"\# not a heading"
    assert escape("+ not a list") == r"\+ not a list"
    assert escape("1. not a list") == r"1\. not a list"
    assert escape("two\nlines") == "two lines"


@pytest.mark.parametrize(
    "render", [render_programme_markdown, render_programme_html], ids=["markdown", "html"]
)
def test_programme_report(services: Services, render: Callable[..., str]) -> None:
    fill_summary_journal(services)
    text = render(services.summaries.programme(TODAY))
    assert "Programme report" in text and ARABIC in text and AMHARIC in text
    assert MARKER not in text
    anonymous = render(services.summaries.programme(TODAY, anonymise=True))
    assert ARABIC not in anonymous and NAME not in anonymous and "M-003" in anonymous
