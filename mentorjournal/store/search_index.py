"""The full-text search index of a journal: the one module that knows SQLite's FTS5.

Everything a trainer writes (mentee names, contacts and private notes; session topics, notes
and private notes; action items; goals; check-in notes; reflections; skill-rating notes) is
copied into one FTS5 table, `search_index`. A PostgreSQL backend would replace this module with
its own full-text search; nothing else in the app names FTS5.

Design, and why:
- One index row per (record, privacy): rowid = record id * 16 + kind * 2 + private bit. The
  rowid alone says what a hit is, and private text (a mentee's or session's private notes, a
  private reflection) sits in rows of its own, so a search can leave it out without ever
  having read it.
- SQL triggers keep the index in step inside the same transaction as the data, whatever writes
  (services, import, erasure, cascading deletes, a bare sqlite3 shell). Each trigger reads only
  its own table's row: no trigger body names another table, so rebuilding a table in a later
  migration (Alembic's batch mode copies and renames it) cannot fail on a trigger elsewhere.
  Such a migration drops the triggers of the table it rebuilds, though: it must call
  `install_triggers()` afterwards (a test checks that a journal at head has all of them).
- Which mentee a session or a check-in belongs to is resolved when searching (sessions have
  several attendees, check-ins belong to a goal), so moving attendees never rewrites the index.
- The tokenizer ignores case and accents (`unicode61 remove_diacritics 2`) and keeps
  combining marks inside words (`categories 'L* N* Co M*'`), so scripts with vowel signs and
  text typed with separate accents are not cut into letters.
- Bulk loads (the benchmark generator, imports of whole journals) drop the triggers, load, and
  rebuild: about three times faster than inserting through the triggers.
- User text never reaches MATCH as syntax: `match_expression` quotes every word and phrase.

Functions take a DB-API `sqlite3.Connection`, or an SQLAlchemy connection or session, whose
transaction they join.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

TABLE = "search_index"
# FTS5 keeps the index in these tables beside the virtual table itself.
SHADOW_SUFFIXES = ("_data", "_idx", "_content", "_docsize", "_config")
TOKENIZER = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
# Words of 2 and 3 letters typed as prefixes ("th", "the") are kept ready in the index: "the"
# would otherwise merge the lists of the, then, there, they... on each search (220 ms instead
# of 70 ms on a ten-year journal), for about a fifth more index.
PREFIX_INDEX = "2 3"
# bm25 weights of (title, body): names and titles weigh more than a mention in a long note.
RANK_WEIGHTS = "4.0, 1.0"
# A one-letter prefix would list every word starting with that letter: too slow, too vague.
MIN_PREFIX = 2


class RecordKind(IntEnum):
    """What an index row was copied from (its code is part of the rowid; never renumber)."""

    MENTEE = 0
    SESSION = 1
    ACTION_ITEM = 2
    GOAL = 3
    CHECK_IN = 4
    REFLECTION = 5
    SKILL_RATING = 6


@dataclass(frozen=True)
class _Part:
    """One index row made from a record: its title and body expressions, and when it exists."""

    private: bool
    title: str
    body: str
    when: str = "1"


@dataclass(frozen=True)
class _Source:
    table: str
    kind: RecordKind
    mentee: str  # expression for the mentee_id column (NULL: resolved when searching)
    day: str
    columns: tuple[str, ...]  # the columns the rows depend on (UPDATE OF ...)
    parts: tuple[_Part, ...]


def _join(*columns: str) -> str:
    """Columns as one text, a line each (NULLs and empty ones skipped)."""
    return (
        "ltrim("
        + " || ".join(f"coalesce(char(10) || nullif(X.{c}, ''), '')" for c in columns)
        + ", char(10))"
    )


SOURCES: tuple[_Source, ...] = (
    _Source(
        "mentee",
        RecordKind.MENTEE,
        "X.id",
        "coalesce(X.start_date, substr(X.created_at, 1, 10))",
        ("full_name", "preferred_name", "contact", "private_notes", "start_date"),
        (
            _Part(False, _join("full_name", "preferred_name"), _join("contact")),
            _Part(True, "''", _join("private_notes")),
        ),
    ),
    _Source(
        "mentoring_session",
        RecordKind.SESSION,
        "NULL",
        "substr(X.started_at, 1, 10)",
        ("topics", "notes", "private_note", "started_at"),
        (
            _Part(False, _join("topics"), _join("notes")),
            _Part(True, "''", _join("private_note")),
        ),
    ),
    _Source(
        "action_item",
        RecordKind.ACTION_ITEM,
        "X.mentee_id",
        "coalesce(X.due_date, substr(X.created_at, 1, 10))",
        ("text", "due_date", "mentee_id"),
        (_Part(False, "''", _join("text")),),
    ),
    _Source(
        "goal",
        RecordKind.GOAL,
        "X.mentee_id",
        "coalesce(X.target_date, substr(X.created_at, 1, 10))",
        ("title", "specific", "measure", "achievable", "relevant", "target_date", "mentee_id"),
        (_Part(False, _join("title"), _join("specific", "measure", "achievable", "relevant")),),
    ),
    _Source(
        "goal_check_in",
        RecordKind.CHECK_IN,
        "NULL",
        "X.checked_on",
        ("note", "checked_on"),
        (_Part(False, "''", _join("note")),),
    ),
    _Source(
        "reflection",
        RecordKind.REFLECTION,
        "X.mentee_id",
        "X.written_on",
        (
            "text",
            "what_happened",
            "went_well",
            "to_change",
            "next_steps",
            "is_private",
            "written_on",
            "mentee_id",
        ),
        tuple(
            _Part(
                private,
                "''",
                _join("text", "what_happened", "went_well", "to_change", "next_steps"),
                "X.is_private" if private else "NOT X.is_private",
            )
            for private in (False, True)
        ),
    ),
    _Source(
        "skill_rating",
        RecordKind.SKILL_RATING,
        "X.mentee_id",
        "X.rated_on",
        ("note", "rated_on", "mentee_id"),
        (_Part(False, "''", _join("note")),),
    ),
)


# --- connections ------------------------------------------------------------------------
def _dbapi(connection: Any) -> sqlite3.Connection:
    """The sqlite3 connection under an SQLAlchemy session or connection (same transaction)."""
    if isinstance(connection, sqlite3.Connection):
        return connection
    if hasattr(connection, "connection") and callable(connection.connection):  # a Session
        connection = connection.connection()
    raw = connection.connection.driver_connection  # an SQLAlchemy Connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


# --- the schema -------------------------------------------------------------------------
def owns_table(name: str) -> bool:
    """Whether `name` is the index or one of FTS5's tables behind it (not journal records)."""
    return name == TABLE or any(name == TABLE + suffix for suffix in SHADOW_SUFFIXES)


