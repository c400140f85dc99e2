"""Release dates: phrasings, regions and media, several markets, moves and delays, and what
is not a release at all."""

from datetime import date

import pytest

from premiere.extraction import Document, Entry, Gazetteer, extract


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
        ("Starfall Protocol is slated for early 2026.", "2026-H1"),
        ("Starfall Protocol will be released in 2027.", "2027"),
        ("Starfall Protocol hits theaters next year.", "2024"),
        # the games trade's halves and seasons, modelled on launch-trailer news
        ("Starfall Protocol is due to drop in H1 2024.", "2024-H1"),
        ("Starfall Protocol will arrive in the latter half of 2024.", "2024-H2"),
        ("Starfall Protocol will be out holiday 2024.", "2024-Q4"),
    ],
)
def test_release_phrasings(facts, sentence, date):
    [release] = facts(sentence, kind="release")
    assert (release.subject.name, release.value["date"]) == ("Starfall Protocol", date)


def test_region_words(values, facts):
    uk = facts("Starfall Protocol opens in the UK on June 9, 2024.", kind="release")
    assert values(uk, "region") == [("GB",)]
    us = facts("Starfall Protocol opens stateside on June 7, 2024.", kind="release")
    assert values(us, "region") == [("US",)]


def test_game_platforms_give_one_release_each(values, facts):
    found = facts(
        "Ironvale II launches on PS5, Xbox Series X|S and PC on May 21, 2024.", kind="release"
    )
    assert values(found, "medium", "channel") == [
        ("platform", "PS5"),
        ("platform", "Xbox Series X|S"),
        ("platform", "PC"),
    ]


def test_streaming_service_is_the_channel(facts):
    [release] = facts("Harbor Lights returns to Netflix in March 2024.", kind="release")
    assert (release.value["medium"], release.value["channel"]) == ("streaming", "Netflix")


@pytest.mark.parametrize(
    "body",
    [
        # the service doing something of its show, in the plain past and with "also"
        "Hulu also set a date for the drama Harbor Lights: it returns on July 9.",
        "Hulu has added Dara Quinn to the cast of Harbor Lights, which returns on July 9.",
        "Hulu set a date for the drama Harbor Lights. It returns on July 9.",
    ],
)
def test_the_service_that_speaks_of_a_show_is_where_it_streams(facts, body):
    """Modelled on streamers' slate news: the date was the world's and on no service, where a
    Hulu date is an American one on Hulu."""
    [release] = facts(body, kind="release")
    assert (release.value["channel"], release.value["region"]) == ("Hulu", "US")


@pytest.mark.parametrize(
    "sentence, origin, target",
    [
        ("Hollowforge has pushed Ironvale II from March to May.", "2024-03", "2024-05"),
        ("Ironvale II slips from March 12 to May 21.", "2024-03-12", "2024-05-21"),
        ("Ironvale II has been delayed to 2026.", None, "2026"),
        # modelled on trade copy's milder verbs for a small move
        ("Hollowforge has nudged Ironvale II from March 12 to May 21.", "2024-03-12", "2024-05-21"),
    ],
)
def test_delays_are_changes_of_an_existing_release(facts, sentence, origin, target):
    [move] = facts(sentence, kind="release_move")
    assert move.subject.name == "Ironvale II"
    assert (move.value.get("from"), move.value["to"]) == (origin, target)
    assert not facts(sentence, kind="release")


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
        # modelled on showcase recaps: how a game's port is said to come
        ("Ironvale II heads to Switch 2 in September.", "Ironvale II", "2023-09"),
        ("Ironvale II sails onto Switch 2 in September.", "Ironvale II", "2023-09"),
        # a shadow drop is out the day the story tells of it
        ("Ironvale II was shadow-dropped on the eShop today.", "Ironvale II", "2023-06-01"),
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
        # a broadcaster is its own country's, not the country of the clause before it
        (
            "Starfall Protocol premieres in the UK on ITV1 on January 9, 2024 and on FX on "
            "February 2, 2024.",
            {("2024-01-09", "GB", "tv"), ("2024-02-02", "US", "tv")},
        ),
        # and a broadcaster's day abroad is not the next clause's medium
        (
            "Starfall Protocol premieres January 9, 2024 on TV Tokyo and worldwide on "
            "January 16, 2024.",
            {("2024-01-09", "JP", "tv"), ("2024-01-16", "WW", "")},
        ),
        # a channel on the air in many countries is the named country's; one name two
        # countries' channels share is the clause before it's
        (
            "Starfall Protocol premieres in Italy on Rai 1 on January 9, 2024 and on Sky "
            "Atlantic on January 16, 2024.",
            {("2024-01-09", "IT", "tv"), ("2024-01-16", "IT", "tv")},
        ),
        (
            "Starfall Protocol premieres in the US on TNT on January 9, 2024 and on TBS on "
            "January 16, 2024.",
            {("2024-01-09", "US", "tv"), ("2024-01-16", "US", "tv")},
        ),
        # a streamer after a broadcaster stays worldwide
        (
            "Starfall Protocol premieres on January 9, 2024 on TV Tokyo, and streams on Netflix "
            "from January 16, 2024.",
            {("2024-01-09", "JP", "tv"), ("2024-01-16", "WW", "streaming")},
        ),
        # ("the CW", as copy writes the network)
        (
            "Starfall Protocol debuts on CBC on January 12, 2024 and on the CW on January 19, "
            "2024.",
            {("2024-01-12", "CA", "tv"), ("2024-01-19", "US", "tv")},
        ),
        # an American network's day is not Canada's
        (
            "Starfall Protocol premieres on CBS on January 9, 2024 and in Canada on January 10, "
            "2024.",
            {("2024-01-09", "US", "tv"), ("2024-01-10", "CA", "")},
        ),
    ],
)
def test_two_dates_in_two_markets_are_two_releases(values, facts, sentence, expected):
    found = facts(sentence, kind="release")
    assert set(values(found, "date", "region", "medium")) == expected


def test_two_dates_in_one_market_stay_one_release(values, facts):
    found = facts(
        "Starfall Protocol opens on June 7, 2024, a week before June 14, 2024.", kind="release"
    )
    assert values(found, "date") == [("2024-06-07",)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Starfall Protocol was released in theaters on May 17, 2019.",
        "Lionsgate released Starfall Protocol on May 20.",  # a recent day: past tense
        "Lionsgate will release a new Ballerina trailer on June 20.",
        "Back in 2019, Starfall Protocol was greenlit and dated for 2021.",
        "Starfall Protocol will not be released on June 7, 2024.",
        "Starfall Protocol will not be released until we say so, and not on June 7.",
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


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Starfall Protocol, which won't arrive in the US until December 21, opened in "
            "China with $61 million.",
            ("2023-12-21", "US"),
        ),
        ("Starfall Protocol isn't out until Labor Day weekend.", ("2023-09", "WW")),
        ("Starfall Protocol will not hit theaters until March 2024.", ("2024-03", "WW")),
    ],
)
def test_not_until_a_date_is_that_date(facts, sentence, expected):
    """Modelled on box-office copy: "won't arrive in the US until December 21" and "isn't
    out until Memorial Day weekend" were read as denials, and gave nothing."""
    [release] = facts(sentence, kind="release")
    assert (release.value["date"], release.value["region"]) == expected


def test_a_service_streaming_a_show_weekly_from_a_day_in_two_countries(facts):
    """Modelled on a simulcast announcement: "will stream this series in the UK and Ireland
    Saturdays starting July 2 @ 7:30 AM PT" gave nothing ("Ireland Saturdays" read as a
    person's name, and "stream … starting" as no release)."""
    found = facts(
        "Crunchyroll says it will be streaming Harbor Lights in the UK and Ireland Saturdays "
        "starting July 2 @ 7:30 AM PT.",
        kind="release",
    )
    assert [(s.value["date"], s.value["region"], s.value["channel"]) for s in found] == [
        ("2023-07-02", "GB", "Crunchyroll"),
        ("2023-07-02", "IE", "Crunchyroll"),
    ]


def test_a_re_run_of_an_earlier_season_is_not_the_new_season_s_release(facts):
    """Modelled on an anime delay brief: "The first season will re-air on Tokyo MX starting
    on October 2" gave the delayed second season an October 2 broadcast."""
    assert (
        facts("Harbor Lights will re-air on Tokyo MX starting on October 2.", kind="release") == []
    )


def test_a_delay_told_without_its_verb_is_a_move(facts):
    """Modelled on a walk-through's delay story: "was set to open on March 5, 2027, and will
    now arrive on August 13, 2027" gave a plain release, and the title's history lost the
    date it moved from."""
    [move] = facts(
        "Starfall Protocol was set to open on March 5, 2024, and will now arrive on August 13, "
        "2024.",
        kind="release_move",
    )
    assert (move.value["from"], move.value["to"]) == ("2024-03-05", "2024-08-13")
    # "now" alone, no old date: the date, not a move from nowhere
    [release] = facts("Starfall Protocol will now arrive on August 13, 2024.", kind="release")
    assert release.value["date"] == "2024-08-13"


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


def test_a_vaguer_date_told_elsewhere_gives_way_to_the_exact_one(values, facts):
    found = facts(
        "Starfall Protocol opens in UK cinemas on 7 June 2024.",
        headline="Starfall Protocol lands in UK cinemas this summer",
        published=date(2024, 1, 15),
        kind="release",
    )
    assert values(found, "date") == [("2024-06-07",)]


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


def test_a_release_the_story_looks_back_on_is_not_news(facts):
    # Published in June: a yearless "19 February" is not next February's release.
    assert (
        facts(
            "Starfall Protocol has ruled the box office ever since its 19 February release.",
            kind="release",
        )
        == []
    )


def test_where_a_show_comes_from_is_not_where_it_opens(values, facts):
    found = facts(
        "Harbor Lights returns next year, and Australian period drama Starfall Protocol will "
        "air on BBC Two in 2024.",
        kind="release",
    )
    # not Australia, where it comes from; Britain, where BBC Two airs it
    assert values(found, "region") == [("WW",), ("GB",)]
    found = facts(
        "Starfall Protocol will open in Australian cinemas on June 9, 2023.", kind="release"
    )
    assert values(found, "region") == [("AU",)]


def test_a_rumoured_date_is_never_confident_enough_to_accept_in_bulk(facts):
    [rumoured] = facts(
        "A rumor claims Starfall Protocol will be released on June 30, 2023.", kind="release"
    )
    [announced] = facts("Starfall Protocol will be released on June 30, 2023.", kind="release")
    assert rumoured.value["confidence"] == "rumored"
    assert rumoured.confidence < 0.8 <= announced.confidence


@pytest.mark.parametrize(
    "sentence, medium",
    [
        (
            "Starfall Protocol will have its world premiere at the Venice Film Festival on "
            "September 2, 2023.",
            "premiere",
        ),
        ("Starfall Protocol opens in select theaters on June 30, 2023.", "theatrical_limited"),
    ],
)
def test_a_festival_screening_or_a_limited_run_is_taken_one_by_one(facts, sentence, medium):
    """On the shape studies' tuning rounds, "Accept all confident" took festival screenings
    right 16 times in 42 and limited runs 15 in 29 (releases about 8 in 10): they stay on the
    desk for the editor to take by hand."""
    found = [s for s in facts(sentence, kind="release") if s.value["medium"] == medium]
    assert found and all(s.confidence < 0.8 for s in found)
    [wide] = facts("Starfall Protocol opens in theaters on June 30, 2023.", kind="release")
    assert wide.confidence >= 0.8


def test_a_demo_or_a_beta_is_not_the_release(facts):
    assert facts("The Ironvale II demo arrives on June 20, 2023.", kind="release") == []
    found = facts("March 23, 2024\n\n- Ironvale II (PS5, demo)", kind="release")
    assert found == []
    [full] = facts(
        "An open beta of Ironvale II runs on June 20, 2023, and the game launches on "
        "July 14, 2023.",
        kind="release",
    )
    assert full.value["date"] == "2023-07-14"


@pytest.mark.parametrize(
    "follow_up",
    [
        "All eight episodes will hit the streaming service on July 10.",
        "The PC release will take place on July 10 and needs an account.",
        "The long-promised remaster arrives on July 10.",
    ],
)
def test_the_next_sentence_may_name_the_title_by_what_it_is(facts, follow_up):
    found = facts(f"Harbor Lights is coming back sooner than expected. {follow_up}", kind="release")
    assert [(s.subject.name, s.value["date"]) for s in found] == [("Harbor Lights", "2023-07-10")]


def test_each_clause_between_semicolons_keeps_its_own_verb(values, facts):
    # Modelled on a studio slate roundup: one sentence, independent clauses, a delay in one.
    found = facts(
        "The year brings plenty more, including Starfall Protocol, which bows March 3, 2024; "
        "Harbor Lights has been moved back to May 12, 2024; and Ballerina opens August 18, 2023.",
    )
    assert sorted(
        (s.subject.name, s.kind, s.value.get("date") or s.value.get("to"))
        for s in found
        if s.kind in ("release", "release_move")
    ) == [
        ("Ballerina", "release", "2023-08-18"),
        ("Harbor Lights", "release_move", "2024-05-12"),
        ("Starfall Protocol", "release", "2024-03-03"),
    ]


def test_a_word_that_only_starts_like_moved_is_no_delay(facts):
    # "Movies" in a store's name once turned a plain release into a move.
    found = facts(
        "Starfall Protocol arrives on digital stores (Kinoreel Movies Anywhere among them) on "
        "June 20, followed by a Blu-ray release July 11."
    )
    assert {s.kind for s in found if s.kind != "mention"} == {"release"}
    assert sorted(s.value["date"] for s in found if s.kind == "release") == [
        "2023-06-20",
        "2023-07-11",
    ]


@pytest.mark.parametrize(
    "sentence, date",
    [
        ("Starfall Protocol will be released in the first quarter of next year.", "2024-Q1"),
        ("Starfall Protocol is set for Halloween (well, October 31st) of next year.", "2024-10-31"),
        ("Starfall Protocol will go live during Q2 in 2025.", "2025-Q2"),
        (
            "Starfall Protocol was previously set for May 24, 2026, but will now be released "
            "in December.",
            "2026-12",
        ),
        ("Starfall Protocol begins streaming on June 20.", "2023-06-20"),
        ("Harbor Lights starts on 14 June, at 9pm on Channel 4.", "2023-06-14"),
    ],
)
def test_dates_that_lean_on_the_words_around_them(facts, sentence, date):
    [release] = [s for s in facts(sentence) if s.kind in ("release", "release_move")]
    assert (release.value.get("date") or release.value.get("to")) == date


def test_a_title_inside_a_description_of_another_is_not_the_one_released(facts):
    [release] = facts(
        "Ironvale II, the long-awaited sequel to Ironvale Chronicles, will be released on "
        "September 9.",
        kind="release",
    )
    assert release.subject.name == "Ironvale II"


def test_a_long_description_after_a_quoted_title_still_describes_it(facts):
    """Modelled on a studio's slate: the quoted title's comma sits inside its quotes, and the
    description names the franchise before the date the title takes."""
    [release] = facts(
        '"Ironvale II," a game that will serve as the closing chapter of several spin-off '
        '"Ironvale Chronicles" stories, takes the slot of the "Untitled Hollowforge game" set '
        "for late May 2026.",
        kind="release",
    )
    assert (release.subject.name, release.value["date"]) == ("Ironvale II", "2026-05")


def test_a_date_in_an_aside_about_a_person_is_not_the_title_s(facts):
    assert not facts(
        "Starfall Protocol stars Ana de Armas and Norman Reedus (who is set to make his stage "
        "debut next year) and was a hit.",
        kind="release",
    )


def test_two_titles_that_share_a_verb_both_get_its_date(facts):
    found = facts(
        "The service will begin streaming the Starfall Protocol film and Harbor Lights series "
        "on October 6.",
        kind="release",
    )
    assert sorted((s.subject.name, s.value["date"]) for s in found) == [
        ("Harbor Lights", "2023-10-06"),
        ("Starfall Protocol", "2023-10-06"),
    ]


def test_a_season_named_after_the_return_of_is_not_the_story_s_title(facts):
    found = facts(
        "Starfall Protocol opens on 5 March.\n"
        "Plus, there's the return of Night Orchard Season 21 on 14 March.",
        kind="release",
    )
    assert [(s.subject.name, s.value["date"][5:]) for s in found] == [
        ("Starfall Protocol", "03-05")
    ]


def test_a_title_ending_in_punctuation_shares_the_verb_too(facts):
    found = facts(
        "The service will begin streaming the Tidewalk -prologue- anime film and Harbor Lights "
        "on October 6.",
        kind="release",
    )
    assert sorted(s.subject.name for s in found) == ["Harbor Lights", "Tidewalk -prologue-"]


@pytest.mark.parametrize(
    "body, named",
    [
        ("Starfall Protocol has wrapped. No release date has been announced at this time.", False),
        ("Starfall Protocol has wrapped. Neither a trailer nor a release date is out yet.", False),
        ("Starfall Protocol has wrapped, but it has yet to receive a release date.", True),
    ],
)
def test_a_story_saying_there_is_no_date_yet_proposes_to_be_announced(facts, body, named):
    [release] = facts(body, headline="Starfall Protocol wraps filming", kind="release")
    assert (release.subject.name, release.value["date"]) == ("Starfall Protocol", "TBA")
    # Told of the story's title without naming it: never taken by "Accept all confident".
    assert (release.confidence >= 0.8) == named


@pytest.mark.parametrize(
    "headline, body, regions",
    [
        # A listing for one country: its dates are that country's.
        ("This Week's UK Cinema Releases", "Starfall Protocol opens on June 9.", ["GB"]),
        (
            "What to stream this month",
            "Winter has come early in South Africa. Watch Harbor Lights on Disney+ from 12 June.",
            ["ZA"],
        ),
        # Where a film is shot, or a title that sounds like a place, is no market.
        (
            "Starfall Protocol slips",
            "A long delay in filming in New Zealand moved it. Starfall Protocol opens on June 9.",
            ["WW"],
        ),
        # Its own market beats the story's, and the world may sit beside a country.
        (
            "This Week's UK Cinema Releases",
            "Starfall Protocol opens in China and on Netflix globally on June 9.",
            ["CN", "WW"],
        ),
        # A story in German names its market in German.
        (
            "Mehrere Kinostarts in Deutschland verschoben",
            "Die Kinos bleiben geschlossen, und die Verleiher haben neue Termine genannt. "
            "Starfall Protocol startet am 12. November in den Kinos, wie der Verleih mitteilte.",
            ["DE"],
        ),
        # "en France" in a French story; in an English one, "no" before a country says nothing.
        (
            "Les nouvelles dates de sortie en France",
            "Les distributeurs ont annoncé les dates de sortie des films dans les salles. "
            "Starfall Protocol sortira le 13 septembre.",
            ["FR"],
        ),
        ("No UK release for now, but", "Starfall Protocol opens on June 9.", ["WW"]),
        # A distributor's territory: its dates are that market's.
        ("Marrowby Pictures takes UK rights", "Starfall Protocol opens on June 9.", ["GB"]),
        # A country's cinemas by their adjective, before them in German, after in French.
        (
            "Neuer Termin für das Weltraumdrama",
            "Der Verleih hat die Pläne geändert, und das ist noch nicht alles. Starfall Protocol "
            "kommt nun am 12. November in die deutschen Kinos.",
            ["DE"],
        ),
        (
            "Une nouvelle date pour le drame spatial",
            "Le distributeur a changé ses plans et la sortie est avancée. Starfall Protocol "
            "sortira le 13 septembre dans les salles françaises.",
            ["FR"],
        ),
        # A market named by its trade's adjective, after a dateline (modelled on a
        # broadcaster's season announcement and a story on a country's film industry).
        (
            "",
            "(May 25, 2023 - Toronto) The network has announced the premiere dates for its "
            "summer lineup of new and returning Canadian series. Harbor Lights premieres on "
            "Sunday, July 9.",
            ["CA"],
        ),
        (
            "",
            "Long-awaited blockbusters have been given release dates by Indian film producers. "
            "Starfall Protocol will be released on November 4.",
            ["IN"],
        ),
        ("Here Are The Irish Release Dates For Summer", "Starfall Protocol opens June 9.", ["IE"]),
        # A network in its own capitals, or acting, is the schedule's (modelled on American
        # and Canadian networks' season announcements); "Fox" and "Global" alone are not.
        (
            "",
            "FOX has announced its summer premiere dates. Harbor Lights returns on Sunday, "
            "July 9, after the ballgame.",
            ["US"],
        ),
        (
            "",
            "Global announced today premiere dates for its summer season. Harbor Lights "
            "returns on Sunday, July 9.",
            ["CA"],
        ),
        ("", "The global rollout starts soon. Starfall Protocol opens on June 9.", ["WW"]),
        # A cable network the story is about, and an American listing's "9/8c" hours.
        (
            "Harbor Lights renewed by Freeform",
            "The cable network has ordered more of the drama. Harbor Lights returns on "
            "Sunday, July 9.",
            ["US"],
        ),
        (
            "Summer shuffle",
            "The drama moves to Sundays at 9/8c. Harbor Lights returns on Sunday, July 9.",
            ["US"],
        ),
        # A language is no market: "in Japanese with subtitles".
        (
            "Starfall Protocol streams in Japanese with English subtitles",
            "Starfall Protocol will be streaming on June 9.",
            ["WW"],
        ),
    ],
)
def test_a_date_that_names_no_region_is_for_the_story_s_market(facts, headline, body, regions):
    found = facts(body, headline=headline, kind="release")
    assert sorted(s.value["region"] for s in found) == regions


@pytest.mark.parametrize(
    "headline, body, expected",
    [
        # A French paper's distribution news names no country: its films open in France.
        (
            "Plusieurs films changent de date",
            "Les distributeurs ont encore revu leur calendrier cette semaine. Chez Marrowby, "
            "le drame « Lune Pâle » sortira finalement le 14 avril.",
            [("Lune Pâle", "2027-04-14", "FR")],
        ),
        (
            "Neue Starttermine für die Kinos",
            "Die Verleiher haben ihre Pläne für das Frühjahr noch einmal geändert, und das ist "
            "nicht alles. Die Komödie „Lune Pâle“ startet nun am 14. April in den Kinos.",
            [("Lune Pâle", "2027-04-14", "DE")],
        ),
        # A game's launch in the same words is the world's, whoever writes of it…
        (
            "Plusieurs jeux changent de date",
            "Les éditeurs ont encore revu leur calendrier cette semaine. Le jeu de rôle "
            "Ironvale Chronicles sortira finalement le 14 avril sur PS5 et PC.",
            [("Ironvale Chronicles", "2027-04-14", "WW")],
        ),
        # …and so is a film's date in a language read in several countries' markets.
        (
            "Nuevas fechas de estreno",
            "Las distribuidoras volvieron a cambiar su calendario esta semana. La película "
            "«Lune Pâle» se estrenará en cines el 14 de abril.",
            [("Lune Pâle", "2027-04-14", "WW")],
        ),
    ],
)
def test_a_film_s_date_in_a_paper_of_one_country_s_language_is_that_country_s(
    gazetteer, headline, body, expected
):
    """A French or German paper's cinema dates name no country: its readers' own. Before,
    every one of them was read as the world's."""
    known = Gazetteer([*gazetteer.entries, Entry(91, "title", "Lune Pâle", (), "film")])
    found = extract(Document(headline=headline, body=body, published=date(2027, 1, 15)), known)
    releases = [s for s in found if s.kind == "release"]
    assert (
        sorted({(s.subject.name, s.value["date"], s.value["region"]) for s in releases}) == expected
    )


