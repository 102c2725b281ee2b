"""A guard against PySide6 6.12.0 losing references to None on Python 3.11.

PySide6/shiboken 6.12.0 hands back `None` from every method that returns nothing (`update()`,
`setFont()`, `drawText()`, `setObjectName()`...) without taking a reference to it; the caller
then drops one. On Python 3.12 and later None is immortal and nothing happens; on 3.11 its
reference count falls by one per call. The app holds about 50,000 references to None, and a
repaint of the search results alone makes a few hundred such calls, so after enough painting
the count reaches zero and Python aborts ("Fatal Python error: none_dealloc"): at the latest
when the interpreter exits and lets go of its own references (benchmarks/search.py did, after
printing its table). PySide6 6.11.3 does not do this.

`keep_none_alive()` checks for the fault with a harmless call and, only when it is there, adds
a reserve of references to None that no run of the app can use up (what 3.12 does for good).
Call it once, after importing PySide6 and before building windows.
"""

from __future__ import annotations

import ctypes
import sys

# References added to None when the fault is present: at a thousand lost per repaint, a
# million repaints a second would take more than a week to use them up.
RESERVE = 1 << 50
_PROBE_CALLS = 16


def references_lost_per_call() -> float:
    """How many references to None one void PySide6 call drops (0 when PySide6 is sound)."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("")
    return (before - sys.getrefcount(None)) / _PROBE_CALLS


def keep_none_alive() -> bool:
    """Add the reserve to None's reference count if PySide6 drops references to it; say
    whether it did. Does nothing where None is immortal or on a debug build of Python."""
    if sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return False
    if references_lost_per_call() < 1:
        return False
    # CPython 3.11 (release build): ob_refcnt is the first field of every object.
    count = ctypes.c_ssize_t.from_address(id(None))
    count.value += RESERVE
    return True
