"""Is the journal file sound? A quick check on every open, a full check on request.

`quick_check` runs SQLite's `PRAGMA quick_check` (every page and b-tree, not index contents;
~0.1 s for 65-100 MB) on a read-only connection that cannot write a byte to the file, so a
damaged journal is refused before the app writes to it and makes things worse. `full_check`
adds `integrity_check` (index contents too) and `foreign_key_check` (rows pointing to records
that are gone) and says in plain words what it found, table by table.
"""

from __future__ import annotations

import os
import sqlite3
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from . import search_index
from .errors import JournalDamaged
from .schema import connect_read_only, database_error

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from .journal import Journal

# SQLite stops after this many problems; a damaged file can have thousands.
MAX_PROBLEMS = 100

# What a trainer calls the records of each table.
PLAIN_NAMES: dict[str, str] = {
    "mentee": "mentees",
    "mentoring_session": "sessions",
    "session_attendee": "session attendees",
    "action_item": "action items",
    "goal": "goals",
    "goal_check_in": "goal check-ins",
    "reflection": "reflections",
    "skill": "skills",
    "skill_rating": "skill ratings",
    "tag": "tags",
    "mentee_tag": "mentee tags",
    "session_tag": "session tags",
    "goal_tag": "goal tags",
    "reflection_tag": "reflection tags",
    "session_template": "session templates",
    "reflection_template": "reflection templates",
    "journal": "journal settings",
    "journal_key": "backup key",
    "alembic_version": "schema version",
}


def plain_name(table: str) -> str:
    return PLAIN_NAMES.get(table, table)


def quick_check(target: str | os.PathLike[str] | Engine) -> None:
    """Raise JournalDamaged unless SQLite's quick check passes on `target`.

    A path is opened read-only (immutable when no -wal file is beside it), so the check never
    changes the file nor creates -wal/-shm files, whatever it finds. An engine is checked
    through one of its own connections (the journal is already open).
    """
    if isinstance(target, (str, os.PathLike)):
        path = Path(target)
        conn = connect_read_only(path)
        try:
            problems = _pragma_lines(conn, "quick_check", path)
        finally:
            conn.close()
    else:
        path = Path(target.url.database or "")
        raw = target.raw_connection()
        try:
            problems = _pragma_lines(raw.driver_connection, "quick_check", path)
        finally:
            raw.close()
    if problems:
        more = f" and {len(problems) - 1} more problems" if len(problems) > 1 else ""
        raise JournalDamaged(path, f"{problems[0]}{more}")


def _pragma_lines(conn: Any, pragma: str, path: Path) -> list[str]:
    """The problems a check pragma reports ([] when it says "ok")."""
    try:
        rows = conn.execute(f"PRAGMA {pragma}({MAX_PROBLEMS})").fetchall()
    except sqlite3.DatabaseError as e:
        raise database_error(path, e) from e
    lines = [str(row[0]) for row in rows]
    return [] if lines == ["ok"] else lines


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem of `CheckReport.problems` in parts, for a sentence in another language:
    its kind, the records concerned (plain names), how many, and SQLite's own words."""

    kind: Literal["structure", "index", "dangling"]
    records: str = ""  # plain name of the table concerned ("goals")
    refers_to: str = ""  # "dangling": plain name of the table referred to ("mentees")
    count: int = 1
    detail: str = ""  # "structure" and "index": SQLite's message, as it gave it


@dataclass(frozen=True, slots=True)
class CheckReport:
    """What `full_check` found. `problems` are sentences for a trainer; the counts say where."""

    path: Path
    rows: dict[str, int]  # records per table (plain names), to show what the journal holds
    problems: list[str] = field(default_factory=list)
    problems_per_table: dict[str, int] = field(default_factory=dict)  # plain table names
    # What was wrong and is now put right (the search index rebuilt): not a problem any more.
    repaired: list[str] = field(default_factory=list)
    # What was wrong and could be put right, but the check was told not to write (the app
    # has the journal open while the CLI checks it): not damage either, just not repaired.
    repairable: list[str] = field(default_factory=list)
    # The same problems as `problems`, in parts (same order), for the app's translations.
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def full_check(journal: Journal, *, repair: bool = True) -> CheckReport:
    """Check every page, index and reference of an open journal; may take a second or two on
    a large journal (integrity_check ~0.3 s per 100 MB). Writes nothing, except that a search
    index found missing or out of step with the records (of a sound file) is rebuilt; with
    `repair=False` it is only reported (`repairable`) and nothing at all is written."""
    raw = journal.engine.raw_connection()
    try:
        conn: sqlite3.Connection = raw.driver_connection  # type: ignore[assignment]
        report = _full_check(conn, journal.path)
        if report.ok and repair:
            repaired = search_index.repair(conn)
            conn.commit()
            report = replace(report, repaired=repaired)
        elif report.ok:
            # problems() writes only to a temporary table; roll that back all the same.
            found = search_index.problems(conn)
            conn.rollback()
            report = replace(report, repairable=found)
        return report
    finally:
        raw.close()


def check_file(path: str | os.PathLike[str]) -> CheckReport:
    """`full_check` on a journal file that no one has open (a backup about to be restored),
    through a read-only connection: reads only, whatever it finds."""
    path = Path(path)
    conn = connect_read_only(path)
    try:
        return _full_check(conn, path)
    finally:
        conn.close()


def _full_check(conn: sqlite3.Connection, path: Path) -> CheckReport:
    index_tables = dict(
        conn.execute("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index'").fetchall()
    )
    tables = [
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
        if not search_index.owns_table(str(row[0]))  # the index, not records
    ]
    problems: list[str] = []
    findings: list[Finding] = []
    per_table: Counter[str] = Counter()

    structure = _pragma_lines(conn, "integrity_check", path)
    for line in structure:
        table = _table_named_in(line, index_tables, tables)
        if table is None:
            problems.append(f"The file's structure is damaged: {line}.")
            findings.append(Finding("structure", detail=line))
            per_table["(file structure)"] += 1
        else:
            problems.append(
                f"An index of the {plain_name(table)} is out of step with the records ({line})."
            )
            findings.append(Finding("index", records=plain_name(table), detail=line))
            per_table[plain_name(table)] += 1

    try:
        dangling = conn.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as e:
        raise database_error(path, e) from e
    by_pair = Counter((str(row[0]), str(row[2])) for row in dangling)
    for (child, parent), count in sorted(by_pair.items()):
        records = plain_name(child)
        problems.append(
            f"{count} of the {records} refer to {plain_name(parent)} that no longer exist."
        )
        findings.append(Finding("dangling", records, plain_name(parent), count))
        per_table[records] += count

    rows: dict[str, int] = {}
    for table in tables:
        try:
            (count,) = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()
        except sqlite3.DatabaseError as e:
            raise database_error(path, e) from e
        rows[plain_name(table)] = int(count)
    return CheckReport(
        path=path,
        rows=rows,
        problems=problems,
        problems_per_table=dict(per_table),
        findings=findings,
    )


def _table_named_in(line: str, index_tables: dict[str, str], tables: list[str]) -> str | None:
    """The table an integrity_check message is about, when it names an index or a table."""
    words = line.replace(",", " ").split()
    for word in words:
        if word in index_tables:
            return index_tables[word]
    for word in words:
        if word in tables:
            return word
    return None