@pytest.mark.parametrize(
    "headline, body, expected",
    [
        # A market named by its cinemas is where the films open; the service, sold the world
        # over, streams them everywhere (modelled on a streamer's slate of awards films).
        (
            "Cinema first, then the couch",
            "Kumori+ has slated four autumn films for a limited run in U.S. theaters before "
            "they arrive on the service.\n\nStarfall Protocol – Theatrical debut October 1, "
            "Kumori+ debut October 22",
            [("2027-10-01", "US", "theatrical"), ("2027-10-22", "WW", "streaming")],
        ),
        # A service's own country list keeps its country.
        (
            "What's coming to Kumori+ in the UK this October",
            "Here is the month on the service.\n\nStarfall Protocol – Kumori+ debut October 22",
            [("2027-10-22", "GB", "streaming")],
        ),
    ],
)
def test_a_market_named_by_its_cinemas_is_not_a_global_service_s(
    gazetteer, headline, body, expected
):
    found = extract(Document(headline=headline, body=body, published=date(2027, 9, 1)), gazetteer)
    assert [
        (s.value["date"], s.value["region"], s.value["medium"])
        for s in found
        if s.kind == "release"
    ] == expected


@pytest.mark.parametrize(
    "sentence, region",
    [
        # (modelled on a Lagos trade paper's slate and a Nairobi cinema chain's listings)
        ("Starfall Protocol is slated for Nigerian cinemas on Friday, December 17.", "NG"),
        ("Starfall Protocol opens in Kenyan cinemas on December 17.", "KE"),
        # where a drama comes from is not where it opens
        ("The Georgian drama Starfall Protocol opens on December 17.", "WW"),
    ],
)
def test_a_country_s_cinemas_by_the_adjective_made_of_its_name(facts, sentence, region):
    """English makes most countries' adjective by adding "n" ("Nigeria", "Nigerian"): only a
    short hand-kept list of adjectives was known, and Nigerian cinemas' dates were the world's."""
    [release] = facts(sentence, kind="release")
    assert release.value["region"] == region


@pytest.mark.parametrize(
    "body, expected",
    [
        # a festival's screenings are in its city's country (modelled on Australian city
        # festivals' programme announcements)
        (
            "The Larkfield Film Festival in Perth opens on June 9 with the world premiere of "
            "Starfall Protocol.",
            [("2027-06-09", "AU", "premiere")],
        ),
        (
            "The Larkfield International Film Festival is returning to Hobart this October. "
            "The festival opens on October 13 with Starfall Protocol.",
            [("2027-10-13", "AU", "premiere")],
        ),
        # a limited run in a city the trade names alone
        (
            "Starfall Protocol opens in select theaters in Chicago on May 5.",
            [("2027-05-05", "US", "theatrical_limited")],
        ),
    ],
)
def test_a_city_names_its_country_for_a_festival_or_a_limited_run(gazetteer, body, expected):
    """A short hand-kept list of cities (seven) was all the extractor knew: Perth's and
    Hobart's festivals and Chicago's cinemas dated films for the world. Cities now come from
    the time-zone database's (CLDR's, through Babel), with the few the trade names that it
    does not."""
    found = extract(Document(headline="", body=body, published=date(2027, 3, 1)), gazetteer)
    releases = [s for s in found if s.kind == "release" and s.value["medium"] == expected[0][2]]
    assert [(s.value["date"], s.value["region"], s.value["medium"]) for s in releases] == expected


@pytest.mark.parametrize(
    "headline, body, expected",
    [
        # (modelled on an Indian film magazine's calendar and a Lagos trade paper's slate)
        (
            "The films of the festive months",
            "It has been a good year for Hindi cinema. Starfall Protocol opens in theatres on "
            "October 8, and Ballerina follows on Kumori+ on November 5.",
            [("Ballerina", "WW"), ("Starfall Protocol", "IN")],
        ),
        (
            "December at the cinema",
            "Nollywood's distributors have set their December slate. Starfall Protocol opens "
            "on December 17.",
            [("Starfall Protocol", "NG")],
        ),
    ],
)
def test_a_film_industry_s_name_is_its_country_s_cinemas(gazetteer, headline, body, expected):
    """A story opening on Bollywood, Hindi cinema or Nollywood is about that country's
    cinemas; a global service's date in it stays the world's."""
    found = extract(Document(headline=headline, body=body, published=date(2027, 9, 1)), gazetteer)
    assert sorted((s.subject.name, s.value["region"]) for s in found if s.kind == "release") == (
        expected
    )


def test_a_title_named_like_a_country_does_not_make_the_story_that_country_s(gazetteer):
    extended = Gazetteer([*gazetteer.entries, Entry(90, "title", "Iceland", (), "film")])
    found = extract(
        Document(
            headline="Iceland release date set",
            body="The disaster film Iceland opens on June 9.",
            published=date(2023, 6, 1),
        ),
        extended,
    )
    assert [s.value["region"] for s in found if s.kind == "release"] == ["WW"]


def test_a_broadcast_in_a_year_is_a_release(facts):
    [release] = facts(
        "Harbor Lights will be shot in Leeds this summer and is expected to be broadcast in 2024.",
        kind="release",
    )
    assert release.value["date"] == "2024"


@pytest.mark.parametrize(
    "sentence, target",
    [
        # modelled on a French distributors' calendar: the verb in the present, the days first
        (
            "Le distributeur recule d'une semaine, du 4 au 11 octobre, Starfall Protocol.",
            "2023-10-11",
        ),
        (
            "Le distributeur avance du 27 au 13 octobre la sortie de Starfall Protocol.",
            "2023-10-13",
        ),
    ],
)
def test_a_french_distributor_s_move_told_in_the_present(facts, sentence, target):
    [move] = facts(sentence, kind="release_move")
    assert (move.subject.name, move.value["to"]) == ("Starfall Protocol", target)
    assert not facts(sentence, kind="release")


def test_a_french_delay_names_the_old_and_the_new_day(facts):
    found = facts(
        "Starfall Protocol, présenté à Cannes, est repoussé du 11 octobre au 1er novembre "
        "tandis que Harbor Lights est avancé du 20 au 13 septembre.",
        kind="release_move",
    )
    assert sorted((s.subject.name, s.value.get("from"), s.value["to"]) for s in found) == [
        ("Harbor Lights", None, "2023-09-13"),
        ("Starfall Protocol", "2023-10-11", "2023-11-01"),
    ]


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Starfall Protocol se estrenará en cines el 7 de junio de 2024.", ("2024-06-07",)),
        ("Starfall Protocol uscirà nelle sale il 12 luglio.", ("2023-07-12",)),
        # what it was planned for is history; "now" is the release
        (
            "Starfall Protocol, prévu le 25 mars et désormais programmé pour le 15 juillet.",
            ("2023-07-15",),
        ),
        ("Ballerina sortira le 12 juillet et non plus le 5 juillet.", ("2023-07-12",)),
        ("Starfall Protocol startet nicht wie vorgesehen am 12. November.", ()),
    ],
)
def test_releases_in_other_languages(facts, body, expected):
    found = [s for s in facts(body) if s.kind in ("release", "release_move")]
    assert tuple(s.value.get("date") or s.value["to"] for s in found) == expected


def test_a_country_opening_the_sentence_is_not_the_name_it_points_back_at(facts):
    """Modelled on a delay story's line per market: "In the UK, it moves…" had read "UK" as an
    unknown title the "it" described, and the date went nowhere."""
    found = facts(
        "Starfall Protocol has been delayed. In the UK, it moves from 11 December to "
        "22 January 2024. In the US, the film now opens on February 5, 2024, rather than "
        "December 8.",
    )
    moves = [
        (s.subject.name, s.value["region"], s.value.get("from"), s.value.get("to"))
        for s in found
        if s.kind == "release_move"
    ]
    assert ("Starfall Protocol", "GB", "2023-12-11", "2024-01-22") in moves
    releases = [
        (s.subject.name, s.value["region"], s.value["date"]) for s in found if s.kind == "release"
    ]
    assert releases == [("Starfall Protocol", "US", "2024-02-05")]  # December 8 is the old


def test_le_film_points_back_like_the_film(facts):
    [release] = facts(
        "Starfall Protocol a été présenté à Cannes. Le film sortira le 12 juillet.",
        kind="release",
    )
    assert (release.subject.name, release.value["date"]) == ("Starfall Protocol", "2023-07-12")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Following that in March of 2024 is Starfall Protocol.",
            [("Starfall Protocol", "2024-03")],
        ),
        (
            "The service will simulcast Harbor Lights on Sundays beginning on July 2.",
            [("Harbor Lights", "2023-07-02")],
        ),
        (
            "Fan favourites Harbor Lights and Starfall Protocol also return this January.",
            [("Harbor Lights", "2024-01"), ("Starfall Protocol", "2024-01")],
        ),
    ],
)
def test_schedule_copy_phrasings(facts, sentence, expected):
    found = facts(sentence, kind="release")
    assert sorted((s.subject.name, s.value["date"]) for s in found) == expected


@pytest.mark.parametrize(
    "body",
    [
        # A studio's plans name no title's release.
        "Starfall Protocol leads the list. The studio has announced the release schedule for "
        "its first films, and they are coming this year.",
        # What the story looks back on.
        "Back in November, we learned that Starfall Protocol would be released in theaters.",
        # The date a title had before the news.
        "The August release date for Starfall Protocol comes a few days after receiving a "
        "July 31 date.",
    ],
)
def test_plans_hindsight_and_old_dates_are_no_release(facts, body):
    assert not [
        s
        for s in facts(body, kind="release")
        if s.value["date"] in ("2023", "2023-11", "2023-07-31")
    ]


def test_an_english_a_film_points_back_at_nothing(facts):
    # "a film" is some other film; only "the film" (or "le film") is the one just named.
    assert not facts(
        "Starfall Protocol wrapped last week. A film about pirates will be released in 2025.",
        kind="release",
    )


@pytest.mark.parametrize(
    "body, expected",
    [
        # A rival on a title's new date opens that day too.
        (
            "The studio moved Starfall Protocol to March 8, 2024. "
            "On its new date, it will face Ballerina at the box office.",
            [("Ballerina", "2024-03-08", "theatrical"), ("Starfall Protocol", "2024-03-08", "")],
        ),
        # The date went to no title ("the sequel"): the sentence that points back names them.
        (
            "The sequel will continue its story on June 7, 2024, the studio said today. "
            "On its new date, Starfall Protocol will rival Ballerina.",
            [("Ballerina", "2024-06-07", ""), ("Starfall Protocol", "2024-06-07", "")],
        ),
        # Later in the same sentence.
        (
            "Starfall Protocol was moved to July 31, and Ballerina returns to theaters that "
            "weekend.",
            [
                ("Ballerina", "2023-07-31", "theatrical"),
                ("Starfall Protocol", "2023-07-31", "theatrical"),
            ],
        ),
        # A day long gone points nowhere; nor does one read many sentences before.
        ("Starfall Protocol opened on March 3, 2020. Ballerina opened the same day.", []),
        (
            "Starfall Protocol opens on March 8, 2024. The cast is large. The score is loud. "
            "The poster is red. On the same day, Ballerina gets a trailer.",
            [("Starfall Protocol", "2024-03-08", "")],
        ),
    ],
)
def test_a_sentence_that_points_back_at_a_date_gives_it_to_its_titles(facts, body, expected):
    found = facts(body, kind="release")
    found += facts(body, kind="release_move")
    assert sorted(
        (s.subject.name, s.value.get("date") or s.value["to"], s.value["medium"]) for s in found
    ) == sorted(expected)


def test_a_title_named_after_what_another_s_spin_off_is_gets_the_date_alone(facts):
    found = facts(
        "The studio said its Starfall Protocol spin-off series, Harbor Lights, will debut on "
        "Netflix on May 3, 2024.",
        kind="release",
    )
    assert [(s.subject.name, s.value["date"]) for s in found] == [("Harbor Lights", "2024-05-03")]


@pytest.mark.parametrize(
    "body",
    [
        # The day the news broke, not the release (modelled on a DLC's date announcement).
        "Hollowforge Games announced the Ironvale II release date today.",
        "The Ironvale II release date was revealed today during the showcase.",
        # "It's the end of the year": no title's "it".
        "Ballerina is long gone. It's the very end of 2023, and time to look at the games "
        "coming out in the new year.",
    ],
)
def test_the_day_of_the_news_is_no_release(facts, body):
    assert not [s for s in facts(body, kind="release") if s.value["date"] in ("2023-06-01", "2023")]


def test_a_game_pushed_into_a_year_moves_there(facts):
    found = facts(
        "One of the first big delays this year was Ironvale II, being pushed into 2024.",
        kind="release_move",
    )
    assert [(s.subject.name, s.value["to"]) for s in found] == [("Ironvale II", "2024")]


def test_titles_in_an_aside_are_not_the_sentence_s_subject(facts):
    found = facts(
        'Lionsgate said that "Starfall Protocol" - a sequel to 1999\'s "Harbor Lights" and '
        "to Ballerina - will come out in October 2024.",
        kind="release",
    )
    assert [(s.subject.name, s.value["date"]) for s in found] == [("Starfall Protocol", "2024-10")]


def test_a_part_of_a_season_is_no_title(facts):
    found = facts(
        "Harbor Lights returns for its second season. Part 1 premieres Jan. 29, Part 2 on Feb. 26.",
        kind="new_title",
    )
    assert [s.subject.name for s in found] == []


def test_a_slate_of_titles_each_with_its_date_gives_each_its_own(facts):
    """Modelled on a studio's schedule: no release verb, each title followed by its day."""
    found = facts(
        "The studio's summer slate includes Lionsgate's Ballerina on June 7, Starfall "
        "Protocol on July 12, and Harbor Lights on August 9.",
        kind="release",
    )
    assert [(s.subject.name, s.value["date"]) for s in found] == [
        ("Ballerina", "2023-06-07"),
        ("Starfall Protocol", "2023-07-12"),
        ("Harbor Lights", "2023-08-09"),
    ]
    assert all(s.confidence < 0.8 for s in found)  # an editor confirms each


def test_titles_opening_alongside_in_a_new_slot_take_the_new_date_not_the_old(facts):
    """Modelled on a date moved up: the sentence before the pointer names the old date."""
    found = facts(
        "Ballerina moves up a week and will open June 7. It faced little competition on the "
        'June 14 date. In its new slot, it will open alongside the thriller "Harbor Lights" '
        'and the comedy "Starfall Protocol."',
    )
    assert sorted(
        (s.subject.name, s.value.get("date") or s.value["to"])
        for s in found
        if s.kind in ("release", "release_move")
    ) == [
        ("Ballerina", "2023-06-07"),
        ("Harbor Lights", "2023-06-07"),
        ("Starfall Protocol", "2023-06-07"),
    ]


def test_a_title_in_an_opening_with_clause_or_several_untitled_films_get_no_date(facts):
    found = facts(
        "Harbor Lights opens in May. With Starfall Protocol bringing the saga to its end, "
        "three new as-yet-untitled films will release every other year beginning in 2025.",
        kind="release",
    )
    assert [s.value["date"] for s in found if s.value["date"] == "2025"] == []


def test_the_film_that_describes_an_unknown_name_does_not_point_back(facts):
    """Modelled on a showcase recap read cold: the game the dates are for is new to the catalog;
    the story's known title must not take them."""
    found = facts(
        "Ironvale II launches on 12th May 2024. Other highlights included the debut of Moonpetal "
        "Engage, the next entry in the storied Moonpetal series, launching on 20th January "
        "2024; and the co-op adventure It Takes Three, out on 4th November 2023.",
        kind="release",
    )
    assert [
        (s.subject.name, s.value["date"]) for s in found if s.subject.name == "Ironvale II"
    ] == [("Ironvale II", "2024-05-12")]


@pytest.mark.parametrize(
    "body",
    [
        # A title named to say who someone is (modelled on a drama's casting and date).
        "Harbor Lights returns this spring. The series, which is set to star Ballerina's Ana "
        "Marquez and Starfall Protocol actor Dev Hollis, will premiere on Sunday 8 March.",
        # A page's timestamp is no title.
        "Harbor Lights returns this spring.\n\nNov 14, 2023, 10:50 PM EST\n\nThe series will "
        "premiere on Sunday 8 March.",
    ],
)
def test_the_series_is_the_story_s_title_not_a_title_named_in_passing(facts, body):
    found = facts(body, kind="release")
    assert [
        (s.subject.name, s.value["date"]) for s in found if s.value["date"] == "2024-03-08"
    ] == [("Harbor Lights", "2024-03-08")]


def test_where_a_series_is_filmed_is_not_where_it_premieres(facts):
    found = facts(
        "The debut season of Harbor Lights will soon begin filming in Colombia with the series "
        "premiering in all Netflix territories in early 2024.",
        kind="release",
    )
    assert [(s.value["date"], s.value["region"]) for s in found] == [("2024-H1", "WW")]


@pytest.mark.parametrize(
    "body",
    [
        # Titles in brackets say what a studio made before.
        "Directed by Mia Sato of the studio behind (Harbor Lights, Ballerina), Starfall "
        "Protocol premiered at Annecy. It will be released in Japan on October 20.",
        # A point of reference: "the follow-up to the first X".
        "Starfall Protocol\n\nKeanu Reeves is back in the follow-up to the first Harbor "
        "Lights. The film also stars Ana de Armas and debuts on October 20th.",
    ],
)
def test_the_film_points_back_at_the_title_the_story_is_about(facts, body):
    found = facts(body, kind="release")
    assert [s.subject.name for s in found if s.value["date"] == "2023-10-20"] == [
        "Starfall Protocol"
    ]


def test_no_release_date_yet_is_the_sequel_s_the_story_turned_to(facts):
    found = facts(
        "Ballerina opened to strong reviews. Lionsgate has confirmed that Starfall Protocol is "
        "in development. Neither a start date nor a release date has yet been announced.",
        kind="release",
    )
    assert [(s.subject.name, s.value["date"]) for s in found if s.value["date"] == "TBA"] == [
        ("Starfall Protocol", "TBA")
    ]


def test_a_sum_s_year_is_no_release(facts):
    found = facts(
        "Starfall Protocol will stream on the service, whose market is expected to grow from "
        "$22.7 billion in 2022.",
        kind="release",
    )
    assert [s.value["date"] for s in found] == []


def test_an_old_date_stays_history_when_another_clause_announces(facts):
    found = facts(
        "The streamer, which launched Harbor Lights in India in 2016, is expected to grow its "
        "audience there.",
        kind="release",
    )
    assert [s.value["date"] for s in found] == []


def test_north_american_theaters_are_the_united_states_and_canada(facts):
    found = facts("Starfall Protocol opens in North American theaters on June 9.", kind="release")
    assert sorted(s.value["region"] for s in found) == ["CA", "US"]


def test_the_title_whose_slot_another_takes_gets_no_date(facts):
    found = facts(
        'Finally, Starfall Protocol takes the slot of the "Untitled Harbor film" set for '
        "mid-June 2024.",
        kind="release",
    )
    assert [(s.subject.name, s.value["date"]) for s in found] == [("Starfall Protocol", "2024-06")]


def test_a_vaguer_date_for_some_platforms_gives_way_to_the_exact_one(facts):
    found = facts(
        "Three weeks ago the studio said Ironvale II would launch for PC and Switch sometime "
        "this fall. Ironvale II now launches on September 17.",
        kind="release",
    )
    assert {s.value["date"] for s in found} == {"2023-09-17"}


def test_a_festival_premiere_and_the_release_after_it_are_two_facts(facts):
    found = facts(
        "Starfall Protocol will have its world premiere at the festival in July. On 3 August, "
        "Starfall Protocol will be released in UK cinemas, following the film's premiere at "
        "the festival.",
        kind="release",
    )
    assert sorted((s.value["date"], s.value["medium"]) for s in found) == [
        ("2023-07", "premiere"),
        ("2023-08-03", "theatrical"),
    ]


def test_a_wire_story_s_date_stamp_and_dateline_are_not_pointed_back_at(facts):
    """Modelled on agency copy: a date line, a dateline, then "on the same day" about a
    practice, not a date."""
    found = facts(
        "Agencies\nJune 1, 2023\n\nJune 1: The streamer will debut three of its films in a "
        "limited number of theatres before they appear online, the company said.\n\nThe move "
        "for Harbor Lights and Starfall Protocol is a change from its practice of releasing "
        "films in theatres and online on the same day.",
        kind="release",
    )
    assert [s.value["date"] for s in found] == []


def test_the_release_of_other_films_does_not_point_back(facts):
    found = facts(
        "Harbor Lights was set to open in April. After the lockdown, many filmmakers were "
        "awaiting the release of their upcoming films in 2024.",
        kind="release",
    )
    assert [s.value["date"] for s in found if s.value["date"] == "2024"] == []


def test_a_finale_s_date_is_not_the_release(facts):
    found = facts(
        "Harbor Lights is back. The eight-episode second season is currently airing with the "
        "finale set for June 27.",
        kind="release",
    )
    assert [s.value["date"] for s in found] == []


def test_a_schedule_row_gives_its_date_to_each_title_it_names(facts):
    """Modelled on a network's mid-season return dates: date first, then the shows."""
    found = facts(
        "SEASONS BEING RESUMED\n\n"
        "— Jan. 14: “Harbor Lights” and its spin-off, “Starfall Protocol,” 8 and 9 p.m. "
        "Saturdays.",
        kind="release",
    )
    assert sorted((s.subject.name, s.value["date"]) for s in found) == [
        ("Harbor Lights", "2024-01-14"),
        ("Starfall Protocol", "2024-01-14"),
    ]


@pytest.mark.parametrize(
    "headline, body, expected",
    [
        # A season that begins (that season's date, not the show's), a time before the day,
        # the American network the headline opens on: its schedule is the country's.
        (
            "The Network, USA Network start the fall season Tuesday",
            "Harbor Lights begins its 12th and final season on Sept. 24. Starfall Protocol "
            "debuts at 9 p.m. Tuesday on the network.",
            [
                ("Harbor Lights — Season 12", "2023-09-24", "US"),
                ("Starfall Protocol", "2023-06-06", "US"),
            ],
        ),
    ],
)
def test_a_tv_column_s_dates(facts, headline, body, expected):
    found = facts(body, headline=headline, kind="release")
    assert sorted((s.subject.name, s.value["date"], s.value["region"]) for s in found) == expected


def test_a_day_without_a_year_in_an_announcement_is_the_coming_one(facts):
    # Modelled on a game page published weeks after the day it names: "will launch … on
    # November 12" cannot be the November 12 just gone.
    [release] = facts(
        "Ironvale II will launch on Switch 2 on May 12.", published=date(2023, 6, 1), kind="release"
    )
    assert (release.value["date"], release.value["channel"]) == ("2024-05-12", "Switch 2")
    # A listing's "available May 12" in a June 1 roundup is still the one just gone.
    [listed] = facts("Ironvale II, out on PS5 May 12.", published=date(2023, 6, 1), kind="release")
    assert listed.value["date"] == "2023-05-12"


def test_planned_for_a_month(facts):
    [release] = facts(
        "The Switch 2 edition of Ironvale II is planned for November.", kind="release"
    )
    assert (release.subject.name, release.value["date"], release.value["channel"]) == (
        "Ironvale II",
        "2023-11",
        "Switch 2",
    )


def test_a_festival_screening_is_a_premiere_beside_the_release(values, facts):
    found = facts(
        "Starfall Protocol will screen at the Berlin International Film Festival on "
        "February 14, 2024, ahead of its March 8 release in theaters.",
        kind="release",
    )
    assert values(found, "date", "medium") == [
        ("2024-02-14", "premiere"),
        ("2024-03-08", "theatrical"),
    ]


