"""A bundle's records read and checked one at a time, before any is compared with the journal.

Each record of the file becomes an `IncomingRecord`: its public id, time stamps, field values
checked by the model's own validator, its links (as public ids), tags and attendees. A record
that could not be stored, or that the editors would refuse, raises `BundleInvalid` naming the
record, so a bad file is turned away before the import's transaction starts. Nothing here
reads the journal: the checks depend on the file only.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from pydantic import ValidationError as PydanticError

from ..models.tag_names import clean_tags
from .bundle import stamp_from_json
from .errors import BundleInvalid
from .kinds import Kind
from .plan import Action

# The years a trainer can enter at any date field (services/validation.py, which this floor
# cannot import): a file is held to the same rule, so no view meets a year the editors refuse.
FIRST_YEAR = 1900
LAST_YEAR = 2200


@dataclass
class IncomingRecord:
    """One record of the bundle, checked, with what the import plans to do with it."""

    kind: Kind
    index: int
    public_id: str
    created_at: datetime
    updated_at: datetime
    values: dict[str, Any]  # validated field values present in the file
    all_values: dict[str, Any]  # the same with model defaults for absent fields (for adding)
    refs: dict[str, str | None]  # column -> public id
    tags: list[str] | None
    attendees: list[tuple[str, int | None]] = field(default_factory=list)
    action: Action = Action.ADD
    local_id: int | None = None


def validate_record(kind: Kind, index: int, record: dict[str, Any]) -> IncomingRecord:
    """Record `index` of `kind` in the file, checked; `BundleInvalid` says what is wrong."""
    where = f"{kind.label.lower()}, record {index + 1}"
    public_id = record.get("public_id")
    if not isinstance(public_id, str) or not 0 < len(public_id) <= 36 or "\x00" in public_id:
        raise BundleInvalid(where, "its public id is missing or malformed")
    try:
        created = stamp_from_json(record.get("created_at"))
        updated = stamp_from_json(record.get("updated_at"))
    except (ValueError, TypeError):
        raise BundleInvalid(where, "its time stamps are missing or malformed") from None
    present = {n: record[n] for n in kind.field_names if n in record}
    try:
        # pydantic's validator itself: SQLModel's model_validate wrapper costs ten times more
        # per record, which counts over 200,000 records (these are not table models).
        model = kind.fields.__pydantic_validator__.validate_python(present)
    except PydanticError as error:
        fields = ", ".join(str(e["loc"][0]) for e in error.errors() if e["loc"])
        raise BundleInvalid(where, f"invalid value in {fields or 'a field'}") from None
    fields = model.__dict__
    all_values = {n: fields[n] for n in kind.field_names}
    values = {n: all_values[n] for n in present}
    _check_values(kind, where, all_values)
    refs: dict[str, str | None] = {}
    for ref in kind.refs:
        target = record.get(ref.key)
        if target is not None and not isinstance(target, str):
            raise BundleInvalid(where, f"its {ref.key} link is malformed")
        if target is None and ref.required:
            raise BundleInvalid(where, f"it has no {ref.key}")
        refs[ref.column] = target
    tags: list[str] | None = None
    if kind.tags and "tags" in record:
        raw = record["tags"]
        if not isinstance(raw, list) or not all(isinstance(t, str) for t in raw):
            raise BundleInvalid(where, "its tags are malformed")
        tags = clean_tags(raw)
        if any(len(t) > 100 for t in tags):
            raise BundleInvalid(where, "a tag is too long")
        for tag in tags:
            if (problem := _unstorable(tag)) is not None:
                raise BundleInvalid(where, f"a tag holds {problem}")
    attendees: list[tuple[str, int | None]] = []
    if kind.name == "sessions":
        raw = record.get("attendees", [])
        if not isinstance(raw, list) or not raw:
            raise BundleInvalid(where, "a session needs at least one attendee")
        for entry in raw:
            mentee = entry.get("mentee") if isinstance(entry, dict) else None
            confidence = entry.get("confidence") if isinstance(entry, dict) else None
            if not isinstance(mentee, str) or not (
                confidence is None or (type(confidence) is int and 1 <= confidence <= 5)
            ):
                raise BundleInvalid(where, "an attendee is malformed")
            attendees.append((mentee, confidence))
        if len({m for m, _ in attendees}) != len(attendees):
            raise BundleInvalid(where, "an attendee is listed twice")
    return IncomingRecord(
        kind, index, public_id, created, updated, values, all_values, refs, tags, attendees
    )


def _check_values(kind: Kind, where: str, values: dict[str, Any]) -> None:
    lengths = kind.lengths
    for name, value in values.items():
        if isinstance(value, str):
            if (problem := _unstorable(value)) is not None:
                raise BundleInvalid(where, f"{name} holds {problem}")
            length = lengths[name]
            if length is not None and len(value) > length:
                raise BundleInvalid(where, f"{name} is longer than {length} characters")
        elif isinstance(value, float) and not math.isfinite(value):
            raise BundleInvalid(where, f"{name} is not a number")
        elif isinstance(value, date) and not FIRST_YEAR <= value.year <= LAST_YEAR:
            raise BundleInvalid(where, f"{name} is outside the years {FIRST_YEAR} to {LAST_YEAR}")
    if kind.name == "skill_ratings" and not 1 <= values["rating"] <= 5:
        raise BundleInvalid(where, "a rating must be between 1 and 5")
    percent = values.get("percent") if kind.name == "check_ins" else None
    if percent is not None and not 0 <= percent <= 100:
        raise BundleInvalid(where, "a percentage must be between 0 and 100")


def _unstorable(text: str) -> str | None:
    """What in `text` cannot be stored, or None. JSON's "\\ud800" escapes give Python lone
    surrogates, which no UTF-8 database takes: refused here like NUL, with the file named,
    instead of failing inside the transaction (the rule of services/validation.py, which
    this floor cannot import)."""
    if "\x00" in text:
        return "a NUL character"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "a broken character (half of an emoji or symbol)"
    return None


def describe(item: IncomingRecord) -> str:
    """A short label of a conflicting record for the preview (shown on screen only)."""
    values = item.all_values
    for name in ("full_name", "name", "title", "text", "topics"):
        if values.get(name):
            text = str(values[name]).replace("\n", " ")
            return text if len(text) <= 60 else text[:57] + "..."
    for name in ("started_at", "checked_on", "written_on", "rated_on"):
        if values.get(name):
            return str(values[name])
    return item.public_id
