"""Start-up: the window paints with its list before the first brief is read, and the way to the
first window imports nothing heavy (matplotlib, PDF, encryption, keyring load on first use)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from mentorjournal import app as app_module
from mentorjournal.models import MenteeInput
from mentorjournal.services import Services
from mentorjournal.store import open_journal
from mentorjournal.ui.main_window import MainWindow

HEAVY = ("matplotlib", "pyrage", "fpdf", "keyring")
# Not heavy, but not needed to open the window either (start-up pays for every import).
NOT_AT_START = (*HEAVY, "mentorjournal.cli.commands")


@pytest.fixture
def slow_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """A quick check that takes as long as a huge journal's would: its verdict comes late."""
    import time

    from mentorjournal.store import precheck
    from mentorjournal.store.integrity import quick_check as real

    def slow(path: Any) -> None:
        time.sleep(0.3)
        real(path)

    monkeypatch.setattr(precheck, "quick_check", slow)


def _two_mentees(path: Path) -> None:
    with open_journal(path) as journal:
        services = Services.for_journal(journal)
        for name in ("Abebe Kebede", "Sara Tesfaye"):
            services.mentees.create(MenteeInput(full_name=name))


def test_the_window_paints_its_list_first_then_opens_the_first_mentee(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, journal_path: Path
) -> None:
    _two_mentees(journal_path)
    seen: dict[str, Any] = {}

    def fake_exec(_self: Any = None) -> int:
        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        seen["rows"] = window.mentee_list.model.rowCount()
        seen["before_paint"] = window.page.mentee_id
        page = window.page
        qtbot.waitUntil(lambda: page.mentee_id is not None and page.is_loaded(page.brief_tab))
        seen["after_paint"] = window.mentee_list.visible_names()[0]
        seen["brief_tab"] = page.tabs.currentWidget() is page.brief_tab
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app_module.run_gui(journal_path, []) == 0
    assert seen["rows"] == 2
    assert seen["before_paint"] is None  # nothing read for a mentee before the first paint
    assert seen["after_paint"] == "Abebe Kebede" and seen["brief_tab"]


def test_building_the_window_without_the_first_mentee_leaves_it_to_the_caller(
    qtbot: Any, services: Services
) -> None:
    services.mentees.create(MenteeInput(full_name="Only One"))
    window = MainWindow(services, first_mentee=False)
    qtbot.addWidget(window)
    assert window.page.mentee_id is None
    assert not window.act_new_session.isEnabled()  # no mentee yet: no mentee actions
    window.show_first_mentee()
    assert window.page.mentee_id is not None and window.act_new_session.isEnabled()


def test_until_the_first_mentee_opens_the_page_says_who_is_coming(
    qtbot: Any, services: Services
) -> None:
    """Between the first paint and the first brief the page names the mentee being opened,
    without the welcome page's button and hints (a choice about to be made for the trainer);
    with no one to open, the welcome page is whole."""
    services.mentees.create(MenteeInput(full_name="Zara Tesfaye"))
    services.mentees.create(MenteeInput(full_name="Abebe Kebede"))
    window = MainWindow(services, first_mentee=False)
    qtbot.addWidget(window)
    window.show()
    welcome = window.page.welcome
    assert window.page.currentWidget() is welcome
    assert welcome.message.text() == "Opening Abebe Kebede…"
    assert not welcome.new_button.isVisible() and not welcome.hints_panel.isVisible()
    window.show_first_mentee()
    assert window.page.mentee_id is not None
    window.mentee_list.filter_edit.setText("nobody by this name")
    window.show_first_mentee()  # no one listed: the welcome page, whole again
    assert window.page.mentee_id is None
    assert not welcome.new_button.isHidden() and not welcome.hints_panel.isHidden()
    assert welcome.message.text() == "Choose a mentee on the left to see their page."


def test_an_empty_journal_opens_on_the_whole_welcome_page(qtbot: Any, services: Services) -> None:
    window = MainWindow(services, first_mentee=False)
    qtbot.addWidget(window)
    window.show()
    welcome = window.page.welcome
    assert welcome.new_button.isVisible() and welcome.hints_panel.isVisible()
    assert welcome.message.text().startswith("Your journal is empty.")


