"""Opening the GUI when no command is given, or explaining in one line why it cannot open.

The GUI itself is loaded through the `load_gui` function the entry point passes in: this
package never imports Qt or `mentorjournal.app` (tests/test_architecture.py checks that).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeAlias

from .common import EXIT_USAGE, PROG, print_error
from .display import display_problem, missing_library_message

RunGui: TypeAlias = Callable[[Path, list[str] | None], int]
LoadGui: TypeAlias = Callable[[], RunGui]


def launch_gui(args: argparse.Namespace, load_gui: LoadGui | None) -> int:
    if load_gui is None:
        print_error(f"No window from this entry point; run '{PROG}' to open the app.")
        return EXIT_USAGE
    # Before Qt loads: without a display, Qt aborts the process instead of raising.
    problem = display_problem(os.environ, sys.platform)
    if problem is not None:
        print_error(problem)
        return EXIT_USAGE
    try:
        run_gui = load_gui()
    except ImportError as error:
        # A missing system library (libEGL, libxkbcommon...) shows up here, naming the
        # library; anything else is a broken installation and a bug to report.
        message = missing_library_message(str(error))
        if message is None:
            raise
        print_error(message)
        return EXIT_USAGE

    from ..store.paths import resolve_journal_path

    return run_gui(resolve_journal_path(args.db), [PROG])
