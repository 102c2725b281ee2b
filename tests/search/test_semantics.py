"""What a search finds and in which order, on a small journal whose every word is known."""

from __future__ import annotations

import pytest

from mentorjournal.services import Services
from mentorjournal.services.search import HitKind, SearchService

from .conftest import Known


def search(services: Services, text: str, **kwargs: object) -> list[tuple[HitKind, int, int]]:
    """(kind, record id, mentee id) of each hit, best first."""
    results = SearchService(services.journal).search(text, **kwargs)  # type: ignore[arg-type]
    return [(h.kind, h.record_id, h.mentee_id) for h in results.hits]


def kinds_and_ids(services: Services, text: str) -> set[tuple[HitKind, int]]:
    return {(kind, record) for kind, record, _m in search(services, text)}


def test_a_word_finds_every_kind_of_record(known_services: Services, known: Known) -> None:
    assert kinds_and_ids(known_services, "alternator") == {
        (HitKind.CHECK_IN, known.check_in),
        (HitKind.REFLECTION, known.public_reflection),
    }
    assert kinds_and_ids(known_services, "square") == {(HitKind.ACTION_ITEM, known.action)}
    assert kinds_and_ids(known_services, "multimeter") == {(HitKind.SKILL_RATING, known.rating)}
    assert kinds_and_ids(known_services, "wheel") == {(HitKind.GOAL, known.torque_goal)}
    assert kinds_and_ids(known_services, "martin") == {(HitKind.MENTEE, known.eloise)}


def test_words_are_prefixes(known_services: Services, known: Known) -> None:
    assert kinds_and_ids(known_services, "scaff") == {(HitKind.SESSION, known.group_session)}
    assert kinds_and_ids(known_services, "alterna") == kinds_and_ids(known_services, "alternator")
    # A single letter is a whole word, not "every word starting with s".
    assert search(known_services, "w") == []


def test_several_words_must_all_be_there(known_services: Services, known: Known) -> None:
    assert kinds_and_ids(known_services, "torque glasses") == {
        (HitKind.SESSION, known.eloise_session)
    }
    assert search(known_services, "torque scaffolding") == []


def test_a_quoted_phrase_matches_only_those_words_in_that_order(
    known_services: Services, known: Known
) -> None:
    assert kinds_and_ids(known_services, '"safety glasses"') == {
        (HitKind.SESSION, known.eloise_session)
    }
    assert search(known_services, '"glasses safety"') == []
    # Quoted words are whole words: "scaff" is no word of the journal.
    assert search(known_services, '"scaff"') == []


@pytest.mark.parametrize("query", ["eloise", "ÉLOÏSE", "Eloïse", "éloise", "cafe", "CAFÉ"])
def test_case_and_accents_are_ignored(known_services: Services, query: str) -> None:
    assert search(known_services, query)


def test_tomas_without_accent_finds_tomas(known_services: Services, known: Known) -> None:
    found = kinds_and_ids(known_services, "tomas")
    assert (HitKind.MENTEE, known.tomas) in found
    assert (HitKind.REFLECTION, known.public_reflection) in found


def test_amharic_is_searchable(known_services: Services, known: Known) -> None:
    hits = search(known_services, "ሰላም")
    assert (HitKind.MENTEE, known.selam, known.selam) in hits
    sessions = [h for h in hits if h[0] is HitKind.SESSION]
    assert len(sessions) == 1 and sessions[0][2] == known.selam
    assert search(known_services, "ደህንነት")[0][2] == known.selam  # a topic word
    assert search(known_services, "የኤሌክ")  # a prefix of an Ethiopic word


def test_arabic_is_searchable(known_services: Services, known: Known) -> None:
    assert (HitKind.MENTEE, known.layla, known.layla) in search(known_services, "ليلى")
    assert search(known_services, "الأنابيب")[0][2] == known.layla
    assert search(known_services, "بنجاح")[0][2] == known.layla
    assert search(known_services, '"واختبرت الضغط"')[0][2] == known.layla


def test_a_group_session_belongs_to_each_attendee(known_services: Services, known: Known) -> None:
    hits = search(known_services, "scaffolding")
    assert sorted(m for _k, _r, m in hits) == sorted([known.eloise, known.tomas])
    results = SearchService(known_services.journal).search("scaffolding")
    assert {g.mentee_id for g in results.groups} == {known.eloise, known.tomas}


