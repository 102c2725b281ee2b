"""Tools > Check journal…: a sound journal reads as sound; a damaged one names its problems."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mentorjournal.models import GoalInput, MenteeInput
from mentorjournal.services import Services
from mentorjournal.store import open_journal
from mentorjournal.ui.check_journal import COUNTED, CheckJournalDialog
from mentorjournal.ui.main_window import MainWindow
from mentorjournal.ui.translation import install_language


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w


def run_check(qtbot: QtBot, window: MainWindow) -> CheckJournalDialog:
    action = window.act_check_journal  # type: ignore[attr-defined]
    assert action in window.tools_menu.actions()
    action.trigger()
    dialog = window.check_dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, CheckJournalDialog)
    qtbot.waitUntil(lambda: dialog.report is not None or dialog.error is not None, timeout=20000)
    assert QApplication.overrideCursor() is None  # the busy cursor is gone
    return dialog


def test_sound_journal_is_reported_sound(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    services.mentees.create(MenteeInput(full_name="Hiwot Tesfaye"))
    dialog = run_check(qtbot, window)
    assert dialog.report is not None and dialog.report.ok
    assert "no problems found" in dialog.headline.text()
    assert "It holds 1 mentee, 0 sessions," in dialog.details.toPlainText()
    assert dialog.buttons.isEnabled()
    dialog.reject()


def test_damaged_journal_names_its_problems(qtbot: QtBot, journal_path: Path) -> None:
    with open_journal(journal_path) as journal:
        services = Services.for_journal(journal)
        m = services.mentees.create(MenteeInput(full_name="Someone"))
        for title in ("One", "Two"):
            services.goals.create(GoalInput(mentee_id=m.id or 0, title=title))
    conn = sqlite3.connect(journal_path)  # foreign keys are off in a bare connection
    conn.execute("UPDATE goal SET mentee_id = 999")
    conn.commit()
    conn.close()
    before = journal_path.read_bytes()

    with open_journal(journal_path) as journal:
        w = MainWindow(Services.for_journal(journal))
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        dialog = run_check(qtbot, w)
        assert dialog.report is not None and not dialog.report.ok
        assert "1 problem found" in dialog.headline.text()
        text = dialog.details.toPlainText()
        assert "2 of the goals refer to mentees that no longer exist." in text
        assert "restore the latest backup" in text
        dialog.reject()
        w.close()
    assert journal_path.read_bytes() == before  # checking changed nothing


def _break(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(sql)
    conn.commit()
    conn.close()


def _has_search_index(path: Path) -> bool:
    conn = sqlite3.connect(path)
    try:
        found = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_index'"
        ).fetchone()
        return found is not None
    finally:
        conn.close()


def test_the_dialog_says_what_the_check_repaired(qtbot: QtBot, journal_path: Path) -> None:
    with open_journal(journal_path) as journal:
        Services.for_journal(journal).mentees.create(
            MenteeInput(full_name="Hiwot Tesfaye", private_notes="Practises torque settings")
        )
    _break(journal_path, "DROP TABLE search_index;")

    with open_journal(journal_path) as journal:
        services = Services.for_journal(journal)
        assert services.search.search("torque").hits == []
        w = MainWindow(services)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        dialog = run_check(qtbot, w)
        assert dialog.report is not None and dialog.report.ok
        assert dialog.report.repaired == ["The search index is missing."]
        assert dialog.headline.text() == "Your journal is sound; the check put one thing right."
        text = dialog.details.toPlainText()
        assert text.startswith("- The search index was missing and has been rebuilt.\n")
        assert "It holds 1 mentee, 0 sessions," in text
        # Repaired, not just reported: search finds the note again, the index is in the file.
        assert len(services.search.search("torque").hits) == 1
        dialog.reject()
        w.close()
    assert _has_search_index(journal_path)


def test_each_repair_the_store_reports_has_its_own_sentence(journal_path: Path) -> None:
    """The store's accounts of index problems (its own words, from a real journal) each map
    to a sentence of their own, not to the catch-all."""
    from mentorjournal.store.integrity import full_check
    from mentorjournal.ui.check_journal import repaired_text

    with open_journal(journal_path) as journal:
        services = Services.for_journal(journal)
        m = services.mentees.create(MenteeInput(full_name="Someone"))
        services.goals.create(GoalInput(mentee_id=m.id or 0, title="Weld a butt joint"))
    _break(journal_path, "DROP TRIGGER search_index_goal_update; UPDATE goal SET title = 'Bend';")
    with open_journal(journal_path) as journal:
        repaired = full_check(journal).repaired
    catch_all = repaired_text("something new")
    texts = [repaired_text(what) for what in repaired]
    assert len(texts) == 2 and catch_all not in texts and len(set(texts)) == 2
    assert "out of step with your records" in texts[1]
    assert repaired_text("The search index is damaged (malformed).") != catch_all


class _Marking(QTranslator):
    """A stand-in language: every text the app translates comes back «marked»."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # type: ignore[no-untyped-def,override]
        return f"«{source_text}»"


def test_every_line_of_a_damaged_report_is_in_the_trainers_language(
    qtbot: QtBot, journal_path: Path
) -> None:
    from mentorjournal.store.integrity import PLAIN_NAMES, full_check
    from mentorjournal.ui.check_journal import RECORD_NAMES, describe

    assert set(PLAIN_NAMES.values()) == RECORD_NAMES  # every table name can be translated
    with open_journal(journal_path) as journal:
        services = Services.for_journal(journal)
        m = services.mentees.create(MenteeInput(full_name="Someone"))
        services.goals.create(GoalInput(mentee_id=m.id or 0, title="One"))
    _break(journal_path, "UPDATE goal SET mentee_id = 999;")
    with open_journal(journal_path) as journal:
        report = full_check(journal)
    assert len(report.findings) == len(report.problems) == 1

    marking = _Marking()
    app = QApplication.instance()
    assert app is not None
    app.installTranslator(marking)
    try:
        headline, details = describe(report)
    finally:
        app.removeTranslator(marking)
    assert headline == "«1 problem(s) found in your journal.»"  # %n put in by Qt
    # The sentence and the names in it, each through the translator.
    assert (
        details.splitlines()[0] == "- «1 of the «goals» refer to «mentees» that no longer exist.»"
    )
    assert all(line.startswith(("- «", "«")) for line in details.splitlines() if line)


@pytest.mark.parametrize(
    ("n", "expected"),
    [(1, "١ جلسة"), (2, "٢ جلستان"), (3, "٣ جلسات"), (11, "١١ جلسةً"), (100, "١٠٠ جلسة")],
)
def test_counts_take_the_arabic_noun_form_and_digits_of_their_number(
    qapp: QApplication, n: int, expected: str
) -> None:
    # "{count} {name}" could not say this: the noun changes with the number in Arabic.
    install_language(qapp, "ar")
    try:
        assert COUNTED["sessions"](n) == expected
    finally:
        install_language(qapp, "en")
    assert COUNTED["sessions"](n) == f"{n} session" + ("" if n == 1 else "s")
