"""The app in the trainer's language: which one, its translator, its dates and its direction.

Translations are Qt's own: `.ts` sources under resources/translations/, compiled to `.qm` by
`packaging/translations.py build`, loaded here into a QTranslator. Every message of the app is
kept in ONE context ("MentorJournal"): a sentence is translated once, wherever the code asks
for it (`self.tr`, `QCoreApplication.translate("BriefTab", …)`, a module's `_tr`), so moving
code between classes never loses a translation. Qt's own dialogs and buttons use Qt's
translations (qtbase_*.qm, shipped with PySide6) where they exist; ours answer the rest.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from ..resources import resource

CONTEXT = "MentorJournal"
SHIPPED = ("fr", "am", "ar")  # besides English, the language the code is written in
RIGHT_TO_LEFT = frozenset({"ar"})


def translatable(context: str, text: str) -> str:
    """Mark `text` for translation where it is written down (a table of choices) and
    translate it later with `tr`: Qt's QT_TRANSLATE_NOOP, typed (packaging/translations.py
    tells lupdate about the name)."""
    return text


class AppTranslator(QTranslator):
    """Answers every context from the app's single one (see the module docstring)."""

    def translate(  # noqa: D102 - Qt's override
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        found = super().translate(CONTEXT, source_text, disambiguation, n)
        # None (a null QString) lets Qt ask its own translator, then keep the English; an
        # empty string would blank the text.
        return found or None


def chosen_language(setting: str, system: QLocale) -> str:
    """The language code to use: the Settings choice, or the system's when it is "system";
    English when that language is not shipped."""
    code = system.name().split("_")[0] if setting == "system" else setting
    return code if code in SHIPPED else "en"


def language_locale(code: str, system: QLocale) -> QLocale:
    """The locale that writes dates and numbers for language `code`: the system's own when it
    is that language (its country's variant: Moroccan Arabic keeps Latin digits, Canadian
    French its dates), else the language's main one. English on a system in another language
    (or the C locale) is the United Kingdom's: day before month, 24-hour clock, as read in
    the countries the app is used in (the United States' "3/5/26" would mislead)."""
    if system.language() == QLocale(code).language():
        return system  # with the user's own changes to its formats
    if code == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(code)


def translations_dir() -> Path | None:
    return resource("translations")


def install_language(app: QApplication, setting: str) -> str:
    """Install the translators, locale and layout direction for `setting` (a LANGUAGE value);
    returns the language code in use. Safe to call again: earlier translators are removed."""
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    code = chosen_language(setting, QLocale.system())
    # English too: its file holds the singular and plural of the counted texts ("%n
    # session(s)"); without it (not built) those read "1 session(s)", the rest is unchanged.
    if not _install_translators(app, code) and code != "en":
        code = "en"  # not built (a source checkout without `make`): stay in English
    # Set every time, English included: a language chosen earlier in this process (the
    # window reopens after "Open another journal…") must not leave its dates behind.
    QLocale.setDefault(language_locale(code, QLocale.system()))  # editors included
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if code in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
    )
    return code


def _install_translators(app: QApplication, code: str) -> bool:
    """Qt's own translations and ours for `code`; False (nothing installed) without ours."""
    folder = translations_dir()
    ours = AppTranslator(app)
    if folder is None or not ours.load(str(folder / f"mentorjournal_{code}.qm")):
        ours.deleteLater()
        return False
    qt_own = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{code}", qt_folder):
        app.installTranslator(qt_own)  # installed first: ours are asked before Qt's
    else:
        qt_own.deleteLater()
    app.installTranslator(ours)
    return True


__all__ = [
    "CONTEXT",
    "AppTranslator",
    "chosen_language",
    "install_language",
    "language_locale",
    "translatable",
]
