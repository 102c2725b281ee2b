"""The rules of a share request: what can be asked for, and the file names suggested."""

from __future__ import annotations

from datetime import date

from mentorjournal.reports.share import Format, Scope, ShareRequest, suggested_name

TODAY = date(2026, 11, 23)


def test_impossible_requests_are_explained() -> None:
    assert ShareRequest(Scope.MENTEE, Format.PDF).problems() == ["Choose a mentee first."]
    assert ShareRequest(Scope.PROGRAMME, Format.CALENDAR).problems()
    assert ShareRequest(Scope.EVERYONE, Format.HTML).problems()
    assert ShareRequest(Scope.MENTEE, Format.PDF, 1, sections=frozenset()).problems() == [
        "Choose at least one section."
    ]
    backwards = ShareRequest(Scope.MENTEE, Format.PDF, 1, date(2026, 5, 1), date(2026, 4, 1))
    assert backwards.problems() == ["The period starts after it ends."]
    assert ShareRequest(Scope.MENTEE, Format.CALENDAR, 1).problems() == []


def test_suggested_names_never_name_an_anonymised_mentee() -> None:
    request = ShareRequest(Scope.MENTEE, Format.PDF, 1)
    assert suggested_name(request, "Selam Tadesse", TODAY) == "summary-selam-tadesse-2026-11-23.pdf"
    anonymous = ShareRequest(Scope.MENTEE, Format.MARKDOWN, 1, anonymise=True)
    assert suggested_name(anonymous, "Selam Tadesse", TODAY) == "summary-mentee-2026-11-23.md"
    assert suggested_name(ShareRequest(Scope.PROGRAMME, Format.CSV), "", TODAY) == (
        "programme-report-2026-11-23.csv"
    )
    odd = suggested_name(request, "<img src=x>/..", TODAY)
    assert "/" not in odd and "<" not in odd
    assert suggested_name(request, "ليلى حداد", TODAY) == "summary-ليلى-حداد-2026-11-23.pdf"


def test_csv_file_names_say_which_table() -> None:
    request = ShareRequest(Scope.MENTEE, Format.CSV, 1, csv_table="action_items")
    assert suggested_name(request, "Selam", TODAY) == "action-items-selam-2026-11-23.csv"
    assert ShareRequest(Scope.MENTEE, Format.CSV, 1, csv_table="gossip").problems()