@pytest.mark.parametrize(
    "service, channel",
    [
        ("Apple TV", "Apple TV"),
        ("Apple TV+", "Apple TV"),
        ("Max", "HBO Max"),
        ("HBO Max", "HBO Max"),
        ("Disney Plus", "Disney+"),
        ("Amazon Prime Video", "Prime Video"),
    ],
)
def test_a_streaming_service_under_any_of_its_names_is_one_channel(facts, service, channel):
    [release] = facts(f"Harbor Lights premieres on {service} on March 3, 2024.", kind="release")
    assert (release.value["medium"], release.value["channel"]) == ("streaming", channel)


def test_a_studio_s_reshuffle_gives_each_title_its_own_old_date():
    """Modelled on delay round-ups: "X moves to July 16th (from Feb 5th), and Y will now hit
    November 11th (from June 11th)" gave Y no old date; "going from July 16th to a February
    11th slot" was no move; "the film Relay from April 16th" read "Relay from April 16th" as
    one name; a studio pushing back "Edgar Wright's Last Night Out" became a film "Focus"."""
    story = (
        "Sony has pushed back two features. The musical Glass Slipper moves to July 16th "
        "(from Feb 5th), and Jonah Pell's Afterglow will now hit November 11th (from June "
        "11th). The adaptation of Deep Map is leaving 2027 altogether, going from July 16th to "
        "a February 11th 2028 slot. Universal delayed the sci-fi film Relay from April 16th to "
        "August 13th. Focus pushed back Edgar Wright's Last Night Out by six months, now "
        "opening it on October 22nd."
    )
    warm = Gazetteer(
        [
            Entry(i, "title", name, (), "film")
            for i, name in enumerate(["Glass Slipper", "Afterglow", "Deep Map"], 1)
        ]
    )
    found = extract(Document(headline="", body=story, published=date(2027, 1, 22)), warm)
    moves = [s for s in found if s.kind == "release_move"]
    assert [(s.subject.name, s.value["to"], s.value.get("from")) for s in moves] == [
        ("Glass Slipper", "2027-07-16", "2027-02-05"),
        ("Afterglow", "2027-11-11", "2027-06-11"),
        ("Deep Map", "2028-02-11", "2027-07-16"),
        ("Relay", "2027-08-13", "2027-04-16"),
        ("Last Night Out", "2027-10-22", None),
    ]


def test_a_trailer_round_up_dates_each_film_under_its_heading():
    """Modelled on weekly trailer round-ups: "the October 6 release features…" and "this
    March 3, 2028 release" name the film of the paragraph by its date; "select theaters" is a
    limited opening."""
    story = (
        "The Paper Crown\n\nComing to select theaters March 5th before expanding the next week, "
        "The Paper Crown also stars Dana Ruiz as a fading magician.\n\nHollow Creek\n\n"
        "Written by Ana Petrov and directed by Lev Marsh, the October 6 release features a "
        "supporting cast of Omar Diaz and Rina Cole.\n\nNorthbound\n\nLena Park will play the "
        "captain one last time. Ivo Brandt returns to direct this March 3, 2028 release."
    )
    known = Gazetteer(
        [
            Entry(i, "title", n, (), "film")
            for i, n in enumerate(["The Paper Crown", "Hollow Creek", "Northbound"], 1)
        ]
    )
    found = extract(Document(headline="Trailers", body=story, published=date(2027, 1, 22)), known)
    assert [
        (s.subject.name, s.value["date"], s.value["medium"]) for s in found if s.kind == "release"
    ] == [
        ("The Paper Crown", "2027-03-05", "theatrical_limited"),
        ("Hollow Creek", "2027-10-06", ""),
        ("Northbound", "2028-03-03", ""),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The PS5 and PC version will launch on March 4, the studio said in a showcase stream "
        "on Tuesday, and a Switch 2 edition is planned for November.",
        "A Switch 2 edition is planned for November, and the PS5 and PC version will launch "
        "on March 4.",
    ],
)
def test_each_edition_of_a_game_keeps_its_own_date(sentence):
    """Modelled on a walk-through: the Switch 2 edition got the PS5 and PC date, and its own
    November went unproposed ("a Switch 2 edition" was read as no title's; "a showcase
    stream on Tuesday" as a release day)."""
    known = Gazetteer([Entry(1, "title", "Hollowmere Keep", (), "game")])
    found = extract(
        Document(headline="Hollowmere Keep gets dates", body=sentence, published=date(2026, 12, 5)),
        known,
    )
    assert sorted((s.value["channel"], s.value["date"]) for s in found if s.kind == "release") == [
        ("PC", "2027-03-04"),
        ("PS5", "2027-03-04"),
        ("Switch 2", "2027-11"),
    ]


def test_one_release_told_twice_is_one_card_the_surer_one(facts):
    """Modelled on a walk-through: a renewal saying the date in two sentences, one "the
    streamer announced", gave two cards for one release."""
    found = facts(
        "Harbor Lights will return to Netflix in fall 2024, the streamer announced on "
        "Thursday. Harbor Lights will premiere on Netflix in fall 2024.",
        kind="release",
    )
    assert [(s.value["date"], s.value["confidence"]) for s in found] == [("2024-fall", "confirmed")]


@pytest.mark.parametrize("known", [[], ["Les Ombres du Port", "Marée Basse", "Petit Matin"]])
def test_a_french_list_of_new_dates_gives_the_new_one_only(known):
    """Modelled on French round-ups of postponed films: "Date de sortie initiale : 12 mars"
    under a film's heading was proposed as its release and "Nouvelle date : 4 juin" lost; the
    old date in "(ancienne sortie au cinéma : …)" and "qui devait sortir le 18 mars" was
    taken for the new one; « guillemets » did not mark a title; "La sortie est reportée"
    went to the film named before the one whose "sortie" it was."""
    story = (
        "Les Ombres du Port\n\nDate de sortie initiale : 12 mars 2027\n\nNouvelle date : "
        "4 juin 2027\n\n« Marée Basse » : 11 février 2028 (ancienne sortie au cinéma : 16 "
        "juillet 2027)\n\nPathé repousse la sortie de Petit Matin, qui devait sortir le 18 "
        "mars. La sortie est reportée au 26 août."
    )
    gazetteer = Gazetteer([Entry(i, "title", n, (), "film") for i, n in enumerate(known, 1)])
    found = extract(
        Document(headline="Les sorties repoussées", body=story, published=date(2027, 1, 15)),
        gazetteer,
    )
    dated = {
        (s.subject.name, s.value.get("date") or s.value["to"])
        for s in found
        if s.kind in ("release", "release_move")
    }
    assert dated == {
        ("Les Ombres du Port", "2027-06-04"),
        ("Marée Basse", "2028-02-11"),
        ("Petit Matin", "2027-08-26"),  # "la sortie de Petit Matin" names the film
    }


def test_a_spanish_list_of_moved_films_keeps_the_new_dates():
    """Modelled on Spanish-language wire copy: "(también tenía previsto lanzarse el 9 de
    abril)" gave the old date as the release, "cambió la fecha … del 3 de abril al 7 de
    agosto" was no move."""
    story = (
        'Disney anunció que "Los Días Largos" desembarcará en los cines el 22 de octubre '
        "(también tenía previsto lanzarse el 9 de abril).\n\nSony cambió la fecha de "
        "lanzamiento de Conejo Azul del 3 de abril al 7 de agosto."
    )
    known = Gazetteer(
        [
            Entry(1, "title", "Los Días Largos", (), "film"),
            Entry(2, "title", "Conejo Azul", (), "film"),
        ]
    )
    found = extract(Document(headline="Retrasos", body=story, published=date(2027, 1, 15)), known)
    assert [
        (s.subject.name, s.value.get("date") or s.value["to"], s.value.get("from"))
        for s in found
        if s.kind in ("release", "release_move")
    ] == [("Los Días Largos", "2027-10-22", None), ("Conejo Azul", "2027-08-07", "2027-04-03")]


@pytest.mark.parametrize(
    "sentence, title, expected",
    [
        (
            'Statt am 31. März startet "Graue Stunde" erst am 8. Oktober.',
            "Graue Stunde",
            "2027-10-08",
        ),
        (
            '"Tiefer Hafen" : 11. Februar 2028 (alter Kinostart: 16. Juli 2027)',
            "Tiefer Hafen",
            "2028-02-11",
        ),
        (
            'Der Film "Nordlicht" wird nicht wie geplant am 23. April anlaufen, sondern am '
            "4. Juni.",
            "Nordlicht",
            "2027-06-04",
        ),
        (
            'Ursprünglich sollte der Film "Leiser Zug" am 9. April starten. Der neue Starttermin '
            "ist der 30. Juli.",
            "Leiser Zug",
            "2027-07-30",
        ),
        (
            "Le film « Lune Pâle » ne sortira pas le 3 mai mais le 10 mai.",
            "Lune Pâle",
            "2027-05-10",
        ),
    ],
)
def test_german_and_french_copy_give_the_new_start_not_the_old(sentence, title, expected):
    """Modelled on German and French lists of moved cinema starts: "Statt am 31. März",
    "(alter Kinostart: …)", "Ursprünglich sollte … am 9. April", "nicht wie geplant am …,
    sondern am …", "ne sortira pas le … mais le …" each gave the old date."""
    known = Gazetteer([Entry(1, "title", title, (), "film")])
    found = extract(
        Document(headline="Kinostarts", body=sentence, published=date(2027, 1, 15)), known
    )
    assert [s.value["date"] for s in found if s.kind == "release"] == [expected]


def test_a_new_day_with_its_old_one_in_brackets_is_a_move_to_come():
    """Modelled on a walk-through's reshuffle: "will now hit November 11th (from June 11th)"
    and "slides one week, to October 8th (from October 1st)" gave no card; a move's new day
    without a year is the coming one (a December story's November 11th is next year's)."""
    story = (
        "Copper Saints will now hit November 11th (from June 11th) after reshoots.\n\n"
        "The horror sequel Marrow Lane 2 slides one week, to October 8th (from October 1st)."
    )
    known = Gazetteer(
        [
            Entry(1, "title", "Copper Saints", (), "film"),
            Entry(2, "title", "Marrow Lane 2", (), "film"),
        ]
    )
    found = extract(Document(headline="Moves", body=story, published=date(2026, 12, 5)), known)
    assert [
        (s.subject.name, s.value["from"], s.value["to"]) for s in found if s.kind == "release_move"
    ] == [
        ("Copper Saints", "2027-06-11", "2027-11-11"),
        ("Marrow Lane 2", "2027-10-01", "2027-10-08"),
    ]


def test_a_card_quotes_the_story_as_written():
    """« guillemets » and curly quotes are read as plain quotes, but the card shows (and the
    desk looks for) the story's own words."""
    story = (
        "« Les Ombres de Lisbonne » : 11 février 2028 (ancienne sortie au cinéma : 16 juillet 2027)"
    )
    found = extract(
        Document(headline="Les films repoussés", body=story, published=date(2027, 1, 15)),
        Gazetteer([]),
    )
    [release] = [s for s in found if s.kind == "release"]
    assert release.sentence == story
    assert (release.value["date"], release.value["medium"]) == ("2028-02-11", "theatrical")


def test_a_listing_s_headings_are_its_titles():
    """Modelled on a walk-through's trailer round-up: "### Paper Moons" over "The October 6
    release features…" gave nothing on a catalog that knew none of the films."""
    body = (
        "Three new trailers landed.\n\nPaper Moons\n\nThe October 6 release features a "
        "stacked cast.\n\nSaltwater Kings\n\nExpect more from this March 3, 2028 release."
    )
    found = extract(
        Document(
            headline="New trailers this week",
            body=body,
            published=date(2026, 12, 5),
            headings=("Paper Moons", "Saltwater Kings"),
        ),
        Gazetteer([]),
    )
    assert [(s.subject.name, s.value["date"]) for s in found if s.kind == "release"] == [
        ("Paper Moons", "2027-10-06"),
        ("Saltwater Kings", "2028-03-03"),
    ]
    # One heading alone ("### What we know") heads no listing.
    alone = extract(
        Document(
            headline="News", body=body, published=date(2026, 12, 5), headings=("Paper Moons",)
        ),
        Gazetteer([]),
    )
    assert not [s for s in alone if s.kind == "release" and s.subject.name == "Paper Moons"]


def test_a_streaming_week_s_label_lines_give_each_heading_its_day():
    """Modelled on a weekly "what's new on the service" post: each title is a heading, its
    day a label line under it ("Coming to Netflix: Friday"). The label was read as a film
    called "Coming to Netflix: Friday", a subtitled heading ("FRAUDSTER: The Man Who Sold
    Tomorrow (Season 1)") was no title, and its Wednesday went to the next heading."""
    parts = [
        ("The Pale Lantern (2026)", "Coming to Netflix: Friday", "It stars Dara Quinn."),
        (
            "FRAUDSTER: The Man Who Sold Tomorrow (Season 1)",
            "Coming to Netflix: Wednesday",
            "Four episodes follow the rise and fall of a famous swindler.",
        ),
        ("The Last Watch (Season 11)", "Coming to Netflix: Friday", "Every season arrives."),
    ]
    body = "Here is the week on Netflix.\n\n" + "\n\n".join("\n\n".join(p) for p in parts)
    found = extract(
        Document(
            headline="What's new on Netflix this week",
            body=body,
            published=date(2026, 12, 28),  # a Monday
            headings=tuple(heading for heading, *_ in parts),
        ),
        Gazetteer([]),
    )
    releases = [s for s in found if s.kind == "release"]
    assert [(s.subject.name, s.value["date"], s.value["channel"]) for s in releases] == [
        ("The Pale Lantern", "2027-01-01", "Netflix"),
        ("FRAUDSTER: The Man Who Sold Tomorrow", "2026-12-30", "Netflix"),
        ("The Last Watch — Season 11", "2027-01-01", "Netflix"),  # the season its heading names
    ]
    assert not [s for s in found if s.kind == "new_title" and "Coming" in s.value["name"]]


def test_a_listing_s_small_headline_opens_a_part_about_another_title():
    """Modelled on a weekly trailer round-up: its parts are headed by titles and by small
    headlines ("Marisa Cole goes Quiet Water"). "The March 17 release" under such a headline
    went to the title of the part above, and the headline itself was proposed as a film."""
    parts = [
        ("Harbor Lights", "A new teaser shows the crew. Harbor Lights opens on May 19th."),
        (
            "Marisa Cole goes Quiet Water",
            "Quiet Water closes a trio of Texas tales. The March 17 release stars Rooney Mara.",
        ),
        ("Ashen Crown", "Reyes takes on the legend. This May 12 release is loud."),
        ("Tom Baker is back", "The new trailer for this June 2 release is short."),
    ]
    body = "\n\n".join(f"{heading}\n\n{prose}" for heading, prose in parts)
    found = extract(
        Document(
            headline="The week's new trailers",
            body=body,
            published=date(2017, 2, 24),
            headings=tuple(heading for heading, _ in parts),
        ),
        Gazetteer([]),
    )
    assert [(s.subject.name, s.value["date"]) for s in found if s.kind == "release"] == [
        ("Harbor Lights", "2017-05-19"),
        ("Quiet Water", "2017-03-17"),
        ("Ashen Crown", "2017-05-12"),
    ]
    assert [s.subject.name for s in found if s.kind == "credit"] == ["Quiet Water"]
    new = {s.value["name"] for s in found if s.kind == "new_title"}
    assert not new & {"Marisa Cole goes Quiet Water", "Tom Baker is back"}


@pytest.mark.parametrize(
    "headline, body, expected",
    [
        (
            "Les sorties de la semaine au cinéma",
            "Le film « Lune Pâle » sortira en France le 10 mai 2027 et au Canada le 3 juin "
            "2027. Le distributeur a confirmé la date pour les salles de la région.",
            [("2027-05-10", "FR"), ("2027-06-03", "CA")],
        ),
        (
            "Die Kinostarts der Woche",
            'Der Film "Lune Pâle" startet in Deutschland am 4. Juni 2027 und in Österreich am '
            "5. Juni 2027. Der Verleih hat den Termin für die Kinos bestätigt, und die "
            "Regisseurin ist mit dem Film auf Tour.",
            [("2027-06-04", "DE"), ("2027-06-05", "AT")],
        ),
    ],
)
def test_a_story_in_another_language_names_its_countries_in_its_words(headline, body, expected):
    """A country named in French or German ("en France", "in Österreich") beyond a story's
    opening was no region at all, and "et"/"und" did not part one country's date from the
    other's."""
    known = Gazetteer([Entry(1, "title", "Lune Pâle", (), "film")])
    found = extract(Document(headline=headline, body=body, published=date(2027, 1, 15)), known)
    assert [(s.value["date"], s.value["region"]) for s in found if s.kind == "release"] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Starfall Protocol is coming to select theaters March 5th, before expanding "
            "nationwide later in the spring.",
            [("2024-03-05", "theatrical_limited"), ("2024-spring", "theatrical")],
        ),
        (
            "Starfall Protocol opens in limited release on March 5 and expands wide on March 19.",
            [("2024-03-05", "theatrical_limited"), ("2024-03-19", "theatrical")],
        ),
    ],
)
def test_a_limited_opening_and_the_wide_one_after_it_are_two_releases(
    values, facts, sentence, expected
):
    """Modelled on a walk-through's trailer round-up: the nationwide expansion was lost, its
    "later in the spring" read as the limited date told vaguer."""
    found = facts(sentence, published=date(2023, 12, 1), kind="release")
    assert values(found, "date", "medium") == expected


def test_each_platform_s_date_stands_however_vague_beside_another_s(values):
    """Modelled on a walk-through: "that port is due in H1 2027" for Xbox was dropped as the
    PS5's March 4, 2027 told vaguer."""
    known = Gazetteer([Entry(1, "title", "Gloamrider", (), "game")])
    story = (
        "The PS5 version of Gloamrider will launch on March 4, 2027. Xbox Series X|S players "
        "will have to wait a little longer: that port is due in H1 2027."
    )
    found = extract(
        Document(headline="Gloamrider dated", body=story, published=date(2026, 12, 5)), known
    )
    assert values([s for s in found if s.kind == "release"], "channel", "date") == [
        ("PS5", "2027-03-04"),
        ("Xbox Series X|S", "2027-H1"),
    ]


def test_a_port_that_follows_and_an_edition_of_the_console_maker_keep_their_dates(values):
    """Modelled on a walk-through: "The Xbox version follows on April 22" and "A Nintendo
    Switch 2 edition is due in H1 2027" gave no card; "out now on PC" gave the PS5's date
    to PC."""
    known = Gazetteer(
        [
            Entry(1, "title", "Ember Lattice", (), "game"),
            Entry(2, "title", "Ember Road", (), "game"),
        ]
    )
    story = (
        "The PS5 version of Ember Lattice launches on March 18, 2027. The Xbox Series X|S "
        "version follows on April 22, 2027. A Nintendo Switch 2 edition is due in H1 2027.\n\n"
        "Ember Road is out now on PC, and the PS5 version follows on October 2, 2027."
    )
    found = extract(Document(headline="Dates", body=story, published=date(2026, 12, 5)), known)
    assert [
        (s.subject.name, s.value["channel"], s.value["date"]) for s in found if s.kind == "release"
    ] == [
        ("Ember Lattice", "PS5", "2027-03-18"),
        ("Ember Lattice", "Xbox Series X|S", "2027-04-22"),
        ("Ember Lattice", "Switch 2", "2027-H1"),
        ("Ember Road", "PS5", "2027-10-02"),
    ]


def test_a_spanish_story_s_cinemas_of_a_country_are_that_country_s():
    body = (
        "Hilo Rojo se estrenará en los cines de España el 16 de abril de 2027. La película "
        "es una historia de amor en la ciudad de los sueños y de la memoria."
    )
    known = Gazetteer([Entry(1, "title", "Hilo Rojo", (), "film")])
    found = extract(
        Document(
            headline="Los estrenos de la semana que viene", body=body, published=date(2026, 12, 5)
        ),
        known,
    )
    [release] = [s for s in found if s.kind == "release"]
    assert (release.value["region"], release.value["medium"]) == ("ES", "theatrical")


def _releases(story: str, headline: str, known=()) -> list[tuple]:
    gazetteer = Gazetteer(
        [Entry(i + 1, "title", name, (), kind) for i, (name, kind) in enumerate(known)]
    )
    found = extract(Document(headline=headline, body=story, published=date(2026, 12, 1)), gazetteer)
    return [
        (s.subject.name, s.value["date"], s.value["medium"], s.value["channel"])
        for s in found
        if s.kind == "release"
    ]


def test_a_game_that_unlocks_per_platform_after_a_platform_opens_the_sentence():
    """Modelled on a staggered-launch brief: "On PC, the game unlocks globally…" gave no card
    ("On PC," was read as an unknown title's name), nor did "Switch 2 players get the game"."""
    story = (
        "On PC, the game unlocks worldwide at noon ET on Feb. 18 through Steam. Nintendo "
        "Switch 2 owners get the game on March 27."
    )
    assert _releases(story, "Ironvale Sets Staggered Launch", [("Ironvale", "game")]) == [
        ("Ironvale", "2027-02-18", "platform", "PC"),
        ("Ironvale", "2027-03-27", "platform", "Switch 2"),
    ]


def test_a_staggered_game_launch_with_its_publisher_abroad_and_a_later_version():
    """Modelled on a walk-through's game story: the publisher in Japan ("publisher Kitsune
    Interactive, which is handling the game there, will release it on March 2") became a
    film holding the Japan date; "on PS5 and PC, with Switch 2 to follow in May" gave PC
    May; "That version follows on May 14" said no platform."""
    story = (
        "The game launches on March 9 on PS5 and PC worldwide. In Japan, publisher Kitsune "
        "Interactive, which is handling the game there, will release it on March 2.\n\n"
        "A Switch 2 version is also in the works. That version follows on May 14."
    )
    headline = "Ember Reach launches March 9 on PS5 and PC, with Switch 2 to follow in May"
    for known in ([], [("Ember Reach", "game")]):
        found = extract(
            Document(headline=headline, body=story, published=date(2026, 12, 1)),
            Gazetteer([Entry(i + 1, "title", n, (), k) for i, (n, k) in enumerate(known)]),
        )
        assert {s.value["name"] for s in found if s.kind == "new_title"} <= {"Ember Reach"}
        assert [s.value["name"] for s in found if s.kind == "new_company"] == [
            "Kitsune Interactive"
        ]
        releases = {
            (s.subject.name, s.value["date"], s.value["region"], s.value["channel"])
            for s in found
            if s.kind == "release"
        }
        assert releases == {
            ("Ember Reach", "2027-03-09", "WW", "PS5"),
            ("Ember Reach", "2027-03-09", "WW", "PC"),
            ("Ember Reach", "2027-03-02", "JP", ""),
            ("Ember Reach", "2027-05-14", "WW", "Switch 2"),
        }


def test_a_service_that_brings_a_season_out_is_where_it_streams():
    """Modelled on when-to-watch briefs: "Starz begins Season 2 of…", "Prime Video will add
    … to its library" and "Hulu will premiere the first three episodes" gave no card, or
    one with no service beside the headline's date told again."""
    assert _releases(
        "Starz begins Season 2 of The Quiet Tenant at 9 p.m. ET on Friday, Jan. 22.",
        "The Quiet Tenant Season 2 Gets a Date",
    ) == [("The Quiet Tenant — Season 2", "2027-01-22", "streaming", "Starz")]
    assert _releases(
        "Prime Video will add Saltmarsh Season 2 to its library at 12 a.m. ET on Friday, "
        "February 12.",
        "When to watch",
    ) == [("Saltmarsh — Season 2", "2027-02-12", "streaming", "Prime Video")]
    assert _releases(
        "Hulu will premiere the first three episodes on Feb. 23, followed by weekly drops.",
        "Lowlands Season 2 Sets Feb. 23 Launch",
        [("Lowlands", "series")],
    ) == [("Lowlands — Season 2", "2027-02-23", "streaming", "Hulu")]


