"""Demo catalog: the John Wick universe as the demo story reports it, and a game franchise.

Dates of games and upcoming films are relative to today, so the calendar always has a future.
"""

from datetime import UTC, datetime, timedelta

from django.utils import timezone

from premiere.catalog import services
from premiere.catalog.models import Franchise, Release
from premiere.catalog.services import Evidence
from premiere.extraction.dates import FuzzyDate
from premiere.newsroom.models import Article, Source

BALLERINA_ARTICLE = "ballerina-john-wick-spin-off-release-date"
IRONVALE_ARTICLE = "ironvale-delayed-early-next-year"


def load(report=lambda message: None) -> int:
    """Create the demo catalog once; return how many titles were made (0 if already there)."""
    if Franchise.objects.filter(slug="john-wick").exists():
        return 0
    press, _ = Source.objects.get_or_create(name="Studio press release", defaults={"url": ""})
    collider = Source.objects.get(name="Collider")
    story = Article.objects.get(slug=BALLERINA_ARTICLE)
    # The demo story quotes Collider: facts from it cite both, with the story's own words.
    from_story = lambda quote: Evidence(  # noqa: E731
        article=story,
        source=collider,
        source_url=story.source_url,
        quote=quote,
        observed_at=story.publish_at,
    )
    studio = Evidence(source=press, observed_at=story.publish_at - timedelta(days=60))
    made = _john_wick(press, studio, from_story, story)
    made += _ironvale(press)
    made += _others(press)
    report(f"  catalog: {made} titles with releases, credits and sources")
    return made


