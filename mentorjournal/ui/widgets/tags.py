"""A one-line tags field: tags separated by commas (Latin, Arabic or Ethiopic), with the
journal's existing tags offered as completions for the tag being typed."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

# "," the Arabic comma "،", the Ethiopic comma "፣" and ";" all separate tags.
_SEPARATORS = re.compile(r"[,;\u060c\u1363]")


def split_tags(text: str) -> list[str]:
    """The tags in `text`, trimmed, empties dropped (the service removes repeats)."""
    return [t.strip() for t in _SEPARATORS.split(text) if t.strip()]


class TagsEdit(QLineEdit):
    """Comma-separated tags with completion of the last, unfinished tag."""

    def __init__(self, known_tags: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._completer = QCompleter(QStringListModel(list(known_tags), self), self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.setWidget(self)
        self._completer.activated.connect(self._insert_completion)
        self.textEdited.connect(self._complete_last)

    def tags(self) -> list[str]:
        return split_tags(self.text())

    def set_tags(self, tags: Sequence[str]) -> None:
        self.setText(", ".join(tags))

    def _last_start(self) -> int:
        matches = list(_SEPARATORS.finditer(self.text()))
        return matches[-1].end() if matches else 0

    def _complete_last(self, text: str) -> None:
        prefix = text[self._last_start() :].strip()
        if not prefix:
            self._hide_popup()
            return
        self._completer.setCompletionPrefix(prefix)
        if self._completer.completionCount() > 0:
            self._completer.complete()
        else:
            self._hide_popup()

    def _hide_popup(self) -> None:
        popup = self._completer.popup()
        if popup is not None:
            popup.hide()

    def _insert_completion(self, tag: str) -> None:
        head = self.text()[: self._last_start()]
        self.setText(f"{head} {tag}, ".lstrip() if head else f"{tag}, ")
