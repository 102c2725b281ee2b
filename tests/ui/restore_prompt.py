"""The restore-drafts prompt of a new start, for the tests of drafts (tests/ui and the
killed-app fault tests): show the window and wait until the prompt is on screen."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from mentorjournal.ui.drafts.restore import DraftRestorer, RestoreDraftsDialog
from mentorjournal.ui.main_window import MainWindow


def restore_prompt(qtbot: QtBot, window: MainWindow) -> RestoreDraftsDialog:
    """Show `window` (the app started again) and return its offer to restore drafts."""
    with qtbot.waitExposed(window):
        window.show()
    restorer: DraftRestorer = window.draft_restorer  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: restorer.dialog is not None)
    prompt = restorer.dialog
    assert prompt is not None
    qtbot.waitUntil(prompt.isVisible)
    return prompt
