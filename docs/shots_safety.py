"""Screenshots of the crash-safety dialogs for docs/screenshots (called by
make_screenshots.py): the restore prompt for unsaved drafts (60) and the unexpected-error
dialog (61). Kept apart so the main script stays short."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from mentorjournal.services import DraftData


def shoot_safety(window: Any, mentee_id: int, save: Callable[[QWidget, str], None]) -> None:
    services = window.services
    name = services.mentees.get(mentee_id).full_name
    samples = [
        (
            "reflection",
            f"New reflection — {name}",
            "She talked the group through the wiring diagram without notes; next time let "
            "her lead the fault-finding exercise as well.",
        ),
        (
            "session",
            f"New session — {name}",
            "Workplace visit: supervisor happy with conduit work, asked for more practice "
            "on reading schedules.",
        ),
    ]
    keys = []
    for kind, title, text in samples:
        key = f"{kind}:new:mentee_id={mentee_id}:screenshot"
        keys.append(key)
        services.drafts.keep(
            DraftData(
                key=key,
                kind=kind,
                mentee_id=mentee_id,
                context={"mentee_id": mentee_id},
                title=title,
                content={"fields": {"text" if kind == "reflection" else "notes": text}},
            )
        )
    prompt = window.draft_restorer.offer()
    save(prompt, "60-restore-drafts")
    prompt.done(0)
    for key in keys:
        services.drafts.discard(key)

    from mentorjournal.ui.error_dialog import ErrorReporter

    names: dict[str, int] = {}
    try:
        names["a name"]
    except KeyError:
        reporter = ErrorReporter(None, lambda: window)
        reporter.excepthook(*sys.exc_info())
    dialog = reporter.dialog
    assert dialog is not None
    # The translated sentence with a trainer's log path instead of the build machine's.
    dialog.log_label.setText(
        dialog.tr("The details are also in the log file: {path}").replace(
            "{path}", "/home/trainer/.local/state/mentorjournal/log/mentorjournal.log"
        )
    )
    save(dialog, "61-error-dialog")
    dialog.done(0)
