"""Seasons named by their show become the season's own title, with the show as its parent."""

from datetime import date

import pytest

from premiere.extraction import Document, Gazetteer, extract
from premiere.extraction.gazetteer import Entry


@pytest.mark.parametrize(
    "sentence",
    [
        "The second season of Harbor Lights will arrive on June 9.",
        "Season 2 of the coastal drama Harbor Lights will arrive on June 9.",
        "Harbor Lights's second season will arrive on June 9.",
    ],
)
def test_a_date_for_a_show_s_season_is_the_season_s(facts, sentence):
    found = facts(sentence)
    [release] = [s for s in found if s.kind == "release"]
    assert (release.subject.name, release.value["date"]) == (
        "Harbor Lights — Season 2",
        "2023-06-09",
    )
    [season] = [s for s in found if s.kind == "new_title"]
    assert season.value == {
        "name": "Harbor Lights — Season 2",
        "title_kind": "season",
        "parent": "Harbor Lights",
        "parent_id": 31,
        "installment": "Season 2",
    }


@pytest.mark.parametrize(
    "sentence, season",
    [
        (
            "The network has officially renewed Harbor Lights for Season 3.",
            "Harbor Lights — Season 3",
        ),
        ("The network renews 'Harbor Lights' for a third season.", "Harbor Lights — Season 3"),
        ("Harbor Lights will return for a fourth season.", "Harbor Lights — Season 4"),
        ("Harbor Lights has received a second season order.", "Harbor Lights — Season 2"),
    ],
)
def test_a_renewal_announces_the_next_season(facts, sentence, season):
    [status] = facts(sentence, kind="status")
    assert (status.subject.name, status.value["status"]) == (season, "announced")


def test_a_renewal_that_names_no_season_announces_nothing(facts):
    assert not facts("Fans hope the network renewed Harbor Lights quickly.", kind="status")


def test_a_show_s_first_season_is_the_show(facts):
    [release] = facts("The first season of Harbor Lights kicks off on 5 June.", kind="release")
    assert release.subject.name == "Harbor Lights"


def test_a_british_series_is_a_season(facts):
    [release] = facts(
        "The second series of Harbor Lights begins on ITV on 14 June.", kind="release"
    )
    assert release.subject.name == "Harbor Lights — Season 2"


LOWTIDE = [Entry(7, "title", "Lowtide", (), "series")]


@pytest.mark.parametrize(
    "sentence, known",
    [
        ("Lowtide season 3 will premiere in fall 2024.", LOWTIDE),
        ("Lowtide Season 3 premieres in fall 2024.", LOWTIDE),
        # a show nobody catalogued
        ("Lowtide Season 3 premieres in fall 2024.", []),
        ("Lowtide season 3 will premiere in fall 2024.", []),
    ],
)
def test_a_show_then_its_season_s_number_is_that_season(sentence, known):
    """Modelled on a renewal story: "X season 3 will premiere in fall" gave the date to the
    show, or made "X Season 3" a film of its own."""
    found = extract(
        Document(headline="", body=sentence, published=date(2023, 6, 1)), Gazetteer(known)
    )
    [release] = [s for s in found if s.kind == "release"]
    assert release.subject.name == "Lowtide — Season 3"
    season = [s for s in found if s.kind == "new_title"][-1]
    assert (season.value["title_kind"], season.value["parent"]) == ("season", "Lowtide")


@pytest.mark.parametrize(
    "sentence",
    [
        "Lowtide season 3 will premiere in fall 2024.",
        "Lowtide has been renewed for a third season.",
        "The third season of Lowtide will premiere on June 9.",
    ],
)
def test_the_season_of_a_show_nobody_catalogued_brings_the_show(sentence):
    """Modelled on renewal stories about shows new to the catalog: the season was proposed
    under a show the editor could not accept, or nothing was proposed at all."""
    found = extract(Document(headline="", body=sentence, published=date(2023, 6, 1)), Gazetteer([]))
    assert [(s.value["name"], s.value["title_kind"]) for s in found if s.kind == "new_title"] == [
        ("Lowtide", "series"),
        ("Lowtide — Season 3", "season"),
    ]
    # A show with a third season has been out: said, less surely than the story's own facts.
    [out] = [s for s in found if s.kind == "status" and s.subject.name == "Lowtide"]
    assert out.value == {"status": "released"} and out.confidence < 0.8


