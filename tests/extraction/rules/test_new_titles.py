"""Titles the catalog does not know yet, proposed from how the copy names them."""

from datetime import date

import pytest

from premiere.extraction import Document, Gazetteer, extract


def test_a_new_title_named_in_a_status_sentence_is_proposed(facts):
    [found] = facts("And John Wick 5 is back on the table.", kind="status")
    assert (found.subject.name, found.subject.id) == ("John Wick 5", None)


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
    "sentence, kind",
    [
        ("The eight-episode first season of Copper Sky: Low Tide kicks off on 5 March.", "series"),
        ("All six episodes of Copper Sky: Low Tide will arrive on 5 March.", "series"),
        ("The thriller Copper Sky: Low Tide opens on 5 March.", "film"),
    ],
)
def test_a_new_title_is_a_series_when_the_copy_counts_its_seasons(facts, sentence, kind):
    [found] = facts(sentence, kind="new_title")
    assert (found.value["name"], found.value["title_kind"]) == ("Copper Sky: Low Tide", kind)


def test_a_new_title_named_by_its_status_is_what_the_next_sentence_is_about(facts):
    [credit] = facts("John Wick 5 is back on the table. Chad Stahelski will direct.", kind="credit")
    assert (credit.subject.name, credit.value["person"]) == ("John Wick 5", "Chad Stahelski")


def test_a_title_that_is_also_a_country_is_a_title_when_copy_says_what_it_is(facts):
    [release] = facts(
        "The studio has set a September 8 release date for its disaster film, Iceland.",
        kind="release",
    )
    assert (release.subject.name, release.value["date"]) == ("Iceland", "2023-09-08")
    assert facts("The crew spent the spring shooting in Iceland.", kind="new_title") == []


def test_a_title_moved_by_a_studio_is_spotted_as_the_object_of_the_move(facts):
    [move] = facts(
        "The studio moved Mira Solis's Glass Harbor from July 14 to August 4.",
        kind="release_move",
    )
    assert (move.subject.name, move.value["to"], move.value["from"]) == (
        "Glass Harbor",
        "2023-08-04",
        "2023-07-14",
    )


def test_a_person_returning_to_direct_is_not_a_title(facts):
    found = facts(
        "It was a busy week at the studio: R.J. Whitlock will be returning to direct. "
        "The film has been pushed to a release date of June 9, 2024."
    )
    assert [s.subject.name for s in found if s.kind == "new_title"] == []


@pytest.mark.parametrize(
    "sentence, title, day",
    [
        # set off by commas after what it is
        (
            "The second of three films the studio is making for Netflix, Copper Sky, will "
            "debut on July 21st.",
            "Copper Sky",
            "2023-07-21",
        ),
        # named by its remake or its release date
        (
            "Night Orchard 2's remake, releasing July 7, faces a crowded month.",
            "Night Orchard 2",
            "2023-07-07",
        ),
        # after what it is and a colon
        (
            "The studio announced the arrival of its long-awaited game: Lantern Deep, on July 12.",
            "Lantern Deep",
            "2023-07-12",
        ),
        # a sentence adverb between the title and its verb
        (
            "Copper Sky, starring Ana de Armas, will meanwhile premiere on July 28.",
            "Copper Sky",
            "2023-07-28",
        ),
        # a season that "kicks off"
        (
            "The eight-episode first season of Copper Sky: Low Tide kicks off on 5 March.",
            "Copper Sky: Low Tide",
            "2024-03-05",
        ),
        # a streaming guide telling its reader where to watch
        ("Watch Lantern Deep on Disney+ from 12 March.", "Lantern Deep", "2024-03-12"),
    ],
)
def test_new_titles_in_the_shapes_trade_copy_uses(facts, sentence, title, day):
    assert [(s.subject.name, s.value["date"]) for s in facts(sentence, kind="release")] == [
        (title, day)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Annapurna's release slate for 2025 is its busiest yet.",
        "Avatar Sets Record For Biggest Opening Weekend on March 3.",
        "Stranger Things 5 May Be Delayed Again",
    ],
)
def test_headline_case_and_a_studios_slate_make_no_title(facts, text):
    found = facts(text)
    assert [s for s in found if s.kind in ("new_title", "release")] == []


@pytest.mark.parametrize(
    "sentence, title",
    [
        (
            "The slate includes the Ana de Armas-produced Glass Orchard starring Keanu Reeves "
            "and Norman Reedus, which bows April 16th.",
            "Glass Orchard",
        ),
        ("Tidewater Studios' Salt Road, starring Keanu Reeves, opens May 2.", "Salt Road"),
        ("Chad Stahelski's Nightjar reboot has been moved up a week to July 15th.", "Nightjar"),
        # A publisher's possessive is not part of the name; a brand that titles carry is.
        ("Bethesda's Starfall launches on PC on September 6, 2027.", "Starfall"),
        ("Marvel's Nightjar 2 launches on PS5 on October 20, 2027.", "Marvel's Nightjar 2"),
    ],
)
def test_a_title_known_by_who_is_in_it_or_whose_it_is(facts, sentence, title):
    found = [s for s in facts(sentence) if s.kind in ("release", "release_move")]
    assert [s.subject.name for s in found] == [title]


def test_a_lone_letter_is_no_title_unless_quoted(facts):
    """Modelled on an update line that left a stray capital: "S" was proposed as a series."""
    assert not [
        s
        for s in facts("The series S arrives on Netflix on October 2, 2027.")
        if s.kind == "new_title"
    ]
    quoted = facts('Ti West said "X" opens in theaters on March 18, 2027.')
    assert [s.subject.name for s in quoted if s.kind == "new_title"] == ["X"]