def test_mentee_filter(known_services: Services, known: Known) -> None:
    assert {m for *_x, m in search(known_services, "scaffolding", mentee_id=known.tomas)} == {
        known.tomas
    }
    assert search(known_services, "torque", mentee_id=known.eloise) == [
        (HitKind.SESSION, known.eloise_session, known.eloise)
    ]
    assert search(known_services, "alternator", mentee_id=known.tomas)  # a check-in and more
    assert search(known_services, "alternator", mentee_id=known.eloise) == []


def test_ranking_order_on_the_known_journal(known_services: Services, known: Known) -> None:
    """A goal titled with the word, then a short note saying it three times, then a long note
    saying it once; mentees in the order of their best hit."""
    results = SearchService(known_services.journal).search("torque")
    by_score = sorted(results.hits, key=lambda h: h.score)
    assert [(h.kind, h.record_id) for h in by_score] == [
        (HitKind.GOAL, known.torque_goal),
        (HitKind.SESSION, known.eloise_session),
        (HitKind.SESSION, known.long_session),
    ]
    assert [g.mentee_id for g in results.groups] == [known.tomas, known.eloise]
    assert [h.record_id for h in results.groups[0].hits] == [known.torque_goal, known.long_session]


def test_private_text_is_found_in_the_app_and_marked(
    known_services: Services, known: Known
) -> None:
    service = SearchService(known_services.journal)
    hits = service.search("cried").hits
    assert [(h.kind, h.record_id, h.private) for h in hits] == [
        (HitKind.SESSION, known.eloise_session, True)
    ]
    assert service.search("cried", include_private=False).hits == []
    assert [h.private for h in service.search("patience").hits] == [True]  # private reflection
    assert [h.private for h in service.search("rent").hits] == [True]  # mentee private notes
    assert service.search("patience", include_private=False).hits == []
    # The public text of the same session is still found without the private note.
    public = service.search("torque", include_private=False).hits
    assert known.eloise_session in {h.record_id for h in public}
    assert all("cried" not in h.snippet.text for h in public)


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        '"unclosed phrase',
        "torque AND",
        "OR",
        "NOT torque",
        "NEAR(torque glasses)",
        "torque -glasses",
        "*",
        "tor*",
        "title:torque",
        "body:",
        "(torque",
        ")",
        "^torque",
        "'",
        "torque' OR 1=1 --",
        "a\x00b",
        "   ",
        "",
        "{torque}",
        ":",
        "-",
        "+",
        "🙂",
    ],
)
def test_whatever_is_typed_never_raises(known_services: Services, query: str) -> None:
    SearchService(known_services.journal).search(query)


def test_operators_typed_are_plain_words(known_services: Services, known: Known) -> None:
    # "AND"/"OR" are words to find (none are in the journal), not operators.
    assert search(known_services, "torque OR glasses") == []
    assert kinds_and_ids(known_services, "title:torque") == kinds_and_ids(
        known_services, "title torque"
    )
    assert kinds_and_ids(known_services, "tor*") == kinds_and_ids(known_services, "tor")


def test_results_are_limited(known_services: Services) -> None:
    results = SearchService(known_services.journal).search("the", limit=2)
    assert len(results) == 2 and results.limited
    assert not SearchService(known_services.journal).search("torque").limited


def test_snippet_highlights_the_matching_words_and_has_a_date(
    known_services: Services, known: Known
) -> None:
    hit = SearchService(known_services.journal).search('"safety glasses"').hits[0]
    text = hit.snippet.text
    assert [text[a:b] for a, b in hit.snippet.highlights] == ["Safety", "glasses"]
    assert hit.day is not None and hit.day.isoformat() == "2026-02-10"
    assert hit.title == "Café visit to the workshop"
    long = next(
        h
        for h in SearchService(known_services.journal).search("torque").hits
        if h.record_id == known.long_session
    )
    assert long.snippet.text.startswith("…") and long.snippet.text.endswith("…")
    assert "torque" in long.snippet.text and len(long.snippet.text) < 200
    check_in = SearchService(known_services.journal).search("alternator ones").hits[0]
    assert check_in.kind is HitKind.CHECK_IN and check_in.goal_id == known.torque_goal
    assert check_in.title == "Torque settings by heart"


def test_a_hit_in_a_private_note_is_called_by_its_sessions_topics(
    known_services: Services, known: Known
) -> None:
    """The private note is an index row of its own, without the topics; the hit still gets
    them, whether or not the session's public text matched too."""
    service = SearchService(known_services.journal)
    [hit] = service.search("cried").hits
    assert hit.private and hit.title == "Café visit to the workshop"
    found = service.search("the", mentee_id=known.eloise).hits
    both = [h for h in found if h.record_id == known.eloise_session]
    assert sorted(h.private for h in both) == [False, True]
    assert all(h.title == "Café visit to the workshop" for h in both)
