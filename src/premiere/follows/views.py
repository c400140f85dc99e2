"""My Premiere, the follow button's answers, a follow's choices, notice settings, the reader's
calendar file, unsubscribe."""

from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import quote_etag, url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from premiere.catalog import ical, regions
from premiere.core.ratelimit import RateLimited
from premiere.core.views import rate_limited

from . import selectors, services
from .audience import settings_of
from .forms import FollowChoiceForm, NoticeSettingsForm
from .models import Follow
from .tokens import user_for_token

# follows.js swaps in only answers that carry this header; anything else (a 429 page, a CSRF
# failure) makes it submit the form the ordinary way.
FRAGMENT_HEADER = "X-Follow-Fragment"


def _next_url(request, default: str) -> str:
    url = request.POST.get("next") or ""
    if url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return default


def _reader_region(request) -> str:
    chosen = settings_of(request.user)
    return chosen.region if chosen.pk else regions.reader_region(request)


@require_safe
@login_required
def my_premiere(request):
    context = selectors.my_premiere(
        user=request.user, region=_reader_region(request), today=timezone.localdate()
    )
    context["notice_settings"] = settings_of(request.user)
    return render(request, "follows/me.html", context)


@require_POST
def follow(request):
    """Follow or unfollow (the `action` is explicit, so a second click changes nothing)."""
    model = selectors.TARGET_MODELS.get(request.POST.get("kind", ""))
    pk, action = request.POST.get("id", ""), request.POST.get("action", "")
    if not request.user.is_authenticated:
        return redirect_to_login(_next_url(request, reverse("follows:me")))
    if model is None or not pk.isdigit() or action not in ("follow", "unfollow"):
        return HttpResponseBadRequest("Say what to follow or unfollow.")
    target = get_object_or_404(model, pk=pk)
    existing = selectors.follow_for(user=request.user, target=target)
    try:
        if action == "follow":
            existing = services.follow_add(
                by=request.user, target=target, region=regions.reader_region(request)
            )
        elif existing is not None:
            services.follow_remove(by=request.user, follow=existing)
            existing = None
    except RateLimited as error:
        return rate_limited(request, error, "You are following and unfollowing too fast.")
    next_url = _next_url(request, target.get_absolute_url())
    if request.headers.get("X-Requested-With") == "fetch":
        context = selectors.follow_button_context(
            user=request.user, target=target, next_url=next_url, follow=existing, lookup=False
        )
        response = render(request, "follows/_follow_button.html", context)
        response[FRAGMENT_HEADER] = "button"
        return response
    if existing is not None:
        messages.success(request, f"You follow {target}. Your notices are on My Premiere.")
    else:
        messages.success(request, f"You no longer follow {target}.")
    return redirect(next_url)