def test_a_festival_s_opening_and_closing_nights_are_premieres_at_that_festival():
    """Modelled on festival line-ups: "will open the Venice Film Festival on August 27" and
    "The festival closes on May 24 with…" gave a release with no medium (or none), and a
    premiere never said which festival; "Sundance" and "the Sundance Film Festival" in two
    sentences are one premiere."""
    known = [("Night Ferry", "film"), ("Salt Country", "film")]
    assert _releases(
        "Night Ferry will open the 83rd Venice Film Festival on August 27, 2027.", "Line-up", known
    ) == [("Night Ferry", "2027-08-27", "premiere", "Venice Film Festival")]
    assert _releases(
        "The Harbour Film Festival closes on May 24, 2027 with Salt Country.", "Line-up", known
    ) == [("Salt Country", "2027-05-24", "premiere", "Harbour Film Festival")]
    assert _releases(
        "Night Ferry premieres at Sundance on January 24. The world premiere on January 24 "
        "at the Sundance Film Festival is sold out.",
        "Night Ferry heads to Park City",
        known,
    ) == [("Night Ferry", "2027-01-24", "premiere", "Sundance Film Festival")]


def test_a_listing_s_service_column_is_where_each_title_streams():
    """Modelled on a weekly streaming pick: "Title, Service, Date." rows gave no card, and
    "(Service, Date)" a card with no service."""
    rows = "- The Cube Kids, Netflix, July 29\n- Muppet Hour (Disney+, July 31)"
    assert _releases(rows, "Also streaming this week") == [
        ("The Cube Kids", "2027-07-29", "streaming", "Netflix"),
        ("Muppet Hour", "2027-07-31", "streaming", "Disney+"),
    ]
    known = [("The Cube Kids", "film"), ("Muppet Hour", "series")]
    assert _releases(
        "The Cube Kids, Netflix, July 29. Muppet Hour, Disney+, July 31.", "Also streaming", known
    ) == [
        ("The Cube Kids", "2027-07-29", "streaming", "Netflix"),
        ("Muppet Hour", "2027-07-31", "streaming", "Disney+"),
    ]


def test_on_amazon_is_prime_video_but_amazon_s_studio_and_its_cinema_releases_are_not():
    known = [("Homefront", "film")]
    assert _releases("Homefront drops on Amazon March 2.", "x", known) == [
        ("Homefront", "2027-03-02", "streaming", "Prime Video")
    ]
    assert _releases(
        "Homefront was sold to Amazon MGM Studios and opens in theaters March 2.", "x", known
    ) == [("Homefront", "2027-03-02", "theatrical", "")]
    assert _releases("Amazon will release Homefront in theaters on March 2.", "x", known) == [
        ("Homefront", "2027-03-02", "theatrical", "")
    ]


def test_the_following_day_in_another_country_is_counted_from_the_first():
    """Modelled on a walk-through: "premieres January 14 … on HBO in the US and the
    following day on Sky Atlantic in the UK" gave the UK January 14, with no channel, and
    the headline a worldwide January 14 beside them."""
    known = [("The Glass Orchard", "series")]
    story = (
        "HBO has dated The Glass Orchard: the thriller premieres January 14 at 9 p.m. ET on "
        "HBO in the US and the following day on Sky Atlantic in the UK."
    )
    assert _releases(
        story, "The Glass Orchard: January 14 on HBO, a day later in the UK", known
    ) == [
        ("The Glass Orchard", "2027-01-14", "tv", "HBO"),
        ("The Glass Orchard", "2027-01-15", "tv", "Sky Atlantic"),
    ]


def test_a_date_moved_up_a_week_earlier_is_the_new_date():
    """Modelled on a scheduling brief: "will now open a week earlier, on March 5" read
    "earlier" as the old date's word and gave nothing."""
    assert _releases(
        "Glass Harbor will now open a week earlier, on March 5.", "x", [("Glass Harbor", "film")]
    ) == [("Glass Harbor", "2027-03-05", "", "")]


def test_a_convention_s_name_is_no_title():
    """Modelled on an anime announcement: "announced at Anime Expo" proposed the series
    "Expo", dated April 2027."""
    assert (
        _releases(
            "The second season will premiere in April 2027, the streamer announced at Anime Expo.",
            "x",
        )
        == []
    )


def test_a_game_s_launch_told_around_pre_orders_game_pass_and_a_trailer():
    """Modelled on game briefs: "day one on Xbox Game Pass" proposed a game called "Pass";
    "Pre-orders … open today ahead of its April 30 launch" dated the game today; "out April
    30 on PS5, gets a new trailer" gave nothing."""
    known = [("Hollowmere", "game")]
    assert _releases(
        "Hollowmere launches day one on Xbox Game Pass on April 30, 2027.", "x", known
    ) == [("Hollowmere", "2027-04-30", "platform", "Xbox Series X|S")]
    assert _releases(
        "Pre-orders for Hollowmere open today ahead of its April 30 launch on PC.", "x", known
    ) == [("Hollowmere", "2027-04-30", "platform", "PC")]
    assert _releases("Hollowmere, out April 30 on PS5, gets a new trailer.", "x", known) == [
        ("Hollowmere", "2027-04-30", "platform", "PS5")
    ]
    assert _releases(
        "Hollowmere is a timed Xbox console exclusive at launch on April 30, with a PS5 "
        "version following later.",
        "x",
        known,
    ) == [("Hollowmere", "2027-04-30", "platform", "Xbox Series X|S")]


def test_a_coming_date_after_a_past_premiere_in_one_sentence_stands():
    """Modelled on an interview: "It premiered at Sundance in January and opens in UK cinemas
    on 6 March." gave nothing: the first release word's past tense ruled every date out."""
    story = "Glass Harbor premiered at Sundance in January and opens in UK cinemas on 6 March."
    assert _releases(story, "Interview", [("Glass Harbor", "film")]) == [
        ("Glass Harbor", "2027-03-06", "theatrical", "")
    ]


def test_walk_through_shapes_of_a_festival_a_staggered_launch_a_delay_and_a_premiere():
    """Modelled on a walk-through: "opens the festival on Thursday, September 9, and Y closes
    it on Sunday" gave worldwide dates with no festival; "PlayStation 5 and Xbox Series X|S
    players follow on March 5" gave nothing ("5 … Series" read as five series); "once due
    in March, has been pushed back" proposed March; a headline's "on HBO in March" stood
    beside the body's March 14 on HBO in the US."""
    festival = (
        "The Lakeshore Film Festival runs in Toronto in September. The Glass Orchard opens "
        "the festival on Thursday, September 9, and Small Fires closes it on Sunday, "
        "September 19."
    )
    assert _releases(
        festival, "Line-up", [("The Glass Orchard", "film"), ("Small Fires", "film")]
    ) == [
        ("The Glass Orchard", "2027-09-09", "premiere", "Lakeshore Film Festival"),
        ("Small Fires", "2027-09-19", "premiere", "Lakeshore Film Festival"),
    ]
    launch = (
        "Hollow Signal unlocks on PC on March 3, 2027. PlayStation 5 and Xbox Series X|S "
        "players follow on March 5, 2027."
    )
    assert _releases(launch, "Hollow Signal", [("Hollow Signal", "game")])[1:] == [
        ("Hollow Signal", "2027-03-05", "platform", "PS5"),
        ("Hollow Signal", "2027-03-05", "platform", "Xbox Series X|S"),
    ]
    assert (
        _releases(
            "The Long Quiet, once due in March, has been pushed back.",
            "x",
            [("The Long Quiet", "film")],
        )
        == []
    )
    assert _releases(
        "Ember Crown premieres on March 14, 2027 on HBO in the US.",
        "Ember Crown premieres on HBO in March",
        [("Ember Crown", "series")],
    ) == [("Ember Crown", "2027-03-14", "tv", "HBO")]


def test_the_trade_s_go_out_with_the_pic_is_a_release():
    """Modelled on a trade brief: "The studio will go out with the pic in North America on
    November 26 instead of the previously planned November 14." gave nothing."""
    story = (
        "Fox has decided to move Sunbelt away from the crowded weekend. The studio will go out "
        "with the pic in North America on November 26 instead of the previously planned "
        "November 14."
    )
    known = Gazetteer([Entry(1, "title", "Sunbelt", (), "film")])
    found = extract(Document(headline="x", body=story, published=date(2026, 12, 1)), known)
    assert sorted((s.value["region"], s.value["date"]) for s in found if s.kind == "release") == [
        ("CA", "2027-11-26"),
        ("US", "2027-11-26"),
    ]


def test_the_trade_s_skedded_is_scheduled():
    """Modelled on trade briefs: "has been slated (skedded) for Dec. 18" read "slated" as a
    past release and gave nothing."""
    for verb in ("slated", "targeted"):
        assert _releases(
            f"Tin Harbor has been {verb} for Dec. 18.", "x", [("Tin Harbor", "film")]
        ) == [("Tin Harbor", "2026-12-18", "", "")]
    assert _releases("Tin Harbor has been skedded for Dec. 18.", "x", [("Tin Harbor", "film")]) == [
        ("Tin Harbor", "2026-12-18", "", "")
    ]


def test_walk_through_shapes_in_a_game_brief_a_reshuffle_and_foreign_copy():
    """Modelled on a walk-through: a headline's "arrives February 26, Switch 2 version later
    in 2027" gave the Switch 2 February 26 (and "Accept all" took it); "delayed indefinitely
    from its April 30, 2027 date" put the dates the wrong way round; "previously undated,
    will open on September 17" gave nothing; "(statt 6. März)" made no move; "la segunda
    temporada de … en Netflix" dated the show, on no service."""
    game = [("Emberfall Remastered", "game")]
    assert sorted(
        _releases(
            "The remaster launches on PS5 and PC on February 26, 2027. A Switch 2 version will "
            "follow later in 2027.",
            "Emberfall Remastered arrives February 26, Switch 2 version later in 2027",
            game,
        )
    ) == [
        ("Emberfall Remastered", "2027", "platform", "Switch 2"),
        ("Emberfall Remastered", "2027-02-26", "platform", "PC"),
        ("Emberfall Remastered", "2027-02-26", "platform", "PS5"),
    ]
    known = Gazetteer(
        [
            Entry(1, "title", "The Quiet Hours", (), "film"),
            Entry(2, "title", "Saltwater 2", (), "film"),
            Entry(3, "title", "Kaltes Land", (), "film"),
            Entry(4, "title", "Marea de cenizas", (), "series"),
        ]
    )

    def read(body, headline="x"):
        found = extract(Document(headline=headline, body=body, published=date(2026, 12, 5)), known)
        return [(s.kind, s.subject.name, s.value) for s in found if s.kind.startswith("release")]

    [(kind, _, value)] = read(
        "The Quiet Hours has been delayed indefinitely from its April 30, 2027 date."
    )
    assert (kind, value["from"], value["to"]) == ("release_move", "2027-04-30", "TBA")
    [(_, _, value)] = read("Saltwater 2, previously undated, will open on September 17, 2027.")
    assert value["date"] == "2027-09-17"
    [(kind, _, value)] = read("- Kaltes Land: neuer Starttermin 3. April 2027 (statt 6. März)")
    assert (kind, value["from"], value["to"]) == ("release_move", "2027-03-06", "2027-04-03")
    [(_, title, value)] = read(
        "La segunda temporada de Marea de cenizas se estrenará el 14 de febrero en Netflix.",
        "Estrenos de febrero",
    )
    assert (title, value["channel"]) == ("Marea de cenizas — Season 2", "Netflix")


@pytest.mark.parametrize(
    "sentence, old",
    [
        ("Redline has pulled The Quiet Hours from its April 30, 2027 date.", "2027-04-30"),
        ("The Quiet Hours has been pulled from the schedule.", None),
        ("Sony has taken The Quiet Hours off the release calendar.", None),
        (
            "The Quiet Hours, which had been set for April 30, 2027, has been delayed "
            "indefinitely.",
            "2027-04-30",
        ),
    ],
)
def test_a_title_taken_off_the_calendar_has_no_date(sentence, old):
    """Modelled on a walk-through's trade reshuffle: a film pulled from its date, off the
    schedule, or delayed indefinitely after "had been set for…" gave no card."""
    known = Gazetteer([Entry(1, "title", "The Quiet Hours", (), "film")])
    found = extract(Document(headline="x", body=sentence, published=date(2026, 12, 5)), known)
    [move] = [s for s in found if s.kind == "release_move"]
    assert (move.value["to"], move.value.get("from")) == ("TBA", old)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Ballerina has been pulled forward by a week.", []),
        ("Ballerina took a two-week break from its shooting schedule.", []),
        ("Ballerina opens in theaters March 5, from Fox Searchlight.", [("theatrical", "")]),
        (
            "Ballerina, which has no Netflix date yet, opens in cinemas on March 6.",
            [("theatrical", "")],
        ),
        ("The Ballerina Blu-ray arrives on Amazon on March 6.", [("physical", "")]),
        ("Ballerina opens in cinemas after Cannes on March 6.", [("theatrical", "")]),
    ],
)
def test_words_the_session_s_rules_must_not_overread(facts, sentence, expected):
    """Found in review: each of these gave a move to no date, a TV channel, a streaming
    service or a festival premiere."""
    found = facts(sentence, kind=None)
    assert [
        (s.value["medium"], s.value["channel"]) for s in found if s.kind.startswith("release")
    ] == expected


def test_a_film_that_rides_into_theaters():
    """Modelled on a walk-through's trailer round-up: "the first half of the saga rides into
    theaters on June 25" gave Part 1 nothing, where Part 2's "hits theaters" gave its date."""
    story = (
        "The final trailer for *Copper Saints: Part 1* is here, and the first half of the "
        "saga rides into theaters on June 25."
    )
    found = extract(
        Document(
            headline="New trailers",
            body=story.replace("*", ""),
            emphasized=("Copper Saints: Part 1",),
            published=date(2026, 12, 5),
        ),
        Gazetteer([]),
    )
    assert [
        (s.subject.name, s.value["date"], s.value["medium"]) for s in found if s.kind == "release"
    ] == [("Copper Saints: Part 1", "2027-06-25", "theatrical")]


def test_disc_copy_in_american_figures():
    """Modelled on disc-release columns: "set X for release on Blu-ray, DVD, and 4K Ultra HD
    on 10/26, with the Digital release expected on 9/17", "streets on 8/28"."""
    assert _releases(
        "Northlight has set Glass Harbor for release on Blu-ray, DVD, and 4K Ultra HD on 10/26, "
        "with the Digital release expected on 9/17. Paper Lions streets on 1/12.",
        "Disc news",
        [("Glass Harbor", "film"), ("Paper Lions", "film")],
    ) == [
        ("Glass Harbor", "2027-10-26", "physical", ""),
        ("Glass Harbor", "2027-09-17", "digital", ""),
        ("Paper Lions", "2027-01-12", "physical", ""),  # a street date is the disc's
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Glass Harbor will hit theaters nationwide on March 6 after a limited run starting "
            "February 20.",
            [("2027-03-06", "theatrical"), ("2027-02-20", "theatrical_limited")],
        ),
        (
            "The first two episodes of Glass Harbor drop March 4, with new episodes every "
            "Wednesday.",
            [("2027-03-04", "")],
        ),
        (
            "Glass Harbor's final season will air this spring on BBC One.",
            [("2027-spring", "tv")],  # said in December: the coming spring
        ),
    ],
)
def test_shapes_of_when_to_watch_briefs(sentence, expected):
    """Modelled on when-to-watch briefs: the wide date first and the limited one after it
    ("after a limited run starting…") gave the wide date as limited and lost the other;
    "drop March 4" and "will air this spring" gave nothing."""
    found = extract(
        Document(headline="When to watch", body=sentence, published=date(2026, 12, 5)),
        Gazetteer([Entry(1, "title", "Glass Harbor", (), "series")]),
    )
    assert [(s.value["date"], s.value["medium"]) for s in found if s.kind == "release"] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The Glass Harbor sequel is dated for November 2028.", []),
        ("Glass Harbor's first DLC arrives on May 3.", []),
        ("Glass Harbor's trailer will debut during the Super Bowl on February 7.", []),
        ("Glass Harbor's director says the sequel could arrive in 2029.", []),
        ("Glass Harbor posted the gentlest hold for a wide release this autumn.", []),
        ("Glass Harbor returns to theaters on May 3 for its 10th anniversary.", []),
        ("Glass Harbor returns to print in a limited steelbook on 3/9.", []),
        ("Glass Harbor sold a million copies in its first week after launching on March 3.", []),
        (
            "Paper Lions was renewed in March and will premiere in the fall.",
            [("Paper Lions", "2027-fall")],
        ),
        (
            "The first teaser drops Friday, and Paper Lions opens on May 3.",
            [("Paper Lions", "2027-05-03")],
        ),
        (
            "Unlike Glass Harbor, which flopped in March, Paper Lions opens on May 3.",
            [("Paper Lions", "2027-05-03")],
        ),
        ("Glass Harbor will not return, but a spin-off is due next year.", []),
        ("The sequel, Paper Lions, opens in November 2028.", [("Paper Lions", "2028-11")]),
        (
            "Glass Harbor launches in early access on March 3, with the full release planned "
            "for later in 2027.",
            [("Glass Harbor", "2027")],
        ),
        (
            "Glass Harbor leaves early access and launches in full on March 3.",
            [("Glass Harbor", "2027-03-03")],
        ),
    ],
)
def test_another_work_s_date_or_a_try_out_is_not_the_title_s(sentence, expected):
    """Modelled on trade briefs: "The X sequel is dated for…" and "…, but a spin-off is due
    next year" gave X the other work's date; an early-access start was read as the launch."""
    found = extract(
        Document(headline="News", body=sentence, published=date(2026, 12, 5)),
        Gazetteer(
            [Entry(1, "title", "Glass Harbor", (), "game"), Entry(2, "title", "Paper Lions")]
        ),
    )
    assert [(s.subject.name, s.value["date"]) for s in found if s.kind == "release"] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Mira Okafor stars in Glass Harbor, which Northlight releases on March 6.",
            [("Glass Harbor", "2027-03-06")],
        ),
        ("Glass Harbor (Northlight, March 6) follows a keeper.", [("Glass Harbor", "2027-03-06")]),
        ("Mira Okafor stars in New York this spring, opening March 6.", []),
    ],
)
def test_titles_named_beside_their_distributors(sentence, expected):
    """Modelled on trade briefs, read cold: "…, which Northlight releases on March 6" made
    the distributor a film; "(Northlight, March 6)" and "Northlight's X and Sony's Y both
    open" gave one title or none."""
    found = extract(
        Document(headline="News", body=sentence, published=date(2026, 12, 5)), Gazetteer([])
    )
    assert [(s.subject.name, s.value["date"]) for s in found if s.kind == "release"] == expected


def test_two_titles_each_with_its_owner_share_the_date():
    """ "Northlight's Glass Harbor and Sony's Paper Lions both open on March 6" gave only the
    second the date."""
    assert _releases(
        "Northlight's Glass Harbor and Sony's Paper Lions both open on March 6.",
        "News",
        [("Glass Harbor", "film"), ("Paper Lions", "film")],
    ) == [("Paper Lions", "2027-03-06", "", ""), ("Glass Harbor", "2027-03-06", "", "")]


def test_a_delayed_physical_edition_is_not_the_digital_launch():
    """Modelled on a walk-through's game story: "The physical PS5 edition has been delayed
    from February 18 to April 22" moved the PS5 launch the story says still holds."""
    assert _releases(
        "Ironbloom will still launch digitally on PC and PS5 on February 18, 2027. The "
        "physical PS5 edition, however, has been delayed to April 22, 2027.",
        "Ironbloom's boxed copies slip",
        [("Ironbloom", "game")],
    ) == [
        ("Ironbloom", "2027-02-18", "platform", "PS5"),
        ("Ironbloom", "2027-02-18", "platform", "PC"),
    ]
    found = extract(
        Document(
            headline="Slip",
            body="The physical PS5 edition of Ironbloom has been delayed from February 18, "
            "2027 to April 22, 2027.",
            published=date(2026, 12, 1),
        ),
        Gazetteer([Entry(1, "title", "Ironbloom", (), "game")]),
    )
    [move] = [s for s in found if s.kind == "release_move"]
    assert (move.value["medium"], move.value["channel"], move.value["to"]) == (
        "physical",
        "PS5",
        "2027-04-22",
    )


def test_a_simulcast_on_a_service_nobody_listed_in_four_countries():
    """Modelled on a walk-through's anime story: "Kumori+ will simulcast the new season
    Saturdays starting April 10, 2027 in the United States, Canada, the United Kingdom and
    Australia" gave one worldwide TV broadcast with no service."""
    found = extract(
        Document(
            headline="Simulcast set",
            body="Kumori+ will simulcast the new season of Starfall Courier Saturdays starting "
            "April 10, 2027 in the United States, Canada, the United Kingdom and Australia.",
            published=date(2026, 12, 1),
        ),
        Gazetteer([Entry(1, "title", "Starfall Courier", (), "series")]),
    )
    assert [
        (s.value["region"], s.value["medium"], s.value["channel"])
        for s in found
        if s.kind == "release"
    ] == [(code, "streaming", "Kumori+") for code in ("US", "CA", "GB", "AU")]


def test_a_port_pencilled_in_for_a_month():
    """A walk-through's game story: "A Nintendo Switch 2 port is planned after that, and
    Vantablue has pencilled it in for June 2027" gave no card."""
    assert _releases(
        "A Nintendo Switch 2 port of Ironbloom is planned after that, and Vantablue has "
        "pencilled it in for June 2027.",
        "Ironbloom dated",
        [("Ironbloom", "game")],
    ) == [("Ironbloom", "2027-06", "platform", "Switch 2")]


@pytest.mark.parametrize(
    "headline, body, expected",
    [
        (
            "Gläserne Bucht startet im März",
            "Der Film „Gläserne Bucht“ kommt am 12. März 2027 in die deutschen Kinos. Die "
            "Regisseurin hat das Datum bestätigt, und der Verleih plant eine große Premiere.",
            [("Gläserne Bucht", "2027-03-12", "theatrical", "")],
        ),
        (
            "Nachtfähre geht weiter",
            "Netflix zeigt die zweite Staffel von „Nachtfähre“ ab dem 4. Februar. Die Serie war "
            "ein großer Erfolg, und die Fans haben lange gewartet.",
            [("Nachtfähre — Season 2", "2027-02-04", "streaming", "Netflix")],
        ),
        (
            "Nachtfalter kehrt zurück",
            "Wellenfunk hat die zweite Staffel von „Nachtfalter“ bestätigt. Die sechs neuen "
            "Folgen sind ab dem 5. Februar 2027 zu sehen, und die Fans freuen sich sehr.",
            [("Nachtfalter — Season 2", "2027-02-05", "", "")],
        ),
        (
            "Le Port de verre : la date est fixée",
            "Le film « Le Port de verre » sortira en salles le 6 mars 2027, distribué par Pathé. "
            "Le réalisateur a confirmé la nouvelle, et la bande-annonce est attendue bientôt.",
            [("Le Port de verre", "2027-03-06", "theatrical", "")],
        ),
        # Modelled on a walk-through's French game story, which gave no card at all: the
        # kind's adjectives after it, a season in French, "est prévue pour", a quotation
        (
            "Les Gardiens du Phare sortira le 17 mars 2027",
            "Le jeu d'aventure narratif Les Gardiens du Phare sortira le 17 mars 2027 sur "
            "PlayStation 5 et PC. « Nous voulions finir l'histoire », a expliqué la directrice. "
            "Une version Nintendo Switch 2 est prévue pour l'automne 2027.",
            [
                ("Les Gardiens du Phare", "2027-03-17", "platform", "PS5"),
                ("Les Gardiens du Phare", "2027-03-17", "platform", "PC"),
                ("Les Gardiens du Phare", "2027-fall", "platform", "Switch 2"),
            ],
        ),
    ],
)
def test_foreign_copy_read_cold(headline, body, expected):
    """Modelled on German and French briefs: "kommt … in die deutschen Kinos", "Netflix
    zeigt … ab dem 4. Februar" gave no date; « Le Port de verre », a title in sentence case as
    French writes it, was read as a quoted remark."""
    found = extract(
        Document(headline=headline, body=body, published=date(2026, 12, 5)), Gazetteer([])
    )
    assert [
        (s.subject.name, s.value["date"], s.value["medium"], s.value["channel"])
        for s in found
        if s.kind == "release"
    ] == expected


