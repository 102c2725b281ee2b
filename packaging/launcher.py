"""Entry script of the PyInstaller bundle (packaging/mentorjournal.spec): the same `main` as the
`mentorjournal` command, after `freeze_support`, which a frozen app needs so that a worker
process (the slow passphrase work of encrypted exports) can start from the bundle's executable.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # returns at once unless this process is such a worker
    if sys.argv[1:2] == ["--age-worker"]:
        # The passphrase child (mentorjournal/crypto/passphrase.py): a frozen app cannot run
        # `python -c`, so it starts this executable with --age-worker instead.
        from mentorjournal.crypto._worker import main as age_worker

        age_worker()
        sys.exit(0)
    from mentorjournal.__main__ import main

    sys.exit(main())
