"""Opening the Progress tab in a real MainWindow (offscreen Qt), for benchmarks/progress_charts.

Run by progress_charts.py in a fresh interpreter, so that the first run pays matplotlib's import
as a trainer's first opening of the tab does. Writes the figures as JSON to the given path.
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

# A chart counts as on screen once its figure is drawn and the events are processed.
TIMEOUT_S = 20.0


def time_progress_tab(out: Path, runs: int, fill: Callable[..., int], today: date) -> None:
    assert "matplotlib" not in sys.modules, "the GUI timing needs a fresh interpreter"
    from PySide6.QtCore import QLocale

    from mentorjournal.app import create_application
    from mentorjournal.models import MenteeInput
    from mentorjournal.services import Services
    from mentorjournal.store import open_journal
    from mentorjournal.ui.main_window import MainWindow

    app = create_application([sys.argv[0]])
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    with tempfile.TemporaryDirectory() as tmp:
        journal = open_journal(Path(tmp) / "bench.sqlite", create=True)
        services = Services.for_journal(journal)
        mentee = fill(services, random.Random(5))
        other = services.mentees.create(MenteeInput(full_name="Another Mentee")).id or 0
        window = MainWindow(services, today=lambda: today)
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        page = window.page
        tab = page.progress_tab

        def drawn() -> bool:
            figure = tab.figure()
            return figure is not None and not figure.stale and tab._drawn == tab.current_chart()

        def settle(until: Callable[[], bool]) -> None:
            deadline = time.perf_counter() + TIMEOUT_S
            while not until():
                app.processEvents()
                if time.perf_counter() > deadline:
                    raise TimeoutError("the chart was never drawn")
            app.processEvents()

        select_ms, open_ms, total_ms = [], [], []
        for _ in range(runs + 1):
            window.select_mentee(other)
            page.tabs.setCurrentWidget(page.overview_tab)
            settle(lambda: True)
            t0 = time.perf_counter()
            window.select_mentee(mentee)
            app.processEvents()
            t1 = time.perf_counter()
            page.tabs.setCurrentWidget(tab)
            settle(drawn)
            t2 = time.perf_counter()
            select_ms.append((t1 - t0) * 1000)
            open_ms.append((t2 - t1) * 1000)
            total_ms.append((t2 - t0) * 1000)

        # Each chart in turn, the tab already open (data read once, one chart drawn).
        per_chart: dict[str, list[float]] = {}
        for _ in range(runs):
            for row, key in enumerate(("goals", "skills", "history", "confidence", "cadence")):
                if row == tab.chooser.currentRow():
                    continue
                t0 = time.perf_counter()
                tab.chooser.setCurrentRow(row)
                settle(drawn)
                per_chart.setdefault(key, []).append((time.perf_counter() - t0) * 1000)
            tab.chooser.setCurrentRow(0)
            settle(drawn)
        window.close()
        journal.close()
    app.processEvents()
    results = {
        "first_open_total_ms (import)": total_ms[0],
        "select_mentee_ms": statistics.median(select_ms[1:]),
        "switch_to_progress_drawn_ms": statistics.median(open_ms[1:]),
        "open_total_ms": statistics.median(total_ms[1:]),
        "open_total_max_ms": max(total_ms[1:]),
    }
    for key, values in per_chart.items():
        results[f"choose_{key}_drawn_ms"] = statistics.median(values)
    out.write_text(json.dumps(results))
