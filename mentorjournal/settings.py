"""The app's settings: one typed registry with defaults, kept per user on this computer.

Settings are preferences of the person at the keyboard (language, theme, how often to back
up, when to lock); what matters about the mentoring lives in the journal, never here (the
default session cadence, for example, is the journal's). Every setting is declared once below
with its type, default and allowed values; code reads `settings.get(IDLE_LOCK_MINUTES)` and
gets a value of the right type whatever the stored one was: a missing, mistyped or
out-of-range value gives the default, so a hand-edited or old settings file never stops the
app. `Settings` upgrades settings written by older versions (see `UPGRADES`).

Qt-free: the GUI stores them in QSettings (ui/settings_store.py), tests in a dict.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

T = TypeVar("T", str, int, bool)

VERSION_KEY = "settings/version"
VERSION = 1


class Store(Protocol):
    """Where settings live: QSettings in the app, a dict in tests."""

    def value(self, key: str) -> object | None: ...
    def set_value(self, key: str, value: object) -> None: ...
    def remove(self, key: str) -> None: ...
    def names(self) -> list[str]: ...


class MemoryStore:
    """Settings in a dict (tests, and the CLI, which keeps none)."""

    def __init__(self, values: dict[str, object] | None = None) -> None:
        self.values: dict[str, object] = dict(values or {})

    def value(self, key: str) -> object | None:
        return self.values.get(key)

    def set_value(self, key: str, value: object) -> None:
        self.values[key] = value

    def remove(self, key: str) -> None:
        self.values.pop(key, None)

    def names(self) -> list[str]:
        return list(self.values)


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: its key in the store, its default and what values it accepts."""

    key: str
    default: T
    label: str  # for the Settings dialog and error messages
    choices: tuple[T, ...] = ()
    minimum: int | None = None
    maximum: int | None = None

    def parse(self, raw: object) -> T:
        """The stored value as a `T`, or the default when it is missing or not acceptable.
        (QSettings gives strings back from INI files: "true", "30".)"""
        if raw is None:
            return self.default
        kind = type(self.default)
        value: object
        try:
            if kind is bool:
                if isinstance(raw, str):
                    if raw.strip().casefold() not in ("true", "false", "1", "0"):
                        return self.default
                    value = raw.strip().casefold() in ("true", "1")
                else:
                    value = bool(raw)
            elif kind is int:
                if isinstance(raw, bool):
                    return self.default
                value = int(str(raw).strip())
            else:
                value = str(raw)
        except ValueError:
            return self.default
        return value if self.problem(value) is None else self.default  # type: ignore[return-value]

    def problem(self, value: object) -> str | None:
        """Why `value` cannot be stored, in words; None when it can."""
        if type(value) is not type(self.default):
            return f"{self.label}: expected a {type(self.default).__name__}."
        if self.choices and value not in self.choices:
            return f"{self.label}: choose one of {', '.join(map(str, self.choices))}."
        if isinstance(value, int) and not isinstance(value, bool):
            if self.minimum is not None and value < self.minimum:
                return f"{self.label}: at least {self.minimum}."
            if self.maximum is not None and value > self.maximum:
                return f"{self.label}: at most {self.maximum}."
        return None


# --- the registry ----------------------------------------------------------------------------
LAST_JOURNAL = Setting("journal/last_path", "", "Journal file")
LANGUAGE = Setting(
    "appearance/language", "system", "Language", choices=("system", "en", "fr", "am", "ar")
)
THEME = Setting(
    "appearance/theme", "system", "Theme", choices=("system", "light", "dark", "contrast")
)
BACKUP_ON_CLOSE = Setting("backups/on_close", True, "Back up when the app closes")
BACKUP_EVERY_MINUTES = Setting(
    "backups/every_minutes", 30, "Back up while working, every (minutes)", minimum=5, maximum=240
)
BACKUPS_DAILY = Setting("backups/keep_daily", 7, "Daily backups kept", minimum=1, maximum=90)
BACKUPS_WEEKLY = Setting("backups/keep_weekly", 4, "Weekly backups kept", minimum=0, maximum=52)
IDLE_LOCK_MINUTES = Setting(
    "privacy/idle_lock_minutes", 5, "Lock after idle (minutes, 0 = never)", minimum=0, maximum=240
)
REMEMBER_PASSPHRASE = Setting(
    "privacy/remember_passphrase", False, "Remember export passphrases on this computer"
)

REGISTRY: tuple[Setting[str] | Setting[int] | Setting[bool], ...] = (
    LAST_JOURNAL,
    LANGUAGE,
    THEME,
    BACKUP_ON_CLOSE,
    BACKUP_EVERY_MINUTES,
    BACKUPS_DAILY,
    BACKUPS_WEEKLY,
    IDLE_LOCK_MINUTES,
    REMEMBER_PASSPHRASE,
)
KEYS = frozenset(s.key for s in REGISTRY) | {VERSION_KEY}


# --- upgrades --------------------------------------------------------------------------------
def _from_unversioned(store: Store) -> None:
    """Version 0 (before this registry): early builds kept the idle lock in seconds under
    "lock/idle_seconds" and the language under "language"."""
    seconds = store.value("lock/idle_seconds")
    if seconds is not None:
        try:
            minutes = round(int(str(seconds)) / 60)
        except ValueError:
            minutes = IDLE_LOCK_MINUTES.default
        store.set_value(IDLE_LOCK_MINUTES.key, minutes)
        store.remove("lock/idle_seconds")
    language = store.value("language")
    if language is not None:
        store.set_value(LANGUAGE.key, language)
        store.remove("language")


# UPGRADES[n] turns settings of version n into version n + 1.
UPGRADES: tuple[Callable[[Store], None], ...] = (_from_unversioned,)
assert len(UPGRADES) == VERSION


class Settings:
    """Typed access to the settings in `store`, upgraded to the current version on creation."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._upgrade()

    def get(self, setting: Setting[T]) -> T:
        return setting.parse(self.store.value(setting.key))

    def set(self, setting: Setting[T], value: T) -> None:
        """Store `value`; ValueError (with words for the user) when it is not acceptable."""
        problem = setting.problem(value)
        if problem is not None:
            raise ValueError(problem)
        self.store.set_value(setting.key, value)

    def set_checked(
        self, setting: Setting[str] | Setting[int] | Setting[bool], value: object
    ) -> None:
        """`set` for a value whose type is known only at run time (a form's widgets): the
        same checks, ValueError in words when it is not acceptable."""
        problem = setting.problem(value)
        if problem is not None:
            raise ValueError(problem)
        self.store.set_value(setting.key, value)

    def reset(self, setting: Setting[T]) -> None:
        self.store.remove(setting.key)

    def items(self) -> Iterator[tuple[Setting[str] | Setting[int] | Setting[bool], object]]:
        for setting in REGISTRY:
            yield setting, self.get(setting)  # type: ignore[misc]

    def _upgrade(self) -> None:
        raw = self.store.value(VERSION_KEY)
        try:
            version = int(str(raw)) if raw is not None else 0
        except ValueError:
            version = 0
        if version > VERSION:
            return  # written by a newer version: read what we know, change nothing
        for step in UPGRADES[version:]:
            step(self.store)
        if version != VERSION or raw is None:
            self.store.set_value(VERSION_KEY, VERSION)