def test_a_show_cancelled_after_its_seasons_is_the_show(facts):
    found = extract(
        Document(
            headline="", body="Lowtide was cancelled after two seasons.", published=date(2023, 6, 1)
        ),
        Gazetteer([]),
    )
    assert [(s.kind, s.subject.name, s.value.get("status")) for s in found] == [
        ("new_title", "Lowtide", None),
        ("status", "Lowtide", "cancelled"),
    ]


BRIEFS = (
    "We now know when season 4 of Quarry Lane is set to arrive on Peacock. The fourth season "
    "of the legal drama will debut its first two episodes on June 3. Tidewater has been "
    "renewed for season 6 ahead of the upcoming season 5 premiere. The western returns for its "
    "fifth season on Feb. 22. The sixth season starts shooting in Oregon in April and will "
    "debut in 2028."
)


@pytest.mark.parametrize(
    "known",
    [
        [],  # cold: both shows new to the catalog
        [
            Entry(1, "title", "Quarry Lane", (), "series"),
            Entry(2, "title", "Tidewater", (), "series"),
        ],
    ],
)
def test_a_news_brief_of_seasons_gives_each_season_its_own_facts(known):
    """Modelled on a wire round-up of TV news: "season 4 of X" made a title "4 of X", and
    "returns for its fifth season", "The sixth season…" (the show unnamed) were lost or given
    to the last season named."""
    found = extract(
        Document(headline="In brief: returning shows", body=BRIEFS, published=date(2027, 1, 10)),
        Gazetteer(known),
    )
    facts = {
        (s.subject.name, s.value.get("date") or s.value.get("status"))
        for s in found
        if s.kind in ("release", "status")
    }
    expected = {
        ("Quarry Lane — Season 4", "2027-06-03"),
        ("Tidewater — Season 6", "announced"),
        ("Tidewater — Season 5", "2027-02-22"),
        ("Tidewater — Season 6", "2028"),
        ("Tidewater — Season 6", "pre_production"),  # it starts shooting in April
    }
    if not known:  # shows new to the catalog, whose fourth and sixth seasons say they are out
        expected |= {("Quarry Lane", "released"), ("Tidewater", "released")}
    assert facts == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Saltmarsh Kings returns to Peacock for its third season. The new season will debut "
        "on June 3.",
        "Saltmarsh Kings returns on Peacock for season three. The new season will debut on June 3.",
    ],
)
def test_a_show_returning_somewhere_for_its_season_dates_that_season(sentence):
    """Modelled on a walk-through: "returns to Peacock for its third season" made the show a
    new film dated June 3, with no season."""
    found = extract(
        Document(
            headline="Saltmarsh Kings is back",
            body=sentence,
            published=date(2026, 12, 5),
            emphasized=("Saltmarsh Kings",),
        ),
        Gazetteer([]),
    )
    [release] = [s for s in found if s.kind == "release"]
    assert (release.subject.name, release.value["date"], release.value["channel"]) == (
        "Saltmarsh Kings — Season 3",
        "2027-06-03",
        "Peacock",
    )


@pytest.mark.parametrize(
    "headline, sentence, season, day, channel",
    [
        (
            "Copper Valley Season 2 Gets March Release Date",
            "Hulu has set the return of its frontier western Copper Valley: the second season "
            "arrives March 3, with two episodes at once.",
            "Copper Valley — Season 2",
            "2027-03-03",
            "Hulu",
        ),
        (
            "Blackwater Bay renewed",
            "Netflix has renewed the drama Blackwater Bay for a third season, which will "
            "premiere in spring 2027.",
            "Blackwater Bay — Season 3",
            "2027-spring",
            "Netflix",
        ),
    ],
)
def test_a_season_set_off_after_its_show_or_renewed_after_what_it_is_gets_the_date(
    headline, sentence, season, day, channel
):
    """Modelled on two walk-throughs: "X: the second season arrives March 3" and "renewed the
    drama X for a third season, which will premiere in spring" dated the show, with no
    service."""
    found = extract(
        Document(headline=headline, body=sentence, published=date(2026, 12, 4)), Gazetteer([])
    )
    [release] = [s for s in found if s.kind == "release"]
    assert (release.subject.name, release.value["date"], release.value["channel"]) == (
        season,
        day,
        channel,
    )


