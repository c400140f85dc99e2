from datetime import date

import pytest

from premiere.catalog import selectors, services
from premiere.catalog.models import Release

pytestmark = pytest.mark.django_db

TODAY = date(2025, 1, 15)


@pytest.fixture
def universe(make_title, said_by, day):
    """Four chapters and a spin-off set between the third and the fourth."""
    franchise = services.franchise_create(name="John Wick")
    chapters = []
    for n, released in enumerate(["2014-10-24", "2017-02-10", "2019-05-17", "2023-03-24"], 1):
        title = make_title(f"Chapter {n}", franchise=franchise)
        services.release_set(
            title=title, region="US", medium="theatrical", when=day(released), evidence=said_by()
        )
        if chapters:
            services.relation_add(
                title=title, kind="sequel", other=chapters[-1], evidence=said_by()
            )
        chapters.append(title)
    spin_off = make_title("Ballerina", franchise=franchise)
    services.release_set(
        title=spin_off, medium="theatrical", when=day("2025-06-06"), evidence=said_by()
    )
    services.placement_set(
        title=spin_off,
        kind="between",
        anchor=chapters[2],
        anchor_end=chapters[3],
        evidence=said_by(),
    )
    return franchise, chapters, spin_off


def test_franchise_has_release_order_and_story_order(universe):
    franchise, chapters, spin_off = universe
    timeline = selectors.franchise_timeline(franchise)
    assert [t.name for t in timeline["release_order"]] == [
        "Chapter 1",
        "Chapter 2",
        "Chapter 3",
        "Chapter 4",
        "Ballerina",
    ]
    assert [t.name for t in timeline["story_titles"]] == [
        "Chapter 1",
        "Chapter 2",
        "Chapter 3",
        "Ballerina",
        "Chapter 4",
    ]
    assert timeline["contradictions"] == []


def test_a_relation_to_a_title_of_another_franchise_leaves_the_story_order(
    universe, make_title, said_by, day, django_assert_num_queries
):
    franchise, chapters, spin_off = universe
    other = make_title("A Crossover", franchise=services.franchise_create(name="Other"))
    services.release_set(
        title=other, medium="theatrical", when=day("2010-01-01"), evidence=said_by()
    )
    services.relation_add(title=chapters[0], kind="sequel", other=other, evidence=said_by())
    services.relation_add(title=other, kind="sequel", other=chapters[3], evidence=said_by())
    with django_assert_num_queries(3):  # titles, placements, relations (no poster here)
        timeline = selectors.franchise_timeline(franchise)
        said = [str(t) for t in timeline["story_titles"]] + timeline["contradictions"]
    assert said == ["Chapter 1", "Chapter 2", "Chapter 3", "Ballerina", "Chapter 4"]


def test_relations_in_a_cycle_are_reported_in_their_own_words(universe, said_by):
    franchise, chapters, _ = universe
    services.relation_add(title=chapters[0], kind="sequel", other=chapters[3], evidence=said_by())
    timeline = selectors.franchise_timeline(franchise)
    assert "Chapter 1 — sequel of Chapter 4" in timeline["contradictions"]
    assert "Chapter 2 — sequel of Chapter 1" in timeline["contradictions"]


def test_neighbours_differ_between_release_and_story_order(universe):
    _, chapters, spin_off = universe
    around = selectors.franchise_neighbours(spin_off)
    assert (around["release"]["previous"], around["release"]["next"]) == (chapters[3], None)
    assert (around["story"]["previous"], around["story"]["next"]) == (chapters[2], chapters[3])


def test_a_contradicting_placement_is_reported_on_the_timeline(universe, said_by, trade):
    franchise, chapters, spin_off = universe
    services.placement_set(
        title=spin_off, kind="before", anchor=chapters[2], evidence=said_by(trade)
    )
    timeline = selectors.franchise_timeline(franchise)
    assert "Ballerina: set before Chapter 3" in timeline["contradictions"]
    assert "Ballerina: set between Chapter 3 and Chapter 4" in timeline["contradictions"]


def test_worldwide_date_fills_in_for_a_region_without_its_own_and_says_so(make_title, said_by, day):
    title = make_title()
    services.release_set(
        title=title, medium="theatrical", when=day("2025-06-06"), evidence=said_by()
    )
    services.release_set(
        title=title, region="US", medium="digital", when=day("2025-08"), evidence=said_by()
    )
    services.release_set(
        title=title, region="GB", medium="digital", when=day("2025-09"), evidence=said_by()
    )
    rows = selectors.title_releases(title, "GB")
    assert [(r.release.region, r.release.medium, r.fallback) for r in rows] == [
        ("GB", "digital", False),
        ("WW", "theatrical", True),
        ("US", "digital", False),
    ]
    assert [r.fallback for r in selectors.title_releases(title, "WW")] == [False] * 3


def test_a_rollout_reads_by_day_then_country_by_name(make_title, said_by, day):
    # Found in a browser walk: the rows came in the order of the countries' codes (AU, CN,
    # DE, FR, GB, IE), which reads as no order next to the countries' names.
    title = make_title()
    for region, when in (
        ("IE", "2027-12-15"),
        ("DE", "2027-12-16"),
        ("GB", "2027-12-15"),
        ("FR", "2027-12-15"),
        ("AU", "2027-12-16"),
        ("CN", "TBA"),
    ):
        services.release_set(
            title=title, region=region, medium="theatrical", when=day(when), evidence=said_by()
        )
    rows = selectors.title_releases(title, "WW")
    assert [r.release.region for r in rows] == ["FR", "IE", "GB", "AU", "DE", "CN"]


