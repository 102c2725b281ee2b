"""Opening the GUI when no command is given, or explaining in one line why it cannot open."""

from __future__ import annotations

import argparse
import os
import sys

from .common import EXIT_USAGE, PROG, print_error
from .display import display_problem, missing_library_message


def launch_gui(args: argparse.Namespace) -> int:
    problem = display_problem(os.environ, sys.platform)
    if problem is not None:
        print_error(problem)
        return EXIT_USAGE
    try:
        probe_qt()
    except ImportError as error:
        message = missing_library_message(str(error))
        if message is None:
            raise
        print_error(message)
        return EXIT_USAGE

    from ..app import run_gui
    from ..store.journal import resolve_journal_path

    status: int = run_gui(resolve_journal_path(args.db), [PROG])
    return status


def probe_qt() -> None:
    """Import Qt's widgets before the app module: a missing system library shows up here as an
    ImportError naming the library, which `launch_gui` turns into an install hint."""
    import PySide6.QtWidgets  # noqa: F401