def _john_wick(press, studio, from_story, story) -> int:
    universe = services.franchise_create(
        name="John Wick",
        slug="john-wick",
        description="Keanu Reeves's retired hitman and the underworld of the High Table.",
    )
    lionsgate = services.company_create(name="Lionsgate", kind="distributor", slug="lionsgate")
    people = {
        slug: services.person_create(name=name, slug=slug)
        for slug, name in [
            ("keanu-reeves", "Keanu Reeves"),
            ("ana-de-armas", "Ana de Armas"),
            ("norman-reedus", "Norman Reedus"),
            ("lance-reddick", "Lance Reddick"),
            ("anjelica-huston", "Anjelica Huston"),
            ("shay-hatten", "Shay Hatten"),
            ("chad-stahelski", "Chad Stahelski"),
            ("len-wiseman", "Len Wiseman"),
        ]
    }
    chapters = []
    for number, (slug, name, day, aliases) in enumerate(
        [
            ("john-wick", "John Wick", "2014-10-24", []),
            ("john-wick-chapter-2", "John Wick: Chapter 2", "2017-02-10", ["John Wick 2"]),
            (
                "john-wick-chapter-3-parabellum",
                "John Wick: Chapter 3 – Parabellum",
                "2019-05-17",
                ["John Wick 3", "Parabellum"],
            ),
            ("john-wick-chapter-4", "John Wick: Chapter 4", "2023-03-24", ["John Wick 4"]),
        ],
        start=1,
    ):
        title = services.title_create(
            kind="film",
            name=name,
            slug=slug,
            franchise=universe,
            installment=f"Chapter {number}",
            aliases=aliases,
            status="released",
        )
        services.release_set(
            title=title,
            region="US",
            medium="theatrical",
            when=FuzzyDate.parse(day),
            confidence="confirmed",
            evidence=studio,
        )
        services.credit_add(
            title=title,
            person=people["keanu-reeves"],
            role="cast",
            character="John Wick",
            billing=1,
            evidence=studio,
        )
        services.credit_add(
            title=title, person=people["chad-stahelski"], role="director", evidence=studio
        )
        services.credit_add(title=title, company=lionsgate, role="distributor", evidence=studio)
        if chapters:
            services.relation_add(title=title, kind="sequel", other=chapters[-1], evidence=studio)
        chapters.append(title)
    services.release_set(
        title=chapters[3],
        region="GB",
        medium="theatrical",
        when=FuzzyDate.parse("2023-03-24"),
        confidence="confirmed",
        evidence=studio,
    )
    services.credit_add(
        title=chapters[2],
        person=people["anjelica-huston"],
        role="cast",
        character="The Director",
        billing=3,
        evidence=studio,
    )

    ballerina = services.title_create(
        kind="film",
        name="Ballerina",
        slug="ballerina",
        franchise=universe,
        aliases=["From the World of John Wick: Ballerina"],
        synopsis="A dancer trained by the same academy as John Wick goes after the people who "
        "killed her family.",
    )
    services.title_status_set(
        title=ballerina,
        status="post_production",
        evidence=from_story("will be released in theaters worldwide on June 7, 2024"),
    )
    services.relation_add(
        title=ballerina,
        kind="spin_off",
        other=chapters[0],
        evidence=from_story("Ballerina, the spin-off"),
    )
    services.placement_set(
        title=ballerina,
        kind="between",
        anchor=chapters[2],
        anchor_end=chapters[3],
        evidence=from_story("The writers set the story between the third and fourth films"),
    )
    release = services.release_set(
        title=ballerina,
        medium="theatrical",
        when=FuzzyDate.parse("2024-06-07"),
        confidence="confirmed",
        evidence=from_story("will be released in theaters worldwide on June 7, 2024"),
    )
    services.release_move(
        release=release,
        to=FuzzyDate.parse("2025-06-06"),
        reason="Studio moved the date",
        evidence=Evidence(
            source=press,
            observed_at=story.publish_at + timedelta(days=75),
            quote="Ballerina now opens in theaters on June 6, 2025.",
        ),
    )
    services.title_status_set(
        title=ballerina,
        status="released",
        evidence=Evidence(source=press, observed_at=datetime(2025, 6, 6, 12, tzinfo=UTC)),
    )
    # Each credit quotes the sentence of the story that names that person.
    for slug, character, billing, said in [
        ("ana-de-armas", "Eve Macarro", 1, "starring Ana de Armas and Norman Reedus"),
        ("keanu-reeves", "John Wick", 2, "Keanu Reeves returns as John Wick"),
        ("norman-reedus", "Daniel Pine", 3, "starring Ana de Armas and Norman Reedus"),
        ("lance-reddick", "Charon", 4, "The late Lance Reddick also makes a special appearance"),
    ]:
        services.credit_add(
            title=ballerina,
            person=people[slug],
            role="cast",
            character=character,
            billing=billing,
            evidence=from_story(said),
        )
    services.credit_add(
        title=ballerina,
        person=people["shay-hatten"],
        role="writer",
        evidence=from_story("According to screenwriter Shay Hatten"),
    )
    services.credit_add(
        title=ballerina, person=people["len-wiseman"], role="director", evidence=studio
    )
    services.credit_add(
        title=ballerina,
        company=lionsgate,
        role="distributor",
        evidence=from_story("Lionsgate has confirmed"),
    )

    five = services.title_create(
        kind="film",
        name="John Wick 5",
        slug="john-wick-5",
        franchise=universe,
        installment="Chapter 5",
        status="announced",
    )
    services.title_status_set(
        title=five, status="in_development", evidence=from_story("John Wick 5 is back on the table")
    )
    services.relation_add(
        title=five,
        kind="sequel",
        other=chapters[3],
        evidence=from_story("John Wick 5 is back on the table"),
    )
    services.release_set(
        title=five,
        medium="theatrical",
        when=FuzzyDate.tba(),
        confidence="reported",
        evidence=from_story("John Wick 5 is back on the table"),
    )

    universe.articles.add(story)
    ballerina.articles.add(story)
    five.articles.add(story)
    lionsgate.articles.add(story)
    for slug in ("ana-de-armas", "keanu-reeves", "norman-reedus", "lance-reddick", "shay-hatten"):
        people[slug].articles.add(story)
    return len(chapters) + 2


