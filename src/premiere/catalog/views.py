"""The catalog's public pages: titles, people, companies, franchises and the release calendar."""

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST, require_safe
from django.views.decorators.vary import vary_on_headers

from . import regions, selectors
from .models import Company, Franchise, Person, Release, Title

# The region cookie holds a preference, not a secret; a year spares readers picking again.
REGION_COOKIE_AGE = 365 * 24 * 60 * 60
CALENDAR_GROUPINGS = ("month", "week")
TIMELINE_ORDERS = ("release", "story")


def _region_context(region: str) -> dict:
    return {"region": region, "region_label": regions.region_name(region)}


def _choice(value: str, allowed) -> str:
    """Return `value` when it is one of `allowed`, else "" (no filter)."""
    return value if value in allowed else ""


@require_safe
def title_list(request):
    query = request.GET.get("q", "").strip()[:100]
    page = Paginator(Title.objects.search(query), settings.PREMIERE_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(request, "catalog/titles.html", {"page": page, "query": query})


@require_safe
@vary_on_headers("Accept-Language", "Cookie")
def title_detail(request, slug):
    title = get_object_or_404(
        Title.objects.select_related("franchise", "parent").prefetch_related("aliases"), slug=slug
    )
    region = regions.reader_region(request)
    context = selectors.title_page(title=title, region=region)
    return render(request, "catalog/title.html", context | _region_context(region))


@require_safe
def person_detail(request, slug):
    person = get_object_or_404(Person, slug=slug)
    context = selectors.person_page(person=person, page_number=request.GET.get("page"))
    return render(request, "catalog/person.html", context)


@require_safe
def company_detail(request, slug):
    company = get_object_or_404(Company, slug=slug)
    context = selectors.company_page(company=company, page_number=request.GET.get("page"))
    return render(request, "catalog/company.html", context)


@require_safe
def franchise_detail(request, slug):
    franchise = get_object_or_404(Franchise, slug=slug)
    order = _choice(request.GET.get("order", ""), TIMELINE_ORDERS) or "release"
    context = selectors.franchise_page(franchise=franchise)
    return render(request, "catalog/franchise.html", context | {"order": order})


@require_safe
@vary_on_headers("Accept-Language", "Cookie")
def release_calendar(request):
    region = _choice(request.GET.get("region", ""), regions.REGIONS) or regions.reader_region(
        request
    )
    channels = selectors.calendar_channels()
    context = selectors.calendar(
        today=timezone.localdate(),
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
    response.set_cookie(
        regions.COOKIE,
        region,
        max_age=REGION_COOKIE_AGE,
        samesite="Lax",
        secure=request.is_secure(),
        httponly=True,
    )
    return response
