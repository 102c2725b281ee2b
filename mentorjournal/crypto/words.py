"""Passphrase generation (several random words) and a strength hint for typed passphrases.

The word list is data shipped under `resources/wordlist/` (4096 words, 12 bits each); crypto/
imports nothing else of the app, so callers pass the words in (`load_words(path)`), or use
`mentorjournal.transfer.passwords.suggest_passphrase()`, which finds the shipped list.
"""

from __future__ import annotations

import math
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

DEFAULT_WORD_COUNT = 6
SEPARATOR = "-"


def load_words(path: Path) -> tuple[str, ...]:
    """The distinct non-empty lines of a word-list file."""
    words = dict.fromkeys(
        line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    )
    return tuple(words)


def generate_passphrase(words: Sequence[str], count: int = DEFAULT_WORD_COUNT) -> str:
    """`count` words picked with `secrets` (a cryptographic random source), joined by '-'."""
    if len(words) < 2 or count < 1:
        raise ValueError("need a word list and at least one word")
    return SEPARATOR.join(secrets.choice(words) for _ in range(count))


@dataclass(frozen=True)
class Strength:
    """A strength hint: `level` 0 (weak) to 3 (strong), estimated bits, a short sentence."""

    level: int
    bits: float
    text: str


LEVEL_NAMES = ("Weak", "Fair", "Good", "Strong")
# What the trainer is told, in English: the GUI translates the text, so each one is listed here
# for packaging/translations.py to offer to the translators (crypto/ imports no Qt to mark them).
EMPTY_HINT = "Empty"
LEVEL_HINTS = (
    "Weak: easy to guess. Use Generate, or add more words.",
    "Fair: add a word or two.",
    "Good.",
    "Strong.",
)
HINTS = (EMPTY_HINT, *LEVEL_HINTS)


def estimate_strength(passphrase: str, words: Sequence[str] = ()) -> Strength:
    """A rough, honest hint of how hard the passphrase is to guess.

    A passphrase made only of words from `words` (any separator) counts log2(len(words)) bits
    per word, since an attacker knows the list. Anything else counts per character by the kinds
    of characters used, with repeats and runs discounted. age's scrypt makes each guess cost
    about a second, which the thresholds already take into account.
    """
    if not passphrase:
        return Strength(0, 0.0, EMPTY_HINT)
    bits = _word_bits(passphrase, words)
    if bits is None:
        bits = _char_bits(passphrase)
    level = 0 if bits < 35 else 1 if bits < 50 else 2 if bits < 65 else 3
    return Strength(level, round(bits, 1), LEVEL_HINTS[level])


def _word_bits(passphrase: str, words: Sequence[str]) -> float | None:
    if not words:
        return None
    known = set(words)
    parts = [p for p in _split_words(passphrase.lower()) if p]
    if len(parts) < 2 or not all(p in known for p in parts):
        return None
    return len(parts) * math.log2(len(known))


def _split_words(text: str) -> list[str]:
    part: list[str] = []
    parts: list[str] = []
    for char in text:
        if char.isalpha():
            part.append(char)
        else:
            parts.append("".join(part))
            part = []
    parts.append("".join(part))
    return parts


def _char_bits(passphrase: str) -> float:
    pool = 0
    if any(c.islower() for c in passphrase if c.isascii()):
        pool += 26
    if any(c.isupper() for c in passphrase if c.isascii()):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(c.isascii() and not c.isalnum() for c in passphrase):
        pool += 33
    if any(not c.isascii() for c in passphrase):
        pool += 100
    # Repeated and consecutive characters (aaaa, 1234, abcd) add little.
    effective = 1.0
    for previous, char in zip(passphrase, passphrase[1:], strict=False):
        step = ord(char) - ord(previous)
        effective += 0.25 if step in (-1, 0, 1) else 1.0
    # People's "random" strings are far from random: count about 2/3 of the ideal.
    return effective * math.log2(max(pool, 2)) * 2 / 3
