"""GUI fixtures for the ui tests (editor dialogs: a few mentees, a helper to open a dialog,
and a recorder standing in for QMessageBox.question)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from mentorjournal.models import ActionItemFields, Attendance, MenteeInput, SessionInput
from mentorjournal.services import Services
from mentorjournal.ui.translation import install_language


@pytest.fixture(scope="session", autouse=True)
def english_as_the_app_speaks_it(qapp: QApplication) -> None:
    """The app's English, as `install_language` sets it at start: its plurals file installed
    ("1 session", "2 sessions"; without it Qt shows the source's "1 session(s)")."""
    install_language(qapp, "en")
    plural = QCoreApplication.translate("tests", "%n session(s)", None, 2)
    assert plural == "2 sessions", "the translations are not built: run `make translations`"


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A message box nobody expected would wait forever for a click that never comes (a
    failing test would hang the whole run instead of failing). Every static QMessageBox call
    answers at once with its default button and is recorded; tests that expect a question
    patch it themselves, which takes precedence."""
    shown: list[str] = []

    def answer(kind: str) -> Callable[..., QMessageBox.StandardButton]:
        def unexpected(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
            shown.append(f"{kind}: {args[1] if len(args) > 1 else ''}")
            default = args[4] if len(args) > 4 else QMessageBox.StandardButton.NoButton
            assert isinstance(default, QMessageBox.StandardButton)
            return default

        return unexpected

    for kind in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(answer(kind)))
    return shown


@pytest.fixture
def abebe(services: Services) -> int:
    m = services.mentees.create(
        MenteeInput(
            full_name="Abebe Kebede",
            programme="Electrical Installation",
            cohort="Group B",
            private_notes="Works nights.",
            tags=["wiring"],
        )
    )
    assert m.id is not None
    return m.id


@pytest.fixture
def fatima(services: Services) -> int:
    m = services.mentees.create(
        MenteeInput(full_name="Fatima Al-Hassan", programme="Welding and Fabrication")
    )
    assert m.id is not None
    return m.id


@pytest.fixture
def group_session(services: Services, abebe: int, fatima: int) -> int:
    s = services.sessions.create(
        SessionInput(
            started_at=datetime(2025, 5, 12, 14, 0),
            duration_minutes=45,
            topics="Cable sizing",
            notes="Reviewed the practical.",
            private_note="Abe seemed tired.",
            next_meeting_date=date(2025, 5, 26),
            attendees=[
                Attendance(mentee_id=abebe, confidence=3),
                Attendance(mentee_id=fatima, confidence=None),
            ],
        ),
        [ActionItemFields(text="Revise voltage drop tables", due_date=date(2025, 5, 20))],
    )
    assert s.id is not None
    return s.id


class QuestionRecorder:
    """Stands in for QMessageBox.question: records the questions, gives a set answer."""

    def __init__(self) -> None:
        self.answer = QMessageBox.StandardButton.Cancel
        self.asked: list[str] = []

    def __call__(self, _parent: object, title: str, *_args: object) -> QMessageBox.StandardButton:
        self.asked.append(title)
        return self.answer


@pytest.fixture
def question(monkeypatch: pytest.MonkeyPatch) -> QuestionRecorder:
    recorder = QuestionRecorder()
    monkeypatch.setattr(QMessageBox, "question", recorder)
    return recorder


@pytest.fixture
def show(qtbot: QtBot, question: QuestionRecorder) -> Callable[[QWidget], QWidget]:
    """Show a dialog as the main window does (open(), non-blocking) and wait until shown.
    QMessageBox.question is always replaced, so a failing test never blocks on a real one."""

    def _show(dialog: QWidget) -> QWidget:
        qtbot.addWidget(dialog)
        with qtbot.waitExposed(dialog):
            dialog.open()  # type: ignore[attr-defined]
        # Shortcuts (Ctrl+S, Escape) only reach the active window.
        with qtbot.waitActive(dialog):
            dialog.activateWindow()
        return dialog

    return _show
