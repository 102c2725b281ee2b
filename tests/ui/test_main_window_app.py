"""app.py: the composition root opens the journal, shows the window, and stays light."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from mentorjournal import app as app_module
from mentorjournal.services import Services
from mentorjournal.store import open_journal
from mentorjournal.ui.main_window import MainWindow


def test_run_gui_creates_the_journal_shows_the_window_and_closes(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "new" / "journal.sqlite"
    seen: list[MainWindow] = []

    def fake_exec(_self: Any = None) -> int:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        seen.extend(w for w in windows if w.isVisible())
        for w in windows:
            w.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app_module.run_gui(path, []) == 0
    assert seen and seen[-1].windowTitle() == "Mentor Journal"
    assert QApplication.organizationName() == "Mentor Journal"
    assert not QApplication.windowIcon().isNull()
    # The journal was created and closed: it opens again without create=True.
    open_journal(path).close()


def test_run_gui_says_why_a_file_cannot_be_opened(
    monkeypatch: pytest.MonkeyPatch, qtbot: Any, tmp_path: Path
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a journal")
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text, *a, **k: shown.append(text)
    )
    assert app_module.run_gui(path, []) == 1
    assert shown and "not a Mentor Journal file" in shown[0]
    assert path.read_text() == "not a journal"


def test_build_main_window_lists_the_journal(qtbot: Any, services: Services) -> None:
    window = app_module.build_main_window(services)
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow)
    assert window.mentee_list.visible_names() == []


def test_starting_the_gui_imports_no_heavy_modules() -> None:
    code = (
        "import sys; import mentorjournal.app, mentorjournal.ui.main_window; "
        "heavy = [m for m in ('matplotlib', 'pyrage', 'reportlab') if m in sys.modules]; "
        "print(heavy); sys.exit(1 if heavy else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(autouse=True)
def default_locale() -> Any:
    """create_application may change the default locale: put it back for the other tests."""
    from PySide6.QtCore import QLocale

    saved = QLocale()
    yield saved
    QLocale.setDefault(saved)


def test_c_locale_falls_back_to_english_uk(default_locale: Any, qtbot: Any) -> None:
    from PySide6.QtCore import QLocale

    assert app_module.fallback_locale(QLocale.c()) == QLocale(
        QLocale.Language.English, QLocale.Country.UnitedKingdom
    )
    french = QLocale(QLocale.Language.French, QLocale.Country.France)
    assert app_module.fallback_locale(french) is None


def test_create_application_sets_the_fallback_only_for_the_c_locale(
    monkeypatch: pytest.MonkeyPatch, default_locale: Any, qtbot: Any
) -> None:
    from datetime import date

    from PySide6.QtCore import QLocale

    from mentorjournal.ui.tabs.brief import brief_date

    monkeypatch.setattr(QLocale, "system", staticmethod(QLocale.c))
    app_module.create_application([])
    assert QLocale().name() == "en_GB"
    assert brief_date(date(2026, 3, 5)) == "5 Mar 2026"

    french = QLocale(QLocale.Language.French, QLocale.Country.France)
    QLocale.setDefault(french)
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: french))
    app_module.create_application([])
    assert QLocale().name() == "fr_FR"  # a real system locale is kept
