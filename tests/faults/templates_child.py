"""Child process of the killed-templates test: the real main window (offscreen) on a
journal, the templates dialog opened with its menu command, a new session template's name
typed and its note prompts pasted, then nothing: it waits for the test to kill it.

Prints "KEPT place" each time the panel's autosave keeps the draft (two seconds after the
last keystroke, by its own timer), after "TYPED".

Usage: templates_child.py JOURNAL_PATH NAME NOTES
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mentorjournal.services import Services  # noqa: E402
from mentorjournal.store import open_journal  # noqa: E402
from mentorjournal.ui.editors.templates import TemplatesDialog  # noqa: E402
from mentorjournal.ui.main_window import MainWindow  # noqa: E402


def say(line: str) -> None:
    os.write(1, (line + "\n").encode("utf-8"))


def main() -> None:
    path, name, notes = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    app = QApplication([])
    journal = open_journal(path)
    window = MainWindow(Services.for_journal(journal))
    window.show()

    def type_template() -> None:
        dialog = window.edit_templates()
        assert isinstance(dialog, TemplatesDialog)
        panel = dialog.sessions
        assert panel.draft_keeper is not None
        panel.draft_keeper.kept.connect(lambda place: say(f"KEPT {place}"))
        panel.start_new()
        QTest.keyClicks(panel.name, name)
        panel.notes.setFocus()
        panel.notes.insertPlainText(notes)  # pasted: scripts, emoji and lines as they are
        say("TYPED")

    QTimer.singleShot(0, type_template)
    app.exec()


if __name__ == "__main__":
    main()