def test_someone_starring_in_a_title_is_not_one(facts):
    assert not facts("Keanu Reeves, starring in a new play, opens May 2.", kind="new_title")


@pytest.mark.parametrize(
    "sentence, title",
    [
        (
            "Glass, Orchard: The Long Night will be released in March 2027.",
            "Glass, Orchard: The Long Night",
        ),
        (
            "Now, Glass, Orchard: The Long Night will be released in March 2027.",
            "Glass, Orchard: The Long Night",
        ),
        ("However, Glass Orchard will be released in March 2027.", "Glass Orchard"),
    ],
)
def test_a_title_that_holds_a_comma_keeps_it(facts, sentence, title):
    [release] = facts(sentence, kind="release")
    assert release.subject.name == title


def test_a_version_label_is_not_a_title(facts):
    text = 'The studio said "Version 2.0" of Copper Harbor would launch this fall.'
    assert "Version 2.0" not in {s.value["name"] for s in facts(text, kind="new_title")}


def test_a_caption_s_credit_heads_nothing(facts):
    # A picture's credit line over a story's bullets is no heading of a list of releases.
    text = (
        "Screenshot: Kestrel Forge\n\n"
        "Kestrel Forge rolled out a large patch for its racing game today.\n\n"
        "Between the lines: the launch went badly.\n\n"
        "  • When asked during a December 14 call with investors, the studio head said so."
    )
    assert not facts(text, kind="release")


def test_a_game_s_add_ons_are_named_before_what_they_are(facts):
    found = facts(
        "The Tidal Vault expansion is expected to go live during Q4 in 2023, while the Ember "
        "Festival expansion will go live during Q2 in 2024.",
        kind="release",
    )
    assert sorted((s.subject.name, s.subject.subkind, s.value["date"]) for s in found) == [
        ("Ember Festival", "dlc", "2024-Q2"),
        ("Tidal Vault", "dlc", "2023-Q4"),
    ]


def test_a_channel_beside_a_slot_is_no_title(facts):
    found = facts("Copper Harbor starts on 14 June, at 9pm on ITV.", kind="new_title")
    assert [s.value["name"] for s in found] == ["Copper Harbor"]


def test_filming_that_starts_is_no_title(facts):
    assert not facts("Filming starts on 14 June in Leeds.", kind="new_title")


def test_a_quoted_nickname_inside_a_person_s_name_is_no_title(facts):
    found = facts(
        "July is full of new seasons of the shows you already love. "
        'Co-created by Dana "The Tide" Okafor, "Salt Marsh" comes back to Netflix.',
        kind="release",
    )
    assert [s.subject.name for s in found] == ["Salt Marsh"]


SHOWCASE = (
    "The showcase had something for every kind of player.\n\n"
    "Moonpetal Quest\n\n"
    "Moonpetal Quest is back, and bigger than before. It will be released on September 6."
)


def test_a_heading_the_prose_names_again_is_a_title_wherever_it_is_named(facts):
    """Modelled on a showcase roundup: each game under its own heading line, the paragraph
    below naming it bare."""
    found = facts(SHOWCASE, kind="release")
    assert [(s.subject.name, s.value["date"]) for s in found] == [("Moonpetal Quest", "2023-09-06")]


def test_a_heading_alone_or_a_headline_is_no_title(facts):
    assert (
        facts("Moonpetal Quest\n\nThe studio will say more on September 6.", kind="release") == []
    )
    assert (
        facts(
            "Moonpetal Quest Wraps Filming announced the studio on Friday.",
            headline="Moonpetal Quest Wraps Filming",
            kind="new_title",
        )
        == []
    )


def test_a_capitalised_kind_word_inside_a_name_cues_no_title(facts):
    found = facts(
        "The trailer was shown during The Game Awards 2022 show. Unlike the base game, the "
        "expansion will release on PlayStation 5 on April 19th, 2024.",
        kind="new_title",
    )
    assert "Awards 2022" not in {s.subject.name for s in found}


def test_everyone_a_starring_list_names_is_a_person(facts):
    found = facts(
        '"Moonpetal," starring Ranbir Kapoor, Sanjay Dutt, and Vaani Kapoor, will be released '
        "on March 18, 2024.",
    )
    assert {s.subject.name for s in found if s.kind == "new_title"} == {"Moonpetal"}
    assert [(s.subject.name, s.value["date"]) for s in found if s.kind == "release"] == [
        ("Moonpetal", "2024-03-18")
    ]


ANIME_SEASON = (
    "Below are this season's shows.\n"
    "Tidewalk Academy\nStudio: Drive\nPremiere Date: October 6\n"
    "Kaze no Tani\nStudio: Hotzipang\nPremiere Date: October 2\n"
    "Image via Hotzipang\n"
    "Parade of Stars!\nStudio: Bandai\nPremiere Date: October 5\n"
)


def test_each_heading_of_a_listing_takes_the_dates_below_it(facts):
    """Modelled on a season's anime listing: some titles hold lower-case particles or end in
    "!", and a picture's caption heads nothing."""
    found = facts(ANIME_SEASON, kind="release")
    assert sorted((s.subject.name, s.value["date"]) for s in found) == [
        ("Kaze no Tani", "2023-10-02"),
        ("Parade of Stars!", "2023-10-05"),
        ("Tidewalk Academy", "2023-10-06"),
    ]


