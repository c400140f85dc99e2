"""Fixtures every test may use: people, sections, articles, and a clean cache and media folder."""

import io
import os

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage

from premiere.catalog import services as catalog_services
from premiere.extraction.dates import FuzzyDate
from premiere.newsroom import services as newsroom
from premiere.newsroom.models import Section, Source


@pytest.fixture(autouse=True)
def _isolated(settings, tmp_path):
    """Each test writes uploads to its own folder and starts with empty rate-limit counters."""
    settings.MEDIA_ROOT = tmp_path / "media"
    # Tests render templates without a collectstatic manifest.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Tasks run inside the request that enqueues them; the worker has tests of its own
    # (tests/core/test_worker.py) that run it for real.
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    # The production profile tests against its real Redis (a database of its own, flushed
    # here); otherwise each test process keeps its own memory cache, so counters never leak
    # between test runs on one machine.
    if not os.environ.get("REDIS_URL"):
        settings.CACHES = {
            "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "t"}
        }
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def make_user(db):
    counter = iter(range(1, 10_000))

    def make(username=None, *, password="a-long-test-password", display_name=None, **extra):
        username = username or f"reader{next(counter)}"
        user = get_user_model().objects.create_user(
            username=username, email=f"{username}@example.test", password=password, **extra
        )
        if display_name:
            user.profile.display_name = display_name
            user.profile.save()
        return user

    return make


@pytest.fixture
def editor(make_user):
    """A member of the Editors group: the rights a newsroom editor has, no more."""
    from django.contrib.auth.models import Group

    from premiere.core.groups import EDITOR_GROUP

    user = make_user("editor", display_name="Desk Editor", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITOR_GROUP))
    return user


@pytest.fixture
def section(db):
    return Section.objects.create(name="Movies", slug="movies", position=1)


def jpeg_upload(name="photo.jpg", size=(1700, 1000), color=(180, 40, 60)) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    PILImage.new("RGB", size, color).save(buffer, format="JPEG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


@pytest.fixture
def make_image(db):
    def make(**kwargs):
        kwargs.setdefault("alt_text", "A dancer mid-leap on a dark stage")
        kwargs.setdefault("credit", "Studio Press Office")
        return newsroom.image_create(file=kwargs.pop("file", None) or jpeg_upload(), **kwargs)

    return make


@pytest.fixture
def make_article(db, section, editor):
    def make(*, publish=True, at=None, **kwargs):
        kwargs.setdefault("section", section)
        kwargs.setdefault("headline", "A quiet studio confirms its summer slate")
        kwargs.setdefault("standfirst", "Three films, two dates and one surprise.")
        kwargs.setdefault("body", "The studio named its dates on Monday.")
        kwargs.setdefault("author", editor)
        article = newsroom.article_create(**kwargs)
        if publish:
            newsroom.article_publish(article=article, by=editor, at=at)
        return article

    return make


# The catalog's evidence and titles: used by the catalog, the desk and the wire tests.


@pytest.fixture
def collider(db):
    return Source.objects.create(name="Collider", url="https://collider.com/")


@pytest.fixture
def trade(db):
    return Source.objects.create(name="Trade Weekly", url="https://trade.example/")


@pytest.fixture
def said_by(collider):
    def evidence(source=None, **kwargs):
        return catalog_services.Evidence(source=source or collider, **kwargs)

    return evidence


@pytest.fixture
def make_title(db):
    def make(name="Ballerina", kind="film", **kwargs):
        return catalog_services.title_create(kind=kind, name=name, **kwargs)

    return make


@pytest.fixture
def day():
    return FuzzyDate.parse


@pytest.fixture
def saga(make_title, make_article, said_by, editor):
    """Next year's Starfall franchise: a film and a game with dates at every precision (the
    film's US date moved once), a director and an actor, and stories about them in every
    state a story can be in: out, a draft, scheduled for later, taken down."""
    from datetime import timedelta

    from django.utils import timezone

    year = timezone.localdate().year + 1
    franchise = catalog_services.franchise_create(name="Starfall", slug="starfall")
    film = make_title("Starfall", slug="starfall-film", franchise=franchise)
    game = make_title(
        "Starfall: Tactics", kind="game", slug="starfall-tactics", franchise=franchise
    )
    theatrical = catalog_services.release_set(
        title=film,
        region="US",
        medium="theatrical",
        when=FuzzyDate.day(year, 5, 1),
        evidence=said_by(),
    )
    theatrical = catalog_services.release_move(
        release=theatrical,
        to=FuzzyDate.day(year, 6, 12),
        evidence=said_by(),
    )
    dates = [
        (film, "GB", "theatrical", "", FuzzyDate.month(year, 7)),
        (film, "WW", "streaming", "Northlight+", FuzzyDate.quarter(year, 3)),
        (game, "WW", "platform", "PS5", FuzzyDate.month(year, 6)),
        (game, "WW", "platform", "PC", FuzzyDate.year(year)),
        (game, "WW", "platform", "Switch 2", FuzzyDate.season(year, 4)),
    ]
    for title, region, medium, channel, when in dates:
        catalog_services.release_set(
            title=title,
            region=region,
            medium=medium,
            channel=channel,
            when=when,
            evidence=said_by(),
        )
    director = catalog_services.person_create(name="Mara Quinn", slug="mara-quinn")
    actor = catalog_services.person_create(name="Theo Lane", slug="theo-lane")
    catalog_services.credit_add(title=film, person=director, role="director", evidence=said_by())
    for title in (film, game):
        catalog_services.credit_add(
            title=title, person=actor, role="cast", character="Captain Vey", evidence=said_by()
        )
    live = make_article(headline="Starfall lands in June", slug="starfall-lands-in-june")
    draft = make_article(publish=False, headline="Draft: Starfall is delayed", slug="draft-story")
    scheduled = make_article(
        publish=False, headline="Scheduled: Starfall trailer", slug="scheduled-story"
    )
    newsroom.article_publish(article=scheduled, by=editor, at=timezone.now() + timedelta(days=1))
    withdrawn = make_article(headline="Withdrawn: Starfall cancelled", slug="withdrawn-story")
    newsroom.article_unpublish(article=withdrawn, by=editor)
    for article in (live, draft, scheduled, withdrawn):
        for entity in (film, franchise, actor):
            entity.articles.add(article)
    return {
        "year": year,
        "franchise": franchise,
        "film": film,
        "game": game,
        "theatrical": theatrical,
        "director": director,
        "actor": actor,
        "live": live,
        "hidden": [draft, scheduled, withdrawn],
    }
