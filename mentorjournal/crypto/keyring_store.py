"""An optional place for a passphrase in the system keyring ("remember on this computer").

Off by default: workshop laptops are shared. Where there is no usable keyring (a headless
Linux has only keyring's `fail` backend; a locked Secret Service raises `KeyringLocked`;
keyrings.alt's plaintext file is no protection), `status()` says so in a sentence the GUI
shows beside the disabled option, and every other feature keeps working: nothing in the
journal depends on the keyring. keyring is imported on first use.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import CryptoError

SERVICE = "Mentor Journal"
# Backends that store nothing, or store secrets readably: never offered.
_UNUSABLE_BACKENDS = {
    "keyring.backends.fail.Keyring": "there is no system keyring (password store) here",
    "keyring.backends.null.Keyring": "the system keyring is switched off",
    "keyrings.alt.file.PlaintextKeyring": "the only keyring here stores passwords unprotected",
}


class KeyringUnavailable(CryptoError):
    def __init__(self, why: str) -> None:
        super().__init__(f"The passphrase cannot be remembered on this computer: {why}.")
        self.why = why


@dataclass(frozen=True)
class KeyringStatus:
    """Whether "remember the passphrase" can be offered, and if not, why (a plain phrase)."""

    usable: bool
    reason: str = ""


class PassphraseKeyring:
    """Remember, recall and forget passphrases under `service` in the system keyring.

    `account` names what the passphrase is for, e.g. `export:<journal public id>`.
    """

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    def status(self) -> KeyringStatus:
        """Probe the keyring once (a harmless read): usable, or why not."""
        try:
            import keyring
            from keyring.errors import KeyringError, KeyringLocked, NoKeyringError
        except ImportError:
            return KeyringStatus(False, "keyring support is not installed")
        try:
            backend = keyring.get_keyring()
        except Exception:  # a broken keyring configuration must not break the app
            return KeyringStatus(False, "the system keyring could not be loaded")
        why = _unusable(backend)
        if why:
            return KeyringStatus(False, why)
        try:
            backend.get_password(self.service, "probe")
        except KeyringLocked:
            return KeyringStatus(False, "the system keyring is locked; unlock it and try again")
        except (NoKeyringError, KeyringError, RuntimeError):
            return KeyringStatus(False, "there is no usable system keyring here")
        return KeyringStatus(True)

    def recall(self, account: str) -> str | None:
        """The remembered passphrase, or None (also when the keyring is unusable)."""
        try:
            import keyring

            value: str | None = keyring.get_password(self.service, account)
        except Exception:  # no keyring, locked, broken: simply nothing remembered
            return None
        return value

    def remember(self, account: str, passphrase: str) -> None:
        """Store the passphrase; raises `KeyringUnavailable` with the reason."""
        status = self.status()
        if not status.usable:
            raise KeyringUnavailable(status.reason)
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(self.service, account, passphrase)
        except (KeyringError, RuntimeError) as error:
            raise KeyringUnavailable(type(error).__name__) from None

    def forget(self, account: str) -> None:
        """Remove the passphrase if one is stored; quiet when there is none or no keyring."""
        try:
            import keyring

            keyring.delete_password(self.service, account)
        except Exception:  # PasswordDeleteError, NoKeyringError...: nothing to forget
            return


def _unusable(backend: object) -> str:
    names = [f"{cls.__module__}.{cls.__qualname__}" for cls in type(backend).__mro__]
    for name in names:
        if name in _UNUSABLE_BACKENDS:
            return _UNUSABLE_BACKENDS[name]
    # The chainer with nothing behind it behaves like the fail backend.
    backends = getattr(backend, "backends", None)
    if backends is not None and not list(backends):
        return _UNUSABLE_BACKENDS["keyring.backends.fail.Keyring"]
    return ""