def test_a_title_that_pits_one_name_against_another_is_one_title(facts):
    found = facts("Harbor v Starfall: Dawn of Tides hits theaters everywhere on June 9.")
    assert [(s.subject.name, s.value["date"]) for s in found if s.kind == "release"] == [
        ("Harbor v Starfall: Dawn of Tides", "2023-06-09")
    ]


def test_a_studio_s_slate_in_prose_names_each_title_before_its_date(facts):
    """Modelled on a studio's schedule, read cold: each title after its studio's name."""
    found = facts(
        "The summer slate includes Northlight's Moonpetal on May 24, Corvid's Glass Harbor on "
        "June 7, Corvid's Tin Crown on July 12, and Ember Road on July 19.",
        kind="release",
    )
    assert sorted((s.subject.name, s.value["date"]) for s in found) == [
        ("Ember Road", "2023-07-19"),
        ("Glass Harbor", "2023-06-07"),
        ("Moonpetal", "2023-05-24"),
        ("Tin Crown", "2023-07-12"),
    ]
    # A title's own possessive stays when it is the only one: no studio slate.
    found = facts("Grey's Anatomy on June 7, and Ember Road on July 19.", kind="new_title")
    assert {s.subject.name for s in found} == {"Grey's Anatomy", "Ember Road"}


def test_a_label_that_releases_a_title_is_not_one(facts):
    found = facts(
        "On April 11th, Northlight Video releases the classic action drama Heart of Embers on "
        "Blu-ray.",
        kind="new_title",
    )
    assert "Northlight Video" not in {s.subject.name for s in found}


def test_a_quoted_title_after_called_is_the_whole_quote(facts):
    found = facts(
        'The studio will be filming a new movie called "A Town without Lanterns," with '
        "shooting to begin in the spring.",
        kind="new_title",
    )
    assert [s.subject.name for s in found] == ["A Town without Lanterns"]


@pytest.mark.parametrize(
    "sentence, title, day",
    [
        # A listing's label after the title (modelled on a season's anime guide).
        (
            "Moonpetal Season 2 Start Date: October 1st (Crunchyroll)",
            "Moonpetal — Season 2",
            "2023-10-01",
        ),
        # What a title is, said of it.
        (
            "Glass Harbor is a new spy drama that premieres Wednesday January 10.",
            "Glass Harbor",
            "2024-01-10",
        ),
        # A headline's "due".
        ("Tin Crown HD due in July", "Tin Crown HD", "2023-07"),
        # Kinds that are named too: a finale, a format.
        (
            "The musical finale, dubbed Ember Road: The Last Song, will be released Sept. 27.",
            "Ember Road: The Last Song",
            "2023-09-27",
        ),
        (
            "There's a new cooking format called Fridge Duel, which premieres Thursday, July 27.",
            "Fridge Duel",
            "2023-07-27",
        ),
    ],
)
def test_more_shapes_that_name_a_new_title(facts, sentence, title, day):
    found = facts(sentence, kind="release")
    assert [(s.subject.name, s.value["date"]) for s in found] == [(title, day)]


@pytest.mark.parametrize(
    "body",
    [
        "Mumbai, March 12:\n\nThe studio has pushed its slate back by a year.",
        "November 27, 2023  |  TV\n\nThe network shuffled its winter schedule.",
    ],
)
def test_a_dateline_or_a_section_label_is_no_title(facts, body):
    assert facts(body, published=date(2023, 3, 12), kind="new_title") == []


def test_bros_with_its_dot_does_not_end_a_sentence(facts):
    found = facts("Super Mario Bros. Wonderland comes out on October 20, 2023.", kind="release")
    assert [s.subject.name for s in found] == ["Super Mario Bros. Wonderland"]


@pytest.mark.parametrize(
    "sentence, title",
    [
        ("Northlight's The Orchard Keepers will now premiere June 2.", "The Orchard Keepers"),
        (
            "The network will premiere its new drama series Glass Harbor on Monday, Jan. 24.",
            "Glass Harbor",
        ),
        (
            "The franchise got a reboot in 2017 with Tin Crown: Welcome Home starring Dev Hollis.",
            "Tin Crown: Welcome Home",
        ),
        (
            "Regarding Ember Road's delay from November 4 to November 18, the team said this.",
            "Ember Road",
        ),
        # Modelled on a walk-through's festival story: a distributor bringing it out, and the
        # country a capitalized run swept in
        ("Neon will release The Glass Orchard in US theaters on November 12.", "The Glass Orchard"),
        (
            "Neon will open the film The Glass Orchard in US theaters on November 12.",
            "The Glass Orchard",
        ),
    ],
)
def test_what_copy_wraps_around_a_new_title_is_left_out(facts, sentence, title):
    assert title in {s.subject.name for s in facts(sentence, kind="new_title")} | {
        s.subject.name for s in facts(sentence)
    }
    assert not [
        s.subject.name
        for s in facts(sentence, kind="new_title")
        if s.subject.name != title and title in s.subject.name
    ]


def test_a_headline_verb_is_not_part_of_a_title(facts):
    found = facts("Newspaper Sim Ember Road Launching November 18", kind="new_title")
    assert not [s for s in found if "Launching" in s.subject.name]


def test_a_show_renewed_for_a_season_is_a_series_whatever_its_name(facts):
    """Modelled on a renewal story: a one-word show nobody catalogued ("renewed Lowtide for
    a third season") gave nothing; its new season is announced."""
    found = facts("The streamer has renewed Lowtide for a third season.")
    proposed = {(s.kind, s.subject.name, s.value.get("status")) for s in found}
    assert ("status", "Lowtide — Season 3", "announced") in proposed


