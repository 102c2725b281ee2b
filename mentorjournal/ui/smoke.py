"""A self-test of an installed or bundled app, run inside the real window: the release check of
the PyInstaller bundle (packaging/build_bundle.py) and of an offline install.

`app.run_gui` starts it only when the environment variable `MENTORJOURNAL_SMOKE_TEST` is set, so
a normal start never imports this module. Its value is either `startup` (quit as soon as the
window is on screen: whole-process start-up time is measured from outside) or a folder where the
test writes `smoke-report.json` and the files it exported.

The full test opens the busiest mentee, shows every tab of the mentee page (and every chart of
the Progress tab), the programme dashboard, saves a chart as PNG and SVG, exports the brief as
a PDF through Qt's print support, and then loads every library the app only loads later (PDF,
encryption, keyring, a worker process), which is where a bundle usually breaks: a missing data
file or plugin shows only when a trainer first clicks. The process exits 0 when every step
passed, 1 otherwise.

It also checks the translations a bundle ships: the language the window started in (the
Settings choice or the system's: packaging/build_bundle.py runs the test a second time with
Arabic chosen, for the right-to-left window), then every shipped language loaded in turn. The
window as painted is saved as `window.png` beside the report, to be looked at.
"""

from __future__ import annotations

import json
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from . import smoke_libraries as libraries
from .smoke_libraries import LAZY_MODULES, MANIFEST_NAME

if TYPE_CHECKING:
    from .main_window import MainWindow

SMOKE_TEST_VARIABLE = "MENTORJOURNAL_SMOKE_TEST"
STARTUP_ONLY = "startup"
REPORT_NAME = "smoke-report.json"
# Source texts every shipped language translates (the mentee page's tabs): a language whose
# compiled file is missing or stale shows them in English.
SAMPLE_TEXTS = ("Brief", "Overview", "Sessions", "Goals", "Progress", "Reflections")
QT_ONLY_TEXT = "Yes to &All"


@dataclass
class Step:
    """One check: its name, whether it passed, how long it took, and what it found."""

    name: str
    ok: bool = False
    seconds: float = 0.0
    detail: str = ""


@dataclass
class SmokeReport:
    """Everything the smoke test found; written as JSON for the build script to print."""

    frozen: bool = field(default_factory=lambda: bool(getattr(sys, "frozen", False)))
    # The language the window started in ("en", "fr", "am", "ar") and its direction.
    language: str = ""
    right_to_left: bool = False
    steps: list[Step] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.steps) and all(step.ok for step in self.steps)

    def as_json(self) -> str:
        data: dict[str, Any] = asdict(self)
        data["ok"] = self.ok
        return json.dumps(data, indent=2, ensure_ascii=False)


def start_smoke_test(window: MainWindow, value: str) -> None:
    """Run the smoke test (or the start-up probe) once the event loop has started."""
    app = QCoreApplication.instance()
    assert app is not None
    if value == STARTUP_ONLY:
        # Quit once the window's first paint is done: a zero timer alone would fire before
        # it (the paint comes from the event loop, after the window system exposes it).
        _QuitAfterFirstPaint(window)
        return

    def run() -> None:
        report = run_smoke_test(window, Path(value))
        app.exit(0 if report.ok else 1)

    QTimer.singleShot(0, run)


