"""CSV tables: BOM, ISO dates, one header row, formulas neutralised, private column on request."""

from __future__ import annotations

import csv
import io

import pytest

from mentorjournal.reports.csv_export import (
    csv_files,
    goals_csv,
    neutralise,
    programme_csv,
    sessions_csv,
)
from mentorjournal.services import ALL_SECTIONS, MenteeSummaryData, Services
from tests.reports.summary_known import (
    AMHARIC,
    ARABIC,
    FORMULAS,
    GOAL,
    MARKER,
    NAME,
    NAMES,
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


def _rows(content: bytes) -> list[dict[str, str]]:
    assert content.startswith(b"\xef\xbb\xbf")
    text = content.decode("utf-8-sig")
    assert "\r\n" in text
    return list(csv.DictReader(io.StringIO(text, newline="")))


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=cmd", "'=cmd"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@x", "'@x"),
        ("\tTab", "'\tTab"),
        ("\rCR", "'\rCR"),
        ("plain", "plain"),
        ("a=b", "a=b"),
        (None, ""),
        (40.0, "40"),
        (12.5, "12.5"),
    ],
)
def test_neutralise(value: object, cell: str) -> None:
    assert neutralise(value) == cell


def test_sessions_table(services: Services) -> None:
    rows = _rows(sessions_csv([_data(services)]))
    assert [r["date"] for r in rows] == ["2026-11-05", "2026-11-12"]
    assert rows[0]["mentee"] == NAME
    assert NOTE in rows[0]["notes"]
    assert rows[0]["topics"] == "Glands, conduits; earthing"
    assert rows[0]["next_meeting"] == "2026-12-01"
    assert ARABIC in rows[1]["attendees"] and AMHARIC in rows[1]["attendees"]
    assert "private_note" not in rows[0]


def test_private_column_only_when_asked_for(services: Services) -> None:
    every_table = b"".join(csv_files([_data(services)]).values())
    assert MARKER.encode() not in every_table
    rows = _rows(sessions_csv([_data(services, include_private=True)]))
    assert rows[0]["private_note"] == f"{MARKER} session note"


def test_action_items_are_neutralised_and_round_trip(services: Services) -> None:
    files = csv_files([_data(services)])
    assert set(files) == {"sessions.csv", "action_items.csv", "goals.csv", "skill_ratings.csv"}
    rows = _rows(files["action_items.csv"])
    texts = {r["text"] for r in rows}
    for formula in FORMULAS:
        assert "'" + formula in texts
    assert {r["state"] for r in rows} == {"open", "overdue", "done"}
    done = next(r for r in rows if r["state"] == "done")
    assert (done["due_date"], done["done_date"]) == ("2026-11-10", "2026-11-09")


def test_goals_one_row_per_check_in(services: Services) -> None:
    rows = _rows(goals_csv([_data(services)]))
    assert len(rows) == 1
    (row,) = rows
    assert (row["goal"], row["check_in_date"], row["check_in_percent"]) == (
        GOAL,
        "2026-11-05",
        "40",
    )
    assert row["check_in_note"] == "'=2+2"
    assert row["target_date"] == "2026-12-03"


def test_skill_ratings_and_programme(services: Services) -> None:
    data = _data(services)
    rows = _rows(csv_files([data])["skill_ratings.csv"])
    assert [(r["rated_on"], r["rating"], r["rating_words"]) for r in rows] == [
        ("2026-11-05", "3", "Supervised")
    ]
    lines = _rows(programme_csv(services.summaries.programme(TODAY)))
    assert {r["mentee"] for r in lines} == {"'" + n if n[0] in "=+-@" else n for n in NAMES}
    assert len(lines) == 4


def test_one_header_row_even_when_empty(services: Services) -> None:
    data = _data(services, anonymise=True)
    text = sessions_csv([]).decode("utf-8-sig")
    assert text.count("\r\n") == 1 and text.startswith("mentee,session_id,date")
    anonymous = b"".join(csv_files([data]).values()).decode("utf-8-sig")
    for name in (*NAMES, "Selam"):
        assert name not in anonymous
