"""Time the progress tab's charts for a mentee of 5 years of weekly sessions and 20 goals.

    python benchmarks/progress_charts.py [--runs N] [--json OUT] [--png DIR] [--no-gui]

Builds the journal through the services (not timed), then per run: load all chart data
(ProgressService.overview), build the five Figures, draw each once on an Agg canvas. Prints the
medians as a table and writes JSON. matplotlib's import, paid once on first use, is reported
apart.

Then the Progress tab in a real MainWindow (offscreen Qt, in a fresh interpreter so matplotlib
is not loaded yet): per run, select the mentee, switch to Progress, wait until the chart is
drawn. The first run pays matplotlib's import and is reported apart from the median of the
others. Reported, never asserted (DESIGN.md, Tests).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mentorjournal.models import (  # noqa: E402
    Attendance,
    CheckInInput,
    GoalInput,
    GoalStatus,
    MenteeInput,
    Rater,
    SessionInput,
)
from mentorjournal.services import RatingEntry, Services  # noqa: E402
from mentorjournal.store import open_journal  # noqa: E402

TODAY = date(2026, 11, 23)
YEARS = 5
GOALS = 20


def fill(services: Services, rng: random.Random) -> int:
    mentee = services.mentees.create(MenteeInput(full_name="Five Years", cadence_days=7)).id or 0
    start = TODAY - timedelta(days=365 * YEARS)
    confidence = 2.0
    for week in range(52 * YEARS):
        if rng.random() < 0.06:  # holidays and sick weeks: the cadence chart has gaps to show
            continue
        confidence = max(1.0, min(5.0, confidence + rng.choice((-0.5, 0, 0.25, 0.5))))
        services.sessions.create(
            SessionInput(
                started_at=datetime.combine(start + timedelta(weeks=week), datetime.min.time()),
                attendees=[Attendance(mentee_id=mentee, confidence=round(confidence))],
            )
        )
    for g in range(GOALS):
        begun = start + timedelta(days=90 * g)
        goal = services.goals.create(
            GoalInput(
                mentee_id=mentee,
                title=f"Goal {g + 1}: a SMART goal with a realistic title",
                target_date=begun + timedelta(days=120),
            )
        )
        percent = 0.0
        for c in range(10):
            percent = min(100.0, percent + rng.uniform(5, 20))
            services.goals.add_check_in(
                CheckInInput(
                    goal_id=goal.id or 0, checked_on=begun + timedelta(days=14 * c), percent=percent
                )
            )
        if percent >= 100 or g < GOALS - 4:
            services.goals.update(
                goal.id or 0, goal.model_copy(update={"status": GoalStatus.ACHIEVED})
            )
    skills = [k.id or 0 for k in services.skills.framework()]
    for visit in range(0, 52 * YEARS, 8):
        level = min(5, 1 + visit // 60)
        for rater in (Rater.MENTOR, Rater.SELF):
            services.skills.rate_many(
                mentee_id=mentee,
                rated_on=start + timedelta(weeks=visit),
                rater=rater,
                entries=[
                    RatingEntry(k, max(1, min(5, level + rng.choice((-1, 0, 0, 1)))))
                    for k in skills
                ],
            )
    return mentee


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--json", type=Path, default=Path(tempfile.gettempdir()) / "progress_charts.json"
    )
    parser.add_argument("--png", type=Path, help="also save the five charts as PNG here")
    parser.add_argument("--no-gui", action="store_true", help="skip the Progress tab timing")
    parser.add_argument("--gui-child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.gui_child:
        from benchmarks.progress_tab import time_progress_tab

        time_progress_tab(args.gui_child, args.runs, fill, TODAY)
        return

    with tempfile.TemporaryDirectory() as tmp:
        journal = open_journal(Path(tmp) / "bench.sqlite", create=True)
        services = Services.for_journal(journal)
        t = time.perf_counter()
        mentee = fill(services, random.Random(5))
        fill_s = time.perf_counter() - t

        t = time.perf_counter()
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        from mentorjournal.charts.goals import goal_progress_chart
        from mentorjournal.charts.sessions import confidence_chart, session_cadence_chart
        from mentorjournal.charts.skills import skill_comparison_chart, skill_history_chart

        import_ms = (time.perf_counter() - t) * 1000

        load, build, draw, total = [], [], [], []
        figures = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            data = services.progress.overview(mentee, today=TODAY)
            t1 = time.perf_counter()
            assert data.history is not None
            figures = [
                goal_progress_chart(data.goals),
                skill_comparison_chart(data.skills),
                skill_history_chart(data.history),
                confidence_chart(data.confidence),
                session_cadence_chart(data.sessions),
            ]
            t2 = time.perf_counter()
            for fig in figures:
                FigureCanvasAgg(fig).draw()  # type: ignore[no-untyped-call]
            t3 = time.perf_counter()
            load.append(t1 - t0)
            build.append(t2 - t1)
            draw.append(t3 - t2)
            total.append(t3 - t0)
        journal.close()

    counts = {
        "sessions": len(data.sessions.days),
        "confidence_points": len(data.confidence),
        "goals": len(data.goals),
        "check_ins": sum(len(g.points) for g in data.goals),
        "skills": len(data.skills.rows),
        "history_points": len(data.history.points) if data.history is not None else 0,
    }
    results = {
        "load_ms": statistics.median(load) * 1000,
        "build_5_figures_ms": statistics.median(build) * 1000,
        "draw_5_figures_agg_ms": statistics.median(draw) * 1000,
        "total_ms": statistics.median(total) * 1000,
        "first_run_total_ms": total[0] * 1000,
        "matplotlib_import_ms": import_ms,
    }
    print(f"journal filled in {fill_s:.1f} s: {counts}")
    print(f"{'step (median of ' + str(args.runs) + ')':<34}{'ms':>9}")
    for name, ms in results.items():
        print(f"{name:<34}{ms:>9.1f}")
    report: dict[str, object] = {"counts": counts, "results": results}
    if not args.no_gui:
        report["progress_tab"] = progress_tab_in_child(args.runs)
    args.json.write_text(json.dumps(report, indent=2))
    print(f"JSON: {args.json}")
    if args.png:
        args.png.mkdir(parents=True, exist_ok=True)
        for fig in figures:
            fig.savefig(args.png / f"real-{fig.get_label()}.png")


def progress_tab_in_child(runs: int) -> dict[str, float]:
    """Run the GUI timing in a fresh interpreter: this one has matplotlib loaded already."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "tab.json"
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.qpa.*=false")
        subprocess.run(
            [sys.executable, "-m", "benchmarks.progress_charts", "--runs", str(runs)]
            + ["--gui-child", str(out)],
            check=True,
            env=env,
            cwd=Path(__file__).resolve().parent.parent,
        )
        results: dict[str, float] = json.loads(out.read_text())
    print(f"{'Progress tab, MainWindow (offscreen)':<34}{'ms':>9}")
    for name, ms in results.items():
        print(f"{name:<34}{ms:>9.1f}")
    return results


if __name__ == "__main__":
    main()
