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
"""

import hashlib
from functools import wraps

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.http import HttpResponse

from .counters import count_up

VERSION = "pc:v:"
PAGE = "pc:p:"
# Cookies that make a page personal: a session, or messages waiting to be shown.
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, CookieStorage.cookie_name)
# Response headers worth keeping with the page (the CSP and the rest come from middleware).
KEPT_HEADERS = ("Content-Type", "Content-Language", "Vary", "Last-Modified")


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
    parts = (request.get_full_path(), vary(request) if vary else "")
    return PAGE + hashlib.sha256("\n".join(parts).encode()).hexdigest()


# The query parameters a kept page may have: a list's page and a franchise's order. Any other
# query (filters, dates, whatever a visitor makes up) is answered afresh and never kept, so
# nobody can fill the cache with pages by varying a URL.
KEPT_QUERY = {"page", "order"}


def _keepable_query(request) -> bool:
    if set(request.GET) - KEPT_QUERY:
        return False
    return all(len(value) <= 8 for value in request.GET.values())


def _personal(request) -> bool:
    return any(name in request.COOKIES for name in PERSONAL_COOKIES)


def cached_page(*tags: str, vary=None):
    """Keep the view's page for visitors, made again when one of `tags` (or a tag the view
    adds as `response.page_tags`) is touched; one copy per value of `vary(request)` (the
    reader's region, for pages that show it)."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if (
                not settings.PREMIERE_PAGE_CACHE
                or request.method not in ("GET", "HEAD")
                or _personal(request)
                or not _keepable_query(request)
            ):
                return view(request, *args, **kwargs)
            key = _key(request, vary)
            try:
                stored = cache.get(key)
            except Exception:
                return view(request, *args, **kwargs)  # no cache: make every page
            if stored and _versions(stored["versions"]) == stored["versions"]:
                return _response(stored)
            # Versions read before the page is made: a change while it is made leaves the
            # page stored with the older version, so the next visit makes it again.
            versions = _versions(tags)
            response = view(request, *args, **kwargs)
            versions |= _versions(getattr(response, "page_tags", ()))
            if response.status_code == 200 and not response.cookies and not response.streaming:
                cache.set(key, _stored(response, versions), settings.PREMIERE_PAGE_CACHE_SECONDS)
            return response

        return wrapper

    return decorator


def _stored(response, versions) -> dict:
    headers = {name: response[name] for name in KEPT_HEADERS if name in response}
    return {"versions": versions, "content": response.content, "headers": headers}


def _response(stored) -> HttpResponse:
    response = HttpResponse(stored["content"])
    for name, value in stored["headers"].items():
        response[name] = value
    return response
