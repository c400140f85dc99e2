"""Roundups: a heading gives its date to every title listed under it (modelled on weekly
release pages: a bare list under "Opening this weekend", a heading with its titles after a
colon, a block per film under "Everything opening Friday, June 9")."""

from datetime import date

import pytest

from premiere.extraction import Document, Entry, Gazetteer, extract
from tests.extraction.rules.test_releases import _cold_story, _dated


def released(found):
    return [(s.subject.name, s.value["date"], s.value["region"]) for s in found]


def test_titles_listed_under_a_dated_heading_each_get_its_date(facts):
    found = facts(
        "In cinemas this weekend\n\nHollow Crown\n\nThe Salt Road\n\nMidnight Orchard\n\n"
        "Our critic has seen two of the three and liked one of them rather a lot, as the "
        "review further down explains at some length.",
        kind="release",
    )
    assert sorted(released(found)) == [
        ("Hollow Crown", "2023-06-02", "WW"),
        ("Midnight Orchard", "2023-06-02", "WW"),
        ("The Salt Road", "2023-06-02", "WW"),
    ]


def test_a_heading_with_its_titles_after_a_colon(facts):
    found = facts(
        "New in theaters June 9: Hollow Crown: The Last Watch, The Salt Road and Midnight Orchard",
        kind="release",
    )
    assert released(found) == [
        ("Hollow Crown: The Last Watch", "2023-06-09", "WW"),
        ("The Salt Road", "2023-06-09", "WW"),
        ("Midnight Orchard", "2023-06-09", "WW"),
    ]


def test_blocks_under_a_heading_take_its_date_and_its_country(facts):
    found = facts(
        "All the films opening Friday, June 9\n\n"
        "These are the films opening in the U.S. on Friday, June 9.\n\n"
        "Hollow Crown\n\nDirector: Mara Ellison\n\nCast: Theo Brandt, Ines Alvarado\n\n"
        "Synopsis: A border guard finds a crown in the snow and a kingdom that wants it back, "
        "whatever it costs the village below.\n\n"
        "The Salt Road\n\nDirector: Kwame Osei\n\nCast: Lena Fisch",
        kind="release",
    )
    assert released(found) == [
        ("Hollow Crown", "2023-06-09", "US"),
        ("The Salt Road", "2023-06-09", "US"),
    ]
    # What the editor is shown supports the fact: the heading and the title's line.
    assert found[0].sentence.endswith("June 9.\nHollow Crown")


def test_a_chart_or_a_look_back_under_the_same_date_is_not_a_list_of_releases(facts):
    found = facts(
        "Opening this weekend\n\nThe Salt Road\n\n"
        "This weekend's box office predictions\n\n1. Hollow Crown\n\n2. The Salt Road\n\n"
        "Best of the year so far\n\nMidnight Orchard",
        kind="release",
    )
    assert [name for name, _date, _region in released(found)] == ["The Salt Road"]


def test_prose_ends_the_list(facts):
    found = facts(
        "Opening this weekend\n\nThe Salt Road\n\n"
        "Meanwhile the studio behind it has been busy with other things, as the trades "
        "reported at length on Monday.\n\nHollow Crown",
        kind="release",
    )
    assert [name for name, _date, _region in released(found)] == ["The Salt Road"]


def test_a_known_title_on_its_own_row_with_a_date_is_a_listing(facts):
    # A games listing repeats each known title on a row of its own: "Title -- date".
    found = facts(
        "Ironvale II -- June 27\n\nStarfall Protocol - July 14, 2023 (in cinemas)",
        kind="release",
    )
    assert released(found) == [
        ("Ironvale II", "2023-06-27", "WW"),
        ("Starfall Protocol", "2023-07-14", "WW"),
    ]


def test_a_date_in_parentheses_after_a_title_is_its_release(facts):
    # Streaming round-ups give each title its day in brackets, then describe it.
    found = facts(
        "Cinder Valley (June 20th) follows a fire crew through one bad summer. "
        "Starfall Protocol (June 27th) sends a cadet class into deep space.",
        kind="release",
    )
    assert released(found) == [
        ("Cinder Valley", "2023-06-20", "WW"),
        ("Starfall Protocol", "2023-06-27", "WW"),
    ]
    assert found[0].subject.id is None  # a new title, spotted by its form


def test_a_film_year_in_brackets_is_history_not_news(facts):
    assert facts("It borrows a lot from Harbor Lights (2009).", kind="release") == []


def test_sections_under_an_announcing_sentence_take_its_period(facts):
    # A month's preview: one sentence says what the sections are, each title heads its own
    # section of prose, and a section may give its own, more exact date.
    found = facts(
        "Here is a closer look at the new series coming to streaming in July.\n\n"
        "Cinder Valley\n\n"
        "A fire crew spends one long summer in the hills, and the town below keeps score of "
        "every mistake they make along the way.\n\n"
        "Copper Sky\n\n"
        "Release date: July 14\n\n"
        "Two sisters inherit a failing airline and a great many secrets with it, which they "
        "spend the season uncovering.",
        kind="release",
    )
    assert released(found) == [
        ("Cinder Valley", "2023-07", "WW"),
        ("Copper Sky", "2023-07-14", "WW"),
    ]


def test_a_look_back_does_not_give_its_period_to_the_sections_below(facts):
    found = facts(
        "Here are the best series we watched in May, ranked.\n\n"
        "Cinder Valley\n\n"
        "A fire crew spends one long summer in the hills, and the town below keeps score.",
        kind="release",
    )
    assert found == []


def test_each_item_that_opens_with_its_title_and_a_blurb_takes_the_heading_s_date(facts):
    """Modelled on a local paper's weekly openings: each item a quoted title, what it is shown
    in, then a long blurb after a colon."""
    found = facts(
        "Friday's openings are as follows:\n\n"
        '"Cinder Valley" (IMAX and regular): A fire crew spends one long summer in the hills, '
        "and the town below keeps score of every mistake they make.\n\n"
        '"Copper Sky (The Long Way Home)": Two sisters inherit a failing airline and a great '
        "many secrets with it, which they spend the film uncovering.\n\n"
        "And at the art house? Two documentaries open:\n\n"
        '"Tidewater": A harbour town votes on whether to let the sea back in, and nobody '
        "agrees on anything.",
        kind="release",
    )
    assert released(found) == [
        ("Cinder Valley", "2023-06-02", "WW"),
        ("Copper Sky (The Long Way Home)", "2023-06-02", "WW"),
        ("Tidewater", "2023-06-02", "WW"),
    ]


def test_a_table_of_titles_dates_its_rows_whatever_columns_sit_between(facts):
    """Modelled on a year's release table typed as Markdown (each row "title | studio |
    date"): the title heads its row, the studio is no part of it, a country is no title."""
    found = facts(
        "Film | Studio | Release date\n"
        "Night Orchard | Northlight Pictures | September 5, 2023\n"
        "Starfall Protocol | Vantablack Films | October 13, 2023\n"
        "United Kingdom | Everyone | November 1, 2023",
        kind="release",
    )
    assert sorted(released(found)) == [
        ("Night Orchard", "2023-09-05", "WW"),
        ("Starfall Protocol", "2023-10-13", "WW"),
    ]


def test_a_listing_s_distributor_line_says_how_the_film_above_opens(facts):
    """Modelled on a month's listing: "Northlight Pictures (Wide)" under a film's heading;
    every date it gave had asked the editor how it comes out."""
    found = facts(
        "Night Orchard\n\nNorthlight Pictures (Wide)\n\nRelease date: September 8, 2023\n\n"
        "Hollow Crown\n\nVantablack Films (Limited)\n\nRelease date: September 15, 2023\n\n"
        "Salt Road\n\nVantablack Films\n\nRelease date: September 22, 2023",
        kind="release",
    )
    assert sorted((s.subject.name, s.value["medium"]) for s in found) == [
        ("Hollow Crown", "theatrical_limited"),
        ("Night Orchard", "theatrical"),
        ("Salt Road", ""),
    ]


