"""Child process of the killed-editor test: the real main window (offscreen) on a journal,
a new reflection typed into its editor, then nothing: it waits for the test to kill it.

Prints "KEPT place" each time the editor's autosave keeps the draft (two seconds after the
last keystroke, by its own timer).

Usage: editor_child.py JOURNAL_PATH MENTEE_ID TEXT_FILE
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
from mentorjournal.ui.main_window import MainWindow  # noqa: E402


def say(line: str) -> None:
    os.write(1, (line + "\n").encode("utf-8"))


def main() -> None:
    path, mentee_id, text_file = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    text = text_file.read_text(encoding="utf-8")
    app = QApplication([])
    journal = open_journal(path)
    window = MainWindow(Services.for_journal(journal))
    window.show()
    window.open_mentee(mentee_id)

    def type_note() -> None:
        window.new_reflection()
        editor = window.current_editor
        editor.draft_keeper.kept.connect(lambda place: say(f"KEPT {place}"))
        editor.text.setFocus()
        editor.text.insertPlainText(text)  # pasted: scripts and emoji as they are
        QTest.keyClicks(editor.text, " and typed")  # then typed, key by key
        say("TYPED")

    QTimer.singleShot(0, type_note)
    app.exec()


if __name__ == "__main__":
    main()