def test_a_season_of_the_show_named_by_what_it_is_streams_where_the_renewal_said():
    """Modelled on a walk-through's renewal story: "Netflix has renewed Saltmarsh for a third
    season… Season 2 of the coastal crime drama premieres on February 18." gave no card for
    the premiere the story was about, nor the two new cast members after it."""
    story = (
        "Netflix has renewed Saltmarsh for a third season, weeks before the second one "
        "arrives. Season 2 of the coastal crime drama premieres on February 18.\n\n"
        "Jonah Whitfield joins as a retired detective, and Lena Marsh plays his estranged "
        "daughter."
    )
    found = extract(
        Document(headline="Saltmarsh renewed", body=story, published=date(2026, 12, 5)),
        Gazetteer([Entry(1, "title", "Saltmarsh", (), "series")]),
    )
    [release] = [s for s in found if s.kind == "release"]
    assert (release.subject.name, release.value["date"], release.value["channel"]) == (
        "Saltmarsh — Season 2",
        "2027-02-18",
        "Netflix",
    )
    assert [(s.subject.name, s.value["person"]) for s in found if s.kind == "credit"] == [
        ("Saltmarsh — Season 2", "Jonah Whitfield"),
        ("Saltmarsh — Season 2", "Lena Marsh"),
    ]


def test_a_season_named_alone_after_a_sentence_about_its_show():
    """Modelled on a casting round-up: "…in the third season of "Agents of Tomorrow."
    Season 3 premieres Tuesday, September 29 at 9 PM ET on ABC." gave no date, nor did
    "The Ledger returns Thursday, Sept. 24 at 9/8c on NBC."."""
    story = (
        'An old face will be back in the third season of "Agents of Tomorrow." Season 3 '
        "premieres Tuesday, September 29 at 9 PM ET on ABC.\n\n"
        'A newcomer joins "The Ledger," which returns Thursday, Sept. 24 at 9/8c on NBC.'
    )
    found = extract(
        Document(headline="Casting round-up", body=story, published=date(2026, 8, 20)),
        Gazetteer([]),
    )
    releases = [
        (s.subject.name, s.value["date"], s.value["channel"]) for s in found if s.kind == "release"
    ]
    assert releases == [
        ("Agents of Tomorrow — Season 3", "2026-09-29", "ABC"),
        ("The Ledger", "2026-09-24", "NBC"),
    ]


def test_a_quoted_show_s_season_in_a_headline():
    """A walk-through's headline: '"Starfall Courier" season 2 arrives in April' dated the
    show (a film, cold) and left its season without the date."""
    found = extract(
        Document(
            headline='"Starfall Courier" season 2 arrives in April',
            body="The first season was a hit and remains available.",
            published=date(2026, 12, 5),
        ),
        Gazetteer([]),
    )
    assert [(s.subject.name, s.value["date"]) for s in found if s.kind == "release"] == [
        ("Starfall Courier — Season 2", "2027-04")
    ]


def test_a_season_named_alone_is_not_the_show_someone_is_known_for():
    """A walk-through's casting round-up: "Wren, best known for the miniseries Cold
    Arithmetic, will appear in Harbor Lights. Season 3 premieres Tuesday…" dated a third
    season of Cold Arithmetic, in "Accept all confident"."""
    found = extract(
        Document(
            headline="Casting",
            body="Tomasz Wren, best known for the miniseries Cold Arithmetic, will appear in "
            "Harbor Lights. Season 3 premieres Tuesday, January 12 at 9 PM ET on ABC.",
            published=date(2026, 12, 5),
        ),
        Gazetteer(
            [
                Entry(1, "title", "Harbor Lights", (), "series"),
                Entry(2, "title", "Cold Arithmetic", (), "series"),
            ]
        ),
    )
    assert not [s for s in found if "Cold Arithmetic" in s.subject.name and s.kind != "mention"]


def test_a_show_coming_back_for_a_numbered_season_under_its_heading(read_markdown):
    """Modelled on a shape study of a renewals round-up: "**Renewed: *Night Desk* (Fox)** The
    newsroom comedy is coming back for season 3." gave nothing."""

    body = "**Renewed: *Night Desk* (Fox)**\n\nThe newsroom comedy is coming back for season 3.\n"
    found = read_markdown(
        "Renewed or cancelled? Where every network show stands", body, date(2027, 5, 14)
    )
    assert [(s.subject.name, s.value["status"]) for s in found if s.kind == "status"][-1] == (
        "Night Desk — Season 3",
        "announced",
    )