CHILD = """
import json, sys
from PySide6.QtWidgets import QApplication, QMessageBox

found = {}

def exec_instead(*_args):
    app = QApplication.instance()
    app.processEvents()
    window = next(w for w in app.topLevelWidgets() if hasattr(w, "mentee_list"))
    found["shown"] = [m for m in HEAVY if m in sys.modules]
    found["rows"] = window.mentee_list.model.rowCount()
    page = window.page
    for _ in range(200):
        if page.mentee_id is not None and page.is_loaded(page.brief_tab):
            break
        app.processEvents()
    found["brief"] = page.is_loaded(page.brief_tab)
    found["after_brief"] = [m for m in HEAVY if m in sys.modules]
    window.close()
    return 0

HEAVY = json.loads(sys.argv[2])
QApplication.exec = exec_instead
from mentorjournal.__main__ import main
code = main(["--db", sys.argv[1]])
print(json.dumps({"code": code, **found}))
"""


def test_start_up_through_the_entry_point_imports_nothing_heavy(journal_path: Path) -> None:
    """The real entry point, in a fresh interpreter, up to the window and the first brief."""
    _two_mentees(journal_path)
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(journal_path), json.dumps(NOT_AT_START)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["code"] == 0 and found["rows"] == 2 and found["brief"]
    assert found["shown"] == [] and found["after_brief"] == []


# Loaded on first use, after the first paint (issue 7): the pages and tabs not on screen, the
# editors' input classes and the tables the mentee list does not read.
AFTER_FIRST_PAINT = (
    "mentorjournal.ui.sessions_view",
    "mentorjournal.ui.search",
    "mentorjournal.ui.dashboard",
    "mentorjournal.ui.tabs.brief",
    "mentorjournal.ui.tabs.progress",
    "mentorjournal.ui.tabs.sessions",
    "mentorjournal.ui.item_models.records",
    "mentorjournal.ui.printing",
    "mentorjournal.services.mentees",
    "mentorjournal.services.search",
    "mentorjournal.services.brief",
    "mentorjournal.services.drafts",
    "mentorjournal.models.inputs",
    "mentorjournal.models.draft",
    "mentorjournal.models.mentee",
    "mentorjournal.models.session",
    "mentorjournal.models.goal",
    "mentorjournal.models.reflection",
    "mentorjournal.models.skill",
    "mentorjournal.models.tags",
    "mentorjournal.models.template",
    # The lock's passphrase service and screen, and the backups' code: the first window only
    # asks whether a passphrase is set, and makes its backups later.
    "mentorjournal.services.lock",
    "mentorjournal.models.app_lock",
    "mentorjournal.ui.lock.screen",
    "mentorjournal.backups",
    # The mentee list's filter panel (date fields, calendars): hidden until Filters is pressed.
    "mentorjournal.ui.mentee_filters",
    "mentorjournal.ui.widgets",
    # The socket answering later starts on the same journal: it listens after the first paint.
    "PySide6.QtNetwork",
    # The About box, error messages and delete questions.
    "mentorjournal.ui.dialogs",
    "mentorjournal.ui.deleting",
    # The database layer itself (half a second of imports): the list is read through plain
    # sqlite3 (Journal.plain_reading), and they load with the first mentee's brief.
    "sqlalchemy",
    "sqlmodel",
    "pydantic",
)

PAINT_CHILD = """
import json, sys
from PySide6.QtWidgets import QApplication
from mentorjournal import app as app_module

found = {}
real = app_module.after_first_paint

def after_first_paint(widget, then):
    def record():
        found["at_paint"] = [m for m in WATCHED if m in sys.modules]
        found["rows"] = widget.mentee_list.model.rowCount()
        found["menus"] = [
            [a.text() for a in menu.actions()]
            for menu in (widget.file_menu, widget.edit_menu, widget.view_menu, widget.tools_menu)
        ]
        found["toolbar"] = [a.text() for a in widget.toolbar.actions()]
        then()
        QApplication.instance().processEvents()
        widget.close()
    real(widget, record)

def exec_instead(*_args):
    app = QApplication.instance()
    for _ in range(500):
        if "rows" in found:
            break
        app.processEvents()
    return 0

app_module.after_first_paint = after_first_paint
QApplication.exec = exec_instead
WATCHED = json.loads(sys.argv[2])
from mentorjournal.__main__ import main
code = main(["--db", sys.argv[1]])
print(json.dumps({"code": code, **found}))
"""


