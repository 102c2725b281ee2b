"""The settings registry: typed values, defaults for anything missing or wrong, refusals in
words, and the upgrade of settings written by older versions."""

from __future__ import annotations

import pytest

from mentorjournal.settings import (
    BACKUP_ON_CLOSE,
    IDLE_LOCK_MINUTES,
    KEYS,
    LANGUAGE,
    REGISTRY,
    THEME,
    VERSION,
    VERSION_KEY,
    MemoryStore,
    Settings,
)


def test_defaults_when_nothing_is_stored() -> None:
    settings = Settings(MemoryStore())
    assert settings.get(IDLE_LOCK_MINUTES) == 5
    assert settings.get(LANGUAGE) == "system"
    assert settings.get(BACKUP_ON_CLOSE) is True
    assert settings.store.value(VERSION_KEY) == VERSION


def test_values_round_trip_with_their_types() -> None:
    settings = Settings(MemoryStore())
    settings.set(IDLE_LOCK_MINUTES, 15)
    settings.set(THEME, "dark")
    settings.set(BACKUP_ON_CLOSE, False)
    assert (settings.get(IDLE_LOCK_MINUTES), settings.get(THEME)) == (15, "dark")
    assert settings.get(BACKUP_ON_CLOSE) is False
    settings.reset(THEME)
    assert settings.get(THEME) == "system"


@pytest.mark.parametrize(
    ("setting", "value", "words"),
    [
        (IDLE_LOCK_MINUTES, -1, "at least 0"),
        (IDLE_LOCK_MINUTES, 241, "at most 240"),
        (THEME, "purple", "choose one of"),
        (BACKUP_ON_CLOSE, "yes", "expected a bool"),
    ],
)
def test_bad_values_are_refused_in_words(setting: object, value: object, words: str) -> None:
    settings = Settings(MemoryStore())
    with pytest.raises(ValueError, match=words):
        settings.set(setting, value)  # type: ignore[call-overload]
    assert setting.key not in settings.store.names()  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("stored", "expected"),
    [("30", 30), ("true", 5), ("-3", 5), ("", 5), (None, 5), (12, 12), (True, 5), ("9999", 5)],
)
def test_stored_strings_and_junk_read_back_sensibly(stored: object, expected: int) -> None:
    """QSettings' INI files give strings back; a hand-edited file may hold anything."""
    settings = Settings(MemoryStore({VERSION_KEY: VERSION, IDLE_LOCK_MINUTES.key: stored}))
    assert settings.get(IDLE_LOCK_MINUTES) == expected


def test_booleans_from_ini_strings() -> None:
    store = MemoryStore({VERSION_KEY: VERSION, BACKUP_ON_CLOSE.key: "false"})
    assert Settings(store).get(BACKUP_ON_CLOSE) is False
    store.values[BACKUP_ON_CLOSE.key] = "maybe"
    assert Settings(store).get(BACKUP_ON_CLOSE) is True  # the default


def test_settings_from_before_the_registry_are_upgraded() -> None:
    store = MemoryStore({"lock/idle_seconds": "600", "language": "fr"})
    settings = Settings(store)
    assert settings.get(IDLE_LOCK_MINUTES) == 10
    assert settings.get(LANGUAGE) == "fr"
    assert "lock/idle_seconds" not in store.names() and "language" not in store.names()
    assert store.value(VERSION_KEY) == VERSION
    Settings(store)  # upgrading twice changes nothing
    assert settings.get(IDLE_LOCK_MINUTES) == 10


def test_settings_from_a_newer_version_are_read_not_rewritten() -> None:
    store = MemoryStore({VERSION_KEY: VERSION + 1, "language": "am", LANGUAGE.key: "ar"})
    settings = Settings(store)
    assert settings.get(LANGUAGE) == "ar"
    assert store.value(VERSION_KEY) == VERSION + 1 and store.value("language") == "am"


def test_every_setting_has_a_unique_key_and_an_acceptable_default() -> None:
    assert len(KEYS) == len(REGISTRY) + 1
    for setting in REGISTRY:
        assert setting.problem(setting.default) is None, setting.key