def test_a_streaming_listing_s_rows_take_its_service_and_their_season_labels():
    """Modelled on a walk-through's "new on Netflix" list: rows "Title (season 2) — Friday,
    January 8" gave no card (or "Brass Hollow: Friday", a film), a season's date went to the
    show, the opening's "arriving on Netflix in the US" was not carried to the rows, and "…,
    and Paper Tigers' third season" was taken for a person."""
    from datetime import date

    from premiere.extraction import Document, Gazetteer, extract

    body = (
        "Here is everything arriving on Netflix in the US as the new year gets going.\n\n"
        "- Brass Hollow (season 2) — Friday, January 8\n"
        "- The Last Ferry to Ostend (film) — Saturday, January 9\n"
        "- Quiet Hours (season 1) — Tuesday, January 12\n\n"
        "The Last Ferry to Ostend is a heist thriller starring Mathilde Roux, and Paper "
        "Tigers' third season will be its last."
    )
    found = extract(
        Document(headline="New on Netflix in January", body=body, published=date(2026, 12, 4)),
        Gazetteer([]),
    )
    releases = [
        (s.subject.name, s.value["date"], s.value["region"], s.value["channel"])
        for s in found
        if s.kind == "release"
    ]
    assert releases == [
        ("Brass Hollow — Season 2", "2027-01-08", "US", "Netflix"),
        ("The Last Ferry to Ostend", "2027-01-09", "US", "Netflix"),
        ("Quiet Hours", "2027-01-12", "US", "Netflix"),
    ]
    kinds = {s.value["name"]: s.value["title_kind"] for s in found if s.kind == "new_title"}
    assert kinds == {
        "Brass Hollow": "series",
        "Brass Hollow — Season 2": "season",
        "The Last Ferry to Ostend": "film",
        "Quiet Hours": "series",
        "Paper Tigers": "series",  # a show with a third season, named in passing
    }
    assert [s.value["name"] for s in found if s.kind == "new_person"] == ["Mathilde Roux"]


def test_a_listing_s_rows_of_a_title_on_a_day(facts):
    """Modelled on a streamer's premiere-date list: rows '"Hollow Row" on Friday, Feb. 27.'
    gave nothing, known titles or not."""
    rows = '"Ballerina" on Friday, June 9.\n"Harbor Lights" on Friday, June 16'
    found = facts(rows, headline="Premiere dates", kind="release")
    assert released(found) == [
        ("Ballerina", "2023-06-09", "WW"),
        ("Harbor Lights", "2023-06-16", "WW"),
    ]
    assert all(s.confidence < 0.8 for s in found)  # no verb says it: the editor checks


def test_a_title_that_ends_in_a_weekday_keeps_it(facts):
    """Found in review: a row "- Freakier Friday, August 8" proposed "Freakier"."""
    found = facts("- Freakier Friday, June 8\n- Salt Kings, June 9", kind="new_title")
    assert [s.value["name"] for s in found] == ["Freakier Friday", "Salt Kings"]


def test_a_month_on_a_service_lists_each_day_s_titles_before_a_dash():
    """Modelled on a "coming to the service this month" list: under a line that is only a
    date, each item is a title, a dash, then a line about it ("The Flying Man—This long
    biopic…"). None was read, and the headline's "Coming to Netflix" was proposed as a film."""
    body = (
        "Netflix opens the month with old favourites.\n\nJanuary 1\n\n"
        "The Flying Man—This long biopic follows an inventor who broke every record.\n\n"
        "Spider-Mouse–A small hero saves a big city, now streaming for the first time.\n\n"
        "January 6\n\nCopper Ghost - A science fiction action film from a zombie hit's director."
    )
    found = extract(
        Document(headline="Coming to Netflix in January", body=body, published=date(2026, 12, 30)),
        Gazetteer([]),
    )
    releases = [
        (s.subject.name, s.value["date"], s.value["channel"]) for s in found if s.kind == "release"
    ]
    assert releases == [
        ("The Flying Man", "2027-01-01", "Netflix"),
        ("Spider-Mouse", "2027-01-01", "Netflix"),
        ("Copper Ghost", "2027-01-06", "Netflix"),
    ]
    assert "Coming to Netflix" not in {s.value.get("name") for s in found}


def test_a_network_s_premiere_schedule_by_day_and_hour():
    """Modelled on a network's midseason premiere dates: a day in capitals ("MONDAY, JAN. 4",
    which split at "JAN.") over rows "8 p.m. — *Title* (series premiere)". None was read; a
    show moved to a new hour is no premiere."""
    body = (
        "The network has set its midseason schedule (all times ET/PT).\n\nMONDAY, JAN. 4\n"
        "8 p.m. — The Lamplighters (series premiere)\n9 p.m. — Harbor County (season 3 premiere)"
        "\n\nWEDNESDAY, JAN. 6\n10 p.m. — Night Desk (new time slot)\n\nSUNDAY, FEB. 14\n"
        "8 p.m. — Copper Valley (returning)"
    )
    found = extract(
        Document(
            headline="Midseason premiere dates",
            body=body,
            emphasized=("The Lamplighters", "Harbor County", "Night Desk", "Copper Valley"),
            published=date(2026, 12, 5),
        ),
        Gazetteer([]),
    )
    assert [(s.subject.name, s.value["date"]) for s in found if s.kind == "release"] == [
        ("The Lamplighters", "2027-01-04"),
        ("Harbor County — Season 3", "2027-01-04"),
        ("Copper Valley", "2027-02-14"),
    ]
    kinds = {s.value["name"]: s.value["title_kind"] for s in found if s.kind == "new_title"}
    assert kinds["The Lamplighters"] == kinds["Copper Valley"] == "series"
    # a network's rows, in American hours: broadcasts in the United States
    assert {(s.value["region"], s.value["medium"]) for s in found if s.kind == "release"} == {
        ("US", "tv")
    }


def test_a_month_on_a_new_service_lists_blurbed_items_and_seasons():
    """Modelled on a walk-through's "everything coming to the service" list: items written
    "- Title—twelve home cooks…" and "Title—an animated fable…" were not read, "- Hollow
    Pines (Season 2)" dated the whole show as a film, and the service itself ("coming to
    Lumenstream", "the caper film Lumenstream bought") became a film with a date."""
    body = (
        "Lumenstream opens the year with a crowded slate.\n\nJanuary 1\n\n"
        "- The Salt Kitchen—twelve home cooks compete for a restaurant.\n"
        "- Hollow Pines (Season 2)\n"
        "- Mortimer's Last Heist—the caper film Lumenstream bought at the autumn market.\n\n"
        "January 3\n\nPaper Lanterns—an animated fable about two sisters."
    )
    found = extract(
        Document(
            headline="Everything coming to Lumenstream in January",
            body=body,
            published=date(2026, 12, 5),
        ),
        Gazetteer([]),
    )
    assert [(s.subject.name, s.value["date"]) for s in found if s.kind == "release"] == [
        ("The Salt Kitchen", "2027-01-01"),
        ("Hollow Pines — Season 2", "2027-01-01"),
        ("Mortimer's Last Heist", "2027-01-01"),
        ("Paper Lanterns", "2027-01-03"),
    ]
    assert "Lumenstream" not in {s.value.get("name") for s in found}
    # the service the listing is about, unknown to any list: each row streams there
    assert {s.value["channel"] for s in found if s.kind == "release"} == {"Lumenstream"}


def test_a_listing_coming_to_a_country_or_a_console_names_no_service():
    for headline in ("Everything coming to America this week", "Everything coming to PlayStation"):
        found = extract(
            Document(
                headline=headline,
                body="January 1\n\n- Glass Harbor—a quiet drama.",
                published=date(2026, 12, 5),
            ),
            Gazetteer([]),
        )
        assert [s.value["channel"] for s in found if s.kind == "release"] == [""]


