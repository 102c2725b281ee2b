"""Edges of the input: notes of several megabytes, and dates at the first and last years the
journal accepts (1900 and 2200; earlier and later years are refused at the field), through
every view, chart and export. Time taken is printed for the report, never asserted."""

from __future__ import annotations

import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from mentorjournal.__main__ import main as cli
from mentorjournal.models import (
    ActionItemFields,
    Attendance,
    CheckInInput,
    GoalInput,
    MenteeInput,
    RatingInput,
    ReflectionInput,
    SessionInput,
)
from mentorjournal.services import Services
from mentorjournal.ui.editors import ReflectionEditor
from mentorjournal.ui.main_window import MainWindow

MB = 1_000_000


def _big(label: str, size: int) -> str:
    line = f"{label}: ሰላም مرحبا 👩🏽‍🔧 wiring, conduit and the safety checklist.\n"
    return line * (size // len(line.encode("utf-8")))


def _walk_every_view(qtbot: QtBot, window: MainWindow, mentee: int) -> dict[str, float]:
    took: dict[str, float] = {}
    start = time.perf_counter()
    window.open_mentee(mentee)
    took["open mentee"] = time.perf_counter() - start
    page = window.page
    for i in range(page.tabs.count()):
        start = time.perf_counter()
        page.tabs.setCurrentIndex(i)
        qtbot.wait(1)
        page.tabs.currentWidget().grab()  # painted, not only built
        took[page.tabs.tabText(i).replace("&", "")] = time.perf_counter() - start
    start = time.perf_counter()
    window.show_dashboard()
    window.grab()
    took["dashboard"] = time.perf_counter() - start
    window.show_page()
    return took


EVERY_FORMAT = (("md", "s.md"), ("html", "s.html"), ("csv", "csv/"), ("ics", "s.ics"))


def _export_everything(
    journal_path: Path, tmp_path: Path, who: str, formats: tuple[tuple[str, str], ...]
) -> None:
    for fmt, out in formats:
        for scope, extra in (
            ("mentee", ["--mentee", who, "--include-private"]),
            ("all", ["--all"]),
        ):
            if scope == "all" and fmt == "ics":  # a calendar file is per mentee
                continue
            target = tmp_path / f"{scope}-{out}"
            if out.endswith("/"):
                target.mkdir(exist_ok=True)
            args = ["report", "--db", str(journal_path), "--format", fmt, "--out", str(target)]
            assert cli([*args, *extra]) == 0, (fmt, scope)


@pytest.fixture(autouse=True)
def private_homes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))


def test_notes_of_several_megabytes_save_show_and_export(
    services: Services, qtbot: QtBot, journal_path: Path, tmp_path: Path, capsys: Any
) -> None:
    # The 5 MB reflection is the "several megabytes" note; the session and the private notes
    # are smaller because the Overview and Sessions tabs lay them out whole in a label (a
    # 400 KB note takes 9-15 s there today: reported, not fixed here).
    m = services.mentees.create(
        MenteeInput(full_name="Selam", private_notes=_big("private", 50_000))
    )
    assert m.id is not None
    notes = _big("session", 100_000)
    services.sessions.create(
        SessionInput(
            started_at=datetime(2025, 3, 1, 9),
            topics=_big("topics", 5_000),
            notes=notes,
            attendees=[Attendance(mentee_id=m.id)],
        ),
        [ActionItemFields(text=_big("action", 10_000).replace("\n", " "))],
    )
    text = _big("reflection", 5 * MB)
    start = time.perf_counter()
    r = services.reflections.create(
        ReflectionInput(mentee_id=m.id, written_on=date(2025, 3, 2), text=text)
    )
    took = {"save 5 MB reflection": time.perf_counter() - start}

    window = MainWindow(services)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    took |= _walk_every_view(qtbot, window, m.id)

    start = time.perf_counter()
    window.edit_reflection(int(r.id or 0))
    editor = window.current_editor
    assert isinstance(editor, ReflectionEditor)
    editor.grab()
    took["open editor on 5 MB"] = time.perf_counter() - start
    assert editor.text.toPlainText() == text
    editor.text.appendPlainText("one more line")
    start = time.perf_counter()
    editor.keep_draft_now()
    took["keep 5 MB draft"] = time.perf_counter() - start
    start = time.perf_counter()
    with qtbot.waitSignal(editor.saved):
        assert editor.save()
    took["save 5 MB from editor"] = time.perf_counter() - start
    assert services.reflections.get(int(r.id or 0)).text == text + "\none more line"
    assert services.drafts.all() == []

    with capsys.disabled():
        print("\nlarge notes, seconds:", {k: round(v, 2) for k, v in took.items()})
    start = time.perf_counter()
    _export_everything(journal_path, tmp_path, "Selam", EVERY_FORMAT)
    took["exports md/html/csv/ics"] = time.perf_counter() - start
    assert notes.splitlines()[0] in (tmp_path / "mentee-s.md").read_text(encoding="utf-8")
    with capsys.disabled():
        print("\nlarge notes, seconds:", {k: round(v, 2) for k, v in took.items()})


def test_first_and_last_accepted_years_work_everywhere(
    services: Services, qtbot: QtBot, journal_path: Path, tmp_path: Path
) -> None:
    first, last = date(1900, 1, 1), date(2200, 12, 31)
    m = services.mentees.create(
        MenteeInput(full_name="Dawit", start_date=first, consent_date=last, cadence_days=365)
    )
    assert m.id is not None
    for when, next_meeting in (
        (datetime(1900, 1, 1, 0, 0), first),
        (datetime(2200, 12, 31, 23, 45), last),
    ):
        services.sessions.create(
            SessionInput(
                started_at=when,
                duration_minutes=45,
                topics="Edge",
                next_meeting_date=next_meeting,
                attendees=[Attendance(mentee_id=m.id, confidence=3)],
            ),
            [ActionItemFields(text="Due at the edge", due_date=next_meeting)],
        )
    goal = services.goals.create(
        GoalInput(mentee_id=m.id, title="Edge goal", target_date=last, target_value=10)
    )
    assert goal.id is not None
    for day, percent in ((first, 0), (last, 100)):
        services.goals.add_check_in(
            CheckInInput(goal_id=goal.id, checked_on=day, percent=percent, value=5)
        )
    skill = services.skills.framework()[0]
    for day, rating in ((first, 1), (last, 5)):
        services.skills.rate(
            RatingInput(mentee_id=m.id, skill_id=int(skill.id or 0), rated_on=day, rating=rating)
        )
    services.reflections.create(ReflectionInput(mentee_id=m.id, written_on=last, text="late"))

    window = MainWindow(services)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    _walk_every_view(qtbot, window, m.id)
    _export_everything(journal_path, tmp_path, "Dawit", (*EVERY_FORMAT, ("pdf", "s.pdf")))
    assert "2200" in (tmp_path / "mentee-s.md").read_text(encoding="utf-8")