def test_a_rival_dated_a_week_later():
    assert _releases(
        "Glass Harbor opens July 17, a week before Paper Lions.",
        "News",
        [("Glass Harbor", "film"), ("Paper Lions", "film")],
    ) == [("Glass Harbor", "2027-07-17", "", ""), ("Paper Lions", "2027-07-24", "", "")]


def test_a_week_on_a_service_whose_headings_name_seasons():
    """A walk-through's "what to watch this week" post: "## The Long Con (Season 2)" over
    "Coming to Lumen+: Friday" dated the show as a film, not its second season."""
    body = (
        "Here is what lands on Lumen+ this week.\n\nThe Long Con (Season 2)\n\n"
        "Coming to Lumen+: Friday\n\nThe grifters are back for eight more episodes.\n\n"
        "Paper Planets (Season 3)\n\nComing to Lumen+: Sunday\n\nThe series returns."
    )
    found = extract(
        Document(
            headline="What's new on Lumen+ this week",
            body=body,
            headings=("The Long Con (Season 2)", "Paper Planets (Season 3)"),
            published=date(2026, 12, 7),  # a Monday
        ),
        Gazetteer([]),
    )
    assert [
        (s.subject.name, s.value["date"], s.value["channel"]) for s in found if s.kind == "release"
    ] == [
        ("The Long Con — Season 2", "2026-12-11", "Lumen+"),
        ("Paper Planets — Season 3", "2026-12-13", "Lumen+"),
    ]


def test_a_part_after_a_semicolon_points_back_at_the_part_before():
    """A walk-through's game story: "Tidebreaker, whose Switch 2 version has slipped…; the PC
    version still launches on December 10" gave the PC date to another game named before."""
    found = extract(
        Document(
            headline="Games",
            body="Lanternfall is great. Tidebreaker, whose Switch 2 version has slipped to "
            "January 14, 2027, is on track elsewhere; the PC version still launches on "
            "December 10.",
            published=date(2026, 12, 5),
        ),
        Gazetteer(
            [
                Entry(1, "title", "Tidebreaker", (), "game"),
                Entry(2, "title", "Lanternfall", (), "game"),
            ]
        ),
    )
    assert {(s.subject.name, s.value["channel"]) for s in found if s.kind == "release"} == {
        ("Tidebreaker", "PC")
    }


def test_a_box_office_column_s_films_open_in_cinemas():
    """A walk-through's box-office column: "won't arrive in the US until March 12" and "isn't
    out until Memorial Day weekend" each asked how the film is released."""
    found = extract(
        Document(
            headline="Weekend box office: holdovers rule",
            body="OPENINGS: DEEP TIDE (Warners), which won't arrive in the US until December 21, "
            "launched in China with $61 million. Sky Lancer isn't out until Memorial Day weekend.",
            published=date(2026, 11, 15),
        ),
        Gazetteer([Entry(1, "title", "Sky Lancer", (), "film")]),
    )
    assert [
        (s.subject.name, s.value["date"], s.value["medium"]) for s in found if s.kind == "release"
    ] == [("Deep Tide", "2026-12-21", "theatrical"), ("Sky Lancer", "2027-05", "theatrical")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Fans in Japan can see Glass Harbor from May 3.", [("2027-05-03", "JP", "")]),
        ("Christmas Day brings Glass Harbor to cinemas.", [("2026-12-25", "WW", "theatrical")]),
    ],
)
def test_a_reader_told_when_they_can_see_it(sentence, expected):
    found = extract(
        Document(headline="News", body=sentence, published=date(2026, 12, 5)),
        Gazetteer([Entry(1, "title", "Glass Harbor")]),
    )
    assert [
        (s.value["date"], s.value["region"], s.value["medium"])
        for s in found
        if s.kind == "release"
    ] == expected


def test_a_list_of_titles_that_all_open_on_a_day_read_cold():
    found = extract(
        Document(
            headline="News",
            body="Glass Harbor, Paper Lions and The Long Orbit all open on May 3.",
            published=date(2026, 12, 5),
        ),
        Gazetteer([]),
    )
    assert sorted(s.subject.name for s in found if s.kind == "release") == [
        "Glass Harbor",
        "Paper Lions",
        "The Long Orbit",
    ]


def test_the_day_cameras_roll_is_no_release(facts):
    """Modelled on a walk-through: "Production on the fourth season is expected to begin …
    this summer, ahead of a planned 2028 release" dated the season before it this summer."""
    found = facts(
        "Harbor Lights returns on April 8, 2024. Production on the next season is expected "
        "to begin in Northern Ireland this summer.",
        headline="Harbor Lights is back",
        kind="release",
    )
    assert [s.value["date"] for s in found] == ["2024-04-08"]


def test_a_platform_named_only_by_what_follows_it_does_not_stop_the_reading(facts):
    """Modelled on a walk-through: "No Xbox version has been announced." raised inside the
    extractor (the Xbox is a platform only before "version"), and the story got no cards."""
    found = facts(
        "Ironvale II is out now on Switch 2 and PC. No Xbox version has been announced. "
        "A PS5 version arrives on March 3, 2024.",
        headline="Ironvale II: no Xbox version yet",
        kind="release",
    )
    assert [(s.value["date"], s.value["channel"]) for s in found] == [("2024-03-03", "PS5")]


def test_a_spanish_brief_dates_the_film_its_next_sentence_calls_la_cinta():
    """Modelled on a walk-through's Spanish brief: "la cinta se estrenará en cines de España
    el 12 de marzo y en México el 20 de marzo" after the sentence naming the film gave no
    date; "Protagonizada por A y B" only A; the director after "la cineasta" none."""
    found = extract(
        Document(
            headline="«El faro de sal» ya tiene fecha de estreno",
            body=(
                "La película de misterio *El faro de sal*, dirigida por la cineasta gallega "
                "Noa Barreiro, ya tiene fecha. La distribuidora Marea Films anunció que la cinta "
                "se estrenará en cines de España el 12 de marzo y en México el 20 de marzo.\n\n"
                "Protagonizada por Iker Salvat y Lucía Ferrán, la película sigue a una farera."
            ),
            emphasized=("El faro de sal",),
            published=date(2027, 1, 15),
        ),
        Gazetteer([]),
    )
    assert sorted((s.value["date"], s.value["region"]) for s in found if s.kind == "release") == [
        ("2027-03-12", "ES"),
        ("2027-03-20", "MX"),
    ]
    assert {
        (s.value["role"], s.value.get("person") or s.value.get("company"))
        for s in found
        if s.kind == "credit"
    } == {
        ("director", "Noa Barreiro"),
        ("distributor", "Marea Films"),
        ("cast", "Iker Salvat"),
        ("cast", "Lucía Ferrán"),
    }


def test_a_weekend_preview_in_dollars_dates_american_openings_not_the_holdover():
    """Modelled on a walk-through's box-office preview: the holdover the newcomers "take on"
    got the weekend's date, the genre "a Western" became a film, the studios in parentheses
    were not distributors, "arriving on digital Tuesday" gave no date, and each opening was
    worldwide in a preview of America's weekend in dollars."""
    found = extract(
        Document(
            headline="Box office preview: two newcomers take on 'Salt Road' this weekend",
            body=(
                "Leading the pack is Iron Meadow (Castlegate Pictures), a Western starring "
                "Dorian Achebe-Wolfe. The film opens Friday, with tracking at $30 million.\n\n"
                "They will be chasing Salt Road (Northlight Entertainment), which topped "
                "the chart last weekend with $41 million.\n\n"
                "For those staying home, Glasswing (Pinecrest Studios) is arriving on "
                "digital Tuesday."
            ),
            emphasized=("Iron Meadow", "Salt Road", "Glasswing"),
            published=date(2026, 12, 5),  # a Saturday
        ),
        Gazetteer([]),
    )
    assert sorted(
        (s.subject.name, s.value["date"], s.value["region"], s.value["medium"])
        for s in found
        if s.kind == "release"
    ) == [
        ("Glasswing", "2026-12-08", "US", "digital"),
        ("Iron Meadow", "2026-12-11", "US", "theatrical"),
    ]
    assert "Western" not in {s.value["name"] for s in found if s.kind == "new_title"}
    assert {
        (s.subject.name, s.value["role"], s.value.get("person") or s.value.get("company"))
        for s in found
        if s.kind == "credit"
    } == {
        ("Iron Meadow", "cast", "Dorian Achebe-Wolfe"),
        ("Iron Meadow", "distributor", "Castlegate Pictures"),
        ("Salt Road", "distributor", "Northlight Entertainment"),
        ("Glasswing", "distributor", "Pinecrest Studios"),
    }


def test_a_film_someone_completed_is_not_the_one_named_before(facts):
    """ "The actor completed one final film, which will still open next year." dated the
    old western the headline named: "one" starts another film, not a pointer back."""
    found = facts(
        "The actor completed one final film, which will still open next year.",
        headline="Dorian Vale, character actor of Starfall Protocol, dies at 84",
        kind="release",
    )
    assert found == []


@pytest.mark.parametrize(
    "sentence, channels",
    [
        # Modelled on a walk-through's game stories: platforms in the sentence the date is not for
        (
            "Ironvale II, exclusive to PlayStation 5 since it launched on September 12, 2025, "
            "is coming to Xbox Series X|S and PC on April 2, 2027.",
            ["PC", "Xbox Series X|S"],
        ),
        (
            "Ironvale II will also come to Nintendo Switch 2 on March 3, 2027, with cross-play "
            "with the existing PlayStation 5, Xbox Series X|S and PC versions.",
            ["Switch 2"],
        ),
        (
            "A Switch 2 version of Ironvale II is planned for March 2028, and no Xbox version "
            "is in development.",
            ["Switch 2"],
        ),
    ],
)
def test_a_date_goes_to_the_platforms_it_is_for(facts, sentence, channels):
    found = facts(sentence, published=date(2026, 12, 5), kind="release")
    assert sorted(s.value["channel"] for s in found) == channels


@pytest.mark.parametrize(
    "sentence",
    [
        "Ironvale II starts its fourth season in January 2027.",
        "The game's first in-person tournament, the Ironvale Open, will take place in Seoul in "
        "August 2027. Ironvale II is free to play.",
        "Ironvale II's co-op mode will arrive as a free update in the second half of 2027.",
    ],
)
def test_what_a_game_that_is_out_does_is_no_release(facts, sentence):
    assert facts(sentence, headline="Ironvale II roadmap", kind="release") == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "initialement attendu pour…, mais il sortira…": the French delay without its verb
        (
            "Ironvale II était initialement attendu pour le 12 novembre 2026, mais il sortira "
            "le 17 mars 2027.",
            [("release_move", "2027-03-17", "2026-11-12")],
        ),
        (
            "Ironvale II estaba prevista para el 3 de abril de 2027, pero llegará el 12 de junio "
            "de 2027.",
            [("release_move", "2027-06-12", "2027-04-03")],
        ),
        # the shift is the move's; the fall is the Switch 2 version's release
        (
            "The studio has dated Ironvale II, delayed by four months, and promises a Switch 2 "
            "version in fall 2027.",
            [("release", "2027-fall", None)],
        ),
    ],
)
def test_delays_told_without_a_new_date_verb(facts, sentence, expected):
    found = facts(sentence, published=date(2026, 12, 5))
    assert [
        (s.kind, s.value.get("date") or s.value["to"], s.value.get("from"))
        for s in found
        if s.kind in ("release", "release_move")
    ] == expected


def test_a_split_release_gives_each_country_its_own_way_out():
    """Modelled on a walk-through's film that streams in some countries and opens in cinemas
    in others: "in the UK, France and Germany" gave the UK only, an unknown streamer's
    countries were given cinemas, and "while Japan will get…" kept Australia."""
    found = extract(
        Document(
            headline="Streamflix and Meridian split The Glass Map",
            body=(
                'Ada Brennan\'s drama "The Glass Map" will stream on Streamflix in the United '
                "States and Canada on April 2, 2027, while Meridian International releases it in "
                "cinemas in the UK, France and Germany on March 26, 2027.\n\n"
                "In Australia, the film will go straight to Streamflix on the same April 2 date, "
                "while Japan will get a theatrical release in May."
            ),
            published=date(2026, 12, 5),
        ),
        Gazetteer([]),
    )
    assert sorted(
        (s.value["region"], s.value["date"], s.value["medium"], s.value["channel"])
        for s in found
        if s.kind == "release"
    ) == [
        ("AU", "2027-04-02", "streaming", "Streamflix"),
        ("CA", "2027-04-02", "streaming", "Streamflix"),
        ("DE", "2027-03-26", "theatrical", ""),
        ("FR", "2027-03-26", "theatrical", ""),
        ("GB", "2027-03-26", "theatrical", ""),
        ("JP", "2027-05", "theatrical", ""),
        ("US", "2027-04-02", "streaming", "Streamflix"),
    ]
    assert [s.value["name"] for s in found if s.kind == "new_title"] == ["The Glass Map"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Modelled on a walk-through's film and TV stories
        (
            "Ironvale Nights will world premiere at the Cannes Film Festival in May, ahead of a "
            "UK release on June 11, 2027.",
            # (a festival's premiere is its country's, as the corpus's readers write it)
            [("2027-05", "FR", "premiere"), ("2027-06-11", "GB", "")],
        ),
        (
            "Ironvale Nights will premiere at the Berlin International Film Festival, which runs "
            "February 11 to 21, before a US release in April.",
            [("2027-04", "US", "")],
        ),
        (
            "Ironvale Nights opens in limited release in New York and Los Angeles on December "
            "18, 2026, before expanding nationwide on January 15, 2027.",
            [("2026-12-18", "US", "theatrical_limited"), ("2027-01-15", "US", "theatrical")],
        ),
        (
            "Ironvale Nights will release nationwide in India on March 19, 2027, in Hindi and "
            "Tamil.",
            [("2027-03-19", "IN", "theatrical")],
        ),
        (
            "BBC One will premiere Ironvale Nights on Sunday, January 10, 2027, at 9 p.m.",
            [("2027-01-10", "GB", "tv")],
        ),
        (
            "Disney+ will stream Ironvale Nights, a 45-minute holiday special of the animated "
            "comedy, on Friday, December 18.",
            [("2026-12-18", "WW", "streaming")],
        ),
    ],
)
def test_where_and_how_a_film_or_show_comes_out(sentence, expected):
    found = extract(
        Document(headline="Ironvale Nights", body=sentence, published=date(2026, 12, 5)),
        Gazetteer([Entry(7, "title", "Ironvale Nights", (), "film")]),
    )
    assert [
        (s.value["date"], s.value["region"], s.value["medium"])
        for s in found
        if s.kind == "release"
    ] == expected


def test_a_rollout_s_countries_stream_where_the_story_said():
    """Modelled on a walk-through's staggered rollout: Ireland and New Zealand were dropped
    and the later countries had no service, though the story's first sentence named it; the
    lead's "starring Zara Quennell, Glass Meridian follows…" made the show a person."""
    found = extract(
        Document(
            headline="Glass Meridian sets a staggered rollout",
            body=(
                "Prime Video has set a staggered international rollout for *Glass Meridian*.\n\n"
                "It arrives in the United Kingdom and Ireland on January 22, in Australia and "
                "New Zealand on January 29 and in Germany on February 5.\n\n"
                "Starring Zara Quennell, Glass Meridian follows the crew of a relay station. "
                "Femi Adeyinka and Lucas Brandt round out the main cast. Kit Varga plays the "
                "bounty hunter \u201cSaint\u201d."
            ),
            emphasized=("Glass Meridian",),
            published=date(2026, 12, 5),
        ),
        Gazetteer([]),
    )
    assert sorted(
        (s.value["region"], s.value["date"], s.value["channel"])
        for s in found
        if s.kind == "release"
    ) == [
        ("AU", "2027-01-29", "Prime Video"),
        ("DE", "2027-02-05", "Prime Video"),
        ("GB", "2027-01-22", "Prime Video"),
        ("IE", "2027-01-22", "Prime Video"),
        ("NZ", "2027-01-29", "Prime Video"),
    ]
    assert sorted(s.value["person"] for s in found if s.kind == "credit") == [
        "Femi Adeyinka",
        "Kit Varga",
        "Lucas Brandt",
        "Zara Quennell",
    ]
    assert [s.value["name"] for s in found if s.kind == "new_title"] == ["Glass Meridian"]


def test_an_earlier_film_s_run_told_in_an_aside_is_history(facts):
    """Modelled on a walk-through: "…last year with Saltwater Hymn, which opened in four
    theaters before going wide in January" gave that film a release next January."""
    story = (
        "Northlight used the same pattern last year with Ballerina, which opened in four "
        "theaters before going wide in January."
    )
    assert facts(story, published=date(2026, 12, 5), kind="release") == []


@pytest.mark.parametrize(
    "headline, body, expected",
    [
        # Modelled on walk-throughs' game stories
        (
            "Vesper Rising delayed into the first half of 2027",
            "Its studio said on Monday that the heist game, which had been scheduled for the "
            "fourth quarter of 2026, is now targeting the first half of 2027. Vesper Rising's "
            "online co-op mode will arrive in the second half of 2027.",
            [("release_move", "Vesper Rising", "2027-H1", "2026-Q4")],
        ),
        (
            "Ironroot: The Sunken Choir arrives May 14",
            "Ironroot: The Sunken Choir arrives on May 14, 2027. The expansion was revealed "
            "during the studio's anniversary stream on Friday.",
            [("release", "Ironroot: The Sunken Choir", "2027-05-14", None)],
        ),
        # the end of a run is no release
        (
            "Copper County ends",
            "Copper County ends after a single season; its last episode airs on December 17.",
            [],
        ),
    ],
)
def test_delays_reveals_and_endings_read_cold(headline, body, expected):
    found = extract(
        Document(headline=headline, body=body, published=date(2026, 12, 5)), Gazetteer([])
    )
    assert [
        (s.kind, s.subject.name, s.value.get("date") or s.value["to"], s.value.get("from"))
        for s in found
        if s.kind in ("release", "release_move")
    ] == expected


def _known(*names: str) -> Gazetteer:
    return Gazetteer([Entry(i, "title", name, (), "film") for i, name in enumerate(names, 1)])


def _read(body: str, gazetteer: Gazetteer, published=date(2026, 12, 5)):
    return extract(Document(headline="Dates", body=body, published=published), gazetteer)


def test_a_title_named_in_passing_does_not_take_the_date():
    """Modelled on a shape study of film date shuffles: "…a November 22, 2028 release for
    the film, the first Brandt picture it has distributed since "The Quiet Year" back in
    2019" gave the date to The Quiet Year, and "…, taking The Salt Road's old spot" moved
    The Salt Road, each at 0.85 or more."""
    gazetteer = _known("The Lamplighters", "The Quiet Year", "Harbor Lights", "The Salt Road")
    found = _read(
        "Aurelia Pictures has set The Lamplighters, the new drama from Ida Brandt, for theaters."
        "\n\nAurelia is slating a November 22, 2028 release for the film, the first Brandt "
        'picture it has distributed since "The Quiet Year" back in 2019.\n\n'
        "Harbor Lights goes the other way. The romantic drama, previously dated for December "
        "17, 2027, now opens on October 8, 2027, taking The Salt Road's old spot.",
        gazetteer,
    )
    dated = [
        (s.subject.name, s.value.get("date") or s.value.get("to"))
        for s in found
        if s.kind in ("release", "release_move")
    ]
    assert dated == [("The Lamplighters", "2028-11-22"), ("Harbor Lights", "2027-10-08")]


def test_a_sequel_to_a_title_is_not_that_title_s_release():
    found = _read(
        "Meanwhile a sequel to Cinder Gate will be released on 16 June 2028.", _known("Cinder Gate")
    )
    assert [s for s in found if s.kind == "release"] == []


def test_a_title_a_studio_has_set_then_says_what_it_is_is_proposed():
    found = _read(
        "Aurelia Pictures has set The Lamplighters, the new drama from Ida Brandt, for "
        "theaters. Aurelia is slating a November 22, 2028 release for the film.",
        Gazetteer([]),
    )
    assert [(s.subject.name, s.value["date"]) for s in found if s.kind == "release"] == [
        ("The Lamplighters", "2028-11-22")
    ]


def test_a_day_without_its_year_is_read_in_the_year_the_story_just_wrote():
    """Modelled on a shape study of German start lists: "…on January 28, 2028. In Austria the
    film follows on February 4." dated Austria February 4, 2027, a year early."""
    found = _read(
        "Harrow Fields opens in Germany on January 28, 2028. In Austria the film follows on "
        "February 4.\n\nMeanwhile Glass Orchard opens January 9.",
        _known("Harrow Fields", "Glass Orchard"),
    )
    releases = [s for s in found if s.kind == "release"]
    assert [(s.subject.name, s.value["date"], s.value["region"]) for s in releases] == [
        ("Harrow Fields", "2028-01-28", "DE"),
        ("Harrow Fields", "2028-02-04", "AT"),
        ("Glass Orchard", "2027-01-09", "WW"),  # another paragraph, another title: next month
    ]


def test_a_film_that_opens_then_streams_has_both_dates_each_its_own_way():
    """Modelled on a shape study of theatrical windows: "opens on December 15 and streams from
    December 22, 2027" gave one card, December 22 with no medium."""
    found = _read(
        "Blindfold Country opens on December 15 and streams from December 22, 2027.",
        _known("Blindfold Country"),
    )
    releases = [s for s in found if s.kind == "release"]
    assert [(s.value["date"], s.value["medium"]) for s in releases] == [
        ("2027-12-15", "theatrical"),
        ("2027-12-22", "streaming"),
    ]


@pytest.mark.parametrize(
    "sentence, day",
    [
        ("The Brass Menagerie hits theaters November 10.", "2027-11-10"),  # weeks gone: next
        ("The Brass Menagerie hits theaters December 1.", "2026-12-01"),  # a listing filed late
        ("The Brass Menagerie opened in theaters November 10.", "2026-11-10"),  # it has opened
    ],
)
def test_a_day_without_a_year_told_in_the_present_is_the_coming_one(sentence, day):
    """Modelled on a shape study of trailer stories: "hits theaters November 10" in a December
    story was dated the November just gone."""
    found = _read(sentence, _known("The Brass Menagerie"))
    assert [s.value["date"] for s in found if s.kind == "release"] == [day]


def _game(*names: str) -> Gazetteer:
    return Gazetteer([Entry(i, "title", name, (), "game") for i, name in enumerate(names, 1)])