def test_a_table_with_the_date_first_dates_each_show_on_its_network():
    """Modelled on a walk-through's week of premieres as a Markdown table ("| Monday, Jan.
    11 | The Arbiter | NBC |"): no card at all. The header says the rows are shows, the
    network cell how and where each airs."""
    found = extract(
        Document(
            headline="Five new series this week",
            body=(
                "Five new series premiere this week.\n\n"
                "Date | Show | Network\n"
                "Monday, Jan. 11 | Copper Bell | NBC\n"
                "Tuesday, Jan. 12 | The Night Shift Choir | HBO\n"
                "Friday, Jan. 15 | Saltwater Radio | Netflix"
            ),
            published=date(2027, 1, 6),
        ),
        Gazetteer([]),
    )
    assert [
        (s.subject.name, s.value["date"], s.value["region"], s.value["medium"], s.value["channel"])
        for s in found
        if s.kind == "release"
    ] == [
        ("Copper Bell", "2027-01-11", "US", "tv", "NBC"),
        ("The Night Shift Choir", "2027-01-12", "US", "tv", "HBO"),
        ("Saltwater Radio", "2027-01-15", "WW", "streaming", "Netflix"),
    ]
    assert {s.value["title_kind"] for s in found if s.kind == "new_title"} == {"series"}


def test_a_month_s_listing_under_days_in_bold_dates_shows_and_seasons_not_the_days(read_markdown):
    """Modelled on a shape study of a streamer's month: each bold day ("**Friday, January
    1**") was proposed as a film with a release, "- Title (Episode 3)" dated the show again,
    and "(S2, two-episode premiere)" gave the show, a film, the season's date."""

    body = (
        "Everything coming to Streamline in January is listed below.\n\n"
        "**Friday, January 1**\n"
        "- *Ferris Lane* (S1, all episodes)\n"
        "- *The Pickle Jar Kid*\n\n"
        "**Thursday, January 7**\n"
        "- *Tallowmere* (S2, two-episode premiere)\n\n"
        "**Thursday, January 14**\n"
        "- *Tallowmere* (Episode 3)\n"
    )
    found = read_markdown("New on Streamline: January", body, date(2026, 12, 5))
    releases = [(s.subject.name, s.value["date"]) for s in found if s.kind == "release"]
    assert releases == [
        ("Ferris Lane", "2027-01-01"),
        ("The Pickle Jar Kid", "2027-01-01"),
        ("Tallowmere — Season 2", "2027-01-07"),
    ]
    kinds = {s.value["name"]: s.value["title_kind"] for s in found if s.kind == "new_title"}
    assert kinds == {
        "Ferris Lane": "series",
        "The Pickle Jar Kid": "film",
        "Tallowmere": "series",
        "Tallowmere — Season 2": "season",
    }


def test_a_rollout_listed_by_date_gives_the_story_s_film_a_date_in_each_country(read_markdown):
    # Modelled on a release-dates-per-country page: a bold date over the countries that open
    # the film that day, confirmed ones in bold; a country is no title.
    body = (
        "*Tin Lanterns*, the sequel to the 2024 hit, starts its run in two weeks.\n\n"
        "**Release dates**\n\n**March 3:**\n\n- **France**\n- Ireland\n\n"
        "**March 4, 2028:**\n\n- **Germany**\n\n**To be announced:**\n\n- China\n\n"
        "We will add countries as distributors confirm them."
    )
    found = read_markdown("Tin Lanterns: when it opens where you live", body, date(2028, 2, 18))
    releases = [s for s in found if s.kind == "release"]
    assert sorted(released(releases)) == [
        ("Tin Lanterns", "2028-03-03", "FR"),
        ("Tin Lanterns", "2028-03-03", "IE"),
        ("Tin Lanterns", "2028-03-04", "DE"),
        ("Tin Lanterns", "TBA", "CN"),
    ]
    assert {s.value["name"] for s in found if s.kind == "new_title"} == {"Tin Lanterns"}


def test_a_month_s_games_by_day_with_their_platforms_after_a_dash(read_markdown):
    # Modelled on a French "les sorties du mois" page: a day in bold over its games, each
    # with its platforms; an item's note with a later date leaves the item its day.
    body = (
        "Voici le programme des sorties, jour par jour :\n\n"
        "**3 juin**\n\n- Copper Tide – PS5, PC\n- Les Veilleurs de Brume – Switch 2\n\n"
        "**10 juin**\n\n- Kettle Drum – PS5, PC (la version Switch 2 suivra le 25 juin)\n\n"
        "Comme toujours, ces dates peuvent encore bouger."
    )
    found = read_markdown("Les jeux de juin", body, date(2027, 5, 27))
    releases = [s for s in found if s.kind == "release"]
    assert sorted({(name, day) for name, day, _ in released(releases)}) == [
        ("Copper Tide", "2027-06-03"),
        ("Kettle Drum", "2027-06-10"),
        ("Les Veilleurs de Brume", "2027-06-03"),
    ]
    platforms = {s.value["channel"] for s in releases if s.subject.name == "Copper Tide"}
    assert platforms == {"PS5", "PC"}
    # the note's later version takes nothing from the row's own platforms
    kettle = {s.value["channel"] for s in releases if s.subject.name == "Kettle Drum"}
    assert kettle == {"PS5", "PC"}
    assert not any("juin" in s.subject.name for s in found if s.subject)
    # each card quotes the day over its row, and the row without its list mark
    assert {s.sentence for s in releases if s.subject.name == "Copper Tide"} == {
        "3 juin\nCopper Tide - PS5, PC"
    }


def test_a_listing_that_says_whose_dates_it_lists_and_a_field_label_under_a_heading(
    read_markdown,
):
    # Modelled on a weekly "coming to Netflix" page: a note says the list is the US one; a
    # bold "Coming to Netflix:" under a show's heading is a field, not a title.
    body = (
        "### Fen Lights (Season 2)\n\n**Coming to Netflix:** Thursday\n\n"
        "The moody fantasy series is back with ten episodes.\n\n"
        "*Please note: this list covers what's coming to Netflix in the US. Other regions "
        "will differ.*\n\n### Monday, March 8th\n\n- Copper Basin (Seasons 1-4)"
    )
    found = read_markdown("What's Coming to Netflix This Week", body, date(2027, 3, 7))
    releases = sorted(released(s for s in found if s.kind == "release"))
    assert releases == [
        ("Copper Basin", "2027-03-08", "US"),
        ("Fen Lights — Season 2", "2027-03-11", "US"),
    ]
    # "(Seasons 1-4)": a series, not a film
    [basin] = [s for s in found if s.kind == "new_title" and s.value["name"] == "Copper Basin"]
    assert basin.value["title_kind"] == "series"


def test_a_market_in_bold_as_a_paragraph_s_label_is_no_title(read_markdown):
    # Modelled on an international premiere-dates page: each paragraph opens with its
    # market in bold; the dates are the show's there.
    body = (
        "*Salt Wives* returns for its second season this winter.\n\n"
        "**UK and Ireland:** The eight new episodes begin on Sky Atlantic on Thursday 11 "
        "February 2027.\n\n**Australia:** It lands on Binge on 12 February."
    )
    found = read_markdown("Salt Wives: where to watch season two", body, date(2027, 1, 20))
    names = {s.subject.name for s in found if s.subject and s.kind == "release"}
    assert names and not names & {"UK and Ireland", "Australia"}
    dated = {(s.value["date"], s.value["region"]) for s in found if s.kind == "release"}
    assert {("2027-02-11", "GB"), ("2027-02-11", "IE"), ("2027-02-12", "AU")} <= dated


def test_a_network_s_premiere_week_night_by_night_with_hours_in_bulleted_rows(read_markdown):
    # Modelled on a network's fall premiere-dates page: a night in bold, then a bulleted row
    # per hour; an encore is no premiere.
    body = (
        "Premiere week, night by night (times ET/PT):\n\n**MONDAY, SEPT. 20**\n\n"
        "- 8-10 p.m. – Ballroom Nights (Season 12)\n- 10 p.m. – GRANITE HOLLOW\n\n"
        "**THURSDAY, SEPT. 23**\n\n- 9 p.m. – Station 9 (encore)\n"
    )
    found = read_markdown("The network sets its fall premiere dates", body, date(2027, 7, 1))
    assert sorted(released(s for s in found if s.kind == "release")) == [
        ("Ballroom Nights — Season 12", "2027-09-20", "US"),
        ("Granite Hollow", "2027-09-20", "US"),  # as a catalog writes it
    ]


