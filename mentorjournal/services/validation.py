"""Checks on what a trainer typed, collected per field into one `ValidationError`.

Messages are sentences a trainer can act on; they name the field as the editor labels it,
never echo the text that was typed (it may be confidential).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date, datetime

from ..store.errors import ValidationError

# A date outside these years is almost surely a typing slip (2205 for 2025); refuse it kindly.
MIN_YEAR = 1900
MAX_YEAR = 2200


class Problems:
    """Collects field problems; `raise_if_any()` raises them together, as one error."""

    def __init__(self) -> None:
        self.fields: dict[str, str] = {}

    def add(self, field: str, message: str) -> None:
        self.fields.setdefault(field, message)

    def raise_if_any(self) -> None:
        if self.fields:
            raise ValidationError(self.fields)

    def required_text(self, field: str, value: str, label: str) -> None:
        if not value or not value.strip():
            self.add(field, f"{label} cannot be empty.")

    def no_nul(self, fields: Iterable[tuple[str, str]]) -> None:
        """NUL characters break C-based tools reading exports and hide text after them; a
        lone surrogate (half of an emoji, from a broken paste or file) cannot be stored in
        UTF-8 at all. Every other character is stored exactly as typed."""
        for field, value in fields:
            problem = unstorable(value)
            if problem:
                self.add(field, problem)

    def sensible_date(self, field: str, value: date | datetime | None, label: str) -> None:
        if value is not None and not (MIN_YEAR <= value.year <= MAX_YEAR):
            self.add(field, f"{label} must be between the years {MIN_YEAR} and {MAX_YEAR}.")

    def not_before(
        self, field: str, later: date | None, earlier: date | None, message: str
    ) -> None:
        if later is not None and earlier is not None and later < earlier:
            self.add(field, message)

    def in_range(
        self, field: str, value: float | None, low: float, high: float, label: str
    ) -> None:
        if value is None:
            return
        if isinstance(value, float) and not math.isfinite(value):
            self.add(field, f"{label} must be a number.")
        elif not (low <= value <= high):
            self.add(field, f"{label} must be between {low:g} and {high:g}.")

    def finite(self, field: str, value: float | None, label: str) -> None:
        if value is not None and not math.isfinite(value):
            self.add(field, f"{label} must be a number.")


def unstorable(text: str) -> str | None:
    """Why `text` cannot be stored, or None when it can (all of Unicode but these)."""
    if "\x00" in text:
        return "This text contains a NUL character, which cannot be stored."
    try:
        text.encode("utf-8")  # C speed, also for notes of several megabytes
    except UnicodeEncodeError:
        return (
            "This text contains a broken character (half of an emoji or symbol), which "
            "cannot be stored. Type or paste that part again."
        )
    return None


def text_fields(obj: object, names: Iterable[str]) -> list[tuple[str, str]]:
    """(name, value) pairs of the string attributes `names` of `obj`, for `Problems.no_nul`."""
    return [(n, getattr(obj, n)) for n in names if isinstance(getattr(obj, n), str)]