def test_an_add_on_in_a_story_about_one_game_is_that_game_s(facts):
    """Modelled on a game launch with its DLC: the new add-on was proposed without its game."""
    found = facts(
        "Ironvale II launches on PS5 on September 21, 2023. The Drowned Court expansion "
        "arrives on March 14, 2024.",
        headline="Ironvale II is dated",
        kind="new_title",
    )
    [add_on] = [s for s in found if s.value["title_kind"] == "dlc"]
    assert (add_on.value["parent"], add_on.value["parent_id"]) == ("Ironvale II", 21)


def test_review_findings_on_names_kinds_and_festivals():
    """Found in review: "will premiere Night Ferry at Toronto" proposed "Night Ferry at
    Toronto"; "At the show, Neon unveiled its new horror film X" made the film a series; a
    Title Case headline's "Will Open The Venice Film Festival" became the festival's name."""
    from datetime import date

    from premiere.extraction import Document, Gazetteer, extract

    def read(headline, body):
        return extract(
            Document(headline=headline, body=body, published=date(2026, 1, 10)), Gazetteer([])
        )

    found = read("x", "Netflix will premiere Night Ferry at Toronto on September 9.")
    assert [s.value["name"] for s in found if s.kind == "new_title"] == ["Night Ferry"]
    found = read(
        "x",
        "At the show, Neon unveiled its new horror film The Hollow Pines, which opens in "
        "theaters on March 6.",
    )
    assert [s.value["title_kind"] for s in found if s.kind == "new_title"] == ["film"]
    found = read(
        "Night Ferry Will Open The Venice Film Festival On August 27",
        "The film Night Ferry will open the festival on August 27.",
    )
    assert {s.value["channel"] for s in found if s.kind == "release"} == {"Venice Film Festival"}


def test_a_title_in_capitals_before_its_distributors_is_proposed_as_a_catalog_writes_it(facts):
    """Modelled on the trade's box-office copy: "DEEP TIDE (DC/Warners), which won't arrive in
    the US until December 21, …" named a film the desk never proposed."""
    found = facts(
        "OPENINGS: MEG'S HOUSE 2: THE DEEP TIDE (DC/Warners), which won't arrive in the US until "
        "December 21, opened in China with $61 million. ROCKY IV (MGM) returns."
    )
    assert [s.value["name"] for s in found if s.kind == "new_title"] == [
        "Meg's House 2: The Deep Tide",
        "Rocky IV",  # with its distributor, MGM
    ]
    [release] = [s for s in found if s.kind == "release"]
    assert (release.subject.name, release.value["date"]) == (
        "Meg's House 2: The Deep Tide",
        "2023-12-21",
    )
    # the last company in the parentheses releases it
    assert [(s.value["role"], s.value["company"]) for s in found if s.kind == "credit"] == [
        ("distributor", "Warners"),
        ("distributor", "MGM"),
    ]
    # A sentence's opener is no title: "Internationally, the Korean action film X…"
    opener = facts("Internationally, the Korean action film IRON TIDE (Halyard) opens on July 3.")
    assert [s.value["name"] for s in opener if s.kind == "new_title"] == ["Iron Tide"]
    # A rating or a year in parentheses is no distributor; "OPENINGS:" is no title.
    assert not [
        s for s in facts("OPENINGS: The PG (2019) cut. US (Sony) news.") if s.kind != "mention"
    ]


@pytest.mark.parametrize(
    "sentence, title",
    [
        ("Release date for Night Orchard: March 9.", "Night Orchard"),
        ("The Night Orchard premiere date is set: March 4.", "The Night Orchard"),
        ("Tickets are on sale now for Night Orchard, which opens next Friday.", "Night Orchard"),
        ("Northlight is giving Night Orchard an IMAX release on July 4.", "Night Orchard"),
    ],
)
def test_a_title_nobody_catalogued_in_the_shapes_of_a_date_s_sentence(facts, sentence, title):
    """Modelled on release briefs: the title only a label, a relative clause or "giving X a
    release" marks as one was never proposed, nor its date."""
    found = facts(sentence)
    assert [s.value["name"] for s in found if s.kind == "new_title"] == [title]
    assert [s.subject.name for s in found if s.kind == "release"] == [title]


def test_a_relative_clause_about_a_company_is_no_title(facts):
    found = facts("Fans of Northlight Pictures, which launches a new label on May 3, cheered.")
    assert [s for s in found if s.kind in ("new_title", "release")] == []


def test_a_distributor_releasing_it_is_no_film_and_it_is_the_title_before():
    """Modelled on a walk-through's festival story: "Northlight Pictures will release it in
    theaters on September 10, 2027" proposed a film called Northlight Pictures, with the
    date, at 85%: "Accept all confident in this story" took both."""
    story = (
        "Fireweed Summer, the new drama from director Ada Brennan, has a date. Northlight "
        "Pictures will release it in theaters on September 10, 2027."
    )
    found = extract(
        Document(headline="Dated", body=story, published=date(2026, 12, 5)), Gazetteer([])
    )
    assert [s.value["name"] for s in found if s.kind == "new_title"] == ["Fireweed Summer"]
    assert [(s.subject.name, s.value["date"]) for s in found if s.kind == "release"] == [
        ("Fireweed Summer", "2027-09-10")
    ]
    # who someone is, set off by commas, is no title either
    person = extract(
        Document(
            headline="News",
            body="Ada Brennan, the comedy star, opens on May 3 in a new play.",
            published=date(2026, 12, 5),
        ),
        Gazetteer([]),
    )
    assert [s for s in person if s.kind in ("new_title", "release")] == []


