"""Search benchmarks (issue 7): a rare word, the commonest word, a phrase, a prefix, two words.

Each query is typed into the app's search page (Edit > Search the journal) and timed from
the search starting to the results model filled and the tree expanded, the path a trainer
waits on after the typing pause. The words come from the journal's own index (its commonest
word, a word in only a few records), so the figures hold for whatever the generator writes.

    python benchmarks/search.py [--journal PATH] [--runs N]     (alone, on any journal)

`run.py` calls `search_results(b)` on its window.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TYPICAL_MS = 50.0
COMMONEST_MS = 200.0


def pick_words(path: Path) -> dict[str, str]:
    """Queries from the journal's own words: (label -> query)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, search_index, row)")
        commonest, common_docs = conn.execute(
            "SELECT term, doc FROM temp.words ORDER BY doc DESC LIMIT 1"
        ).fetchone()
        rare = conn.execute(
            "SELECT term, doc FROM temp.words WHERE doc BETWEEN 2 AND 50 AND length(term) >= 5"
            " AND term NOT GLOB '*[0-9]*' ORDER BY doc, term LIMIT 1"
        ).fetchone()
        weld = conn.execute("SELECT sum(doc) FROM temp.words WHERE term GLOB 'weld*'").fetchone()
    finally:
        conn.close()
    return {
        f"rare word ({rare[1] if rare else 0} records)": rare[0] if rare else "zzzz",
        f"commonest word ({common_docs} records)": commonest,
        "phrase": '"next time"',
        f"prefix ({weld[0] or 0} records)": "weld",
        "two words (typing)": "weld insp",
    }


def _time(fn: Callable[[], object], runs: int) -> tuple[float, float, float]:
    """(median, slowest) wall-clock ms and the median CPU ms of this process: on a machine
    shared with other work the CPU time says more about the code than the wall clock."""
    fn()  # warm-up
    samples, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return statistics.median(samples), max(samples), statistics.median(cpu)


def measure(window: Any, qt_app: Any, journal_path: Path, runs: int) -> list[dict[str, Any]]:
    """[{label, query, median_ms, slowest_ms, cpu_ms, hits, service_ms, service_cpu_ms}]
    through the window's page; "service" is the search alone, as many hits as the page asks."""
    from mentorjournal.ui.search import show_search
    from mentorjournal.ui.search.page import LIMIT

    page = show_search(window)
    out = []
    for label, query in pick_words(journal_path).items():
        page.edit.blockSignals(True)  # no typing timer: the search runs when timed
        page.edit.setText(query)
        page.edit.blockSignals(False)

        def search() -> None:
            page.run_search()
            qt_app.processEvents()

        def service_only(q: str = query) -> None:
            window.services.search.search(q, limit=LIMIT)

        median, slowest, cpu = _time(search, runs)
        service, _, service_cpu = _time(service_only, runs)
        common = page.results.common if page.results else False
        out.append(
            {
                "label": label,
                "query": query,
                "median_ms": median,
                "slowest_ms": slowest,
                "cpu_ms": cpu,
                "service_ms": service,
                "service_cpu_ms": service_cpu,
                "hits": len(page.results) if page.results else 0,
                "ranked_newest_only": common,
            }
        )
    window.show_page()
    qt_app.processEvents()
    return out


def search_results(b: Any) -> list[Any]:
    """`run.py`'s rows: one per query, with its target."""
    from benchmarks.run import Result

    rows = []
    for m in measure(b.window, b.qt_app, b.journal_path, b.runs):
        commonest = m["label"].startswith("commonest")
        limit = COMMONEST_MS if commonest else TYPICAL_MS
        note = (
            f"{m['query']}: {m['hits']} hits; CPU {m['cpu_ms']:.0f} ms; service alone "
            f"{m['service_ms']:.0f} ms (CPU {m['service_cpu_ms']:.0f})"
        )
        if m["ranked_newest_only"]:
            note += "; newest matches ranked"
        rows.append(
            Result(
                f"search: {m['label']}",
                m["median_ms"],
                runs=b.runs,
                target=f"< {limit:.0f} ms",
                limit=limit,
                note=note,
                slowest=m["slowest_ms"],
            )
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--journal", type=Path, help="default: the large journal run.py made")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if args.journal is None:
        from benchmarks.run import journal_for

        args.journal = journal_for("large", 1)

    import shutil
    import tempfile

    from mentorjournal.app import build_main_window, create_application
    from mentorjournal.services import Services
    from mentorjournal.store import open_journal

    work = Path(tempfile.mkdtemp(prefix="mj-search-"))
    os.environ["MENTORJOURNAL_BACKUP_DIR"] = str(work / "backups")
    path = work / "journal.sqlite"
    shutil.copyfile(args.journal, path)
    app = create_application(["bench"])
    journal = open_journal(path)
    window = build_main_window(Services.for_journal(journal))
    window.show()
    app.processEvents()
    try:
        for m in measure(window, app, path, args.runs):
            print(
                f"{m['label']:<36} {m['median_ms']:7.1f} ms (slowest {m['slowest_ms']:6.1f}, "
                f"CPU {m['cpu_ms']:5.1f}; service {m['service_ms']:6.1f}, "
                f"CPU {m['service_cpu_ms']:5.1f})  {m['hits']:4} hits  {m['query']}"
            )
    finally:
        window.close()
        journal.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
