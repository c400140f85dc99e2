"""The catalog's public pages: titles, people, companies, franchises and the release calendar,
and the calendar files (.ics) of the calendar, a title, a franchise and a person."""

from datetime import date, timedelta

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import prefetch_related_objects
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, quote_etag, url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe
from django.views.decorators.vary import vary_on_headers

from premiere.core.pagecache import cached_page
from premiere.core.signals import region_chosen
from premiere.extraction.regions import is_region

from . import ical, regions, selectors
from .models import Company, Franchise, Person, Release, Title
from .querysets import TitleMatches

# The region cookie holds a preference, not a secret; a year spares readers picking again.
CALENDAR_GROUPINGS = ("month", "week")
TIMELINE_ORDERS = ("release", "story")
# Calendar apps poll every few hours; a quarter of an hour spares the site their retries
# without holding back a moved date for long. After it, a poll with the ETag costs a 304.
CALENDAR_FILE_MAX_AGE = 15 * 60
CALENDAR_FILE_CACHE_SECONDS = 24 * 60 * 60


def _region_context(region: str) -> dict:
    return {"region": region, "region_label": regions.region_name(region)}


def _choice(value: str, allowed) -> str:
    """Return `value` when it is one of `allowed`, else "" (no filter)."""
    return value if value in allowed else ""


def _calendar_region(request) -> str:
    return _choice(request.GET.get("region", ""), regions.REGIONS) or regions.reader_region(request)


def _title_page(request, title: Title) -> dict:
    region = regions.reader_region(request)
    context = selectors.title_page(title=title, region=region)
    context["structured_data"] = selectors.title_structured_data(
        context, absolute=request.build_absolute_uri
    )
    return context | _region_context(region)


@require_safe
@cached_page("catalog", "articles", "sections", vary=regions.reader_region)
def title_list(request):
    query = request.GET.get("q", "").strip()[:100]
    titles = TitleMatches.or_all(query, Title.objects.select_related("poster"))
    page = Paginator(titles, settings.PREMIERE_PAGE_SIZE).get_page(request.GET.get("page"))
    page.object_list = list(page.object_list)
    prefetch_related_objects(page.object_list, "poster__renditions")  # the thumbnails
    return render(request, "catalog/titles.html", {"page": page, "query": query})


@require_safe
@vary_on_headers("Accept-Language", "Cookie")
@cached_page("catalog", "articles", "sections", vary=regions.reader_region)
def title_detail(request, slug):
    title = get_object_or_404(
        Title.objects.select_related("franchise", "parent").prefetch_related("aliases"), slug=slug
    )
    return render(request, "catalog/title.html", _title_page(request, title))


@require_safe
@vary_on_headers("Accept-Language", "Cookie")  # the calendar link carries the reader's region
@cached_page("catalog", "articles", "sections", vary=regions.reader_region)
def person_detail(request, slug):
    person = get_object_or_404(Person, slug=slug)
    context = selectors.person_page(person=person, page_number=request.GET.get("page"))
    context["structured_data"] = selectors.person_structured_data(
        person, absolute=request.build_absolute_uri
    )
    context["region"] = regions.reader_region(request)
    return render(request, "catalog/person.html", context)


@require_safe
@cached_page("catalog", "articles", "sections", vary=regions.reader_region)
def company_detail(request, slug):
    company = get_object_or_404(Company, slug=slug)
    context = selectors.company_page(company=company, page_number=request.GET.get("page"))
    return render(request, "catalog/company.html", context)


@require_safe
@vary_on_headers("Accept-Language", "Cookie")  # the calendar link carries the reader's region
@cached_page("catalog", "articles", "sections", vary=regions.reader_region)
def franchise_detail(request, slug):
    franchise = get_object_or_404(Franchise, slug=slug)
    order = _choice(request.GET.get("order", ""), TIMELINE_ORDERS) or "release"
    context = selectors.franchise_page(franchise=franchise, page_number=request.GET.get("page"))
    context["structured_data"] = selectors.franchise_structured_data(
        context, absolute=request.build_absolute_uri
    )
    context |= {"order": order, "region": regions.reader_region(request)}
    return render(request, "catalog/franchise.html", context)


@require_safe
@vary_on_headers("Accept-Language", "Cookie")
@cached_page("catalog", "articles", "sections", vary=regions.reader_region)
def release_calendar(request):
    region = _calendar_region(request)
    channels = selectors.calendar_channels()
    context = selectors.calendar(
        today=timezone.localdate(),
        start=_day(request.GET.get("from", "")),
        region=region,
        kind=_choice(request.GET.get("kind", ""), Title.Kind.values),
        medium=_choice(request.GET.get("medium", ""), Release.Medium.values),
        channel=_choice(request.GET.get("channel", ""), channels),
        by=_choice(request.GET.get("by", ""), CALENDAR_GROUPINGS) or "month",
    )
    context |= _region_context(region) | {
        "channels": channels,
        "kinds": Title.Kind.choices,
        "media": Release.Medium.choices,
        "regions": regions.REGIONS,
    }
    return render(request, "catalog/calendar.html", context)


