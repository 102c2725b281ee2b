"""The Reflections tab: the list of reflections and a reading pane for the selected one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

from ...models import Reflection
from ...services import Services
from .. import formatting
from ..item_models import ReflectionTableModel
from ..labels import enum_label
from ..reading import Block, NoteReader
from .base import RecordTab


class ReflectionsTab(RecordTab):
    CONTEXT = "ReflectionsTab"
    NEW_TEXT = "New reflection…"
    EMPTY_TEXT = "No reflections yet — press Ctrl+R to write one."
    ACCESSIBLE_NAME = "Reflections"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        self.tags: dict[int, list[str]] = {}
        super().__init__(services, ReflectionTableModel(), parent)

    def build_content(self) -> QWidget:
        self.reader = NoteReader(self.tr_("Reflection text"))
        self.reader.setPlaceholderText(self.tr_("Select a reflection to read it."))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(self.reader)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 400])
        splitter.setChildrenCollapsible(False)
        return splitter

    def fetch(self, mentee_id: int) -> Sequence[Reflection]:
        # Tags by reflection id, for the table and the reading pane (one query per load).
        self.tags = self.services.reflections.tags_for_mentee(mentee_id)
        self.model.tags = self.tags  # type: ignore[attr-defined]
        return self.services.reflections.list_for_mentee(mentee_id)

    def adjust_columns(self) -> None:
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ReflectionTableModel.TEXT, QHeaderView.ResizeMode.Stretch)

    def show_current(self) -> None:
        reflection = self.current_row()
        self.reader.show_blocks(self.describe(reflection) if reflection is not None else [])

    def describe(self, r: Reflection) -> list[Block]:
        t = self.tr_
        meta = [t("Written by: {who}").format(who=enum_label(r.author))]
        if r.is_private:
            meta.append(t("🔒 private"))
        tags = self.tags.get(r.id or 0, [])
        if tags:
            meta.append(t("Tags: {tags}").format(tags=", ".join(tags)))
        blocks: list[Block] = [
            ("title", formatting.long_date(r.written_on)),
            ("meta", " · ".join(meta)),
        ]
        if r.text.strip():
            blocks.append(("body", r.text.strip()))
        for title, text in (
            (t("What happened"), r.what_happened),
            (t("What went well"), r.went_well),
            (t("What to change"), r.to_change),
            (t("Next steps"), r.next_steps),
        ):
            if text.strip():
                blocks += [("heading", title), ("body", text.strip())]
        return blocks
