"""A reader's follows and notices are in the download of their data and go with their account."""

import json

import pytest
from django.core.serializers.json import DjangoJSONEncoder

from premiere.catalog import services as catalog
from premiere.community import services as community
from premiere.follows.models import CatalogEvent, Email, Follow, Notice, NoticeSettings

pytestmark = pytest.mark.django_db


def test_the_download_of_a_readers_data_lists_their_follows_and_notices(
    reader, make_user, follow, saga, deliver, said_by, day
):
    follow(reader, saga["franchise"], kinds=["digital"], remind_days=3)
    follow(make_user("grace"), saga["film"])
    catalog.release_move(release=saga["digital"], to=day("2031-06-13"), evidence=said_by())
    deliver()

    data = community.account_export(user=reader, by=reader, site_url="https://premiere.test")

    assert data["notice_settings"]["email"] == "immediate"
    assert data["follows"] == [
        {
            "kind": "franchise",
            "name": "Nightjar",
            "url": "https://premiere.test" + saga["franchise"].get_absolute_url(),
            "since": data["follows"][0]["since"],
            "releases": ["digital"],
            "remind_days_before": 3,
        }
    ]
    [notice] = data["notices"]
    assert notice["text"].startswith("Nightjar Rising delayed from May 2 to June 13, 2031")
    assert [e["state"] for e in data["notice_emails"]] == ["sent"]
    assert "grace" not in json.dumps(data, cls=DjangoJSONEncoder)  # only their own


def test_a_deleted_account_takes_its_follows_notices_and_emails_with_it(
    reader, make_user, follow, saga, deliver, said_by, day
):
    follow(reader, saga["franchise"])
    grace = make_user("grace")
    follow(grace, saga["franchise"])
    catalog.release_move(release=saga["digital"], to=day("2031-06-13"), evidence=said_by())
    deliver()

    community.account_delete(
        user=reader, by=reader, password="a-long-test-password", comments="remove"
    )

    for model in (Follow, Notice, Email, NoticeSettings):
        assert not model.objects.filter(user_id=reader.pk).exists()
        assert model.objects.filter(user=grace).exists()  # another reader's are kept
    assert CatalogEvent.objects.exists()  # the catalog's changes are no one's personal data
