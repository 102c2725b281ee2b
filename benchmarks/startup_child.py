"""One cold start in a fresh process, for `run.py`; prints what it measured as one JSON line.

    MJ_BENCH_T0=<time.time() at spawn> python benchmarks/startup_child.py MODE [JOURNAL]

MODE `bare` shows a bare PySide6 window; `bare-sqlmodel` the same after importing sqlmodel (the
floor our dependencies set); `app` runs Mentor Journal's real entry point (`mentorjournal --db
JOURNAL`, as a trainer starts it): "shown" is when the window has painted with its mentee list
filled (the app then loads what it deferred), "brief" when the first mentee's brief is on
screen too; the event loop is replaced by one that stops there. Times are seconds since the
parent spawned the process (`MJ_BENCH_T0`, same clock), so the interpreter's start counts;
`cpu_shown_s` is the process's CPU time (all threads) at "shown", steadier on a busy machine
than the whole child's (which includes closing: the app backs the journal up then).
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any

T0 = float(os.environ.get("MJ_BENCH_T0", time.time()))
# Modules that must not load on the way to the first window (issue 7).
HEAVY = ("matplotlib", "pyrage", "fpdf", "keyring", "reportlab", "pypdfium2", "uharfbuzz")
BRIEF_TIMEOUT_S = 30.0


def since_spawn() -> float:
    return time.time() - T0


def report(**fields: Any) -> None:
    fields["rss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    fields["heavy"] = [m for m in HEAVY if m in sys.modules]
    print(json.dumps(fields), flush=True)


def bare(with_sqlmodel: bool) -> None:
    if with_sqlmodel:
        import sqlmodel  # noqa: F401
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(["bench"])
    window = QMainWindow()
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    report(
        shown_s=since_spawn(),
        cpu_shown_s=time.process_time(),
        main_cpu_shown_s=time.thread_time(),
    )


def app(journal: Path) -> int:
    # The app's module first, as the entry point loads it: it imports Qt and stops PySide6's
    # scan of later imports' source (ui/pyside_imports.py) before anything else loads.
    from mentorjournal import app as app_module  # isort: split
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    measured: dict[str, Any] = {}

    def exec_instead(*_args: Any) -> int:
        """Stands in for the event loop: runs it until the first mentee's brief is shown."""
        qt_app = QApplication.instance()
        assert isinstance(qt_app, QApplication)
        qt_app.processEvents()
        measured.setdefault("shown_s", since_spawn())
        measured.setdefault("cpu_shown_s", time.process_time())
        measured.setdefault("main_cpu_shown_s", time.thread_time())
        windows = [w for w in qt_app.topLevelWidgets() if w.isVisible() and hasattr(w, "page")]
        if len(windows) != 1:
            raise SystemExit(f"expected the main window on screen, found {windows}")
        window: Any = windows[0]
        measured["rows"] = window.mentee_list.model.rowCount()
        if measured["rows"] == 0:
            raise SystemExit("the mentee list is empty")
        page = window.page
        deadline = time.time() + BRIEF_TIMEOUT_S
        while page.mentee_id is None or not page.is_loaded(page.brief_tab):
            qt_app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if time.time() > deadline:
                raise SystemExit("the first mentee's brief was never shown")
        qt_app.processEvents()
        measured["brief_s"] = since_spawn()
        measured["cpu_brief_s"] = time.process_time()
        window.close()
        return 0

    QApplication.exec = exec_instead  # type: ignore[method-assign]
    # The app defers what the first screen does not need until the window has painted
    # (`after_first_paint`): that moment, list filled, is "shown".

    def after_first_paint(widget: Any, then: Any) -> None:
        def timed() -> None:
            measured.setdefault("shown_s", since_spawn())
            measured.setdefault("cpu_shown_s", time.process_time())
            measured.setdefault("main_cpu_shown_s", time.thread_time())  # the GUI thread's
            then()

        real_after_first_paint(widget, timed)

    real_after_first_paint = app_module.after_first_paint
    app_module.after_first_paint = after_first_paint
    from mentorjournal.__main__ import main

    code = main(["--db", str(journal)])
    if code != 0:
        raise SystemExit(f"mentorjournal exited with {code}")
    report(**measured)
    return 0


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    mode = sys.argv[1]
    if mode == "app":
        app(Path(sys.argv[2]))
    elif mode in ("bare", "bare-sqlmodel"):
        bare(mode == "bare-sqlmodel")
    else:
        raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    main()
