"""Each phrasing family the newsroom meets, and the facts it should yield."""

from datetime import date

import pytest

from premiere.extraction import Document, Suggestion, extract


def _values(found: list[Suggestion], *keys):
    return [tuple(s.value.get(k) for k in keys) for s in found]


def test_release_date_with_region_medium_and_confidence(facts):
    [release] = facts(
        "It has just been confirmed that Ballerina will be released in theaters around the "
        "world next year, more specifically on June 7, 2024.",
        kind="release",
    )
    assert release.subject.name == "Ballerina"
    assert release.value == {
        "date": "2024-06-07",
        "display": "June 7, 2024",
        "region": "WW",
        "medium": "theatrical",
        "channel": "",
        "confidence": "confirmed",
    }
    assert "June 7, 2024" in release.sentence


@pytest.mark.parametrize(
    "sentence, date",
    [
        ("Starfall Protocol opens in UK cinemas on 7 June 2024.", "2024-06-07"),
        ("Starfall Protocol is due in Q3 2025.", "2025-Q3"),
        ("Starfall Protocol arrives this fall.", "2023-fall"),
        ("Starfall Protocol is slated for early 2026.", "2026"),
        ("Starfall Protocol will be released in 2027.", "2027"),
        ("Starfall Protocol hits theaters next year.", "2024"),
    ],
)
def test_release_phrasings(facts, sentence, date):
    [release] = facts(sentence, kind="release")
    assert (release.subject.name, release.value["date"]) == ("Starfall Protocol", date)


def test_region_words(facts):
    uk = facts("Starfall Protocol opens in the UK on June 9, 2024.", kind="release")
    assert _values(uk, "region") == [("GB",)]
    us = facts("Starfall Protocol opens stateside on June 7, 2024.", kind="release")
    assert _values(us, "region") == [("US",)]


def test_game_platforms_give_one_release_each(facts):
    found = facts(
        "Ironvale II launches on PS5, Xbox Series X|S and PC on May 21, 2024.", kind="release"
    )
    assert _values(found, "medium", "channel") == [
        ("platform", "PS5"),
        ("platform", "Xbox Series X|S"),
        ("platform", "PC"),
    ]


def test_streaming_service_is_the_channel(facts):
    [release] = facts("Harbor Lights returns to Netflix in March 2024.", kind="release")
    assert (release.value["medium"], release.value["channel"]) == ("streaming", "Netflix")


@pytest.mark.parametrize(
    "sentence, origin, target",
    [
        ("Hollowforge has pushed Ironvale II from March to May.", "2024-03", "2024-05"),
        ("Ironvale II slips from March 12 to May 21.", "2024-03-12", "2024-05-21"),
        ("Ironvale II has been delayed to 2026.", None, "2026"),
    ],
)
def test_delays_are_changes_of_an_existing_release(facts, sentence, origin, target):
    [move] = facts(sentence, kind="release_move")
    assert move.subject.name == "Ironvale II"
    assert (move.value.get("from"), move.value["to"]) == (origin, target)
    assert not facts(sentence, kind="release")


@pytest.mark.parametrize(
    "sentence, status",
    [
        ("John Wick 5 is back on the table.", "in_development"),
        ("Starfall Protocol has been greenlit by the studio.", "in_development"),
        ("Harbor Lights has been cancelled after two seasons.", "cancelled"),
        ("Starfall Protocol wrapped filming in Prague.", "post_production"),
        ("Cameras are rolling on Starfall Protocol.", "filming"),
    ],
)
def test_status_changes(facts, sentence, status):
    [found] = facts(sentence, kind="status")
    assert found.value == {"status": status}


def test_a_new_title_named_in_a_status_sentence_is_proposed(facts):
    [found] = facts("And John Wick 5 is back on the table.", kind="status")
    assert (found.subject.name, found.subject.id) == ("John Wick 5", None)


