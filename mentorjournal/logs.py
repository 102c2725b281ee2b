"""The log file: where unexpected errors are written for whoever supports the app.

It lives in the user's log folder (platformdirs `user_log_dir`), owner-only, and rotates at
1 MB. A journal is confidential, so the log holds no note text and no names: only what the
app itself says, and tracebacks reduced by `describe_exception` to code locations, exception
types and messages with every quoted value and SQL parameter removed (messages of the
exception types that carry user values, such as ValueError or KeyError, are dropped whole).
Qt-free: the CLI may use it too.
"""

from __future__ import annotations

import logging
import os
import re
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

LOG_FILE_NAME = "mentorjournal.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
MESSAGE_LIMIT = 300
LOGGER = "mentorjournal"

# Exceptions whose message is typically made of user values: only their type is logged.
_VALUE_CARRIERS = ("KeyError", "ValueError", "UnicodeError", "JSONDecodeError", "ValidationError")
_QUOTED = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")
_PARAMETERS = re.compile(r"\[parameters: .*?\]\s*", re.DOTALL)
_SQL = re.compile(r"\[SQL: (.*?)\]", re.DOTALL)


def log_folder() -> Path:
    from platformdirs import user_log_path

    return user_log_path("mentorjournal", appauthor=False)


def redact(message: str) -> str:
    """`message` without quoted values or SQL parameters, on one line, and not too long."""
    message = _PARAMETERS.sub("", message)
    message = _SQL.sub(lambda m: "[SQL: " + _QUOTED.sub("'…'", m.group(1)) + "]", message)
    message = _QUOTED.sub("'…'", message)
    message = " ".join(message.split())
    if "(Background on this error" in message:
        message = message.split("(Background on this error")[0].strip()
    return message if len(message) <= MESSAGE_LIMIT else message[: MESSAGE_LIMIT - 1] + "…"


def _message_of(error: BaseException) -> str:
    names = {cls.__name__ for cls in type(error).__mro__}
    if names & set(_VALUE_CARRIERS):
        return ""
    if isinstance(error, OSError):
        # strerror only: a file name may be a mentee's name.
        return error.strerror or ""
    return redact(str(error))


def describe_exception(
    exc_type: type[BaseException],
    error: BaseException,
    tb: TracebackType | None,
) -> str:
    """A traceback safe to log and to copy: files, lines, functions, exception types and
    redacted messages, for the error and the ones that caused it."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = traceback.extract_tb(current.__traceback__ if current is not error else tb)
        lines = [f'  File "{_short(f.filename)}", line {f.lineno}, in {f.name}' for f in frames]
        kind = type(current)
        name = f"{kind.__module__}.{kind.__qualname__}".removeprefix("builtins.")
        message = _message_of(current)
        parts.append("\n".join([*lines, f"{name}: {message}" if message else name]))
        current = current.__cause__ or current.__context__
        if current is not None:
            parts.append("Caused by:")
    return "Traceback (most recent call last):\n" + "\n".join(parts)


def _short(filename: str) -> str:
    """Paths inside the package relative to it; others by their last parts (a home folder
    can carry a person's name)."""
    marker = f"{os.sep}mentorjournal{os.sep}"
    if marker in filename:
        return "mentorjournal/" + filename.rsplit(marker, 1)[1].replace(os.sep, "/")
    return "/".join(Path(filename).parts[-2:])


class _OwnerOnlyHandler(RotatingFileHandler):
    """Creates its files with mode 0o600, rotated ones included."""

    def _open(self):  # type: ignore[no-untyped-def]
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        os.chmod(self.baseFilename, 0o600)
        return os.fdopen(fd, "a", encoding=self.encoding or "utf-8")


def setup_logging(folder: Path | None = None) -> Path | None:
    """Send the app's log to the log file; returns its path, or None when the folder cannot
    be written (the app then runs without a log file rather than not at all)."""
    folder = folder or log_folder()
    path = folder / LOG_FILE_NAME
    logger = logging.getLogger(LOGGER)
    for handler in list(logger.handlers):
        if isinstance(handler, _OwnerOnlyHandler):
            logger.removeHandler(handler)
            handler.close()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = _OwnerOnlyHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return path


def log_exception(
    exc_type: type[BaseException], error: BaseException, tb: TracebackType | None
) -> str:
    """Write an unexpected error to the log (redacted) and return the same text."""
    text = describe_exception(exc_type, error, tb)
    logging.getLogger(LOGGER).error("Unexpected error\n%s", text)
    return text
