"""Snippets of search hits: a few words of the matching text around the matched words, with
the matched words marked, on one line.

Built here rather than by FTS5's snippet(), which would run the whole query again for each
hit, and so that another backend's search gets the same snippets. The matching follows the
index's tokenizer closely enough to highlight: words are runs of letters, digits and marks,
compared without case and without Latin accents; a word is a prefix unless quoted.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from ..store.search_index import MIN_PREFIX

SNIPPET_WORDS = 14
Patterns = list[tuple[list[str], bool]]  # each query piece: its folded words, last a prefix?


@dataclass(frozen=True, slots=True)
class Snippet:
    """A short piece of the matching text as (text, highlighted) segments, on one line."""

    segments: tuple[tuple[str, bool], ...]

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.segments)

    @property
    def highlights(self) -> list[tuple[int, int]]:
        """(start, end) character offsets of the highlighted words in `text`."""
        spans, at = [], 0
        for text, marked in self.segments:
            if marked:
                spans.append((at, at + len(text)))
            at += len(text)
        return spans


# Words: letters and digits (not "_", a separator for the index), and the combining marks of Latin
# accents, Arabic vowels, Indic and Ethiopic scripts, so that words are not cut at them.
_WORD = re.compile(
    r"(?:[^\W_]|[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f"
    r"\u0670\u06d6-\u06ed\u0900-\u0dff\u135d-\u135f\u1ab0-\u1aff\u1dc0-\u1dff"
    r"\u20d0-\u20ff\ufe20-\ufe2f])+"
)


def _fold(word: str) -> str:
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not 0x300 <= ord(c) <= 0x36F)


_ASCII_WORD = re.compile(r"[a-z0-9]+")


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded word) for each word of `text`."""
    if text.isascii():  # most notes: fold once, offsets unchanged
        return [(m.start(), m.end(), m.group()) for m in _ASCII_WORD.finditer(text.lower())]
    return [(m.start(), m.end(), _fold(m.group())) for m in _WORD.finditer(text)]


def query_patterns(words: Iterable[tuple[str, bool]]) -> Patterns:
    """Each query piece as its folded words, and whether the last one is a prefix."""
    out = []
    for text, phrase in words:
        folded = [w for _s, _e, w in _tokens(text)]
        if folded:
            prefix = not phrase and len(folded[-1]) >= MIN_PREFIX
            out.append((folded, prefix))
    return out


def _marked(tokens: list[tuple[int, int, str]], patterns: Patterns) -> set[int]:
    """Indexes of the tokens that the query's pieces match."""
    marked: set[int] = set()
    words_of = [w for _s, _e, w in tokens]
    for words, prefix in patterns:
        n, first, last = len(words), words[0], words[-1]
        if n == 1:  # most pieces: one word, compared once per token
            if prefix:
                marked.update(i for i, w in enumerate(words_of) if w.startswith(first))
            else:
                marked.update(i for i, w in enumerate(words_of) if w == first)
            continue
        for i in range(len(words_of) - n + 1):
            if words_of[i] != first or words_of[i + 1 : i + n - 1] != words[1:-1]:
                continue
            end = words_of[i + n - 1]
            if end == last or (prefix and end.startswith(last)):
                marked.update(range(i, i + n))
    return marked


def make_snippet(
    title: str, body: str, words: Iterable[tuple[str, bool]], size: int = SNIPPET_WORDS
) -> Snippet:
    """About `size` words of `title` or `body` (whichever has more matches) around the
    matches, with the matched words highlighted and "…" where text was cut."""
    return snippet_of(title, body, query_patterns(words), size)


def snippet_of(title: str, body: str, patterns: Patterns, size: int = SNIPPET_WORDS) -> Snippet:
    best: tuple[int, str, list[tuple[int, int, str]], set[int]] | None = None
    for text in (title, body):
        tokens = _tokens(text)
        marked = _marked(tokens, patterns)
        if text and (best is None or len(marked) > best[0]):
            best = (len(marked), text, tokens, marked)
    if best is None:
        return Snippet(())
    _count, text, tokens, marked = best
    # The window of `size` words with the most matches, starting a little before them.
    first = 0
    if marked and len(tokens) > size:
        starts = sorted(marked)
        first = max(
            (max(0, m - 2) for m in starts),
            key=lambda s: (bisect_left(starts, s + size) - bisect_left(starts, s), -s),
        )
    last = min(len(tokens), first + size)
    begin = 0 if first == 0 or not tokens else tokens[first][0]
    end = len(text) if last >= len(tokens) else tokens[last - 1][1]
    segments: list[tuple[str, bool]] = []
    if begin > 0:
        segments.append(("…", False))
    at = begin
    for i in range(first, last):
        start, stop, _w = tokens[i]
        if i in marked:
            if start > at:
                segments.append((text[at:start], False))
            segments.append((text[start:stop], True))
            at = stop
    if end > at:
        segments.append((text[at:end], False))
    if end < len(text):
        segments.append(("…", False))
    return Snippet(tuple(_spaced(segments)))


def _spaced(segments: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Keep one space where whitespace (a line break) separated words, on one line."""
    out = []
    for text, marked in segments:
        if not marked and text.strip() == "" and text:
            out.append((" ", False))
            continue
        if not marked:
            lead = " " if text[:1].isspace() else ""
            trail = " " if text[-1:].isspace() else ""
            text = lead + " ".join(text.split()) + trail
        out.append((text, marked))
    return out
