"""Spare every later import PySide6's scan of its source (PYSIDE-2029).

Once PySide6 is imported, its import hook (shibokensupport's `__feature__` support) reads the
source file of every module imported after it, looking for the word "PySide6", to decide
whether `from __feature__ import snake_case` could apply there. Mentor Journal never uses
those features, and the scan is not free: SQLAlchemy, SQLModel and pydantic alone are about 300
modules, which then import ~30-50% slower (measured: 0.46 s of CPU for `import sqlmodel` before
Qt, 0.54-0.70 s after it), and so is every module of the app, matplotlib and fpdf2 imported on
first use. Telling the hook that no module uses the features restores plain import speed; the
features stay off everywhere, as they are by default (issue 7, cold start).
"""

from __future__ import annotations

import sys
from types import ModuleType

__all__ = ["skip_feature_scan"]


def _uses_no_feature(_module: ModuleType) -> bool:
    return False


def skip_feature_scan() -> bool:
    """Make PySide6's import hook skip its source scan; False when this PySide6 has no such
    hook (then nothing is changed and imports are only slower)."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_no_feature  # type: ignore[attr-defined]
    return True
