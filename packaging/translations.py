"""Keep the translations in step with the code, with Qt's own tools.

    python packaging/translations.py update   # lupdate the sources into resources/translations/*.ts
    python packaging/translations.py build    # lrelease the .ts files into .qm files beside them
    python packaging/translations.py check    # list messages still untranslated; exit 1 if any
    python packaging/translations.py todo fr      # fr's untranslated texts as JSON (to fill in)
    python packaging/translations.py apply fr FILE.json   # put a {text: translation} JSON in

A text that means two things in English ("Open" a status, "Open" a button) is written with a
disambiguation in the code (`self.tr("Open", "button: open the selected entry")`); it is its
own message, translated on its own, and in the JSON of `todo`/`apply` its key is the text, " // "
and the disambiguation ("Open // button: open the selected entry").

`update` runs pyside6-lupdate over the GUI code (and the chart code, whose texts the GUI
translates), adds the texts the code holds in tables rather than in tr() calls (labels of
choices, column headings, the rating scale, Qt's standard buttons), and merges everything into
one context per language file (see mentorjournal/ui/translation.py for why one): a text keeps
its translation wherever it moves; a new text arrives "unfinished"; a text no longer used is
dropped. Translators edit the .ts files with Qt Linguist (pyside6-linguist) or any editor.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
FOLDER = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
CONTEXT = "MentorJournal"
LANGUAGES = {"fr": "fr_FR", "am": "am_ET", "ar": "ar"}
# English is the code's own language, but a counted text ("%n session(s)") needs its singular
# and plural written out somewhere: Qt's way is an English file holding only those.
PLURALS_ONLY = {"en": "en_GB"}
ALL_FILES = {**LANGUAGES, **PLURALS_ONLY}

# Qt's standard buttons and dialogs say these through our translator too (see translation.py).
# The names our code uses for Qt's tr() and QT_TRANSLATE_NOOP (local shorthands, helpers).
ALIASES = "tr+=_tr,tr+=tr_,tr+=_rating_tr,tr+=t,QT_TRANSLATE_NOOP+=translatable"
QT_STANDARD = ("OK", "Cancel", "Close", "Save", "Discard", "Apply", "&Yes", "&No", "Help")


def sources() -> list[Path]:
    files = [ROOT / "mentorjournal" / "app.py"]
    for folder in ("ui", "charts", "reports"):
        files += sorted((ROOT / "mentorjournal" / folder).rglob("*.py"))
    return files


Text = tuple[str, str, bool]  # source, disambiguation, has plural forms (%n)


def texts_in_calls(files: list[Path]) -> set[Text]:
    """Every tr()/translate() call with a literal text."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "all.ts"
        subprocess.run(
            [str(BIN / "pyside6-lupdate"), "-tr-function-alias", ALIASES]
            + [str(f) for f in files]
            + ["-ts", str(ts)],
            check=True,
            capture_output=True,
        )
        root = ET.parse(ts).getroot()
    found = set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        if source.strip():
            numerus = message.get("numerus") == "yes"
            found.add((source, message.findtext("comment") or "", numerus))
    return found