@login_required
def follow_edit(request, pk):
    follow = get_object_or_404(
        Follow.objects.select_related("title", "franchise", "person", "company", "section"),
        pk=pk,
        user=request.user,
    )
    if not follow.has_notices:
        return redirect(reverse("follows:me") + "#follows")
    posted = request.POST if request.method == "POST" else None
    form = FollowChoiceForm(posted, follow=follow, platforms=selectors.platforms_known())
    if posted is not None and form.is_valid():
        data = form.cleaned_data
        try:
            services.follow_choose(
                by=request.user,
                follow=follow,
                every_release=data["every_release"],
                kinds=data["kinds"],
                remind_days=data["remind_days"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        except RateLimited as error:
            return rate_limited(request, error, "You are changing your follows too fast.")
        else:
            messages.success(request, f"Saved what you hear about {follow.target}.")
            return redirect(reverse("follows:me") + "#follows")
    status = 400 if form.errors else 200
    return render(
        request, "follows/follow_edit.html", {"follow": follow, "form": form}, status=status
    )


@require_POST
def notices_read(request):
    if not request.user.is_authenticated:
        return redirect_to_login(reverse("follows:me"))
    which = request.POST.get("notices", "")
    if which != "all" and not which.isdigit():
        return HttpResponseBadRequest("Say which notices to mark read.")
    services.notices_read(by=request.user, notice_ids=None if which == "all" else [int(which)])
    return redirect(reverse("follows:me") + "#notices")


@login_required
def notice_settings(request):
    chosen = settings_of(request.user)
    initial = {"email": chosen.email, "region": _reader_region(request)}
    posted = request.POST if request.method == "POST" else None
    form = NoticeSettingsForm(posted, initial=initial)
    if posted is not None and form.is_valid():
        chosen = services.notice_settings_update(by=request.user, **form.cleaned_data)
        messages.success(request, "Your notice settings are saved.")
        response = redirect("follows:me")
        regions.remember(response, request, chosen.region)  # the pages show it too
        return response
    status = 400 if form.errors else 200
    return render(request, "follows/settings.html", {"form": form}, status=status)


@csrf_exempt  # RFC 8058: mail programs post without cookies; the token in the URL is the key
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    """GET shows a button (a link opened by a mail scanner changes nothing); POST, from that
    button or from the mail program's one-click unsubscribe, turns the e-mails off."""
    if user_for_token(token) is None:
        return render(request, "follows/unsubscribe.html", {"invalid": True}, status=400)
    if request.method == "POST":
        services.emails_unsubscribe(token=token)
        return render(request, "follows/unsubscribe.html", {"done": True})
    return render(request, "follows/unsubscribe.html", {})


@require_POST
def calendar_reset(request):
    """Make the reader's calendar address, or a new one in place of the old."""
    if not request.user.is_authenticated:
        return redirect_to_login(reverse("follows:me"))
    if request.POST.get("calendar") != "new":
        return HttpResponseBadRequest("Say what to do with your calendar address.")
    try:
        had = bool(settings_of(request.user).calendar_key)
        services.calendar_key_reset(by=request.user, region=regions.reader_region(request))
    except RateLimited as error:
        return rate_limited(request, error, "You are changing your calendar address too fast.")
    if had:
        messages.success(request, "Your calendar has a new address; the old one no longer works.")
    else:
        messages.success(request, "Your calendar is ready: add its address to your calendar app.")
    return redirect(reverse("follows:me") + "#calendar")


# Calendar apps poll about every few hours; a quarter of an hour keeps a moved date fresh.
CALENDAR_MAX_AGE = 15 * 60


@require_safe
def calendar_file(request, key):
    """The releases of what a reader follows, as a calendar file (catalog.ical)."""
    since = timezone.localdate() - timedelta(days=settings.PREMIERE_CALENDAR_PAST_DAYS)
    found = selectors.calendar_of(key=key, since=since, limit=settings.PREMIERE_CALENDAR_MAX_EVENTS)
    if found is None:
        raise Http404("No calendar has this address (it may have been reset).")
    chosen, releases = found
    name = f"{settings.PREMIERE_SITE_NAME}: what you follow"
    description = (
        f"Release dates of the titles, franchises, people and companies you follow on"
        f" {settings.PREMIERE_SITE_NAME}, {regions.region_name(chosen.region)}, of the kinds"
        " of release you chose. Exact days are all-day events; a month spans that month."
    )
    scope = f"{name}|{description}|{ical.uid_domain()}"
    etag = quote_etag(ical.releases_etag(releases, scope=scope))
    response = get_conditional_response(request, etag=etag)
    if response is None:
        page = reverse("follows:me")
        calendar = ical.releases_calendar(
            releases,
            name=name,
            description=description,
            page=page,
            absolute=request.build_absolute_uri,
        )
        response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="my-releases.ics"'
    response["ETag"] = etag
    # Private: the file says what one reader follows; no shared cache may keep it.
    patch_cache_control(response, private=True, max_age=CALENDAR_MAX_AGE)
    response["X-Robots-Tag"] = "noindex"
    return response
