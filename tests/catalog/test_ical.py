"""Calendar files: every release an event whose UID outlives its date, read back with icalendar."""

from datetime import date, timedelta

import pytest
from django.utils import timezone
from icalendar import Calendar

from premiere.catalog import ical, selectors, services
from premiere.catalog.models import Release
from premiere.extraction.dates import FuzzyDate

pytestmark = pytest.mark.django_db


def build(region="WW", titles=None, **filters) -> Calendar:
    """Build a calendar file the way the views do and parse it back."""
    releases = selectors.calendar_releases(
        since=timezone.localdate() - timedelta(days=30),
        region=region,
        limit=1000,
        titles=titles,
        **filters,
    )
    calendar = ical.releases_calendar(
        releases,
        name="Premiere: test",
        description="A test calendar.",
        page="/calendar/",
        absolute=lambda path: f"https://premiere.example{path}",
    )
    return Calendar.from_ical(calendar.to_ical())


def events_by_summary(calendar: Calendar) -> dict:
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def test_a_day_is_an_all_day_event_on_that_day(saga):
    event = events_by_summary(build(region="US"))["Starfall — Theatrical, United States"]
    assert event["DTSTART"].params["VALUE"] == "DATE"
    assert event.start == date(saga["year"], 6, 12)
    assert not hasattr(event.start, "hour")  # a date, not a midnight
    assert event.end == date(saga["year"], 6, 13)  # DTEND is exclusive: one day
    assert event["TRANSP"] == "TRANSPARENT"  # a release never makes the reader look busy
    assert event["STATUS"] == "TENTATIVE"  # reported, not confirmed
    assert event["URL"] == "https://premiere.example/titles/starfall-film/"


def test_a_month_spans_the_whole_month_and_says_the_day_is_not_known(saga):
    """A month is announced: the event covers it, first day to last, and its summary says so,
    rather than pinning the release on the 1st."""
    year = saga["year"]
    events = events_by_summary(build(region="GB"))
    july = events[f"Starfall — Theatrical, United Kingdom (July {year}, day to be announced)"]
    assert (july.start, july.end) == (date(year, 7, 1), date(year, 8, 1))
    assert july["DTSTART"].params["VALUE"] == "DATE"
    ps5 = events[f"Starfall: Tactics — PS5, worldwide (June {year}, day to be announced)"]
    assert (ps5.start, ps5.end) == (date(year, 6, 1), date(year, 7, 1))


@pytest.mark.parametrize("channel", ["Northlight+", "PC", "Switch 2"])
def test_a_quarter_a_season_or_a_year_is_left_out_of_the_file(saga, channel):
    """A bar over three or twelve months would cover every day of the reader's view and say
    nothing about any of them: such releases stay on the page, under their period."""
    summaries = " ".join(events_by_summary(build()))
    assert channel not in summaries
    page = selectors.calendar(today=timezone.localdate(), region="WW", channel=channel)
    assert page["groups"], "the page still lists it, under its period"


def test_a_period_narrowed_to_a_day_comes_into_the_file_as_the_same_release(saga, said_by):
    year = saga["year"]
    pc = Release.objects.get(channel="PC")
    assert "PC" not in " ".join(events_by_summary(build()))
    services.release_move(release=pc, to=FuzzyDate.day(year, 9, 9), evidence=said_by())
    event = events_by_summary(build())["Starfall: Tactics — PC, worldwide"]
    assert event["UID"] == ical.release_uid(pc)
    assert event["SEQUENCE"] == 1
    assert event.start == date(year, 9, 9)


def test_a_moved_date_is_the_same_event_with_a_higher_sequence(saga, said_by, trade):
    """Subscribed calendars replace an event by UID when its SEQUENCE grows: a move updates
    the reader's calendar instead of leaving the old date beside the new one."""
    year = saga["year"]
    release = saga["theatrical"]

    def the_event():
        (event,) = build(region="US", titles=None, medium="theatrical").walk("VEVENT")
        return event

    before = the_event()
    assert before["SEQUENCE"] == 1  # announced for May 1, then moved to June 12
    services.release_move(
        release=release, to=FuzzyDate.day(year, 8, 21), evidence=said_by(source=trade)
    )
    after = the_event()
    assert after["UID"] == before["UID"]
    assert after["SEQUENCE"] == 2
    assert after.start == date(year, 8, 21)
    assert after["DTSTAMP"].dt >= before["DTSTAMP"].dt  # (to the second)


