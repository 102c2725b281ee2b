"""Notes of megabytes (issue 6, item 7): a mentee with a 5 MB reflection, a 1 MB session note
and long private notes opens; every tab shows; what labels, tooltips and table cells show is
bounded; the whole note is reachable, identical, in the reading panes, the reader window and
the editor. No timing here: benchmarks/huge_notes.py measures the speed."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QWidget

from mentorjournal.models import Attendance, MenteeInput, ReflectionInput, SessionInput
from mentorjournal.services import Services
from mentorjournal.ui.main_window import MainWindow
from mentorjournal.ui.reading import NoteReader

TODAY = date(2026, 3, 10)
BOUND = 2600  # the longest text any label, tooltip or cell may hold (a preview and its marker)

# A paragraph in the scripts trainers write in, with combining marks and emoji sequences.
PARAGRAPH = (
    "ሰላም ተማሪዎች፣ ዛሬ የኤሌክትሪክ ሽቦ ሥራ ተለማመድን። "
    "تدرب المتدرب على توصيل اللوحة الكهربائية بأمان. "
    "Crème brûlée and the cafe\u0301 wiring job went well 👩🏽‍🔧 🇪🇹 — checked every gland.\n"
)


def _note(size: int, end_marker: str) -> str:
    body = PARAGRAPH * (size // len(PARAGRAPH))
    return body + end_marker


@dataclass
class HugeJournal:
    mentee: int
    reflection: int
    reflection_text: str
    session: int
    session_notes: str
    private_notes: str


@pytest.fixture
def huge(services: Services) -> HugeJournal:
    private = _note(300_000, "PRIVATE-END-7f3a")
    m = services.mentees.create(
        MenteeInput(full_name="Hiwot Alemu", programme="Electrical", private_notes=private)
    )
    assert m.id is not None
    notes = _note(1_000_000, "SESSION-END-91c2")
    s = services.sessions.create(
        SessionInput(
            started_at=datetime(2026, 3, 2, 9, 0),
            topics="Wiring " + "a consumer unit " * 2000,
            notes=notes,
            attendees=[Attendance(mentee_id=m.id)],
        )
    )
    text = _note(5_000_000, "REFLECTION-END-44d0")
    r = services.reflections.create(
        ReflectionInput(mentee_id=m.id, written_on=date(2026, 3, 3), text=text)
    )
    assert s.id is not None and r.id is not None
    return HugeJournal(m.id, r.id, text, s.id, notes, private)


@pytest.fixture
def window(qtbot: Any, services: Services, huge: HugeJournal) -> Iterator[MainWindow]:
    w = MainWindow(services, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    assert w.select_mentee(huge.mentee)
    yield w
    if w.current_editor is not None:
        w.current_editor.done(0)


def _columns(model: Any) -> int:
    try:
        return int(model.columnCount(QModelIndex()))
    except TypeError:  # a list model (the Progress tab's chart list): one column
        return 1


def _bounded_texts(widget: QWidget) -> list[str]:
    """Every label text and tooltip under `widget`, and every cell and tooltip of its tables."""
    texts = [label.text() for label in widget.findChildren(QLabel)]
    texts += [w.toolTip() for w in widget.findChildren(QWidget)]
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        for row in range(model.rowCount(QModelIndex())):
            for column in range(_columns(model)):
                index = model.index(row, column, QModelIndex())
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if isinstance(value, str):
                        texts.append(value)
    return texts


def test_every_tab_shows_and_holds_only_a_bounded_text(
    window: MainWindow, huge: HugeJournal
) -> None:
    page = window.page
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        tab = page.tabs.currentWidget()
        assert tab.isVisible(), page.tabs.tabText(index)
        longest = max(map(len, _bounded_texts(tab)), default=0)
        assert longest <= BOUND, page.tabs.tabText(index)


def test_the_brief_shows_the_start_of_the_notes_and_says_they_go_on(
    window: MainWindow, huge: HugeJournal
) -> None:
    brief = window.page.brief_tab
    session = "\n".join(brief.session_card.texts())
    assert "ሰላም ተማሪዎች" in session and "SESSION-END" not in session
    assert session.endswith("…")  # cut, and the "more…" link opens the whole session
    reflections = "\n".join(brief.reflections_card.texts())
    assert "ሰላም ተማሪዎች" in reflections and "REFLECTION-END" not in reflections
    assert len(brief.html()) < 20_000  # the printable brief is cut too, and says so
    assert "the notes go on in the journal" in brief.html()


def test_the_whole_notes_are_in_the_reading_panes(window: MainWindow, huge: HugeJournal) -> None:
    page = window.page
    page.show_session(huge.session)
    detail = page.sessions_tab.detail
    assert isinstance(detail, NoteReader)
    assert huge.session_notes.strip() in detail.toPlainText()
    page.show_tab("reflections")
    assert page.reflections_tab.select_id(huge.reflection)
    assert huge.reflection_text.strip() in page.reflections_tab.reader.toPlainText()


def test_the_overview_shows_a_preview_and_reads_all_private_notes(
    window: MainWindow, huge: HugeJournal
) -> None:
    page = window.page
    page.show_tab("overview")
    overview = page.overview_tab
    shown = overview.private_notes.text()
    assert len(shown) <= BOUND and "PRIVATE-END" not in shown
    assert "(note continues," in shown.splitlines()[-1]
    assert overview.read_all_button.isVisible()
    dialog = overview.read_private_notes()
    try:
        assert dialog.reader.toPlainText() == huge.private_notes
    finally:
        dialog.close()


def test_the_editor_gets_the_whole_reflection(window: MainWindow, huge: HugeJournal) -> None:
    window.page.show_tab("reflections")
    window.page.reflections_tab.edit_requested.emit(huge.reflection)
    editor = window.current_editor
    assert editor is not None
    assert editor.text.toPlainText() == huge.reflection_text


def test_a_megabyte_paragraph_reads_back_exactly_and_copies_exactly(qtbot: Any) -> None:
    # One paragraph with no line break at all: the reader shows it in display blocks.
    text = ("نص عربي طويل " + "👩🏽‍🔧 e\u0301 ") * 60_000 + "END"
    reader = NoteReader("Test")
    qtbot.addWidget(reader)
    reader.show_blocks([("title", "A title"), ("body", text)])
    reader.show()
    assert reader.document().blockCount() > 10  # shown in pieces ...
    assert reader.toPlainText() == "A title\n" + text  # ... given back whole
    reader.selectAll()
    reader.copy()
    assert QApplication.clipboard().text() == "A title\n" + text
    QApplication.clipboard().clear()
