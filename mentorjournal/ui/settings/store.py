"""The settings registry (mentorjournal/settings.py) stored in QSettings: the user's own
settings file (on Linux ~/.config/Mentor Journal/Mentor Journal.conf), never the journal."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from ...settings import Settings


class QSettingsStore:
    """`settings.Store` over a QSettings object (values come back as strings from INI files;
    the registry parses them)."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings if qsettings is not None else QSettings()

    def value(self, key: str) -> object | None:
        value: object = self.qsettings.value(key)
        return value

    def set_value(self, key: str, value: object) -> None:
        self.qsettings.setValue(key, value)
        self.qsettings.sync()

    def remove(self, key: str) -> None:
        self.qsettings.remove(key)

    def names(self) -> list[str]:
        return list(self.qsettings.allKeys())


def user_settings() -> Settings:
    """The settings of the person using this computer (named explicitly: this runs before
    the QApplication exists)."""
    return Settings(QSettingsStore(QSettings("Mentor Journal", "Mentor Journal")))
