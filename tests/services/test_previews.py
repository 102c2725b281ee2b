"""Previews of long notes: bounded, cut between words and never inside a character, and
right-to-left text keeps its direction."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from mentorjournal.services.previews import (
    close_directions,
    first_line,
    preview,
    safe_cut,
    utf8_size,
)


def test_a_short_note_is_shown_whole() -> None:
    p = preview("  Practised glands.\nNeeds a torque wrench.  ")
    assert p.text == "Practised glands.\nNeeds a torque wrench." and not p.cut


def test_a_long_note_is_cut_between_words_with_its_size() -> None:
    text = "word " * 1_000_000
    p = preview(text, limit=100)
    assert p.cut and len(p.text) <= 100 and p.text.endswith("word")
    assert p.total_chars == len(text) and p.total_bytes == len(text)


def test_the_size_of_a_long_note_is_close_without_encoding_it_whole() -> None:
    amharic = "ሰላም ተማሪዎች " * 200_000  # 2.2 million characters, 3 bytes each but spaces
    exact = len(amharic.encode("utf-8"))
    assert abs(utf8_size(amharic) - exact) / exact < 0.01
    assert utf8_size("ሰላም") == 9 and utf8_size("abc") == 3
    assert preview(amharic, limit=10).total_bytes == utf8_size(amharic)


def test_lines_are_counted() -> None:
    p = preview("\n".join(f"line {i}" for i in range(100)), lines=3)
    assert p.text == "line 0\nline 1\nline 2" and p.cut


def test_blank_space_after_the_cut_is_not_a_continuation() -> None:
    assert not preview("a" * 50 + " " * 500, limit=60).cut


def test_emoji_sequences_flags_and_combining_marks_are_never_split() -> None:
    family = "👩🏽‍🔧"  # woman, skin tone, ZWJ, wrench
    for cut in range(1, len(family)):
        assert safe_cut(family + "x", cut) == 0
    flags = "🇪🇹🇸🇦"
    assert safe_cut(flags, 1) == 0 and safe_cut(flags, 3) == 2
    accented = "cafe\u0301!"
    assert safe_cut(accented, 4) == 3
    assert safe_cut("a\r\nb", 2) == 1
    assert safe_cut("x\ud83d\ude00y", 2) == 1  # a surrogate pair kept whole


def test_right_to_left_text_keeps_its_direction_and_closes_overrides() -> None:
    arabic = "مرحبا بالمتدرب " * 1000
    p = preview(arabic, limit=50)
    assert unicodedata.bidirectional(p.text[0]) == "AL"
    opened = "\u202eabc " * 100
    shown = preview(opened, limit=20).text
    assert shown.count("\u202c") == shown.count("\u202e")
    assert close_directions("\u2067ab\u202bcd") == "\u2067ab\u202bcd\u202c\u2069"


def test_first_line_folds_blank_space_and_marks_the_cut() -> None:
    assert first_line("  a\n\n b  ") == "a b"
    assert first_line("x" * 100, 10) == "x" * 9 + "…"


@given(st.text(), st.integers(min_value=1, max_value=60), st.integers(min_value=1, max_value=5))
def test_a_preview_is_the_start_of_the_note(text: str, limit: int, lines: int) -> None:
    p = preview(text, limit=limit, lines=lines)
    opened = "\u202a\u202b\u202d\u202e\u2066\u2067\u2068"
    if any(c in text for c in opened):
        return  # closers may follow the text: checked above
    assert text.strip().startswith(p.text)
    if p.cut:
        assert len(p.text) <= limit
        assert safe_cut(text.lstrip(), len(p.text)) == len(p.text)  # a boundary
