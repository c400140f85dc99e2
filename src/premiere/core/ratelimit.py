"""Fixed-window rate limits kept in Django's cache, shared by every worker.

A rate is written "COUNT/SECONDS" ("5/60": five per minute). django-ratelimit does the same job
but has had no release since 2023; this is the thirty lines we need, on the cache we already run.
"""

import ipaddress
import logging
import math
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured

from .counters import count_up

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Rate:
    count: int
    seconds: int

    @classmethod
    def parse(cls, text: str) -> "Rate":
        try:
            count, seconds = (int(part) for part in text.split("/"))
        except ValueError:
            raise ImproperlyConfigured(
                f"A rate is COUNT/SECONDS, like 5/60, not {text!r}"
            ) from None
        return cls(count, seconds)


class RateLimited(Exception):
    def __init__(self, retry_after: int):
        self.retry_after = retry_after
        super().__init__(f"Too many requests; try again in {retry_after} seconds.")

    @property
    def wait_text(self) -> str:
        if self.retry_after < 90:
            return f"{self.retry_after} second{'s' if self.retry_after != 1 else ''}"
        return f"{math.ceil(self.retry_after / 60)} minutes"


class RateUnknown(RateLimited):
    """The cache cannot be reached, so nothing could be counted. A write refuses (this is a
    RateLimited); a read may catch this and go on (the API does)."""


def _window(rate: Rate) -> tuple[int, int]:
    now = time.time()
    start = int(now // rate.seconds * rate.seconds)
    return start, max(1, int(start + rate.seconds - now))


# When the cache cannot be reached (Redis restarting), a limit cannot count. Writes (comments,
# sign-ups, reset mails) then fail closed: refused for a minute, so nobody floods the site
# while it cannot tell. Reads go on: the pages go through no limit, and the API's limit catches
# RateUnknown and lets the request through. Sign-in guessing is counted by django-axes in the
# database, not here, and is unaffected.
UNAVAILABLE_RETRY = 60


def hit(scope: str, ident: str, rate: str) -> None:
    """Count one action for `ident`; raise RateLimited once the rate is exceeded."""
    parsed = Rate.parse(rate)
    start, retry_after = _window(parsed)
    key = f"rl:{scope}:{ident}:{start}"
    try:
        count = count_up(key, timeout=parsed.seconds + 1)
    except Exception as error:  # the cache is unreachable: see UNAVAILABLE_RETRY
        log.warning("Rate limit %s cannot count (%s): refusing for now", scope, error)
        raise RateUnknown(UNAVAILABLE_RETRY) from None
    if count > parsed.count:
        raise RateLimited(retry_after)


def check(scope: str, ident: str, rate: str) -> None:
    """Raise RateLimited if `ident` is already over the rate, without counting an action."""
    parsed = Rate.parse(rate)
    start, retry_after = _window(parsed)
    try:
        count = cache.get(f"rl:{scope}:{ident}:{start}") or 0
    except Exception as error:
        log.warning("Rate limit %s cannot count (%s): refusing for now", scope, error)
        raise RateUnknown(UNAVAILABLE_RETRY) from None
    if count >= parsed.count:
        raise RateLimited(retry_after)


def client_ip(request) -> str:
    """The address a request came from, for rate limits and sign-in throttling.

    Behind the production stack's nginx every request arrives from 127.0.0.1; nginx sets
    X-Real-IP to the address it saw. That header is believed only from a proxy listed in
    PREMIERE_TRUSTED_PROXIES: from anyone else, trusting it (or X-Forwarded-For) would let a
    client pick its own rate-limit bucket.
    """
    remote = request.META.get("REMOTE_ADDR", "unknown")
    if remote in settings.PREMIERE_TRUSTED_PROXIES:
        forwarded = request.META.get("HTTP_X_REAL_IP", "").strip()
        try:
            return str(ipaddress.ip_address(forwarded))
        except ValueError:
            pass  # no header, or not an address: the proxy's own
    return remote
