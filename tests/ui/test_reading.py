"""The note reader: headings styled, the trainer's text plain, also after a second filling."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont

from mentorjournal.ui.reading import NoteReader


def _weights(reader: NoteReader) -> dict[str, int]:
    weights: dict[str, int] = {}
    block = reader.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            weights[fragment.text()] = fragment.charFormat().fontWeight()
            fragments += 1
        block = block.next()
    return weights


def test_headings_are_bold_and_notes_plain_at_every_filling(qtbot: Any) -> None:
    reader = NoteReader("Session details")
    qtbot.addWidget(reader)
    reader.show_blocks([("title", "5 March"), ("heading", "Notes"), ("body", "First note")])
    reader.show_blocks([("title", "6 March"), ("heading", "Notes"), ("body", "Second note")])
    weights = _weights(reader)
    assert weights["6 March"] == weights["Notes"] == QFont.Weight.DemiBold
    assert weights["Second note"] == QFont.Weight.Normal
    assert reader.toPlainText() == "6 March\n\nNotes\nSecond note"
    assert reader.isReadOnly() and reader.accessibleName() == "Session details"
