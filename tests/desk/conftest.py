import pytest

from premiere.catalog import services

STORY = (
    "The John Wick franchise will continue with a spin-off movie called Ballerina, starring "
    "Ana de Armas and Norman Reedus.\n\n"
    "It has just been confirmed that the spin-off will be released in theaters around the world "
    "next year, more specifically on June 7, 2024.\n\n"
    "The writers set it between three and four, said Shay Hatten, one of its screenwriters.\n\n"
    "And John Wick 5 is back on the table.\n\n"
    "Source | Collider"
)


@pytest.fixture
def universe(said_by, day):
    franchise = services.franchise_create(name="John Wick")
    chapters = []
    for n in range(1, 5):
        title = services.title_create(
            kind="film",
            name=f"John Wick: Chapter {n}",
            franchise=franchise,
            installment=f"Chapter {n}",
            aliases=[f"John Wick {n}"],
        )
        services.release_set(
            title=title,
            region="US",
            medium="theatrical",
            when=day(f"{2013 + 2 * n}"),
            evidence=said_by(),
        )
        chapters.append(title)
    services.person_create(name="Ana de Armas")
    return franchise, chapters


@pytest.fixture
def draft(make_article, universe):
    return make_article(
        publish=False,
        headline="Ballerina gets a release date",
        body=STORY,
        standfirst="The spin-off is dated.",
    )


@pytest.fixture
def one():
    def find(article, kind, **value):
        rows = [
            s
            for s in article.fact_suggestions.filter(kind=kind)
            if all(s.payload["value"].get(k) == v for k, v in value.items())
        ]
        assert len(rows) == 1, [s.change for s in article.fact_suggestions.all()]
        return rows[0]

    return find


@pytest.fixture
def publish(editor, django_capture_on_commit_callbacks):
    """Publish a story as the desk does, running what waits for the commit."""
    from premiere.newsroom import services as newsroom

    def go(article, at=None):
        with django_capture_on_commit_callbacks(execute=True):
            newsroom.article_publish(article=article, by=editor, at=at)
        article.refresh_from_db()
        return article

    return go