def test_a_season_guide_s_shows_in_capitals_with_where_and_when_under_each(read_markdown):
    # Modelled on a British autumn TV guide: each show in bold capitals, then its channel and
    # day in bold; the cards name the shows as a catalog writes them.
    body = (
        "Here's our pick of what's coming.\n\n**THE NIGHT LEDGER**\n**ITV1, 13 September**\n\n"
        "A three-part drama adapted from a nurse's memoir.\n\n"
        "**POUR DAY: BRITAIN'S LAST FOUNDRIES**\n**Channel 4, 3 October**\n\nA documentary."
    )
    found = read_markdown("Autumn TV guide: the best new dramas", body, date(2027, 8, 20))
    releases = [
        (s.subject.name, s.value["date"], s.value["region"], s.value["channel"])
        for s in found
        if s.kind == "release"
    ]
    assert releases == [
        ("The Night Ledger", "2027-09-13", "GB", "ITV1"),
        ("Pour Day: Britain's Last Foundries", "2027-10-03", "GB", "Channel 4"),
    ]
    assert not any("September" in s.subject.name for s in found if s.subject)


@pytest.mark.parametrize(
    "headline, body, published, expected",
    [
        # modelled on a magazine's monthly TV guide: a show, then its "Screening:" line
        (
            "The month's TV guide",
            "What the Town Didn't Say\n\nScreening: Saturday September 4 (full series), TVNZ "
            "1, 8.35pm\n\nA documentary in three parts.",
            date(2027, 8, 28),
            [("What the Town Didn't Say", "2027-09-04")],
        ),
        # modelled on a German list of delays: "Alter Release" is the old date
        (
            "Die große Release-Rochade",
            "Hafenmeister\nAlter Release: 19. November 2027\nNeuer Release: 11. Februar 2028",
            date(2027, 10, 2),
            [("Hafenmeister", "2028-02-11")],
        ),
    ],
)
def test_a_listing_s_field_labels_are_no_titles(headline, body, published, expected):
    found = extract(Document(headline=headline, body=body, published=published), Gazetteer([]))
    assert [(s.subject.name, s.value["date"]) for s in found if s.kind == "release"] == expected
    assert not {"Screening", "2027", "Alter Release"} & {s.subject.name for s in found if s.subject}


def test_a_rollout_told_as_days_and_their_countries_after_a_colon():
    # Modelled on a staggered-rollout story: a sentence that lists, then the days.
    gazetteer = Gazetteer([Entry(1, "title", "The Meridian Line", (), "film")])
    body = (
        "The Meridian Line will launch in more than 40 territories, listed as:\n\n"
        "Wednesday, 25th August in Belgium, Denmark and the United Kingdom; Thursday, 26th "
        "August in Australia and Germany; Thursday, 2nd September in the United States (limited)."
    )
    document = Document(headline="An overseas rollout", body=body, published=date(2027, 7, 1))
    found = extract(document, gazetteer)
    assert sorted((s.value["date"], s.value["region"]) for s in found if s.kind == "release") == [
        ("2027-08-25", "BE"),
        ("2027-08-25", "DK"),
        ("2027-08-25", "GB"),
        ("2027-08-26", "AU"),
        ("2027-08-26", "DE"),
        ("2027-09-02", "US"),
    ]


def test_a_new_zealand_guide_s_screening_and_streaming_lines():
    # Modelled on a New Zealand magazine's monthly guide: where and when under each show.
    body = (
        "What the Town Didn't Say\n\n"
        "Screening: Saturday September 4 (full series), TVNZ 1, 8.35pm\n"
        "Streaming: ThreeNow, from Monday September 13, each episode after broadcast"
    )
    document = Document(headline="The month on TV", body=body, published=date(2027, 8, 28))
    found = extract(document, Gazetteer([]))
    releases = [
        (s.value["date"], s.value["region"], s.value["medium"], s.value["channel"])
        for s in found
        if s.kind == "release"
    ]
    assert releases == [
        ("2027-09-04", "NZ", "tv", "TVNZ 1"),
        ("2027-09-13", "NZ", "streaming", "ThreeNow"),
    ]


@pytest.mark.parametrize(
    "body, published, expected",
    [
        # modelled on a weekly games list: each game in bold with its day after two dashes
        (
            "New this week.\n\n**Rookery Lane Remastered -- October 19**\n\n"
            "Available on: PS5, Switch 2, PC\n\nThe cult platformer is back.",
            date(2027, 10, 15),
            [("Rookery Lane Remastered", "2027-10-19")],
        ),
        # modelled on a holiday box-office preview: a labelled day in bold over its films
        (
            "The holiday frame is split.\n\n**Opening: December 17, 2027**\n\n"
            "- The Snow Lantern (Wide)\n- Matriarch (Limited)",
            date(2027, 12, 1),
            [("Matriarch", "2027-12-17"), ("The Snow Lantern", "2027-12-17")],
        ),
        # modelled on a public broadcaster's fall schedule: the day on a labelled line under
        # the show's heading
        (
            "**SEPTEMBER 2027**\n\n**INSPECTOR HALLORAN (Season 3)**\n\n"
            "New Season Premieres: Sunday, Sept. 5, 8 p.m. ET\n\nThe detective returns.",
            date(2027, 8, 1),
            [("Inspector Halloran — Season 3", "2027-09-05")],
        ),
    ],
)
def test_a_listing_s_day_beside_its_title_or_its_label_in_bold(
    read_markdown, body, published, expected
):
    found = read_markdown("This week", body, published)
    assert (
        sorted((s.subject.name, s.value["date"]) for s in found if s.kind == "release") == expected
    )
    names = [s.value["name"] for s in found if s.kind == "new_title"]
    assert not [n for n in names if any(m in n for m in ("October", "December", "Sept", "Opening"))]


def test_a_broadcaster_s_guide_gives_its_shows_under_their_headings_its_country(read_markdown):
    # modelled on a public broadcaster's season guide: the period and the months in bold, each
    # show's name in capitals over a labelled day, a cast note under one of them
    body = (
        "**NORTHWAVE TV PROGRAMMING GUIDE**\n\n"
        "CBC Television has set its autumn line-up. Times are local.\n\n"
        "**FALL 2027: SEPTEMBER, OCTOBER & NOVEMBER**\n\n"
        "**TIDE MILLS**\n\nSeries Premiere: Monday, Sept. 6, 10 p.m.\n\n"
        "A documentary about the last working tide mills.\n\n"
        "**NOVEMBER 2027**\n\n"
        "**HARBOUR STREET (Season 2)**\n\nNew Season Premieres: Sunday, Nov. 14, 9 p.m.\n\n"
        "Agnes Pryor-Blake returns as the harbourmaster for a second season on the quay."
    )
    found = read_markdown("Fall schedule", body, date(2027, 8, 1))
    assert sorted(
        (s.subject.name, s.value["date"], s.value["region"]) for s in found if s.kind == "release"
    ) == [
        ("Harbour Street — Season 2", "2027-11-14", "CA"),
        ("Tide Mills", "2027-09-06", "CA"),
    ]
    names = {s.value["name"] for s in found if s.kind == "new_title"}
    assert not [n for n in names if n.startswith(("Premiere", "Fall", "Agnes"))]