def _ironvale(press) -> int:
    next_year = timezone.now().year + 1
    article = Article.objects.get(slug=IRONVALE_ARTICLE)
    desk = Evidence(source=press, observed_at=article.publish_at - timedelta(days=200))
    from_story = Evidence(
        article=article,
        quote="pushed Ironvale II from March 12 to May 21",
        observed_at=article.publish_at,
    )
    franchise = services.franchise_create(
        name="Ironvale",
        slug="ironvale",
        description="Hollowforge's dark-fantasy games set in a city built on iron gates.",
    )
    forge = services.company_create(
        name="Hollowforge Games", kind="developer", slug="hollowforge-games"
    )
    first = services.title_create(
        kind="game",
        name="Ironvale Chronicles",
        slug="ironvale-chronicles",
        franchise=franchise,
        installment="Game 1",
        status="released",
    )
    for platform in ("PC", "PS5"):
        services.release_set(
            title=first,
            medium="platform",
            channel=platform,
            when=FuzzyDate.parse(f"{next_year - 3}-11-14"),
            confidence="confirmed",
            evidence=desk,
        )
    dlc = services.title_create(
        kind="dlc",
        name="Ironvale Chronicles: Ashen Crown",
        slug="ironvale-chronicles-ashen-crown",
        franchise=franchise,
        parent=first,
        status="released",
    )
    services.release_set(
        title=dlc,
        medium="platform",
        channel="PC",
        when=FuzzyDate.parse(f"{next_year - 2}-Q3"),
        confidence="confirmed",
        evidence=desk,
    )
    sequel = services.title_create(
        kind="game",
        name="Ironvale II",
        slug="ironvale-ii",
        franchise=franchise,
        installment="Game 2",
        aliases=["Ironvale 2"],
        status="in_development",
    )
    services.relation_add(title=sequel, kind="sequel", other=first, evidence=desk)
    for platform in ("PC", "PS5", "Xbox Series X|S"):
        release = services.release_set(
            title=sequel,
            medium="platform",
            channel=platform,
            when=FuzzyDate.parse(f"{next_year}-03-12"),
            confidence="confirmed",
            evidence=desk,
        )
        services.release_move(
            release=release,
            to=FuzzyDate.parse(f"{next_year}-05-21"),
            evidence=from_story,
            reason="More time for console performance",
        )
    services.release_set(
        title=sequel,
        medium="platform",
        channel="Switch 2",
        when=FuzzyDate.year(next_year),
        confidence="reported",
        evidence=Evidence(
            article=article,
            quote="The Switch 2 edition is still dated only to next year.",
            observed_at=article.publish_at,
        ),
    )
    tactics = services.title_create(
        kind="game",
        name="Ironvale Tactics",
        slug="ironvale-tactics",
        franchise=franchise,
        status="announced",
    )
    services.relation_add(title=tactics, kind="spin_off", other=first, evidence=desk)
    services.placement_set(
        title=tactics, kind="between", anchor=first, anchor_end=sequel, evidence=desk
    )
    services.release_set(
        title=tactics,
        medium="platform",
        channel="PC",
        when=FuzzyDate.season(next_year, 3),
        confidence="reported",
        evidence=desk,
    )
    for title in (first, dlc, sequel, tactics):
        services.credit_add(title=title, company=forge, role="developer", evidence=desk)
    sequel.articles.add(article)
    forge.articles.add(article)
    franchise.articles.add(article)
    return 4


def _others(press) -> int:
    next_year = timezone.now().year + 1
    studio = Evidence(source=press)
    starfall = services.title_create(
        kind="film", name="Starfall Protocol", slug="starfall-protocol", status="post_production"
    )
    services.release_set(
        title=starfall,
        region="US",
        medium="theatrical",
        when=FuzzyDate.month(next_year, 7),
        confidence="confirmed",
        evidence=Evidence(
            article=Article.objects.get(slug="starfall-protocol-summer-date"), source=press
        ),
    )
    services.release_set(
        title=starfall,
        medium="streaming",
        channel="Northlight+",
        when=FuzzyDate.quarter(next_year, 4),
        confidence="rumored",
        evidence=studio,
    )
    harbor = services.title_create(
        kind="series", name="Harbor Lights", slug="harbor-lights", status="released"
    )
    season = services.title_create(
        kind="season",
        name="Harbor Lights — Season 3",
        slug="harbor-lights-season-3",
        parent=harbor,
        installment="Season 3",
        status="pre_production",
    )
    services.release_set(
        title=season,
        region="GB",
        medium="tv",
        channel="",
        when=FuzzyDate.year(next_year),
        confidence="reported",
        evidence=Evidence(article=Article.objects.get(slug="harbor-lights-third-season")),
    )
    # Something out this week, whenever the demo is loaded: the front page's "Coming this week".
    soon = timezone.localdate() + timedelta(days=3)
    keepers = services.title_create(
        kind="film",
        name="The Lantern Keepers",
        slug="the-lantern-keepers",
        status="post_production",
    )
    services.release_set(
        title=keepers,
        medium="theatrical",
        when=FuzzyDate.day(soon.year, soon.month, soon.day),
        confidence="confirmed",
        evidence=studio,
    )
    later = soon + timedelta(days=2)
    tidebreaker = services.title_create(
        kind="game", name="Tidebreaker", slug="tidebreaker", status="in_development"
    )
    for platform in ("PC", "Switch 2"):
        services.release_set(
            title=tidebreaker,
            medium="platform",
            channel=platform,
            when=FuzzyDate.day(later.year, later.month, later.day),
            confidence="confirmed",
            evidence=studio,
        )
    # A second source that disagrees stays visible next to the accepted date.
    release = Release.objects.get(title=starfall, region="US", medium="theatrical")
    services.release_contest(
        release=release,
        when=FuzzyDate.month(next_year, 8),
        evidence=Evidence(
            source=Source.objects.get(name="Collider"), quote="Insiders expect an August opening."
        ),
    )
    return 5