@pytest.mark.parametrize(
    "sentence, channels",
    [
        ("Crownfire arrives April 20, 2027, skips PS4.", [""]),
        ("Crownfire will launch on April 20, 2027 — but only on PS5.", ["PS5"]),
        (
            "Crownfire launches on PC on April 20, 2027; a Switch 2 version is in development "
            "but has no date yet.",
            ["PC"],
        ),
    ],
)
def test_a_platform_the_game_skips_or_only_plans_is_not_the_date_s(sentence, channels):
    """Modelled on a shape study of game launches: "…, skips PS4" dated the game on PS4 and
    "a Switch 2 version is in development but has no date yet" dated a Switch 2 version and
    said the game, out in early access, was in development."""
    found = _read(sentence, _game("Crownfire"))
    assert [s.value["channel"] for s in found if s.kind == "release"] == channels
    assert [s for s in found if s.kind == "status"] == []


def test_north_america_is_the_us_and_canada_whatever_follows_it():
    """Modelled on a shape study: "on January 29 in North America and Europe" gave Canada
    alone."""
    found = _read(
        "Lantern Road launches on January 29, 2027 in North America and Europe.",
        _game("Lantern Road"),
    )
    assert sorted(s.value["region"] for s in found if s.kind == "release") == ["CA", "US"]


def test_a_delay_headline_s_other_version_and_a_first_window_are_not_the_new_date():
    """Modelled on a shape study of a game delay: the headline "Delayed to March 2028, Switch 2
    Version Slips Further" moved the Switch 2 version to March, and "which was first announced
    for a late 2026 window" moved the game to late 2026."""
    found = extract(
        Document(
            headline="Ashfall Covenant Delayed to March 2028, Switch 2 Version Slips Further",
            body="The game was due on 14th October 2027 but will now launch on 9th March 2028 "
            "for PS5 and PC. The Switch 2 version has been pushed to 22nd June 2028.\n\n"
            "It's the second delay for the project, which was first announced for a late 2026 "
            "window.",
            published=date(2026, 12, 5),
        ),
        _game("Ashfall Covenant"),
    )
    moves = sorted((s.value["to"], s.value["channel"]) for s in found if s.kind == "release_move")
    assert moves == [("2028-03-09", "PC"), ("2028-03-09", "PS5"), ("2028-06-22", "Switch 2")]


@pytest.mark.parametrize(
    "sentence, regions",
    [
        (
            "Parable Pictures bought all rights in North America and the UK to Hollow Crown "
            "Street and will release it in UK cinemas on 8 October 2027.",
            ["GB"],
        ),
        ("Hollow Crown Street opens on March 3, 2028, except in France and Belgium.", ["WW"]),
    ],
)
def test_rights_bought_and_countries_left_out_are_not_where_a_date_is(sentence, regions):
    """Modelled on a shape study of festival acquisitions: the rights "in North America and
    the UK" made the UK cinema date Canada's."""
    found = _read(sentence, _known("Hollow Crown Street"))
    assert [s.value["region"] for s in found if s.kind == "release"] == regions


def _cold_story(headline: str, body: str):
    from premiere.core.text import markdown_emphasis, markdown_text

    return extract(
        Document(
            headline=headline,
            body=markdown_text(body),
            emphasized=markdown_emphasis(body),
            published=date(2026, 12, 5),
        ),
        Gazetteer([]),
    )


def _dated(found):
    return sorted(
        (
            s.subject.name,
            s.value.get("date") or s.value.get("to"),
            s.value["region"],
            s.value["channel"],
        )
        for s in found
        if s.kind in ("release", "release_move")
    )


def test_a_spanish_delay_its_subjectless_new_date_and_its_listed_projects():
    """Modelled on a shape study of Spanish games news: the title after a colon ("…para PS5:
    Cumbre Roja, el juego de acción de…"), the next sentence's date without a subject, rows
    "- Lince: llega a Switch 2 el 14 de mayo de 2027" and "se pondrá a la venta" gave nothing."""
    found = _cold_story(
        "Cumbre Roja se retrasa hasta 2028",
        "Malas noticias para PS5: Cumbre Roja, el juego de acción de Estudio Alcaraván, ha sido "
        "retrasado. Previsto inicialmente para el 24 de septiembre de 2027, llegará finalmente "
        "el 3 de febrero de 2028 a PS5 y PC.\n\n"
        "El estudio repasó sus proyectos:\n\n"
        "- Lince: llega a Switch 2 el 14 de mayo de 2027\n"
        "- Cumbre Roja: Hijos del Volcán (expansión): 2028\n\n"
        "En España, la edición física de Cumbre Roja se pondrá a la venta el 10 de febrero de "
        "2028.",
    )
    assert _dated(found) == [
        ("Cumbre Roja", "2028-02-03", "WW", "PC"),
        ("Cumbre Roja", "2028-02-03", "WW", "PS5"),
        ("Cumbre Roja", "2028-02-10", "ES", ""),
        ("Cumbre Roja: Hijos del Volcán", "2028", "WW", ""),
        ("Lince", "2027-05-14", "WW", "Switch 2"),
    ]
    kinds = {s.value["name"]: s.value["title_kind"] for s in found if s.kind == "new_title"}
    assert kinds["Cumbre Roja: Hijos del Volcán"] == "dlc"


def test_a_french_list_of_dates_and_delays_told_after_a_dash():
    """Modelled on shape studies of French games news: "printemps 2027" and a bare "2027" in
    a row, "Gardiens d'Ombrelune", a heading "Lueur d'Orage – Reporté au 16 mars 2028 (PS5)"
    and "n'a plus de date de sortie" gave nothing."""
    found = _cold_story(
        "Jeux vidéo : le calendrier du printemps",
        "Les dates de sortie annoncées sur PS5 :\n\n"
        "- Brindille et le Roi Sourd : printemps 2027\n"
        "- Gardiens d'Ombrelune : 2027\n\n"
        "**Lueur d'Orage – Reporté au 16 mars 2028 (PS5)**\n\n"
        "**Sentinelle Zéro – Reporté indéfiniment (PC)**\n\n"
        "Les amateurs de stratégie attendront : Sentinelle Zéro, annoncé pour le printemps "
        "2027, n'a plus de date de sortie.",
    )
    assert ("Brindille et le Roi Sourd", "2027-spring", "WW", "") in _dated(found)
    assert ("Gardiens d'Ombrelune", "2027", "WW", "") in _dated(found)
    assert ("Lueur d'Orage", "2028-03-16", "WW", "PS5") in _dated(found)
    assert [d for d in _dated(found) if d[0] == "Sentinelle Zéro"] == [
        ("Sentinelle Zéro", "TBA", "WW", ""),
        ("Sentinelle Zéro", "TBA", "WW", "PC"),
    ]


def test_a_german_delay_its_title_after_what_it_is_and_its_other_version():
    """Modelled on a shape study of German games news: "Das Fantasy-Rollenspiel Nebelreich",
    "Die Version für Nintendo Switch 2 … erscheint erst am 8. Juli 2027" and "ist jetzt aber
    für 2028 angekündigt" gave nothing."""
    found = _cold_story(
        "Nebelreich erscheint später",
        "Das Fantasy-Rollenspiel Nebelreich wird nicht wie angekündigt im Februar 2027 "
        "erscheinen. Nebelreich erscheint jetzt am 25. März 2027 für PC.\n\n"
        "Die Version für Nintendo Switch 2 wird verschoben und erscheint erst am 8. Juli 2027.\n\n"
        "Das Koop-Abenteuer Zahnradherz sollte eigentlich im Herbst 2027 kommen, ist jetzt aber "
        "für 2028 angekündigt.",
    )
    assert _dated(found) == [
        ("Nebelreich", "2027-03-25", "WW", "PC"),
        ("Nebelreich", "2027-07-08", "WW", "Switch 2"),
        ("Zahnradherz", "2028", "WW", ""),
    ]


@pytest.mark.parametrize(
    "sentence, dated",
    [
        ("The Dead Orchard hits UK screens on 16th July 2027.", [("2027-07-16", "GB")]),
        ("The Dead Orchard keeps its January 14, 2028 date in the US.", [("2028-01-14", "US")]),
        ("The Dead Orchard stays unchanged on September 9, 2027.", [("2027-09-09", "WW")]),
        (
            "The Dead Orchard opens in the UK on 16th July 2027, and in Ireland two days later.",
            [("2027-07-16", "GB"), ("2027-07-18", "IE")],
        ),
    ],
)
def test_dates_told_as_screens_a_date_kept_or_days_later(sentence, dated):
    """Modelled on a shape study of film date news: each gave no date, or lost the second."""
    found = _read(sentence, _known("The Dead Orchard"))
    assert [(s.value["date"], s.value["region"]) for s in found if s.kind == "release"] == dated


def test_each_market_s_own_service_and_a_one_country_service_s_country():
    """Modelled on a shape study of a BBC drama: "in Australia it lands on BritBox on 2
    January" was dated on PBS, the American channel of the clause before, and the boxset "on
    BBC iPlayer" was dated worldwide."""
    found = _read(
        "Fenwick Hall will begin on BBC One on Friday 1 January at 9pm, with the full series "
        "on BBC iPlayer straight after.\n\nIn the US, Fenwick Hall airs on PBS from Sunday, "
        "March 14, while in Australia it lands on BritBox on 2 January.",
        Gazetteer([Entry(1, "title", "Fenwick Hall", (), "series")]),
    )
    assert sorted(
        (s.value["date"], s.value["region"], s.value["medium"], s.value["channel"])
        for s in found
        if s.kind == "release"
    ) == [
        ("2027-01-01", "GB", "streaming", "BBC iPlayer"),
        ("2027-01-01", "GB", "tv", "BBC One"),
        ("2027-01-02", "AU", "streaming", "BritBox"),
        ("2027-03-14", "US", "tv", "PBS"),
    ]


def test_a_game_s_dates_for_a_list_of_countries_then_the_rest():
    """Modelled on a shape study of a staggered game launch: "the open-world pirate RPG
    arrives … on June 8, 2027 in Japan, the United States, Canada, Mexico and Australia, while
    players in the UK … wait until June 15" made a game called "RPG", dated in Japan only,
    and gave the United States the later date."""
    found = _read(
        "Tidecaller Saga is a pirate game. Publisher Marrowlight Interactive has confirmed that "
        "the open-world pirate RPG arrives on PS5 on June 8, 2027 in Japan, the United States, "
        "Canada, Mexico and Australia, while players in the UK and the rest of Europe will have "
        "to wait until June 15.",
        _game("Tidecaller Saga"),
    )
    assert sorted(
        (s.subject.name, s.value["date"], s.value["region"]) for s in found if s.kind == "release"
    ) == [
        ("Tidecaller Saga", "2027-06-08", "AU"),
        ("Tidecaller Saga", "2027-06-08", "CA"),
        ("Tidecaller Saga", "2027-06-08", "JP"),
        ("Tidecaller Saga", "2027-06-08", "MX"),
        ("Tidecaller Saga", "2027-06-08", "US"),
        ("Tidecaller Saga", "2027-06-15", "GB"),
    ]


def test_a_weekly_streaming_list_s_service_lines_date_each_title_above_in_its_country(
    read_markdown,
):
    """Modelled on a shape study of a Canadian "new on streaming this week" list: "Prime Video
    Canada premiere date: January 14th, 2027" made a series called "Prime Video Canada", and
    "Crave premiere date: …" gave nothing."""

    body = (
        "Every week, we round up the new shows hitting Canadian streaming services.\n\n"
        "*Hurry Hard* (Season 1)\n\n"
        "Crave premiere date: January 15th, 2027 (first two episodes)\n\n"
        "*The Quartermaster* (Season 2)\n\n"
        "Prime Video Canada premiere date: January 14th, 2027 (first three episodes)\n"
    )
    found = read_markdown("Streaming in Canada: what's new this week", body, date(2026, 12, 5))
    assert sorted(
        (s.subject.name, s.value["date"], s.value["region"], s.value["channel"])
        for s in found
        if s.kind == "release"
    ) == [
        ("Hurry Hard", "2027-01-15", "CA", "Crave"),
        ("The Quartermaster — Season 2", "2027-01-14", "CA", "Prime Video"),
    ]
    assert "Prime Video Canada" not in {s.subject.name for s in found}


@pytest.mark.parametrize(
    "sentence, dated",
    [
        # a finale, a return from a break: no release of the show
        (
            "Maple & Vine will air its one-hour series finale on Thursday, May 20, 2027, with "
            "the episode streaming on Paramount+ the same night.",
            [],
        ),
        ("Maple & Vine returns from its winter break on January 21, 2027.", []),
        # its 14th season, not the show
        (
            "Maple & Vine will return for its 14th season with a two-night premiere on "
            "Wednesday, June 30, 2027.",
            [("Maple & Vine — Season 14", "2027-06-30")],
        ),
        # the weekday says which December 3
        ("Maple & Vine debuts on Vellum+ on Friday, December 3.", [("Maple & Vine", "2027-12-03")]),
    ],
)
def test_a_show_s_finale_break_numbered_season_and_weekday(sentence, dated):
    """Modelled on a shape study of TV news: a series finale and a return from a winter break
    were dated as the show's release, "its 14th season" as the show, and "Friday, December 3"
    two days after a Thursday, December 3 as that Thursday."""
    found = _read(sentence, Gazetteer([Entry(1, "title", "Maple & Vine", (), "series")]))
    assert [(s.subject.name, s.value["date"]) for s in found if s.kind == "release"] == dated


def test_a_country_label_opening_a_line_is_where_its_date_is():
    found = _read(
        "UK and Ireland: Maple & Vine begins on Sky Atlantic on Thursday 11 February 2027.",
        Gazetteer([Entry(1, "title", "Maple & Vine", (), "series")]),
    )
    assert sorted(s.value["region"] for s in found if s.kind == "release") == ["GB", "IE"]


def test_a_studio_slate_told_under_bold_labels_dates_each_labelled_title():
    """Modelled on a shape study of a studio's slate of changes: under "**Owlhaven:**"-style
    labels, read cold, every paragraph's date went to the first film, "Thimble & Thorn:
    Vantage will now open…" made a film of the label and the studio, "no longer has a release
    date" and "takes over The Copper Saint's vacated March 12 slot" gave nothing, and
    "Christmas Day" after "December 10, 2027" was this year's."""
    found = _cold_story(
        "Vantage dates Mirror Lake and delays The Copper Saint",
        "Vantage Pictures made a batch of release date changes on Thursday.\n\n"
        "**The Copper Saint:** The western is being moved from March 12, 2027, to September "
        "24, 2027.\n\n"
        "**Gilded Hour:** The wedding comedy takes over The Copper Saint's vacated March 12, "
        "2027 slot.\n\n"
        "**Owlhaven:** Oddly enough, the animated fantasy has moved up a month. It will now "
        "open July 2 instead of August 6, 2027.\n\n"
        "**Sunset Cartel 2:** The action sequel, originally set for November 5, 2027, no "
        "longer has a release date.\n\n"
        "**Thimble & Thorn:** Vantage will now open the costume drama in limited release on "
        "December 10, 2027, before expanding nationwide on Christmas Day.",
    )
    assert _dated(found) == [
        ("Gilded Hour", "2027-03-12", "WW", ""),
        ("Owlhaven", "2027-07-02", "WW", ""),
        ("Sunset Cartel 2", "TBA", "WW", ""),
        ("The Copper Saint", "2027-09-24", "WW", ""),
        ("Thimble & Thorn", "2027-12-10", "WW", ""),
        ("Thimble & Thorn", "2027-12-25", "WW", ""),
    ]


def test_a_bold_label_whose_colon_follows_it_names_the_paragraph_s_show():
    """Modelled on a shape study of a service's new simulcasts: "**Glasswing Academy**: An
    original anime from studio Ashgrove…, Crunchyroll will stream the series Sundays starting
    July 11 in USA, Canada" gave nothing read cold: the colon after the bold, not inside it,
    hid the label's title."""
    found = _cold_story(
        "Crunchyroll announces new simulcasts",
        "**Glasswing Academy**: An original anime from studio Ashgrove with direction by "
        "Takeru Imai, Crunchyroll will stream the series Sundays starting July 11 in USA and "
        "Canada.\n\n**Release date**: The service has not said more.",
    )
    assert _dated(found) == [
        ("Glasswing Academy", "2027-07-11", "CA", "Crunchyroll"),
        ("Glasswing Academy", "2027-07-11", "US", "Crunchyroll"),
    ]
    assert "Release date" not in {s.subject.name for s in found}


def test_a_first_episode_field_under_a_show_s_heading_dates_it():
    """Modelled on a shape study of a week of new K-dramas: under "**KBS2's "Moonlit
    Ledger"**", the field "First episode: Monday, October 4 at 9:50 p.m. KST. Watch it on
    Viki." gave no date."""
    found = _cold_story(
        "Eight new dramas air next week",
        'Here is what is coming.\n\n**KBS2\'s "Ledger of Ghosts"**\n\n'
        "Starring: Yeom Seo-yul, Pyo Ji-hwan\n\n"
        "First episode: Monday, January 4 at 9:50 p.m. KST. Watch it on Viki.\n\n"
        "A by-the-book tax auditor is sent to a haunted hotel.",
    )
    assert [(name, day) for name, day, _, _ in _dated(found)] == [
        ("Ledger of Ghosts", "2027-01-04")
    ]


def test_a_field_label_in_bold_is_no_title():
    found = _cold_story(
        "The Copper Saint gets a date",
        "The Copper Saint is a western.\n\n**Release date:** The film opens on March 12, 2027.",
    )
    assert "Release date" not in {s.subject.name for s in found}


def test_a_heading_s_old_and_new_date_labels_are_one_move(read_markdown):
    """Modelled on a list of films pushed back, each a heading over two label lines: the
    labels' first words were read as films called "Scheduled" and "Expected", and the date a
    film no longer has was proposed as a release."""
    body = (
        "Here are the films that lost their autumn dates.\n\n"
        "## The Copper Saint\n\n"
        "- Scheduled Release Date: October 1st, 2027\n"
        "- Expected Release Date: April 7th, 2028\n\n"
        "The western needed more time in the edit.\n\n"
        "## Thimble & Thorn\n\n"
        "- Release Date: December 10th, 2027\n\n"
        "The musical stays where it was."
    )
    found = read_markdown("Films pushed out of the autumn", body, date(2027, 6, 1))
    dated = [
        (s.kind, s.subject.name, s.value.get("from"), s.value.get("to") or s.value.get("date"))
        for s in found
        if s.kind in ("release", "release_move")
    ]
    assert dated == [
        ("release_move", "The Copper Saint", "2027-10-01", "2028-04-07"),
        ("release", "Thimble & Thorn", None, "2027-12-10"),
    ]


def test_a_show_s_nights_are_no_title():
    """Modelled on an anime service's season line-up: "Sundays" was a series."""
    found = _cold_story(
        "Schedule news",
        "Glasswing Academy is an original anime from studio Ashgrove. Kumori+ will stream the "
        "series Sundays starting July 11.",
    )
    assert "Sundays" not in {s.subject.name for s in found if s.subject}


@pytest.mark.parametrize(
    "body",
    [
        # a byline's day and hour, and a blog's post title stamped when it went up
        "Noor Haddad, 12 Mar, 2027 10:15 AM\n\nThe spring slate is finally taking shape.",
        "Mirefield Cancels The Lamp Room March 29, 2027 9:21 pm\n\nThe comedy ends after two "
        "seasons.",
        # a label's day in bold over a show's blurb
        "**Watch on Kumori+ starting May 12**\n\nA chef returns to her home town.",
    ],
)
def test_a_line_s_stamp_or_label_day_is_no_title(body):
    """Modelled on a film magazine's byline, a TV blog's post list and a streaming guide:
    each line was read as a title released that day."""
    found = _cold_story("Spring news", body)
    assert [s.subject.name for s in found if s.kind == "release"] == []


def test_a_night_that_opens_with_one_premiere_followed_by_another_dates_both():
    """Modelled on a network's fall press release: the night's date went to the show that
    follows, not to the season whose premiere opens the night."""
    found = _cold_story(
        "The network sets its fall dates",
        "The network's new season kicks off Tuesday, September 14 with the season two premiere "
        "of sophomore drama Copper Flats (8:00-9:00 p.m. ET), followed by the series premiere "
        "of the coastal thriller Low Tide (9:00-10:00 p.m. ET).",
    )
    assert sorted((s.subject.name, s.value["date"]) for s in found if s.kind == "release") == [
        ("Copper Flats — Season 2", "2027-09-14"),
        ("Low Tide", "2027-09-14"),
    ]


def test_an_interview_s_speaker_label_is_no_title():
    found = _cold_story(
        "Ada Okafor on The Copper Saint",
        "The Copper Saint opens on March 12, 2027. Ada Okafor directed it.\n\n"
        "**Okafor:** We planned three chapters, and the second opens on May 3, 2028.",
    )
    assert "Okafor" not in {s.subject.name for s in found}


def test_a_festival_premiere_then_a_limited_wide_and_streaming_run_in_the_story_s_year():
    """Modelled on a shape study of a festival title: the Venice premiere was dated in the
    United States, "select US theaters on October 15, expanding nationwide on October 29"
    gave one date, "expands to 300 screens" streamed, and "will then stream … from December
    17" in a story set in 2027 was this December."""
    found = _read(
        "The Salt Widows will have its world premiere at the Venice Film Festival on 9 "
        "September 2027.\n\nFollowing the festival, Sable Street will release the film in "
        "select US theaters on October 15, expanding nationwide on October 29. The film will "
        "then stream on Corvid+ in the US from December 17.",
        _known("The Salt Widows"),
    )
    assert sorted(
        (s.value["date"], s.value["region"], s.value["medium"])
        for s in found
        if s.kind == "release"
    ) == [
        ("2027-09-09", "IT", "premiere"),
        ("2027-10-15", "US", "theatrical_limited"),
        ("2027-10-29", "US", "theatrical"),
        ("2027-12-17", "US", "streaming"),
    ]


def test_a_film_that_expands_to_screens_then_streams():
    found = _read(
        "Black Ferns expands to 300 screens on March 26, 2027 and will arrive on Vellum+ in April.",
        _known("Black Ferns"),
    )
    assert sorted((s.value["date"], s.value["medium"]) for s in found if s.kind == "release") == [
        ("2027-03-26", "theatrical"),
        ("2027-04", "streaming"),
    ]


def test_a_french_japan_first_launch_then_north_america_and_europe():
    """Modelled on a shape study of a Japan-first RPG in French copy: "X, le nouveau RPG de…"
    was not read as a title, "fin mars" as a date, "en Amérique du Nord" as the US and Canada,
    "et Switch 2" ended the first date's clause, and the headline's "l'Europe attendra fin
    mars" was dated in Japan."""
    found = _cold_story(
        "Lame d'Azur IV sortira d'abord au Japon, l'Europe attendra fin mars",
        "Lame d'Azur IV, le nouveau RPG de Hoshikawa, sortira le 4 février 2027 au Japon sur PS5 "
        "et Switch 2, puis fin mars en Amérique du Nord et en Europe.",
    )
    assert _dated(found) == [
        ("Lame d'Azur IV", "2027-02-04", "JP", "PS5"),
        ("Lame d'Azur IV", "2027-02-04", "JP", "Switch 2"),
        ("Lame d'Azur IV", "2027-03", "CA", "PS5"),
        ("Lame d'Azur IV", "2027-03", "CA", "Switch 2"),
        ("Lame d'Azur IV", "2027-03", "US", "PS5"),
        ("Lame d'Azur IV", "2027-03", "US", "Switch 2"),
    ]