def test_a_distributor_s_slate_under_its_days_written_day_first(read_markdown):
    # modelled on an Australian distributor's slate: an announcing sentence with a period,
    # then each day alone in bold ("9 Dec", "26 Dec (Boxing Day)") over its film, the last
    # one still undated
    body = (
        "Release dates have been set for the following films from Wattle Pictures, coming to "
        "Australian cinemas in late 2027 and throughout 2028.\n\n"
        "**9 Dec**\n\n**Dust Lane**\n\nA drover's daughter takes the herd south.\n\n"
        "**26 Dec (Boxing Day)**\n\n**Penny and the Kite**\n\nA family adventure.\n\n"
        "**30 March**\n\n**Night Shift Harbour**\n\nA quiet drama on the wharves.\n\n"
        "**Date TBC**\n\n**The Red Siding**\n\nStill in post-production."
    )
    found = read_markdown("Wattle Pictures' 2028 slate", body, date(2027, 11, 20))
    dated = sorted((s.subject.name, s.value["date"]) for s in found if s.kind == "release")
    assert ("Dust Lane", "2027-12-09") in dated
    assert ("Penny and the Kite", "2027-12-26") in dated
    assert ("Night Shift Harbour", "2028-03-30") in dated
    assert not [d for d in dated if d[1] == "2027-H2"]  # the sentence's period is no film's
    names = {s.value["name"] for s in found if s.kind == "new_title"}
    assert not names & {"9 Dec", "Date TBC", "30 March"}


def test_a_month_s_games_under_their_days_with_platforms_in_brackets(read_markdown):
    # modelled on a "every game out this month" list: each day in bold, then a plain line per
    # game with its platforms in brackets
    body = (
        "Here's what you can expect for the rest of the month:\n\n"
        "**October 07**\n\nMossfield Mysteries DX (Switch 2)\n\nInkmouse! (PC)\n\n"
        "**October 12**\n\nRedline Rally 28 (PC, PS5, Xbox Series X|S, Switch 2)"
    )
    found = read_markdown("Every video game out in October 2027", body, date(2027, 10, 1))
    releases = [s for s in found if s.kind == "release"]
    dated = {(s.subject.name, s.value["date"], s.value["channel"]) for s in releases}
    assert ("Mossfield Mysteries DX", "2027-10-07", "Switch 2") in dated
    assert ("Redline Rally 28", "2027-10-12", "Xbox Series X|S") in dated
    assert any(name.startswith("Inkmouse") and day == "2027-10-07" for name, day, _ in dated)


@pytest.mark.parametrize(
    "headline, body",
    [
        # modelled on a Quebec fall-season guide: shows grouped under their network in bold,
        # each row its season, "Dès le" and the weekday before the day, the hour after it
        (
            "Rentrée télé automne 2027 : les dates de retour des séries",
            "Voici les dates de retour des séries des réseaux américains. Les heures indiquées "
            "sont celles de l'Est.\n\n**ABC**\n\n"
            "- Maple Lane (Saison 4) - Dès le mercredi 22 septembre, à 20h\n\n**NETFLIX**\n\n"
            "- Quiet Rooms (Saison 2) - Dès le vendredi 17 septembre",
        ),
        # the same guide in English: a weekday before the day, the hour after it
        (
            "Fall TV 2027: when the shows return",
            "Here are the return dates of the network shows.\n\n**ABC**\n\n"
            "- Maple Lane (Season 4) - Wednesday, Sept. 22, 8 p.m.\n\n**NETFLIX**\n\n"
            "- Quiet Rooms (Season 2) - Friday, Sept. 17",
        ),
    ],
)
def test_a_season_guide_s_rows_under_their_network(read_markdown, headline, body):
    found = read_markdown(headline, body, date(2027, 8, 20))
    # each card quotes its row without the list's mark
    assert all(not s.sentence.startswith("-") for s in found if s.kind == "release")
    rows = sorted(
        (s.subject.name, s.value["date"], s.value["medium"], s.value["channel"])
        for s in found
        if s.kind == "release"
    )
    assert rows == [
        ("Maple Lane — Season 4", "2027-09-22", "tv", "ABC"),
        ("Quiet Rooms — Season 2", "2027-09-17", "streaming", "Netflix"),
    ]


def test_a_year_ahead_preview_s_bracketed_channel_and_month_under_each_show(read_markdown):
    # modelled on a New Zealand magazine's year-ahead television preview: a show's heading, a
    # blurb, then where and when in brackets
    body = (
        "Here's how the local roster shapes up.\n\n## Drama\n\n**Tide Flats**\n\n"
        "A coastal fable about a girl and the creature under the old wharf.\n\n"
        "(TVNZ 1 & TVNZ+, March)\n\n**Stone Farm**\n\n"
        "A land occupation told over one day by six people inside it.\n\n"
        "(Three & ThreeNow, second half of 2028)"
    )
    found = read_markdown("2028 preview: NZ's big year in television", body, date(2027, 12, 18))
    dated = sorted(
        (s.subject.name, s.value["date"], s.value["region"]) for s in found if s.kind == "release"
    )
    assert dated == [("Stone Farm", "2028-H2", "NZ"), ("Tide Flats", "2028-03", "NZ")]


def test_a_schedule_row_s_hour_before_the_show_in_capitals_is_no_part_of_its_name(
    read_markdown,
):
    # modelled on a Canadian broadcaster's fall schedule release: hour, show, premiere date;
    # the day in brackets is no distributor, the shows are series on the channel's air
    body = (
        "CBC Television has set its fall schedule.\n\n**SUNDAY**\n\n"
        "7 P.M. HARROW FIELDS (Sept. 26)\n\n8 P.M. THE LONG PORTAGE (new series, Sept. 26)"
        "\n\n8:30 P.M. HALF PAST HALIFAX (Oct. 5)"
    )
    found = read_markdown("CBC announces its fall schedule", body, date(2027, 8, 25))
    rows = sorted(
        (s.subject.name, s.value["date"], s.value["region"], s.value["medium"], s.value["channel"])
        for s in found
        if s.kind == "release"
    )
    assert rows == [
        ("Half Past Halifax", "2027-10-05", "CA", "tv", "CBC"),
        ("Harrow Fields", "2027-09-26", "CA", "tv", "CBC"),
        ("The Long Portage", "2027-09-26", "CA", "tv", "CBC"),
    ]
    assert {s.value["title_kind"] for s in found if s.kind == "new_title"} == {"series"}
    assert not [s for s in found if s.kind in ("credit", "new_company")]


def test_a_day_s_episodes_and_its_rows_notes_are_no_releases(read_markdown):
    # modelled on a TV guide's week (episodes quoted with their codes) and a games week
    # (a row's note on the line under it: "Retail", "Expansion")
    found = read_markdown(
        "TV this week",
        "Here is the week on the networks.\n\n**Monday, September 27**\n\n"
        '"Ashes and Oaths" (S03E02)\n\n"Visiting Hours" (S02E03)',
        date(2027, 9, 25),
    )
    assert not [s for s in found if s.kind == "release"]
    found = read_markdown(
        "This week in games",
        "Here's what you'll be playing this week.\n\n## October 4\n\n"
        "- *Ember & Quill* (PC)\n- *Saltwater Tales* (PS5)\n  Retail\n\n## About the Author\n\n"
        "Ana writes about games.",
        date(2027, 10, 3),
    )
    names = {s.subject.name for s in found if s.kind == "release"}
    assert names == {"Ember & Quill", "Saltwater Tales"}


def test_a_long_guide_row_is_still_a_row(read_markdown):
    # a title of several words, its season's note and the hour: fifteen words, still a row
    found = read_markdown(
        "Rentrée télé : les dates de retour",
        "Voici les dates de retour des séries.\n\n**ABC**\n\n"
        "- Les Oiseaux de la Nuit (Saison 3) - Dès le vendredi 15 octobre, à 21h",
        date(2027, 8, 20),
    )
    assert [(s.subject.name, s.value["date"]) for s in found if s.kind == "release"] == [
        ("Les Oiseaux de la Nuit — Season 3", "2027-10-15")
    ]


def test_a_slate_s_films_under_their_days_come_out_as_its_announcing_sentence_says(
    read_markdown,
):
    # found walking the desk: every release of an Australian slate needed "Theatrical" picked
    found = read_markdown(
        "Kestrel Pictures: Australian cinema release dates",
        "Release dates have been set for the following films from Kestrel Pictures, coming to "
        "Australian cinemas in late 2027 and throughout 2028.\n\n**9 Dec**\n\n**The Salt Road**"
        "\n\nA drover's daughter takes the herd south.",
        date(2027, 11, 20),
    )
    assert [
        (s.subject.name, s.value["date"], s.value["region"], s.value["medium"])
        for s in found
        if s.kind == "release"
    ] == [("The Salt Road", "2027-12-09", "AU", "theatrical")]