def test_a_listing_s_bold_show_and_season_with_a_comma(read_markdown):
    """Modelled on a weekly list: "**Bellwether High, Season 3**" made a show called
    "Bellwether High," and gave its season's date to it."""

    body = "**Bellwether High, Season 3**\n\nThe comedy returns on March 5, 2027.\n"
    found = read_markdown("New this week", body, date(2026, 12, 5))
    assert [(s.subject.name, s.value["date"]) for s in found if s.kind == "release"] == [
        ("Bellwether High — Season 3", "2027-03-05")
    ]


def test_the_next_season_in_a_later_clause_is_the_show_s_season():
    """Modelled on round three's weekly list: "…, before the second season lands on March 5"
    dated the show."""
    found = extract(
        Document(
            headline="x",
            body="Wildcat Junction is a drama on Hulu.\n\nThe show streams this week, before the "
            "second season lands on March 5, 2027.",
            published=date(2026, 12, 5),
        ),
        Gazetteer([Entry(1, "title", "Wildcat Junction", (), "series")]),
    )
    assert [(s.subject.name, s.value["date"]) for s in found if s.kind == "release"] == [
        ("Wildcat Junction — Season 2", "2027-03-05")
    ]


def test_a_renewals_round_up_under_bold_headings():
    """Modelled on a browser walk's renewals round-up: under "**Renewed: *Copper Valley*
    (Halcyon)**" nothing was proposed, the shows came as films, and "has been renewed for a
    fourth season, which will begin on BBC One in autumn 2027" dated the show."""
    from premiere.core.text import markdown_emphasis, markdown_text

    body = (
        "It has been a busy week for renewals.\n\n"
        "**Renewed: *Copper Valley* (Halcyon)**\n\n"
        "The mining-town drama is coming back for season 3.\n\n"
        "**Renewed: *Tidewater Lane* (BBC One)**\n\n"
        "The Cornish village drama has been renewed for a fourth season, which will begin on BBC "
        "One in autumn 2027.\n\n"
        "**Cancelled: *Red Orchard* (Halcyon)**\n\n"
        "Halcyon has cancelled the legal drama Red Orchard after two seasons.\n"
    )
    found = extract(
        Document(
            headline="Renewals round-up: who is coming back",
            standfirst="Three networks locked in returning favourites this week.",
            body=markdown_text(body),
            emphasized=markdown_emphasis(body),
            published=date(2026, 12, 5),
        ),
        Gazetteer([]),
    )
    statuses = {(s.subject.name, s.value["status"]) for s in found if s.kind == "status"}
    assert {
        ("Copper Valley — Season 3", "announced"),
        ("Tidewater Lane — Season 4", "announced"),
        ("Red Orchard", "cancelled"),
    } <= statuses
    assert [(s.subject.name, s.value["date"]) for s in found if s.kind == "release"] == [
        ("Tidewater Lane — Season 4", "2027-fall")
    ]
    kinds = {s.value["name"]: s.value["title_kind"] for s in found if s.kind == "new_title"}
    assert kinds["Red Orchard"] == "series"


@pytest.mark.parametrize(
    "line", ["**Kitchen Confidential, Season 2**", "**Kitchen Confidential: Season 2**"]
)
def test_a_bold_show_and_its_season_after_a_comma_or_colon(line, read_markdown):

    body = f"{line}\n\nThe show returns on March 5, 2027.\n"
    found = read_markdown("New this week", body, date(2026, 12, 5))
    assert [(s.subject.name, s.value["date"]) for s in found if s.kind == "release"] == [
        ("Kitchen Confidential — Season 2", "2027-03-05")
    ]


def test_a_listing_s_bold_title_with_its_note_is_the_show_and_its_season(read_markdown):
    """Modelled on round four's streaming week: "**Dust Devils (Season 2)**" and "**The Salt
    Ledger (Limited Series)**" were proposed as titles with their notes in the name."""

    body = (
        "**Dust Devils (Season 2)**\n\nCast: Carmen Oyelowo, Rhett Vandermeer\n\n"
        "**The Salt Ledger (Limited Series)**\n\nDirector: Nkechi Amadi\n"
    )
    found = read_markdown("What's new on Netflix this week", body, date(2028, 4, 10))
    names = {s.value["name"] for s in found if s.kind == "new_title"}
    assert names == {"Dust Devils", "Dust Devils — Season 2", "The Salt Ledger"}
    credits = {(s.subject.name, s.value["person"]) for s in found if s.kind == "credit"}
    assert ("Dust Devils — Season 2", "Carmen Oyelowo") in credits
    assert ("The Salt Ledger", "Nkechi Amadi") in credits