def test_the_first_paint_loads_only_what_the_first_window_shows(journal_path: Path) -> None:
    """The real entry point, in a fresh interpreter: at the first paint (list filled, menus
    in place, in their order) the pages and tabs not shown and the tables not read are not
    loaded yet."""
    _two_mentees(journal_path)
    result = subprocess.run(
        [sys.executable, "-c", PAINT_CHILD, str(journal_path), json.dumps(AFTER_FIRST_PAINT)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["code"] == 0 and found["rows"] == 2
    assert found["at_paint"] == []
    file_menu, edit_menu, view_menu, tools_menu = found["menus"]
    assert edit_menu == ["&Find mentee", "&Search the journal…", "", "Se&ttings…"]
    assert view_menu == ["Programme &dashboard", "All &sessions"]
    assert file_menu[:4] == ["New &mentee…", "", "&Print brief…", "Save brief as P&DF…"]
    assert tools_menu[:2] == ["&Competency framework…", "&Templates…"]
    assert found["toolbar"][-3:] == ["", "&Search the journal…", "S&hare summary…"]


def test_modules_imported_after_qt_are_not_scanned_by_pyside() -> None:
    """PySide6 reads the source of every module imported after it (PYSIDE-2029); the app's
    module turns that off first, so SQLAlchemy and the app's own modules import at plain
    speed (ui/pyside_imports.py)."""
    probe = (
        "import inspect, sys, mentorjournal.app\n"
        "read = []\n"
        "real = inspect.getsource\n"
        "inspect.getsource = lambda obj, *a: read.append(obj.__name__) or real(obj, *a)\n"
        "import sqlalchemy, mentorjournal.services.filters\n"
        "feature = sys.modules['shibokensupport.feature']\n"
        "print(read, feature.pyside_feature_dict.get('sqlalchemy'))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["[]", "-1"]


def test_pages_of_features_load_when_first_used(qtbot: Any, services: Services) -> None:
    """View > All sessions and Edit > Search build their pages on first use; the pages
    exist once, and are the right-hand side's."""
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert window.right.count() == 1  # the mentee page; the dashboard and pages come later
    window.act_all_sessions.trigger()  # type: ignore[attr-defined]
    view = window.sessions_view
    assert window.right.currentWidget() is view and window.sessions_view is view
    window.act_search.trigger()  # type: ignore[attr-defined]
    assert window.right.currentWidget() is window.search_page
    window.show_dashboard()
    assert window.right.currentWidget() is window.dashboard and window.dashboard_shown()
    assert window.right.count() == 4


def test_a_damaged_journal_is_refused_after_the_window_read_it_untouched(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, journal_path: Path, slow_check: None
) -> None:
    """The window may read before the quick check's verdict (a huge journal's takes seconds);
    the damage is still reported in plain words and the folder is left byte-identical."""
    from tests.store.test_precheck import _scramble_a_late_page, _snapshot

    _scramble_a_late_page(journal_path)
    before = _snapshot(journal_path.parent)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text, *a, **k: shown.append(text)
    )
    windows: list[MainWindow] = []
    # Qt's own exit() with no exec() running would leave the application quitting, and the
    # next test's event loop with it: recorded instead.
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: exits.append(code)))

    def fake_exec(_self: Any = None) -> int:
        windows.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        qtbot.waitUntil(lambda: bool(exits), timeout=10_000)  # the verdict arrives, acted on
        return exits[0]

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app_module.run_gui(journal_path, []) == 1
    # Reading the mentees hit the damaged page before the verdict: the refusal is the
    # check's plain message, not a bug report.
    assert shown and "damaged" in shown[0]
    assert _snapshot(journal_path.parent) == before  # no -wal or -shm left, no byte changed


def test_a_write_before_the_verdict_waits_for_it(journal_path: Path, slow_check: None) -> None:
    from mentorjournal.store import JournalDamaged
    from mentorjournal.store.precheck import Precheck
    from tests.store.test_precheck import _scramble_a_late_page

    _scramble_a_late_page(journal_path)
    check = Precheck.start(journal_path)
    journal = open_journal(journal_path, precheck=check, verdict_later=True)
    assert not check.done()  # opened before the verdict
    try:
        with pytest.raises(JournalDamaged):
            Services.for_journal(journal).mentees.create(MenteeInput(full_name="Nobody"))
    finally:
        journal.close()


def test_a_late_verdict_of_damage_closes_the_shown_window_with_the_message(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, journal_path: Path
) -> None:
    """Damage the first screen did not read (the check finds it seconds later on a huge
    journal): the window leaves the event loop at once and the plain message is shown."""
    import threading

    from mentorjournal.store import JournalDamaged, precheck

    _two_mentees(journal_path)
    window_shown = threading.Event()

    def damaged_late(path: Path) -> None:
        window_shown.wait(10)
        raise JournalDamaged(path, "a page of skill ratings is scrambled")

    monkeypatch.setattr(precheck, "quick_check", damaged_late)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text, *a, **k: shown.append(text)
    )
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: exits.append(code)))
    seen: dict[str, Any] = {}

    def fake_exec(_self: Any = None) -> int:
        seen["visible"] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        window_shown.set()
        qtbot.waitUntil(lambda: bool(exits), timeout=5000)
        return exits[0]

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app_module.run_gui(journal_path, []) == 1
    assert seen["visible"] and exits == [1]
    assert shown and "damaged" in shown[0] and "skill ratings" in shown[0]


