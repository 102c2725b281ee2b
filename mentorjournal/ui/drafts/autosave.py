"""Autosave of an open editor: its unsaved fields become a draft about two seconds after the
last change, when focus leaves a field, and when the editor is hidden (the app closing).

The keeper compares what it would write with what it wrote last, so an idle editor writes
nothing. A draft the journal cannot take (disk full, read-only) goes to the fallback file;
the editor's status line says where the draft is. Saving or discarding deletes the draft.
"""

from __future__ import annotations

import contextlib
import json
import logging
import uuid
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QAbstractItemModel, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from ...services.drafts import DraftData, DraftPlace, DraftService
from ...store.errors import JournalError
from ..editors.session_parts import ActionItemsEntry
from .kinds import EditorKind, key_for, kind_of

if TYPE_CHECKING:
    from ..editors.base import EditorDialog

log = logging.getLogger(__name__)

DELAY_MS = 2000
# Signals that tell a tracked input changed, first match wins (custom widgets first).
CHANGE_SIGNALS = (
    "changed",
    "checkedChanged",
    "textChanged",
    "currentIndexChanged",
    "toggled",
    "dateTimeChanged",
    "valueChanged",
)


class DraftKeeper(QObject):
    """Keeps the draft of one editor (a child of it; ends with it)."""

    kept = Signal(str)  # the DraftPlace value, after each write

    def __init__(self, editor: EditorDialog, drafts: DraftService, kind: EditorKind) -> None:
        super().__init__(editor)
        self.editor = editor
        self.drafts = drafts
        self.kind = kind
        self.args: dict[str, Any] = dict(editor.editor_args)
        self.key = key_for(kind, self.args)
        # Whether the draft under `key` is this editor's: one it wrote or was restored from.
        # Until then a draft under the same key is another's (left "for later"), which this
        # editor must neither overwrite nor delete.
        self.owns_key = False
        self.mentee_id: int | None = None
        self.mentee_known = False
        self.place: DraftPlace | None = None
        self._last: str | None = None  # the content written last, as JSON
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.keep_now)
        for widget in editor.tracked_widgets():
            _connect_change(widget, self.schedule)
        for signal in editor.extra_change_signals():
            signal.connect(self.schedule)
        model = getattr(editor, "model", None)
        if isinstance(model, QAbstractItemModel):  # the skill rating table
            model.dataChanged.connect(self.schedule)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self._stopped = False

    def adopt(self, content_json: str) -> None:
        """The editor was filled from a stored draft: that one counts as written, and its
        key (ui/drafts/restore.py leaves it on the editor) is this editor's from now on."""
        self._last = content_json
        self.key = str(getattr(self.editor, "draft_restored_key", None) or self.key)
        self.owns_key = True

    def _claim_key(self) -> None:
        """Before the first write: the editor's key, or the next free one when a draft from
        earlier sits under it ("reflection:new:mentee_id=3#2")."""
        base, n = self.key, 2
        try:
            taken = {d.key for d in self.drafts.all()}
        except JournalError:  # cannot even read: a key no earlier draft can have
            self.key = f"{base}#{uuid.uuid4().hex[:8]}"
            self.owns_key = True
            return
        while self.key in taken:
            self.key = f"{base}#{n}"
            n += 1
        self.owns_key = True

    def schedule(self, *_args: object) -> None:
        if not self._stopped:
            self.timer.start()

    def _focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        if self._stopped or old is None or not self.timer.isActive():
            return
        if old is self.editor or self.editor.isAncestorOf(old):
            self.keep_now()

    def keep_now(self) -> DraftPlace | None:
        """Write the draft now if it changed since the last write; None when nothing was
        written. Never raises: a keeper that fails must not take the editor down with it."""
        self.timer.stop()
        if self._stopped:
            return None
        if not self._editor_intact():
            # The editor is being destroyed (its fields go first, and focus moves as they go):
            # nothing left to read. Closing the window kept the draft already (hideEvent).
            self.stop()
            return None
        try:
            if not self.editor.has_unsaved_changes():
                if self._last is not None and self.owns_key:  # typed, then undone
                    self.drafts.discard(self.key)
                    self._last = None
                return None
            content = self.editor.draft_content()
            text = json.dumps(content, sort_keys=True, ensure_ascii=False)
            if text == self._last:
                return None
            if not self.owns_key:
                self._claim_key()
            place = self.drafts.keep(
                DraftData(
                    key=self.key,
                    kind=self.kind.name,
                    record_id=self.args.get(self.kind.record_arg) if self.kind.record_arg else None,
                    mentee_id=self._mentee(),
                    context=self.args,
                    title=self._title(),
                    content=content,
                )
            )
        except Exception:  # a bug: log it (no content is in a traceback of ours), keep typing
            log.exception("Keeping a draft failed")
            place = DraftPlace.NOWHERE
        else:
            if place is not DraftPlace.NOWHERE:
                self._last = text
        self.place = place
        self.kept.emit(place.value)
        return place

    def _editor_intact(self) -> bool:
        return all(shiboken6.isValid(w) for w in self._intact_widgets())

    def _intact_widgets(self) -> list[QObject]:
        """What must still exist for the editor to be read (a subclass keeps others)."""
        return [self.editor, self.editor.draft_status, *self.editor.tracked_widgets()]

    def _title(self) -> str:
        """What the restore prompt calls the draft."""
        return self.editor.windowTitle()

    def _mentee(self) -> int | None:
        if not self.mentee_known:
            services = self.editor.services
            self.mentee_id = self.kind.mentee_of(services, self.args)
            self.mentee_known = True
        return self.mentee_id

    def discard(self) -> None:
        """The editor saved or was closed without saving: the draft goes."""
        self.stop()
        if not self.owns_key:  # never wrote one: a draft under this key is someone else's
            return
        try:
            self.drafts.discard(self.key)
        except Exception:
            log.exception("Discarding a draft failed")
        self._last = None

    def stop(self) -> None:
        self.timer.stop()
        if self._stopped:
            return
        self._stopped = True
        app = QApplication.instance()
        if isinstance(app, QApplication):
            with contextlib.suppress(RuntimeError, TypeError):
                app.focusChanged.disconnect(self._focus_changed)


def _connect_change(widget: QWidget, slot: Any) -> None:
    if isinstance(widget, ActionItemsEntry):  # rows added, edited, removed; the entry line
        widget.entry.textChanged.connect(slot)
        widget.table.itemChanged.connect(slot)
        widget.table.model().rowsInserted.connect(slot)
        widget.table.model().rowsRemoved.connect(slot)
        return
    for name in CHANGE_SIGNALS:
        signal = getattr(widget, name, None)
        if signal is not None and hasattr(signal, "connect"):
            signal.connect(slot)
            return


def attach(editor: EditorDialog) -> DraftKeeper | None:
    """Start keeping drafts for `editor`, when its kind keeps drafts and the services have a
    drafts service (some tests pass stand-ins without one)."""
    kind = kind_of(editor)
    drafts = getattr(editor.services, "drafts", None)
    if kind is None or not isinstance(drafts, DraftService):
        return None
    return DraftKeeper(editor, drafts, kind)