def test_cast_and_crew(facts):
    found = facts(
        "Ballerina, starring Ana de Armas and Norman Reedus, is directed by Len "
        "Wiseman. Shay Hatten, one of its screenwriters, spoke to us.",
        kind="credit",
    )
    assert _values(found, "role", "person", "person_id") == [
        ("cast", "Ana de Armas", 10),
        ("cast", "Norman Reedus", 12),
        ("director", "Len Wiseman", None),
        ("writer", "Shay Hatten", None),
    ]
    assert {s.subject.name for s in found} == {"Ballerina"}


def test_story_placement_between_numbered_chapters(facts):
    [found] = facts(
        "Ballerina is great. The only reason we set it between three and four was "
        "John's free time.",
        headline="Ballerina news",
        kind="placement",
    )
    assert found.subject.name == "Ballerina"
    assert (found.value["anchor_id"], found.value["anchor_end_id"]) == (3, 4)


def test_story_placement_after_a_named_title(facts):
    [found] = facts("Ballerina takes place after John Wick 3.", kind="placement")
    assert (found.value["placement"], found.value["anchor_id"]) == ("after", 3)


def test_a_spin_off_called_something_new_is_a_new_title(facts):
    [found] = facts(
        "The John Wick franchise will continue with a spin-off movie called "
        "Dancer in Red, starring Ana de Armas.",
        kind="new_title",
    )
    assert found.value == {
        "name": "Dancer in Red",
        "title_kind": "film",
        "franchise": "John Wick",
        "franchise_id": 1,
        "relation": "spin_off",
    }
    credits = facts(
        "The John Wick franchise will continue with a spin-off movie called "
        "Dancer in Red, starring Ana de Armas.",
        kind="credit",
    )
    assert [c.subject.name for c in credits] == ["Dancer in Red"]


@pytest.mark.parametrize(
    "text, outlet",
    [
        ("Source | Collider", "Collider"),
        ("Hatten told Collider that it is ready.", "Collider"),
        ("The date is June 7, according to Variety.", "Variety"),
    ],
)
def test_source_attribution(facts, text, outlet):
    assert _values(facts(text, kind="source"), "name") == [(outlet,)]


def test_mentions_tell_the_franchise_from_the_film_and_the_character(facts):
    found = facts(
        "The John Wick franchise grows. Keanu Reeves returns as John Wick in John Wick 4.",
        kind="mention",
    )
    assert [(m.subject.kind, m.subject.id) for m in found] == [
        ("franchise", 1),
        ("person", 11),
        ("title", 4),
    ]


def test_negatives_yield_no_facts(facts):
    text = (
        "Critics loved the 2014 film. It may be the best action movie of the decade. "
        "Fans march on, and nobody has said when a sequel might come."
    )
    assert [s for s in facts(text) if s.kind != "mention"] == []


def test_suggestion_keys_are_stable_across_runs(facts):
    sentence = "Ballerina will be released in theaters on June 7, 2024."
    assert facts(sentence, kind="release")[0].key() == facts(sentence, kind="release")[0].key()


# Rules added with the evaluation set (bench/extraction) ------------------------------------


