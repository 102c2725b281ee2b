"""The restore prompt at start: "N unsaved drafts from last time", then each draft opens in
its editor, complete, one after the other, for the trainer to save or discard.

A draft whose record was deleted meanwhile opens as a new record of the same mentee, so its
text is never thrown away unseen. Installed on the main window through ui/features.py; the
prompt appears once the window is shown.
"""

from __future__ import annotations

from datetime import UTC
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...store.errors import JournalError
from .. import formatting
from .kinds import BY_NAME, PANEL_BY_NAME

if (
    TYPE_CHECKING
):  # in hints only: the drafts' service loads when they are read, after the first paint
    from ...services.drafts import DraftData

if TYPE_CHECKING:
    from ..editors.base import EditorDialog
    from ..main_window import MainWindow

PREVIEW_LENGTH = 90


def preview(draft: DraftData) -> str:
    """The start of the longest text in the draft, on one line (shown to the trainer only)."""
    if draft.kind == "ratings":
        return _ratings_preview(draft)
    if draft.kind in PANEL_BY_NAME:
        from .panels import preview as panel_preview

        return _one_line(panel_preview(draft))
    texts = [v for v in (draft.content.get("fields") or {}).values() if isinstance(v, str)]
    return _one_line(max(texts, key=len, default=""))


