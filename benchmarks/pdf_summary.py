"""Time the PDF summary of a mentee with 5 years of weekly sessions (issue 4: under 2 s).

    python benchmarks/pdf_summary.py [--runs N] [--json OUT] [--keep PATH]

Builds a journal through the services (not timed): one mentee, a session a week for five years
with topics, notes of a few sentences and action items, 20 goals with ten check-ins each and
skill ratings every two months. Then, in a fresh interpreter (so fpdf2, fontTools and
matplotlib are not loaded yet), per run: read the summary data (SummaryService.build) and write
the PDF (render_summary_pdf: text, two vector charts, fonts subset). The first run pays the
imports and is reported apart from the median of the others. Reported, never asserted.
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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TODAY = date(2026, 11, 23)
YEARS = 5
GOALS = 20
SENTENCES = (
    "We went through the safe isolation procedure again, step by step, on the practice board.",
    "The conduit offsets were neat this time; the saddle still needs work.",
    "Attendance slipped this fortnight because of the minibus fare; we talked about options.",
    "Insulation resistance readings were recorded correctly, but the test sheet was untidy.",
    "Worked through the fault-finding exercise in under ten minutes, without prompts.",
    "Discussed the industry attachment and what the supervisor expects in the first week.",
    "Practised explaining the earthing arrangement to a customer, in plain words.",
)
ACTIONS = (
    "Bend two offsets and one saddle on 25 mm conduit",
    "Label all circuits on the practice consumer unit",
    "Revise the earthing arrangements chapter",
    "Ask the workplace supervisor for feedback",
)


def fill(services: object, rng: random.Random) -> int:
    from mentorjournal.models import (
        ActionItemFields,
        Attendance,
        CheckInInput,
        GoalInput,
        MenteeInput,
        Rater,
        SessionInput,
    )
    from mentorjournal.services import RatingEntry, Services

    assert isinstance(services, Services)
    mentee = services.mentees.create(MenteeInput(full_name="Five Years", cadence_days=7)).id or 0
    start = TODAY - timedelta(days=365 * YEARS)
    for week in range(52 * YEARS):
        day = start + timedelta(weeks=week)
        services.sessions.create(
            SessionInput(
                started_at=datetime.combine(day, datetime.min.time()).replace(hour=10),
                duration_minutes=60,
                topics=rng.choice(("Safe isolation", "Conduit bending", "Testing", "Attachment")),
                notes=" ".join(rng.sample(SENTENCES, 3)),
                attendees=[Attendance(mentee_id=mentee, confidence=rng.randint(2, 5))],
            ),
            [
                ActionItemFields(
                    text=rng.choice(ACTIONS),
                    due_date=day + timedelta(days=7),
                    done_date=day + timedelta(days=6) if week < 52 * YEARS - 2 else None,
                )
                for _ in range(rng.randint(1, 2))
            ],
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
                    goal_id=goal.id or 0,
                    checked_on=begun + timedelta(days=14 * c),
                    percent=percent,
                    note="On track.",
                )
            )
    skills = [k.id or 0 for k in services.skills.framework()]
    for visit in range(0, 52 * YEARS, 8):
        level = min(5, 1 + visit // 60)
        services.skills.rate_many(
            mentee_id=mentee,
            rated_on=start + timedelta(weeks=visit),
            rater=Rater.MENTOR,
            entries=[
                RatingEntry(k, max(1, min(5, level + rng.choice((-1, 0, 1))))) for k in skills
            ],
        )
    return mentee


def child(journal_path: Path, mentee: int, runs: int, out: Path) -> None:
    """Time in this (fresh) interpreter: nothing of PDF or matplotlib is imported yet."""
    from mentorjournal.services import Services
    from mentorjournal.store import open_journal

    journal = open_journal(journal_path)
    services = Services.for_journal(journal)
    times: list[float] = []
    pdf = b""
    for _ in range(runs + 1):
        started = time.perf_counter()
        data = services.summaries.build(mentee, period_from=None, period_to=None, today=TODAY)
        from mentorjournal.reports.pdf import render_summary_pdf

        pdf = render_summary_pdf(data)
        times.append((time.perf_counter() - started) * 1000)
    journal.close()
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    pages = len(document)
    document.close()
    out.write_text(
        json.dumps(
            {
                "first_ms": times[0],
                "median_ms": statistics.median(times[1:]),
                "slowest_ms": max(times[1:]),
                "pages": pages,
                "size_kb": len(pdf) / 1024,
                "sessions": len(data.sessions),
            }
        )
    )


def pdf_summary_in_child(runs: int, keep: Path | None = None) -> dict[str, float]:
    """Build the journal here, time in a fresh interpreter; the figures as a dict."""
    from mentorjournal.services import Services
    from mentorjournal.store import open_journal

    with tempfile.TemporaryDirectory() as tmp:
        path = keep or Path(tmp) / "five-years.sqlite"
        journal = open_journal(path, create=True)
        mentee = fill(Services.for_journal(journal), random.Random(5))
        journal.close()
        out = Path(tmp) / "pdf.json"
        subprocess.run(
            [sys.executable, "-m", "benchmarks.pdf_summary", "--child", str(path)]
            + [str(mentee), str(runs), str(out)],
            check=True,
            cwd=ROOT,
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        )
        result: dict[str, float] = json.loads(out.read_text())
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--keep", type=Path, help="keep the generated journal here")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        path, mentee, runs, out = args.child
        child(Path(path), int(mentee), int(runs), Path(out))
        return
    result = pdf_summary_in_child(args.runs, args.keep)
    for name, value in result.items():
        print(f"{name:<14}{value:>10.1f}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
