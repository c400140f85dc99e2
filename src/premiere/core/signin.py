"""Sign-in throttling for every form that checks a password (django-axes).

Failures are counted per account name *and* address together: someone guessing a reader's
password from their own machine is stopped, while the reader, signing in from theirs, is not
locked out by it. The wait grows with each round of failures (15 minutes, then 30, 60… up to a
day), so guessing stays slow however long it goes on.
"""

import ipaddress
import math
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from .ratelimit import RateLimited
from .views import rate_limited

BASE = timedelta(minutes=15)
LONGEST = timedelta(days=1)


def cooloff(request=None) -> timedelta:
    """Return how long a lockout lasts: doubled for each earlier round of failures today."""
    from axes.helpers import get_client_ip_address, get_client_username
    from axes.models import AccessFailureLog

    if request is None:
        return BASE
    address = get_client_ip_address(request)
    username = get_client_username(request) or ""
    since = timezone.now() - timedelta(days=1)
    failures = AccessFailureLog.objects.filter(
        username=username, ip_address=address, attempt_time__gte=since
    ).count()
    rounds = max(0, failures // max(1, settings.AXES_FAILURE_LIMIT) - 1)
    return min(LONGEST, BASE * 2**rounds)


class PasswordGuessing(RateLimited):
    """Too many wrong passwords for this account from this address: wait."""


def locked_out(request, response=None, credentials=None):
    """Answer a locked-out attempt like any rate limit: a 429 page saying how long to wait."""
    wait = math.ceil(cooloff(request).total_seconds())
    return rate_limited(request, RateLimited(wait), reason="Too many failed sign-in attempts.")


def password_check(request, user, password: str) -> bool:
    """Check a signed-in user's password again (changing it, deleting the account) through
    the same throttle as signing in: raise PasswordGuessing when locked out."""
    from django.contrib.auth import authenticate

    confirmed = authenticate(request, username=user.get_username(), password=password)
    if getattr(request, "axes_locked_out", False):
        raise PasswordGuessing(math.ceil(cooloff(request).total_seconds()))
    return confirmed is not None and confirmed.pk == user.pk


def client_ip(request) -> str | None:
    """The address axes records: None for a request built in code (a shell, a test's
    force_login), which has none; PostgreSQL's inet column takes no "unknown"."""
    from .ratelimit import client_ip as address

    try:
        return str(ipaddress.ip_address(address(request)))
    except ValueError:
        return None
