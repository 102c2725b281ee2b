"""Translations: the language chosen, one context for every message, plural forms, Qt's
fallbacks, right-to-left for Arabic, dates and numbers in the chosen language's locale, and
the update script finding every kind of text."""

from __future__ import annotations

import itertools
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel

from mentorjournal.services import Services
from mentorjournal.ui import formatting, translation
from mentorjournal.ui.item_models.mentees import MenteeListModel
from mentorjournal.ui.main_window import MainWindow
from mentorjournal.ui.translation import (
    AppTranslator,
    chosen_language,
    install_language,
    language_locale,
)
from tests.reports.known import TODAY, fill_brief_journal

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


def compile_shipped(folder: Path) -> Path:
    """The shipped translations compiled into `folder` (the .qm files are not in git)."""
    folder.mkdir(exist_ok=True)
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        qm = folder / ts.with_suffix(".qm").name
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True
        )
    return folder


@pytest.fixture
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shipped translations, compiled, used by install_language."""
    folder = compile_shipped(tmp_path / "shipped")
    monkeypatch.setattr(translation, "translations_dir", lambda: folder)
    return folder


def test_dates_and_numbers_follow_the_chosen_language() -> None:
    french = QLocale(QLocale.Language.French, QLocale.Country.France)
    assert language_locale("fr", french) is french  # the system's own, with its changes
    assert language_locale("fr", QLocale("fr_CA")).name() == "fr_CA"  # its country's variant
    assert language_locale("ar", french).name() == "ar_EG"
    assert language_locale("ar", QLocale("ar_MA")).name() == "ar_MA"  # keeps Latin digits
    assert language_locale("am", french).name() == "am_ET"
    # English chosen on a French or C system: day before month, not the US "3/5/26".
    assert language_locale("en", french).name() == "en_GB"
    assert language_locale("en", QLocale.c()).name() == "en_GB"
    assert language_locale("en", QLocale("en_US")).name() == "en_US"


def test_english_after_another_language_puts_english_dates_back(
    qapp: QApplication, shipped: Path, restore_english: None
) -> None:
    """The window reopens in the same process after "Open another journal…": the language
    chosen before must not leave its dates and digits behind."""
    assert install_language(qapp, "ar") == "ar"
    assert formatting.count(12) == "١٢"
    assert install_language(qapp, "en") == "en"
    assert QLocale().language() == QLocale.Language.English
    assert formatting.count(12) == "12"
    assert formatting.long_date(TODAY) == "23 November 2026"


def test_missing_translation_after_arabic_turns_the_window_back_left_to_right(
    qapp: QApplication, shipped: Path, monkeypatch: pytest.MonkeyPatch, restore_english: None
) -> None:
    assert install_language(qapp, "ar") == "ar"
    monkeypatch.setattr(translation, "translations_dir", lambda: None)
    assert install_language(qapp, "fr") == "en"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QLocale().language() == QLocale.Language.English


@pytest.mark.parametrize(
    ("language", "list_date", "session_line", "percent"),
    [
        ("fr", "05/11/2026", "5 nov. 2026 · Individuel", "40 %"),
        ("ar", "٥\u200f/١١\u200f/٢٠٢٦", "٥ نوفمبر ٢٠٢٦", "٤٠ ٪\u061c"),
        ("am", "05/11/2026", "5 ኖቬም 2026", "40 %"),
    ],
)
def test_the_window_writes_dates_in_the_chosen_language(
    qapp: QApplication,
    qtbot: Any,
    services: Services,
    shipped: Path,
    restore_english: None,
    language: str,
    list_date: str,
    session_line: str,
    percent: str,
) -> None:
    """The real window after choosing a language: the mentee list's last session, the brief's
    last session and a goal's progress read the way that language writes them."""
    known = fill_brief_journal(services)
    assert install_language(qapp, language) == language
    window = MainWindow(services, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.select_mentee(known.mentee)
    model = window.mentee_list.model
    row = next(r for r in range(model.rowCount()) if "Selam" in str(model.index(r, 0).data()))
    assert model.index(row, MenteeListModel.LAST_SESSION).data() == list_date
    session = "\n".join(window.page.brief_tab.session_card.texts())
    assert session_line in session, session
    goals = window.page.goals_tab
    window.page.tabs.setCurrentWidget(goals)
    QApplication.processEvents()
    assert goals.model.index(0, 4).data() == percent


def test_update_finds_every_kind_of_text(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import translations as script  # packaging/translations.py
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    missing = script.update(tmp_path)
    messages = script.read_ts(tmp_path / "mentorjournal_fr.ts")
    assert missing["fr"] == len(messages)  # nothing translated in a fresh folder
    sources = {s for (s, _c) in messages}
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


TRANSLATING_CALLS = {"tr", "_tr", "t", "tr_", "translate", "_translate", "_rating_tr"}


def texts_the_code_translates() -> dict[tuple[str, str], str]:
    """(text, disambiguation) -> "file:line" for every literal handed to a translating call
    in the GUI code, found from the syntax tree (independently of lupdate and its aliases):
    `tr("x")`, `self.tr("x", "button")`, `self.tr_("x")`, `translate("Context", "x", "c")`."""
    import ast

    def literal(args: list[ast.expr], i: int) -> str:
        arg = args[i] if i < len(args) else None
        is_text = isinstance(arg, ast.Constant) and isinstance(arg.value, str)
        return arg.value if is_text else ""  # type: ignore[union-attr]

    found: dict[tuple[str, str], str] = {}
    package = ROOT / "mentorjournal"
    files = [package / "app.py"]
    for folder in ("ui", "charts", "reports"):
        files += sorted((package / folder).rglob("*.py"))
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in TRANSLATING_CALLS or (name == "t" and "ui" not in path.parts):
                continue  # outside ui/, `t` builds HTML elements (reports/html.py)
            # translate(context, text, disambiguation); the others (text, disambiguation).
            first = 1 if name == "translate" else 0
            text = literal(node.args, first)
            if text.strip():
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                found.setdefault((text, literal(node.args, first + 1)), where)
    return found


@pytest.fixture(scope="module")
def extracted() -> set[tuple[str, str]]:
    """(text, disambiguation) of every message packaging/translations.py offers."""
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import translations as script
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    found = {(s, c) for s, c, _n in script.texts_in_calls(script.sources())}
    return found | {(s, c) for s, c, _n in script.texts_in_tables()}


def test_the_update_script_finds_every_text_the_code_translates(
    extracted: set[tuple[str, str]],
) -> None:
    """A text the code translates but the update script does not find is never offered to
    the translators, and so stays English in every language without any test noticing; a
    disambiguation lost on the way would give a button the translation of a status."""
    missed = {t: where for t, where in texts_the_code_translates().items() if t not in extracted}
    assert missed == {}


def test_texts_kept_in_tables_are_offered_to_translators(
    extracted: set[tuple[str, str]],
) -> None:
    """Texts the GUI translates from a variable: tables in the GUI (marked translatable) and
    outside it, where no Qt may mark them (passphrase hints, backup reasons, import rules and
    kinds, settings' names), and the record tabs' texts kept in class attributes."""
    from mentorjournal import backups, settings, transfer
    from mentorjournal.crypto import words
    from mentorjournal.transfer.kinds import KINDS
    from mentorjournal.ui import backups_dialog
    from mentorjournal.ui.search import model as search_model
    from mentorjournal.ui.tabs import actions, base, goals, reflections, sessions

    # Every hint the strength estimate gives is one of the listed ones.
    listed = ["".join(letters) for letters in itertools.product("abcdefghijklmnop", repeat=3)]
    # 12 bits a word: 2 words weak, 4 fair, 5 good, 6 strong.
    given = {
        words.estimate_strength("-".join(listed[:count]), listed).text for count in (2, 4, 5, 6)
    }
    given.add(words.estimate_strength("", listed).text)
    assert given == set(words.HINTS)
    texts = [*words.HINTS, *backups.REASON_LABELS.values(), *transfer.RULE_LABELS.values()]
    texts += [kind.label for kind in KINDS]
    texts += [v.label for v in vars(settings).values() if isinstance(v, settings.Setting)]
    texts += [*backups_dialog.REASONS.values(), *search_model.KIND_TEXT.values()]
    tabs = (base.RecordTab, actions.ActionsTab, goals.GoalsTab, reflections.ReflectionsTab)
    for tab in (*tabs, sessions.SessionsTab):
        texts += [tab.NEW_TEXT, tab.EMPTY_TEXT, tab.ACCESSIBLE_NAME]
    assert [t for t in texts if (t, "") not in extracted] == []


def test_a_text_with_two_meanings_is_translated_apart(
    qapp: QApplication, tmp_path: Path, extracted: set[tuple[str, str]]
) -> None:
    """ "Open" the status and "Open" the button: both are offered, and with a .ts holding
    both, the app's translator gives each its own translation, from any class."""
    button = "button: open the selected entry"
    assert {("Open", ""), ("Open", button)} <= extracted
    assert {("Due", ""), ("Due", "meeting status: time to meet again")} <= extracted
    assert {("Contact", ""), ("Contact", "phone or e-mail")} <= extracted
    ts = tmp_path / "mentorjournal_fr.ts"
    ts.write_text(
        TS.replace(
            "<message><source>&amp;File",
            "<message><source>Open</source><translation>En cours</translation></message>"
            f"<message><source>Open</source><comment>{button}</comment>"
            "<translation>Ouvrir</translation></message><message><source>&amp;File",
        ),
        encoding="utf-8",
    )
    qm = tmp_path / "mentorjournal_fr.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = AppTranslator(qapp)
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("ActionTableModel", "Open") == "En cours"
        assert QCoreApplication.translate("SessionsView", "Open", button) == "Ouvrir"
    finally:
        qapp.removeTranslator(translator)


def test_update_and_apply_keep_a_text_with_two_meanings_apart(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import translations as script
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    button = "button: open the selected entry"
    messages: list[Any] = [("Open", "", False, ["En cours"], True)]
    messages.append(("Open", button, False, [], False))
    script.write_ts(tmp_path / "mentorjournal_fr.ts", "fr_FR", messages)
    assert script.untranslated(tmp_path)["fr"] == [f"Open // {button}"]
    assert script.apply("fr", {f"Open // {button}": "Ouvrir"}, tmp_path) == 1
    known = script.read_ts(tmp_path / "mentorjournal_fr.ts")
    assert known[("Open", "")] == (["En cours"], True)
    assert known[("Open", button)] == (["Ouvrir"], True)


def test_keyring_reasons_are_offered_to_translators_and_shown_translated(
    qapp: QApplication,
    qtbot: Any,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    restore_english: None,
) -> None:
    """crypto/keyring_store.py says in English why the keyring cannot be used; Settings shows
    the reason in the trainer's language, so each one must be marked for the translators."""
    import ast

    from mentorjournal.crypto import keyring_store
    from mentorjournal.ui import settings as settings_ui

    source = ast.parse(Path(keyring_store.__file__).read_text(encoding="utf-8"))
    said = {
        node.value
        for node in ast.walk(source)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and (node.value.startswith(("the ", "there ", "keyring support")))
    }
    assert said and said <= set(settings_ui.KEYRING_REASONS)

    reason = "the system keyring is switched off"
    ts = tmp_path / "mentorjournal_fr.ts"
    ts.write_text(
        TS.replace(
            "<message><source>&amp;File",
            f"<message><source>{reason}</source><translation>le trousseau est désactivé"
            "</translation></message><message><source>&amp;File",
        ),
        encoding="utf-8",
    )
    qm = tmp_path / "mentorjournal_fr.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    monkeypatch.setattr(translation, "translations_dir", lambda: tmp_path)
    assert install_language(qapp, "fr") == "fr"
    monkeypatch.setattr(
        keyring_store.PassphraseKeyring,
        "status",
        lambda self: keyring_store.KeyringStatus(False, reason),
    )
    window = MainWindow(services, today=lambda: TODAY)
    qtbot.addWidget(window)
    dialog = settings_ui.open_settings(window)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("le trousseau est désactivé" in text for text in texts), texts
    dialog.done(0)