@pytest.mark.parametrize(
    "headline, body, title",
    [
        (
            "Corazón de niebla ya tiene fecha",
            "La distribuidora confirmó su calendario y ya no hay más dudas. El drama Corazón de "
            "niebla se estrenará en los cines de España el 12 de marzo.",
            "Corazón de niebla",
        ),
        (
            "Une date pour Cœur de brume",
            "Le distributeur a confirmé son calendrier et les dates sont connues. Le film Cœur "
            "de brume, réalisé par une débutante, sortira le 12 mars.",
            "Cœur de brume",
        ),
    ],
)
def test_a_sentence_case_title_after_its_kind_in_spanish_and_french_is_whole(
    facts, headline, body, title
):
    """Modelled on Spanish and French release briefs: the title after its kind runs in sentence
    case to its verb or comma, and was cut to its first word ("Corazón")."""
    found = facts(body, headline=headline, published=date(2027, 1, 15))
    assert [(s.subject.name, s.value["date"]) for s in found if s.kind == "release"] == [
        (title, "2027-03-12")
    ]
    assert [s.value["name"] for s in found if s.kind == "new_title"] == [title]


def test_a_show_returning_for_a_season_is_a_series_and_a_podcast_beside_it_is_none(facts):
    """Modelled on a walk-through: "X returns for its third season on…" proposed nothing,
    and the companion podcast launching with it was proposed as a film with a date."""
    found = facts(
        "Lanternfall returns for its third season on April 8, 2024 on Veridian+. A "
        "companion podcast, Beyond the Ash Wall, launches alongside the premiere.",
        headline="Lanternfall is back",
    )
    assert [(s.value["name"], s.value["title_kind"]) for s in found if s.kind == "new_title"] == [
        ("Lanternfall", "series"),
        ("Lanternfall — Season 3", "season"),
    ]
    assert [(s.subject.name, s.value["date"]) for s in found if s.kind == "release"] == [
        ("Lanternfall — Season 3", "2024-04-08")
    ]


def test_a_box_office_leader_and_next_week_s_opener_are_proposed():
    """Modelled on a walk-through's box-office weekend: the leader, named only as what "tops
    the weekend box office", was never proposed, and its director, star and UK date went to the
    film named before them; "Next weekend brings X, the train-heist film starring Y" too."""
    found = extract(
        Document(
            headline="Red Harbor tops the weekend box office with $41 million",
            standfirst="The space thriller opened at number one.",
            body=(
                "Red Harbor opened at number one at the North American box office this weekend, "
                "distributor Paragon Pictures said.\n\nThe space thriller, directed by Owen "
                "Tallis and starring Keira Lomax, also earned $58 million abroad. It opens in "
                "the UK on December 18.\n\nLast "
                "weekend's leader, the heist comedy The Tinsel Job, dropped to second place.\n\n"
                "Next weekend brings Northbound Eleven, the train-heist film starring Damon Reyes, "
                "which opens in theaters on Friday, December 11."
            ),
            published=date(2026, 12, 5),
        ),
        Gazetteer([]),
    )
    credits = {
        (s.subject.name, s.value.get("person") or s.value["company"])
        for s in found
        if s.kind == "credit"
    }
    assert credits == {
        ("Red Harbor", "Paragon Pictures"),
        ("Red Harbor", "Owen Tallis"),
        ("Red Harbor", "Keira Lomax"),
        ("Northbound Eleven", "Damon Reyes"),
    }
    # the leader opened in American cinemas on the Friday this weekend began
    releases = {
        (s.subject.name, s.value["date"], s.value["region"]) for s in found if s.kind == "release"
    }
    assert releases == {
        ("Red Harbor", "2026-12-04", "US"),
        ("Red Harbor", "2026-12-18", "GB"),
        ("Northbound Eleven", "2026-12-11", "US"),
    }


def test_a_spanish_brief_s_title_by_what_it_is_and_its_cast_no_title():
    """Modelled on a walk-through's Spanish brief: "La película está protagonizada por Lucía
    Ferrer y Andrés Villalobos" proposed a film of that name, and the title was never read."""
    found = extract(
        Document(
            headline="La casa del faro llegará a los cines en marzo",
            body=(
                "La casa del faro, el tercer largometraje de la directora Valeria Ortuño, se "
                "estrenará en los cines de México el 5 de marzo de 2027.\n\nLa película está "
                "protagonizada por Lucía Ferrer y Andrés Villalobos."
            ),
            published=date(2026, 12, 5),
        ),
        Gazetteer([]),
    )
    assert [s.value["name"] for s in found if s.kind == "new_title"] == ["La casa del faro"]
    assert {(s.subject.name, s.value["person"]) for s in found if s.kind == "credit"} >= {
        ("La casa del faro", "Lucía Ferrer"),
        ("La casa del faro", "Andrés Villalobos"),
    }