def test_look_for_a_season_to_premiere_and_a_page_s_own_label_is_no_title():
    """Modelled on round four's TV stories: "Look for Season 3 to premiere on September 9"
    gave nothing, and a page's "Casting News - October 5, 2027" was a series with a date."""
    found = extract(
        Document(
            headline="x",
            body="Casting News - October 5, 2027\n\nPinecrest Academy is a drama.\n\nLook for "
            "Season 3 to premiere on September 9, 2027.",
            published=date(2027, 8, 2),
        ),
        Gazetteer([Entry(1, "title", "Pinecrest Academy", (), "series")]),
    )
    assert [(s.subject.name, s.value["date"]) for s in found if s.kind == "release"] == [
        ("Pinecrest Academy — Season 3", "2027-09-09")
    ]


@pytest.mark.parametrize(
    "sentence, season",
    [
        # modelled on a network's premiere-week copy
        ("Harbor Lights opens its fourth season on Sunday, June 11 at 9 p.m.", 4),
        ("Harbor Lights, which begins its fifth season on June 11, moves to Tuesdays.", 5),
        # a network's fall line-up in one sentence: "…with mainstay X opening its ninth
        # season on Sept. 20" was dated on the show, not its season
        (
            "The network opens its fall in June, with mainstay Harbor Lights opening its "
            "ninth season on June 11 at 8 p.m.",
            9,
        ),
    ],
)
def test_a_show_that_opens_a_season_of_its_own_dates_that_season(facts, sentence, season):
    found = facts(sentence)
    [release] = [s for s in found if s.kind == "release"]
    assert (release.subject.name, release.value["date"]) == (
        f"Harbor Lights — Season {season}",
        "2023-06-11",
    )


def test_a_show_s_hundredth_episode_is_no_release(facts):
    found = facts("Harbor Lights will celebrate its 100th episode on June 11.")
    assert [s for s in found if s.kind == "release"] == []


def test_the_season_said_later_in_the_sentence_is_the_one_show_s(facts):
    # Modelled on an anime announcement: the show named first, its season after "that";
    # the manga's author is no director of the anime.
    found = facts(
        "The official website for the television anime of Mayu Tsuki's Harbor Lights manga "
        "revealed on Friday that the anime's second season will premiere on June 11 on TBS."
    )
    [release] = [s for s in found if s.kind == "release"]
    assert (release.subject.name, release.value["date"], release.value["region"]) == (
        "Harbor Lights — Season 2",
        "2023-06-11",
        "JP",
    )
    assert [s for s in found if s.kind == "credit"] == []


@pytest.mark.parametrize(
    "sentence, date_",
    [
        # modelled on British and American TV copy: a renewal told with the day it airs
        ("Harbor Lights returns for a third series in June, with its whole cast back.", "2023-06"),
        ("Harbor Lights will return for a third season on June 11.", "2023-06-11"),
    ],
)
def test_a_show_back_for_a_season_on_a_day_dates_that_season(facts, sentence, date_):
    found = facts(sentence)
    [release] = [s for s in found if s.kind == "release"]
    assert (release.subject.name, release.value["date"]) == ("Harbor Lights — Season 3", date_)


def test_a_renewal_of_a_show_described_without_an_article_announces_its_season(facts):
    found = facts("Hulu has renewed legal drama Harbor Lights for a third season.")
    [status] = [s for s in found if s.kind == "status"]
    assert (status.subject.name, status.value["status"]) == (
        "Harbor Lights — Season 3",
        "announced",
    )


def test_a_german_schedule_s_seasons_begin_on_their_days():
    # Modelled on a German channel's autumn schedule: "in ihre zweite Staffel", "geht … in
    # ihre neunte Staffel", "mit der fünften Staffel".
    shows = ("Grauzone Elbe", "Praxis Sonnenhang", "Die Bergwacht von Oberried")
    gazetteer = Gazetteer([Entry(n, "title", name, (), "series") for n, name in enumerate(shows)])
    body = (
        "Das ZDF hat die Termine für seinen Serienherbst festgezurrt. Den Anfang macht «Grauzone "
        "Elbe»: Die Krimiserie startet am 1. Oktober in ihre zweite Staffel. «Die Bergwacht "
        "von Oberried» geht ab dem 28. September in ihre neunte Staffel. Einen Tag später, am "
        "29. September, startet «Praxis Sonnenhang» mit der fünften Staffel."
    )
    document = Document(
        headline="ZDF legt Serienherbst fest", body=body, published=date(2027, 8, 2)
    )
    found = extract(document, gazetteer)
    assert sorted((s.subject.name, s.value["date"]) for s in found if s.kind == "release") == [
        ("Die Bergwacht von Oberried — Season 9", "2027-09-28"),
        ("Grauzone Elbe — Season 2", "2027-10-01"),
        ("Praxis Sonnenhang — Season 5", "2027-09-29"),
    ]


