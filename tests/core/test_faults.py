"""Faults survived: the database stops taking writes, then takes them again."""

import pytest
from django.db import connection
from django.urls import reverse

from premiere.community.models import Comment


def _read_only():
    """Make this process's database connection refuse writes, as a full disk, a read-only file
    or a failed-over primary does; the server itself is fine, so a new connection is too."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("PRAGMA query_only = ON")
        else:
            cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")


@pytest.mark.django_db(transaction=True)
def test_a_database_that_stops_taking_writes_answers_503_then_recovers(
    client, make_user, make_article
):
    article = make_article(body="A story to comment on.")
    client.force_login(make_user("maya"))
    url = reverse("community:comment_post", kwargs={"slug": article.slug})
    client.raise_request_exception = False

    _read_only()
    refused = client.post(url, {"body": "Posted during the outage."})
    assert refused.status_code == 503
    assert refused["Retry-After"] == "30"
    assert "try again in 30 seconds" in refused.content.decode()
    assert not Comment.objects.exists()  # nothing half-written

    # No restart: the next request gets a fresh connection and works.
    posted = client.post(url, {"body": "Posted after it came back."})
    assert posted.status_code in (302, 201)
    assert list(Comment.objects.values_list("body", flat=True)) == ["Posted after it came back."]


@pytest.fixture
def redis_gone(settings):
    """The production profile's cache, pointed at an address where no Redis answers."""
    working = settings.CACHES
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # the discard port: nothing listens there
        }
    }
    yield
    settings.CACHES = working  # Redis is back (the suite's own cache, for its clean-up)


@pytest.mark.django_db
def test_with_redis_gone_reading_and_signing_in_go_on_and_writes_wait(
    redis_gone, client, make_user, make_article
):
    article = make_article(body="Readers keep reading.")
    client.raise_request_exception = False
    assert client.get("/").status_code == 200
    assert client.get(article.get_absolute_url()).status_code == 200

    reader = make_user("maya")
    signed_in = client.post(
        reverse("community:login"), {"username": "maya", "password": "a-long-test-password"}
    )
    assert signed_in.status_code == 302  # sign-in throttling lives in the database

    refused = client.post(
        reverse("community:comment_post", kwargs={"slug": article.slug}),
        {"body": "Posted while the cache is away."},
    )
    assert refused.status_code == 429 and refused["Retry-After"] == "60"
    assert not Comment.objects.filter(author=reader).exists()


@pytest.mark.django_db
def test_an_unwritable_media_folder_refuses_the_upload_clearly_and_stores_no_row(
    settings, tmp_path, client, make_user
):
    from premiere.newsroom.models import Image, Rendition
    from tests.conftest import jpeg_upload

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the media folder should be")
    settings.MEDIA_ROOT = blocker / "media"  # no process can create folders under a file
    client.force_login(make_user("chief", is_staff=True, is_superuser=True))
    response = client.post(
        "/admin/newsroom/image/add/",
        {"file": jpeg_upload(), "alt_text": "A stage", "credit": "Studio", "caption": ""},
        follow=True,
    )
    assert response.status_code == 200
    assert "could not be stored (the media folder cannot be written)" in response.content.decode()
    assert not Image.objects.exists() and not Rendition.objects.exists()
