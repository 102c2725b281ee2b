"""Snippets: which words are highlighted, where the text is cut, one line."""

from __future__ import annotations

from mentorjournal.services.search import make_snippet
from mentorjournal.store.search_index import match_expression, terms


def marked(title: str, body: str, query: str) -> list[str]:
    snippet = make_snippet(title, body, terms(query))
    return [text for text, is_marked in snippet.segments if is_marked]


def test_prefix_and_accents() -> None:
    assert marked("", "Welding the welds; wélded", "weld") == ["Welding", "welds", "wélded"]
    assert marked("", "Café au lait", "cafe") == ["Café"]


def test_phrase_needs_the_words_in_order() -> None:
    assert marked("", "glasses safety. Safety glasses!", '"safety glasses"') == [
        "Safety",
        "glasses",
    ]


def test_the_column_with_more_matches_is_shown() -> None:
    snippet = make_snippet("Torque", "torque, torque and torque", terms("torque"))
    assert snippet.text == "torque, torque and torque"


def test_text_with_markup_is_kept_as_text() -> None:
    snippet = make_snippet("", "a <b>bold</b> & risky note", terms("bold"))
    assert snippet.text == "a <b>bold</b> & risky note"


def test_line_breaks_become_spaces() -> None:
    snippet = make_snippet("", "first line\nsecond\n\nthird word", terms("second"))
    assert snippet.text == "first line second third word"
    assert [snippet.text[a:b] for a, b in snippet.highlights] == ["second"]


def test_match_expression_quotes_everything() -> None:
    assert match_expression('weld "safety glasses" a') == '"weld"* AND "safety glasses" AND "a"'
    assert match_expression('say "hi"" there') is not None
    assert match_expression("-- ( ) * :") is None
    assert match_expression('x"y') == '"x"* AND "y"'.replace('"x"*', '"x"')