def test_a_move_taken_back_is_one_more_change_not_one_less(saga, said_by, trade):
    """Withdrawing the source of the last move puts the old date back; calendars must take
    that as newer than what they hold, so SEQUENCE still grows."""
    year = saga["year"]
    release = services.release_move(
        release=saga["theatrical"], to=FuzzyDate.day(year, 8, 21), evidence=said_by(source=trade)
    )
    assert release.sequence == 2
    services.claims_withdraw(claims=release.claims.filter(source=trade))
    release.refresh_from_db()
    assert release.when == FuzzyDate.day(year, 6, 12)
    (event,) = build(region="US", medium="theatrical").walk("VEVENT")
    assert event.start == date(year, 6, 12)
    assert event["SEQUENCE"] == 3


def test_the_uid_names_the_title_region_medium_and_channel_not_the_date(saga, settings):
    settings.PREMIERE_CALENDAR_UID_DOMAIN = "premiere.example"
    ps5 = Release.objects.get(channel="PS5")
    assert ical.release_uid(ps5) == f"release-{saga['game'].pk}-WW-platform-PS5@premiere.example"
    assert ical.release_uid(Release(title_id=7, region="US", medium="theatrical")) == (
        "release-7-US-theatrical@premiere.example"
    )
    odd = Release(title_id=7, region="WW", medium="platform", channel="Xbox Series X|S")
    assert ical.release_uid(odd) == "release-7-WW-platform-Xbox%20Series%20X%7CS@premiere.example"


def test_without_a_uid_domain_the_first_allowed_host_is_used(settings):
    settings.PREMIERE_CALENDAR_UID_DOMAIN = ""
    settings.ALLOWED_HOSTS = [".premiere.example", "localhost"]
    assert ical.uid_domain() == "premiere.example"


def test_the_same_catalog_gives_the_same_bytes(saga):
    """No time of the request and no random UID in the file: what clients cache stays valid."""
    first = build().to_ical()
    assert build().to_ical() == first


def test_the_calendar_says_what_it_is_and_how_often_to_look_again(saga):
    calendar = build()
    assert calendar["X-WR-CALNAME"] == "Premiere: test"
    assert calendar["METHOD"] == "PUBLISH"
    assert calendar["REFRESH-INTERVAL"].dt == timedelta(hours=6)
    assert calendar["REFRESH-INTERVAL"].params["VALUE"] == "DURATION"


def test_names_with_calendar_punctuation_read_back_as_written(make_title, said_by):
    name = 'Part 1; Redux, the \\ "Cut"\nnew line'
    title = make_title(name, slug="odd")
    day = timezone.localdate() + timedelta(days=10)
    services.release_set(
        title=title,
        medium="theatrical",
        when=FuzzyDate.day(day.year, day.month, day.day),
        evidence=said_by(),
    )
    (event,) = build().walk("VEVENT")
    assert str(event["SUMMARY"]) == f"{name} — Theatrical, worldwide"


def test_the_builder_takes_any_list_of_releases(saga):
    """A later feature (a reader's follows) hands its own releases over."""
    releases = Release.objects.filter(title=saga["film"], region="US").select_related("title")
    calendar = ical.releases_calendar(
        releases, name="Mine", description="", page="/", absolute=lambda p: p
    )
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == [
        "Starfall — Theatrical, United States"
    ]


def test_the_etag_follows_every_change_an_event_shows(saga, said_by):
    def etag():
        releases = selectors.calendar_releases(since=timezone.localdate(), region="WW", limit=100)
        return ical.releases_etag(releases, scope="x")

    first = etag()
    assert etag() == first
    services.entity_update(entity=saga["game"], name="Starfall: Tactics Remastered")
    renamed = etag()
    assert renamed != first
    ps5 = Release.objects.get(channel="PS5")
    services.release_set(
        title=ps5.title,
        medium=ps5.medium,
        channel=ps5.channel,
        when=ps5.when,
        evidence=said_by(),
        confidence="confirmed",
    )
    assert etag() != renamed
