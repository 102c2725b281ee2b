"""Features that plug into the main window without growing it: sharing, search, backups, the
app lock...

Two kinds, run in the order of `FEATURES` (the order of their entries in the menus):

- `Installer`: a module whose `install(window)` adds its actions to the window's menus
  (`window.file_menu`, `edit_menu`, `view_menu`, `tools_menu`, `help_menu`, `toolbar`),
  connects what it needs and may append to `window.close_hooks`. These are the features that
  work from the start (the lock, drafts to restore, backups) or cost nothing to load.
- `LazyAction`: an action described here, made without importing its feature; its module
  loads when the action is first triggered (or when its page is first asked for,
  `MainWindow.search_page`...). The Sessions view and search cost about 40 ms of CPU to import
  and build before the first paint, for pages a trainer opens later if at all (issue 7).

Feature modules import their heavy parts (PDF, encryption, matplotlib) inside functions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from .translation import translatable

if TYPE_CHECKING:
    from .main_window import MainWindow


@dataclass(frozen=True)
class Installer:
    """A feature installed at start: `module` (in this package) has `install(window)`."""

    module: str

    def install(self, window: MainWindow) -> None:
        import_module(f"{__package__}.{self.module}").install(window)


@dataclass(frozen=True)
class LazyAction:
    """An action whose feature loads on first use: `window.<attribute>`, put at the end of
    `window.<menu>` (and of the toolbar, after a separator, with `toolbar`); triggering it
    calls `run`'s function ("module:function", in this package) with the window."""

    attribute: str
    text: str
    menu: str
    run: str
    shortcut: str = ""
    tip: str = ""  # "{keys}" in it is the shortcut, as the platform writes it
    toolbar: bool = False

    def install(self, window: MainWindow) -> None:
        action = QAction(window.tr(self.text), window)
        keys = ""
        if self.shortcut:
            action.setShortcut(QKeySequence(self.shortcut))
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if self.tip:
            action.setToolTip(window.tr(self.tip).format(keys=keys))
        action.triggered.connect(lambda _checked=False: run_feature(window, self.run))
        setattr(window, self.attribute, action)
        getattr(window, self.menu).addAction(action)
        if self.toolbar:
            window.toolbar.addSeparator()
            window.toolbar.addAction(action)


def run_feature(window: MainWindow, target: str) -> object:
    """Call "module:function" (in this package) with `window`, importing the module now."""
    module, _, function = target.partition(":")
    run: Callable[[MainWindow], object] = getattr(
        import_module(f"{__package__}.{module}"), function
    )
    return run(window)


FEATURES: tuple[Installer | LazyAction, ...] = (
    Installer("drafts.restore"),
    LazyAction(
        "act_all_sessions",
        translatable("MainWindow", "All &sessions"),
        menu="view_menu",
        run="sessions_view:show",
        shortcut="Ctrl+Shift+S",
        tip=translatable("MainWindow", "Every mentee's sessions, with filters (Ctrl+Shift+S)"),
    ),
    LazyAction(
        "act_search",
        translatable("MainWindow", "&Search the journal…"),
        menu="edit_menu",
        run="search:show_search",
        shortcut="Ctrl+Shift+F",
        tip=translatable("MainWindow", "Search everything written in the journal ({keys})"),
        toolbar=True,
    ),
    Installer("sharing"),
    Installer("transfer"),
    Installer("settings"),
    Installer("backups_feature"),  # its close hook may swap in a restored backup (after drafts)
    Installer("check_journal"),
    Installer("lock"),  # last: it wraps the central widget and may start the window locked
)


def install_all(window: MainWindow) -> None:
    for feature in FEATURES:
        feature.install(window)
