"""Drafts of the record panels (issue 6): the session templates, reflection templates and
competency framework dialogs edit one record at a time beside a list, so each panel keeps the
draft of the record it shows.

The draft is keyed by the panel's kind and the record shown ("session_template:4", or
"session_template:new"). Showing another record (chosen in the list after the trainer agreed
to drop the changes, saved, deleted, a new one started) deletes the draft of the one before;
closing the dialog with Close after agreeing deletes it too. Hiding the dialog any other way
(the app closing) keeps it. At the next start the restore prompt opens the dialog again, on
the same record, with every field as typed (`open_in_dialog`).
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTime
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QBoxLayout, QDialog, QLabel, QLayout, QTabWidget, QWidget

from ...services.drafts import DraftData, DraftService
from ..editors.record_panel import RecordPanel
from .autosave import DraftKeeper
from .codec import read_widget, write_widget
from .kinds import PANEL_BY_NAME, PanelKind, key_for

if TYPE_CHECKING:
    from ...services import Services

log = logging.getLogger(__name__)


class PanelDraftKeeper(DraftKeeper):
    """The autosave of one `DraftingPanel`; its key follows the record the panel shows."""

    def __init__(self, panel: DraftingPanel, drafts: DraftService, kind: PanelKind) -> None:
        self.panel = panel
        # The keeper reads the panel through the same methods an editor offers.
        super().__init__(panel, drafts, kind)  # type: ignore[arg-type]

    def _intact_widgets(self) -> list[QObject]:
        return [self.panel, *self.panel.tracked_widgets()]

    def _title(self) -> str:
        return self.panel.draft_title()

    def follow(self) -> None:
        """The panel shows another record: the draft of the one before goes (the trainer
        saved it, deleted the record or agreed to drop the changes), and the key is the new
        record's from now on."""
        self.timer.stop()
        if self.owns_key and not self._stopped:
            try:
                self.drafts.discard(self.key)
            except Exception:
                log.exception("Discarding a draft failed")
        self._last = None
        self.owns_key = False
        self.args = dict(self.panel.editor_args)
        self.key = key_for(self.kind, self.args)


class DraftingPanel(RecordPanel):
    """A record panel that keeps drafts; its subclass sets `draft_kind` (a PANEL_KINDS name)
    and `services`."""

    draft_kind = ""
    services: Services

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft_keeper: PanelDraftKeeper | None = None
        # Where the draft is, in grey left of Save ("Draft kept 14:05"), as in the editors.
        self.draft_status = QLabel()
        self.draft_status.setObjectName("draftStatus")
        self.draft_status.setTextFormat(Qt.TextFormat.PlainText)
        self.draft_status.setEnabled(False)
        row = _layout_holding(self.layout(), self.save_button)
        if row is not None:
            row.insertWidget(0, self.draft_status, 1)

    # --- what the keeper reads -------------------------------------------------------------
    @property
    def panel_kind(self) -> PanelKind:
        return PANEL_BY_NAME[self.draft_kind]

    @property
    def editor_args(self) -> dict[str, Any]:
        return {str(self.panel_kind.record_arg): self.current_id()}

    def tracked_widgets(self) -> list[QWidget]:
        return [widget for widget, _error in self._fields.values()]

    def extra_change_signals(self) -> list[Any]:
        return []

    def draft_content(self) -> dict[str, Any]:
        return {"fields": {name: read_widget(w) for name, (w, _e) in self._fields.items()}}

    def draft_title(self) -> str:
        return (
            QCoreApplication.translate("drafts", "{window}: {part}")
            .replace("{window}", self.window().windowTitle())
            .replace("{part}", self.heading.text())
        )

    # --- keeping -----------------------------------------------------------------------------
    def keeper(self) -> PanelDraftKeeper | None:
        """The panel's keeper, started on first use (shown, or filled from a draft)."""
        if self.draft_keeper is None:
            drafts = getattr(self.services, "drafts", None)
            if isinstance(drafts, DraftService):
                self.draft_keeper = PanelDraftKeeper(self, drafts, self.panel_kind)
                self.draft_keeper.kept.connect(self._show_draft_place)
        return self.draft_keeper

    def _show_draft_place(self, place: str) -> None:
        # The editors' own words (their translations), so both say it alike.
        def tr(text: str) -> str:
            return QCoreApplication.translate("EditorDialog", text)

        now = QTime.currentTime().toString("HH:mm")
        if place == "journal":
            text = tr("Draft kept {time}").replace("{time}", now)
        elif place == "file":
            text = tr("Draft kept {time} outside the journal (it cannot be written now)")
            text = text.replace("{time}", now)
        else:
            text = tr("The draft could not be kept: save when you can")
        self.draft_status.setText(text)

    def save(self) -> bool:
        """Save as the panel does; when the journal refuses (disk full, read-only), what is
        typed is kept as a draft at once, and the grey line says where."""
        if super().save():
            return True
        self.keep_draft_now()
        return False

    def keep_draft_now(self) -> str | None:
        keeper = self.keeper()
        place = keeper.keep_now() if keeper is not None else None
        return None if place is None else str(place)

    def discard_draft(self) -> None:
        """The trainer closed the dialog and agreed to drop what was not saved."""
        if self.draft_keeper is not None:
            self.draft_keeper.discard()

    def _show(self, record_id: int | None) -> None:
        super()._show(record_id)
        self.draft_status.clear()
        if self.draft_keeper is not None:
            self.draft_keeper.follow()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.keeper()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        # The dialog hidden (the app closing) or another tab chosen: keep what is typed.
        if self.draft_keeper is not None:
            self.draft_keeper.keep_now()
        super().hideEvent(event)

    # --- restoring ---------------------------------------------------------------------------
    def restore_from(self, draft: DraftData) -> None:
        """Show the draft's record (a new one when it was deleted meanwhile) with every field
        of the draft; the draft is this panel's from now on, deleted when saved."""
        record_id = draft.context.get(str(self.panel_kind.record_arg))
        try:
            if not isinstance(record_id, int):
                raise KeyError(record_id)
            self.select(record_id)
        except KeyError:
            self.start_new()
        fields = draft.content.get("fields") or {}
        for name, (widget, _error) in self._fields.items():
            if name in fields:
                write_widget(widget, fields[name])
        keeper = self.keeper()
        if keeper is not None:
            self.draft_restored_key = draft.key
            keeper.adopt(json.dumps(self.draft_content(), sort_keys=True, ensure_ascii=False))


