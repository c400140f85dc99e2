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
