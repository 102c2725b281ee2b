"""The export and import dialogs, driven as a trainer would; the window keeps turning while the
passphrase step runs in its child process."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from mentorjournal.crypto import keys
from mentorjournal.crypto.keyring_store import PassphraseKeyring
from mentorjournal.services import Services
from mentorjournal.store import Journal, open_journal
from mentorjournal.ui.transfer.export_dialog import ExportDialog, journal_account
from mentorjournal.ui.transfer.import_dialog import ImportDialog
from tests.crypto.test_crypto import MemoryKeyring

PASSPHRASE = "ember-quartz-tulip-harbor-olive-canyon"


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def target(tmp_path: Path, template_journal: Path) -> Iterator[Services]:
    path = tmp_path / "target.sqlite"
    path.write_bytes(template_journal.read_bytes())
    with open_journal(path) as journal:
        yield Services.for_journal(journal)


class TickGaps:
    """A 10 ms timer; records the longest time between two of its ticks."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.last = time.perf_counter()
        self.longest = 0.0
        self.ticks = 0
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now
        self.ticks += 1

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()


class Held:
    """Stands in for a function of `mentorjournal.transfer`: records the thread that calls it
    and waits for `release` before running the real one (to look at a dialog mid-work)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
        import mentorjournal.transfer as transfer

        self.real = getattr(transfer, name)
        self.release = threading.Event()
        self.threads: list[str] = []
        monkeypatch.setattr(transfer, name, self)

    def __call__(self, *args: object, **kwargs: object) -> object:
        self.threads.append(threading.current_thread().name)
        self.release.wait(10)
        return self.real(*args, **kwargs)


def _names(journal: Journal) -> list[str]:
    return sorted(m.full_name for m in Services.for_journal(journal).mentees.list_summaries())


def test_passphrase_export_and_import_keep_the_window_turning(
    qtbot: QtBot,
    services: Services,
    group_session: int,
    target: Services,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
) -> None:
    out = tmp_path / "journal.age"
    dialog = ExportDialog(services)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.whole.isChecked() and dialog.by_passphrase.isChecked()
    assert dialog.remember.isEnabled() and not dialog.remember.isChecked()  # off by default
    dialog.file.setText(str(out))
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    assert "Strong" in dialog.strength.text()
    dialog.remember.setChecked(True)

    gaps = TickGaps()
    gaps.start()
    dialog.export_button.click()
    assert dialog.busy.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.exported, timeout=120_000):
        pass
    gaps.timer.stop()
    assert gaps.ticks > 20  # the key derivation took a while, and the loop kept turning
    assert gaps.longest < 0.25, f"the event loop stalled for {gaps.longest:.3f} s"
    assert out.read_bytes().startswith(b"age-encryption.org/v1\n-> scrypt")
    assert out.stat().st_mode & 0o777 == 0o600
    assert PassphraseKeyring().recall(journal_account(services)) == PASSPHRASE

    importer = ImportDialog(target)
    qtbot.addWidget(importer)
    importer.open()
    importer.file.setText(str(out))
    importer.passphrase.setText(PASSPHRASE)
    gaps = TickGaps()
    gaps.start()
    importer.open_button.click()
    qtbot.waitUntil(lambda: importer.import_button.isEnabled(), timeout=120_000)
    gaps.timer.stop()
    assert gaps.longest < 0.25, f"the event loop stalled for {gaps.longest:.3f} s"
    rows = {
        importer.table.item(r, 0).text(): importer.table.item(r, 1).text()
        for r in range(importer.table.rowCount())
    }
    assert rows["Mentees"] == "2" and rows["Sessions"] == "1"
    with qtbot.waitSignal(importer.imported):
        importer.import_button.click()
    assert _names(target.journal) == ["Abebe Kebede", "Fatima Al-Hassan"]
    assert "Imported" in importer.status.text()


def test_chosen_mentee_to_a_recipient(
    qtbot: QtBot,
    services: Services,
    group_session: int,
    abebe: int,
    target: Services,
    tmp_path: Path,
    no_keyring: None,
) -> None:
    me = keys.generate_identity()
    identity = tmp_path / "key.txt"
    identity.write_text(me.secret + "\n")
    out = tmp_path / "abebe.age"
    dialog = ExportDialog(services, mentee_ids=[abebe])
    qtbot.addWidget(dialog)
    dialog.open()
    # No keyring here: the option is off, disabled, and says why.
    assert not dialog.remember.isEnabled()
    assert "no system keyring" in dialog.remember_why.text()
    assert dialog.chosen.isChecked() and dialog.chosen_mentee_ids() == [abebe]
    dialog.by_recipient.setChecked(True)
    dialog.recipients.setText("age1notakey")
    dialog.file.setText(str(out))
    dialog.export_button.click()
    assert "not an age recipient" in dialog.status.text() and not out.exists()
    dialog.recipients.setText(me.recipient)
    with qtbot.waitSignal(dialog.exported):
        dialog.export_button.click()

    importer = ImportDialog(target)
    qtbot.addWidget(importer)
    importer.file.setText(str(out))
    importer.open_button.click()
    assert "secret key" in importer.status.text()
    importer.identity.setText(str(identity))
    importer.open_button.click()
    # The preview and the import run off the GUI thread, with the busy bar.
    assert importer.busy.isVisibleTo(importer) and not importer.import_button.isEnabled()
    qtbot.waitUntil(lambda: importer.import_button.isEnabled())
    with qtbot.waitSignal(importer.imported):
        importer.import_button.click()
        assert importer.work.running() and importer.status.text() == "Importing…"
    assert _names(target.journal) == ["Abebe Kebede"]


def test_plain_export_warns(qtbot: QtBot, services: Services, abebe: int, tmp_path: Path) -> None:
    dialog = ExportDialog(services, keyring=PassphraseKeyring("mentorjournal-test"))
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.file.setText(str(tmp_path / "j.age"))
    assert not dialog.plain_warning.isVisibleTo(dialog)
    dialog.plain.setChecked(True)
    assert dialog.plain_warning.isVisibleTo(dialog)
    assert dialog.file.text().endswith(".json")
    with qtbot.waitSignal(dialog.exported):
        dialog.export_button.click()
    assert b"Abebe Kebede" in (tmp_path / "j.json").read_bytes()
    assert b"Works nights" not in (tmp_path / "j.json").read_bytes()  # private stays out


def test_generate_suggests_strong_words(qtbot: QtBot, services: Services) -> None:
    dialog = ExportDialog(services, keyring=PassphraseKeyring("mentorjournal-test"))
    qtbot.addWidget(dialog)
    dialog.generate.click()
    words = dialog.passphrase.text().split("-")
    assert len(words) == 6 and all(w.isalpha() for w in words)
    assert "Strong" in dialog.strength.text()
    qtbot.keyClicks(dialog.passphrase, "")
    dialog.passphrase.setText("abc")
    assert "Weak" in dialog.strength.text()


@pytest.mark.parametrize("content", [b"", b"\x00garbage" * 50, b'{"not": "a bundle"}'])
def test_bad_files_are_refused_in_the_dialog(
    qtbot: QtBot, services: Services, abebe: int, tmp_path: Path, content: bytes
) -> None:
    bad = tmp_path / "bad.age"
    bad.write_bytes(content)
    services.journal.checkpoint()
    before = services.journal.path.read_bytes()
    importer = ImportDialog(services, keyring=PassphraseKeyring("mentorjournal-test"))
    qtbot.addWidget(importer)
    importer.file.setText(str(bad))
    importer.open_button.click()
    qtbot.waitUntil(lambda: "cannot be imported" in importer.status.text())
    assert not importer.import_button.isEnabled() and not importer.busy.isVisibleTo(importer)
    services.journal.checkpoint()
    assert services.journal.path.read_bytes() == before
    assert os.path.exists(bad)


def test_file_menu_opens_both_dialogs(
    qtbot: QtBot, services: Services, abebe: int, no_keyring: None
) -> None:
    from mentorjournal.ui.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    assert window.select_mentee(abebe)
    texts = [a.text() for a in window.file_menu.actions()]
    assert "&Export journal…" in texts and "&Import…" in texts
    window.act_export_journal.trigger()  # type: ignore[attr-defined]
    export = window.export_dialog  # type: ignore[attr-defined]
    assert export.isVisible() and export.whole.isChecked()
    assert export.chosen_mentee_ids() is None
    export.chosen.setChecked(True)
    assert export.chosen_mentee_ids() == [abebe]  # the current mentee is ticked
    export.reject()
    window.act_import_journal.trigger()  # type: ignore[attr-defined]
    assert window.import_dialog.isVisible()  # type: ignore[attr-defined]
    window.import_dialog.reject()  # type: ignore[attr-defined]


def test_the_export_is_written_off_the_gui_thread_and_waits_for_it(
    qtbot: QtBot,
    services: Services,
    abebe: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_keyring: None,
) -> None:
    """The whole journal takes seconds to read and write: a worker thread does it, the dialog
    shows its busy bar and stays open until the file is written."""
    held = Held(monkeypatch, "export_file")
    dialog = ExportDialog(services)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.plain.setChecked(True)
    out = tmp_path / "j.json"
    dialog.file.setText(str(out))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(held.threads))
    assert held.threads != [threading.main_thread().name]
    assert dialog.busy.isVisibleTo(dialog) and not dialog.export_button.isEnabled()
    with qtbot.waitSignal(dialog.exported):
        held.release.set()
    assert b"Abebe Kebede" in out.read_bytes()
    assert not dialog.busy.isVisibleTo(dialog) and dialog.export_button.isEnabled()
    assert "Saved" in dialog.status.text()


@pytest.mark.parametrize("protection", ["plain", "passphrase"])
def test_cancelling_an_export_under_way_leaves_no_file(
    qtbot: QtBot,
    services: Services,
    abebe: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_keyring: None,
    protection: str,
) -> None:
    """Cancel while it writes: the export stops at its next batch of records, the
    half-written file (and an encrypting child) is gone, then the dialog closes."""
    held = Held(monkeypatch, "export_file")
    dialog = ExportDialog(services)
    qtbot.addWidget(dialog)
    dialog.open()
    out = tmp_path / "journal.age"
    dialog.file.setText(str(out))
    if protection == "plain":
        dialog.plain.setChecked(True)
        out = tmp_path / "journal.json"
        dialog.file.setText(str(out))
    else:
        dialog.passphrase.setText(PASSPHRASE)
    dialog.export_button.click()
    assert dialog.work.running()
    dialog.reject()  # Cancel, Escape or the window's close button
    assert dialog.isVisible() and dialog.status.text() == "Cancelling…"
    held.release.set()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not dialog.work.running()
    left = [p.name for p in tmp_path.iterdir() if p.suffix in (".json", ".age", ".part")]
    assert left == []


def test_a_bug_in_the_export_reaches_the_error_handling_and_frees_the_dialog(
    qtbot: QtBot, services: Services, abebe: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import mentorjournal.transfer as transfer

    def broken(*_args: object, **_kwargs: object) -> Path:
        raise RuntimeError("a bug")

    monkeypatch.setattr(transfer, "export_file", broken)
    dialog = ExportDialog(services, keyring=PassphraseKeyring("mentorjournal-test"))
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.plain.setChecked(True)
    dialog.file.setText(str(tmp_path / "j.json"))
    with qtbot.captureExceptions() as caught:
        dialog.export_button.click()
        qtbot.waitUntil(lambda: bool(caught))
    assert isinstance(caught[0][1], RuntimeError)
    assert dialog.export_button.isEnabled() and not dialog.busy.isVisibleTo(dialog)


def test_the_import_runs_off_the_gui_thread_and_the_dialog_waits_for_it(
    qtbot: QtBot,
    services: Services,
    abebe: int,
    target: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "j.json"
    dialog = ExportDialog(services, keyring=PassphraseKeyring("mentorjournal-test"))
    qtbot.addWidget(dialog)
    dialog.plain.setChecked(True)
    dialog.file.setText(str(out))
    with qtbot.waitSignal(dialog.exported):
        dialog.export_button.click()

    held = Held(monkeypatch, "apply_import")
    importer = ImportDialog(target, keyring=PassphraseKeyring("mentorjournal-test"))
    qtbot.addWidget(importer)
    importer.open()
    importer.file.setText(str(out))
    importer.open_button.click()
    qtbot.waitUntil(lambda: importer.import_button.isEnabled())
    importer.import_button.click()
    qtbot.waitUntil(lambda: bool(held.threads))
    assert held.threads != [threading.main_thread().name]
    assert importer.busy.isVisibleTo(importer) and not importer.import_button.isEnabled()
    importer.reject()  # the import finishes (or rolls back) before the dialog can go
    assert importer.isVisible()
    with qtbot.waitSignal(importer.imported):
        held.release.set()
    assert _names(target.journal) == ["Abebe Kebede"]
