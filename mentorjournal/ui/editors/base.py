"""The base of every editor dialog: Save/Cancel, Ctrl+S, errors shown under their fields,
and the "Discard changes?" question when closing with unsaved changes.

A subclass builds its widgets, registers each input with `field(...)` (name = the field name
the services use in `ValidationError.fields`), loads the record, calls `mark_clean()`, and
implements `save_record()`, which calls a service and returns the saved record's id.

Drafts (issue 6): once shown, an editor keeps its unsaved fields as a draft (ui/drafts/), keyed
by its kind and the keyword arguments it was opened with (`editor_args`). Saving or closing
without saving deletes the draft; a failed save (disk full, read-only) keeps it and says so.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pydantic
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...services import Services
from ...store.errors import JournalError, ValidationError
from ..style import colour
from ..widgets.form import error_label


@dataclass
class _Field:
    input: QWidget
    error: QLabel


class EditorDialog(QDialog):
    """A dialog that edits one record. Emits `saved(id)` after a successful save, then
    accepts; Cancel, Escape and the window's close button ask before dropping changes."""

    saved = Signal(int)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Remember the keyword arguments an editor was opened with (`editor_args`): they
        name its draft and open the editor again when the draft is restored."""
        super().__init_subclass__(**kwargs)
        init = cls.__dict__.get("__init__")
        if init is None:
            return

        @functools.wraps(init)
        def remembering_init(self: EditorDialog, *args: Any, **kw: Any) -> None:
            init(self, *args, **kw)
            # The outermost __init__ finishes last, so its arguments win.
            self.editor_args = {k: v for k, v in kw.items() if k != "parent"}

        cls.__init__ = remembering_init  # type: ignore[method-assign]

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.editor_args: dict[str, Any] = {}
        self.draft_keeper: Any = None  # a DraftKeeper once shown (ui/drafts/autosave.py)
        self._restored_draft: str | None = None
        self._fields: dict[str, _Field] = {}
        self._tracked: list[QWidget] = []
        self._baseline: object = None
        self._local_problems: dict[str, str] = {}
        self._closing = False
        self.setSizeGripEnabled(True)

        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setFrameShape(QFrame.Shape.StyledPanel)
        self.message.setMargin(6)
        self.message.setAccessibleName(self.tr("Problems"))
        palette = self.message.palette()
        palette.setColor(self.message.foregroundRole(), colour("warning"))
        self.message.setPalette(palette)
        self.message.hide()

        # Where the draft is, in grey beside the buttons ("Draft kept 14:05").
        self.draft_status = QLabel()
        self.draft_status.setObjectName("draftStatus")
        self.draft_status.setTextFormat(Qt.TextFormat.PlainText)
        self.draft_status.setEnabled(False)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setToolTip(self.tr("Save and close (Ctrl+S or Ctrl+Enter)"))
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Close without saving (Esc)"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        for keys in (
            QKeySequence(QKeySequence.StandardKey.Save),
            QKeySequence("Ctrl+Return"),
            QKeySequence("Ctrl+Enter"),
        ):
            QShortcut(keys, self, self.save)

    # --- building ------------------------------------------------------------------------
    def set_body(self, body: QWidget | QLayout) -> None:
        """Lay out the dialog: problems at the top, the body, then the buttons."""
        root = QVBoxLayout(self)
        root.setContentsMargins(14, 12, 14, 12)
        root.setSpacing(10)
        root.addWidget(self.message)
        if isinstance(body, QLayout):
            root.addLayout(body, 1)
        else:
            root.addWidget(body, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.draft_status, 1)
        bottom.addWidget(self.buttons)
        root.addLayout(bottom)

    def field(
        self,
        name: str,
        widget: QWidget,
        *,
        accessible: str,
        tip: str = "",
        beside: Sequence[QWidget] = (),
    ) -> QWidget:
        """Register `widget` as the input of the service field `name`; returns a container
        holding it (with `beside` widgets such as a unit to its right) and its hidden red
        error line underneath, to put into a layout."""
        widget.setAccessibleName(accessible)
        if tip:
            widget.setToolTip(tip)
        self.track(widget)
        error = error_label()
        container = QWidget()
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if beside:
            line = QHBoxLayout()
            line.setSpacing(6)
            line.addWidget(widget)
            for extra in beside:
                line.addWidget(extra)
            line.addStretch(1)
            layout.addLayout(line)
        else:
            layout.addWidget(widget)
        layout.addWidget(error)
        self._fields[name] = _Field(widget, error)
        return container

    def add_row(
        self,
        form: QFormLayout,
        label: str,
        name: str,
        widget: QWidget,
        *,
        tip: str = "",
        accessible: str | None = None,
        beside: Sequence[QWidget] = (),
    ) -> None:
        """A form row: right-aligned label, then the field with its error line."""
        container = self.field(
            name,
            widget,
            accessible=accessible or label.rstrip(":").replace("&", ""),
            tip=tip,
            beside=beside,
        )
        text = QLabel(label)
        text.setBuddy(widget)
        text.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        # Line the label up with the first line of the field, not the middle of its box.
        text.setContentsMargins(0, 4, 0, 0)
        form.addRow(text, container)

    def track(self, *widgets: QWidget) -> None:
        """Count these widgets' values in `has_unsaved_changes()`."""
        self._tracked.extend(widgets)

    def error_label_for(self, name: str) -> QLabel | None:
        """The red line under field `name` (tests and subclasses)."""
        f = self._fields.get(name)
        return f.error if f else None

    def input_for(self, name: str) -> QWidget | None:
        f = self._fields.get(name)
        return f.input if f else None

    # --- changes -------------------------------------------------------------------------
    def extra_state(self) -> object:
        """State not held in tracked widgets (checked attendees, table rows)."""
        return None

    def _state(self) -> object:
        return ([_value_of(w) for w in self._tracked], self.extra_state())

    def mark_clean(self) -> None:
        """Call once the record is loaded: what is shown now counts as "no changes"."""
        self._baseline = self._state()

    def has_unsaved_changes(self) -> bool:
        return bool(self._state() != self._baseline)

    # --- drafts --------------------------------------------------------------------------
    def tracked_widgets(self) -> list[QWidget]:
        return list(self._tracked)

    def extra_change_signals(self) -> list[Any]:
        """Signals for changes to `extra_state()` (the autosave listens to them)."""
        return []

    def _draft_keys(self) -> list[tuple[str, QWidget]]:
        names = {id(f.input): n for n, f in self._fields.items()}
        return [(names.get(id(w), f"#{i}"), w) for i, w in enumerate(self._tracked)]

    def draft_content(self) -> dict[str, Any]:
        """The fields as JSON, for a draft: {"fields": {name: value}, "extra": ...}."""
        from ..drafts.codec import read_widget

        content: dict[str, Any] = {"fields": {k: read_widget(w) for k, w in self._draft_keys()}}
        extra = self.draft_extra()
        if extra is not None:
            content["extra"] = extra
        return content

    def draft_extra(self) -> Any:
        """JSON for state outside the tracked widgets (a subclass with `extra_state`)."""
        return None

    def restore_draft_extra(self, value: Any) -> None:
        """Put `draft_extra()`'s value back."""

    def restore_draft(self, content: dict[str, Any]) -> None:
        """Fill the fields from a draft, in the order of the form (a mentee chosen first
        fills the list of that mentee's sessions). The record as loaded stays the baseline,
        so the restored text counts as unsaved until saved."""
        import json

        from ..drafts.codec import write_widget

        fields = content.get("fields") or {}
        for key, widget in self._draft_keys():
            if key in fields:
                write_widget(widget, fields[key])
        if "extra" in content:
            self.restore_draft_extra(content["extra"])
        self._restored_draft = json.dumps(self.draft_content(), sort_keys=True, ensure_ascii=False)

    def keep_draft_now(self) -> str | None:
        """Write the draft at once (a failed save, the app closing); the place or None."""
        if self.draft_keeper is None:
            return None
        place = self.draft_keeper.keep_now()
        return None if place is None else str(place)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self.draft_keeper is None:
            from ..drafts.autosave import attach

            self.draft_keeper = attach(self)
            if self.draft_keeper is not None:
                self.draft_keeper.kept.connect(self._show_draft_place)
                if self._restored_draft is not None:
                    self.draft_keeper.adopt(self._restored_draft)

    def hideEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        # Hidden without done() (the app going away): keep what is typed.
        if self.draft_keeper is not None and self.result() == 0 and not self._closing:
            self.keep_draft_now()
        super().hideEvent(event)

    def _show_draft_place(self, place: str) -> None:
        from PySide6.QtCore import QTime

        now = QTime.currentTime().toString("HH:mm")
        if place == "journal":
            self.draft_status.setText(self.tr("Draft kept {time}").replace("{time}", now))
        elif place == "file":
            self.draft_status.setText(
                self.tr("Draft kept {time} outside the journal (it cannot be written now)").replace(
                    "{time}", now
                )
            )
        else:
            self.draft_status.setText(self.tr("The draft could not be kept: save when you can"))

    def done(self, result: int) -> None:
        """Closing by Save or by a confirmed Discard: the draft is not needed any more."""
        self._closing = True
        if self.draft_keeper is not None:
            self.draft_keeper.discard()
        super().done(result)

    # --- saving --------------------------------------------------------------------------
    def save_record(self) -> int:
        """Write through a service and return the record's id; raise ValidationError."""
        raise NotImplementedError

    def problem(self, name: str, message: str) -> None:
        """Note a problem found before calling the service (e.g. text that is not a number)."""
        self._local_problems.setdefault(name, message)

    def raise_problems(self) -> None:
        """Raise the problems noted with `problem()`, if any, as one ValidationError."""
        problems, self._local_problems = self._local_problems, {}
        if problems:
            raise ValidationError(problems)

    def save(self) -> bool:
        """Validate and save; on refusal show why and stay open with everything typed."""
        self.clear_errors()
        self._local_problems = {}
        try:
            record_id = self.save_record()
        except ValidationError as error:
            self.show_errors(error.fields)
            return False
        except pydantic.ValidationError as error:
            self.show_errors(
                {str(e["loc"][0]) if e["loc"] else "": e["msg"] for e in error.errors()}
            )
            return False
        except JournalError as error:  # gone meanwhile, disk full, locked: say so, keep text
            place = self.keep_draft_now() or (
                self.draft_keeper.place if self.draft_keeper is not None else None
            )
            message = str(error)
            if place == "journal":
                message += " " + self.tr("What you typed stays here and is kept as a draft.")
            elif place == "file":
                message += " " + self.tr(
                    "What you typed stays here and is kept as a draft outside the journal."
                )
            self.show_errors({"": message})
            return False
        self.mark_clean()
        self.saved.emit(record_id)
        self.accept()
        return True

    def clear_errors(self) -> None:
        self.message.clear()
        self.message.hide()
        for f in self._fields.values():
            f.error.clear()
            f.error.hide()
            f.input.setAccessibleDescription("")

    def show_errors(self, problems: dict[str, str]) -> None:
        """Each message under its field; unknown names in the message area at the top; focus
        the first bad field in the order of the form."""
        unplaced: list[str] = []
        for name, message in problems.items():
            f = self._fields.get(name)
            if f is None:
                unplaced.append(message)
                continue
            f.error.setText(message)
            f.error.show()
            f.input.setAccessibleDescription(message)
        if unplaced:
            self.message.setText("\n".join(unplaced))
            self.message.show()
        first = next((f for n, f in self._fields.items() if n in problems), None)
        if first is not None:
            _reveal(first.input)
            first.input.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(first.input, QLineEdit):
                first.input.selectAll()

    # --- closing -------------------------------------------------------------------------
    def reject(self) -> None:
        """Cancel, Escape and closing the window: ask first when there are changes."""
        if self.has_unsaved_changes():
            answer = QMessageBox.question(
                self,
                self.tr("Discard changes?"),
                self.tr("You have changes that are not saved. Discard them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        # QDialog routes the close button through reject(); keep the window if it said no.
        self.reject()
        if self.isVisible():
            event.ignore()
        else:
            event.accept()


def _value_of(widget: QWidget) -> object:
    state_value = getattr(widget, "state_value", None)
    if callable(state_value):
        return state_value()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toString(Qt.DateFormat.ISODate)
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    raise TypeError(f"cannot track {type(widget).__name__}")


def _reveal(widget: QWidget) -> None:
    """Bring a field into view: switch to its tab, scroll to it."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            for index in range(parent.count()):
                page = parent.widget(index)
                if page is not None and page.isAncestorOf(widget):
                    parent.setCurrentIndex(index)
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
        parent = parent.parentWidget()
