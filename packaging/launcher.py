"""Entry script of the PyInstaller bundle (packaging/mentorjournal.spec): the same `main` as the
`mentorjournal` command, after `freeze_support`, which a frozen app needs so that a worker
process (the slow passphrase work of encrypted exports) can start from the bundle's executable.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # returns at once unless this process is such a worker
    from mentorjournal.__main__ import main

    sys.exit(main())