def test_a_season_s_premiere_of_a_show_and_a_press_release_s_dateline(read_markdown):
    # modelled on a network's fall premiere-date press release
    found = read_markdown(
        "Network sets its fall premiere dates",
        "June 16, 2027 (Burbank, CA) - The network has set its fall premiere schedule, "
        "featuring four new series and the return of fan favourites.\n\n"
        "The new season kicks off Tuesday, September 14 with the season two premiere of "
        "sophomore drama *Pine Hollow* (8:00-9:00 p.m. ET).",
        date(2027, 6, 16),
    )
    releases = [(s.subject.name, s.value["date"]) for s in found if s.kind == "release"]
    assert releases == [("Pine Hollow — Season 2", "2027-09-14")]


@pytest.mark.parametrize(
    "text, season",
    [
        # modelled on British listings copy: the season's number in words after the show
        ("Harbor Lights series three begins on BBC One on Sunday, June 11.", 3),
        # a season said later in the sentence, after what the show is
        ("Harbor Lights — the coastal drama is back for Season 9 and returns on June 11.", 9),
        # the show, then its next season that lands on the day
        ("Catch up with Harbor Lights before the second season lands on June 11.", 2),
        # the show spoken of in the sentence before, its last season without its name
        (
            "Harbor Lights has been a fixture of the network for years. The coastal drama will "
            "wrap up with its seventh season, which premieres on June 11.",
            7,
        ),
    ],
)
def test_a_season_told_in_the_ways_listings_and_trade_copy_tell_it(facts, text, season):
    found = facts(text)
    dated = {(s.subject.name, s.value["date"]) for s in found if s.kind == "release"}
    assert (f"Harbor Lights — Season {season}", "2023-06-11") in dated
    assert not [d for d in dated if d[0] == "Harbor Lights"]


def test_a_press_pack_s_show_and_series_with_a_dash_between_them(read_markdown):
    # modelled on a British press pack: "**Show** – Series 2 (6 x 30')" over its paragraph
    found = read_markdown(
        "Autumn highlights",
        "The channel has set its autumn highlights.\n\n**Flat Share Club** – Series 2 (6 x 30')"
        "\n\nThe flatshare comedy returns on E4 on October 3.",
        date(2027, 8, 20),
    )
    dated = {(s.subject.name, s.value["date"]) for s in found if s.kind == "release"}
    assert dated == {("Flat Share Club — Season 2", "2027-10-03")}
    names = {s.value["name"] for s in found if s.kind == "new_title"}
    assert names == {"Flat Share Club", "Flat Share Club — Season 2"}


@pytest.mark.parametrize(
    "text, dated",
    [
        # a renewal after the day is the next season's news, not the day's season
        (
            "Harbor Lights premieres on June 11, and the network has already renewed it for "
            "season 3.",
            "Harbor Lights",
        ),
        # a first season with its own day keeps it
        (
            "The first season of Harbor Lights arrives on Netflix on June 11, with the second "
            "season to follow.",
            "Harbor Lights",
        ),
    ],
)
def test_a_later_season_said_after_the_day_does_not_take_it(facts, text, dated):
    found = facts(text)
    assert {(s.subject.name, s.value["date"]) for s in found if s.kind == "release"} == {
        (dated, "2023-06-11")
    }


@pytest.mark.parametrize(
    "sentence, season",
    [
        # modelled on a network's fall premiere copy: what the show is, after its hour
        (
            "Fridays get underway June 11 with the season premiere of Harbor Lights (8:00-9:00 "
            "p.m. ET), the culinary true-crime docuseries now in its second season.",
            2,
        ),
        (
            "On Sunday, June 11, the lineup features the return of Harbor Lights (9:00-10:00 "
            "p.m. ET) for its sixth season.",
            6,
        ),
    ],
)
def test_the_season_a_show_is_in_said_after_its_hour(facts, sentence, season):
    found = facts(sentence)
    assert [(s.subject.name, s.value["date"]) for s in found if s.kind == "release"] == [
        (f"Harbor Lights — Season {season}", "2023-06-11")
    ]