def test_a_date_for_a_part_of_the_world_and_no_country_is_left_out():
    found = _read("Lantern Road launches in Europe on April 16, 2027.", _game("Lantern Road"))
    assert [s for s in found if s.kind == "release"] == []


@pytest.mark.parametrize(
    "sentence, dated",
    [
        # one version's delay is not the game's, nor its other platforms'
        (
            "Saltmarsh launches on PC on January 14, 2027, but the PS5 version slips to 2028.",
            [("release", "2027-01-14", "PC"), ("release_move", "2028", "PS5")],
        ),
        ("Saltmarsh finally has a date: October 19, 2027.", [("release", "2027-10-19", "")]),
        ("Saltmarsh is coming in spring.", [("release", "2027-spring", "")]),
        (
            "Saltmarsh launches on PC on January 14, 2027. The Switch 2 version follows two "
            "weeks later on January 28.",
            [("release", "2027-01-14", "PC"), ("release", "2027-01-28", "Switch 2")],
        ),
    ],
)
def test_a_game_s_dates_as_its_news_tells_them(sentence, dated):
    """Modelled on a shape study of game news: a version's delay moved every platform from the
    game's date (at 0.85), and "finally has a date:", "is coming in spring", "follows two
    weeks later on January 28" gave nothing."""
    found = _read(sentence, _game("Saltmarsh"))
    assert [
        (s.kind, s.value.get("date") or s.value.get("to"), s.value["channel"])
        for s in found
        if s.kind in ("release", "release_move")
    ] == dated


@pytest.mark.parametrize(
    "headline, standfirst, body, dated",
    [
        # a market told as coming later is not the story's
        (
            "Le Torri di Sale esce il 22 ottobre 2027",
            "In Giappone arriverà due settimane dopo.",
            "Le Torri di Sale, il gioco di ruolo di Vento Obliquo, sarà disponibile dal 22 "
            "ottobre 2027 su PS5.",
            [("2027-10-22", "WW", "PS5")],
        ),
        # those left waiting are not the day's
        (
            "Saltmarsh dated",
            "",
            "Saltmarsh hits PS5 on January 26, 2027; Xbox and PC must wait a year.",
            [("2027-01-26", "WW", "PS5")],
        ),
        # a later Steam release is not the console date's
        (
            "Saltmarsh dated",
            "",
            "Saltmarsh follows on April 9, 2027 in Japan, with a Steam release pencilled in for "
            "later in 2027.",
            [("2027-04-09", "JP", "")],
        ),
        # an expansion's year and a deluxe head start are not the game's launch
        (
            "Saltmarsh dated",
            "",
            "Owners of the Deluxe Edition of Saltmarsh, which includes a second expansion due in "
            "2028, can start playing on May 31, three days ahead of everyone else.",
            [],
        ),
    ],
)
def test_a_game_s_date_is_not_another_market_s_platform_s_or_edition_s(
    headline, standfirst, body, dated
):
    """Modelled on round three of the shape studies: each gave the game a wrong card at 0.8
    or more (a Japanese standfirst made every date Japan's; "Xbox and PC must wait a year"
    dated PC on the PS5 day; an expansion's "due in 2028" became the launch year)."""
    found = extract(
        Document(headline=headline, standfirst=standfirst, body=body, published=date(2026, 12, 5)),
        _game("Saltmarsh", "Le Torri di Sale"),
    )
    assert [
        (s.value["date"], s.value["region"], s.value["channel"])
        for s in found
        if s.kind == "release"
    ] == dated


@pytest.mark.parametrize(
    "sentence, dated",
    [
        (
            "Lowtide returns on Wednesday, Jan. 6, 2027 at 9 p.m. on CBC.",
            [("2027-01-06", "CA", "tv", "CBC")],
        ),
        (
            "Das Erste zeigt Lowtide ab dem 11. Januar 2027.",
            [("2027-01-11", "DE", "tv", "Das Erste")],
        ),
        (
            "DR1 premieres Lowtide on Sunday, February 28, 2027.",
            [("2027-02-28", "DK", "tv", "DR1")],
        ),
    ],
)
def test_another_country_s_broadcaster_dates_a_show_in_its_country(sentence, dated):
    """Modelled on round three's TV stories: CBC, Das Erste and DR1 dates came out worldwide
    with no channel, or made "DR1 in Denmark" a series."""
    found = _read(sentence, Gazetteer([Entry(1, "title", "Lowtide", (), "series")]))
    assert [
        (s.value["date"], s.value["region"], s.value["medium"], s.value["channel"])
        for s in found
        if s.kind == "release"
    ] == dated


def test_a_rollout_told_country_by_country():
    """Modelled on round three's international rollout: "followed by Australia and New Zealand
    on February 4" gave New Zealand alone, and "France gets it on February 10 and Germany on
    February 11. Japan will wait until April 16." gave nothing."""
    found = _read(
        "Glasshouse Rising opens in the US on January 28, 2027, followed by Australia and New "
        "Zealand on February 4. France gets it on February 10 and Germany on February 11. Japan "
        "will wait until April 16.",
        _known("Glasshouse Rising"),
    )
    assert sorted((s.value["date"], s.value["region"]) for s in found if s.kind == "release") == [
        ("2027-01-28", "US"),
        ("2027-02-04", "AU"),
        ("2027-02-04", "NZ"),
        ("2027-02-10", "FR"),
        ("2027-02-11", "DE"),
        ("2027-04-16", "JP"),
    ]


def test_a_note_that_all_dates_are_one_market_s_sets_the_story_s_market():
    """Modelled on round three's studio slate: its closing "All dates are for North American
    release." was ignored and the moves came out worldwide."""
    found = _read(
        "The Quiet Meridian moves to October 8, 2027.\n\nAll dates are for North American release.",
        _known("The Quiet Meridian"),
    )
    assert [s.value["region"] for s in found if s.kind == "release_move"] == ["US"]


def test_a_partner_streaming_the_film_later_in_the_year_of_its_premiere():
    """Modelled on a browser walk: "…Lumen+ will then stream the film from December 17." gave
    nothing, and the same said with the title gave this December, not the premiere's year's."""
    found = _read(
        "The Salt Cartographer will premiere at the Toronto International Film Festival on "
        "September 10, 2027.\n\nKestrel's streaming partner Lumen+ will then stream the film "
        "from December 17.",
        _known("The Salt Cartographer"),
    )
    assert [(s.value["date"], s.value["channel"]) for s in found if s.kind == "release"] == [
        ("2027-09-10", "Toronto International Film Festival"),
        ("2027-12-17", "Lumen+"),
    ]


def test_a_french_delay_with_its_expected_day_its_version_and_its_list():
    """Modelled on a browser walk's French games story: the game came as a film, "attendu le 18
    mars 2027 sur PC, …, sortira finalement le 16 février 2028" dated PC on the old day, "ne
    sortira plus en 2027" dated it 2027, and "La version Switch 2 … arrivera plus tard, au
    printemps 2028", "- Pixel Potager : 22 avril 2027 sur Switch 2 et PC" and "- Cendres du Nord,
    l'extension : sortira en 2028" gave nothing."""
    found = _cold_story(
        "Brumaire repousse Les Gardiens de Vellune à 2028",
        "Le RPG d'action ne sortira plus en 2027 : le studio promet une démo cet été.\n\n"
        "Le studio Brumaire a annoncé le report de son jeu phare, Les Gardiens de Vellune. Le RPG "
        "d'action, attendu le 18 mars 2027 sur PC et PS5, sortira finalement le 16 février 2028."
        "\n\nLa version Switch 2 arrivera plus tard, au printemps 2028.\n\n"
        "Brumaire a mis à jour le calendrier de ses autres projets :\n\n"
        "- Pixel Potager : 22 avril 2027 sur Switch 2 et PC\n"
        "- Cendres du Nord, l'extension : sortira en 2028\n",
    )
    dated = _dated(found)
    assert ("Les Gardiens de Vellune", "2028-02-16", "WW", "PC") in dated
    assert ("Les Gardiens de Vellune", "2028-02-16", "WW", "PS5") in dated
    assert ("Les Gardiens de Vellune", "2028-spring", "WW", "Switch 2") in dated
    assert ("Pixel Potager", "2027-04-22", "WW", "PC") in dated
    assert ("Cendres du Nord", "2028", "WW", "") in dated
    assert not [d for d in dated if d[1] in ("2027", "2027-03-18")]
    kinds = {s.value["name"]: s.value["title_kind"] for s in found if s.kind == "new_title"}
    assert kinds["Les Gardiens de Vellune"] == "game"
    assert kinds["Cendres du Nord"] == "dlc"


@pytest.mark.parametrize(
    "body, dated",
    [
        # a day denied is none: the delay is to no date
        (
            "Starwright Saga has been delayed indefinitely, with its publisher saying only that it "
            "will no longer launch in 2028.",
            [("release_move", "Starwright Saga", "TBA")],
        ),
        # the sequel's date, the sequel unnamed; not the earlier film in an aside
        (
            "Jordan Vell, who directed Thornquist in Paper Kites, is helming the sequel, which "
            "Orbital Pictures recently dated for July 21, 2028.",
            [],
        ),
        # abandoning a date makes it the old one
        (
            "Glass Anchor moves over to a premium home digital release in the U.S. on November 26, "
            "2027, abandoning the November 12 theatrical date.",
            [("release_move", "Glass Anchor", "2027-11-26")],
        ),
    ],
)
def test_round_four_s_confident_wrong_dates(body, dated):
    """Modelled on round four of the shape studies: each gave a wrong date at 0.85 or more
    (a move to the denied 2028, an aside's film dated with the sequel's day, a move back to
    the date abandoned)."""
    found = _read(body, _known("Starwright Saga", "Paper Kites", "Glass Anchor"))
    assert [
        (s.kind, s.subject.name, s.value.get("date") or s.value.get("to"))
        for s in found
        if s.kind in ("release", "release_move")
    ] == dated


def test_dates_out_today_are_the_news_not_the_title_s_day():
    """Modelled on round four's date roulette: "Other release dates out today are for X on
    Sept. 17" dated X the day of the story."""
    found = _read(
        "Other release dates out today are for Ninefold's horror pic Saltmarsh on Sept. 17.",
        _known("Saltmarsh"),
        published=date(2027, 5, 20),
    )
    assert [s.value["date"] for s in found if s.kind == "release"] == ["2027-09-17"]


def test_dates_a_buyer_sets_are_in_the_countries_its_rights_cover(facts):
    # Modelled on an acquisitions rundown: North American rights bought, then the buyer's
    # dates with no country said; a sale of UK rights dated "in UK cinemas" stays British.
    found = facts(
        'Loomis Pictures has picked up North American rights to the drama "Orchard Daughter." '
        "Loomis will release it in select theaters on April 16 followed by VOD on May 21.\n\n"
        'Parable Films bought all rights in North America and the UK to "Hollow Street" and '
        "will release it in UK cinemas on 8 October 2027.",
        published=date(2027, 3, 4),
        kind="release",
    )
    assert sorted((s.subject.name, s.value["date"], s.value["region"]) for s in found) == [
        ("Hollow Street", "2027-10-08", "GB"),
        ("Orchard Daughter", "2027-04-16", "CA"),
        ("Orchard Daughter", "2027-04-16", "US"),
        ("Orchard Daughter", "2027-05-21", "CA"),
        ("Orchard Daughter", "2027-05-21", "US"),
    ]


def test_a_channel_that_sets_its_own_show_s_premiere_airs_it_in_its_country(facts):
    # Modelled on a network's announcement: the channel sets its show's premiere.
    found = facts(
        "AMC has set the premiere of the fifth and final season of Grey Manor for Sunday, "
        "April 11, 2027.",
        published=date(2027, 2, 10),
        kind="release",
    )
    assert [(s.value["date"], s.value["region"], s.value["channel"]) for s in found] == [
        ("2027-04-11", "US", "AMC"),
    ]


def test_a_title_taken_off_its_date_moves_to_no_date(facts):
    # Modelled on a studio's calendar shuffle: the date it is taken off is the old one.
    found = facts(
        "Harbor Studios has taken Ballerina off its July 2 date, and the film has not been "
        "given a new one.",
        published=date(2027, 3, 10),
    )
    moves = [s for s in found if s.kind in ("release", "release_move")]
    assert [(s.kind, s.value.get("to"), s.value.get("from")) for s in moves] == [
        ("release_move", "TBA", "2027-07-02")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # modelled on a game's 1.0 story: a sale's days are no launch
        'Ironvale II costs more when 1.0 lands, and the studio is running a "last chance" '
        "discount from April 1 to April 8.",
        # modelled on a streamer's weekly list: the day a film leaves is no release
        "If Ballerina is still on your watchlist, move fast: it leaves Peacock on May 31.",
    ],
)
def test_a_sale_or_a_departure_is_no_release(facts, sentence):
    found = facts(sentence, published=date(2027, 3, 10))
    assert [s for s in found if s.kind in ("release", "release_move")] == []


@pytest.mark.parametrize(
    "sentence, moved_to",
    [
        # modelled on a studio's chain of delays: an aside on the old date, then the move
        (
            "Pellucid's thriller Ballerina, originally dated for the same weekend, has moved to "
            "May 7 to get out of its way.",
            "2027-05-07",
        ),
        (
            'That move bumps "Ballerina," the adaptation that had been set for mid-July, to Feb. '
            "16, 2029.",
            "2029-02-16",
        ),
    ],
)
def test_an_aside_on_the_old_date_leaves_the_move_its_new_one(facts, sentence, moved_to):
    found = facts(sentence, published=date(2027, 3, 1))
    moves = [s for s in found if s.kind in ("release", "release_move")]
    assert [(s.subject.name, s.value.get("to") or s.value.get("date")) for s in moves] == [
        ("Ballerina", moved_to)
    ]


def test_a_move_told_as_past_keeps_the_day_still_ahead(facts):
    # Modelled on a year's list of delays: when the move was made is no date of the film's;
    # the day it was moved to is still its date. An opening told as past stays history.
    found = facts(
        "Back in September, Meridian moved the animated sequel Ballerina to May 26, 2028 after "
        "a rival studio claimed its summer weekend.\n\n"
        "Back in September, Meridian released John Wick on September 9.",
        published=date(2027, 11, 2),
    )
    dated = [s for s in found if s.kind in ("release", "release_move")]
    assert [(s.kind, s.subject.name, s.value.get("to"), s.value.get("from")) for s in dated] == [
        ("release_move", "Ballerina", "2028-05-26", None)
    ]


def test_another_clause_s_day_is_not_the_moved_title_s_old_date(facts):
    # Modelled on a box-office preview: the first clause's Friday belongs to its own film.
    found = facts(
        "Next up, John Wick opens Friday at roughly 3,000 locations, and Lionsgate has moved "
        "its holiday comedy Ballerina up a week to November 19.",
        published=date(2027, 3, 1),
        kind="release_move",
    )
    assert [(s.subject.name, s.value["to"], s.value.get("from")) for s in found] == [
        ("Ballerina", "2027-11-19", None)
    ]


def test_one_title_s_release_and_another_s_move_in_one_sentence_are_each_their_own(facts):
    found = facts(
        "Next up, John Wick: Chapter 4 opens Friday at roughly 3,000 locations, and Lionsgate "
        "has moved its holiday comedy Ballerina up a week to November 19.",
        published=date(2027, 3, 1),
    )
    dated = [s for s in found if s.kind in ("release", "release_move")]
    assert [(s.kind, s.subject.name, s.value.get("date") or s.value["to"]) for s in dated] == [
        ("release", "John Wick: Chapter 4", "2027-03-05"),
        ("release_move", "Ballerina", "2027-11-19"),
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # modelled on a home-video window story
        (
            "Ballerina will be available to buy on premium digital platforms stateside on "
            "Tuesday, May 25, priced at $24.99.",
            ("2027-05-25", "US", "digital"),
        ),
        (
            "Ballerina becomes available as a 48-hour rental on May 21.",
            ("2027-05-21", "WW", "digital"),
        ),
    ],
)
def test_a_film_available_to_buy_or_rent_at_home_is_a_digital_release(facts, sentence, expected):
    [release] = facts(sentence, published=date(2027, 5, 18), kind="release")
    assert (release.value["date"], release.value["region"], release.value["medium"]) == expected


def test_a_french_distributor_s_line_up_dates_and_moves(facts):
    # Modelled on a French trade's weekly line-up changes.
    found = facts(
        "Tour d'horizon hebdomadaire des films nouvellement datés et des reports.\n\n"
        "Lionsgate France positionne Ballerina de Len Wiseman au 16 février 2028.\n\n"
        "Le drame John Wick: Chapter 4 est fixé au 22 mars.\n\n"
        "John Wick: Chapter 2 passe du 24 novembre au 29 décembre.",
        published=date(2027, 9, 23),
    )
    dated = [s for s in found if s.kind in ("release", "release_move")]
    assert [(s.subject.name, s.value.get("date") or s.value["to"]) for s in dated] == [
        ("Ballerina", "2028-02-16"),
        ("John Wick: Chapter 4", "2028-03-22"),
        ("John Wick: Chapter 2", "2027-12-29"),
    ]


def test_a_national_arm_or_an_industry_names_the_market_of_its_slate(read_markdown):
    # modelled on a Mexican distributor's calendar and an Indian round-up of date changes
    found = read_markdown(
        "Calendario de estrenos",
        "Lumbre Pictures México compartió el calendario de sus estrenos para este año.\n\n"
        "*Patio de luces* llegará a las salas el 14 de mayo.",
        date(2027, 3, 20),
    )
    assert [(s.value["date"], s.value["region"]) for s in found if s.kind == "release"] == [
        ("2027-05-14", "MX")
    ]
    found = read_markdown(
        "Films shift their dates",
        "The Indian film industry is seeing a war over release dates.\n\n"
        "*Monsoon Letters* will now release in theatres on June 11.",
        date(2027, 1, 22),
    )
    assert [(s.value["date"], s.value["region"]) for s in found if s.kind == "release"] == [
        ("2027-06-11", "IN")
    ]


def test_the_rival_a_move_keeps_clear_of_is_not_what_moves(read_markdown):
    found = read_markdown(
        "New dates",
        "Kiran Das's romantic comedy *Monsoon Letters* was set to open on June 4. The makers "
        "decided to postpone it to June 11 to avoid a clash with Ravi Anand's much-awaited "
        "action film *Ember Line*.",
        date(2027, 1, 22),
    )
    moved = [(s.subject.name, s.value["to"]) for s in found if s.kind == "release_move"]
    assert moved == [("Monsoon Letters", "2027-06-11")]


def test_a_german_rollout_by_day_and_countries(read_markdown):
    # modelled on a German cinema site's worldwide plan: prose, then a day a row with its
    # countries in German
    found = read_markdown(
        "Kinotermine für „Sturmkönigin II“",
        "Das Studio hat die weltweiten Termine für die Fortsetzung bekannt gegeben, die in "
        "den USA gleichzeitig in den Kinos und im Stream startet.\n\n"
        "In den USA kommt „Sturmkönigin II“ wie geplant am 22. Dezember auf die große "
        "Leinwand.\n\n**Der weltweite Startplan von „Sturmkönigin II“**\n\n"
        "- Mittwoch, 15. Dezember: Belgien, Frankreich\n"
        "- Donnerstag, 16. Dezember: Deutschland, Österreich",
        date(2027, 11, 18),
    )
    releases = sorted(
        (s.subject.name, s.value["date"], s.value["region"]) for s in found if s.kind == "release"
    )
    assert releases == [
        ("Sturmkönigin II", "2027-12-15", "BE"),
        ("Sturmkönigin II", "2027-12-15", "FR"),
        ("Sturmkönigin II", "2027-12-16", "AT"),
        ("Sturmkönigin II", "2027-12-16", "DE"),
        ("Sturmkönigin II", "2027-12-22", "US"),
    ]


def test_a_title_heading_to_a_place_is_no_release(facts):
    # an expo's dates, not a work's: "heads to" a hall, not to a platform
    assert not facts("Ironvale II heads to Birmingham's NEC on October 9 and 10.", kind="release")


def test_a_night_s_lineup_dates_the_show_whose_premiere_it_names(read_markdown):
    # modelled on a network's fall schedule: a returning show opens the night, the series
    # premiere of a new one follows it
    found = read_markdown(
        "The fall schedule",
        "The network has set its fall schedule.\n\n"
        "The Wednesday lineup begins September 22 with *Copper Ridge* in the 8:00-9:00 p.m. "
        "timeslot, followed by the series premiere of the new legal drama *Tin Harbour* "
        "(9:00-10:00 p.m. ET).",
        date(2027, 9, 1),
    )
    dated = {(s.subject.name, s.value["date"]) for s in found if s.kind == "release"}
    assert dated == {("Tin Harbour", "2027-09-22")}


@pytest.mark.parametrize(
    "sentence, region",
    [
        ("Harbor Lights premieres on Hulu on June 9.", "US"),
        ("Harbor Lights premieres on Peacock on June 9.", "US"),
        # a service sold around the world says no country by itself
        ("Harbor Lights premieres on Netflix on June 9.", "WW"),
        # and a country the sentence names stands
        ("Harbor Lights premieres on Hulu in Japan on June 9.", "JP"),
    ],
)
def test_a_service_sold_in_one_country_dates_that_country(facts, sentence, region):
    [release] = facts(sentence, kind="release")
    assert (release.value["date"], release.value["region"]) == ("2023-06-09", region)


def test_a_day_given_to_the_title_that_opens_when_it_comes(facts):
    # modelled on a box-office report: the holdover's rival opens on the day the sentence
    # names, told in a "when" clause after it
    found = facts(
        "Starfall Protocol faces its first local competition on May 5, Children's Day, when "
        "the animated Harbor Lights opens on some 1,100 screens.",
        kind="release",
    )
    assert [(s.subject.name, s.value["date"]) for s in found] == [("Harbor Lights", "2023-05-05")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # modelled on network trade copy: the channel's show, by what it is
        (
            "Fox's cooking competition Harbor Lights will return for a ninth season next spring.",
            ("tv", "Fox", "US"),
        ),
        ("NBC's new legal drama Harbor Lights premieres on June 9.", ("tv", "NBC", "US")),
    ],
)
def test_a_channel_s_show_airs_on_that_channel(facts, sentence, expected):
    [release] = facts(sentence, kind="release")
    assert (release.value["medium"], release.value["channel"], release.value["region"]) == expected


def test_a_studio_s_film_is_not_on_a_channel(facts):
    [release] = facts("Fox's new drama Starfall Protocol opens on June 9.", kind="release")
    assert release.value["channel"] != "Fox"


def test_a_service_sold_in_one_country_keeps_it_in_a_story_about_another(read_markdown):
    # found in a browser walk: a standfirst naming a British channel made the whole story
    # British, and a Hulu date with it
    found = read_markdown(
        "Autumn drama highlights",
        "**'Dust Cathedral' (Hulu)**\n\nA slow-burn horror piece set in a mining church.\n\n"
        "Streaming on Hulu from Wednesday (October 20, 2027)",
        date(2027, 8, 20),
        standfirst="Channel 4 and Hulu line up new drama for October.",
    )
    dated = {
        (s.subject.name, s.value["date"], s.value["region"]) for s in found if s.kind == "release"
    }
    assert dated == {("Dust Cathedral", "2027-10-20", "US")}


def test_a_premiere_the_day_is_counted_from_is_not_the_day_s(facts):
    found = facts(
        "Harbor Lights returns on June 9, a week after the series premiere of Starfall Protocol.",
        kind="release",
    )
    assert {(s.subject.name, s.value["date"]) for s in found} == {("Harbor Lights", "2023-06-09")}


