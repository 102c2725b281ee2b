"""At start-up, a journal that cannot be opened (damaged, cut short, empty, not a journal, a
folder, unreadable) is reported in plain words with an offer to restore its latest good backup.

Nothing happens without the trainer's yes. The damaged file is never written to: it is renamed
aside, beside where it was (its bytes exactly as they were), and the backup takes its place.
"Latest good": the newest backup that passes the full check; a bad one is skipped for the next.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from ..backups import (
    REASON_LABELS,
    Backup,
    BackupUnusable,
    Restored,
    list_backups,
    restore_backup,
    restore_offer_applies,
)
from ..store.errors import JournalError

TITLE = "Mentor Journal"


def _tr(text: str) -> str:
    return QCoreApplication.translate("restore_offer", text)


def _when(backup: Backup) -> str:
    when = QDateTime.fromSecsSinceEpoch(int(backup.taken_at.timestamp()))
    return QLocale().toString(when, QLocale.FormatType.LongFormat)


def offer_restore(
    journal_path: Path,
    error: JournalError,
    parent: QWidget | None = None,
    *,
    root: Path | None = None,
) -> bool | None:
    """Offer the latest good backup for the journal `error` refused.

    Returns None when there is nothing to offer (the caller shows `error` as before), True
    when a backup is in place (open the journal again), False when the trainer said no or no
    backup could be restored (the reason was shown).
    """
    if not restore_offer_applies(error, journal_path):
        return None
    backups = list_backups(journal_path, root=root)
    if not backups:
        return None
    latest = backups[0]
    text = _tr(
        "{error}\n\nThe latest backup of this journal was made {when} ({why}). Restore it?\n\n"
        "The damaged file is kept as it is, under a new name beside it."
    ).format(error=error, when=_when(latest), why=_tr(REASON_LABELS[latest.reason]))
    answer = QMessageBox.question(
        parent,
        TITLE,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        restored = _restore_latest_good(journal_path, backups, parent, root)
    except JournalError as e:
        QMessageBox.warning(parent, TITLE, str(e))
        return False
    if restored is None:
        return False
    kept = restored.kept_aside
    QMessageBox.information(
        parent,
        TITLE,
        _tr("The backup made {when} is back in place.").format(when=_when(restored.backup))
        + (
            "\n" + _tr("The damaged journal was kept as {name}.").format(name=kept)
            if kept is not None
            else ""
        ),
    )
    return True


def _restore_latest_good(
    journal_path: Path, backups: list[Backup], parent: QWidget | None, root: Path | None
) -> Restored | None:
    identities: list[str] = []
    problems: list[str] = []
    for backup in backups:
        if backup.encrypted and not identities:
            unlocked = _unlock(journal_path, parent, root)
            if unlocked is None:
                return None
            identities = unlocked
        try:
            return restore_backup(journal_path, backup, identities=identities, root=root)
        except BackupUnusable as e:
            problems.append(str(e))
    raise JournalError(_tr("No backup could be restored.") + " " + " ".join(problems[:3]))


def _unlock(journal_path: Path, parent: QWidget | None, root: Path | None) -> list[str] | None:
    """The backup key's secrets, asking the passphrase. The slow step runs in a child process;
    no window is open yet, so waiting for it here freezes nothing."""
    from ..backups.keys import unlock_identities

    passphrase, ok = QInputDialog.getText(
        parent,
        TITLE,
        _tr("The backup is encrypted. Passphrase of the journal's backups:"),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return None
    return unlock_identities(journal_path, passphrase, root=root)