def _one_line(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= PREVIEW_LENGTH else line[: PREVIEW_LENGTH - 1] + "…"


def _ratings_preview(draft: DraftData) -> str:
    """A rating draft by what it holds: how many skills were rated, and the longest note
    (its only field, the date, says nothing about what was typed)."""
    extra = draft.content.get("extra")
    rows = extra.get("rows") if isinstance(extra, dict) else None
    rows = [r for r in rows if isinstance(r, dict)] if isinstance(rows, list) else []
    rated = sum(1 for r in rows if r.get("rating") is not None)
    count = (
        QCoreApplication.translate("drafts", "1 skill rated")
        if rated == 1
        else QCoreApplication.translate("drafts", "{n} skills rated").replace(
            "{n}", formatting.count(rated)
        )
    )
    notes = [str(r["note"]) for r in rows if isinstance(r.get("note"), str) and r["note"].strip()]
    longest = max(notes, key=len, default="")
    return _one_line(f"{count} · {longest}" if longest else count)


def _when(draft: DraftData) -> str:
    """When the draft was last kept, in local time (the journal stores UTC)."""
    stamp = draft.updated_at
    if stamp is None:
        return ""
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    local = stamp.astimezone()
    return formatting.date_time(local)


class RestoreDraftsDialog(QDialog):
    """Lists the drafts left from last time; `choice` is "restore", "discard" or "later"."""

    def __init__(self, drafts: list[DraftData], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drafts = drafts
        self.choice = "later"
        self.setWindowTitle(self.tr("Unsaved drafts"))
        count = len(drafts)
        heading = (
            self.tr("1 unsaved draft from last time")
            if count == 1
            else self.tr("{n} unsaved drafts from last time").replace(
                "{n}", formatting.count(count)
            )
        )
        self.heading = QLabel(heading)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.explain = QLabel(
            self.tr(
                "The app closed before these were saved. Restore opens each one in its editor, "
                "complete, so you can check it and save it (or discard it)."
            )
        )
        self.explain.setTextFormat(Qt.TextFormat.PlainText)
        self.explain.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Unsaved drafts"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(3)
        for draft in drafts:
            when = _when(draft)
            title = draft.title or draft.kind
            item = QListWidgetItem(f"{title}   ·   {when}\n{preview(draft)}")
            self.list.addItem(item)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setDefault(True)
        self.discard_button: QPushButton = buttons.addButton(
            self.tr("&Discard all…"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.later_button = buttons.addButton(
            self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.later_button.setToolTip(self.tr("Keep the drafts and ask again at the next start"))
        self.restore_button.clicked.connect(lambda: self._choose("restore"))
        self.discard_button.clicked.connect(self._discard)
        self.later_button.clicked.connect(lambda: self._choose("later"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.explain)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(620, 360)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        if choice == "restore":
            self.accept()
        else:
            self.reject()

    def _discard(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr("Discard drafts?"),
            self.tr("Discard every unsaved draft? What they hold is lost."),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Discard:
            self._choose("discard")


class DraftRestorer(QObject):
    """Offers the drafts once the window is shown and opens them one after the other."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: RestoreDraftsDialog | None = None
        self.queue: list[DraftData] = []
        self._offered = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.window and event.type() == QEvent.Type.Paint and not self._offered:
            self._offered = True
            # Once the window has painted: the prompt belongs over it, not before it, and
            # reading the drafts (their folder, the first ORM query) waits until the window
            # is seen (issue 7, cold start).
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self, self.offer)
        return False

    def offer(self) -> RestoreDraftsDialog | None:
        """Show the prompt when there are drafts; None when there are none."""
        try:
            drafts = self.window.services.drafts.all()
        except JournalError:
            return None
        if not drafts:
            return None
        self.dialog = RestoreDraftsDialog(drafts, self.window)
        self.dialog.finished.connect(lambda _r: self._answered())
        self.dialog.open()
        return self.dialog

    def _answered(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        if dialog.choice == "restore":
            self.queue = list(dialog.drafts)
            self.open_next()
        elif dialog.choice == "discard":
            for draft in dialog.drafts:
                self.window.services.drafts.discard(draft.key)
        dialog.deleteLater()
        self.dialog = None

    def open_next(self) -> QDialog | None:
        """Open the next queued draft in its editor; the one after opens when it closes."""
        while self.queue:
            draft = self.queue.pop(0)
            editor = self.open_draft(draft)
            if editor is not None:
                editor.finished.connect(lambda _r: QTimer.singleShot(0, self, self.open_next))
                return editor
        return None

    def open_draft(self, draft: DraftData) -> QDialog | None:
        """The editor of `draft`, opened on the main window with the draft's fields."""
        if draft.kind in PANEL_BY_NAME:  # a templates or framework panel: through its dialog
            from .panels import open_in_dialog

            return open_in_dialog(self.window, draft, self.queue)
        kind = BY_NAME.get(draft.kind)
        if kind is None:
            return None
        window = self.window
        if draft.mentee_id is not None:
            window.open_mentee(draft.mentee_id)
        editor = self._build(kind.editor_class(), draft.context)
        if editor is None and kind.record_arg and draft.context.get(kind.record_arg) is not None:
            # The record went away meanwhile: offer the text as a new record of the mentee.
            context = {k: v for k, v in draft.context.items() if k != kind.record_arg}
            if kind.record_arg != "mentee_id" and draft.mentee_id is not None:
                context.setdefault("mentee_id", draft.mentee_id)
            editor = self._build(kind.editor_class(), context)
        if editor is None and draft.mentee_id is not None and set(draft.context) != {"mentee_id"}:
            # Something it hung off went away (the session of a skill rating): the mentee's
            # editor without it still brings the text back.
            editor = self._build(kind.editor_class(), {"mentee_id": draft.mentee_id})
        if editor is None:
            return None
        editor.restore_draft(draft.content)
        # The keeper takes this key when it adopts the draft (a second draft for the same
        # record or mentee has a "#2" key of its own; the editor's arguments do not say so).
        editor.draft_restored_key = draft.key  # type: ignore[attr-defined]
        if editor.editor_args != draft.context:
            # Opened as a new record: the old key's draft moves to the new editor's key.
            editor.finished.connect(lambda _r, key=draft.key: window.services.drafts.discard(key))
        opened = window.open_editor(lambda: editor, self._refresh)
        return editor if opened is editor else None

    def _build(self, cls: type[EditorDialog], context: dict[str, Any]) -> EditorDialog | None:
        try:
            return cls(self.window.services, **context, parent=self.window)
        except (JournalError, TypeError):
            return None

    def _refresh(self, _record_id: int) -> None:
        self.window.refresh()


def install(window: MainWindow) -> None:
    """Feature entry point (ui/features.py): the restore prompt after the window shows."""
    window.draft_restorer = DraftRestorer(window)  # type: ignore[attr-defined]


__all__: list[str] = ["DraftRestorer", "RestoreDraftsDialog", "install", "preview"]