@pytest.mark.parametrize(
    "headline, body, expected",
    [
        # Modelled on a walk-through's awards night, showcase recap and festival line-up
        (
            "Awards night",
            "The Ferryman's Daughter, directed by Colm Healy, is already streaming on Netflix.",
            [("credit", "The Ferryman's Daughter", "Colm Healy")],
        ),
        (
            "Showcase recap",
            "The show closed on a teaser for Project Tidewater, a new game planned for 2028.",
            [("release", "Project Tidewater", "2028")],
        ),
        (
            "The Lanternfield Film Festival unveils its line-up",
            "The Lanternfield Film Festival announced its line-up on Tuesday.\n\n"
            "- Salt Lanterns, directed by Emeka Obi, premieres on Saturday, January 23, 2027.",
            [("release", "Salt Lanterns", "premiere"), ("credit", "Salt Lanterns", "Emeka Obi")],
        ),
    ],
)
def test_titles_named_in_recaps_and_line_ups(headline, body, expected):
    found = extract(
        Document(headline=headline, body=body, published=date(2026, 12, 5)), Gazetteer([])
    )
    said = {
        (s.kind, s.subject.name, s.value.get("person") or s.value.get("medium") or s.value["date"])
        for s in found
        if s.kind in ("release", "credit")
    }
    assert said >= set(expected)


def test_an_awards_night_is_no_title():
    """Modelled on a walk-through: "Next year's Halcyon Awards are set for December 4, 2027"
    proposed a film called Halcyon Awards, dated, among the confident cards."""
    found = extract(
        Document(
            headline="The Quiet Orchard sweeps the Halcyon Awards",
            body="Next year's Halcyon Awards are set for December 4, 2027.",
            published=date(2026, 12, 5),
        ),
        Gazetteer([]),
    )
    assert [s for s in found if s.kind == "release"] == []
    # the film the headline says swept them is one, the night is not
    assert [s.value["name"] for s in found if s.kind == "new_title"] == ["The Quiet Orchard"]


def _cold(headline: str, body: str, published=date(2026, 12, 5)):
    return extract(Document(headline=headline, body=body, published=published), Gazetteer([]))


def test_a_title_with_and_the_after_what_it_is_stays_whole():
    """Modelled on a walk-through's animated film: "the animated film Pip and the Paper Moon"
    was proposed as two films, Pip and Paper Moon, each with the date."""
    found = _cold(
        "Pip and the Paper Moon lands in March",
        "Lumen Pictures will release the animated film Pip and the Paper Moon on March 12, 2027.",
    )
    assert {(s.subject.name, s.value["date"]) for s in found if s.kind == "release"} == {
        ("Pip and the Paper Moon", "2027-03-12")
    }


def test_a_title_and_the_next_work_s_kind_are_not_one_title():
    found = _cold(
        "Two dates",
        "The studio dated the film Ember Falls and the Glass Orchard sequel for 2027 on Monday.",
    )
    assert "Ember Falls and the Glass Orchard" not in {s.subject.name for s in found}


def test_a_person_s_possessive_before_a_new_title_is_not_part_of_it():
    """Modelled on a walk-through's Norwegian drama: "Sofie Lindqvist's Winter Ledger, a crime
    drama, opens in Norway…" proposed a film called "Sofie Lindqvist's Winter Ledger"."""
    found = _cold(
        "A Norwegian date",
        "Sofie Lindqvist's Winter Ledger, a crime drama, opens in Norway on February 5, 2027.",
    )
    assert {(s.subject.name, s.value["region"]) for s in found if s.kind == "release"} == {
        ("Winter Ledger", "NO")
    }


def test_a_title_pulled_from_the_schedule_is_the_one_named_not_the_last_one():
    """Modelled on a walk-through's box-office day: "The studio has pulled Glass Orchard from
    the schedule" moved the film named in the sentence before to no date."""
    found = _cold(
        "A quiet weekend",
        "Harbor Lights will open on March 3, 2027.\n\n"
        "The studio has pulled Glass Orchard from the schedule.",
    )
    moves = [(s.subject.name, s.value["to"]) for s in found if s.kind == "release_move"]
    assert moves == [("Glass Orchard", "TBA")]


def test_a_showcase_s_titles_are_games_with_their_labelled_windows():
    """Modelled on a shape study of games showcases: each game under its heading was proposed
    as a film, and "Release: Spring 2027" or "Release: 2027" under it gave no date."""
    from premiere.core.text import markdown_headings, markdown_text

    body = (
        "Today's Northlight Games Showcase packed twenty trailers into an hour.\n\n"
        "## Quillbrook\n\nA cosy farming sim with a sinister twist. Developer Mossy Gate "
        "confirmed it for all major platforms.\n\nRelease: Spring 2027\n\n"
        "## Iron Saint Requiem\n\nThe armoured monk is back, with a co-op mode.\n\n"
        "Release: 2027\n"
    )
    found = extract(
        Document(
            headline="Everything announced at the Northlight Games Showcase",
            standfirst="Release windows from today's stream",
            body=markdown_text(body),
            headings=markdown_headings(body),
            published=date(2026, 12, 5),
        ),
        Gazetteer([]),
    )
    kinds = {s.value["name"]: s.value["title_kind"] for s in found if s.kind == "new_title"}
    assert kinds == {"Quillbrook": "game", "Iron Saint Requiem": "game"}
    assert [(s.subject.name, s.value["date"]) for s in found if s.kind == "release"] == [
        ("Quillbrook", "2027-spring"),
        ("Iron Saint Requiem", "2027"),
    ]


def test_a_film_story_s_new_titles_stay_films_whatever_games_it_names():
    found = _cold(
        "The Hunger Games prequel sets its director",
        "Lumen Pictures will release the film Ember Crown on May 5, 2028.",
    )
    kinds = {s.value["name"]: s.value["title_kind"] for s in found if s.kind == "new_title"}
    assert kinds["Ember Crown"] == "film"


