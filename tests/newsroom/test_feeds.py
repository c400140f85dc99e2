"""The Atom feeds of titles, franchises and people, read back with feedparser."""

from datetime import timedelta

import feedparser
import pytest
from django.utils import timezone

from premiere.catalog import services
from premiere.extraction.dates import FuzzyDate

pytestmark = pytest.mark.django_db


def feed(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.bozo_exception
    assert parsed.version == "atom10"
    return parsed


def titles(parsed) -> list[str]:
    return [entry.title for entry in parsed.entries]


def test_a_titles_feed_has_its_stories_and_its_date_changes_newest_first(client, saga):
    year = saga["year"]
    parsed = feed(client, "/titles/starfall-film/feed/")
    assert parsed.feed.title == "Premiere: Starfall"
    assert parsed.feed.link == "http://testserver/titles/starfall-film/"
    assert "Starfall lands in June" in titles(parsed)
    assert f"Starfall (Theatrical, United States): delayed from May 1 to June 12, {year}" in titles(
        parsed
    )
    assert f"Starfall (Theatrical, United Kingdom): announced for July {year}" in titles(parsed)
    published = [entry.published_parsed for entry in parsed.entries]
    assert published == sorted(published, reverse=True)


def test_a_date_change_links_to_its_line_in_the_titles_history(client, saga):
    move = saga["theatrical"].history.last()
    parsed = feed(client, "/titles/starfall-film/feed/")
    (entry,) = [e for e in parsed.entries if "delayed" in e.title]
    assert entry.link == f"http://testserver/titles/starfall-film/#release-change-{move.pk}"
    assert entry.id == entry.link  # unique per change
    assert entry.summary == f"Delayed from May 1 to June 12, {saga['year']}, per Collider."
    assert [t.term for t in entry.tags] == ["Release dates"]
    page = client.get("/titles/starfall-film/").content.decode()
    assert f'id="release-change-{move.pk}"' in page


def test_a_story_entry_is_the_story(client, saga):
    parsed = feed(client, "/titles/starfall-film/feed/")
    (entry,) = [e for e in parsed.entries if e.title == "Starfall lands in June"]
    assert entry.link == "http://testserver/news/starfall-lands-in-june/"
    assert entry.summary == "Three films, two dates and one surprise."
    assert entry.author == "Desk Editor"
    assert [t.term for t in entry.tags] == ["Movies"]


def test_a_franchises_feed_has_its_titles_stories_and_dates(client, saga, make_article):
    about_the_game = make_article(headline="Tactics gets a PS5 date", slug="tactics-date")
    saga["game"].articles.add(about_the_game)
    parsed = feed(client, "/franchises/starfall/feed/")
    found = titles(parsed)
    assert "Starfall lands in June" in found  # linked to the franchise
    assert "Tactics gets a PS5 date" in found  # linked to one of its titles
    assert found.count("Starfall lands in June") == 1  # linked to both: once
    assert f"Starfall: Tactics (PS5, worldwide): announced for June {saga['year']}" in found


def test_a_persons_feed_has_their_stories_and_their_titles_dates(client, saga):
    found = titles(feed(client, "/people/mara-quinn/feed/"))
    assert any(t.startswith("Starfall (Theatrical, United States): delayed") for t in found)
    assert not any(t.startswith("Starfall: Tactics") for t in found)  # not credited there
    assert "Starfall lands in June" in titles(feed(client, "/people/theo-lane/feed/"))


@pytest.mark.parametrize(
    "path", ["/titles/starfall-film/feed/", "/franchises/starfall/feed/", "/people/theo-lane/feed/"]
)
def test_no_story_appears_in_an_entity_feed_before_its_time(client, saga, path):
    """Drafts, stories scheduled for later and stories taken down are in no feed."""
    body = client.get(path).content.decode()
    assert "Starfall lands in June" in body
    for story in saga["hidden"]:
        assert story.headline not in body
        assert story.slug not in body


def test_a_scheduled_story_joins_the_feed_when_its_time_comes(client, saga, make_article):
    soon = make_article(headline="Soon", slug="soon", at=timezone.now() + timedelta(hours=1))
    saga["film"].articles.add(soon)
    assert "Soon" not in titles(feed(client, "/titles/starfall-film/feed/"))
    soon.publish_at = timezone.now() - timedelta(seconds=1)
    type(soon).objects.filter(pk=soon.pk).update(publish_at=soon.publish_at)  # time passes
    assert "Soon" in titles(feed(client, "/titles/starfall-film/feed/"))


@pytest.mark.parametrize(
    "path", ["/titles/nope/feed/", "/franchises/nope/feed/", "/people/nope/feed/"]
)
def test_feeds_of_unknown_entities_are_not_found(client, db, path):
    assert client.get(path).status_code == 404


def test_an_entity_feed_holds_at_most_thirty_entries(client, saga, said_by):
    from premiere.newsroom.feeds import FEED_SIZE

    film, year = saga["film"], saga["year"]
    release = saga["theatrical"]
    for n in range(FEED_SIZE + 5):
        release = services.release_move(
            release=release, to=FuzzyDate.day(year, 1 + n % 12, 1 + n // 12), evidence=said_by()
        )
    assert len(feed(client, film.get_absolute_url() + "feed/").entries) == FEED_SIZE


@pytest.mark.parametrize(
    "path", ["/titles/starfall-film/feed/", "/franchises/starfall/feed/", "/people/theo-lane/feed/"]
)
def test_entity_feed_queries_do_not_grow_with_the_catalog(
    client, saga, make_title, make_article, said_by, django_assert_max_num_queries, path
):
    with django_assert_max_num_queries(3):
        client.get(path)
    year = saga["year"]
    for n in range(10):
        title = make_title(f"Starfall {n}", franchise=saga["franchise"])
        services.release_set(
            title=title, medium="theatrical", when=FuzzyDate.day(year, 3, 1 + n), evidence=said_by()
        )
        services.credit_add(title=title, person=saga["actor"], role="cast", evidence=said_by())
        story = make_article(headline=f"Story {n}")
        for entity in (title, saga["film"], saga["actor"]):
            entity.articles.add(story)
    with django_assert_max_num_queries(3):
        parsed = feedparser.parse(client.get(path).content)
    assert len(parsed.entries) >= 10
