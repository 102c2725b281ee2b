"""The command line: `mentorjournal [--db PATH] [COMMAND ...]`, free of Qt.

Without a command the GUI opens; with one, a command works on the journal through the services.
Modules here import argparse and the standard library at the top and nothing else heavy: a
command imports the store, the services or the demo generator inside its `run`.
"""

from .main import build_parser, main

__all__ = ["build_parser", "main"]
