"""Release calendars as iCalendar files (RFC 5545), built with the icalendar library.

Any list of releases (their titles selected) becomes a calendar: the whole release calendar,
a title's, a franchise's, a person's, and whatever list a later feature hands over (a
reader's follows). Every release is one event:

- Its UID names the release, not its date: the title, the region, the medium and the channel
  (`release-42-GB-streaming-Netflix@premiere.example`). A moved date is the same event with a
  higher SEQUENCE (`Release.sequence`, one more for every change of the date), so a
  subscribed calendar moves the event instead of adding a second one.
- A day is an all-day event (DTSTART;VALUE=DATE). A month is an all-day event across the
  whole month, its summary saying "(June 2026, day to be announced)": a calendar shows it
  as a bar over June, which reads as what was announced. A quarter, a season or a year is
  left out: a bar over three or twelve months would cover every day of the reader's view
  and say nothing about any of them. Such releases stay on the calendar page, under their
  period, and come into the file the day they are narrowed to a month or a day.
- Releases are news, not appointments: every event is TRANSPARENT (it never makes the
  reader look busy), TENTATIVE unless the date is confirmed.
"""

import hashlib
from collections.abc import Callable, Iterable
from datetime import UTC, timedelta
from urllib.parse import quote

from django.conf import settings
from icalendar import Calendar, Event, vDuration

from premiere.extraction.dates import Precision

from . import regions
from .models import Release

# The precisions a calendar file shows, and what the summary adds to say how exact it is.
SHOWN = {
    Precision.DAY: "",
    Precision.MONTH: " ({when}, day to be announced)",
}
IN_CALENDARS = tuple(SHOWN)

# Calendar apps poll a subscription about this often (RFC 7986 REFRESH-INTERVAL, and the
# older X-PUBLISHED-TTL that Outlook and Apple read).
REFRESH = timedelta(hours=6)

STATUS = {Release.Confidence.CONFIRMED: "CONFIRMED"}  # reported, rumored: TENTATIVE


def uid_domain() -> str:
    """Return the right-hand side of every UID: a setting, else the site's first host."""
    if settings.PREMIERE_CALENDAR_UID_DOMAIN:
        return settings.PREMIERE_CALENDAR_UID_DOMAIN
    hosts = [h.strip(".[]") for h in settings.ALLOWED_HOSTS if h.strip(".[]*")]
    return hosts[0] if hosts else "premiere"


def release_uid(release: Release) -> str:
    """Return the event's UID: the same for a release whatever its date."""
    parts = [str(release.title_id), release.region, release.medium]
    if release.channel:
        parts.append(quote(release.channel, safe=""))
    return f"release-{'-'.join(parts)}@{uid_domain()}"


def _where(release: Release) -> str:
    if release.medium in (Release.Medium.PLATFORM, Release.Medium.PREMIERE) and release.channel:
        medium = release.medium_words  # "PS5", "Premiere at Sundance Film Festival"
    elif release.channel:
        medium = f"{release.get_medium_display()}: {release.channel}"
    else:
        medium = release.get_medium_display()
    place = "worldwide" if release.is_worldwide else regions.region_name(release.region)
    return f"{medium}, {place}"


def release_event(release: Release, *, absolute: Callable[[str], str]) -> Event:
    """Return the event of one release shown in calendars (see IN_CALENDARS)."""
    when = release.when
    title = release.title
    page = absolute(title.get_absolute_url())
    summary = f"{title.name} — {_where(release)}" + SHOWN[when.precision].format(when=when)
    if when.precision == Precision.DAY:
        said = f"Out {when}."
    else:
        said = f"Announced for {when}; the day is not known yet."
    description = (
        f"{title.get_kind_display()}. {said} {release.get_confidence_display()}"
        f" date. Sources and history: {page}"
    )
    # Dates of a calendar's content, not of this response: the same release gives the
    # same bytes until it changes.
    changed = release.updated_at.astimezone(UTC)
    return Event.new(
        uid=release_uid(release),
        sequence=release.sequence,
        stamp=changed,
        last_modified=changed,
        start=when.start,
        end=when.end + timedelta(days=1),  # DTEND of an all-day event is the day after
        summary=summary,
        description=description,
        url=page,
        categories=[title.get_kind_display(), release.get_medium_display()],
        status=STATUS.get(release.confidence, "TENTATIVE"),
        transparency="TRANSPARENT",
    )


def releases_calendar(
    releases: Iterable[Release],
    *,
    name: str,
    description: str,
    page: str,
    absolute: Callable[[str], str],
) -> Calendar:
    """Return a calendar of `releases` (titles selected); `page` is the page it mirrors."""
    calendar = Calendar.new(
        prodid=f"-//{settings.PREMIERE_SITE_NAME}//Release calendar//EN",
        name=name,
        description=description,
        url=absolute(page),
        uid=f"calendar-{quote(page, safe='')}@{uid_domain()}",
        calscale="GREGORIAN",
        method="PUBLISH",
    )
    calendar.add("REFRESH-INTERVAL", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("X-PUBLISHED-TTL", vDuration(REFRESH))
    for release in releases:
        if release.precision in SHOWN:
            calendar.add_component(release_event(release, absolute=absolute))
    return calendar


def releases_etag(releases: Iterable[Release], *, scope: str) -> str:
    """Return a validator that changes whenever the calendar built from `releases` would.

    It is made from what the events are made of (which releases, their change counts and
    times, their titles' edit times), so a client asking again is answered 304 without
    the calendar being built. `scope` adds what else shapes the file (its name, the day).
    """
    digest = hashlib.blake2b(scope.encode(), digest_size=16)
    for r in releases:
        changed = f"{r.updated_at.timestamp()}:{r.title.updated_at.timestamp()}"
        digest.update(f"|{r.pk}:{r.sequence}:{r.confidence}:{changed}".encode())
    return digest.hexdigest()
