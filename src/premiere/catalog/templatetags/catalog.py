from urllib.parse import urlencode

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from premiere.catalog import regions
from premiere.catalog.models import WORLDWIDE, Claim, Release, Title
from premiere.extraction.dates import FuzzyDate, Precision

register = template.Library()

# HTML's own forms for a day, a month and a year; a quarter or a season has none, and a
# made-up first day would claim a precision nobody announced.
_DATETIME_FORMATS = {Precision.DAY: "%Y-%m-%d", Precision.MONTH: "%Y-%m", Precision.YEAR: "%Y"}


@register.simple_tag
def fuzzy_date(when: FuzzyDate, text: str = ""):
    """Render a release date as announced, in a <time> element when HTML can express it."""
    text = text or str(when)
    if when.precision in _DATETIME_FORMATS:
        return format_html(
            '<time datetime="{}">{}</time>',
            when.start.strftime(_DATETIME_FORMATS[when.precision]),
            text,
        )
    return format_html('<span class="fuzzy-date">{}</span>', text)


@register.simple_tag
def first_release(title):
    """A title's first release date as lists show it; a title out already whose dates the
    catalog does not hold reads "out", not "TBA" (a date still to come)."""
    if title.first_release.is_tba and title.status == Title.Status.RELEASED:
        return format_html('<span class="fuzzy-date">{}</span>', "out")
    return fuzzy_date(title.first_release)


# get_FOO_display() builds its table of choices at every call: a timeline calls it hundreds
# of times.
_KIND_LABELS = dict(Title.Kind.choices)
_STATUS_LABELS = dict(Title.Status.choices)


@register.simple_tag
def timeline_line(title):
    """Render a title's link and what a timeline says of it: "Part 2 · Film · June 2027 ·
    Announced" (the status only until it is out). In Python, not a template: a franchise's
    timeline lists hundreds of titles."""
    meta = [escape(title.installment)] if title.installment else []
    meta += [escape(_KIND_LABELS.get(title.kind, title.kind)), first_release(title)]
    if title.status != Title.Status.RELEASED:
        meta.append(escape(_STATUS_LABELS.get(title.status, title.status)))
    url, name = escape(title.get_absolute_url()), escape(title.name)
    return mark_safe(f'<a href="{url}">{name}</a>\n<span class="meta">{" · ".join(meta)}</span>')


_TIMELINE_ENTRIES = "catalog_timeline_entries"


@register.simple_tag(takes_context=True)
def timeline_entry(context, title):
    """Render a title's entry in a franchise's timeline: its poster's thumbnail if it has
    one (catalog/_timeline_poster.html), its line. Once per page: the release order, the
    story order and the upcoming list show the same entry, and a franchise of 300 titles
    spent a third of its page rendering each one three times."""
    rendered = context.render_context.setdefault(_TIMELINE_ENTRIES, {})
    if title.pk not in rendered:
        poster = ""
        if title.poster_id:
            template = context.template.engine.get_template("catalog/_timeline_poster.html")
            with context.push(entry=title):
                poster = template.render(context)
        rendered[title.pk] = mark_safe(poster + timeline_line(title) + "\n")
    return rendered[title.pk]


@register.simple_tag(takes_context=True)
def calendar_entry(context, release, *, by: str, today, region: str, region_label: str):
    """Render a release's row of the calendar: the day (or the period) under its heading,
    the title, its kind, medium and region, and whether the date is only a worldwide one
    standing in for the reader's region. In Python, not a template: a calendar page lists
    300 rows."""
    when, title = release.when, release.title
    is_today = when.precision == Precision.DAY and when.start == today
    poster = ""
    if title.poster_id:
        template = context.template.engine.get_template("catalog/_calendar_poster.html")
        with context.push(release=release):
            poster = template.render(context)
    if release.is_worldwide and region != WORLDWIDE:
        where = format_html(
            '<strong class="fallback-note">Worldwide (no separate {} date)</strong>',
            region_label,
        )
    else:
        where = escape(region_name(release.region))
    today_class, today_mark = "", ""
    if is_today:
        today_class, today_mark = ' class="today"', ' <strong class="today-mark">Today</strong>'
    kind = escape(_KIND_LABELS.get(title.kind, title.kind))
    return mark_safe(
        f"<li{today_class}>\n"
        f'      {poster}<span class="when">{day_in_period(when, by)}{today_mark}</span>\n'
        f'      <a href="{escape(title.get_absolute_url())}">{escape(title.name)}</a>\n'
        f'      <span class="meta">{kind} · {escape(medium_label(release))} ·\n'
        f"        {where}</span>\n"
        "    </li>"
    )


