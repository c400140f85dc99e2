"""A reader's own calendar file: the releases of what they follow, at a secret address that a
calendar app fetches without signing in, and that the reader can replace."""

import pytest
from django.test import Client
from django.urls import reverse
from icalendar import Calendar

from premiere.catalog import services as catalog
from premiere.community import services as community
from premiere.follows.models import NoticeSettings

pytestmark = pytest.mark.django_db

ME = reverse("follows:me")
RESET = reverse("follows:calendar_reset")


@pytest.fixture
def signed_in(client, reader, settings):
    settings.PREMIERE_FOLLOW_RATE_USER = "1000/60"
    client.force_login(reader)
    return client


def _make_calendar(client) -> str:
    """Ask for a calendar on My Premiere; return the file's address shown there."""
    response = client.post(RESET, {"calendar": "new"}, follow=True)
    assert response.status_code == 200
    key = NoticeSettings.objects.get(user=response.context["user"]).calendar_key
    address = reverse("follows:calendar_file", args=[key])
    assert f"webcal://testserver{address}" in response.text
    return address


def _events(response) -> dict:
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def test_a_calendar_app_reads_the_releases_the_reader_follows_without_signing_in(
    signed_in, reader, follow, saga, said_by, day
):
    follow(reader, saga["franchise"], kinds=["digital"])
    catalog.title_create(kind="film", name="Something Else")  # not followed
    address = _make_calendar(signed_in)

    response = Client().get(address)  # no cookies, as a calendar app

    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    events = _events(response)
    # Only the kind of release the follow chose: the cinema date is not in it.
    assert list(events) == ["Nightjar Rising — Digital, worldwide"]
    assert events["Nightjar Rising — Digital, worldwide"]["DTSTART"].dt.isoformat() == "2031-05-02"


def test_a_moved_date_is_the_same_event_with_a_higher_sequence_and_a_new_etag(
    signed_in, reader, follow, saga, said_by, day
):
    follow(reader, saga["franchise"])
    address = _make_calendar(signed_in)
    app = Client()
    before = app.get(address)
    assert app.get(address, headers={"If-None-Match": before["ETag"]}).status_code == 304

    catalog.release_move(release=saga["digital"], to=day("2031-06-13"), evidence=said_by())
    after = app.get(address, headers={"If-None-Match": before["ETag"]})

    assert after.status_code == 200
    old = _events(before)["Nightjar Rising — Digital, worldwide"]
    new = _events(after)["Nightjar Rising — Digital, worldwide"]
    assert new["UID"] == old["UID"] and new["SEQUENCE"] == old["SEQUENCE"] + 1
    assert new["DTSTART"].dt.isoformat() == "2031-06-13"


def test_a_new_address_replaces_the_old_one_which_stops_working(signed_in, reader, follow, saga):
    follow(reader, saga["franchise"])
    old = _make_calendar(signed_in)

    response = signed_in.post(RESET, {"calendar": "new"}, follow=True)

    assert "the old one no longer works" in response.text
    new = reverse(
        "follows:calendar_file", args=[NoticeSettings.objects.get(user=reader).calendar_key]
    )
    assert new != old
    assert Client().get(old).status_code == 404
    assert Client().get(new).status_code == 200


def test_no_calendar_until_the_reader_asks_and_no_guessing_one(signed_in, reader, follow, saga):
    follow(reader, saga["franchise"])
    page = signed_in.get(ME)
    assert "Make my calendar" in page.text and "webcal://" not in page.text
    assert NoticeSettings.objects.get(user=reader).calendar_key is None
    for guess in ["None", "x", "a" * 43]:
        assert Client().get(reverse("follows:calendar_file", args=[guess])).status_code == 404
    # A bare POST (a stray form, a crawler) changes nothing.
    assert signed_in.post(RESET).status_code == 400
    assert NoticeSettings.objects.get(user=reader).calendar_key is None


def test_a_deleted_account_takes_its_calendar_with_it(signed_in, reader, follow, saga):
    follow(reader, saga["franchise"])
    address = _make_calendar(signed_in)
    reader.refresh_from_db()  # as the export's request would load them
    data = community.account_export(user=reader, by=reader, site_url="https://premiere.test")
    assert data["notice_settings"]["calendar_url"] == "https://premiere.test" + address

    community.account_delete(
        user=reader, by=reader, password="a-long-test-password", comments="remove"
    )

    assert Client().get(address).status_code == 404


def test_the_calendar_file_takes_a_fixed_number_of_queries(
    signed_in, reader, follow, saga, make_title, said_by, day, django_assert_max_num_queries
):
    follow(reader, saga["franchise"])
    address = _make_calendar(signed_in)
    for n in range(10):
        title = make_title(f"Nightjar {n}", franchise=saga["franchise"])
        catalog.release_set(
            title=title, medium="digital", when=day("2031-09-01"), evidence=said_by()
        )
    with django_assert_max_num_queries(5):
        response = Client().get(address)
    assert len(_events(response)) == 12