class _QuitAfterFirstPaint(QObject):
    """Leaves the event loop (status 0) just after `window` has painted for the first time."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            # Posted now: runs once this paint, children included, is finished.
            QTimer.singleShot(0, lambda: QCoreApplication.exit(0))
        return False


def run_smoke_test(window: MainWindow, out: Path) -> SmokeReport:
    """Run every step on `window` (whose journal should hold the demo sample); write the
    report into `out` and return it."""
    out.mkdir(parents=True, exist_ok=True)
    report = SmokeReport()
    steps: list[tuple[str, Callable[[], str]]] = [
        ("open the busiest mentee", lambda: _open_busiest(window)),
        ("language at start (window.png)", lambda: _language_at_start(window, out, report)),
        ("show every tab", lambda: _show_tabs(window)),
        ("draw every chart", lambda: _draw_charts(window, out)),
        ("show the dashboard", lambda: _show_dashboard(window)),
        ("brief as PDF (Qt print support)", lambda: _brief_pdf(window, out)),
        ("lazily loaded libraries", libraries.lazy_modules),
        ("every module of the app", libraries.app_modules),
        ("migration scripts found by Alembic", libraries.migrations),
        (
            "PDF with shaped Arabic and Ethiopic text (fpdf2, uharfbuzz)",
            lambda: libraries.shaped_pdf(out),
        ),
        ("PDF read back (pypdfium2)", lambda: libraries.read_pdfs(out)),
        ("age encryption (pyrage)", libraries.age_round_trip),
        ("keyring backends", libraries.keyring_backends),
        ("worker process (spawn)", libraries.worker_process),
        ("every shipped translation", lambda: _translations(window)),
    ]
    for name, check in steps:
        step = Step(name)
        started = time.perf_counter()
        try:
            step.detail = check()
            step.ok = True
        except Exception:
            step.detail = traceback.format_exc(limit=6)
        step.seconds = round(time.perf_counter() - started, 3)
        report.steps.append(step)
        _settle()
    (out / REPORT_NAME).write_text(report.as_json(), encoding="utf-8")
    return report


def _settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


def _open_busiest(window: MainWindow) -> str:
    rows = window.services.mentees.list_summaries()
    if not rows:
        raise RuntimeError("the journal has no mentees: run the test on a demo journal")
    busiest = max(rows, key=lambda r: (r.sessions, r.open_actions))
    if not window.select_mentee(busiest.id):
        raise RuntimeError("the busiest mentee could not be selected in the list")
    window.show_page()
    _settle()
    return f"{len(rows)} mentees; opened one with {busiest.sessions} sessions"


def _show_tabs(window: MainWindow) -> str:
    tabs = window.page.tabs
    names = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        _settle()
        if tabs.currentIndex() != index or not tabs.currentWidget().isVisible():
            raise RuntimeError(f"tab {tabs.tabText(index)!r} did not show")
        names.append(tabs.tabText(index).replace("&", ""))
    return ", ".join(names)


def _draw_charts(window: MainWindow, out: Path) -> str:
    from .tabs.progress import CHARTS

    page = window.page
    tab = page.progress_tab
    page.tabs.setCurrentWidget(tab)
    drawn = []
    for key in CHARTS:
        tab.choose_chart(key)
        _settle()
        if tab.figure() is not None:
            drawn.append(key)
    if not drawn:
        raise RuntimeError("no chart was drawn")
    tab.choose_chart(drawn[0])
    _settle()
    sizes = []
    for suffix in (".png", ".svg"):
        saved = tab.chart_view.save(out / f"chart-{drawn[0]}{suffix}")
        sizes.append(f"{saved.name} {saved.stat().st_size} bytes")
    page.tabs.setCurrentWidget(page.brief_tab)
    return f"drawn: {', '.join(drawn)}; saved {', '.join(sizes)}"


def _show_dashboard(window: MainWindow) -> str:
    window.show_dashboard()
    _settle()
    if not window.dashboard_shown():
        raise RuntimeError("the dashboard did not show")
    window.show_page()
    return "shown"


def _brief_pdf(window: MainWindow, out: Path) -> str:
    from . import printing

    html = window.page.brief_tab.html()
    if not html:
        raise RuntimeError("the brief is empty")
    path = out / "brief.pdf"
    printing.write_pdf(html, path, "Smoke test brief")
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise RuntimeError("brief.pdf is not a PDF")
    return f"{path.name} {len(data)} bytes"


def _loaded_languages(app: QApplication) -> list[str]:
    """The app's own translation files installed now ("fr" for mentorjournal_fr.qm)."""
    from .translation import AppTranslator

    return [
        Path(t.filePath()).stem.removeprefix("mentorjournal_")
        for t in app.findChildren(QTranslator)
        if isinstance(t, AppTranslator) and t.filePath()
    ]


def _language_at_start(window: MainWindow, out: Path, report: SmokeReport) -> str:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    loaded = _loaded_languages(app)
    report.language = loaded[0] if loaded else "en"
    report.right_to_left = app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    if report.right_to_left != window.isRightToLeft():
        raise RuntimeError("the window's direction differs from the app's")
    path = out / "window.png"
    if not window.grab().save(str(path)):
        raise RuntimeError("the window could not be saved as PNG")
    tabs = window.page.tabs
    labels = [tabs.tabText(i).replace("&", "") for i in range(tabs.count())]
    direction = "right to left" if report.right_to_left else "left to right"
    return f"{report.language}, {direction}; tabs: {', '.join(labels)}; {path.name}"


def _translations(window: MainWindow) -> str:
    """Each shipped language loads from the app's own resources and translates the sample
    texts (each language differently); Qt's own translations of its standard buttons are
    reported where Qt has them. Then the language the window started in is put back."""
    from ..settings import LANGUAGE
    from .translation import SHIPPED, install_language

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    found: list[str] = []
    seen: dict[str, tuple[str, ...]] = {}
    try:
        for code in SHIPPED:
            if install_language(app, code) != code:
                raise RuntimeError(f"mentorjournal_{code}.qm did not load")
            texts = tuple(QCoreApplication.translate("Smoke", text) for text in SAMPLE_TEXTS)
            untranslated = [
                text for text, got in zip(SAMPLE_TEXTS, texts, strict=True) if got == text
            ]
            if untranslated:
                raise RuntimeError(f"{code} leaves {untranslated} in English")
            if texts in seen.values():
                raise RuntimeError(f"{code} translates like another language: a stale file")
            seen[code] = texts
            direction = app.layoutDirection() == Qt.LayoutDirection.RightToLeft
            # A text only Qt's own catalogue (qtbase_*.qm) has: its standard buttons.
            qt_own = QCoreApplication.translate("QPlatformTheme", QT_ONLY_TEXT) != QT_ONLY_TEXT
            found.append(
                f"{code} ({'right to left' if direction else 'left to right'}"
                f"{', and Qt’s own' if qt_own else ''})"
            )
    finally:
        install_language(app, window.settings.get(LANGUAGE))
    return ", ".join(found)


__all__ = [
    "LAZY_MODULES",
    "MANIFEST_NAME",
    "SMOKE_TEST_VARIABLE",
    "SmokeReport",
    "run_smoke_test",
    "start_smoke_test",
]
