"""A festival's run and its nights (modelled on festival line-up stories)."""

from datetime import date

import pytest

from premiere.extraction import Document, Gazetteer, extract
from premiere.extraction.gazetteer import Entry

STORY = (
    "The Verdant Bay Film Festival will run from April 22 to May 2, 2027, and it will open "
    "with The Cartographer's Widow, the new film from director Lena Ostrova. Fireweed Summer "
    "will close the festival."
)


@pytest.mark.parametrize("known", [(), ("The Cartographer's Widow", "Fireweed Summer")])
def test_the_opening_film_premieres_on_the_first_day_and_the_closing_one_on_the_last(known):
    """A walk-through's line-up gave the opening film the festival's last day as a release
    at 85%, and the closing film nothing; cold, neither was proposed."""
    found = extract(
        Document(headline="Verdant Bay sets its line-up", body=STORY, published=date(2026, 12, 5)),
        Gazetteer([Entry(i + 1, "title", name) for i, name in enumerate(known)]),
    )
    releases = [
        (s.subject.name, s.value["date"], s.value["medium"], s.value["channel"])
        for s in found
        if s.kind == "release"
    ]
    assert releases == [
        ("The Cartographer's Widow", "2027-04-22", "premiere", "Verdant Bay Film Festival"),
        ("Fireweed Summer", "2027-05-02", "premiere", "Verdant Bay Film Festival"),
    ]


def test_a_festival_s_run_alone_gives_no_film_a_date():
    found = extract(
        Document(
            headline="Dates set",
            body="The Verdant Bay Film Festival will run from April 22 to May 2, 2027.",
            published=date(2026, 12, 5),
        ),
        Gazetteer([]),
    )
    assert [s for s in found if s.kind == "release"] == []


def test_a_run_in_one_month_with_its_year_at_the_end_dates_its_opening_film():
    """Modelled on round three's festival line-up: "will run from February 10 to 20, 2028,
    and it will open with The Tin Orchard" dated the film February 10, 2027, worldwide."""
    from datetime import date

    from premiere.extraction import Document, Entry, Gazetteer, extract

    found = extract(
        Document(
            headline="Berlin's line-up",
            body="The 78th Berlin International Film Festival will run from February 10 to 20, "
            "2028, and it will open with The Tin Orchard.",
            published=date(2026, 12, 5),
        ),
        Gazetteer([Entry(1, "title", "The Tin Orchard", (), "film")]),
    )
    assert [
        (s.value["date"], s.value["region"], s.value["medium"])
        for s in found
        if s.kind == "release"
    ] == [("2028-02-10", "DE", "premiere")]


def test_a_run_s_last_day_after_a_bare_first_is_no_premiere_day():
    from datetime import date

    from premiere.extraction import Document, Entry, Gazetteer, extract

    found = extract(
        Document(
            headline="Venice",
            body="The Salt Widows will have its world premiere at the Venice Film Festival, which "
            "runs from 1 to 11 September 2027.",
            published=date(2026, 12, 5),
        ),
        Gazetteer([Entry(1, "title", "The Salt Widows", (), "film")]),
    )
    assert "2027-09-11" not in {s.value.get("date") for s in found}


def test_a_premiere_told_by_its_city_is_in_that_city_s_country(facts):
    # Modelled on a festival round-up: an invented festival, named by its city.
    [release] = facts(
        "Opening the festival on Wednesday, June 16 is the New York premiere of Ballerina.",
        published=date(2027, 5, 20),
        kind="release",
    )
    assert (release.value["date"], release.value["region"], release.value["medium"]) == (
        "2027-06-16",
        "US",
        "premiere",
    )
