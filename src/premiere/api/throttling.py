"""Requests per address, counted by core.ratelimit in Django's cache (so every worker shares
the count), through ninja's throttling hook: over the rate, a 429 problem with Retry-After.

Ninja's own AnonRateThrottle is not used: it trusts X-Forwarded-For, which anyone can set
(docs/contributing.md); core.ratelimit.client_ip does not.
"""

import threading

from django.conf import settings
from ninja.throttling import BaseThrottle

from premiere.core import ratelimit


class PerAddress(BaseThrottle):
    scope = "api"

    def __init__(self):
        # Ninja asks wait() right after allow_request() in the same thread; threads of one
        # worker share this object, so the wait is kept per thread.
        self._local = threading.local()

    def allow_request(self, request) -> bool:
        self._local.wait = None
        try:
            ratelimit.hit(self.scope, ratelimit.client_ip(request), settings.PREMIERE_API_RATE_IP)
        except ratelimit.RateUnknown:
            return True  # the cache is down: reading goes on, uncounted
        except ratelimit.RateLimited as limited:
            self._local.wait = limited.retry_after
            return False
        return True

    def wait(self) -> int | None:
        return getattr(self._local, "wait", None)
