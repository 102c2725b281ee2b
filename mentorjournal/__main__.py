"""Entry point of `mentorjournal` and `python -m mentorjournal`.

Kept tiny on purpose: the command line lives in `mentorjournal.cli`, which imports the
database layer only once it knows a command needs it (`--version` stays instant). This module
sits above both the CLI and the GUI: it hands the CLI a way to load the GUI, so that `cli`
never imports Qt or `app` itself, and Qt loads only when the window is really opened.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path


def load_gui() -> Callable[[Path, list[str] | None], int]:
    """The GUI's `run_gui`; raises ImportError if Qt or a system library it needs is missing."""
    from mentorjournal.app import run_gui

    return run_gui


def main(argv: list[str] | None = None) -> int:
    from mentorjournal.cli import main as cli_main

    return cli_main(argv, load_gui=load_gui)


if __name__ == "__main__":
    sys.exit(main())
