"""How tag names compare and are cleaned: shared by the services (typed tags) and imports
(tags read from a bundle). Pure functions, no tables, so importing it loads nothing else."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable


def tag_key(name: str) -> str:
    """The key that makes "Welding", "WELDING" and "welding" one tag."""
    return unicodedata.normalize("NFC", name.strip()).casefold()


def clean_tags(tags: Iterable[str]) -> list[str]:
    """Trimmed (NFC), without empties, and without repeats that differ only in case."""
    seen: set[str] = set()
    out: list[str] = []
    for tag in tags:
        tag = unicodedata.normalize("NFC", tag.strip())
        if tag and tag_key(tag) not in seen:
            seen.add(tag_key(tag))
            out.append(tag)
    return out
