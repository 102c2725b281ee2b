"""Entry point of `mentorjournal` and `python -m mentorjournal`.

Kept tiny on purpose: everything lives in `mentorjournal.cli`, which imports the database layer
or Qt only once it knows a command needs them (`--version` stays instant).
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from mentorjournal.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
