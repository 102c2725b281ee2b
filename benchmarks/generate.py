"""Generate a realistic journal of a given size for the benchmarks, deterministic by a seed.

    python benchmarks/generate.py --size large --seed 1 --out /tmp/large.sqlite

"large" is ten years of one trainer's work (600 mentees, 30,000 sessions...); "huge" is ten
times that, a whole college on one journal. The schema comes from the app's own migrations
(`open_journal(create=True)`); the rows are written with plain executemany in one transaction,
because going through the services would take hours at these sizes. Texts are assembled from the
demo journal's trade vocabulary, in English with Amharic and Arabic mixed in, so searches and
notes have realistic lengths and word frequencies.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import random
import sqlite3
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mentorjournal.demo import texts  # noqa: E402
from mentorjournal.store import open_journal  # noqa: E402


@dataclass(frozen=True)
class Size:
    mentees: int
    sessions: int
    actions: int
    goals: int
    check_ins: int
    reflections: int
    ratings: int
    years: int = 10


SIZES = {
    "small": Size(60, 3_000, 6_000, 600, 3_000, 2_000, 5_000),
    "large": Size(600, 30_000, 60_000, 6_000, 30_000, 20_000, 50_000),
    "huge": Size(6_000, 300_000, 600_000, 60_000, 300_000, 200_000, 500_000, years=10),
}

FIRST = {
    "en": [
        "Abebe",
        "Sara",
        "Daniel",
        "Mary",
        "Joseph",
        "Ruth",
        "Samuel",
        "Grace",
        "David",
        "Helen",
        "Michael",
        "Martha",
        "Peter",
        "Hannah",
        "John",
        "Esther",
        "Elias",
        "Lydia",
    ],
    "am": ["ሰላም", "ታደሰ", "ብርሃኑ", "መሰረት", "ዮሐንስ", "ትዕግስት", "ገብረ", "ሕይወት"],
    "ar": ["ليلى", "أحمد", "فاطمة", "يوسف", "مريم", "عمر", "نور", "خالد"],
}
LAST = {
    "en": [
        "Kebede",
        "Tesfaye",
        "Girma",
        "Alemu",
        "Bekele",
        "Haile",
        "Mekonnen",
        "Wolde",
        "Johnson",
        "Okafor",
        "Mensah",
        "Ali",
        "Hassan",
        "Abdi",
        "Tadesse",
        "Desta",
    ],
    "am": ["ታደሰ", "ከበደ", "ግርማ", "አለሙ", "በቀለ", "ኃይሌ"],
    "ar": ["حسن", "علي", "محمود", "إبراهيم", "عبد الله", "سعيد"],
}
# Tags a trainer would reuse; some records carry one to three of them.
TAGS = [
    "needs support", "high potential", "attendance", "safety", "portfolio", "placement",
    "exam prep", "night shift", "apprentice", "returner", "language support", "leadership",
    "welding", "electrical", "plumbing", "automotive", "ICT", "hospitality", "tailoring",
    "masonry", "carpentry", "solar", "refrigeration", "first aid", "numeracy", "literacy",
    "interview", "workplace visit", "follow up", "ዕድገት", "متابعة",
]  # fmt: skip
KINDS = ["one_to_one"] * 7 + ["group", "peer", "workplace_visit", "virtual"]
CATEGORIES = ["technical_skill", "soft_skill", "career", "personal"]


def schema_key() -> str:
    """A short hash of the migrations and of this generator: a cached journal made under another
    schema (or by another version of the generator) is stale and gets generated again."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    files = sorted((root / "mentorjournal/store/migrations/versions").glob("*.py"))
    files += [root / "mentorjournal/store/search_index.py", Path(__file__).resolve()]
    for f in files:
        if f.exists():
            digest.update(f.name.encode() + b"\0" + f.read_bytes())
    return digest.hexdigest()[:10]