@pytest.mark.parametrize(
    "sentence, subject, date",
    [
        ("Harbor Lights comes back to Netflix this fall.", "Harbor Lights", "2023-fall"),
        (
            "Starfall Protocol will stream on Netflix from September 2024.",
            "Starfall Protocol",
            "2024-09",
        ),
        ("Starfall Protocol reaches cinemas on 7 June 2024.", "Starfall Protocol", "2024-06-07"),
        ("Hollowforge Games is targeting Q1 2024 for Ironvale II.", "Ironvale II", "2024-Q1"),
        ("Harbor Lights drops on Netflix next month.", "Harbor Lights", "2023-07"),
    ],
)
def test_more_release_verbs(facts, sentence, subject, date):
    [release] = facts(sentence, kind="release")
    assert (release.subject.name, release.value["date"]) == (subject, date)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Starfall Protocol opens in UK cinemas on 7 June 2024, one week after its US release "
            "on May 31, 2024.",
            {("2024-06-07", "GB", "theatrical"), ("2024-05-31", "US", "theatrical")},
        ),
        (
            "Starfall Protocol arrives on digital on July 2, 2024, with the Blu-ray following on "
            "August 13, 2024.",
            {("2024-07-02", "WW", "digital"), ("2024-08-13", "WW", "physical")},
        ),
        (
            "Starfall Protocol opens in Australia on 12 December 2024 and in Japan in "
            "January 2025.",
            {("2024-12-12", "AU", ""), ("2025-01", "JP", "")},
        ),
    ],
)
def test_two_dates_in_two_markets_are_two_releases(facts, sentence, expected):
    found = facts(sentence, kind="release")
    assert set(_values(found, "date", "region", "medium")) == expected


def test_two_dates_in_one_market_stay_one_release(facts):
    found = facts(
        "Starfall Protocol opens on June 7, 2024, a week before June 14, 2024.", kind="release"
    )
    assert _values(found, "date") == [("2024-06-07",)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Starfall Protocol was released in theaters on May 17, 2019.",
        "Lionsgate released Starfall Protocol on May 20.",  # a recent day: past tense
        "Lionsgate will release a new Ballerina trailer on June 20.",
        "Back in 2019, Starfall Protocol was greenlit and dated for 2021.",
        "Starfall Protocol will not be released on June 7, 2024.",
        "Hollowforge denied that Ironvale II will move to 2026.",
    ],
)
def test_history_promos_and_denials_are_not_release_facts(facts, sentence):
    assert [s for s in facts(sentence) if s.kind != "mention"] == []


def test_an_announcement_keeps_its_date_in_a_story_dated_after_it(facts):
    [release] = facts(
        "Ballerina will be released in theaters on June 7, 2024.",
        published=date(2026, 11, 25),
        kind="release",
    )
    assert release.value["date"] == "2024-06-07"
    history = facts(
        "Ballerina opened in theaters on June 7, 2024.",
        published=date(2026, 11, 25),
        kind="release",
    )
    assert history == []


def test_a_negation_in_another_clause_does_not_cancel_a_release(facts):
    [release] = facts(
        "Fans will not wait long: Harbor Lights arrives on Netflix this fall.", kind="release"
    )
    assert release.value["date"] == "2023-fall"


def test_a_move_that_names_the_new_date_first(facts):
    [move] = facts(
        "Ironvale II will now launch on August 8, 2024, moving from its previous date of "
        "June 13, 2024.",
        kind="release_move",
    )
    assert (move.value["from"], move.value["to"]) == ("2024-06-13", "2024-08-08")


def test_a_move_out_of_a_year_to_no_date(facts):
    [move] = facts("Ironvale II has slipped out of 2024 and is now undated.", kind="release_move")
    assert (move.value["from"], move.value["to"]) == ("2024", "TBA")


def test_a_vaguer_date_told_elsewhere_gives_way_to_the_exact_one(facts):
    found = facts(
        "Starfall Protocol opens in UK cinemas on 7 June 2024.",
        headline="Starfall Protocol lands in UK cinemas this summer",
        published=date(2024, 1, 15),
        kind="release",
    )
    assert _values(found, "date") == [("2024-06-07",)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The original John Wick still holds up.", [("title", 1)]),
        ("Keanu Reeves played John Wick for a decade.", [("person", 11)]),
        ("She trained to move like a ballerina.", []),
    ],
)
def test_which_john_wick_and_whether_a_word_is_a_name(facts, sentence, expected):
    found = facts(sentence, kind="mention")
    assert [(m.subject.kind, m.subject.id) for m in found] == expected


