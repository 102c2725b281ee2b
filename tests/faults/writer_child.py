"""Child process of the SIGKILL test: a small fork server that writes through the services.

It imports the app once, then for each "go" line on stdin forks a writer that opens the
journal and saves records in a loop (mentees, sessions with action items, reflections,
updates, drafts, erasures, checkpoints). The writer prints "ACK kind id marker mentee" only
after the service call returned, i.e. after the commit was acknowledged, and "TRY ..." before
a change to an existing record (update, erase), which a kill may leave done or not done.
The server prints "PID n" for each writer and "DEAD n" once the test has killed it.

Usage: writer_child.py JOURNAL_PATH
"""

from __future__ import annotations

import os
import random
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

from mentorjournal.models import (
    ActionItemFields,
    Attendance,
    MenteeInput,
    ReflectionFields,
    ReflectionInput,
    SessionInput,
)
from mentorjournal.services import DraftData, Services
from mentorjournal.store import open_journal

FILLER = "Reviewed the practical, wiring and the safety checklist. " * 20


def say(line: str) -> None:
    # One write() per line: lines never interleave or half-arrive while under PIPE_BUF.
    os.write(1, (line + "\n").encode("utf-8"))


def writer(path: Path, round_no: int) -> None:
    journal = open_journal(path)
    services = Services.for_journal(journal)
    rng = random.Random(round_no)
    mine: list[int] = []  # mentees created by this writer
    reflections: list[tuple[int, int]] = []  # (reflection id, mentee id)
    step = 0
    while True:
        step += 1
        marker = f"m{round_no}x{step}"
        op = rng.choice(
            ["mentee", "session", "session", "reflection", "reflection", "update", "draft"]
            + ["erase", "checkpoint"]
        )
        if op == "mentee" or not mine:
            m = services.mentees.create(
                MenteeInput(full_name=f"Mentee {marker}", private_notes=marker + FILLER)
            )
            assert m.id is not None
            mine.append(m.id)
            say(f"ACK mentee {m.id} {marker} {m.id}")
        elif op == "session":
            mentee = rng.choice(mine)
            s = services.sessions.create(
                SessionInput(
                    started_at=datetime(2025, 1, 1, 9, 0) + timedelta(hours=step),
                    topics=marker,
                    notes=marker + FILLER,
                    attendees=[Attendance(mentee_id=mentee, confidence=3)],
                ),
                [ActionItemFields(text=f"Action {marker}", due_date=date(2025, 6, 1))],
            )
            say(f"ACK session {s.id} {marker} {mentee}")
        elif op == "reflection":
            mentee = rng.choice(mine)
            r = services.reflections.create(
                ReflectionInput(
                    mentee_id=mentee, written_on=date(2025, 2, 1), text=marker + FILLER * 3
                )
            )
            assert r.id is not None
            reflections.append((r.id, mentee))
            say(f"ACK reflection {r.id} {marker} {mentee}")
        elif op == "update" and reflections:
            rid, mentee = rng.choice(reflections)
            say(f"TRY reflection {rid} {marker} {mentee}")
            services.reflections.update(
                rid, ReflectionFields(written_on=date(2025, 2, 2), text=marker + FILLER)
            )
            say(f"ACK reflection {rid} {marker} {mentee}")
        elif op == "draft":
            mentee = rng.choice(mine)
            key = f"reflection:new:mentee_id={mentee}"
            say(f"TRY draft {key} {marker} {mentee}")
            services.drafts.keep(
                DraftData(
                    key=key,
                    kind="reflection",
                    mentee_id=mentee,
                    context={"mentee_id": mentee},
                    content={"fields": {"text": marker + FILLER}},
                )
            )
            say(f"ACK draft {key} {marker} {mentee}")
        elif op == "erase" and len(mine) > 1:
            mentee = mine.pop(0)
            say(f"TRY erase {mentee} - {mentee}")
            services.mentees.erase(mentee)
            reflections = [(r, m) for r, m in reflections if m != mentee]
            say(f"ACK erase {mentee} - {mentee}")
        elif op == "checkpoint":
            journal.checkpoint()


def main() -> None:
    path = Path(sys.argv[1])
    for round_no, line in enumerate(sys.stdin, start=1):
        if line.strip() != "go":
            break
        pid = os.fork()
        if pid == 0:
            try:
                writer(path, round_no)
            finally:
                os._exit(0)
        say(f"PID {pid}")
        os.waitpid(pid, 0)
        say(f"DEAD {pid}")


if __name__ == "__main__":
    main()
