"""Child process of the killed-rating test: the real main window (offscreen) on a journal,
the skill rating dialog opened with Ctrl+K's command, two skills rated with the keyboard and
a note typed into its cell (left open), then nothing: it waits for the test to kill it.

Prints "KEPT place" each time the dialog's autosave keeps the draft (two seconds after the
last keystroke, by its own timer), after "TYPED".

Usage: rating_child.py JOURNAL_PATH MENTEE_ID NOTE
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit  # noqa: E402

from mentorjournal.services import Services  # noqa: E402
from mentorjournal.store import open_journal  # noqa: E402
from mentorjournal.ui.main_window import MainWindow  # noqa: E402


def say(line: str) -> None:
    os.write(1, (line + "\n").encode("utf-8"))


def main() -> None:
    path, mentee_id, note = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    app = QApplication([])
    journal = open_journal(path)
    window = MainWindow(Services.for_journal(journal))
    window.show()
    window.open_mentee(mentee_id)

    def rate() -> None:
        window.rate_skills()
        dialog = window.current_editor
        dialog.draft_keeper.kept.connect(lambda place: say(f"KEPT {place}"))
        table = dialog.table
        table.setFocus()
        QTest.keyClick(table, Qt.Key.Key_2)  # the first skill
        QTest.keyClick(table, Qt.Key.Key_Down)
        QTest.keyClick(table, Qt.Key.Key_4)  # the second
        QTest.keyClick(table, Qt.Key.Key_Tab)  # to its note
        QTest.keyClicks(table, note[0])  # typing opens the cell
        # The cell's line editor (the window may not be the active one offscreen, so not
        # necessarily the focus widget).
        cell = table.viewport().findChild(QLineEdit)
        assert isinstance(cell, QLineEdit) and cell.text() == note[0]
        cell.insert(note[1:])  # pasted: scripts and emoji as they are
        say("TYPED")

    QTimer.singleShot(0, rate)
    app.exec()


if __name__ == "__main__":
    main()
