"""The line layout of a bundle file, read without parsing the whole document at once.

This app writes a bundle with one record per line (export.BundleStream), the kinds in the
order of the manifest's checksum and each record as its canonical JSON:

```
{"format": "mentorjournal-bundle", "format_version": 1, ..., "includes_private": false,
"content": {
"action_items": [
{"created_at":"...","public_id":"...",...},
{"created_at":"...","public_id":"...",...}
],
...
"skills": [
]
},
"manifest": {"counts": {...}, "sha256": "..."}
}
```
It is the same JSON document as ever (any reader parses it whole); `scan` recognises this
layout and notes where each kind's lines are, so the import reads the records one at a time
from the file's bytes instead of holding them all as Python objects. A file in any other
layout (older exports, indented; or edited by hand) gets None: the caller parses it whole.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .errors import NotABundle

Buffer = bytes | bytearray

_JSON_SPACE = b" \t\r"  # what JSON allows around tokens, besides the line breaks


@dataclass(frozen=True)
class Span:
    """Where one kind's record lines are in the file: bytes [start, end), `count` lines."""

    start: int
    end: int
    count: int


@dataclass(frozen=True)
class LineLayout:
    """What `scan` found: the top-level fields, the manifest and each kind's lines."""

    header: dict[str, Any]
    manifest: Any
    spans: dict[str, Span]


def no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


# One decoder for every record (json.loads would make one per call, a cost per record).
_DECODER = json.JSONDecoder(parse_constant=no_constants)


def _loads(text: Buffer) -> Any:
    return _DECODER.decode(bytes(text).decode("utf-8"))


def _lines(data: Buffer, pos: int) -> Iterator[tuple[bytes, int]]:
    """Each line from `pos` on, without its surrounding spaces, with where it starts."""
    size = len(data)
    while pos < size:
        end = data.find(b"\n", pos)
        if end < 0:
            end = size
        yield bytes(data[pos:end]).strip(_JSON_SPACE), pos
        pos = end + 1


def record_lines(data: Buffer, span: Span) -> Iterator[bytes]:
    """The record lines of one kind, each without its separating comma."""
    pos, end = span.start, span.end
    while pos < end:
        stop = data.find(b"\n", pos, end)
        if stop < 0:
            stop = end
        line = bytes(data[pos:stop]).strip(_JSON_SPACE)
        pos = stop + 1
        yield line[:-1] if line.endswith(b",") else line


def records(data: Buffer, span: Span) -> Iterator[dict[str, Any]]:
    """The records of one kind, parsed one at a time. The checksum matched the lines, so
    each is a record; only a file forged to match it with a record split over two lines
    would not parse: refused plainly, like any file that is not JSON."""
    for line in record_lines(data, span):
        try:
            record = _loads(line)
        except (ValueError, RecursionError):
            record = None
        if not isinstance(record, dict):
            raise NotABundle("it is not a Mentor Journal export (not valid JSON)")
        yield record


def scan(data: Buffer, start: int) -> LineLayout | None:
    """The layout of the document starting at `start`, or None if it is not the line layout
    (then the whole document must be parsed to know). Checks the structure only; the records
    are checked by `fast_digest` (or by parsing them)."""
    try:
        return _scan(_lines(data, start), len(data))
    except (ValueError, StopIteration, RecursionError):
        return None


def _scan(lines: Iterator[tuple[bytes, int]], size: int) -> LineLayout | None:
    first, _ = next(lines)
    if not (first.startswith(b"{") and first.endswith(b",")):
        return None
    header = _loads(first[:-1] + b"}")
    if not isinstance(header, dict) or "content" in header or "manifest" in header:
        return None
    if next(lines)[0] != b'"content": {':
        return None
    spans: dict[str, Span] = {}
    line, _ = next(lines)
    while line != b"},":
        if not line.endswith(b": ["):
            return None
        name = _loads(line[:-3])
        if not isinstance(name, str) or name in spans:
            return None
        count, begin, comma = 0, -1, False
        for line, at in lines:
            if begin < 0:
                begin = at
            if line in (b"]", b"],"):
                break
            if (count and not comma) or not line.startswith(b"{"):
                return None
            comma = line.endswith(b",")
            if not line.endswith((b"}", b"},")):
                return None
            count += 1
        else:
            return None
        if comma:  # a comma after the last record
            return None
        spans[name] = Span(begin, at, count)
        more = line == b"],"
        line, _ = next(lines)
        if more == (line == b"},"):
            return None
    line, _ = next(lines)
    if not line.startswith(b'"manifest": '):
        return None
    manifest = _loads(line[len(b'"manifest": ') :])
    last, at = next(lines)
    if last != b"}" or any(rest for rest, _ in lines):
        return None
    return LineLayout(header, manifest, spans)


def fast_digest(data: Buffer, spans: dict[str, Span]) -> str:
    """The SHA-256 of the canonical content, taking each record line as its canonical
    JSON (what this app writes). If a line is not canonical the result differs from the
    manifest's, and the caller checks the slow way; a match proves the lines are exactly
    the canonical JSON of the content the manifest describes."""
    digest = hashlib.sha256(b"{")
    for position, name in enumerate(sorted(spans)):
        key = json.dumps(name, ensure_ascii=False).encode("utf-8", "surrogatepass")
        digest.update((b"," if position else b"") + key + b":[")
        for index, line in enumerate(record_lines(data, spans[name])):
            if index:
                digest.update(b",")
            digest.update(line)
        digest.update(b"]")
    digest.update(b"}")
    return digest.hexdigest()