def test_region_filter_prefers_local_dates_over_worldwide_ones(make_title, said_by, day):
    title = make_title()
    services.release_set(
        title=title, medium="theatrical", when=day("2025-06-06"), evidence=said_by()
    )
    services.release_set(
        title=title, region="GB", medium="theatrical", when=day("2025-06-13"), evidence=said_by()
    )
    other = make_title("Other")
    services.release_set(title=other, medium="theatrical", when=day("2025-07"), evidence=said_by())
    shown = Release.objects.for_region("GB")
    assert sorted((r.title.name, r.region) for r in shown) == [("Ballerina", "GB"), ("Other", "WW")]


def test_calendar_lists_vague_dates_under_their_period(make_title, said_by, day):
    for name, when in [
        ("Exact", "2025-03-12"),
        ("Month", "2025-03"),
        ("Quarter", "2025-Q1"),
        ("Half", "2025-H2"),
        ("Year", "2025"),
        ("Later", "2025-05-21"),
        ("Unknown", "TBA"),
        ("Past", "2024-12-01"),
    ]:
        services.release_set(
            title=make_title(name), medium="theatrical", when=day(when), evidence=said_by()
        )
    page = selectors.calendar(today=TODAY, region="WW")
    assert [(g.label, [r.title.name for r in g.rows]) for g in page["groups"]] == [
        ("March 2025", ["Exact"]),
        ("March 2025 — day to be announced", ["Month"]),
        ("Q1 2025 — exact date to come", ["Quarter"]),
        ("May 2025", ["Later"]),
        ("H2 2025 — exact date to come", ["Half"]),
        ("2025 — exact date to come", ["Year"]),
    ]


def test_calendar_by_week_and_filters(make_title, said_by, day):
    game = make_title("Ironvale II", kind="game")
    for platform in ("PC", "PS5"):
        services.release_set(
            title=game,
            medium="platform",
            channel=platform,
            when=day("2025-05-21"),
            evidence=said_by(),
        )
    film = make_title("Starfall")
    services.release_set(
        title=film, medium="theatrical", when=day("2025-05-23"), evidence=said_by()
    )
    weeks = selectors.calendar(today=TODAY, region="WW", by="week")
    assert [g.label for g in weeks["groups"]] == ["Week of May 19, 2025"]
    # One row for the game on both platforms the same day, one for the film.
    rows = weeks["groups"][0].rows
    assert [(r.title.name, r.channels) for r in rows] == [
        ("Ironvale II", ["PC", "PS5"]),
        ("Starfall", []),
    ]
    games = selectors.calendar(today=TODAY, region="WW", kind="game")
    assert {r.title.name for g in games["groups"] for r in g.rows} == {"Ironvale II"}
    ps5 = selectors.calendar(today=TODAY, region="WW", channel="ps5")
    assert [r.channel for g in ps5["groups"] for r in g.rows] == ["PS5"]
    films = selectors.calendar(today=TODAY, region="WW", medium="theatrical")
    assert [r.title.name for g in films["groups"] for r in g.rows] == ["Starfall"]


def test_calendar_channels_are_each_channel_once_in_order(
    make_title, said_by, day, django_assert_num_queries
):
    assert selectors.calendar_channels() == []
    for name, channels in [("Ironvale II", ["PS5", "PC"]), ("Ironvale III", ["PS5", "Switch 2"])]:
        game = make_title(name, kind="game")
        for channel in channels:
            services.release_set(
                title=game, medium="platform", channel=channel, when=day("2025-05-21"),
                evidence=said_by(),
            )  # fmt: skip
    services.release_set(
        title=make_title("Starfall"),
        medium="theatrical",
        when=day("2025-05-23"),
        evidence=said_by(),
    )
    with django_assert_num_queries(1):
        assert selectors.calendar_channels() == ["PC", "PS5", "Switch 2"]


def test_person_credits_are_grouped_by_year_newest_first(make_title, said_by, day):
    person = services.person_create(name="Keanu Reeves")
    for name, when in [("Old", "2014-10-24"), ("New", "2023-03-24"), ("Next", "TBA")]:
        title = make_title(name)
        services.release_set(title=title, medium="theatrical", when=day(when), evidence=said_by())
        services.credit_add(title=title, person=person, role="cast", evidence=said_by())
    page = selectors.person_page(person=person)
    assert [
        (year, [c.title.name for c in credits]) for year, credits in page["credits_by_year"]
    ] == [("Upcoming", ["Next"]), ("2023", ["New"]), ("2014", ["Old"])]


def test_calendar_for_a_region_matches_the_regional_queryset_at_any_limit(make_title, said_by, day):
    """Worldwide dates overridden by local ones must not push later rows out of order."""
    dates = [
        ("A", "2025-03-01", "2025-04-01"),
        ("B", "2025-03-02", "2025-04-02"),
        ("C", "2025-03-03", None),
        ("D", "2025-05-01", None),
        ("E", "2025-03-04", "2025-03-05"),
    ]
    for name, world, local in dates:
        title = make_title(name)
        services.release_set(title=title, medium="theatrical", when=day(world), evidence=said_by())
        if local:
            services.release_set(
                title=title,
                region="GB",
                medium="theatrical",
                when=day(local),
                evidence=said_by(),
            )
    regional = Release.objects.upcoming(TODAY).for_region("GB").select_related("title")
    expected = [(r.title.name, r.region) for r in regional.chronological()]
    assert expected == [("C", "WW"), ("E", "GB"), ("A", "GB"), ("B", "GB"), ("D", "WW")]
    for limit in range(1, 7):
        page = selectors.calendar(today=TODAY, region="GB", limit=limit)
        shown = [(r.title.name, r.region) for g in page["groups"] for r in g.rows]
        assert shown == expected[:limit], limit
        assert page["more"] == (len(expected) > limit)
