"""Whole pages for visitors who are not signed in, kept in the cache until what they show
changes.

A page is stored with the versions of the tags it depends on ("articles", "article:12",
"catalog", …). Whatever changes a thing touches its tag (a new version), and a stored page
whose tags moved on is made again on the next visit: nothing is purged by hand and nothing
stale is served, however the change was made (a service, the admin, the worker). A hit costs
two cache reads and no query.

Only GET and HEAD from visitors without a session or pending messages are kept: a signed-in
reader's page shows their name, follows and forms, so it is always made for them. Pages that
depend on the reader's region are kept once per region (the view says how to tell it).
Entries also expire after PREMIERE_PAGE_CACHE_SECONDS, which bounds what depends on the clock
alone ("coming this week" at midnight).

Towards browsers and shared caches, a visitor's page carries an ETag (a hash of the page) and
`Cache-Control: public, max-age=0, s-maxage=1`: a browser asks again each time and gets a 304
while nothing changed; nginx's microcache or a CDN may serve it for a second, no longer, so an
edit shows within a second everywhere. A signed-in reader's page is `private, no-cache`.
"""

import hashlib
from functools import wraps

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import (
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
    set_response_etag,
)

from . import styles
from .counters import count_up

VERSION = "pc:v:"
PAGE = "pc:p:"
# Cookies that make a page personal: a session, or messages waiting to be shown.
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, CookieStorage.cookie_name)
# Response headers worth keeping with the page (the CSP and the rest come from middleware).
KEPT_HEADERS = ("Content-Type", "Content-Language", "Vary", "Last-Modified", "ETag")


def touch(*tags: str) -> None:
    """Say that what these tags stand for changed: pages showing them are made again."""
    for tag in tags:
        try:
            count_up(VERSION + tag)
        except Exception:  # the cache is down: so are the stored pages
            return


def _versions(tags) -> dict[str, int]:
    found = cache.get_many([VERSION + tag for tag in tags])
    return {tag: found.get(VERSION + tag, 0) for tag in tags}


def _key(request, vary) -> str:
    # What a page varies by is what the view says decides it (a region: some 250 values), not
    # the raw headers behind it, which a visitor may make up without end.
    # The inline stylesheet's hash too: a page kept from before a deploy that changed the CSS
    # carries the old styles, which the new policy's hash would refuse (an unstyled page).
    parts = (request.get_full_path(), vary(request) if vary else "", styles.HASH)
    return PAGE + hashlib.sha256("\n".join(parts).encode()).hexdigest()


# The query parameters a kept page may have: a list's page, a story's page of comments and a
# franchise's order. Any other query (filters, dates, whatever a visitor makes up) is
# answered afresh and never kept, so nobody can fill the cache with pages by varying a URL.
KEPT_QUERY = {"page", "comments", "order"}


def _keepable_query(request) -> bool:
    if set(request.GET) - KEPT_QUERY:
        return False
    return all(len(value) <= 8 for value in request.GET.values())


def _personal(request) -> bool:
    return any(name in request.COOKIES for name in PERSONAL_COOKIES)


SHARED = {"public": True, "max_age": 0, "s_maxage": 1}
PERSONAL = {"private": True, "no_cache": True}


def cached_page(*tags: str, vary=None):
    """Keep the view's page for visitors, made again when one of `tags` (or a tag the view
    adds as `response.page_tags`) is touched; one copy per value of `vary(request)` (the
    reader's region, for pages that show it)."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method not in ("GET", "HEAD"):
                return view(request, *args, **kwargs)
            if _personal(request):
                return _headed(view(request, *args, **kwargs), PERSONAL)
            if not settings.PREMIERE_PAGE_CACHE or not _keepable_query(request):
                return _conditional(request, _shared(view(request, *args, **kwargs)))
            key = _key(request, vary)
            try:
                stored = cache.get(key)
            except Exception:  # no cache: make every page
                return _conditional(request, _shared(view(request, *args, **kwargs)))
            if stored and _versions(stored["versions"]) == stored["versions"]:
                return _conditional(request, _shared(_response(stored)))
            # Versions read before the page is made: a change while it is made leaves the
            # page stored with the older version, so the next visit makes it again.
            versions = _versions(tags)
            response = _shared(view(request, *args, **kwargs))
            versions |= _versions(getattr(response, "page_tags", ()))
            if response.status_code == 200 and not response.cookies and not response.streaming:
                cache.set(key, _stored(response, versions), settings.PREMIERE_PAGE_CACHE_SECONDS)
            return _conditional(request, response)

        return wrapper

    return decorator


def _headed(response, cache_control: dict):
    if response.status_code in (200, 304) and "Cache-Control" not in response:
        patch_cache_control(response, **cache_control)
    return response


def _shared(response):
    """A visitor's page with its ETag and the headers shared caches may follow.

    The ETag is weak: the page goes out gzipped or not (GZipMiddleware, after this), and a
    304 must not claim one body byte for byte; the 304 varies as its page does."""
    if response.status_code == 200 and not response.streaming and not response.cookies:
        if not response.has_header("ETag"):
            set_response_etag(response)
        if not response["ETag"].startswith("W/"):
            response["ETag"] = "W/" + response["ETag"]
        patch_vary_headers(response, ("Accept-Encoding",))
        _headed(response, SHARED)
    return response


def _conditional(request, response):
    """The visitor's page, or a 304 when the browser's copy is still the page."""
    if not response.has_header("ETag"):
        return response
    return get_conditional_response(request, etag=response["ETag"], response=response)


def _stored(response, versions) -> dict:
    headers = {name: response[name] for name in KEPT_HEADERS if name in response}
    return {"versions": versions, "content": response.content, "headers": headers}


def _response(stored) -> HttpResponse:
    response = HttpResponse(stored["content"])
    for name, value in stored["headers"].items():
        response[name] = value
    return response