def test_a_title_that_opens_on_the_day_keeps_it_beside_another_opening_then(facts):
    found = facts(
        "Starfall Protocol opens on June 9, when Harbor Lights opens too.", kind="release"
    )
    assert ("Starfall Protocol", "2023-06-09") in {(s.subject.name, s.value["date"]) for s in found}


# A review of the eighteenth session's rules found these; each case failed before its fix.


def test_a_game_in_a_story_that_opens_on_films_stays_a_game(read_markdown):
    found = read_markdown(
        "This weekend at the movies",
        "Three new films open this weekend at the multiplex. Ember Hollow, from Bandai Namco, "
        "launches on PS5 and Switch on May 12.",
        date(2027, 3, 1),
    )
    [new] = [s for s in found if s.kind == "new_title"]
    assert new.value["title_kind"] == "game"
    assert {s.value["channel"] for s in found if s.kind == "release"} == {"PS5", "Switch"}


@pytest.mark.parametrize(
    "body, expected",
    [
        # the second premiere's own day
        (
            "NBC kicks off Tuesday, September 14 with the season two premiere of Copper "
            "Valley, followed by the series premiere of Night Orchard on September 21.",
            [("Copper Valley — Season 2", "2027-09-14"), ("Night Orchard", "2027-09-21")],
        ),
        # another night, a week on: not the first one's
        (
            "Harbor Lights returns on NBC on Tuesday, September 14. It is followed by the "
            "series premiere of Night Orchard one week later.",
            [("Harbor Lights", "2027-09-14")],
        ),
    ],
)
def test_a_premiere_that_follows_another_night_keeps_its_own_day(gazetteer, body, expected):
    found = extract(Document(headline="", body=body, published=date(2027, 3, 1)), gazetteer)
    assert sorted((s.subject.name, s.value["date"]) for s in found if s.kind == "release") == (
        expected
    )


def test_a_person_named_like_a_service_is_no_service(facts):
    """ "Max Landis confirmed…" is a man, not HBO's service."""
    [release] = facts(
        "Max Landis confirmed he is writing Harbor Lights. The series premieres on June 9.",
        kind="release",
    )
    assert release.value["channel"] == ""


@pytest.mark.parametrize(
    "body, region",
    [
        # a holiday or a person is no place ("a lead-in to Christmas": not Christmas Island)
        (
            "The Larkfield Film Festival, a lead-in to Christmas, opens on December 9 with the "
            "world premiere of Starfall Protocol.",
            "WW",
        ),
        # a city ending its sentence
        (
            "The Larkfield Film Festival is returning to Hobart. The festival opens on October "
            "13 with Starfall Protocol.",
            "AU",
        ),
    ],
)
def test_a_festival_s_place_is_a_city_not_a_word(gazetteer, body, region):
    found = extract(Document(headline="", body=body, published=date(2027, 3, 1)), gazetteer)
    assert [s.value["region"] for s in found if s.kind == "release"] == [region]


def test_a_listing_s_rows_with_their_hour_are_rows_not_stamps():
    found = _cold_story(
        "Upcoming premieres",
        "Upcoming premieres:\n\nGlasswing Academy: March 29, 2027 9:00 PM\n\n"
        "Copper Valley: April 5, 2027 9:00 PM",
    )
    assert sorted((s.subject.name, s.value["date"]) for s in found if s.kind == "release") == [
        ("Copper Valley", "2027-04-05"),
        ("Glasswing Academy", "2027-03-29"),
    ]


def test_dominican_cinemas_are_the_dominican_republic_s(facts):
    [release] = facts("Starfall Protocol opens in Dominican cinemas on June 9.", kind="release")
    assert release.value["region"] == "DO"  # not Dominica's, as "Dominica" + "n" made it


def test_a_network_in_its_capitals_is_the_network_the_catalog_knows(facts):
    [release] = facts("Harbor Lights returns on FOX on Sunday, July 9.", kind="release")
    assert (release.value["channel"], release.value["region"]) == ("Fox", "US")


def test_a_french_paper_s_worldwide_date_is_the_world_s():
    known = Gazetteer([Entry(1, "title", "Lune Pâle", (), "film")])
    body = (
        "Les distributeurs ont encore revu leur calendrier cette semaine, et plusieurs films "
        "changent de date. Le drame Lune Pâle sortira dans le monde entier le 14 avril."
    )
    found = extract(Document(headline="", body=body, published=date(2027, 3, 1)), known)
    assert [s.value["region"] for s in found if s.kind == "release"] == ["WW"]


def test_a_plain_row_of_a_title_and_its_ways_out_dates_each_way():
    """Found walking the desk: a row naming its title in plain text, then its cinema day and
    its service's day, proposed nothing at all unless the title was in bold."""
    found = _cold_story(
        "Cinema first, then the couch",
        "Kumori+ has slated three autumn films for a limited run in U.S. theaters before they "
        "arrive on the service.\n\n"
        "- Copper Harbor – Theatrical debut October 1, Kumori+ debut October 22\n"
        "- Glass Orchard – In theaters October 8, on Netflix October 29",
    )
    assert sorted(
        (s.subject.name, s.value["date"], s.value["region"], s.value["channel"])
        for s in found
        if s.kind == "release"
    ) == [
        ("Copper Harbor", "2027-10-01", "US", ""),
        ("Copper Harbor", "2027-10-22", "WW", "Kumori+"),
        ("Glass Orchard", "2027-10-08", "US", ""),
        ("Glass Orchard", "2027-10-29", "WW", "Netflix"),
    ]


@pytest.mark.parametrize(
    "body, channel",
    [
        (
            "Saltbush Lane, a six-part comedy, will premiere on Sunday, June 13 at 8pm on "
            "ABC TV and ABC iview.",
            "ABC TV",
        ),
        ("The whole of Saltbush Lane streams on ABC iview from Sunday, June 13.", "ABC iview"),
    ],
)
def test_the_australian_abc_is_not_the_american_network(body, channel):
    """Modelled on a shape study of a comedy filmed in Hobart: "will premiere on Sunday, June
    13 at 8pm on ABC TV and ABC iview" was dated in the United States, as "ABC" alone is."""
    found = _read(body, Gazetteer([Entry(1, "title", "Saltbush Lane", (), "series")]))
    releases = [s.value for s in found if s.kind == "release"]
    assert releases
    assert {(v["date"], v["region"]) for v in releases} == {("2027-06-13", "AU")}
    assert channel in {v["channel"] for v in releases}


def test_the_show_a_cast_member_comes_from_is_not_the_next_sentence_s_subject():
    """Modelled on a shape study of an Australian comedy's premiere: "…will see Toby Ngo, from
    the ABC's much-loved documentary series Finding Our Feet, make his acting debut", then
    "the first two episodes will screen at a festival on Saturday, May 29": the festival date
    went to the documentary the newcomer came from, not the comedy."""
    found = _read(
        "Saltbush Lane, a six-part comedy, will premiere on Sunday, June 13 at 8pm on ABC TV."
        "\n\nThe series will see Toby Ngo, from the ABC's much-loved documentary series "
        "*Walking Home*, make his acting debut.\n\nAhead of the broadcast, the first two "
        "episodes will screen at the Hobart Comedy Festival on Saturday, May 29.",
        Gazetteer(
            [
                Entry(1, "title", "Saltbush Lane", (), "series"),
                Entry(2, "title", "Walking Home", (), "series"),
            ]
        ),
    )
    dated = {(s.subject.name, s.value["date"]) for s in found if s.kind == "release"}
    assert ("Saltbush Lane", "2027-05-29") in dated
    assert not [name for name, _ in dated if name == "Walking Home"]


@pytest.mark.parametrize(
    "headline, body, expected",
    [
        (
            "Le festival dévoile sa compétition",
            "Voici les films de la compétition, qui seront présentés au public pendant le "
            "festival.\n\n*Le Potager de Batoumi* (Géorgie) de Levan Abashidze, avec Nino "
            "Kharadze, sortie française le 15 septembre",
            ("Le Potager de Batoumi", "2027-09-15", "FR"),
        ),
    ],
)
def test_a_line_up_s_film_opens_where_its_release_says_not_where_it_is_from(
    gazetteer, headline, body, expected
):
    """Modelled on a shape study of a French festival's line-up: "X (Géorgie) de …, sortie
    française le 15 septembre" was dated in Georgia, where the film comes from."""
    known = Gazetteer([*gazetteer.entries, Entry(91, "title", "Le Potager de Batoumi", (), "film")])
    found = extract(Document(headline=headline, body=body, published=date(2027, 5, 15)), known)
    assert [
        (s.subject.name, s.value["date"], s.value["region"]) for s in found if s.kind == "release"
    ] == [expected]


@pytest.mark.parametrize(
    "body, expected",
    [
        # a film's date with a studio after a dash, a game's with a word that is a channel
        (
            "Copper Saint opens in theaters on June 18 - Fox",
            {("2027-06-18", "WW", "theatrical", "")},
        ),
        ("Copper Saint launches on June 11 - Global", {("2027-06-11", "WW", "", "")}),
        # a word in brackets that is also a channel's name
        (
            "Copper Saint launches on June 11 (Global) and June 12 (Japan).",
            {("2027-06-11", "JP", "", "")},
        ),
        # the American network's own copy
        (
            "The ABC TV series Copper Saint returns on Tuesday, June 15.",
            {("2027-06-15", "US", "tv", "ABC")},
        ),
        (
            "Copper Saint streams on ABC iView from Sunday, June 13.",
            {("2027-06-13", "AU", "streaming", "ABC iview")},
        ),
        # an hour opening prose is no schedule's row
        (
            "8 p.m. Friday, June 18 is when Copper Saint starts streaming.",
            {("2027-06-18", "WW", "", "")},
        ),
    ],
)
def test_what_the_schedule_rules_leave_alone(body, expected):
    """Ordinary copy the rules for schedules and guides (a channel after a row's dash or in
    its brackets, Australia's ABC, a film's country in brackets, an hour before a show) must
    read as before; found by a review of those rules."""
    found = _read(body, Gazetteer([Entry(1, "title", "Copper Saint", (), "")]))
    assert {
        (s.value["date"], s.value["region"], s.value["medium"], s.value["channel"])
        for s in found
        if s.kind == "release"
    } == expected


def test_a_country_in_brackets_after_a_service_is_where_it_streams():
    found = _read(
        "Copper Saint premieres June 11 on BBC One in the UK and on Hulu (US).",
        Gazetteer([Entry(1, "title", "Copper Saint", (), "")]),
    )
    dated = {(s.value["region"], s.value["channel"]) for s in found if s.kind == "release"}
    assert ("US", "Hulu") in dated


@pytest.mark.parametrize(
    "body",
    [
        "Fans campaigned to no avail on Monday, June 14, when the network cancelled Copper Saint.",
        "Copper Saint: the service will remove all 40 episodes on June 30.",
        "For Copper Saint, the crew shot all eight episodes from June 14 in Belfast.",
    ],
)
def test_words_like_a_guide_s_that_say_no_release(body):
    found = _read(body, Gazetteer([Entry(1, "title", "Copper Saint", (), "series")]))
    assert [s.value["date"] for s in found if s.kind == "release"] == []


def test_a_season_and_its_show_on_the_same_day_elsewhere_stay_two_cards():
    found = _read(
        "Copper Saint season 2 premieres Friday, June 18 on AMC. The same day, the first season "
        "of Copper Saint lands on Netflix.",
        Gazetteer([Entry(1, "title", "Copper Saint", (), "series")]),
    )
    assert {s.value["channel"] for s in found if s.kind == "release"} == {"AMC", "Netflix"}


def test_a_start_label_under_a_heading_abroad_dates_the_heading_s_title():
    """Modelled on a German monthly list of a streamer's new titles: each bold heading over
    "Start: 3. Dezember 2027" gave a film called "Start" every date; "Neu bei Netflix" did not
    say which service the list is about, and its heading "Die wichtigsten
    Netflix-Neuheiten im Dezember" was read as a title."""
    found = _cold_story(
        "Neu bei Netflix: Die besten Filme und Serien im Januar",
        "Jeden Monat kommen neue Titel dazu. Hier ist unsere Auswahl.\n\n"
        "## Die wichtigsten Netflix-Neuheiten im Januar 2027:\n\n"
        "**„Die Lotsin vom Kanal“**\n\n"
        "Start: 8. Januar 2027\n\n"
        "Ein Krimi an der Schlei, leise und genau erzählt.\n\n"
        "**„Sternwarte Nord“**\n\n"
        "Start: 22. Januar 2027\n\n"
        "Zwei Astronominnen und ein Komet, der nicht auftauchen will.",
    )
    assert _dated(found) == [
        ("Die Lotsin vom Kanal", "2027-01-08", "WW", "Netflix"),
        ("Sternwarte Nord", "2027-01-22", "WW", "Netflix"),
    ]
    names = {s.subject.name for s in found if s.subject}
    assert not {"Start", "Die Wichtigsten Netflix-neuheiten Im"} & names


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (
            "A sequel to Night Harbor is on",
            "The studio has ordered a sequel to Night Harbor.\n\n"
            "Night Harbor production start: March 2027, in Atlanta.",
        ),
        ("Arc Raiders tests again", "Arc Raiders closed beta start: October 30, 2027."),
        (
            "Arc Raiders: Neuer Test",
            "Das Studio hat den nächsten Test angekündigt. Arc Raiders Beta-Start: 30. Oktober "
            "2027, zunächst nur auf dem PC.",
        ),
        (
            "What goes before the cameras next",
            "Here is what shoots next.\n\n**The Quiet Coast**\n\nStart: March 2, 2027\n\n"
            "Location: Vancouver",
        ),
    ],
)
def test_a_shoot_s_or_a_beta_s_start_is_no_release(headline, body):
    """A review of the "Start:" label above: in English copy and in a compound ("Beta-Start")
    it is a shoot's, a race's or a test's start, not a title's release."""
    from premiere.core.text import markdown_text

    known = Gazetteer(
        [
            Entry(1, "title", "Night Harbor", (), "film"),
            Entry(2, "title", "Arc Raiders", (), "game"),
            Entry(3, "title", "The Quiet Coast", (), "series"),
        ]
    )
    found = extract(
        Document(headline=headline, body=markdown_text(body), published=date(2026, 12, 5)), known
    )
    assert _dated(found) == []


def test_a_french_line_up_s_days_in_figures_and_whose_films_they_are():
    """Modelled on a French distributors' day of trailers: "dès le 06/10, la comédie … de
    Karim Belhadj", "(15/12)" and "ne sortira plus le 10/11 mais le 12/01/2028" gave no date,
    and a cold title ran on into its director's name."""
    found = _cold_story(
        "Lumière Ouest dévoile ses films de l'hiver",
        "Le distributeur Lumière Ouest a présenté ce jeudi son line-up aux exploitants. Le "
        "thriller *Le Port des brumes* de Jeanne Vidal sortira en salles le 06/01. Le studio "
        "décale par ailleurs *Les Rives*, qui ne sortira plus le 10/12 mais le 03/02/2027. "
        "Pour finir, le drame *Sel noir* de Paul Lenoir (17/02).",
    )
    assert _dated(found) == [
        ("Le Port des brumes", "2027-01-06", "FR", ""),
        ("Les Rives", "2027-02-03", "FR", ""),
        ("Sel noir", "2027-02-17", "FR", ""),
    ]
    moved = [s.value["from"] for s in found if s.kind == "release_move"]
    assert moved == ["2026-12-10"]


def test_a_platform_release_in_two_cities_is_that_country_s_and_the_film_is_the_new_one():
    """Modelled on an awards-season brief: "Oyelaran's first movie since 2022's Tidewater
    centers on…", then "The film will open on Dec. 25 in New York and Los Angeles": the date
    went to Tidewater, worldwide, and the headline's "Set For Limited Release On Christmas
    Day" stood beside it as a second, worldwide release."""
    found = _cold_story(
        "'Brine Country' Set For Limited Release On Christmas Day",
        "Orchard Lane Pictures revealed one more awards contender today, Nadia Brook's *Brine "
        "Country*.\n\n"
        "Brook's first movie since 2022's *Low Water* follows two sisters who keep an oyster "
        "farm going through one brutal winter. The film will open on Dec. 25 in New York "
        "and Los Angeles before expanding nationwide later.",
    )
    assert {(name, day, region) for name, day, region, _ in _dated(found)} == {
        ("Brine Country", "2026-12-25", "US")
    }


def test_a_list_item_opening_on_its_title_gives_it_the_day_and_platform_it_names():
    """Modelled on a French games site's list of ports: "- *Tempo Breaker* ira faire un tour
    uniquement sur PS5, le 23 mars prochain", each item in its own words, no release verb:
    only the one that said "sortira" got its date."""
    found = _cold_story(
        "Voici les trois jeux qui arrivent sur PS5",
        "- *Lanterne Grise* ira faire un tour uniquement sur PS5, le 23 mars prochain.\n"
        "- *Ronces* fera comme son copain, direction la PS5 et la Switch 2, le 20 avril.\n"
        "- Enfin, *Mer de Sel* montrera ses jolies vagues sur PS5, le 4 mai 2027.\n\n"
        "La semaine dernière, personne ne voulait citer ces jeux. Le Game Pass les garde, et "
        "*Lanterne Grise* était sorti sur PC en novembre 2025.",
    )
    assert _dated(found) == [
        ("Lanterne Grise", "2027-03-23", "WW", "PS5"),
        ("Mer de Sel", "2027-05-04", "WW", "PS5"),
        ("Ronces", "2027-04-20", "WW", "PS5"),
        ("Ronces", "2027-04-20", "WW", "Switch 2"),
    ]


def test_a_bold_label_with_its_platform_and_day_in_brackets_names_the_whole_title():
    """Modelled on a Nintendo Direct recap: "**Fernlight Chronicles HD (Switch 2, November 12,
    2027):**" gave the date to "Fernlight Chronicles", the original the body names in italics,
    and "**Copperhead Racing Neo (eShop, early December):**" no date at all."""
    found = _cold_story(
        "Everything from today's Direct",
        "Today's Direct ran fifty minutes.\n\n"
        "**Lanternfox Saga HD (Switch 2, March 12, 2027):** I wasn't the biggest fan of the "
        "original *Lanternfox Saga* when it came out on the Wii U all those years ago.\n\n"
        "- **Gravel Kings Neo (eShop, early April):** Eight-player online racing.",
    )
    assert _dated(found) == [
        ("Gravel Kings Neo", "2027-04", "WW", ""),
        ("Lanternfox Saga HD", "2027-03-12", "WW", "Switch 2"),
    ]


def test_a_weekly_list_of_one_country_s_limited_releases_dates_them_there():
    """Modelled on a weekly column of American limited releases: "this week's list of U.S.
    limited releases" did not make the story's market the United States, so every "opens
    tonight in 11 theaters" came out worldwide."""
    found = _cold_story(
        "Limited releases this week",
        "There are four films on this week's list of U.S. limited releases.\n\n"
        "**Copper Wren** - Reviews\n\n"
        "A drama about a lighthouse keeper. *Copper Wren* opens tonight in 11 theaters in "
        "select cities.",
    )
    assert [(name, region) for name, _, region, _ in _dated(found)] == [("Copper Wren", "US")]


def test_a_brazilian_streamer_s_month_dates_what_arrives_there():
    """Modelled on a Brazilian streamer's monthly list: "chega à plataforma no dia 29 de
    novembro" was no release word ("chegará" was), and "para os assinantes da plataforma no
    Brasil" was read as English "no Brazil" release, so the market stayed the world."""
    found = _cold_story(
        "Globoplay: as novidades de janeiro",
        "Os lançamentos do Globoplay para janeiro foram divulgados, bem como as outras atrações "
        "para os assinantes da plataforma no Brasil. *Vento Sul* chega à plataforma no dia 29 "
        "de janeiro, e a novela *Flor do Campo* entra no catálogo em 8 de janeiro.",
    )
    assert [(name, day, region) for name, day, region, _ in _dated(found)] == [
        ("Flor do Campo", "2027-01-08", "BR"),
        ("Vento Sul", "2027-01-29", "BR"),
    ]


@pytest.mark.parametrize(
    "item",
    [
        "- *Gloomwick* is on sale on Steam for $9.99 until January 3.",
        "- *Ashen Hollow* leaves Xbox Game Pass on January 31.",
        "- *Ashen Hollow* servers shut down on PS4 on January 31.",
        "- *Gloomwick* gets its 2.0 update on Steam on January 10.",
        "- *Gloomwick* launched on Steam on November 3.",
    ],
)
def test_a_list_item_about_a_sale_an_update_or_a_launch_gone_by_is_no_release(item):
    """The review of the rule above: bullets opening on a title, naming a platform and a day,
    that say something else than its coming out."""
    found = _cold_story("This week in games", f"{item}\n- *Copper Sky* is out on PS5.")
    assert _dated(found) == []


def test_a_list_item_with_its_own_release_word_keeps_its_country_and_confidence():
    found = _cold_story(
        "Coming up",
        "Here is what is coming this month. Two more notes follow below.\n\n"
        "- *Copper Sky* premieres on Channel 4 in the UK on January 5.\n"
        "- *Ember Road* launches on PS5 on January 9.",
    )
    assert _dated(found) == [
        ("Copper Sky", "2027-01-05", "GB", "Channel 4"),
        ("Ember Road", "2027-01-09", "WW", "PS5"),
    ]
    assert min(s.confidence for s in found if s.kind == "release") >= 0.8


@pytest.mark.parametrize(
    "body, dated",
    [
        ("*Vento Sul* entra em produção em março de 2027.", []),
        ("A novela *Vento Sul* chega ao fim no dia 20 de janeiro.", []),
        ("*Vento Sul* entra em cartaz em 14 de janeiro.", [("Vento Sul", "2027-01-14")]),
    ],
)
def test_portuguese_words_of_arriving_say_a_release_only_of_a_screen(body, dated):
    found = _cold_story("Novidades", "As novidades do mês para os assinantes no Brasil. " + body)
    assert [(name, day) for name, day, _, _ in _dated(found)] == dated


def test_a_film_titled_with_photo_is_no_picture_credit():
    found = _cold_story(
        "Les sorties de janvier", "*Photo de famille* sortira au cinéma le 14 janvier 2027."
    )
    assert [(name, day) for name, day, _, _ in _dated(found)] == [
        ("Photo de famille", "2027-01-14")
    ]


def test_a_sequel_cued_abroad_is_not_cut_to_the_original_the_story_set_in_italics():
    found = _cold_story(
        "Les sorties de février",
        "Le succès de *Paddington* reste dans les mémoires. Le film Paddington au Pérou sortira "
        "le 5 février 2027.",
    )
    assert [name for name, _, _, _ in _dated(found)] == ["Paddington au Pérou"]


def test_cities_after_a_dated_day_are_its_country():
    found = _cold_story(
        "Brine Country dated",
        "Neon has dated *Brine Country* for December 25 in New York and Los Angeles.",
    )
    assert [(day, region) for _, day, region, _ in _dated(found)] == [("2026-12-25", "US")]


def test_where_a_film_is_shot_is_not_where_it_opens():
    """The review of "on Dec. 25 in New York and Los Angeles": cities after a day are where
    the film opens only after a word of opening, not where it is shot."""
    found = _cold_story(
        "Brine Country news",
        "Nadia Brook will kick off production on *Brine Country* in the spring in Budapest.",
    )
    assert "HU" not in [region for _, _, region, _ in _dated(found)]


def test_a_country_s_new_releases_on_a_streamer_say_where_they_come_from():
    found = _cold_story(
        "New on Netflix",
        "Netflix is adding a batch of Korean new releases this month. *Copper Sky* arrives on "
        "Netflix on January 9.",
    )
    assert [(name, region) for name, _, region, _ in _dated(found)] == [("Copper Sky", "WW")]