@register.simple_tag
def day_in_period(when: FuzzyDate, by: str):
    """Render the short date a calendar entry shows under its week or month heading."""
    if when.precision != Precision.DAY:
        return fuzzy_date(when)
    # A week heading already names the month, so a weekday says more: "Fri 12" vs "Jun 12".
    label = "%a" if by == "week" else "%b"
    return fuzzy_date(when, f"{when.start.strftime(label)} {when.start.day}")


@register.filter
def medium_label(release: Release) -> str:
    """Return "Theatrical", "Streaming: Northlight+" or, for a game, its platform: "PS5" (or
    its platforms the same day, "PC, PS5", where the calendar put them on one row)."""
    if release.medium == Release.Medium.PLATFORM and release.channel:
        return ", ".join(getattr(release, "channels", None) or [release.channel])
    if release.medium == Release.Medium.PREMIERE and release.channel:
        return release.medium_words  # "Premiere at Sundance Film Festival"
    label = release.get_medium_display()
    return f"{label}: {release.channel}" if release.channel else label


@register.filter
def region_name(code: str) -> str:
    return regions.region_name(code)


@register.inclusion_tag("catalog/_sources.html")
def sources(fact, current=None, contested=None):
    """List the claims behind a fact: the current ones, then any source that disagrees."""
    if current is None or contested is None:
        claims = fact.claim_list  # attached by the page's selector (claims_attach)
        current = [c for c in claims if c.state == Claim.State.CURRENT]
        contested = [c for c in claims if c.state == Claim.State.CONTESTED]
    return {"current": current, "contested": contested}


@register.inclusion_tag("catalog/_region_picker.html", takes_context=True)
def region_picker(context, region: str):
    """Offer the region picker; it returns to this page without a `region` in its query."""
    request = context["request"]
    query = request.GET.copy()
    query.pop("region", None)
    target = request.path + (f"?{query.urlencode()}" if query else "")
    return {
        "choices": regions.REGIONS.items(),
        "region": region,
        "next": target,
    }


@register.inclusion_tag("catalog/_subscribe.html", takes_context=True)
def subscribe(context, calendar_path: str, feed_url: str = "", **filters):
    """Offer a page's calendar (webcal:// to subscribe, https to download) and its feed.

    The calendar's address carries the region and filters: calendar apps send no cookie, so
    the file must not depend on one.
    """
    query = urlencode({key: value for key, value in filters.items() if value})
    path = f"{calendar_path}?{query}" if query else calendar_path
    address = context["request"].build_absolute_uri(path)
    return {
        "calendar": path,
        "address": address,
        # webcal:// opens the reader's calendar app, which then polls the https address.
        "webcal": "webcal://" + address.split("://", 1)[1],
        "feed": feed_url,
    }


@register.simple_tag(takes_context=True)
def calendar_query(context, **changes) -> str:
    """The calendar's current query (its filters) with `changes`: dates as ISO days, None
    to leave a parameter out."""
    query = context["request"].GET.copy()
    for name, value in changes.items():
        if value is None:
            query.pop(name, None)
        else:
            query[name] = value.isoformat() if hasattr(value, "isoformat") else value
    return query.urlencode()