@pytest.mark.parametrize(
    "headline, body, published, expected",
    [
        # modelled on a German monthly streaming guide: each show's heading in bold gives its
        # fields one after another, the German quotes closing on “
        (
            "Neue Serien im Juni",
            "Die Streamingdienste legen im Juni nach.\n\n"
            "**„Die Vermesserin“, Staffel 1, ab 4. Juni, Netflix**\n\n"
            "Eine Landvermesserin stößt auf ein altes Grab.\n\n"
            "**„Hafenlichter“, Staffel 3, ab 11. Juni, Disney+**\n\n"
            "Die Hafen-Dramedy geht weiter.",
            date(2027, 5, 28),
            {("Die Vermesserin", "2027-06-04"), ("Hafenlichter — Season 3", "2027-06-11")},
        ),
        # modelled on a home-video calendar: the day first, then the title and its label
        (
            "New on disc this month",
            "Here is what arrives on disc in April.\n\n"
            "**April 13, *The Tin Orchard* (Halden Home Entertainment)** – A drama about a "
            "family orchard in a dry year.\n\n"
            "**April 20, *Keyhole* (Brightline Video)** – Strangers wake up in a locked hotel.",
            date(2027, 4, 1),
            {("The Tin Orchard", "2027-04-13"), ("Keyhole", "2027-04-20")},
        ),
    ],
)
def test_a_row_made_of_its_fields_in_any_order(read_markdown, headline, body, published, expected):
    found = read_markdown(headline, body, published)
    dated = {(s.subject.name, s.value["date"]) for s in found if s.kind == "release"}
    assert expected <= dated


def test_a_row_with_words_of_its_own_is_no_listing(read_markdown):
    # the same fields, with a clause that says the day is something else's
    found = read_markdown(
        "New on disc this month",
        "Here is what arrives on disc in April.\n\n"
        "**April 13, *The Tin Orchard* trailer drops at the studio's panel**",
        date(2027, 4, 1),
    )
    assert not [s for s in found if s.kind == "release"]


def test_an_english_section_heading_in_sentence_case_is_no_title(read_markdown):
    # modelled on a cinema's monthly newsletter: its sections' headings are in sentence case
    found = read_markdown(
        "What's on at the Regal in June",
        "June is busy at the Regal.\n\n## Looking ahead\n\n"
        "*Copperline* opens on June 10.\n\n## New this month\n\n"
        "*The Quiet Ferry* opens on Thursday, June 17.",
        date(2027, 6, 1),
    )
    names = {s.value["name"] for s in found if s.kind == "new_title"}
    assert {"Copperline", "The Quiet Ferry"} <= names
    assert not names & {"Looking ahead", "New this month"}


def test_a_week_s_games_in_headings_of_title_day_and_platforms(read_markdown):
    # modelled on a Brazilian weekly games list: each game's heading gives its day and
    # platforms after dashes, a paragraph about it below
    found = read_markdown(
        "Lançamentos da semana",
        "Confira os lançamentos da semana.\n\n"
        "## Lanterna Fria - 17 de agosto - PS5, XBSX/S, PC\n\n"
        "Em Lanterna Fria, jogadores exploram uma cidade coberta de neblina.\n\n"
        "## Rota do Sal - 19 de agosto - SW2\n\n"
        "Rota do Sal é um jogo de corrida com caminhões.",
        date(2027, 8, 15),
    )
    dated = {(s.subject.name, s.value["date"]) for s in found if s.kind == "release"}
    assert dated == {("Lanterna Fria", "2027-08-17"), ("Rota do Sal", "2027-08-19")}
    names = {s.value["name"] for s in found if s.kind == "new_title"}
    assert names == {"Lanterna Fria", "Rota do Sal"}


def test_a_streaming_guide_s_detail_line_dates_the_quoted_title_over_it(read_markdown):
    # modelled on a weekly "new movies to stream" guide: each film's quoted name in bold with
    # its service, a paragraph, then where and from when
    found = read_markdown(
        "New movies to stream this week",
        "Here are the top new movies streaming this week.\n\n"
        "**'Dust Cathedral' (Hulu)**\n\nA slow-burn horror piece set in a mining church.\n\n"
        "Streaming on Hulu from Wednesday (March 10)\n\n"
        "**'Halfway to Juniper' (Netflix)**\n\nTwo estranged brothers and a camper van.\n\n"
        "Streaming on Netflix from Friday (March 12)",
        date(2027, 3, 8),
    )
    dated = {(s.subject.name, s.value["date"]) for s in found if s.kind == "release"}
    assert dated == {("Dust Cathedral", "2027-03-10"), ("Halfway to Juniper", "2027-03-12")}
    names = {s.value["name"] for s in found if s.kind == "new_title"}
    assert names == {"Dust Cathedral", "Halfway to Juniper"}


def test_a_delay_list_s_old_and_new_date_lines_under_each_game(read_markdown):
    # modelled on a German list of delayed games: each game's name in bold, a paragraph, then
    # its old and new dates on lines of their own
    found = read_markdown(
        "Diese Spiele wurden verschoben",
        "Mehrere Studios haben ihre Spiele verschoben.\n\n**Eisenpfad**\n\n"
        "Das Team braucht mehr Zeit für die Balance.\n\n"
        "Alter Release: 19. November 2027\n\nNeuer Release: 24. März 2028\n\n**Kettenlicht**\n\n"
        "Das Studio will die Monate für Bugfixing nutzen.\n\n"
        "Alter Release: 20. Februar 2028\n\nNeuer Release: 28. Mai 2028",
        date(2027, 10, 20),
    )
    dated = {(s.subject.name, s.value["date"]) for s in found if s.kind == "release"}
    assert dated == {("Eisenpfad", "2028-03-24"), ("Kettenlicht", "2028-05-28")}
    names = {s.value["name"] for s in found if s.kind == "new_title"}
    assert not [n for n in names if "Release" in n]


def test_a_press_pack_s_transmission_lines_under_each_show(read_markdown):
    # modelled on a British channel's press pack: each show in bold with its episodes and
    # length, then "TX:" and when and where it is transmitted
    found = read_markdown(
        "Autumn drama highlights",
        "A second series of 'Flat Share Club' leads the channel's autumn highlights.\n\n"
        "**Hard Verge** (3 x 60')\n\n"
        "TX: Sunday 17 October, Channel 4\n\nA three-part drama about a motorway pile-up.\n\n"
        "**Flat Share Club** – Series 2 (6 x 30')\n\nTX: Autumn, E4\n\n"
        "The flatshare comedy returns with a new lodger.",
        date(2027, 8, 20),
    )
    dated = {(s.subject.name, s.value["date"]) for s in found if s.kind == "release"}
    assert ("Hard Verge", "2027-10-17") in dated
    names = {s.value["name"] for s in found if s.kind == "new_title"}
    assert "TX" not in names
    assert not [name for name in names if "-" in name or "–" in name]


def test_a_spanish_day_heading_with_its_article_heads_the_games_below(read_markdown):
    # "## El 12 de marzo": the day, not a page's time stamp nor a title "El"
    found = read_markdown(
        "Lanzamientos de la semana",
        "Estos son los lanzamientos de la semana.\n\n## El 12 de marzo\n\n"
        "- Rota Salina (PS5)\n- Faro Gris (PC)",
        date(2027, 3, 8),
    )
    dated = {(s.subject.name, s.value["date"]) for s in found if s.kind == "release"}
    assert dated == {("Rota Salina", "2027-03-12"), ("Faro Gris", "2027-03-12")}