def test_a_television_story_s_new_titles_are_series():
    """Modelled on a shape study of renewal news: "Hulu has renewed legal drama Copperline…
    while freshman thriller The Margin will not return" proposed The Margin as a film."""
    found = _cold(
        "Hulu renews two comedies, cancels The Margin",
        "Hulu has renewed Copperline for a third season, while freshman thriller The Margin "
        "will not return. The Margin was cancelled after one season of eight episodes.",
    )
    kinds = {s.value["name"]: s.value["title_kind"] for s in found if s.kind == "new_title"}
    assert kinds["The Margin"] == "series"


def test_the_sixth_and_final_season_of_a_show_is_its_season():
    found = _cold(
        "A date for the last run",
        "The sixth and final season of The Winter Ledger will be released on February 11, 2027.",
    )
    assert [(s.subject.name, s.value["date"]) for s in found if s.kind == "release"] == [
        ("The Winter Ledger — Season 6", "2027-02-11")
    ]


def test_the_company_that_is_releasing_a_title_is_no_title():
    """Modelled on a shape study of acquisitions: "…, the young-adult fantasy that Ashgrove is
    releasing on March 24, 2028" proposed a film called Ashgrove with the date."""
    found = _cold(
        "Parable's slate",
        "Parable bought Starfall Academy, the young-adult fantasy that Ashgrove is releasing on "
        "March 24, 2028.",
    )
    assert "Ashgrove" not in {s.subject.name for s in found}


@pytest.mark.parametrize(
    "sentence, not_a_title",
    [
        (
            "The Delia Fontaine-directed film, which had been set for a theatrical release on "
            "May 7, 2027, will instead debut on Vireo+ on June 11, 2027.",
            "May 7",
        ),
        ("Orchard Street has dated the picture for July 14, 2028.", "Orchard Street"),
        (
            "Principal photography is under way on Evander Stroud's fantasy sequel, which "
            "arrives in cinemas in November 2028.",
            "Evander Stroud",
        ),
        (
            "Antes de su estreno comercial, la cinta tendrá su premiere mundial en marzo de 2027.",
            "Antes de su estreno comercial",
        ),
    ],
)
def test_a_day_a_studio_a_maker_or_an_opening_phrase_is_no_title(sentence, not_a_title):
    """Modelled on shape studies of film news: each of these was proposed as a new film at
    0.75 to 0.85 and took the story's date."""
    found = _cold("A western is dated", f"Copperhead Junction is a western.\n\n{sentence}")
    assert not_a_title not in {s.subject.name for s in found if s.subject}


@pytest.mark.parametrize(
    "body, title",
    [
        # (what people join, said what it is, is a work)
        (
            "Priya Castellan has joined Harrowgate, the gothic ghost story from Bellwether Films.",
            "Harrowgate",
        ),
        # (a title ends before its maker and where it goes)
        (
            "Next week brings the road comedy Sundown Express from Copperline Films to 3,200 "
            "theaters.",
            "Sundown Express",
        ),
    ],
)
def test_titles_a_browser_walk_met_in_casting_and_box_office_copy(body, title):
    """Modelled on a browser walk of the desk: the lead item of a casting round-up gave no
    card, and "Sundown Express from Copperline Films to 3" was proposed at 0.8 and taken by
    "Accept all confident"."""
    found = _cold("News", body)
    assert title in {s.value["name"] for s in found if s.kind == "new_title"}


def test_the_arrival_of_a_title_dates_that_title_not_the_one_before():
    """Modelled on the same walk: "…no rival tentpole until the Christmas Day arrival of
    Starboard" gave the leader Christmas Day, and "Accept all confident" took it."""
    found = _cold(
        "Ember Crown holds on",
        "Ember Crown has no rival tentpole until the Christmas Day arrival of Starboard.",
    )
    assert [(s.subject.name, s.value["date"]) for s in found if s.kind == "release"] == [
        ("Starboard", "2026-12-25")
    ]


@pytest.mark.parametrize(
    "headline, body, title",
    [
        (
            "Les nouvelles séries de la rentrée",
            "France 2 lancera la nouvelle saison de Maison Fauvel le mercredi 20 janvier 2027.",
            "Maison Fauvel",
        ),
        (
            "Neue Serien im Herbst: die Staffeln der Woche",
            "Das Erste zeigt Gut Lindenau ab dem 11. Januar 2027.",
            "Gut Lindenau",
        ),
    ],
)
def test_a_television_story_abroad_proposes_series(headline, body, title, read_markdown):
    """Modelled on round three's French and German TV stories: the shows came as films."""

    body = body.replace(title, f"*{title}*")
    found = read_markdown(headline, body, date(2026, 12, 5))
    kinds = {s.value["name"]: s.value["title_kind"] for s in found if s.kind == "new_title"}
    assert kinds.get(title) == "series"


@pytest.mark.parametrize(
    "body, name",
    [
        # modelled on an Italian and a Spanish games page: the genre in lower case after
        # "di"/"de", between the kind and the title
        (
            "Brezza Games ha annunciato le nuove date dei suoi giochi. Il gioco di guida Curva "
            "Sud arriverà invece a giugno 2027, mentre per il resto la finestra resta la stessa.",
            "Curva Sud",
        ),
        (
            "El estudio ha anunciado sus planes para este año. El juego de acción Cumbre Roja "
            "llegará el 9 de septiembre de 2027 a todas las plataformas.",
            "Cumbre Roja",
        ),
    ],
)
def test_a_game_named_after_its_kind_and_genre_abroad(body, name):
    found = extract(Document(headline="", body=body, published=date(2027, 1, 10)), Gazetteer([]))
    [new] = [s for s in found if s.kind == "new_title"]
    assert (new.value["name"], new.value["title_kind"]) == (name, "game")
    assert [s.subject.name for s in found if s.kind == "release"] == [name]