def include_name(name: str | None, type_: str, _parent: object) -> bool:
    """For Alembic's comparison with the models: the index is not one of the models' tables."""
    return not (type_ == "table" and name is not None and owns_table(name))


def _rowid(source: _Source, part: _Part) -> str:
    return f"X.id * 16 + {source.kind * 2 + int(part.private)}"


def _select(source: _Source, part: _Part, alias: str, from_table: bool) -> str:
    """The index row `part` of a record: (rowid, title, body, mentee_id, day), if it has text."""
    title, body = part.title, part.body
    sql = (
        f"SELECT {_rowid(source, part)} AS id, {title} AS t, {body} AS b,"
        f" {source.mentee} AS m, {source.day} AS d"
        + (f" FROM {source.table} AS X" if from_table else "")
        + f" WHERE ({part.when}) AND ({title} <> '' OR {body} <> '')"
    )
    return sql.replace("X.", f"{alias}.").replace("AS X", f"AS {alias}")


def _insert(source: _Source, part: _Part, alias: str, from_table: bool) -> str:
    return f"INSERT INTO {TABLE}(rowid, title, body, mentee_id, day) " + _select(
        source, part, alias, from_table
    )


def _delete(source: _Source, alias: str) -> str:
    # Two equality deletes: FTS5 finds a rowid directly, and a missing one is no error.
    base = f"{alias}.id * 16 + {source.kind * 2}"
    return (
        f"DELETE FROM {TABLE} WHERE rowid = {base}; DELETE FROM {TABLE} WHERE rowid = {base} + 1;"
    )


