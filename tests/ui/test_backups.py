"""Backups in the GUI: File menu actions, backup on close and while working, the Backups
dialog (list, Back up now, Restore that ends on the restored journal, encryption), and the
start-up offer to restore a damaged journal's latest good backup."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from mentorjournal import app as app_module
from mentorjournal.backups import Reason, list_backups, make_backup
from mentorjournal.backups.keys import key_status, make_key, save_key
from mentorjournal.models import MenteeInput
from mentorjournal.services import Services
from mentorjournal.store import Journal, JournalError, open_journal
from mentorjournal.ui.backup_passphrase import BackupPassphraseDialog
from mentorjournal.ui.backups_dialog import BackupsDialog
from mentorjournal.ui.backups_feature import BackupsFeature
from mentorjournal.ui.main_window import MainWindow
from mentorjournal.ui.restore_offer import offer_restore

from .conftest import QuestionRecorder

YES = QMessageBox.StandardButton.Yes


def names(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return sorted(r[0] for r in conn.execute("SELECT full_name FROM mentee"))
    finally:
        conn.close()


def feature_of(window: MainWindow) -> BackupsFeature:
    feature = window.findChild(BackupsFeature)
    assert isinstance(feature, BackupsFeature)
    return feature


@pytest.fixture
def window(qtbot: Any, services: Services, abebe: int) -> MainWindow:
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_file_menu_has_backups_and_back_up_now(window: MainWindow) -> None:
    texts = [a.text() for a in window.file_menu.actions()]
    assert "&Backups…" in texts and "Back &up now" in texts
    assert texts.index("&Backups…") < texts.index("&Quit")


def test_closing_the_window_backs_up(window: MainWindow, services: Services) -> None:
    window.close()
    (backup,) = list_backups(services.journal.path)
    assert backup.reason == Reason.CLOSE
    assert names(backup.path) == ["Abebe Kebede"]


def test_closing_waits_for_a_backup_under_way_and_skips_an_identical_one(
    window: MainWindow, services: Services
) -> None:
    services.mentees.create(MenteeInput(full_name="Fatima Al-Hassan"))
    assert feature_of(window).auto_backup()
    window.close()  # waits for it; nothing changed since, so no second copy
    (auto,) = list_backups(services.journal.path)
    assert auto.reason == Reason.AUTO
    assert names(auto.path) == ["Abebe Kebede", "Fatima Al-Hassan"]
    window.show()
    services.mentees.create(MenteeInput(full_name="Dawit Bekele"))
    window.close()
    assert [b.reason for b in list_backups(services.journal.path)] == [Reason.CLOSE, Reason.AUTO]


def test_a_backup_reported_on_closing_reports_nothing_after_the_window_is_gone(
    qtbot: Any, services: Services, abebe: int
) -> None:
    # Closing reports the worker's backup itself; the poll that would have reported it later
    # must die with the window (it once fired into the next test's event loop).
    w = MainWindow(services)
    w.show()
    qtbot.waitExposed(w)
    services.mentees.create(MenteeInput(full_name="Fatima Al-Hassan"))
    feature = feature_of(w)
    assert feature.auto_backup()
    w.close()
    assert feature.worker is None
    w.deleteLater()
    qtbot.wait(3 * 100)  # three poll intervals: an orphaned poll would raise in the loop
    (auto,) = list_backups(services.journal.path)
    assert auto.reason == Reason.AUTO


def test_backup_while_working_only_when_the_journal_changed(
    qtbot: Any, window: MainWindow, services: Services
) -> None:
    feature = feature_of(window)
    assert feature.timer.interval() == 30 * 60 * 1000 and feature.timer.isActive()
    assert not feature.auto_backup()  # nothing changed since the window opened
    services.mentees.create(MenteeInput(full_name="Fatima Al-Hassan"))
    assert feature.auto_backup()  # started on a worker thread
    qtbot.waitUntil(lambda: feature.worker is None)  # done, and the window was told
    assert "Backed up to" in window.statusBar().currentMessage()
    assert not feature.auto_backup()  # unchanged since that backup
    (backup,) = list_backups(services.journal.path)
    assert backup.reason == Reason.AUTO
    assert names(backup.path) == ["Abebe Kebede", "Fatima Al-Hassan"]


def test_back_up_now_from_the_menu(qtbot: Any, window: MainWindow, services: Services) -> None:
    feature = feature_of(window)
    feature.act_backup_now.trigger()
    # On the worker thread, as the automatic ones: seconds on a huge journal, window answering.
    assert feature.worker is not None and feature.worker is not threading.main_thread()
    assert window.statusBar().currentMessage() == "Backing up…"
    assert not feature.back_up_now()  # one at a time
    qtbot.waitUntil(lambda: feature.worker is None)
    (backup,) = list_backups(services.journal.path)
    assert backup.reason == Reason.MANUAL
    assert backup.path.name in window.statusBar().currentMessage()


def open_dialog(qtbot: Any, window: MainWindow) -> BackupsDialog:
    dialog = feature_of(window).open_dialog()
    qtbot.waitExposed(dialog)
    return dialog


def test_dialog_lists_backups_with_dates_reasons_and_sizes(
    qtbot: Any, window: MainWindow, services: Services
) -> None:
    make_backup(services.journal, Reason.CLOSE)
    dialog = open_dialog(qtbot, window)
    assert dialog.table.topLevelItemCount() == 1
    dialog.back_up_button.click()
    # On a worker thread: the button waits, the list follows when the backup is made.
    assert dialog.status.text() == "Backing up…" and not dialog.back_up_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 2)
    assert dialog.back_up_button.isEnabled() and dialog.status.text().startswith("Backed up (")
    top = dialog.table.topLevelItem(0)
    assert top is not None
    assert top.text(1) == "Backed up now"
    assert top.text(2).endswith("kB")
    assert top.text(0)  # the date, in the trainer's locale
    second = dialog.table.topLevelItem(1)
    assert second is not None and second.text(1) == "On closing"
    assert "not encrypted" in dialog.encryption.text()
    assert str(list_backups(services.journal.path)[0].path.parent) in dialog.where.text()
    window.grab().save("/tmp/backups-window.png")
    dialog.grab().save("/tmp/backups-dialog.png")


def test_restore_from_the_dialog_ends_on_the_restored_journal(
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    journal_path: Path,
    tmp_path: Path,
    question: QuestionRecorder,
) -> None:
    """Through app.run_gui: restore in the first window, the app opens the journal again."""
    with open_journal(journal_path) as journal:
        Services.for_journal(journal).mentees.create(MenteeInput(full_name="Kept in backup"))
        make_backup(journal, Reason.MANUAL)
        Services.for_journal(journal).mentees.create(MenteeInput(full_name="Added later"))
    question.answer = YES
    windows: list[MainWindow] = []

    def fake_exec(_self: Any = None) -> int:
        (w,) = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        windows.append(w)
        if len(windows) == 1:
            dialog = open_dialog(qtbot, w)
            dialog.table.setCurrentItem(dialog.table.topLevelItem(0))
            dialog.restore_button.click()  # asks, backs up, checks, closes and reopens
            qtbot.waitUntil(lambda: not w.isVisible(), timeout=30_000)  # on a worker thread
        else:
            w.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app_module.run_gui(journal_path, []) == 0

    assert len(windows) == 2  # the second window is on the restored journal
    assert names(journal_path) == ["Kept in backup"]
    assert windows[1].mentee_list.visible_names() == ["Kept in backup"]
    assert question.asked == ["Restore backup"]
    reasons = [b.reason for b in list_backups(journal_path)]
    assert Reason.RESTORE in reasons  # the state before the restore was backed up
    before = next(b for b in list_backups(journal_path) if b.reason == Reason.RESTORE)
    assert names(before.path) == ["Added later", "Kept in backup"]
    assert not list(journal_path.parent.glob(".*restoring"))


def test_restore_refuses_a_damaged_backup_and_keeps_the_window(
    qtbot: Any,
    window: MainWindow,
    services: Services,
    question: QuestionRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, _title, text, *a, **k: warned.append(text)
    )
    backup = make_backup(services.journal, Reason.MANUAL)
    backup.path.write_bytes(backup.path.read_bytes()[:5000])
    question.answer = YES
    dialog = open_dialog(qtbot, window)
    dialog.restore_button.click()
    # On a worker thread: the dialog says so, waits, and keeps its buttons until it ends.
    assert dialog.status.text() == "Restoring…" and not dialog.restore_button.isEnabled()
    dialog.reject()
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: bool(warned))
    assert dialog.restore_button.isEnabled() and dialog.back_up_button.isEnabled()
    assert len(warned) == 1 and ("not usable" in warned[0] or "failed its check" in warned[0])
    assert window.isVisible() and window.switch_to is None
    assert names(services.journal.path) == ["Abebe Kebede"]


def test_turning_on_encrypted_backups_and_restoring_one(
    qtbot: Any,
    window: MainWindow,
    services: Services,
    question: QuestionRecorder,
) -> None:
    dialog = open_dialog(qtbot, window)
    dialog.encrypt_button.click()
    prompt = dialog.passphrase_dialog
    assert isinstance(prompt, BackupPassphraseDialog) and prompt.new
    qtbot.waitExposed(prompt)
    prompt.passphrase.setText("lamp ledge orbit")
    prompt.repeat.setText("lamp ledge orbi")
    prompt.buttons.accepted.emit()
    assert prompt.status.text() == "The two passphrases differ."
    prompt.repeat.setText("lamp ledge orbit")
    # The key is protected in a child process; the window keeps turning meanwhile.
    with qtbot.waitSignal(prompt.key_made, timeout=60_000):
        prompt.buttons.accepted.emit()
    status = key_status(services.journal)
    assert status is not None and status.encrypt_backups
    assert "encrypted to this journal's key" in dialog.encryption.text()

    dialog.back_up_button.click()
    qtbot.waitUntil(lambda: not dialog.work.running())
    newest = list_backups(services.journal.path)[0]
    assert newest.encrypted
    services.mentees.create(MenteeInput(full_name="Added later"))

    question.answer = YES
    dialog.table.setCurrentItem(dialog.table.topLevelItem(0))
    dialog.restore_button.click()
    unlock = dialog.passphrase_dialog
    assert isinstance(unlock, BackupPassphraseDialog) and not unlock.new
    qtbot.waitExposed(unlock)
    unlock.passphrase.setText("wrong words")
    unlock.buttons.accepted.emit()
    assert not unlock.passphrase.isEnabled()  # busy while the child process works
    qtbot.waitUntil(lambda: "does not open" in unlock.status.text(), timeout=60_000)
    assert unlock.passphrase.isEnabled() and unlock.isVisible()
    unlock.passphrase.setText("lamp ledge orbit")
    with qtbot.waitSignal(unlock.unlocked, timeout=60_000):
        unlock.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=30_000)  # on a worker thread
    # The window closed for the swap and asked the app to open the journal again.
    assert window.switch_to == services.journal.path
    assert not window.isVisible()
    assert names(services.journal.path) == ["Abebe Kebede"]


# --- the start-up offer --------------------------------------------------------------------


def damage(path: Path, kind: str) -> bytes | None:
    if kind == "truncated":
        path.write_bytes(path.read_bytes()[:20000])
    elif kind == "zero-byte":
        path.write_bytes(b"")
    elif kind == "not-sqlite":
        path.write_text("Dear diary")
    elif kind == "directory":
        path.unlink()
        path.mkdir()
        return None
    return path.read_bytes()


@pytest.mark.parametrize("kind", ["truncated", "zero-byte", "not-sqlite", "directory"])
def test_damaged_journal_offers_the_latest_backup_and_keeps_the_file(
    qtbot: Any, journal: Journal, abebe: int, question: QuestionRecorder, kind: str
) -> None:
    make_backup(journal, Reason.CLOSE)
    path = journal.path
    journal.close()
    damaged = damage(path, kind)
    with pytest.raises(JournalError) as opening:
        open_journal(path)
    question.answer = YES

    assert offer_restore(path, opening.value) is True

    (aside,) = path.parent.glob("journal.damaged-*")
    if damaged is not None:
        assert aside.read_bytes() == damaged  # byte-identical, only renamed
    assert names(path) == ["Abebe Kebede"]


def test_declining_the_offer_touches_nothing(
    qtbot: Any, journal: Journal, abebe: int, question: QuestionRecorder
) -> None:
    make_backup(journal, Reason.CLOSE)
    path = journal.path
    journal.close()
    damaged = damage(path, "truncated")
    with pytest.raises(JournalError) as opening:
        open_journal(path)
    question.answer = QMessageBox.StandardButton.No
    assert offer_restore(path, opening.value) is False
    assert path.read_bytes() == damaged
    assert sorted(p.name for p in path.parent.iterdir()) == ["backups", "journal.sqlite"]


def test_no_offer_without_backups(qtbot: Any, journal_path: Path) -> None:
    damage(journal_path, "zero-byte")
    with pytest.raises(JournalError) as opening:
        open_journal(journal_path)
    assert offer_restore(journal_path, opening.value) is None


def test_the_offer_skips_a_bad_backup_and_asks_the_passphrase_of_encrypted_ones(
    qtbot: Any,
    journal: Journal,
    abebe: int,
    question: QuestionRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    save_key(journal, make_key("lamp ledge orbit"))
    good = make_backup(journal, Reason.CLOSE)
    bad = make_backup(journal, Reason.MANUAL)
    bad.path.write_bytes(bad.path.read_bytes()[:300])  # the newest one is cut short
    path = journal.path
    journal.close()
    damage(path, "truncated")
    asked: list[str] = []

    def get_text(_parent: Any, _title: str, label: str, *_a: Any, **_k: Any) -> tuple[str, bool]:
        asked.append(label)
        return "lamp ledge orbit", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    question.answer = YES
    with pytest.raises(JournalError) as opening:
        open_journal(path)
    assert offer_restore(path, opening.value) is True
    assert len(asked) == 1 and "encrypted" in asked[0]
    assert names(path) == ["Abebe Kebede"]
    assert good.path.exists()


def test_run_gui_offers_the_restore_then_opens_the_journal(
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    journal: Journal,
    abebe: int,
    question: QuestionRecorder,
) -> None:
    make_backup(journal, Reason.CLOSE)
    path = journal.path
    journal.close()
    damaged = damage(path, "truncated")
    question.answer = YES
    seen: list[list[str]] = []

    def fake_exec(_self: Any = None) -> int:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, MainWindow) and w.isVisible():
                seen.append(w.mentee_list.visible_names())
                w.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app_module.run_gui(path, []) == 0
    assert seen == [["Abebe Kebede"]]
    (aside,) = path.parent.glob("journal.damaged-*")
    assert aside.read_bytes() == damaged