@pytest.mark.parametrize("credit", ["Created by", "Directed by", "Starring"])
def test_a_credit_opening_a_sentence_is_no_title(read_markdown, credit):
    # modelled on a broadcaster's order: who made the show comes first, what it is after
    found = read_markdown(
        "The Lantern Fox gets a broadcaster",
        f"The broadcaster has ordered *The Lantern Fox*.\n\n{credit} Odette Kiyoshi-Bell, the "
        "animated series is scheduled to premiere on CBC Gem in 2028.",
        date(2027, 5, 1),
    )
    names = {s.value["name"] for s in found if s.kind == "new_title"}
    assert names == {"The Lantern Fox"}


def test_a_tagline_in_italics_under_a_bold_title_is_no_title(read_markdown):
    # modelled on a monthly viewing guide: each show's name in bold, its tagline in italics
    # under it, then where and when it screens
    found = read_markdown(
        "What to watch in September",
        "Here is what is worth switching on this month.\n\n"
        "**Saltgrass**\n*What the town didn't say*\n\n"
        "A four-part true-crime series about a fishing skipper who vanished.\n\n"
        "Screening: Monday September 13, Three, 8.30pm",
        date(2027, 9, 1),
    )
    assert {s.value["name"] for s in found if s.kind == "new_title"} == {"Saltgrass"}
    dated = {(s.subject.name, s.value["date"]) for s in found if s.kind == "release"}
    assert dated == {("Saltgrass", "2027-09-13")}


@pytest.mark.parametrize("name", ["Past lives", "Dolor y gloria", "La logique du sel"])
def test_a_title_in_italics_in_sentence_case_in_english_prose_is_still_a_title(read_markdown, name):
    # the tagline rule is for a line under a bold title, not for every sentence-case italic
    found = read_markdown(
        "New this week", f"The critic's pick, *{name}*, opens on June 11.", date(2027, 6, 1)
    )
    assert name in {s.value["name"] for s in found if s.kind == "new_title"}
    assert (name, "2027-06-11") in {
        (s.subject.name, s.value["date"]) for s in found if s.kind == "release"
    }


def test_a_title_from_abroad_in_italics_keeps_its_sentence_case(read_markdown):
    found = read_markdown(
        "New French films",
        "The French drama *La logique du sel* opens in UK cinemas on September 22.",
        date(2027, 9, 1),
    )
    assert "La logique du sel" in {s.value["name"] for s in found if s.kind == "new_title"}


@pytest.mark.parametrize("headline", ["Neue Serien im Juni", "Neue Filme im Kino"])
def test_a_guide_s_headline_saying_what_is_new_is_no_title(read_markdown, headline):
    # found in a browser walk: a German monthly guide's headline gave a new title "Neue Serien"
    # and a June release for it
    found = read_markdown(
        headline,
        "Die Streamingdienste legen nach.\n\n"
        "**„Die Vermesserin“, Staffel 1, ab 4. Juni 2027, Netflix**\n\n"
        "Eine Landvermesserin stößt auf ein altes Grab.",
        date(2027, 5, 28),
    )
    assert {s.value["name"] for s in found if s.kind == "new_title"} == {"Die Vermesserin"}
    assert {s.subject.name for s in found if s.kind == "release"} == {"Die Vermesserin"}


def test_a_title_that_is_also_a_weekday_abroad_is_still_a_title(read_markdown):
    found = read_markdown(
        "Domingo gets a date", 'The drama "Domingo" opens on June 11.', date(2027, 6, 1)
    )
    assert "Domingo" in {s.value["name"] for s in found if s.kind == "new_title"}


@pytest.mark.parametrize(
    "text",
    [
        # (the year echoed in the post's own date line, which it then dated)
        "Friday, June 2, 2024\n\nCopper Heights slipped in Japan.\n\n- The UK release is "
        'still listed as just "2024" with no date.',
        'A página de Copper Heights na loja mostrava "Lançamento: 31/12/2024" há uma semana.',
    ],
)
def test_a_year_or_a_store_s_date_in_quotes_is_no_title(facts, text):
    """Modelled on a delay story and a store listing: a quoted year ("2027" in the real
    shape) and a quoted "Lançamento: 31/12/2028" were each proposed as a new title, with the
    date as theirs."""
    found = facts(text)
    named = {s.subject.name for s in found if s.kind in ("new_title", "release")}
    assert not [name for name in named if any(ch.isdigit() for ch in name)]


@pytest.mark.parametrize(
    "caption", ["*Imagen vía Forja Roja*", "*Image via Northlight Pictures*", "*Bild: ZDF*"]
)
def test_a_picture_s_credit_in_italics_is_no_title(read_markdown, caption):
    """Modelled on a Spanish games story opening on "*Imagen vía Redcliff Forge*": the credit
    was proposed as a new title and given the story's dates."""
    body = f"{caption}\n\nEl juego llegará a España y Francia en diciembre, anunció hoy el estudio."
    found = read_markdown("El juego llega a Europa", body, published=date(2026, 10, 15))
    assert [s.subject.name for s in found if s.kind in ("new_title", "release")] == []
