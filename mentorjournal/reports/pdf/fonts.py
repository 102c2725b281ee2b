"""The fonts a PDF summary embeds, and their order of fallback.

Noto Sans writes Latin text; a letter it lacks falls back to Noto Sans Arabic, then Noto Sans
Ethiopic (both shipped under resources/fonts), then DejaVu Sans's symbols and a colour emoji
font when the system has them. fpdf2 embeds only the glyphs used (subsets), so a one-page
summary stays small. With uharfbuzz, fpdf2 shapes the text that needs it (document.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...resources import resource

MAIN = "NotoSans"

# System copies, used when the shipped ones are missing (e.g. a trimmed wheel install).
_SYSTEM_NOTO = Path("/usr/share/fonts/truetype/noto")
_EMOJI = (
    _SYSTEM_NOTO / "NotoColorEmoji.ttf",
    Path("/usr/share/fonts/truetype/noto-color-emoji/NotoColorEmoji.ttf"),
    Path("C:/Windows/Fonts/seguiemj.ttf"),
)
_SYMBOLS = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("C:/Windows/Fonts/seguisym.ttf"),
)


class FontsMissing(RuntimeError):
    """The PDF fonts are not installed; the message says which file is missing."""


@dataclass(frozen=True)
class FontFace:
    family: str
    style: str  # "" or "B"
    path: Path


@dataclass(frozen=True)
class FontSet:
    faces: tuple[FontFace, ...]
    fallbacks: tuple[str, ...]  # family names, in the order fpdf2 tries them


def _find(file_name: str) -> Path | None:
    return resource("fonts", file_name) or next(
        (p for p in (_SYSTEM_NOTO / file_name,) if p.exists()), None
    )


def font_set() -> FontSet:
    """The fonts to register, or FontsMissing naming the first that cannot be found."""
    faces: list[FontFace] = []
    for family, stem in (
        (MAIN, "NotoSans"),
        ("NotoSansArabic", "NotoSansArabic"),
        ("NotoSansEthiopic", "NotoSansEthiopic"),
    ):
        for style, suffix in (("", "Regular"), ("B", "Bold")):
            file_name = f"{stem}-{suffix}.ttf"
            path = _find(file_name)
            if path is None:
                raise FontsMissing(
                    f"The font {file_name} is missing: reinstall Mentor Journal "
                    "(it ships with the app under resources/fonts)."
                )
            faces.append(FontFace(family, style, path))
    fallbacks = ["NotoSansArabic", "NotoSansEthiopic"]
    # Monochrome symbols first: check boxes and arrows print like the text around them.
    for family, candidates in (("Symbols", _SYMBOLS), ("Emoji", _EMOJI)):
        found = next((p for p in candidates if p.exists()), None)
        if found is not None:
            faces.append(FontFace(family, "", found))
            fallbacks.append(family)
    return FontSet(tuple(faces), tuple(fallbacks))