def texts_in_tables() -> set[Text]:
    """Texts the GUI translates from tables: choice labels, rating words, column headings."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from mentorjournal.models import LABELS, RATING_SCALE

    found = {(str(text), "", False) for text in LABELS.values()}
    found |= {(text, "", False) for text in RATING_SCALE.values()}
    found |= {(text, "", False) for text in QT_STANDARD}
    found |= {(text, "", False) for text in texts_without_qt()}
    import mentorjournal.ui as ui

    for module_info in pkgutil.walk_packages(ui.__path__, "mentorjournal.ui."):
        module = importlib.import_module(module_info.name)
        for value in vars(module).values():
            if not isinstance(value, type):
                continue
            for attribute in CLASS_TABLES:
                table = vars(value).get(attribute)
                if isinstance(table, str):
                    table = (table,)
                if isinstance(table, tuple) and all(isinstance(t, str) for t in table):
                    found |= {(t, "", False) for t in table if t.strip()}
    return found


# Class attributes of GUI classes that hold texts the class translates: a table model's
# column headings, a record tab's New button, empty-tab text and accessible name.
CLASS_TABLES = ("COLUMNS", "HEADERS", "NEW_TEXT", "EMPTY_TEXT", "ACCESSIBLE_NAME")


def texts_without_qt() -> list[str]:
    """Texts written down outside the GUI, where no Qt may be imported to mark them, that the
    GUI shows translated: passphrase strength hints, why a backup was taken, conflict rules
    and record kinds of an import, the names of settings."""
    from mentorjournal import settings
    from mentorjournal.backups import REASON_LABELS
    from mentorjournal.crypto.words import HINTS
    from mentorjournal.transfer import RULE_LABELS
    from mentorjournal.transfer.kinds import KINDS

    texts = [*HINTS, *REASON_LABELS.values(), *RULE_LABELS.values()]
    texts += [kind.label for kind in KINDS]
    texts += [v.label for v in vars(settings).values() if isinstance(v, settings.Setting)]
    return texts


def read_ts(path: Path) -> dict[tuple[str, str], tuple[list[str], bool]]:
    """(source, disambiguation) -> (translation forms, finished) from a .ts file if it
    exists; one form, or one per plural form for a text with %n."""
    if not path.exists():
        return {}
    known = {}
    for message in ET.parse(path).getroot().iter("message"):
        element = message.find("translation")
        if element is None:
            forms: list[str] = []
        elif message.get("numerus") == "yes":
            forms = [f.text or "" for f in element.findall("numerusform")]
        else:
            forms = [element.text or ""]
        finished = element is not None and element.get("type") not in ("unfinished", "vanished")
        key = (message.findtext("source") or "", message.findtext("comment") or "")
        known[key] = (forms, finished and bool(forms) and all(forms))
    return known


Message = tuple[str, str, bool, list[str], bool]  # source, comment, numerus, forms, finished


def write_ts(path: Path, language: str, messages: list[Message]) -> None:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source, comment, numerus, forms, finished in messages:
        message = ET.SubElement(context, "message")
        if numerus:
            message.set("numerus", "yes")
        ET.SubElement(message, "source").text = source
        if comment:
            ET.SubElement(message, "comment").text = comment
        element = ET.SubElement(message, "translation")
        if numerus:
            for form in forms or [""]:
                ET.SubElement(element, "numerusform").text = form
        else:
            element.text = forms[0] if forms else ""
        if not finished:
            element.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def update(folder: Path = FOLDER) -> dict[str, int]:
    """Merge the current texts into each language's .ts; returns untranslated counts."""
    texts = sorted(texts_in_calls(sources()) | texts_in_tables())
    folder.mkdir(parents=True, exist_ok=True)
    missing = {}
    for code, language in ALL_FILES.items():
        path = folder / f"mentorjournal_{code}.ts"
        known = read_ts(path)
        messages: list[Message] = []
        for source, comment, numerus in texts:
            if code in PLURALS_ONLY and not numerus:
                continue
            forms, finished = known.get((source, comment), ([], False))
            messages.append((source, comment, numerus, forms, finished))
        write_ts(path, language, messages)
        missing[code] = sum(1 for m in messages if not m[4])
    return missing


def build(folder: Path = FOLDER) -> list[Path]:
    built = []
    for code in ALL_FILES:
        ts = folder / f"mentorjournal_{code}.ts"
        if not ts.exists():
            continue
        qm = ts.with_suffix(".qm")
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True
        )
        built.append(qm)
    return built


SEPARATOR = " // "


def key(source: str, comment: str) -> str:
    """How `todo`, `apply` and `check` name a message: its text, and its disambiguation when
    it has one, so "Open" the status and "Open" the button are filled in apart."""
    return f"{source}{SEPARATOR}{comment}" if comment else source


def untranslated(folder: Path = FOLDER) -> dict[str, list[str]]:
    out = {}
    for code in ALL_FILES:
        known = read_ts(folder / f"mentorjournal_{code}.ts")
        out[code] = sorted(key(*message) for message, (_t, done) in known.items() if not done)
    return out


def apply(code: str, translations: dict[str, str | list[str]], folder: Path = FOLDER) -> int:
    """Fill `code`'s .ts with `translations` (source text, or `key` of a text with a
    disambiguation -> translation, or the list of plural forms for a text with %n); returns
    how many texts were filled. Only this language's file is written, so translators of
    different languages never step on each other."""
    path = folder / f"mentorjournal_{code}.ts"
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        name = key(message.findtext("source") or "", message.findtext("comment") or "")
        if name not in translations:
            continue
        value = translations[name]
        element = message.find("translation")
        if element is None:
            element = ET.SubElement(message, "translation")
        if message.get("numerus") == "yes":
            forms = [value] if isinstance(value, str) else list(value)
            for old in list(element):
                element.remove(old)
            for form in forms:
                ET.SubElement(element, "numerusform").text = form
        else:
            element.text = value if isinstance(value, str) else value[0]
        element.attrib.pop("type", None)
        filled += 1
    ET.indent(tree.getroot())
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    return filled


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "build", "check", "todo", "apply"))
    parser.add_argument("language", nargs="?", choices=tuple(ALL_FILES))
    parser.add_argument("json", nargs="?", type=Path)
    args = parser.parse_args()
    if args.command == "todo":
        import json

        todo = untranslated()[args.language]
        print(json.dumps({text: "" for text in todo}, ensure_ascii=False, indent=1))
        return 0
    if args.command == "apply":
        import json

        filled = apply(args.language, json.loads(args.json.read_text(encoding="utf-8")))
        print(f"{args.language}: {filled} texts filled")
        return 0
    if args.command == "update":
        for code, count in update().items():
            print(f"{code}: {count} untranslated")
        return 0
    if args.command == "build":
        for qm in build():
            print(f"built {qm.relative_to(ROOT)}")
        return 0
    missing = untranslated()
    for code, sources_ in missing.items():
        for source in sources_:
            print(f"{code}: untranslated: {source!r}")
    return 1 if any(missing.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
