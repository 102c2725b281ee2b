"""The Settings dialog and the settings store: preferences saved in the user's settings, the
cadence in the journal, the keyring option explained when unusable, switching journals."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog

from mentorjournal.app import remembered_journal
from mentorjournal.services import Services
from mentorjournal.settings import (
    BACKUP_ON_CLOSE,
    IDLE_LOCK_MINUTES,
    LANGUAGE,
    THEME,
    MemoryStore,
    Settings,
)
from mentorjournal.store.journal import default_journal_path
from mentorjournal.ui.main_window import MainWindow
from mentorjournal.ui.settings.dialog import SettingsDialog
from mentorjournal.ui.settings.store import QSettingsStore


@pytest.fixture
def window(qtbot: Any, services: Services) -> Iterator[MainWindow]:
    w = MainWindow(services, settings=Settings(MemoryStore()))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w


def _open(window: MainWindow, qtbot: Any) -> SettingsDialog:
    window.act_settings.trigger()  # type: ignore[attr-defined]
    dialog: SettingsDialog = window.settings_dialog  # type: ignore[attr-defined]
    qtbot.waitExposed(dialog)
    return dialog


def test_settings_are_saved_and_the_cadence_goes_to_the_journal(
    window: MainWindow, qtbot: Any, services: Services
) -> None:
    dialog = _open(window, qtbot)
    assert dialog.idle_lock.value() == 5 and dialog.idle_lock.specialValueText() == "Never"
    dialog.idle_lock.setValue(10)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.language.setCurrentIndex(dialog.language.findData("am"))
    dialog.backup_on_close.setChecked(False)
    dialog.cadence.setValue(21)
    assert dialog.save()
    settings = window.settings
    assert settings.get(IDLE_LOCK_MINUTES) == 10 and settings.get(THEME) == "dark"
    assert settings.get(LANGUAGE) == "am" and settings.get(BACKUP_ON_CLOSE) is False
    assert services.owner.get().default_cadence_days == 21


def test_cancel_changes_nothing(window: MainWindow, qtbot: Any, services: Services) -> None:
    dialog = _open(window, qtbot)
    dialog.idle_lock.setValue(30)
    dialog.cadence.setValue(3)
    dialog.reject()
    assert window.settings.get(IDLE_LOCK_MINUTES) == 5
    assert services.owner.get().default_cadence_days != 3


def test_unusable_keyring_disables_the_option_with_the_reason(
    qtbot: Any, services: Services
) -> None:
    settings = Settings(MemoryStore())
    dialog = SettingsDialog(settings, services, keyring_reason="there is no system keyring here")
    qtbot.addWidget(dialog)
    assert not dialog.remember.isEnabled() and not dialog.remember.isChecked()
    texts = [label.text() for label in dialog.findChildren(type(dialog.journal_label))]
    assert any("there is no system keyring here" in text for text in texts)


def test_open_another_journal_closes_the_window_and_names_it(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other.sqlite"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    dialog = _open(window, qtbot)
    qtbot.mouseClick(dialog.open_other, Qt.MouseButton.LeftButton)
    assert window.switch_to == other
    assert not window.isVisible()


def test_remembered_journal_only_replaces_the_default(tmp_path: Path) -> None:
    last = tmp_path / "last.sqlite"
    last.write_bytes(b"")
    assert remembered_journal(default_journal_path(), str(last)) == last
    chosen = tmp_path / "chosen.sqlite"
    assert remembered_journal(chosen, str(last)) == chosen  # --db wins
    assert remembered_journal(default_journal_path(), str(tmp_path / "gone.sqlite")) == (
        default_journal_path()
    )


def test_qsettings_store_round_trips_typed_values(tmp_path: Path) -> None:
    path = str(tmp_path / "settings.ini")
    settings = Settings(QSettingsStore(QSettings(path, QSettings.Format.IniFormat)))
    settings.set(IDLE_LOCK_MINUTES, 12)
    settings.set(BACKUP_ON_CLOSE, False)
    again = Settings(QSettingsStore(QSettings(path, QSettings.Format.IniFormat)))
    assert again.get(IDLE_LOCK_MINUTES) == 12 and again.get(BACKUP_ON_CLOSE) is False
