"""A small newsroom and catalog made through the services, as the site's own tests make them."""

import pytest

from premiere.catalog import services
from premiere.extraction.dates import FuzzyDate
from premiere.newsroom.models import Source


@pytest.fixture
def api(client):
    """Fetch an API path and return the response with its JSON, the way a client reads it."""

    def get(path, **headers):
        response = client.get(path, **headers)
        response.data = response.json() if response.content else None
        return response

    return get


@pytest.fixture
def press(db):
    return Source.objects.create(name="Studio press release", url="https://studio.example/")


@pytest.fixture
def wick(make_title, make_article, said_by, press, editor):
    """John Wick: four chapters, Ballerina (dated June 7, 2024 in our story quoting Collider,
    then moved by the studio, set between chapters 3 and 4), Ana de Armas, Lionsgate."""
    story = make_article(
        headline="Ballerina, the John Wick spin-off, has a release date",
        slug="ballerina-dated",
        source=said_by().source,
        source_url="https://collider.com/ballerina",
    )
    franchise = services.franchise_create(name="John Wick", slug="john-wick")
    chapters = []
    for n, released in enumerate(["2014-10-24", "2017-02-10", "2019-05-17", "2023-03-24"], 1):
        title = make_title(
            f"John Wick: Chapter {n}",
            slug=f"chapter-{n}",
            franchise=franchise,
            installment=f"Chapter {n}",
            aliases=[f"John Wick {n}"],
            status="released",
        )
        services.release_set(
            title=title,
            region="US",
            medium="theatrical",
            when=FuzzyDate.parse(released),
            evidence=said_by(),
        )
        if chapters:
            services.relation_add(
                title=title, kind="sequel", other=chapters[-1], evidence=said_by()
            )
        chapters.append(title)
    ballerina = make_title("Ballerina", slug="ballerina", franchise=franchise)
    release = services.release_set(
        title=ballerina,
        medium="theatrical",
        when=FuzzyDate.parse("2024-06-07"),
        evidence=said_by(article=story, quote="in theaters worldwide on June 7, 2024"),
    )
    services.release_move(
        release=release,
        to=FuzzyDate.parse("2025-06-06"),
        evidence=services.Evidence(source=press, quote="Ballerina now opens on June 6, 2025."),
    )
    services.placement_set(
        title=ballerina,
        kind="between",
        anchor=chapters[2],
        anchor_end=chapters[3],
        evidence=said_by(article=story, quote="set between the third and fourth films"),
    )
    ana = services.person_create(name="Ana de Armas", slug="ana-de-armas")
    services.credit_add(
        title=ballerina,
        person=ana,
        role="cast",
        character="Eve Macarro",
        evidence=said_by(article=story),
    )
    services.credit_add(title=chapters[3], person=ana, role="cast", evidence=said_by())
    lionsgate = services.company_create(name="Lionsgate", kind="distributor", slug="lionsgate")
    services.credit_add(title=ballerina, company=lionsgate, role="distributor", evidence=said_by())
    for entity in (franchise, ballerina, ana, lionsgate):
        entity.articles.add(story)
    return {
        "franchise": franchise,
        "chapters": chapters,
        "ballerina": ballerina,
        "ana": ana,
        "lionsgate": lionsgate,
        "story": story,
    }
