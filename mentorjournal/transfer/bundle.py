"""The bundle: the versioned JSON document an export writes (docs/export-format.md).

```
{"format": "mentorjournal-bundle", "format_version": 1, "app_version": "0.1.0",
 "exported_at": "2026-03-18T09:30:00Z", "source_journal": {...}, "scope": "journal",
 "includes_private": false, "content": {"mentees": [...], ...},
 "manifest": {"counts": {"mentees": 12, ...}, "sha256": "..."}}
```
The manifest's SHA-256 is over the canonical form of `content` (`canonical_bytes`): JSON with
sorted keys, no spaces, UTF-8, non-ASCII kept. It catches a damaged or edited plain file; an
encrypted file is protected by age's own authentication as well.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from .errors import BundleTooNew, ManifestMismatch, NotABundle

FORMAT_NAME = "mentorjournal-bundle"
FORMAT_VERSION = 1


def to_json_value(value: Any) -> Any:
    """A field value as the bundle writes it: dates ISO, datetimes ISO (aware ones in UTC with
    "Z"), enums by their stored value; floats must be finite."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return stamp_to_json(value)
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError("not a finite number")
    return value


def stamp_to_json(value: datetime) -> str:
    """A created/updated stamp: UTC, "Z". SQLite hands them back naive; they are UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def stamp_from_json(value: Any) -> datetime:
    """A stamp from the bundle, timezone-aware in UTC (what the journal's columns take)."""
    if not isinstance(value, str):
        raise ValueError("a time stamp must be text")
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        raise ValueError("a time stamp needs its time zone")
    return parsed.astimezone(UTC)


def canonical_bytes(content: Any) -> bytes:
    return json.dumps(
        content, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def content_digest(content: Any) -> str:
    return hashlib.sha256(canonical_bytes(content)).hexdigest()


def make_manifest(content: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    return {
        "counts": {name: len(records) for name, records in content.items()},
        "sha256": content_digest(content),
    }


@dataclass(frozen=True)
class Bundle:
    """A parsed, checked bundle (the manifest matched). `content` maps a kind name to its
    records as JSON objects; the import validates each record."""

    format_version: int
    app_version: str
    exported_at: str
    scope: str  # "journal" or "mentees"
    includes_private: bool
    source_journal: dict[str, Any]
    content: dict[str, list[dict[str, Any]]]

    def count(self, kind: str) -> int:
        return len(self.content.get(kind, []))


def dump(document: dict[str, Any]) -> bytes:
    """The bundle document as the bytes of the file (readable, indented JSON, UTF-8)."""
    return json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False).encode("utf-8")


def parse(data: bytes) -> Bundle:
    """Check and parse a bundle's JSON bytes. Raises `NotABundle`, `BundleTooNew` or
    `ManifestMismatch`; touches nothing."""
    if not data.strip():
        raise NotABundle("the file is empty")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a byte-order mark added by an editor
    if not data.lstrip()[:1] == b"{":
        raise NotABundle("it is not a Mentor Journal export")
    try:
        document = json.loads(data.decode("utf-8"), parse_constant=_no_constants)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise NotABundle("it is not a Mentor Journal export (not valid JSON)") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise NotABundle("it is JSON, but not a Mentor Journal export")
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise NotABundle("its format version is missing or not a number")
    if version > FORMAT_VERSION:
        raise BundleTooNew(version, FORMAT_VERSION)
    content = document.get("content")
    manifest = document.get("manifest")
    if not isinstance(content, dict) or not isinstance(manifest, dict):
        raise ManifestMismatch("its content or manifest is missing")
    for name, records in content.items():
        if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
            raise ManifestMismatch(f"the list of {name} is malformed")
    counts = manifest.get("counts")
    if not isinstance(counts, dict):
        raise ManifestMismatch("the manifest has no counts")
    for name in set(counts) | set(content):
        if counts.get(name) != len(content.get(name, [])):
            raise ManifestMismatch(f"the number of {name.replace('_', ' ')} does not match")
    try:
        digest = content_digest(content)
    except UnicodeEncodeError:  # JSON escapes spelling half of an emoji: no journal holds one
        raise ManifestMismatch("it holds a broken character (half of an emoji or symbol)") from None
    if manifest.get("sha256") != digest:
        raise ManifestMismatch("its content does not match its checksum")
    source = document.get("source_journal")
    return Bundle(
        format_version=version,
        app_version=str(document.get("app_version", "")),
        exported_at=str(document.get("exported_at", "")),
        scope="mentees" if document.get("scope") == "mentees" else "journal",
        includes_private=bool(document.get("includes_private", False)),
        source_journal=source if isinstance(source, dict) else {},
        content=content,
    )


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")
