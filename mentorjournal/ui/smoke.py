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
"""

from __future__ import annotations

import importlib
import json
import multiprocessing
import os
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer

if TYPE_CHECKING:
    from .main_window import MainWindow

SMOKE_TEST_VARIABLE = "MENTORJOURNAL_SMOKE_TEST"
STARTUP_ONLY = "startup"
REPORT_NAME = "smoke-report.json"
# Written into the bundle by packaging/mentorjournal.spec: the lazily loaded modules it
# collected, each of which must import here.
MANIFEST_NAME = "bundle-manifest.json"
# Loaded on first use, never at start-up: a bundle must hold them all the same. Modules not
# installed where the test runs from source are reported as absent, not failed.
LAZY_MODULES = (
    "matplotlib.backends.backend_qtagg",
    "matplotlib.backends.backend_svg",
    "alembic.runtime.migration",
    "fpdf",
    "uharfbuzz",
    "pypdfium2",
    "pyrage",
    "keyring",
)


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
        # One turn of the event loop: the window has been laid out and painted.
        QTimer.singleShot(0, lambda: app.exit(0))
        return

    def run() -> None:
        report = run_smoke_test(window, Path(value))
        app.exit(0 if report.ok else 1)

    QTimer.singleShot(0, run)


def run_smoke_test(window: MainWindow, out: Path) -> SmokeReport:
    """Run every step on `window` (whose journal should hold the demo sample); write the
    report into `out` and return it."""
    out.mkdir(parents=True, exist_ok=True)
    report = SmokeReport()
    steps: list[tuple[str, Callable[[], str]]] = [
        ("open the busiest mentee", lambda: _open_busiest(window)),
        ("show every tab", lambda: _show_tabs(window)),
        ("draw every chart", lambda: _draw_charts(window, out)),
        ("show the dashboard", lambda: _show_dashboard(window)),
        ("brief as PDF (Qt print support)", lambda: _brief_pdf(window, out)),
        ("lazily loaded libraries", _lazy_modules),
        ("migration scripts found by Alembic", _migrations),
        ("PDF with shaped Arabic and Ethiopic text (fpdf2, uharfbuzz)", lambda: _fpdf(out)),
        ("PDF read back (pypdfium2)", lambda: _read_pdf(out)),
        ("age encryption (pyrage)", _pyrage),
        ("keyring backends", _keyring),
        ("worker process (spawn)", _worker_process),
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


def _manifest() -> dict[str, Any]:
    """The bundle's manifest (empty when running from source)."""
    base = getattr(sys, "_MEIPASS", None)
    if base is None:
        return {}
    path = Path(base) / MANIFEST_NAME
    if not path.exists():
        raise RuntimeError(f"{MANIFEST_NAME} is missing from the bundle")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _lazy_modules() -> str:
    required = set(_manifest().get("lazy_modules", []))
    loaded, absent = [], []
    for name in sorted(set(LAZY_MODULES) | required):
        try:
            importlib.import_module(name)
        except ModuleNotFoundError:
            if name in required:
                raise
            absent.append(name)
        else:
            loaded.append(name)
    text = f"loaded: {', '.join(loaded)}"
    return text + (f"; not installed here: {', '.join(absent)}" if absent else "")


def _migrations() -> str:
    from ..store.schema import KNOWN_REVISIONS, alembic_revisions

    found = alembic_revisions()
    if tuple(found) != KNOWN_REVISIONS:
        raise RuntimeError(f"Alembic found {found}, the app knows {list(KNOWN_REVISIONS)}")
    return f"{len(found)} revisions, {found[0]}..{found[-1]}"


def _optional(name: str) -> Any:
    """The module, or None when it is not installed here and the bundle did not promise it."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError:
        if name in _manifest().get("lazy_modules", []):
            raise
        return None


def _fonts() -> dict[str, Path]:
    from ..resources import resource

    fonts = {}
    for script, file in (
        ("arabic", "NotoSansArabic-Regular.ttf"),
        ("ethiopic", "NotoSansEthiopic-Regular.ttf"),
    ):
        path = resource("fonts", file)
        if path is None:
            raise RuntimeError(f"font {file} not found among the app's resources")
        fonts[script] = path
    return fonts


def _fpdf(out: Path) -> str:
    fpdf = _optional("fpdf")
    if fpdf is None:
        return "fpdf2 not installed here"
    fonts = _fonts()
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.add_font("arabic", fname=str(fonts["arabic"]))
    pdf.add_font("ethiopic", fname=str(fonts["ethiopic"]))
    pdf.set_text_shaping(True)  # needs uharfbuzz
    pdf.set_font("arabic", size=14)
    pdf.cell(text="فاطمة السيد", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("ethiopic", size=14)
    pdf.cell(text="ሕይወት ግርማ", new_x="LMARGIN", new_y="NEXT")
    path = out / "shaped.pdf"
    path.write_bytes(bytes(pdf.output()))
    return f"{path.name} {path.stat().st_size} bytes"


def _read_pdf(out: Path) -> str:
    pdfium = _optional("pypdfium2")
    if pdfium is None:
        return "pypdfium2 not installed here"
    texts = []
    for name in ("brief.pdf", "shaped.pdf"):
        path = out / name
        if not path.exists():
            continue
        document = pdfium.PdfDocument(str(path))
        try:
            page = document[0]
            text = page.get_textpage().get_text_range()
            page.render(scale=0.5).to_pil()  # pdfium's renderer and Pillow, as a preview does
            if not text.strip():
                raise RuntimeError(f"{name}: no text read back")
            texts.append(f"{name}: {len(document)} page(s), {len(text)} characters")
        finally:
            document.close()
    if not texts:
        raise RuntimeError("no PDF to read back")
    return "; ".join(texts)


def _pyrage() -> str:
    pyrage = _optional("pyrage")
    if pyrage is None:
        return "pyrage not installed here"
    identity = pyrage.x25519.Identity.generate()
    secret = b"Notes about a mentee"
    sealed = pyrage.encrypt(secret, [identity.to_public()])
    if pyrage.decrypt(sealed, [identity]) != secret:
        raise RuntimeError("age round trip changed the data")
    return f"x25519 round trip of {len(sealed)} bytes"


def _keyring() -> str:
    from importlib.metadata import entry_points

    names = sorted(ep.name for ep in entry_points(group="keyring.backends"))
    if _optional("keyring") is None:
        return "keyring not installed here"
    import keyring

    if not names:
        raise RuntimeError("no keyring backend registered (keyring's metadata is missing)")
    active = type(keyring.get_keyring()).__module__
    return f"registered: {', '.join(names)}; active here: {active}"


def _worker_process() -> str:
    # The slow passphrase work runs in a separate process; a frozen app must start its own
    # executable for that (multiprocessing.freeze_support in the bundle's entry script).
    context = multiprocessing.get_context("spawn")
    with context.Pool(1) as pool:
        child = pool.apply(os.getpid)
    if child == os.getpid():
        raise RuntimeError("the worker ran in this process")
    return f"worker process {child} answered"
