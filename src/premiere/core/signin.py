"""Sign-in throttling for every form that checks a password (django-axes).

Failures are counted per account name *and* address together: someone guessing a reader's
password from their own machine is stopped, while the reader, signing in from theirs, is not
locked out by it. The wait grows with each round of failures (15 minutes, then 30, 60… up to a
day), so guessing stays slow however long it goes on.
"""

import contextlib
import ipaddress
import math
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import PermissionDenied
from django.dispatch import receiver
from django.utils import timezone

from .ratelimit import RateLimited, RateUnknown, check, hit
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


def _wait(request) -> int:
    """Seconds until this request may check a password again."""
    address_wait = getattr(request, "signin_address_wait", None)
    return address_wait or math.ceil(cooloff(request).total_seconds())


def locked_out(request, response=None, credentials=None):
    """Answer a locked-out attempt like any rate limit: a 429 page saying how long to wait."""
    wait = _wait(request)
    return rate_limited(
        request, RateLimited(wait), reason="Too many failed sign-in attempts.", signin=True
    )


class AddressThrottleBackend:
    """Refuse every password check from an address that has failed too many, whichever
    accounts it tried (PREMIERE_SIGNIN_FAILURES_IP); answered like any lockout."""

    def authenticate(self, request, **credentials):
        address = client_ip(request) if request is not None else None
        if address is None:
            return None
        try:
            check("signin-failures", address, settings.PREMIERE_SIGNIN_FAILURES_IP)
        except RateUnknown:
            return None  # the cache is away: readers still sign in, axes still counts per account
        except RateLimited as error:
            request.axes_locked_out = True  # the lockout answer, as for one account
            request.signin_address_wait = error.retry_after
            raise PermissionDenied from None
        return None  # (no get_user: sessions are the model backend's)


@receiver(user_login_failed)
def _count_address_failure(sender, credentials, request=None, **kwargs):
    address = client_ip(request) if request is not None else None
    if address is None or getattr(request, "signin_address_wait", None):
        return
    with contextlib.suppress(RateLimited):  # counted; the next check refuses
        hit("signin-failures", address, settings.PREMIERE_SIGNIN_FAILURES_IP)


def unlock(user) -> None:
    """A reader who proved they own the mailbox (a password reset) may sign in at once."""
    from axes.utils import reset

    reset(username=user.get_username())


def password_check(request, user, password: str) -> bool:
    """Check a signed-in user's password again (changing it, deleting the account) through
    the same throttle as signing in: raise PasswordGuessing when locked out."""
    from django.contrib.auth import authenticate

    confirmed = authenticate(request, username=user.get_username(), password=password)
    if getattr(request, "axes_locked_out", False):
        raise PasswordGuessing(_wait(request))
    return confirmed is not None and confirmed.pk == user.pk


def client_ip(request) -> str | None:
    """The address axes records: None for a request built in code (a shell, a test's
    force_login), which has none; PostgreSQL's inet column takes no "unknown"."""
    from .ratelimit import client_ip as address

    try:
        return str(ipaddress.ip_address(address(request)))
    except ValueError:
        return None
