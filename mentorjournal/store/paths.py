"""Where the journal is: `--db`, else $MENTORJOURNAL_DB, else the usual place for app data.

Standard library only (and platformdirs on use): the GUI resolves the path and starts the
journal's check before it imports SQLAlchemy (see `store.precheck`).
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "MENTORJOURNAL_DB"


def default_journal_path() -> Path:
    """The journal used when neither `--db` nor MENTORJOURNAL_DB says otherwise."""
    from platformdirs import user_data_path

    return user_data_path("mentorjournal", appauthor=False) / "journal.sqlite"


def resolve_journal_path(cli_path: str | os.PathLike[str] | None) -> Path:
    """`--db` wins over the environment variable, which wins over the default."""
    if cli_path:
        return Path(cli_path).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return default_journal_path()