@contextlib.contextmanager
def _bulk_load(conn: sqlite3.Connection) -> Iterator[None]:
    """Load with the full-text index's triggers dropped, then rebuild it once (about three
    times faster); the store's search module owns how (a schema without it: plain load)."""
    try:
        from mentorjournal.store import search_index
    except ImportError:
        yield
        return
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = ?", (search_index.TABLE,)
    ).fetchone()
    if exists is None:
        yield
        return
    with search_index.bulk_load(conn):
        yield


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


class _Text:
    """Notes a trainer would write: 1-4 sentences from the trade's pools, now and then in
    Amharic or Arabic, sometimes with a rare word so that search has needles to find."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.trades = list(texts.TRADES.values())
        self.general = list(texts.GENERAL_OBSERVATIONS) + list(texts.PLANS)
        self.other = list(texts.NOTES_AM) + list(texts.NOTES_AR)
        for t in self.trades:
            self.other += list(t.notes_am) + list(t.notes_ar)

    def notes(self, trade: texts.TradeTexts, name: str, sentences: tuple[int, int] = (1, 4)) -> str:
        rng = self.rng
        pool = list(trade.observations) + list(trade.workplace_notes) + self.general
        parts = [rng.choice(pool) for _ in range(rng.randint(*sentences))]
        if rng.random() < 0.12:
            parts.append(rng.choice(self.other))
        if rng.random() < 0.01:
            parts.append(f"Serial {rng.randrange(10**6):06d} noted on the meter.")
        text = " ".join(parts)
        return (
            text.replace("{name}", name)
            .replace("{names}", name)
            .replace("{company}", rng.choice(trade.workplaces))
        )

    def topic(self, trade: texts.TradeTexts) -> str:
        return self.rng.choice(trade.topics)


def generate(out: Path, size: Size, seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    words = _Text(rng)
    if out.exists():
        raise SystemExit(f"{out} exists; choose another path")
    open_journal(out, create=True).close()
    now = datetime(2026, 11, 1, tzinfo=UTC).isoformat(sep=" ")
    end = date(2026, 11, 1)
    start = end - timedelta(days=365 * size.years)

    conn = sqlite3.connect(out)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = OFF")  # generation only; the app uses FULL
    conn.execute("PRAGMA cache_size = -200000")  # 200 MB: the huge journal's indexes
    skill_ids = [r[0] for r in conn.execute("SELECT id FROM skill")]
    with _bulk_load(conn):
        counts = _fill(conn, rng, words, size, skill_ids, now, start, end)
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("ANALYZE")
    conn.close()
    return counts


def _fill(
    conn: sqlite3.Connection,
    rng: random.Random,
    words: _Text,
    size: Size,
    skill_ids: list[Any],
    now: str,
    start: date,
    end: date,
) -> dict[str, int]:

    mentees = []  # (id, trade, name, first day, last day)
    rows = []
    for i in range(1, size.mentees + 1):
        lang = rng.choices(["en", "am", "ar"], weights=[80, 12, 8])[0]
        first, last = rng.choice(FIRST[lang]), rng.choice(LAST[lang])
        trade = rng.choice(words.trades)
        began = start + timedelta(days=rng.randrange(max(1, 365 * size.years - 400)))
        until = min(end, began + timedelta(days=rng.randint(300, 800)))
        status = (
            "active"
            if until >= end - timedelta(days=30)
            else rng.choice(["completed"] * 6 + ["withdrawn", "paused"])
        )
        mentees.append((i, trade, first, began, until))
        rows.append(
            (
                i,
                _uid(rng),
                now,
                now,
                f"{first} {last}",
                first,
                trade.programme,
                f"{trade.code}-{began.year}{'AB'[began.month > 6]}",
                f"Level {rng.randint(1, 4)}",
                began.isoformat(),
                "one_to_one",
                status,
                began.isoformat(),
                "",
                "",
                None,
            )
        )
    conn.executemany(
        "INSERT INTO mentee (id, public_id, created_at, updated_at, full_name, preferred_name,"
        " programme, cohort, level, start_date, mentoring_model, status, consent_date, contact,"
        " private_notes, cadence_days) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )

    sessions, attendees = [], []
    session_mentee: list[tuple[int, int, date]] = []
    for sid in range(1, size.sessions + 1):
        mid, trade, name, began, until = rng.choice(mentees)
        day = began + timedelta(days=rng.randrange(max(1, (until - began).days)))
        kind = rng.choice(KINDS)
        at = datetime.combine(day, datetime.min.time()) + timedelta(hours=rng.randint(8, 16))
        sessions.append(
            (
                sid,
                _uid(rng),
                now,
                now,
                at.isoformat(sep=" "),
                rng.choice([30, 45, 60, 90]),
                kind,
                words.topic(trade),
                # A session's notes: a short paragraph or two (about 400 characters).
                words.notes(trade, name, (2, 7)),
                words.notes(trade, name) if rng.random() < 0.2 else "",
                (day + timedelta(days=14)).isoformat(),
            )
        )
        started = at.isoformat(sep=" ")
        attendees.append((sid, mid, rng.randint(1, 5) if rng.random() < 0.8 else None, started))
        if kind == "group":
            for other in rng.sample(mentees, 3):
                if other[0] != mid:
                    attendees.append((sid, other[0], None, started))
        session_mentee.append((sid, mid, day))
    conn.executemany(
        "INSERT INTO mentoring_session (id, public_id, created_at, updated_at, started_at,"
        " duration_minutes, kind, topics, notes, private_note, next_meeting_date)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        sessions,
    )
    conn.executemany(
        "INSERT OR IGNORE INTO session_attendee (session_id, mentee_id, confidence,"
        " session_started_at) VALUES (?,?,?,?)",
        attendees,
    )

    trade_of = {m[0]: m[1] for m in mentees}
    name_of = {m[0]: m[2] for m in mentees}
    actions = []
    for _ in range(size.actions):
        sid, mid, day = rng.choice(session_mentee)
        trade = trade_of[mid]
        owner = rng.choice(["mentee", "mentee", "mentor"])
        pool = trade.mentee_actions if owner == "mentee" else trade.mentor_actions
        due = day + timedelta(days=rng.randint(3, 21))
        done = (
            (due + timedelta(days=rng.randint(-5, 6))).isoformat() if rng.random() < 0.85 else None
        )
        actions.append(
            (
                _uid(rng),
                now,
                now,
                rng.choice(pool).replace("{name}", name_of[mid]),
                owner,
                due.isoformat(),
                done,
                mid,
                sid,
            )
        )
    conn.executemany(
        "INSERT INTO action_item (public_id, created_at, updated_at, text, owner, due_date,"
        " done_date, mentee_id, session_id) VALUES (?,?,?,?,?,?,?,?,?)",
        actions,
    )

    goals = []
    goal_info = []
    for gid in range(1, size.goals + 1):
        mid, trade, name, began, until = rng.choice(mentees)
        g = rng.choice(trade.goals + texts.COMMON_GOALS)
        target = began + timedelta(days=30 * g.months)
        status = rng.choice(["in_progress", "achieved", "achieved", "not_started", "dropped"])
        goals.append(
            (
                gid,
                _uid(rng),
                now,
                now,
                g.title,
                g.specific,
                g.measure,
                g.target_value,
                g.unit,
                g.achievable,
                g.relevant,
                target.isoformat(),
                g.category.value,
                status,
                mid,
                None,
            )
        )
        goal_info.append((gid, began, target))
    conn.executemany(
        "INSERT INTO goal (id, public_id, created_at, updated_at, title, specific, measure,"
        " target_value, unit, achievable, relevant, target_date, category, status, mentee_id,"
        " session_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        goals,
    )
    check_ins = []
    for _ in range(size.check_ins):
        gid, began, target = rng.choice(goal_info)
        day = began + timedelta(days=rng.randrange(max(1, (target - began).days)))
        check_ins.append(
            (
                _uid(rng),
                now,
                now,
                day.isoformat(),
                float(rng.randint(0, 100)),
                None,
                rng.choice(texts.CHECK_IN_NOTES),
                gid,
                None,
            )
        )
    conn.executemany(
        "INSERT INTO goal_check_in (public_id, created_at, updated_at, checked_on, percent, value,"
        " note, goal_id, session_id) VALUES (?,?,?,?,?,?,?,?,?)",
        check_ins,
    )

    reflections = []
    for _ in range(size.reflections):
        sid, mid, day = rng.choice(session_mentee)
        author = rng.choice(["mentor", "mentor", "mentee"])
        pool = texts.MENTOR_REFLECTIONS if author == "mentor" else texts.MENTEE_REFLECTIONS
        reflections.append(
            (
                _uid(rng),
                now,
                now,
                day.isoformat(),
                author,
                rng.choice(pool).replace("{name}", name_of[mid])
                + " "
                + words.notes(trade_of[mid], name_of[mid]),
                "",
                "",
                "",
                "",
                rng.random() < 0.1,
                mid,
                sid,
            )
        )
    conn.executemany(
        "INSERT INTO reflection (public_id, created_at, updated_at, written_on, author, text,"
        " what_happened, went_well, to_change, next_steps, is_private, mentee_id, session_id)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        reflections,
    )

    ratings = []
    for _ in range(size.ratings):
        sid, mid, day = rng.choice(session_mentee)
        ratings.append(
            (
                _uid(rng),
                now,
                now,
                day.isoformat(),
                rng.randint(1, 5),
                rng.choice(["mentor", "mentor", "self"]),
                "",
                mid,
                rng.choice(skill_ids),
                sid,
            )
        )
    conn.executemany(
        "INSERT INTO skill_rating (public_id, created_at, updated_at, rated_on, rating, rater,"
        " note, mentee_id, skill_id, session_id) VALUES (?,?,?,?,?,?,?,?,?,?)",
        ratings,
    )
    tagged = _tag(conn, rng, len(mentees), len(sessions), len(goals), size.reflections)
    return {
        "mentees": len(mentees),
        "sessions": len(sessions),
        "session_attendees": len(attendees),
        "action_items": len(actions),
        "goals": len(goals),
        "check_ins": len(check_ins),
        "reflections": len(reflections),
        "skill_ratings": len(ratings),
        **tagged,
    }


def _tag(
    conn: sqlite3.Connection,
    rng: random.Random,
    mentees: int,
    sessions: int,
    goals: int,
    reflections: int,
) -> dict[str, int]:
    """Tags from one vocabulary on about half of the mentees and a fifth of the other records,
    in the link tables the journal's schema has (mentee tags since 0001, the others since 0006)."""
    tables = _tables(conn)
    conn.executemany(
        "INSERT INTO tag (id, name, key) VALUES (?,?,?)",
        [(i, name, name.casefold()) for i, name in enumerate(TAGS, 1)],
    )
    counts = {"tags": len(TAGS)}
    # (link table, record column, number of records, share of records tagged)
    links = [
        ("mentee_tag", "mentee_id", mentees, 0.5),
        ("session_tag", "session_id", sessions, 0.2),
        ("goal_tag", "goal_id", goals, 0.2),
        ("reflection_tag", "reflection_id", reflections, 0.2),
    ]
    for table, column, records, share in links:
        if table not in tables:
            continue
        rows = []
        for record in range(1, records + 1):
            if rng.random() < share:
                for tag in rng.sample(range(1, len(TAGS) + 1), rng.randint(1, 3)):
                    rows.append((record, tag))
        conn.executemany(f"INSERT INTO {table} ({column}, tag_id) VALUES (?,?)", rows)
        counts[table + "s"] = len(rows)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="large")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    started = time.perf_counter()
    counts = generate(args.out, SIZES[args.size], args.seed)
    took = time.perf_counter() - started
    size_mb = args.out.stat().st_size / 1e6
    print(f"{args.out}: {counts} in {took:.1f} s, {size_mb:.0f} MB")


if __name__ == "__main__":
    main()
