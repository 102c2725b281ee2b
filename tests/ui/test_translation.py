"""Translations: the language chosen, one context for every message, plural forms, Qt's
fallbacks, right-to-left for Arabic, and the update script finding every kind of text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from mentorjournal.ui import translation
from mentorjournal.ui.translation import AppTranslator, chosen_language, install_language

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>MentorJournal</name>
    <message><source>&amp;File</source><translation>&amp;Fichier</translation></message>
    <message numerus="yes"><source>%n mentee(s)</source>
      <translation><numerusform>%n mentoré</numerusform><numerusform>%n mentorés</numerusform>
      </translation></message>
  </context>
</TS>
"""


def _compiled(tmp_path: Path, code: str = "fr") -> Path:
    folder = tmp_path / "translations"
    folder.mkdir(exist_ok=True)
    ts = folder / f"mentorjournal_{code}.ts"
    ts.write_text(TS.replace("fr_FR", code), encoding="utf-8")
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
        check=True,
    )
    return folder


@pytest.fixture
def restore_english(qapp: QApplication):  # type: ignore[no-untyped-def]
    yield
    install_language(qapp, "en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def test_the_language_comes_from_settings_or_the_system() -> None:
    french_system = QLocale(QLocale.Language.French, QLocale.Country.France)
    assert chosen_language("system", french_system) == "fr"
    assert chosen_language("am", french_system) == "am"
    assert chosen_language("system", QLocale(QLocale.Language.German)) == "en"  # not shipped


def test_one_context_answers_every_class_and_keeps_plural_forms(
    qapp: QApplication, tmp_path: Path, restore_english: None
) -> None:
    translator = AppTranslator(qapp)
    assert translator.load(str(_compiled(tmp_path) / "mentorjournal_fr.qm"))
    qapp.installTranslator(translator)
    try:
        for context in ("MainWindow", "BriefTab", "anything"):
            assert QCoreApplication.translate(context, "&File") == "&Fichier"
        assert QCoreApplication.translate("X", "%n mentee(s)", None, 1) == "1 mentoré"
        assert QCoreApplication.translate("X", "%n mentee(s)", None, 3) == "3 mentorés"
        assert QCoreApplication.translate("X", "Not translated") == "Not translated"
    finally:
        qapp.removeTranslator(translator)


def test_arabic_turns_the_window_right_to_left(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, restore_english: None
) -> None:
    folder = _compiled(tmp_path, "ar")
    monkeypatch.setattr(translation, "translations_dir", lambda: folder)
    assert install_language(qapp, "ar") == "ar"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().language() == QLocale.Language.Arabic
    assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"  # our test file
    assert install_language(qapp, "en") == "en"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_missing_compiled_translations_leave_the_app_in_english(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, restore_english: None
) -> None:
    monkeypatch.setattr(translation, "translations_dir", lambda: tmp_path)
    assert install_language(qapp, "fr") == "en"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_update_finds_every_kind_of_text(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import translations as script  # packaging/translations.py
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    missing = script.update(tmp_path)
    sources = {s for (s, _c) in script.read_ts(tmp_path / "mentorjournal_fr.ts")}
    assert missing["fr"] == len(sources)  # nothing translated in a fresh folder
    for text in (
        "Share a summary",  # self.tr in a dialog
        "&File",  # t = self.tr; t("&File") in the main window
        "Mentee overview",  # a module's _tr helper
        "Last session",  # a table model's COLUMNS
        "One-to-one",  # a label of a choice (models.LABELS)
        "Can teach others",  # the rating scale
        "Cancel",  # Qt's standard buttons
        "Progress on goals",  # a chart title
    ):
        assert text in sources, text


def test_apply_fills_one_language_with_plural_forms(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import translations as script
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    folder = _compiled(tmp_path)  # fr with two texts translated
    (folder / "mentorjournal_fr.ts").write_text(
        TS.replace("<translation>&amp;Fichier</translation>", "<translation type='unfinished'/>"),
        encoding="utf-8",
    )
    assert script.untranslated(folder)["fr"] == ["&File"]
    filled = script.apply("fr", {"&File": "&Fichier", "%n mentee(s)": ["%n un", "%n plus"]}, folder)
    assert filled == 2 and script.untranslated(folder)["fr"] == []
    forms, done = script.read_ts(folder / "mentorjournal_fr.ts")[("%n mentee(s)", "")]
    assert forms == ["%n un", "%n plus"] and done


@pytest.mark.parametrize("language", ["fr", "ar", "am"])
def test_every_text_of_the_app_is_translated(tmp_path: Path, language: str) -> None:
    """Run the update on a copy of the shipped translations: a text added to the code without
    its translation fails here (the failure lists it)."""
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import translations as script
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        (tmp_path / ts.name).write_bytes(ts.read_bytes())
    script.update(tmp_path)
    assert script.untranslated(tmp_path)[language] == []
