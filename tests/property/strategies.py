"""Hypothesis strategies for what trainers type: any Unicode that can be stored (everything
but NUL and lone surrogates), weighted towards the scripts and tricky sequences of the
journal's users: Arabic (right to left), Ethiopic, emoji ZWJ sequences with skin tones,
combining marks, and the direction controls (RLO, LRI, PDI...)."""

from __future__ import annotations

from hypothesis import strategies as st

PIECES = [
    "مرحبا بالعالم",  # Arabic
    "ሰላም ለዓለም",  # Amharic (Ethiopic)
    "👩🏽‍🔧",  # woman mechanic, medium skin tone (ZWJ sequence)
    "👨‍👩‍👧‍👦",  # family
    "🇪🇹",  # flag (regional indicators)
    "e\u0301",  # e + combining acute (not NFC-normalised: stays as typed)
    "\u202eRLO\u202c",  # right-to-left override ... pop
    "\u2067isolate\u2069",  # right-to-left isolate
    "\u200f\u200e",  # RLM, LRM
    "\ufeff",  # BOM / zero-width no-break space
    "Zoë Ørsted",
    "  spaced  ",
    "\t",
]

storable_char = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")


def storable_text(max_size: int = 300) -> st.SearchStrategy[str]:
    """Any storable text, often built from the pieces above."""
    mixed = st.lists(
        st.one_of(st.sampled_from(PIECES), st.text(storable_char, max_size=20)), max_size=12
    ).map("".join)
    return st.one_of(st.text(storable_char, max_size=max_size), mixed).filter(
        lambda s: len(s) <= max_size
    )


def one_line(max_size: int = 150) -> st.SearchStrategy[str]:
    """Text for single-line fields (names, titles): no line or paragraph breaks, not blank
    at the ends (names are trimmed by the services, on purpose)."""
    return (
        storable_text(max_size)
        .map(lambda s: " ".join(s.split()))
        .filter(lambda s: s != "" and s == s.strip())
    )