def _trigger_names(source: _Source) -> tuple[str, str, str]:
    prefix = f"{TABLE}_{source.table}"
    return (f"{prefix}_insert", f"{prefix}_update", f"{prefix}_delete")


def trigger_names() -> list[str]:
    return [name for source in SOURCES for name in _trigger_names(source)]


def _trigger_sql(source: _Source) -> list[str]:
    on_insert, on_update, on_delete = _trigger_names(source)
    inserts = " ".join(_insert(source, part, "new", False) + ";" for part in source.parts)
    columns = ", ".join(source.columns)
    return [
        f"CREATE TRIGGER {on_insert} AFTER INSERT ON {source.table} BEGIN {inserts} END",
        f"CREATE TRIGGER {on_update} AFTER UPDATE OF {columns} ON {source.table} "
        f"BEGIN {_delete(source, 'old')} {inserts} END",
        f"CREATE TRIGGER {on_delete} AFTER DELETE ON {source.table} "
        f"BEGIN {_delete(source, 'old')} END",
    ]


def install(connection: Any) -> None:
    """Create the index, fill it from the journal's records, and start keeping it in step."""
    conn = _dbapi(connection)
    conn.execute(
        f"CREATE VIRTUAL TABLE {TABLE} USING fts5(title, body, mentee_id UNINDEXED, "
        f"day UNINDEXED, prefix = '{PREFIX_INDEX}', tokenize = \"{TOKENIZER}\")"
    )
    _fill(conn)
    install_triggers(conn)


def _fill(conn: sqlite3.Connection) -> None:
    for source in SOURCES:
        for part in source.parts:
            conn.execute(_insert(source, part, "X", True))
    # One b-tree segment instead of one per batch: smaller and faster to search.
    conn.execute(f"INSERT INTO {TABLE}({TABLE}) VALUES ('optimize')")


def install_triggers(connection: Any) -> None:
    """(Re)create the triggers that keep the index in step; those present are replaced."""
    conn = _dbapi(connection)
    drop_triggers(conn)
    for source in SOURCES:
        for sql in _trigger_sql(source):
            conn.execute(sql)


def drop_triggers(connection: Any) -> None:
    conn = _dbapi(connection)
    for name in trigger_names():
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")


def uninstall(connection: Any) -> None:
    """Remove the index and its triggers (downgrade, or before a rebuild)."""
    conn = _dbapi(connection)
    drop_triggers(conn)
    conn.execute(f"DROP TABLE IF EXISTS {TABLE}")


def rebuild(connection: Any) -> None:
    """Make the index again from the records (missing, damaged or out of step)."""
    conn = _dbapi(connection)
    uninstall(conn)
    install(conn)


@contextmanager
def bulk_load(connection: Any) -> Iterator[None]:
    """Write many records without the triggers, then index them all at once (~3x faster).

    For generators and whole-journal imports, inside one transaction: the index is never seen
    out of step by anyone else.
    """
    conn = _dbapi(connection)
    drop_triggers(conn)
    yield
    rebuild(conn)


def forget_deleted(connection: Any) -> None:
    """Merge the index into one segment so deleted text no longer sits in older segments.

    FTS5 records a deletion as a note in a new segment and keeps the old one until segments
    are merged; after an erasure the erased words would stay in the file. Merging writes the
    whole index again (about a second on a ten-year journal); with secure_delete the freed
    pages are zeroed. Call it in the erasing transaction, before the WAL checkpoint.
    """
    conn = _dbapi(connection)
    if _exists(conn):
        conn.execute(f"INSERT INTO {TABLE}({TABLE}) VALUES ('optimize')")