@pytest.mark.parametrize(
    "sentence, subject, status",
    [
        ("Production on Starfall Protocol began in Prague.", "Starfall Protocol", "filming"),
        ("Lionsgate is developing Starfall Protocol.", "Starfall Protocol", "in_development"),
        (
            "The sequel, titled Starfall Protocol: Reentry, is in development.",
            "Starfall Protocol: Reentry",
            "in_development",
        ),
    ],
)
def test_more_status_phrasings(facts, sentence, subject, status):
    [found] = facts(sentence, kind="status")
    assert (found.subject.name, found.value["status"]) == (subject, status)


def test_pre_production_is_not_filming(facts):
    [found] = facts("Pre-production began on Starfall Protocol.", kind="status")
    assert found.value["status"] == "pre_production"


def test_a_new_title_named_by_its_status_is_what_the_next_sentence_is_about(facts):
    [credit] = facts("John Wick 5 is back on the table. Chad Stahelski will direct.", kind="credit")
    assert (credit.subject.name, credit.value["person"]) == ("John Wick 5", "Chad Stahelski")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Chad Stahelski directed Ballerina.", [("director", "Chad Stahelski")]),
        ("Ballerina is from a script by Shay Hatten.", [("writer", "Shay Hatten")]),
        (
            "Written and directed by Len Wiseman, Ballerina is a revenge story.",
            [("writer", "Len Wiseman"), ("director", "Len Wiseman")],
        ),
        ("Ballerina has Chad Stahelski producing.", [("producer", "Chad Stahelski")]),
        ("Ballerina has Ana de Armas attached to star.", [("cast", "Ana de Armas")]),
        ("Norman Reedus has joined the cast of Ballerina.", [("cast", "Norman Reedus")]),
        ("Ballerina, with Shay Hatten writing, is moving.", [("writer", "Shay Hatten")]),
        ("Ironvale II, with Hollowforge Games producing, is huge.", []),
        ("Ballerina directed by Len Wiseman is out.", [("director", "Len Wiseman")]),
    ],
)
def test_more_credit_phrasings(facts, sentence, expected):
    assert sorted(_values(facts(sentence, kind="credit"), "role", "person")) == sorted(expected)


def test_a_source_at_the_start_of_a_sentence(facts):
    found = facts("According to Variety, Ballerina opens on June 7, 2024.", kind="source")
    assert _values(found, "name") == [("Variety",)]


def test_a_placement_anchor_is_the_longest_known_title(facts):
    [found] = facts("Ballerina takes place after John Wick: Chapter 2.", kind="placement")
    assert found.value["anchor_id"] == 2


def test_a_headline_delay_and_the_body_s_exact_one_are_one_move(facts):
    found = facts(
        "Hollowforge has pushed Ironvale II from March 12 to May 21.",
        headline="Ironvale II slips to May",
        kind="release_move",
    )
    assert [(s.value.get("from"), s.value["to"]) for s in found] == [("2024-03-12", "2024-05-21")]


def test_without_a_publication_day_no_year_is_guessed(gazetteer):
    def dates(body):
        found = extract(Document(body=body, published=None), gazetteer)
        return [s.value["date"] for s in found if s.kind == "release"]

    assert dates("Ballerina opens in theaters on June 7.") == []
    assert dates("Ballerina will be released next year.") == []
    assert dates("Ballerina opens in theaters on June 7, 2024.") == ["2024-06-07"]


def test_the_extractor_runs_without_django():
    """premiere.extraction is plain Python: it imports and runs with Django made unimportable."""
    import subprocess
    import sys

    program = (
        "import sys; sys.modules['django'] = None\n"
        "from datetime import date\n"
        "from premiere.extraction import Document, Entry, Gazetteer, extract\n"
        "g = Gazetteer([Entry(1, 'title', 'Ballerina', (), 'film')])\n"
        "found = extract(Document(body='Ballerina opens on June 7, 2024.',"
        " published=date(2024, 1, 1)), g)\n"
        "print(sorted(str(s.kind) for s in found))\n"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['mention', 'release']"
