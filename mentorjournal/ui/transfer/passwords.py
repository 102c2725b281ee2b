"""Passphrase suggestions from the shipped word list (resources/wordlist/words.txt)."""

from __future__ import annotations

from functools import cache

from ...crypto.words import DEFAULT_WORD_COUNT, Strength, estimate_strength, generate_passphrase
from ...crypto.words import load_words as _load
from ...resources import resource


@cache
def word_list() -> tuple[str, ...]:
    """The shipped words; empty when this installation lacks them (then no suggestions)."""
    path = resource("wordlist", "words.txt")
    return _load(path) if path is not None else ()


def suggest_passphrase(count: int = DEFAULT_WORD_COUNT) -> str:
    """Six random words such as `maple-orbit-ledge-sunny-cider-brook` (72 bits)."""
    words = word_list()
    if len(words) < 1024:
        raise RuntimeError("the passphrase word list is missing from this installation")
    return generate_passphrase(words, count)


def strength(passphrase: str) -> Strength:
    """The strength hint for a typed or generated passphrase."""
    return estimate_strength(passphrase, word_list())
