"""One cold start, in a fresh process, for `run.py`: prints the RSS (KiB) once the window is shown.

    python benchmarks/startup_child.py bare|bare-sqlmodel|app [JOURNAL]

`bare` is a bare PySide6 window; `bare-sqlmodel` the same after importing sqlmodel (the floor
our dependencies set); `app` Mentor Journal's own window on JOURNAL with the mentee list filled.
The parent times from before it starts the process to the line this prints.
"""

from __future__ import annotations

import resource
import sys


def main() -> None:
    mode = sys.argv[1]
    if mode == "app":
        from pathlib import Path

        from mentorjournal.app import build_main_window, create_application
        from mentorjournal.services import Services
        from mentorjournal.store import open_journal

        app = create_application(["bench"])
        window = build_main_window(Services.for_journal(open_journal(Path(sys.argv[2]))))
        window.show()
        app.processEvents()
        if window.mentee_list.model.rowCount() == 0:
            raise SystemExit("the mentee list is empty")
    else:
        if mode == "bare-sqlmodel":
            import sqlmodel  # noqa: F401
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(["bench"])
        window = QMainWindow()
        window.resize(1366, 768)
        window.show()
        app.processEvents()
    heavy = [m for m in ("matplotlib", "pyrage", "reportlab", "fpdf") if m in sys.modules]
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, ",".join(heavy), flush=True)


if __name__ == "__main__":
    main()
