"""Open a mentee whose notes are megabytes long (issue 6, item 7): a 5 MB reflection and a
1 MB session note, added to the benchmark's copy of the journal.

Run by `python benchmarks/run.py --only huge`: the window on the large journal opens this
mentee (its brief shown) alternately with another one, then shows the whole session note on
the Sessions tab and the whole reflection on the Reflections tab. Medians of several runs,
CPU time beside the wall-clock time (the machine may be shared). Reported, never asserted.
"""

from __future__ import annotations

import time
from datetime import date, datetime
from typing import Any

# A paragraph in the scripts trainers write in; a note is this, repeated, then a last line.
PARAGRAPH = (
    "ሰላም ተማሪዎች፣ ዛሬ የኤሌክትሪክ ሽቦ ሥራ ተለማመድን። "
    "تدرب المتدرب على توصيل اللوحة الكهربائية بأمان. "
    "The consumer unit was wired neatly; we checked every gland and the earth continuity.\n"
)


def huge_note(size: int) -> str:
    return PARAGRAPH * (size // len(PARAGRAPH)) + "The end."


def add_mentee(services: Any) -> tuple[int, int, int]:
    """A mentee with a 5 MB reflection and a 1 MB session note: (mentee, session, reflection)."""
    from mentorjournal.models import Attendance, MenteeInput, ReflectionInput, SessionInput

    mentee = services.mentees.create(
        MenteeInput(full_name="Benchmark Hugenotes", programme="Electrical")
    )
    session = services.sessions.create(
        SessionInput(
            started_at=datetime(2026, 11, 2, 9, 0),
            topics="Wiring a consumer unit",
            notes=huge_note(1_000_000),
            attendees=[Attendance(mentee_id=mentee.id)],
        )
    )
    reflection = services.reflections.create(
        ReflectionInput(
            mentee_id=mentee.id, written_on=date(2026, 11, 3), text=huge_note(5_000_000)
        )
    )
    return mentee.id, session.id, reflection.id


def huge_note_results(b: Any) -> list[Any]:
    from benchmarks.run import Result

    window, page = b.window, b.window.page
    mentee_id, session_id, reflection_id = add_mentee(b.services)
    window.mentee_list.reload()
    other = next(s.id for s in b.extra["summaries"] if s.id != mentee_id)

    def open_both() -> None:
        for chosen in (mentee_id, other):
            window.open_mentee(chosen)
            b.qt_app.processEvents()
            if page.mentee_id != chosen or not page.is_loaded(page.brief_tab):
                raise RuntimeError("the brief was not shown")

    cpu: list[float] = []

    def timed_open() -> None:
        started = time.process_time()
        open_both()
        cpu.append((time.process_time() - started) * 1000 / 2)

    opened = b.time(timed_open)

    def read_notes() -> None:
        window.open_mentee(other)
        window.open_mentee(mentee_id)
        page.show_session(session_id)
        b.qt_app.processEvents()
        page.show_tab("reflections")
        page.reflections_tab.select_id(reflection_id)
        b.qt_app.processEvents()
        page.show_tab("brief")
        b.qt_app.processEvents()

    read = b.time(read_notes, runs=min(b.runs, 3))
    cpu_note = f"CPU {sorted(cpu)[len(cpu) // 2]:.0f} ms"
    return [
        Result(
            "open a mentee with a 5 MB reflection (brief shown)",
            opened.median / 2,
            runs=b.runs,
            target="< 150 ms",
            limit=150,
            note=f"alternately with another mentee; {cpu_note}",
            slowest=opened.slowest,
        ),
        Result(
            "... read its whole 1 MB session note and 5 MB reflection",
            read.median,
            runs=min(b.runs, 3),
            note="open, Sessions tab (whole note), Reflections tab (whole note), back to Brief",
            slowest=read.slowest,
        ),
    ]
