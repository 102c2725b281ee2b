"""Kill the app's writing process with SIGKILL at random points, again and again; after each
kill the journal must pass the integrity check and hold every commit that was acknowledged
(and nothing of what was acknowledged as erased)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from mentorjournal.store import open_journal

ROUNDS = 50
ABSENT = "<absent>"
CHILD = Path(__file__).with_name("writer_child.py")
TABLES = {
    "mentee": ("mentee", "full_name"),
    "session": ("mentoring_session", "topics"),
    "reflection": ("reflection", "text"),
}


class Expectations:
    """What the journal must hold after each kill. An acknowledged commit must be there;
    a change begun but not acknowledged (TRY) may or may not have happened."""

    def __init__(self) -> None:
        self.markers: dict[tuple[str, str], set[str]] = {}  # acceptable last changes
        self.owner: dict[tuple[str, str], int] = {}
        self.erased: set[int] = set()
        self.maybe_erased: set[int] = set()
        self.acknowledged = 0

    def line(self, line: str) -> None:
        word, kind, ident, marker, mentee = line.split()
        key = (kind, ident)
        if word == "TRY":
            if kind == "erase":
                self.maybe_erased.add(int(ident))
            else:
                # A first try at a new key (a draft) may leave nothing at all.
                self.markers.setdefault(key, {ABSENT}).add(marker)
                self.owner.setdefault(key, int(mentee))
            return
        self.acknowledged += 1
        if kind == "erase":
            self.maybe_erased.discard(int(ident))
            self.erased.add(int(ident))
            for k in [k for k, m in self.owner.items() if m == int(ident)]:
                self.markers.pop(k, None)
                self.owner.pop(k, None)
            return
        if kind == "mentee":  # SQLite may hand an erased mentee's id to a new one
            self.erased.discard(int(ident))
        self.markers[key] = {marker}
        self.owner[key] = int(mentee)

    def check(self, path: Path) -> None:
        conn = sqlite3.connect(path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            for (kind, ident), markers in self.markers.items():
                if self.owner.get((kind, ident)) in self.maybe_erased:
                    continue
                if kind == "draft":
                    sql = "SELECT content FROM draft WHERE key = ?"
                    row = conn.execute(sql, (ident,)).fetchone()
                else:
                    table, column = TABLES[kind]
                    sql = f"SELECT {column} FROM {table} WHERE id = ?"
                    row = conn.execute(sql, (int(ident),)).fetchone()
                if row is None:
                    assert ABSENT in markers, f"acknowledged {kind} {ident} is missing"
                    continue
                assert any(m in row[0] for m in markers - {ABSENT}), f"{kind} {ident} changed"
            for mentee in self.erased:
                for sql in (
                    "SELECT 1 FROM mentee WHERE id = ?",
                    "SELECT 1 FROM draft WHERE mentee_id = ?",
                    "SELECT 1 FROM reflection WHERE mentee_id = ?",
                ):
                    assert conn.execute(sql, (mentee,)).fetchone() is None, "erased, yet there"
        finally:
            conn.close()

    def settle(self, path: Path) -> None:
        """What was only tried is decided now: take the journal's word for the next round."""
        conn = sqlite3.connect(path)
        try:
            for mentee in self.maybe_erased:
                if conn.execute("SELECT 1 FROM mentee WHERE id = ?", (mentee,)).fetchone():
                    continue
                self.erased.add(mentee)
                for k in [k for k, m in self.owner.items() if m == mentee]:
                    self.markers.pop(k, None)
                    self.owner.pop(k, None)
            self.maybe_erased.clear()
            for (kind, ident), markers in self.markers.items():
                if len(markers) < 2:
                    continue
                if kind == "draft":
                    sql = "SELECT content FROM draft WHERE key = ?"
                    row = conn.execute(sql, (ident,)).fetchone()
                else:
                    table, column = TABLES[kind]
                    sql = f"SELECT {column} FROM {table} WHERE id = ?"
                    row = conn.execute(sql, (int(ident),)).fetchone()
                if row is None:  # a draft tried for the first time and never written
                    markers.clear()
                    continue
                present = {m for m in markers - {ABSENT} if m in row[0]}
                markers.intersection_update(present)
            for key in [k for k, v in self.markers.items() if not v]:
                self.markers.pop(key)
                self.owner.pop(key, None)
        finally:
            conn.close()


def test_sigkill_loop_keeps_every_acknowledged_commit(journal_path: Path) -> None:
    rng = random.Random(20261123)
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(journal_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
        text=True,
        bufsize=1,
    )
    assert child.stdin is not None and child.stdout is not None
    seen = Expectations()
    try:
        for round_no in range(ROUNDS):
            child.stdin.write("go\n")
            child.stdin.flush()
            lines: list[str] = []
            while True:
                line = child.stdout.readline()
                assert line, "the writer server died"
                if line.startswith("PID "):
                    pid = int(line.split()[1])
                    break
                lines.append(line)
            # The first rounds kill early (while opening), later ones in full flight.
            time.sleep(rng.uniform(0.0, 0.15 if round_no < 5 else 0.6))
            os.kill(pid, signal.SIGKILL)
            while True:
                line = child.stdout.readline()
                assert line, "the writer server died"
                if line.startswith("DEAD "):
                    break
                lines.append(line)
            for line in lines:
                seen.line(line)
            seen.check(journal_path)
            seen.settle(journal_path)
            if round_no % 10 == 9:
                open_journal(journal_path).close()  # the app's own open: quick check passes
    finally:
        child.stdin.close()
        child.wait(timeout=30)
    # The loop must have written a real amount, or it tested nothing.
    assert seen.acknowledged > 100
    assert seen.erased