def test_a_network_s_premiere_grid_dates_each_show_once(read_markdown):
    """Modelled on a shape study of a network's fall grid (a day, then an hour and a show in
    capitals on each line): the weeks after the premieres, "(All-New Episode)" and "(Encore
    Episode)", were dated as releases, and "HARBOR & HOUND" became a show called "Hound"."""
    found = read_markdown(
        "The network sets its fall premieres",
        "The full premiere grid follows.\n\n**Saturday, Sept. 11**\n\n8:00-8:30 PM ET/PT\n"
        "HARBOR & HOUND (Season Premiere, 200th Episode)\n\n9:00-10:00 PM ET/PT\n"
        "NIGHT CLERKS (Series Premiere)\n\n**Saturday, Sept. 18**\n\n8:00-8:30 PM ET/PT\n"
        "HARBOR & HOUND (All-New Episode)\n\n9:00-10:00 PM ET/PT\n"
        "NIGHT CLERKS (Encore Episode, Time Period Premiere)\n\n10:00-11:00 PM ET/PT\n"
        "TALL PINES (Season Premiere)",
        date(2027, 8, 20),
    )
    assert sorted((s.subject.name, s.value["date"]) for s in found if s.kind == "release") == [
        ("Harbor & Hound", "2027-09-11"),
        ("Night Clerks", "2027-09-11"),
        ("Tall Pines", "2027-09-18"),
    ]


def test_a_viewing_guide_s_line_of_title_channel_and_first_day(read_markdown):
    """Modelled on a shape study of a K-drama weekend guide: "*X* (tvN), avail from 12 March,
    new episodes every Friday" gave no date, nor did "*Y*, all 12 episodes from 26 February";
    a line's own channel in brackets was taken for the one of the line before."""
    found = read_markdown(
        "Your weekend of Korean drama",
        "Something for every mood this weekend.\n\n**Mood: slice of life**\n\n"
        "*Kennel Row* (tvN), avail from 12 March, new episodes every Friday\n\n"
        "Five friends run a struggling animal clinic together.\n\n**Mood: courtroom chills**\n\n"
        "*Case of the Wolves* (JTBC), available from 5 March, new episodes every Friday\n\n"
        "Two defence lawyers share an office.\n\n**Mood: binge it**\n\n"
        "*Orchard Glass*, all 12 episodes from 26 February\n\nA mystery in an apple village.",
        date(2027, 2, 20),
    )
    assert sorted(
        (s.subject.name, s.value["date"], s.value["channel"]) for s in found if s.kind == "release"
    ) == [
        ("Case of the Wolves", "2027-03-05", "JTBC"),
        ("Kennel Row", "2027-03-12", "tvN"),
        ("Orchard Glass", "2027-02-26", ""),
    ]


def test_a_show_s_return_from_its_winter_break_is_no_release(read_markdown):
    """Modelled on a shape study of a network's midseason grid: "8PM - The Pembertons (Winter
    Return)" was dated as a release, beside the new series' premieres."""
    found = read_markdown(
        "Midseason dates",
        "The network set its midseason dates.\n\n**Sunday, January 2**\n\n"
        "- 8PM - The Ashcrofts (Winter Return)\n- 9PM - Night Nurses (Series Premiere)",
        date(2027, 11, 20),
    )
    assert [(s.subject.name, s.value["date"]) for s in found if s.kind == "release"] == [
        ("Night Nurses", "2028-01-02")
    ]


def test_a_grid_s_rows_of_hours_then_a_show_without_a_dash(read_markdown):
    """Modelled on a shape study of a network's fall premiere dates: under "**TUESDAY,
    SEPTEMBER 14**", "- 8:00-9:00 p.m. *Hollow Pines* (Season Premiere)" gave no date (an
    hour then its show with no dash between them), and under the grid's heading every show
    took the heading's "fall 2027" instead."""
    found = read_markdown(
        "The network announces its fall premiere dates",
        "The network has set its fall premiere schedule.\n\n"
        "**FALL 2027 PREMIERE DATES (all times ET/PT)**\n\n**TUESDAY, SEPTEMBER 14**\n\n"
        "- 8:00-9:00 p.m. *Tall Pines* (Season Premiere)\n"
        "- 9:00-10:00 p.m. *SALT FLATS* (Series Premiere)\n\n**FRIDAY, OCTOBER 1**\n\n"
        "- 8:00-9:00 p.m. *Case Kitchen* (Season Premiere)\n- 9:00-10:00 p.m. *Tall Pines* "
        "(Encore)",
        date(2027, 6, 16),
    )
    assert sorted(
        (s.subject.name, s.value["date"], s.value["medium"]) for s in found if s.kind == "release"
    ) == [
        ("Case Kitchen", "2027-10-01", "tv"),
        ("Salt Flats", "2027-09-14", "tv"),
        ("Tall Pines", "2027-09-14", "tv"),
    ]


def test_a_grid_s_season_premiere_is_the_season_the_prose_named(read_markdown):
    """Modelled on a shape study of a network's fall premiere dates: the prose gave "the
    season two premiere of sophomore drama Tall Pines" its day, the grid under it "*Tall
    Pines* (Season Premiere)" the same day again, as a second card for the show; and a show's
    first night in its new hour, "(Time Period Premiere)", was dated as a release."""
    found = read_markdown(
        "The network announces its fall premiere dates",
        "The new season kicks off Tuesday, September 14 with the season two premiere of "
        "sophomore drama *Tall Pines*.\n\n**TUESDAY, SEPTEMBER 14**\n\n"
        "- 8:00-9:00 p.m. *Tall Pines* (Season Premiere)\n\n**WEDNESDAY, SEPTEMBER 22**\n\n"
        "- 8:00-9:00 p.m. *Tall Pines* (Time Period Premiere)\n"
        "- 9:00-10:00 p.m. *GLASS COAST* (Series Premiere)",
        date(2027, 6, 16),
    )
    assert sorted((s.subject.name, s.value["date"]) for s in found if s.kind == "release") == [
        ("Glass Coast", "2027-09-22"),
        ("Tall Pines — Season 2", "2027-09-14"),
    ]


def test_a_week_s_rows_of_a_game_then_a_bar_then_its_platforms(read_markdown):
    """Modelled on a shape study of a week-in-games column: under "**Tuesday, November 16**",
    "- Fathom Drift | Xbox Series X|S, PC (Game Pass)" gave no date unless the game was named
    in italics elsewhere (the bar before the platforms was read as part of its name)."""
    found = read_markdown(
        "The week in games",
        "Here is what comes out this week.\n\n**Tuesday, November 16**\n\n"
        "- Fathom Drift | Xbox Series X|S, PC (Game Pass)\n- Kiln & Kettle | Switch 2, PC\n\n"
        "**Friday, November 19**\n\n- Starbloom Isle | Switch 2",
        date(2027, 11, 14),
    )
    assert sorted({(s.subject.name, s.value["date"]) for s in found if s.kind == "release"}) == [
        ("Fathom Drift", "2027-11-16"),
        ("Kiln & Kettle", "2027-11-16"),
        ("Starbloom Isle", "2027-11-19"),
    ]


@pytest.mark.parametrize(
    "headline, intro, day, row, expected",
    [
        (
            "Quando cominciano i programmi dell'autunno? Il calendario completo",
            "Ecco il calendario completo dei programmi della nuova stagione televisiva.",
            "**Lunedì 6 settembre**",
            "- Linea Sud – Rai 3",
            ("Linea Sud", "2027-09-06", "IT"),
        ),
        (
            "La rentrée télé : toutes les dates des nouvelles séries",
            "Voici le calendrier complet des séries de la rentrée sur les chaînes.",
            "**Lundi 6 septembre**",
            "- Ligne Sud – France 2",
            ("Ligne Sud", "2027-09-06", "FR"),
        ),
    ],
)
def test_a_day_heading_abroad_opens_on_its_weekday(
    read_markdown, headline, intro, day, row, expected
):
    """Modelled on a shape study of an Italian autumn schedule: under "**Lunedì 6
    settembre**", "- Linea Diretta Sud – Rai 3" gave no date (a day line abroad was read
    only when it opened on its date or an article, not its weekday)."""
    found = read_markdown(headline, f"{intro}\n\n{day}\n\n{row}", date(2027, 8, 20))
    assert [
        (s.subject.name, s.value["date"], s.value["region"]) for s in found if s.kind == "release"
    ] == [expected]


