"""Where the files under the top-level `resources/` folder (fonts, later translations) are found.

Three ways the app runs, three places: a source checkout or editable install (`resources/`
beside the package), a PyInstaller bundle (`resources/` inside the bundle's folder,
`sys._MEIPASS`), and a wheel install (`<prefix>/share/mentorjournal/resources`, from
pyproject's data-files). The first that exists wins.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


def _candidates() -> list[Path]:
    places = [Path(__file__).resolve().parent.parent / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        places.insert(0, Path(bundle) / "resources")
    places.append(Path(sys.prefix) / "share" / "mentorjournal" / "resources")
    return places


@cache
def resources_dir() -> Path | None:
    """The resources folder, or None when this installation has none."""
    for place in _candidates():
        if place.is_dir():
            return place
    return None


def resource(*parts: str) -> Path | None:
    """The path of a resource such as `resource("fonts", "NotoSans-Regular.ttf")`, or None."""
    base = resources_dir()
    if base is None:
        return None
    path = base.joinpath(*parts)
    return path if path.exists() else None
