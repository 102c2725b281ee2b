"""Export and import in the window (issue 5): File > Export journal… and File > Import….

The dialogs are thin: the bundle, the envelope and the import live in `mentorjournal.transfer`
(tested without Qt); the passphrase step runs in a child process polled by a timer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from ..main_window import MainWindow
    from .export_dialog import ExportDialog
    from .import_dialog import ImportDialog


def open_export_dialog(window: MainWindow) -> ExportDialog:
    from .export_dialog import ExportDialog

    mentee = window.current_mentee_id()
    dialog = ExportDialog(window.services, window, ticked=[mentee] if mentee else None)
    window.export_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


def open_import_dialog(window: MainWindow) -> ImportDialog:
    from .import_dialog import ImportDialog

    dialog = ImportDialog(window.services, window)
    dialog.imported.connect(lambda: window.refresh())
    window.import_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


def install(window: MainWindow) -> None:
    t = window.tr
    export = QAction(t("&Export journal…"), window)
    export.setToolTip(t("The journal or chosen mentees as one encrypted file"))
    export.triggered.connect(lambda _checked=False: open_export_dialog(window))
    imp = QAction(t("&Import…"), window)
    imp.setToolTip(t("Bring an export into this journal (preview first)"))
    imp.triggered.connect(lambda _checked=False: open_import_dialog(window))
    window.act_export_journal = export  # type: ignore[attr-defined]
    window.act_import_journal = imp  # type: ignore[attr-defined]
    anchor = window.act_owner
    window.file_menu.insertAction(anchor, export)
    window.file_menu.insertAction(anchor, imp)
    window.file_menu.insertSeparator(anchor)