def test_a_tv_guide_s_blocks_date_the_premieres_they_announce(read_markdown):
    """Modelled on a shape study of a weekly TV guide: under "## Monday, September 27", blocks
    of a show, its channel and hour ("**Bureau Nine**, ABC, 10/9C"), its episode ("New
    Management" (S05E01)) and "SEASON PREMIERE …" or "SERIES PREMIERE …" gave no date; the
    other blocks, episodes of shows on the air, are no releases."""
    found = read_markdown(
        "TV this week",
        "All times Eastern unless noted.\n\n## Monday, September 27\n\n"
        '**Harbor Watch**, Fox, 8/7C\n\n"Ashes and Oaths" (S03E02)\n\n'
        "The marshal tracks down the missing quartermaster.\n\n"
        '**Bureau Nine**, ABC, 10/9C\n\n"New Management" (S05E01)\n\n'
        "SEASON PREMIERE Agent Colfax battles a rogue telepath.\n\n"
        '**Storm County**, NBC, 10/9C\n\n"Pilot" (S01E01)\n\n'
        "SERIES PREMIERE A family tries to survive a string of storms.",
        date(2027, 9, 25),
    )
    assert sorted(
        (s.subject.name, s.value["date"], s.value["region"]) for s in found if s.kind == "release"
    ) == [
        ("Bureau Nine — Season 5", "2027-09-27", "US"),
        ("Storm County", "2027-09-27", "US"),
    ]


def test_a_day_s_rows_named_like_a_note_keep_their_dates(read_markdown):
    """Games called "Marathon" or "Repeat After Me" are no marathons or repeats."""
    found = read_markdown(
        "The week in games",
        "Here is what comes out this week.\n\n**Tuesday, June 15**\n\n"
        "Marathon – PS5, Xbox Series X|S, PC\n\nRepeat After Me (Switch 2)",
        date(2027, 6, 13),
    )
    assert {s.subject.name for s in found if s.kind == "release"} == {
        "Marathon",
        "Repeat After Me",
    }


def test_a_tv_guide_s_show_stays_in_its_day(read_markdown):
    found = read_markdown(
        "TV this week",
        "All times Eastern.\n\n## Monday, September 27\n\n**Bureau Nine**, ABC, 10/9C\n\n"
        '"Old Friends" (S05E03)\n\nThe team meets a new director.\n\n## Tuesday, September 28\n\n'
        "SERIES PREMIERE A family tries to survive a string of storms.",
        date(2027, 9, 25),
    )
    assert [s for s in found if s.kind == "release"] == []


@pytest.mark.parametrize("label", ["Hidden Gem", "Editors' Pick", "Top Pick", "Bottom line"])
def test_a_listicle_s_bold_label_is_no_title(read_markdown, label):
    found = read_markdown(
        "What to watch this week",
        f"**{label}**: Netflix will stream the series Fridays starting June 18.",
        date(2027, 6, 13),
    )
    assert label not in {s.subject.name for s in found if s.subject}


def test_a_ranked_list_s_bold_rows_give_title_channel_and_date():
    """Modelled on a British regional paper's "dramas coming this autumn": each bold row is
    "2) Title, Channel, Date", with a paragraph about the show under it. The rows with a day
    gave nothing, and a row with only a month became a title named "2) Coldharbour, ITV1,
    September"."""
    found = _cold_story(
        "Ten dramas to watch this winter",
        "## Ten dramas heading to your screen this winter\n\n"
        "**1) Fenmoor, BBC One, January 9**\n\n"
        "A six-part thriller on the Lincolnshire coast, written by Petra Hallam.\n\n"
        "**2) The Long Weir, ITV1, February**\n\n"
        "A four-part drama about a mill town's flood.\n\n"
        "**3) Saltings, Channel 4, January 23**\n\n"
        "A comedy about a failing oyster farm.",
    )
    assert _dated(found) == [
        ("Fenmoor", "2027-01-09", "GB", "BBC One"),
        ("Saltings", "2027-01-23", "GB", "Channel 4"),
        ("The Long Weir", "2027-02", "GB", "ITV1"),
    ]
    named = {s.subject.name for s in found if s.kind == "new_title"}
    assert named == {"Fenmoor", "The Long Weir", "Saltings"}


def test_a_calendar_s_when_line_says_where_each_row_s_day_is():
    """Modelled on a newspaper's summer TV calendar: under a day's heading, each show in bold,
    then "What:" and "When:" lines. Every date came out worldwide with no channel, and "What:
    British-Irish thriller…" was read as a show called "What: British"."""
    found = _cold_story(
        "Summer TV calendar: the cable premieres",
        "Cable front-loads its dramas this summer. Dates are as the networks announced them.\n\n"
        "## Sunday, June 6\n\n"
        "**Marrow Creek**\n\n"
        "What: A ten-part crime drama about a Nebraska coroner.\n\n"
        "When: 10 p.m. on FX.\n\n"
        "**Tin Roof Rebuild**\n\n"
        "What: Season two of the home-renovation contest.\n\n"
        "When: 8 p.m. on HGTV.\n\n"
        "**Understudies**\n\n"
        "What: A comedy about Broadway swings.\n\n"
        "When: 10 p.m. on TBS.\n\n"
        "## Friday, June 11\n\n"
        "**Ferrymen**\n\n"
        "What: Anglo-Irish thriller about a night crossing.\n\n"
        "When: All six episodes drop at midnight on Netflix.",
    )
    releases = {
        (s.subject.name, s.value["date"], s.value["region"], s.value["medium"], s.value["channel"])
        for s in found
        if s.kind == "release"
    }
    assert releases == {
        ("Marrow Creek", "2027-06-06", "US", "tv", "FX"),
        ("Tin Roof Rebuild", "2027-06-06", "US", "tv", "HGTV"),
        ("Understudies", "2027-06-06", "US", "tv", "TBS"),  # America's TBS, not Japan's
        ("Ferrymen", "2027-06-11", "WW", "streaming", "Netflix"),
    }


def test_a_streamer_s_month_list_dates_each_row_whatever_its_blurb_says():
    """Modelled on a monthly "everything coming to Peacock" list: under each day's heading, a
    show in bold, a dash and a blurb of several sentences. A blurb's second sentence ended the
    list, a blurb's own past years ("which ran from 2019 to 2022") made the row prose, a
    blurb opening on someone's name ("Kim Seo-yeon's monster movie…") was no row, and the
    headline in title case ("Coming To Peacock In October") was a film of its own."""
    found = _cold_story(
        "All The Good Stuff Coming To Peacock In January 2027",
        "January is for comfort viewing, and Peacock knows it.\n\n"
        "## Now Available\n\n"
        "**Ghost Walk Inc.**–A half-hour comedy about a tour guide in Pittsburgh. All eight "
        "episodes are streaming.\n\n"
        "## January 8\n\n"
        "**Saltmarsh Station** (1996)–The grimy original, before last summer's remake. A "
        "night porter at a seaside hotel notices that the loudest guests never check out, "
        "and nobody else seems to mind.\n\n"
        "**Harbor Patrol**–All three seasons of the procedural, which ran from 2019 to 2022, "
        "land in one go.\n\n"
        "## January 15\n\n"
        "**Under the Weir**–Oh Ji-min's monster movie played Busan last year and won a cult "
        "following.",
    )
    dated = {
        (s.subject.name, s.value["date"], s.value["channel"]) for s in found if s.kind == "release"
    }
    assert dated == {
        ("Saltmarsh Station", "2027-01-08", "Peacock"),
        ("Harbor Patrol", "2027-01-08", "Peacock"),
        ("Under the Weir", "2027-01-15", "Peacock"),
    }
    named = {s.subject.name for s in found if s.kind == "new_title"}
    assert not {"Now Available", "The Good Stuff Coming To Peacock In"} & named
