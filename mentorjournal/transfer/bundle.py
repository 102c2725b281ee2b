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
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from . import layout
from .errors import BundleTooNew, ManifestMismatch, NotABundle, TransferError
from .layout import Buffer, Span

FORMAT_NAME = "mentorjournal-bundle"
FORMAT_VERSION = 1
_NON_SPACE = re.compile(rb"\S")


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


class Bundle:
    """A parsed, checked bundle (the manifest matched). `records(kind)` gives a kind's
    records as JSON objects, one at a time (the import validates each record); `content`
    gives them all at once (for small bundles and tests)."""

    def __init__(
        self,
        *,
        format_version: int,
        app_version: str,
        exported_at: str,
        scope: str,
        includes_private: bool,
        source_journal: dict[str, Any],
        content: dict[str, list[dict[str, Any]]] | None = None,
        lines: tuple[Buffer, dict[str, Span]] | None = None,
    ) -> None:
        self.format_version = format_version
        self.app_version = app_version
        self.exported_at = exported_at
        self.scope = scope  # "journal" or "mentees"
        self.includes_private = includes_private
        self.source_journal = source_journal
        # Either the parsed lists (a file in another layout) or the file's bytes and where
        # each kind's lines are in them (the line layout, read record by record).
        self._content = content
        self._lines = lines

    def count(self, kind: str) -> int:
        if self._lines is not None:
            span = self._lines[1].get(kind)
            return span.count if span is not None else 0
        assert self._content is not None
        return len(self._content.get(kind, []))

    def records(self, kind: str) -> Iterator[dict[str, Any]]:
        if self._lines is not None:
            data, spans = self._lines
            if kind in spans:
                yield from layout.records(data, spans[kind])
            return
        assert self._content is not None
        yield from self._content.get(kind, [])

    @property
    def kinds(self) -> list[str]:
        if self._lines is not None:
            return list(self._lines[1])
        assert self._content is not None
        return list(self._content)

    @property
    def content(self) -> dict[str, list[dict[str, Any]]]:
        """Every record, all at once (for small bundles and tests)."""
        return {kind: list(self.records(kind)) for kind in self.kinds}

    def with_content(self, content: dict[str, list[dict[str, Any]]]) -> Bundle:
        """The same bundle with other records (no checks: for tests of the import's own)."""
        return Bundle(
            format_version=self.format_version,
            app_version=self.app_version,
            exported_at=self.exported_at,
            scope=self.scope,
            includes_private=self.includes_private,
            source_journal=self.source_journal,
            content=content,
        )


def dump(document: dict[str, Any]) -> bytes:
    """The bundle document as the bytes of the file (readable, indented JSON, UTF-8): the
    layout of older exports (exports to a file are written by `export.BundleStream`)."""
    return json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False).encode("utf-8")


def parse(data: Buffer) -> Bundle:
    """Check and parse a bundle's JSON bytes. Raises `NotABundle`, `BundleTooNew` or
    `ManifestMismatch`; touches nothing.

    A file in the line layout (layout.py) is checked line by line and its records are
    parsed only when read, from `data` itself (so `data` must not change afterwards); any
    other file is parsed whole, as it always was."""
    first = _NON_SPACE.search(data)
    if first is None:
        raise NotABundle("the file is empty")
    start = first.start()
    if data.startswith(b"\xef\xbb\xbf"):  # a byte-order mark added by an editor
        after = _NON_SPACE.search(data, 3)
        start = after.start() if after is not None else len(data)
    if data[start : start + 1] != b"{":
        raise NotABundle("it is not a Mentor Journal export")
    found = layout.scan(data, start)
    if found is not None:
        header, manifest = found.header, found.manifest
        try:
            _check_header(header)
            counts = {name: span.count for name, span in found.spans.items()}
            _check_counts(counts, manifest)
        except TransferError:
            pass  # refused below, with the message a whole parse gives
        else:
            if manifest.get("sha256") == layout.fast_digest(data, found.spans):
                return _bundle(header, lines=(data, found.spans))
        # Not this app's canonical lines (edited, or damaged): check the whole the old way.
    try:
        text = bytes(data[start:]).decode("utf-8")
        document = json.loads(text, parse_constant=layout.no_constants)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise NotABundle("it is not a Mentor Journal export (not valid JSON)") from None
    del text
    _check_header(document)
    content = document.get("content")
    manifest = document.get("manifest")
    if not isinstance(content, dict) or not isinstance(manifest, dict):
        raise ManifestMismatch("its content or manifest is missing")
    for name, records in content.items():
        if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
            raise ManifestMismatch(f"the list of {name} is malformed")
    _check_counts({name: len(records) for name, records in content.items()}, manifest)
    try:
        digest = content_digest(content)
    except UnicodeEncodeError:  # JSON escapes spelling half of an emoji: no journal holds one
        raise ManifestMismatch("it holds a broken character (half of an emoji or symbol)") from None
    if manifest.get("sha256") != digest:
        raise ManifestMismatch("its content does not match its checksum")
    return _bundle(document, content=content)


def _check_header(document: Any) -> None:
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise NotABundle("it is JSON, but not a Mentor Journal export")
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise NotABundle("its format version is missing or not a number")
    if version > FORMAT_VERSION:
        raise BundleTooNew(version, FORMAT_VERSION)


def _check_counts(found: dict[str, int], manifest: Any) -> None:
    if not isinstance(manifest, dict):
        raise ManifestMismatch("its content or manifest is missing")
    counts = manifest.get("counts")
    if not isinstance(counts, dict):
        raise ManifestMismatch("the manifest has no counts")
    for name in set(counts) | set(found):
        if counts.get(name) != found.get(name, 0):
            raise ManifestMismatch(f"the number of {name.replace('_', ' ')} does not match")


def _bundle(document: dict[str, Any], **records: Any) -> Bundle:
    source = document.get("source_journal")
    return Bundle(
        format_version=document["format_version"],
        app_version=str(document.get("app_version", "")),
        exported_at=str(document.get("exported_at", "")),
        scope="mentees" if document.get("scope") == "mentees" else "journal",
        includes_private=bool(document.get("includes_private", False)),
        source_journal=source if isinstance(source, dict) else {},
        **records,
    )