def preview(draft: DraftData) -> str:
    """A panel's draft in the restore prompt: the name typed, then the longest other text."""
    fields = draft.content.get("fields") or {}
    name = fields.get("name") if isinstance(fields.get("name"), str) else ""
    texts = [v for k, v in fields.items() if k != "name" and isinstance(v, str) and v.strip()]
    longest = max(texts, key=len, default="")
    return " · ".join(p for p in (str(name).strip(), longest) if p)


def open_in_dialog(window: Any, draft: DraftData, queue: list[DraftData]) -> QDialog | None:
    """Open the dialog of `draft` on the main window and restore it into its panel, with the
    queued drafts of the dialog's other panels (taken off `queue`; one draft per panel)."""
    kind = PANEL_BY_NAME.get(draft.kind)
    if kind is None:
        return None
    chosen = {kind.panel: draft}
    for other in list(queue):
        other_kind = PANEL_BY_NAME.get(other.kind)
        if other_kind and other_kind.opener == kind.opener and other_kind.panel not in chosen:
            chosen[other_kind.panel] = other
            queue.remove(other)
    dialog = getattr(window, kind.opener)()
    if not isinstance(dialog, QDialog):
        return None
    for at, (attribute, restored) in enumerate(chosen.items()):
        panel = getattr(dialog, attribute, None)
        if not isinstance(panel, DraftingPanel):
            continue
        if at == 0:
            _bring_forward(panel)
        panel.restore_from(restored)
    return dialog


def _layout_holding(layout: QLayout | None, widget: QWidget) -> QBoxLayout | None:
    """The box layout, at any depth under `layout`, that holds `widget` itself."""
    if layout is None:
        return None
    if isinstance(layout, QBoxLayout) and layout.indexOf(widget) >= 0:
        return layout
    for index in range(layout.count()):
        item = layout.itemAt(index)
        found = _layout_holding(item.layout() if item is not None else None, widget)
        if found is not None:
            return found
    return None


def _bring_forward(panel: QWidget) -> None:
    """Show the tab holding `panel`, so the restored text is what the trainer sees first."""
    parent = panel.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            for index in range(parent.count()):
                page = parent.widget(index)
                if page is not None and (page is panel or page.isAncestorOf(panel)):
                    parent.setCurrentIndex(index)
        parent = parent.parentWidget()


__all__ = ["DraftingPanel", "PanelDraftKeeper", "open_in_dialog", "preview"]
