"""Errors of the age envelope, each with a plain message (`str(error)`) to show a trainer.

They are not `JournalError`s because crypto/ is a leaf that imports nothing else of the app;
callers (transfer/, backups/, the CLI and the GUI) treat every `CryptoError` as an error the
user can act on. Messages never contain a passphrase, a secret key or plaintext.
"""

from __future__ import annotations


class CryptoError(Exception):
    """A problem with an encrypted file or a key the user can act on; `str()` is the message."""


class NotAgeFile(CryptoError):
    """The bytes are not an age-encrypted file (empty, random bytes, a plain file...)."""

    def __init__(self, why: str = "it does not start like one") -> None:
        super().__init__(f"This is not an age-encrypted file: {why}.")


class DamagedFile(CryptoError):
    """An age file whose header or body is truncated, altered or otherwise unreadable."""

    def __init__(self, why: str = "it is cut short or was altered") -> None:
        super().__init__(f"The encrypted file cannot be read: {why}.")


class WrongPassphrase(CryptoError):
    """Decryption with a passphrase failed. age cannot tell a wrong passphrase from a header
    that was altered, so the message says both."""

    def __init__(self) -> None:
        super().__init__(
            "The passphrase is wrong (or the file's header was altered). Nothing was changed."
        )


class WrongKey(CryptoError):
    """None of the given identities (secret keys) can open a file encrypted to recipients."""

    def __init__(self) -> None:
        super().__init__(
            "This file was encrypted to someone else's key: none of the available secret keys "
            "can open it."
        )


class NeedsPassphrase(CryptoError):
    """A key-based operation was given a passphrase-encrypted file."""

    def __init__(self) -> None:
        super().__init__("This file is protected with a passphrase; enter the passphrase.")


class NeedsKey(CryptoError):
    """A passphrase operation was given a file encrypted to recipients (public keys)."""

    def __init__(self) -> None:
        super().__init__(
            "This file was encrypted to a person's key (an age1... recipient), not with a "
            "passphrase; it opens only with the matching secret key."
        )


class WorkFactorTooHigh(CryptoError):
    """An age header asks for an scrypt work factor far beyond what the app ever writes; trying
    it would take hours and gigabytes (a denial of service), so it is refused before starting."""

    def __init__(self, log2_n: int, limit: int) -> None:
        super().__init__(
            f"The file asks for an absurd amount of work to unlock it (scrypt work factor "
            f"2^{log2_n}; at most 2^{limit} is accepted). It was refused without trying."
        )
        self.log2_n = log2_n
        self.limit = limit


class BadRecipient(CryptoError):
    """A recipient (public key) that is not a valid `age1...` X25519 recipient."""

    def __init__(self, text: str) -> None:
        shown = text if len(text) <= 80 else text[:77] + "..."
        super().__init__(
            f"'{shown}' is not an age recipient; it should look like age1 followed by 58 "
            "letters and digits."
        )
        self.text = text


class BadIdentity(CryptoError):
    """A secret key (identity) text that is not a valid `AGE-SECRET-KEY-1...`."""

    def __init__(self, why: str = "no AGE-SECRET-KEY-1... line found") -> None:
        super().__init__(f"This is not an age secret key: {why}.")


class EmptyPassphrase(CryptoError):
    def __init__(self) -> None:
        super().__init__("The passphrase is empty; enter or generate one.")


class WorkerFailed(CryptoError):
    """The separate process doing the key derivation stopped (out of memory, killed...)."""

    def __init__(self, why: str = "it stopped unexpectedly") -> None:
        super().__init__(
            f"The encryption helper process failed ({why}). Close other programs to free "
            "memory and try again."
        )


class Cancelled(CryptoError):
    def __init__(self) -> None:
        super().__init__("Cancelled.")