# --- checking ---------------------------------------------------------------------------
def _exists(conn: sqlite3.Connection) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)
    ).fetchone()
    return row is not None


def _expected_rows_sql() -> str:
    return " UNION ALL ".join(
        _select(source, part, "X", True) for source in SOURCES for part in source.parts
    )


def problems(connection: Any) -> list[str]:
    """What is wrong with the index, in plain words ([] when it is sound and in step)."""
    conn = _dbapi(connection)
    if not _exists(conn):
        return ["The search index is missing."]
    found: list[str] = []
    present = {
        str(row[0]) for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    }
    missing = [name for name in trigger_names() if name not in present]
    if missing:
        found.append(f"{len(missing)} of the search index's triggers are missing.")
    try:
        conn.execute(f"INSERT INTO {TABLE}({TABLE}) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as e:
        found.append(f"The search index is damaged ({e}).")
        return found
    # Rows compared by rowid, lengths, mentee and day rather than whole texts: ten times
    # faster on a large journal, and missing triggers show as missing or stale rows.
    columns = "rowid, length(title), length(body), mentee_id, day"
    conn.execute(
        "CREATE TEMP TABLE search_index_expected AS"
        f" SELECT id, length(t) AS t, length(b) AS b, m, d FROM ({_expected_rows_sql()})"
    )
    try:
        expected = "SELECT * FROM temp.search_index_expected"
        index = f"SELECT {columns} FROM {TABLE}"
        stale = conn.execute(f"SELECT count(*) FROM ({index} EXCEPT {expected})").fetchone()[0]
        absent = conn.execute(f"SELECT count(*) FROM ({expected} EXCEPT {index})").fetchone()[0]
    finally:
        conn.execute("DROP TABLE temp.search_index_expected")
    if stale or absent:
        found.append(
            f"The search index is out of step with the records "
            f"({absent} missing or changed, {stale} stale)."
        )
    return found


def repair(connection: Any) -> list[str]:
    """Rebuild the index if it is missing, damaged or out of step; say what was wrong."""
    found = problems(connection)
    if found:
        rebuild(connection)
    return found


# --- searching --------------------------------------------------------------------------
def _is_word_char(char: str) -> bool:
    return unicodedata.category(char)[0] in "LNM" or unicodedata.category(char) == "Co"


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def terms(text: str) -> list[tuple[str, bool]]:
    """The words and "quoted phrases" of a trainer's query: (text, is_phrase), in order.

    An unclosed quote runs to the end. Pieces without a letter or digit are dropped.
    """
    found: list[tuple[str, bool]] = []
    rest = text.replace("\x00", " ")
    while rest:
        before, quote, after = rest.partition('"')
        found += [(word, False) for word in before.split()]
        if not quote:
            break
        phrase, _close, rest = after.partition('"')
        if phrase.strip():
            found.append((" ".join(phrase.split()), True))
    return [(t, phrase) for t, phrase in found if any(_is_word_char(c) for c in t)]


def match_expression(text: str) -> str | None:
    """A safe FTS5 query for what a trainer typed, or None when there is nothing to find.

    Every piece is quoted, so operators (AND, OR, NOT, NEAR), column filters (`title:`),
    `-`, `*`, `^` and parentheses are just text. Words match as prefixes ("weld" finds
    "welding"); quoted phrases match as typed; all pieces must be there.
    """
    pieces = []
    for term, phrase in terms(text):
        last_word = "".join(c if _is_word_char(c) else " " for c in term).split()[-1]
        prefix = not phrase and len(last_word) >= MIN_PREFIX
        pieces.append(_quoted(term) + ("*" if prefix else ""))
    return " AND ".join(pieces) if pieces else None


@dataclass(frozen=True, slots=True)
class IndexHit:
    """One row of the index that matched: which record, how well, and its indexed text."""

    kind: RecordKind
    record_id: int
    private: bool
    mentee_id: int | None  # None for sessions and check-ins (resolved by the caller)
    day: str | None
    title: str
    body: str
    score: float  # lower is better (bm25)


@dataclass(frozen=True, slots=True)
class IndexResult:
    """The best hits; `windowed` when the words were so common that only the newest
    `RANK_WINDOW` matching rows were ranked."""

    hits: list[IndexHit]
    windowed: bool


# Ranking costs a few microseconds per matching row (bm25 reads each row's positions and
# length). A word in most of a ten-year journal's notes ("the": 110,000 rows) would take a
# second; ranking only the newest rows that match keeps every search under ~0.2 s and still
# puts the best of them first. Rarer words are ranked over all their rows.
RANK_WINDOW = 5_000


def _mentee_rowids() -> str:
    """SQL for every index rowid that belongs to mentee :m (sessions by attendance)."""
    parts = [f"SELECT :m * 16 + {RecordKind.MENTEE * 2 + p}" for p in (0, 1)]
    for p in (0, 1):
        parts.append(
            f"SELECT session_id * 16 + {RecordKind.SESSION * 2 + p}"
            " FROM session_attendee WHERE mentee_id = :m"
        )
    parts.append(
        f"SELECT c.id * 16 + {RecordKind.CHECK_IN * 2} FROM goal_check_in AS c"
        " JOIN goal AS g ON g.id = c.goal_id WHERE g.mentee_id = :m"
    )
    for source in SOURCES:
        if source.mentee == "X.mentee_id":
            for part in source.parts:
                code = source.kind * 2 + int(part.private)
                parts.append(f"SELECT id * 16 + {code} FROM {source.table} WHERE mentee_id = :m")
    return " UNION ALL ".join(parts)


def find(
    connection: Any,
    text: str,
    *,
    mentee_id: int | None = None,
    include_private: bool = True,
    limit: int = 100,
    window: int = RANK_WINDOW,
) -> IndexResult:
    """The best `limit` index rows for `text`, best first (bm25, titles weighing more)."""
    expression = match_expression(text)
    if expression is None:
        return IndexResult([], False)
    conn = _dbapi(connection)
    if not _exists(conn):  # until "Check journal" rebuilds it, nothing is found
        return IndexResult([], False)
    params: dict[str, object] = {"q": expression, "m": mentee_id, "n": limit, "k": window}
    where = f"{TABLE} MATCH :q"
    if not include_private:
        where += " AND (rowid & 1) = 0"
    if mentee_id is not None:
        # `+rowid`: a filter on each match, not a lookup per rowid (FTS5 would run the whole
        # query again for each of them).
        where += f" AND +rowid IN ({_mentee_rowids()})"
    cut = conn.execute(
        f"SELECT rowid FROM {TABLE} WHERE {where} ORDER BY rowid DESC LIMIT 1 OFFSET :k", params
    ).fetchone()
    if cut is not None:
        where += " AND rowid > :cut"
        params["cut"] = cut[0]
    ranked = conn.execute(
        f"SELECT rowid, bm25({TABLE}, {RANK_WEIGHTS}) AS score FROM {TABLE} WHERE {where}"
        " ORDER BY score LIMIT :n",
        params,
    ).fetchall()
    if not ranked:
        return IndexResult([], cut is not None)
    # The text of the few best rows, by rowid (no MATCH: a direct lookup each).
    marks = ", ".join("?" * len(ranked))
    rows = {
        row[0]: row[1:]
        for row in conn.execute(
            f"SELECT rowid, title, body, mentee_id, day FROM {TABLE} WHERE rowid IN ({marks})",
            [r[0] for r in ranked],
        )
    }
    hits = []
    for rowid, score in ranked:
        title, body, mentee, day = rows[rowid]
        hits.append(
            IndexHit(
                kind=RecordKind((rowid & 15) >> 1),
                record_id=rowid >> 4,
                private=bool(rowid & 1),
                mentee_id=int(mentee) if mentee is not None else None,
                day=str(day) if day else None,
                title=str(title or ""),
                body=str(body or ""),
                score=float(score),
            )
        )
    return IndexResult(hits, cut is not None)