def _day(value: str) -> date | None:
    """A day from a date field ("2027-06-01"), or None for anything else."""
    try:
        day = date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None
    # Far enough either way for any release; and the period before it must still be a date.
    return day if day and 1900 <= day.year <= 2200 else None


# Calendar files ---------------------------------------------------------------------------


def _calendar_file(request, *, name: str, about: str, page: str, filename: str, titles=None):
    """Answer a calendar file of the releases of `titles` (all when None), with the page's
    filters from the query string; 304 when the client already holds this version."""
    # Any country code: the link carries the region the page was shown for, which the
    # browser's language may have set to one the picker does not list.
    asked = request.GET.get("region", "").upper()
    region = asked if is_region(asked) else regions.reader_region(request)
    filters = {
        "region": region,
        "kind": _choice(request.GET.get("kind", ""), Title.Kind.values),
        "medium": _choice(request.GET.get("medium", ""), Release.Medium.values),
        "channel": request.GET.get("channel", "").strip()[:60],
    }
    releases = selectors.calendar_releases(
        since=timezone.localdate() - timedelta(days=settings.PREMIERE_CALENDAR_PAST_DAYS),
        limit=settings.PREMIERE_CALENDAR_MAX_EVENTS,
        titles=titles,
        **filters,
    )
    name = f"{settings.PREMIERE_SITE_NAME}: {name}"
    where = regions.region_name(region)
    description = (
        f"Release dates of {about}, {where}, from {settings.PREMIERE_SITE_NAME}. Exact days"
        " are all-day events; a month is an event across that month; dates known only as a"
        " quarter, a season or a year are listed on the page, not here:"
        f" {request.build_absolute_uri(page)}"
    )
    scope = f"{name}|{description}|{sorted(filters.items())}|{ical.uid_domain()}"
    etag = quote_etag(ical.releases_etag(releases, scope=scope))
    response = get_conditional_response(request, etag=etag)
    if response is None:
        # Building a thousand events takes the icalendar library most of a second; the same
        # ETag is the same file, so the next client without it costs only the query above.
        key = f"calendar-file:{etag}"
        body = cache.get(key)
        if body is None:
            body = ical.releases_calendar(
                releases,
                name=name,
                description=description,
                page=page,
                absolute=request.build_absolute_uri,
            ).to_ical()
            cache.set(key, body, CALENDAR_FILE_CACHE_SECONDS)
        response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}.ics"'
        if releases:
            changed = max(max(r.updated_at, r.title.updated_at) for r in releases)
            # Informative only: a release that left the file changes no row that is still in
            # it, so only the ETag (If-None-Match) earns a 304.
            response["Last-Modified"] = http_date(changed.timestamp())
    response["ETag"] = etag
    patch_cache_control(response, max_age=CALENDAR_FILE_MAX_AGE)
    return response


@require_safe
@vary_on_headers("Accept-Language", "Cookie")
def calendar_file(request):
    return _calendar_file(
        request,
        name="release calendar",
        about="upcoming films, series and games",
        page=reverse("catalog:calendar"),
        filename="release-calendar",
    )


@require_safe
@vary_on_headers("Accept-Language", "Cookie")
def title_calendar_file(request, slug):
    title = get_object_or_404(Title, slug=slug)
    return _calendar_file(
        request,
        name=title.name,
        about=title.name,
        page=title.get_absolute_url(),
        filename=title.slug,
        titles=Title.objects.filter(pk=title.pk),
    )


@require_safe
@vary_on_headers("Accept-Language", "Cookie")
def franchise_calendar_file(request, slug):
    franchise = get_object_or_404(Franchise, slug=slug)
    return _calendar_file(
        request,
        name=f"{franchise.name} franchise",
        about=f"the {franchise.name} franchise",
        page=franchise.get_absolute_url(),
        filename=franchise.slug,
        titles=franchise.titles.all(),
    )


@require_safe
@vary_on_headers("Accept-Language", "Cookie")
def person_calendar_file(request, slug):
    person = get_object_or_404(Person, slug=slug)
    return _calendar_file(
        request,
        name=person.name,
        about=f"the titles {person.name} is credited on",
        page=person.get_absolute_url(),
        filename=person.slug,
        titles=Title.objects.filter(credits__person=person),
    )


# No CSRF token: choosing a region only sets a preference that any page's ?region= overrides,
# so a forged choice costs nothing; and a token in the picker would give every page that shows
# it a per-visitor cookie, which keeps caches (nginx's microcache, a CDN) from storing the page.
@csrf_exempt
@require_POST
def region_set(request):
    """Remember the reader's region in a cookie and go back to the page they were on."""
    region = request.POST.get("region", "")
    if region not in regions.REGIONS:
        return HttpResponseBadRequest("Choose a region from the list.")
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = "/"
    response = redirect(target)
    regions.remember(response, request, region)
    if request.user.is_authenticated and request.headers.get("Sec-Fetch-Site") == "same-origin":
        # A signed-in reader's settings say the same region (their reminders, My Premiere).
        # Only from the site's own page: with no CSRF token here, a form on another site
        # could otherwise change an account's setting.
        region_chosen.send(sender=region_set, user=request.user, region=region)
    return response
