"""The unexpected-error dialog and its hooks: short explanation, "Copy details", a log file
in the user's log folder without note text or names, and a journal left consistent."""

from __future__ import annotations

import logging
import stat
import sys
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mentorjournal import logs
from mentorjournal.models import MenteeInput, ReflectionInput
from mentorjournal.services import Services
from mentorjournal.ui.editors import ReflectionEditor
from mentorjournal.ui.error_dialog import ErrorDialog, ErrorReporter, install_error_handling

SECRET_NAME = "Tigist Haile"
SECRET_NOTE = "panic attacks before the exam"


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = logs.setup_logging()
    assert path is not None
    yield path
    logger = logging.getLogger(logs.LOGGER)
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()


def _raise_with_secrets() -> None:
    try:
        {"x": 1}[SECRET_NAME]
    except KeyError as e:
        raise RuntimeError(f"could not file '{SECRET_NOTE}' for \"{SECRET_NAME}\"") from e


def _info() -> tuple[type[BaseException], BaseException, Any]:
    try:
        _raise_with_secrets()
    except RuntimeError:
        exc_type, error, tb = sys.exc_info()
        assert exc_type is not None and error is not None
        return exc_type, error, tb
    raise AssertionError("no error")


def test_log_file_is_in_the_user_log_folder_owner_only(log_file: Path, tmp_path: Path) -> None:
    assert log_file.is_relative_to(tmp_path)
    assert log_file.name == "mentorjournal.log"
    logging.getLogger("mentorjournal").error("hello")
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(log_file.parent.stat().st_mode) == 0o700


def test_details_keep_the_code_path_and_drop_names_and_notes() -> None:
    text = logs.describe_exception(*_info())
    assert "RuntimeError: could not file '…' for '…'" in text
    assert "_raise_with_secrets" in text and "Caused by:" in text
    assert "KeyError" in text
    assert SECRET_NAME not in text and SECRET_NOTE not in text
    assert "Tigist" not in text


def test_sql_parameters_never_reach_the_details(services: Services) -> None:
    import sqlalchemy as sa

    try:
        with services.journal.transaction() as s:
            s.execute(sa.text("INSERT INTO nowhere VALUES (:a)"), {"a": SECRET_NOTE})
    except sa.exc.OperationalError:
        text = logs.describe_exception(*sys.exc_info())  # type: ignore[arg-type]
    assert "no such table: nowhere" in text
    assert SECRET_NOTE not in text


def test_reporter_logs_and_shows_the_dialog(
    qtbot: QtBot, log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reporter = ErrorReporter(log_file)
    reporter.excepthook(*_info())
    dialog = reporter.dialog
    assert isinstance(dialog, ErrorDialog)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert dialog.heading.text() == "Mentor Journal ran into a problem it did not expect."
    assert "no notes and no names" in dialog.explain.text()
    assert str(log_file) in dialog.log_label.text()
    details = dialog.details.toPlainText()
    assert "RuntimeError" in details and SECRET_NOTE not in details

    dialog.copy_button.click()
    assert QApplication.clipboard().text() == dialog.full_details()
    assert dialog.copy_button.text() == "Copied"

    # A second error while the dialog is open: one dialog, counted.
    reporter.excepthook(*_info())
    assert reporter.dialog is dialog and dialog.count == 2
    assert "2 problems" in dialog.heading.text()

    for handler in logging.getLogger(logs.LOGGER).handlers:
        handler.flush()
    content = log_file.read_text(encoding="utf-8")
    assert content.count("Unexpected error") == 2
    assert "RuntimeError" in content
    assert SECRET_NAME not in content and SECRET_NOTE not in content


def test_errors_of_other_threads_reach_the_dialog(qtbot: QtBot, log_file: Path) -> None:
    reporter = ErrorReporter(log_file)
    old = threading.excepthook
    threading.excepthook = reporter.thread_excepthook
    try:
        worker = threading.Thread(target=_raise_with_secrets)
        worker.start()
        worker.join()
    finally:
        threading.excepthook = old
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    assert reporter.dialog is not None
    qtbot.addWidget(reporter.dialog)
    assert "RuntimeError" in reporter.dialog.details.toPlainText()


def test_install_sets_the_hooks(log_file: Path, qtbot: QtBot) -> None:
    old_hook, old_thread_hook = sys.excepthook, threading.excepthook
    try:
        reporter = install_error_handling(log_file)
        assert sys.excepthook == reporter.excepthook
        assert threading.excepthook == reporter.thread_excepthook
    finally:
        sys.excepthook, threading.excepthook = old_hook, old_thread_hook
        from PySide6.QtCore import qInstallMessageHandler

        qInstallMessageHandler(None)


def test_a_bug_during_save_leaves_journal_and_editor_as_they_were(
    services: Services, qtbot: QtBot, show: Any, log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mentee = services.mentees.create(MenteeInput(full_name=SECRET_NAME))
    assert mentee.id is not None
    dialog = show(ReflectionEditor(services, mentee_id=mentee.id))
    dialog.text.setPlainText(SECRET_NOTE)
    real_create = services.reflections.create

    def half_then_bug(data: ReflectionInput, **_kwargs: Any) -> Any:
        with services.journal.transaction() as s:
            from mentorjournal.models import Reflection

            s.add(Reflection(mentee_id=data.mentee_id, written_on=date(2025, 1, 1), text="half"))
            s.flush()
            raise RuntimeError(f"bug while saving '{data.text}'")
        return real_create(data, **_kwargs)

    monkeypatch.setattr(services.reflections, "create", half_then_bug)
    reporter = ErrorReporter(log_file)
    with qtbot.capture_exceptions() as caught:
        dialog.save_button.click()
    assert len(caught) == 1
    reporter.excepthook(*caught[0])
    assert reporter.dialog is not None
    qtbot.addWidget(reporter.dialog)
    # Nothing half-written; the editor still open with its text.
    assert services.reflections.list_for_mentee(mentee.id) == []
    assert dialog.isVisible() and dialog.text.toPlainText() == SECRET_NOTE
    with services.journal.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    for handler in logging.getLogger(logs.LOGGER).handlers:
        handler.flush()
    content = log_file.read_text(encoding="utf-8")
    assert "RuntimeError" in content
    assert SECRET_NAME not in content and SECRET_NOTE not in content
