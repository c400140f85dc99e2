"""My Premiere's reads, the unread count and a reader's data."""

import json

import pytest
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

from premiere.catalog import services as catalog
from premiere.follows import selectors, services
from premiere.follows.models import Notice

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate().replace(year=2030)


def test_my_premiere_lists_the_stories_about_what_the_reader_follows(
    reader, follow, saga, make_article, section
):
    about_film = make_article(headline="Nightjar Rising wraps")
    saga["film"].articles.add(about_film)
    in_section = make_article(headline="Summer preview")
    hidden_draft = make_article(headline="Embargoed", publish=False)
    saga["film"].articles.add(hidden_draft)
    other = make_article(headline="Unrelated", section=type(section).objects.create(name="TV"))
    follow(reader, saga["film"])
    assert [a.headline for a in selectors.followed_articles(follows=reader.follows.all())] == [
        about_film.headline
    ]
    follow(reader, section)
    headlines = [a.headline for a in selectors.followed_articles(follows=reader.follows.all())]
    assert headlines == [in_section.headline, about_film.headline]
    assert other.headline not in headlines


def test_coming_releases_are_the_reader_s_region_s_of_the_kinds_they_chose(
    reader, follow, saga, said_by, day
):
    catalog.release_set(
        title=saga["film"],
        region="GB",
        medium="digital",
        when=day("2031-05-09"),
        evidence=said_by(),
    )
    follow(reader, saga["franchise"], kinds=["digital"])
    for region, expected in [("GB", ("GB", "May 9, 2031")), ("US", ("WW", "May 2, 2031"))]:
        [release] = selectors.followed_releases(
            follows=list(reader.follows.all()), region=region, today=TODAY
        )
        assert (release.region, str(release.when)) == expected
    # Another follow of the film that wants every release brings the cinema date in too.
    follow(reader, saga["film"])
    releases = selectors.followed_releases(
        follows=list(reader.follows.all()), region="US", today=TODAY
    )
    assert [r.medium for r in releases] == ["theatrical", "digital"]


def test_a_person_s_follow_brings_their_titles_releases(reader, follow, saga, said_by):
    ana = catalog.person_create(name="Ana de Armas")
    catalog.credit_add(title=saga["film"], person=ana, role="cast", evidence=said_by())
    follow(reader, ana)
    releases = selectors.followed_releases(
        follows=list(reader.follows.all()), region="WW", today=TODAY
    )
    assert {r.medium for r in releases} == {"theatrical", "digital"}


def test_my_premiere_costs_the_same_however_much_is_followed(
    reader,
    follow,
    saga,
    make_title,
    make_article,
    said_by,
    day,
    section,
    django_assert_max_num_queries,
):
    def grow(n):
        for i in range(n):
            title = make_title(f"Extra {n}-{i}", franchise=saga["franchise"])
            catalog.release_set(
                title=title, medium="digital", when=day(f"2031-0{1 + i % 9}"), evidence=said_by()
            )
            person = catalog.person_create(name=f"Actor {n}-{i}")
            catalog.credit_add(title=title, person=person, role="cast", evidence=said_by())
            follow(reader, person)
            follow(reader, title)
            title.articles.add(make_article(headline=f"Story {n}-{i}"))
            Notice.objects.create(user=reader, kind="status_changed", text="t", title=title)

    follow(reader, saga["franchise"])
    follow(reader, section)
    grow(1)
    with django_assert_max_num_queries(5):
        page = selectors.my_premiere(user=reader, region="US", today=TODAY)
    grow(6)
    with django_assert_max_num_queries(5):
        page = selectors.my_premiere(user=reader, region="US", today=TODAY)
    assert len(page["follows"]) == 16 and len(page["notices"]) == 7
    assert len(page["releases"]) == 9 and len(page["articles"]) == 7


def test_the_unread_count_is_cached_and_forgotten_when_notices_change(
    reader, django_assert_num_queries
):
    Notice.objects.create(user=reader, kind="status_changed", text="a")
    with django_assert_num_queries(1):
        assert selectors.notices_unread_count(reader) == 1
    with django_assert_num_queries(0):
        assert selectors.notices_unread_count(reader) == 1
    services.notices_read(by=reader)  # forgets it once committed
    selectors.notices_unread_forget([reader.pk])
    assert selectors.notices_unread_count(reader) == 0


def test_the_unread_count_works_without_a_cache(reader, settings):
    working = settings.CACHES
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
        }
    }
    Notice.objects.create(user=reader, kind="status_changed", text="a")
    assert selectors.notices_unread_count(reader) == 1
    selectors.notices_unread_forget([reader.pk])
    settings.CACHES = working  # the suite's own cache, for its clean-up


def test_a_reader_s_data_holds_their_follows_choices_and_notices(reader, follow, saga, section):
    follow(reader, saga["franchise"], kinds=["digital"], remind_days=7)
    follow(reader, section)
    Notice.objects.create(user=reader, kind="status_changed", text="Nightjar Rising is filming.")
    data = selectors.follows_data(user=reader, site_url="https://premiere.test")
    assert data["notice_settings"]["email"] == "immediate"
    assert data["follows"][0] | {"since": None} == {
        "kind": "franchise",
        "name": "Nightjar",
        "url": "https://premiere.test/franchises/nightjar/",
        "since": None,
        "releases": ["digital"],
        "remind_days_before": 7,
    }
    assert data["follows"][1]["releases"] == "every"
    assert [n["text"] for n in data["notices"]] == ["Nightjar Rising is filming."]
    json.dumps(data, cls=DjangoJSONEncoder)