def test_the_window_is_built_without_the_style_sheet_and_shown_with_it(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, journal_path: Path
) -> None:
    """Building under a style sheet re-styles every subtree at each reparenting (slow); the
    sheet is held back while the window is built and in force once it is shown."""
    _two_mentees(journal_path)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sheets: dict[str, str] = {}
    real_init = MainWindow.__init__

    def spying_init(self: MainWindow, *args: Any, **kwargs: Any) -> None:
        sheets["while_built"] = app.styleSheet()
        real_init(self, *args, **kwargs)

    def fake_exec(_self: Any = None) -> int:
        sheets["when_shown"] = app.styleSheet()
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow):
                window.close()
        return 0

    monkeypatch.setattr(MainWindow, "__init__", spying_init)
    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app_module.run_gui(journal_path, []) == 0
    assert sheets["while_built"] == ""
    assert "QPushButton" in sheets["when_shown"]  # the app's own look, back in force


def test_the_style_sheet_comes_back_when_building_fails(qapp: QApplication) -> None:
    before = qapp.styleSheet()
    qapp.setStyleSheet(before + "\nQLabel { margin: 1px; }")
    sheet = qapp.styleSheet()
    try:
        with pytest.raises(RuntimeError), app_module.style_sheet_held_back(qapp):
            assert qapp.styleSheet() == ""
            raise RuntimeError("a bug while building")
        assert qapp.styleSheet() == sheet
    finally:
        qapp.setStyleSheet(before)


@pytest.mark.parametrize(
    "argv",
    [[], ["--db", "x.sqlite"], ["--db=x.sqlite"], ["--db="], ["--db", "-x"], ["mentees"]]
    + [["--db", "x.sqlite", "mentees"], ["--version"], ["--d", "x.sqlite"]],
)
def test_opening_the_app_skips_the_parser_with_the_same_arguments(argv: list[str]) -> None:
    """`mentorjournal` and `mentorjournal --db PATH` open the app without building the parser
    (which imports every command); anything else goes through the parser as before."""
    from mentorjournal.cli.main import build_parser, opens_the_app

    fast = opens_the_app(argv)
    if fast is not None:
        assert vars(fast) == vars(build_parser().parse_args(argv))
    else:
        assert argv not in ([], ["--db", "x.sqlite"], ["--db=x.sqlite"], ["--db="])


def test_a_list_without_its_filter_panel_applies_no_panel_criteria(
    qtbot: Any, services: Services
) -> None:
    """Before the filter panel is built (it loads with the Filters button), the list keeps
    the typed text and statuses and drops every panel criterion, as an empty panel does."""
    from datetime import date

    from mentorjournal.models import MenteeStatus
    from mentorjournal.services.filters import MenteeFilter
    from mentorjournal.ui.mentee_filters import without_panel_criteria
    from mentorjournal.ui.mentee_list import MenteeListPane

    pane = MenteeListPane(services)
    qtbot.addWidget(pane)
    base = MenteeFilter(
        text="abe",
        statuses=frozenset({MenteeStatus.PAUSED}),
        tags=frozenset({"welding"}),
        programme="Electrical",
        cohort="2026",
        last_session_from=date(2026, 1, 1),
        last_session_to=date(2026, 2, 1),
        overdue_only=True,
    )
    assert pane._panel is None
    assert pane._with_panel_criteria(base) == without_panel_criteria(base)
    assert pane.panel.applied_to(base) == without_panel_criteria(base)  # built, nothing chosen


def test_later_starts_are_answered_once_the_window_has_painted(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, journal_path: Path
) -> None:
    """The app listens for a second start on its journal after its first paint (QtNetwork
    loads then); a second start that comes sooner waits for it (`START_WAIT_S`)."""
    from PySide6.QtNetwork import QLocalSocket

    from mentorjournal.ui.single_instance import server_name

    _two_mentees(journal_path)
    seen: dict[str, bool] = {}

    def reaches_the_first() -> bool:
        socket = QLocalSocket()
        socket.connectToServer(server_name(journal_path))
        connected = socket.waitForConnected(200)
        socket.abort()
        return connected

    def fake_exec(_self: Any = None) -> int:
        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        seen["before_paint"] = reaches_the_first()
        page = window.page
        qtbot.waitUntil(lambda: page.mentee_id is not None)  # the first paint has run
        seen["after_paint"] = reaches_the_first()
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app_module.run_gui(journal_path, []) == 0
    assert seen == {"before_paint": False, "after_paint": True}
