"""Errors of export and import, each a `JournalError` with a plain message for the user.

Messages say what is wrong with the file, never its content (it may be confidential).
"""

from __future__ import annotations

from ..store.errors import JournalError


class TransferError(JournalError):
    """An export or import problem the user can act on."""


class NotABundle(TransferError):
    def __init__(self, why: str = "it is not a Mentor Journal export") -> None:
        super().__init__(f"This file cannot be imported: {why}. Nothing was changed.")


class BundleTooNew(TransferError):
    def __init__(self, version: int, supported: int) -> None:
        super().__init__(
            f"This export was made by a newer Mentor Journal (export format {version}; this "
            f"app reads up to {supported}). Update the app to import it. Nothing was changed."
        )


class ManifestMismatch(TransferError):
    def __init__(self, why: str) -> None:
        super().__init__(f"This export is damaged or was altered: {why}. Nothing was changed.")


class BundleInvalid(TransferError):
    """The bundle is well-formed JSON of our format, but a record in it is not acceptable."""

    def __init__(self, where: str, why: str) -> None:
        super().__init__(f"This export cannot be imported: {where}: {why}. Nothing was changed.")
        self.where = where
        self.why = why


class ExportCancelled(TransferError):
    """The trainer cancelled an export while it was being written; no file was left."""

    def __init__(self) -> None:
        super().__init__("The export was cancelled; no file was written.")


class EncryptedFileError(TransferError):
    """An encrypted export that cannot be opened (wrong passphrase, damaged, wrong key...)."""


class NeedPassphrase(TransferError):
    def __init__(self) -> None:
        super().__init__("This export is protected with a passphrase; enter it to import.")


class NeedIdentity(TransferError):
    def __init__(self) -> None:
        super().__init__(
            "This export was encrypted to a person's key (age1...). Import it with the "
            "matching secret key (--identity FILE), or with this journal's backup key."
        )
