"""Bounded previews of notes: the start of a text that may be several megabytes long.

Labels, tooltips, table cells and the brief show a preview; the whole note is read in the
editor or the note reader. A preview never copies or scans more of the note than it shows
(plus a small look-ahead), so a 5 MB reflection costs the same as a short one.

Cuts fall on a word boundary when there is one near the limit, and never inside a user-
perceived character: not between a letter and its combining marks, inside an emoji sequence
(ZWJ, skin tone, variation selector, flag pair, tag sequence), between CR and LF, or between
the halves of a surrogate pair. Direction controls left open by the cut are closed, so the
marker after a preview of right-to-left text keeps its own direction.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

PREVIEW_CHARS = 2000  # what a pane or a tooltip shows of a note
PREVIEW_LINES = 40
WORD_LOOKBACK = 120  # how far back from the limit a space is looked for

_ZWJ = "\u200d"
_OPENERS_PDF = frozenset("\u202a\u202b\u202d\u202e")  # LRE RLE LRO RLO, closed by PDF
_OPENERS_PDI = frozenset("\u2066\u2067\u2068")  # LRI RLI FSI, closed by PDI
_PDF, _PDI = "\u202c", "\u2069"
_NOT_BLANK = re.compile(r"\S")


@dataclass(frozen=True, slots=True)
class Preview:
    """The start of a note. `cut` is True when the note goes on after `text`."""

    text: str
    cut: bool
    total_chars: int  # of the whole note
    source: str = ""  # the whole note (a reference, not a copy), for its size

    @property
    def total_bytes(self) -> int:
        """The UTF-8 size of the whole note (estimated from samples past 256 k characters)."""
        return utf8_size(self.source)


def _is_extender(ch: str) -> bool:
    """True for a character that belongs to the one before it (never start a cut here)."""
    code = ord(ch)
    if ch == _ZWJ or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF:
        return True  # variation selectors
    if 0x1F3FB <= code <= 0x1F3FF or 0xE0020 <= code <= 0xE007F:
        return True  # emoji skin tones, tag characters (subdivision flags)
    if 0xDC00 <= code <= 0xDFFF:
        return True  # a low surrogate (text decoded with surrogateescape or from UTF-16)
    return unicodedata.category(ch) in ("Mn", "Mc", "Me")


def _is_regional(ch: str) -> bool:
    return 0x1F1E6 <= ord(ch) <= 0x1F1FF


def safe_cut(text: str, end: int) -> int:
    """The largest position <= `end` where `text` may be cut without breaking a character."""
    end = max(0, min(end, len(text)))
    while 0 < end < len(text):
        ch, before = text[end], text[end - 1]
        if _is_extender(ch) or before == _ZWJ or (before == "\r" and ch == "\n"):
            end -= 1
            continue
        if _is_regional(ch) and _is_regional(before):
            run = 0  # flags are pairs: cut only after an even number of them
            while end - run - 1 >= 0 and _is_regional(text[end - run - 1]):
                run += 1
            if run % 2:
                end -= 1
                continue
        break
    return end


def _word_cut(text: str, end: int) -> int:
    """`end` moved back to just after a space within WORD_LOOKBACK, or kept."""
    start = max(0, end - WORD_LOOKBACK)
    for i in range(end, start, -1):
        if text[i - 1].isspace():
            return i
    return end


def close_directions(text: str) -> str:
    """`text` with the embeddings and isolates it leaves open closed again."""
    if not any(c in text for c in "\u202a\u202b\u202d\u202e\u2066\u2067\u2068"):
        return text
    stack: list[str] = []
    for ch in text:
        if ch in _OPENERS_PDF:
            stack.append(_PDF)
        elif ch in _OPENERS_PDI:
            stack.append(_PDI)
        elif ch == _PDF and _PDF in stack:
            stack.reverse()
            stack.remove(_PDF)
            stack.reverse()
        elif ch == _PDI and _PDI in stack:
            while stack and stack.pop() != _PDI:
                pass  # a PDI also closes the embeddings opened inside its isolate
    return text + "".join(reversed(stack))


def utf8_size(text: str, exact_up_to: int = 256_000, samples: int = 16) -> int:
    """The size of `text` in UTF-8. Past `exact_up_to` characters it is worked out from
    evenly spread samples: encoding a whole note of megabytes would copy it for a "4.8 MB"."""
    if text.isascii():
        return len(text)
    if len(text) <= exact_up_to:
        return len(text.encode("utf-8", "surrogatepass"))
    step, width = len(text) // samples, 4096
    encoded = sum(
        len(text[i : i + width].encode("utf-8", "surrogatepass"))
        for i in range(0, step * samples, step)
    )
    return round(len(text) * encoded / (width * samples))


def preview(text: str, limit: int = PREVIEW_CHARS, lines: int = PREVIEW_LINES) -> Preview:
    """The first `lines` lines of `text`, at most about `limit` characters (outer blank space
    removed), cut on a word and character boundary."""
    total = len(text)
    if total <= limit and text.count("\n") < lines:
        return Preview(text.strip(), False, total)
    # Skip leading blanks without copying the note: find where its text starts.
    begin = 0
    while begin < total and text[begin].isspace():
        begin += 1
        if begin > limit:  # blank space only, as far as a preview would look
            break
    head = text[begin : begin + limit + 1]
    end = min(len(head), limit)
    newline = -1
    for _ in range(lines):
        newline = head.find("\n", newline + 1)
        if newline < 0:
            break
    if newline >= 0 and newline < end:
        end = newline
    # A search, not a slice: the rest of the note is never copied.
    rest_is_blank = _NOT_BLANK.search(text, begin + end) is None
    if rest_is_blank:
        return Preview(head[:end].strip(), False, total)
    if end == limit:
        end = _word_cut(head, end)
    end = safe_cut(head, end)
    return Preview(close_directions(head[:end].rstrip()), True, total, text)


def first_line(text: str, limit: int = 90) -> str:
    """The start of `text` on one line (blank space folded), with "…" when cut."""
    p = preview(text, limit=limit * 2, lines=limit * 2)
    line = " ".join(p.text.split())
    if len(line) <= limit and not p.cut:
        return line
    end = safe_cut(line, min(len(line), limit - 1))
    return close_directions(line[:end].rstrip()) + "…"
